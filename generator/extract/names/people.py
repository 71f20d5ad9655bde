"""Persons: a name after a title ("Menteri Pertahanan Rusia Sergei Shoigu"), in apposition to a role, before
or after a verb of saying, or already known; and where a tagged person's name begins and ends."""

from __future__ import annotations

import re

from generator.extract import ner
from generator.extract.cast import MAX_NAME_TOKENS, Key, Mention, capital_run, match_phrase, surface
from generator.extract.names.places import known, place_named
from generator.extract.names.scan import Scan, Tokens
from generator.extract.text import tokenize

# Parts of a name that are not capitalised: "Mohammed Shia al-Sudani", "Abu Bakr al-Baghdadi".
PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn)-[A-Z]\w+$")

Introduced = tuple[str, str | None]  # a person's name and the role the article gives them


def appositions(scan: Scan, text: str) -> list[Introduced]:
    """ "seorang pejabat tingkat menengah, Li Hongzhong": a role, a comma, then a person's name."""
    lex, found = scan.lex, []
    for match in [*lex.apposition.finditer(text), *lex.role_apposition.finditer(text)]:
        name, tokens = match.group(2).strip(), tokenize(match.group(2).strip())
        if (
            not known(scan, tokens, 0)[0]
            and not match_phrase(tokens, 0, lex.org_heads)
            and not any(lex.ordinary(t.text) or (t.text,) in lex.titles for t in tokens)
        ):
            found.append((name, match.group(1)))
    return found


def titled_person(scan: Scan, tokens: Tokens, i: int) -> Introduced | None:
    """ "Kepala BNPB Suharyanto": a title, maybe the body it heads, then the name (the last words).

    Gives the person and the role; the name itself is read as a mention when the scan reaches it.
    """
    lex = scan.lex
    title = match_phrase(tokens, i, lex.titles) if tokens[i].capitalised else 0
    role = 0 if title else match_phrase(tokens, i, lex.role_nouns)
    lead = title or role
    if not lead or i + lead >= len(tokens) or match_phrase(tokens, i + lead, lex.titles):
        return None
    run = i + lead
    while (
        run < len(tokens)
        and run - i - lead < 10
        and ((tokens[run].word and tokens[run].capitalised) or PARTICLE.match(tokens[run].text))
    ):
        run += 1
    tagged = [(a, b) for a, b, kind in ner.spans(scan.labels[i + lead : run]) if kind == "PERSON"]
    if tagged:  # the tagger knows where the name starts: "juru bicara Kementerian … Afghanistan Abdul Qahar Balkhi"
        start, run = trim(scan, tokens, i + lead + tagged[-1][0], i + lead + tagged[-1][1], "PERSON")
        if start >= run:
            return None
    else:
        start = run
        # After a title a name follows, even where the tagger reads "FBI Kash Patel" as one body.
        while start > i + lead and run - start < MAX_NAME_TOKENS and could_be_name(scan, tokens, start - 1, True):
            start -= 1
        body = tuple(t.text for t in tokens[i + lead : start])
        tagged_body = any(label.endswith("ORGANISATION") for label in scan.labels[start:run])
        if tagged_body and not ((len(body) == 1 and body[0].isupper()) or ner.is_known_name(body, "organization")):
            return None  # "Badan Reserse Kriminal Polri" is all one body; "FBI Kash Patel" is a body and a name
        if start == run or any(lex.ordinary(t.text) for t in tokens[start:run]):
            return None  # "Kepala Pusat Data Informasi dan Hubungan …": a role and the body it heads, no name
    if role and run - start < 2 and not any(tokens[start].text in name.split() for name in scan.cast.persons):
        return None  # after a lower-case role, one word names only a person already named in full
    former = i > 0 and tokens[i - 1].text.lower() in lex.vocab["former_words"]  # "mantan presiden Suriah"
    said = surface(tokens, i - former - qualifiers(scan, tokens, i), start)
    courtesy = all(t.text.rstrip(".") in lex.honorifics for t in tokens[i:start])  # "Mr" is no role
    return surface(tokens, start, run), None if courtesy else said


def qualifiers(scan: Scan, tokens: Tokens, i: int) -> int:
    """ "National Security Advisor": the capitalised words before a title are part of it."""
    lex, q = scan.lex, i
    while (
        q > 0
        and i - q < 3
        and tokens[q - 1].word
        and tokens[q - 1].capitalised
        and tokens[q - 1].text not in lex.calendar
        and tokens[q - 1].text.lower() not in lex.vocab["former_words"]
        and not (q == 1 and lex.ordinary(tokens[0].text))
        and not known(scan, tokens, q - 1)[0]
    ):
        q -= 1
    return i - q


def could_be_name(scan: Scan, tokens: Tokens, k: int, after_title: bool = False) -> bool:
    lex, word = scan.lex, tokens[k].text
    tagged = ("PLACE",) if after_title else ("PLACE", "ORGANISATION")
    return (
        not (word.isupper() and len(word) > 1)
        and not known(scan, tokens, k)[0]
        and not scan.labels[k].endswith(tagged)
        and (word,) not in lex.org_heads
        and (word.rstrip("."),) not in lex.titles
        and word.rstrip(".") not in lex.honorifics
    )


