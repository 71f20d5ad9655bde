"""Organisations: names that begin with a body's head word (Indonesian "Badan …") or end in it (English
"… Authority"), their short forms in brackets, and administrations named after their head."""

from __future__ import annotations

from generator.extract.cast import Key, Mention, capital_run, match_phrase, surface
from generator.extract.names.places import known
from generator.extract.names.scan import Scan, Tokens
from generator.extract.text import Token


def body(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """Reader: an organisation's name; a unit's name before its body's short form names the body."""
    found = organization(scan, tokens, i)
    return body_of_unit(scan, tokens, found) if found else None


def organization(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    lex = scan.lex
    if lex.rules["organization_head"] == "last":
        return organization_head_last(scan, tokens, i)
    head = match_phrase(tokens, i, lex.org_heads)
    if not head or not tokens[i].capitalised:
        return None
    if (
        i + head + 1 < len(tokens)
        and (tokens[i + head].text,) in lex.titles
        and match_phrase(tokens, i + head + 1, lex.org_heads)
    ):
        return None  # "Majelis Hakim Pengadilan Negeri …": the judges of the court; the court is named next
    end = i + head
    while end < len(tokens) and end - i < 10:
        if (
            tokens[end].text in lex.name_joiners
            and end + 1 < len(tokens)
            and listed_name(scan, tokens, end)
            and (
                (tokens[end + 1].capitalised and tokens[end + 1].word)
                or tokens[end + 1].text in lex.vocab["name_list_joiners"]
            )
        ):
            end += 1  # "Badan Meteorologi, Klimatologi, dan Geofisika"
            continue
        length, _ = known(scan, tokens, end)
        length = length or capital_run(tokens, end, 1)
        if not length or (scan.labels[end].endswith("PERSON") and not administration(scan, tokens, i)):
            break  # "Senat Chuck Schumer": a person's name follows the body's
        end += length
    if end == i + head and head < 2 and not (tokens[i].text in lex.institutions and i):
        return None  # "Kongres", "Senat" alone name a body; "Mahkamah Konstitusi" is a whole name
    return named_body(scan, tokens, i, end)


def named_body(scan: Scan, tokens: Tokens, start: int, end: int) -> Mention:
    """A body's name, with the country its name holds ("Kementerian Luar Negeri Rusia")."""
    name = surface(tokens, start, end)
    country = next((e.country for j in range(start, end) for e in [known(scan, tokens, j)[1]] if e and e.country), None)
    return Mention(Key.org(name), name, start, end, country=country)


def listed_name(scan: Scan, tokens: Tokens, k: int) -> bool:
    """Is the comma or "dan" at k inside a name: does a bracketed short form close the list?"""
    for j in range(k + 1, min(k + 8, len(tokens))):
        if tokens[j].text == "(":
            return True
        if not (tokens[j].capitalised or tokens[j].text in scan.lex.name_joiners):
            return False
    return False


def organization_head_last(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """English names end in their head: "World Bank", "Port of Rotterdam Authority", "FNV union"."""
    lex = scan.lex
    if (
        not (tokens[i].word and tokens[i].capitalised)
        or tokens[i].text.lower() in lex.vocab["articles"]
        or (i and tokens[i - 1].capitalised and tokens[i - 1].word)
    ):
        return None
    end, best = i, None
    while (
        end < len(tokens)
        and end - i < 8
        and tokens[end].word
        and (tokens[end].capitalised or (tokens[end].text in lex.vocab["org_name_inner_words"] and end > i))
    ):
        end += 1
        if tokens[end - 1].capitalised and (tokens[end - 1].text,) in lex.org_heads and end - i > 1:
            best = end
    if (
        best is None
        and tokens[i].text.isupper()
        and i + 1 < len(tokens)
        and tokens[i + 1].text in lex.vocab["short_form_heads"]
    ):
        best = i + 1  # "the FNV union"
    return named_body(scan, tokens, i, best) if best is not None else None


def body_of_unit(scan: Scan, tokens: Tokens, org: Mention) -> Mention:
    """ "Pusat Data … Badan Nasional Penanggulangan Bencana (BNPB)": the short form names the body, not
    its unit, so the body is the organisation the article goes on to name."""
    j, inside = org.end, bracketed(tokens, org.end)
    if not inside:
        return org
    short = inside.text.upper()
    if initials(tokens[org.start : j]) == short:
        return org
    for k in range(org.start + 1, j):
        if (tokens[k].text,) in scan.lex.org_heads and initials(tokens[k:j]) == short:
            return Mention(Key.org(surface(tokens, k, j)), surface(tokens, k, j), k, j, country=org.country)
    return org


def short_form_named(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """Reader: a short form the article gave in brackets before ("Bawaslu" after "Badan Pengawas Pemilu (Bawaslu)")."""
    key = scan.cast.acronyms.get(tokens[i].text)
    return Mention(key, tokens[i].text, i, i + 1) if key else None


def short_form_after(tokens: Tokens, mention: Mention) -> str | None:
    """ "Badan Pengawas Pemilu (Bawaslu)": the one short word in brackets right after a name."""
    inside = bracketed(tokens, mention.end)
    if inside and inside.word and inside.capitalised and len(inside.text) <= 8:
        return inside.text
    return None


def administration(scan: Scan, tokens: Tokens, i: int) -> bool:
    """ "Pemerintahan Biden": a body named after the person who heads it."""
    return bool(match_phrase(tokens, i, scan.lex.administrations))


def leader_of(scan: Scan, tokens: Tokens, i: int, org: Mention) -> Mention | None:
    """ "Pemerintahan Biden" / "the Biden administration": an administration named after its head, who is
    named here only if the article has named the person already; the name alone makes no actor."""
    head = match_phrase(tokens, i, scan.lex.administrations)
    rest = surface(tokens, i + head, org.end)
    if head and org.end - i - head <= 3 and rest in scan.cast.persons:
        return Mention(Key.person(rest), rest, i + head, org.end)
    return None


def bracketed(tokens: Tokens, j: int) -> Token | None:
    """The one word in brackets at token j, as in "Badan Pengawas Pemilu (Bawaslu)", if there is one."""
    return tokens[j + 1] if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" else None


def initials(tokens: Tokens) -> str:
    """ "BMKG" for "Badan Meteorologi, Klimatologi dan Geofisika"."""
    return "".join(t.text[0] for t in tokens if t.word and t.capitalised).upper()