def speaking_person(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """Reader: a two- or three-word capitalised name just before a verb of saying is a person."""
    lex, length = scan.lex, capital_run(tokens, i, 3)
    alone = length == 1 and i > 0 and tokens[i - 1].word  # "etnis Baloch mengatakan": a people, not a person
    if (
        length < 1
        or alone
        or (
            length == 1
            and (
                known(scan, tokens, i)[0]
                or scan.labels[i].endswith(("PLACE", "ORGANISATION"))
                or tokens[i].text.isupper()
                or lex.ordinary(tokens[i].text)
            )
        )
        or (i > 0 and tokens[i - 1].capitalised and tokens[i - 1].word)
        or match_phrase(tokens, i, lex.titles)
        or any((t.text,) in lex.org_heads or lex.ordinary(t.text) for t in tokens[i : i + length])
    ):
        return None
    after = i + length
    while after < len(tokens) and tokens[after].text in lex.hints:
        after += 1
    if after < len(tokens) and (tokens[after].text,) in lex.speech:
        return person(surface(tokens, i, i + length), i, i + length)
    return None


def named_person(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """Reader: a name already known as a person (from a title or an apposition) needs no title; a name
    right after "kata" / "said" is a person."""
    lex, length = scan.lex, capital_run(tokens, i)
    for n in range(length, 0, -1):
        name = surface(tokens, i, i + n)
        if name in scan.cast.persons:
            return person(name, i, i + n)
    after = i > 0 and (tokens[i - 1].text.lower(),) in lex.after
    if not after or known(scan, tokens, i)[0] or match_phrase(tokens, i, lex.titles):
        return None
    if length >= 2 or (
        length == 1
        and not lex.ordinary(tokens[i].text)  # "…," kata Kapadze
        and not scan.labels[i].endswith(("PLACE", "ORGANISATION"))
    ):
        return person(surface(tokens, i, i + min(length, 3)), i, i + min(length, 3))  # "…," said Azali Assoumani
    return None


def trim(scan: Scan, tokens: Tokens, start: int, end: int, kind: str) -> tuple[int, int]:
    """Drop titles, ranks and ordinary words before a name; keep "al-Sudani" after "Mohammed Shia"."""
    lex = scan.lex
    known_person = ner.is_known_name(tuple(t.text for t in tokens[start:end]), "person")  # "Ban Ki Moon"
    while (
        start < end
        and not known_person
        and (
            (tokens[start].text.rstrip("."),) in lex.titles
            or tokens[start].text.rstrip(".") in lex.honorifics
            or (kind == "PERSON" and lex.ordinary(tokens[start].text) and (start == 0 or not tokens[start - 1].word))
        )
    ):  # "Teenagers Irma" opening a sentence
        start += 1
    if (
        kind == "PERSON"
        and end < len(tokens)
        and ner.is_known_name(tuple(t.text for t in tokens[start : end + 1]), "person")
    ):
        end += 1  # "Mahfud MD": the tagger stopped one word short of a known name
    elif kind == "PERSON" and end < len(tokens) and initials_after(scan, tokens, end):
        end += 1  # "Ganjar Pranowo-Mahfud MD": initials close an Indonesian name
    if kind == "PERSON":
        while end < len(tokens) and PARTICLE.match(tokens[end].text):
            end += 1
        # "Senat Chuck Schumer", "Baluchistan Sarfraz Bugti": a body or a place before a two-word name
        while end - start > 2 and (
            (tokens[start].text,) in lex.org_heads
            or tokens[start].text in lex.institutions
            or known(scan, tokens, start)[0]
            or place_named(scan, tokens[start].text)
        ):
            start += 1
    return start, end


def initials_after(scan: Scan, tokens: Tokens, k: int) -> bool:
    """Two capitals after a name that name nothing else ("MD", not "AS" or "(PBB)")."""
    word = tokens[k].text
    return (
        bool(scan.lex.rules.get("initials_close_names"))
        and len(word) == 2
        and word.isupper()
        and word.isalpha()
        and word not in scan.cast.acronyms
        and not known(scan, tokens, k)[0]
        and not (k > 0 and tokens[k - 1].text == "(")
    )


def before_person(scan: Scan, tokens: Tokens, start: int, end: int) -> int:
    """Where a name ends if a known person's name follows it inside the same span."""
    for k in range(start + 1, end):
        if any(
            tuple(t.text for t in tokens[k : k + len(name.split())]) == tuple(name.split())
            for name in scan.cast.persons
        ):
            return k
    return end


def persons_in(scan: Scan, tokens: Tokens, start: int, end: int) -> list[Mention]:
    """The persons a tagged span names: two for an Indonesian ticket ("Prabowo-Gibran"), else one.

    A span that holds an organisation's or a title's word ("Pusat Data", "Departemen") is no person.
    """
    lex, parts, at = scan.lex, [], start
    for k in range(start, end + 1):
        if k == end or (tokens[k].text == "-" and lex.rules["tickets"]):
            parts.append((at, k))
            at = k + 1
    found = []
    for a, b in parts:
        words_ = [t.text for t in tokens[a:b]]
        if (
            a >= b
            or not all(t.word or t.text == "-" for t in tokens[a:b])
            or any((w,) in lex.org_heads or (w.rstrip("."),) in lex.titles for w in words_)
        ):
            continue
        found.append(person(surface(tokens, a, b), a, b))
    return found


def person(name: str, start: int, end: int) -> Mention:
    return Mention(Key.person(name), name, start, end)
