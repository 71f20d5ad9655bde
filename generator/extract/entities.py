"""Find the actors and places of an article: known names, titled people, organisations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.data import words
from generator.extract import ner
from generator.extract.cast import (
    MAX_NAME_TOKENS,
    Cast,
    Key,
    Mention,
    Person,
    capital_run,
    find_borders,
    match_phrase,
    merge_enclitics,
    phrase_index,
    resolve_short_names,
    split_trailing_persons,
    surface,
)
from generator.extract.gazetteer import Entry, Gazetteer
from generator.extract.text import Sentence, Token, name_key, tokenize
from generator.model.ids import slugify

# Parts of a name that are not capitalised: "Mohammed Shia al-Sudani", "Abu Bakr al-Baghdadi".
PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn)-[A-Z]\w+$")


@dataclass
class Reading:
    """What the Finder knows of the sentence it is reading; a new one for each sentence."""

    labels: list[str]  # the tagger's BIO label of each token
    extra: list[Mention] = field(default_factory=list)  # names inside other names ("Biden" in "Pemerintahan Biden")


class Finder:
    """Scans sentences left to right; at each token the longest reading wins."""

    def __init__(self, gazetteer: Gazetteer, language: str):
        self.gazetteer, self.vocab = gazetteer, words(language)
        self.titles = phrase_index(self.vocab["titles"])
        self.role_nouns = phrase_index(self.vocab["role_nouns"])
        self.org_heads = phrase_index(self.vocab["organization_heads"])
        self.speech = {name_key(v) for v in self.vocab["speech_verbs"] + self.vocab["quote_verbs"]}
        self.after = {name_key(v) for v in self.vocab["speech_verbs_after"]}
        self.hints = set(self.vocab["verb_hints"])
        self.language, self.rules = language, self.vocab["rules"]
        self.verb_form = re.compile(self.vocab["verb_form"])
        articles = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in self.vocab["apposition_articles"])
        self.apposition = re.compile(
            rf"\b(?:{articles})\s+((?:[a-z][\w-]*\s+){{0,5}}[a-z][\w-]*),\s+((?:[A-Z][\w'’-]+\s?){{2,4}})"
        )
        # "Asisten pelatih Timnas Uzbekistan, Timur Kapadze, memuji …": a role and its body, then the name
        roles = "|".join(re.escape(r) for r in sorted(self.vocab["apposition_roles"], key=len, reverse=True))
        self.role_apposition = re.compile(
            rf"(?i:\b((?:{roles})(?:\s+[\w-]+){{0,5}})),\s+((?:[A-Z][\w'’-]+\s){{1,3}}[A-Z][\w'’-]+)(?=,)"
        )
        self.cast = Cast()
        self.acronyms = self.cast.acronyms
        self.countries: set[str] = set()  # countries the article has named so far, for ambiguous names
        self.named_countries: set[str] = set()  # countries the whole article names (see find_cast)
        self.common = ner.common_words(language)
        self.calendar = set(self.vocab["months"]) | set(self.vocab["weekdays"])
        self.honorifics = set(self.vocab["honorifics"])
        self.institutions = set(self.vocab["institutions"])
        self.administrations = phrase_index(self.vocab["administration_heads"])
        self.name_joiners = {",", "&", *self.vocab["name_list_joiners"]}  # "Badan Meteorologi, Klimatologi, dan …"
        self.now = Reading([])

    def known(self, tokens: tuple[Token, ...], i: int) -> tuple[int, Entry | None]:
        if not (tokens[i].capitalised and tokens[i].word):
            return 0, None
        for length in range(min(self.gazetteer.longest, len(tokens) - i), 0, -1):
            words_ = tuple(t.text.rstrip(".") for t in tokens[i : i + length])
            entry = self.gazetteer.lookup(words_, self.countries)
            if not entry and length > 1 and words_[-1].islower():  # "Guatemala city" is Guatemala City
                entry = self.gazetteer.lookup((*words_[:-1], words_[-1].capitalize()), self.countries)
            if entry:
                return (length, entry) if length > 1 or self.one_word_place(tokens, i, entry) else (0, None)
        return 0, None

    def one_word_place(self, tokens: tuple[Token, ...], i: int, entry: Entry) -> bool:
        """A one-word name needs evidence when it is also an ordinary word ("Kita", "Lima"), when it is only
        another name of a place ("Para" for Belém), or when the place lies in no country the article names."""
        word = tokens[i].text.rstrip(".")
        if entry.kind in ("country", "state", "organization") or (
            word.isupper() and len(word) > 1 and entry.kind != "city"
        ):
            return True
        if self.gazetteer.only_alternate(entry, (word,)):
            return entry.country in self.named_countries and word.lower() not in self.common
        if word.lower() in self.common or (
            entry.country and entry.country not in self.named_countries and not entry.capital
        ):
            return self.located(tokens, i, i + 1)
        return True

    def sentence(self, sentence: Sentence, index: int) -> None:
        tokens, found, i = sentence.tokens, [], 0
        self.appositions(sentence.text)
        self.now = Reading(ner.tag([t.text for t in tokens], self.language))
        while i < len(tokens):
            mention = self.read_at(tokens, i)
            if mention:
                found.append(mention)
                i = mention.end + self.acronym_after(tokens, mention)
            else:
                i += 1
        found = self.tagged(tokens, found)
        for mention in list(found):
            if self.acronym_after(tokens, mention):  # the short form is the same body, not another one
                found = [m for m in found if m.start != mention.end + 1]
        found = sorted(found + self.now.extra, key=lambda m: (m.start, -m.end))
        for mention in found:  # "Biden" in "Pemerintahan Biden …" is named, but the administration acts
            mention.acts = self.acts(tokens, mention, found) and all(mention is not m for m in self.now.extra)
            self.cast.surfaces.setdefault(mention.key, [])
            if mention.surface not in self.cast.surfaces[mention.key]:
                self.cast.surfaces[mention.key].append(mention.surface)
        self.cast.mentions[(sentence.paragraph, index)] = found

    def acronym_after(self, tokens: tuple[Token, ...], mention: Mention) -> int:
        """ "Badan Pengawas Pemilu (Bawaslu)": the short form in brackets names the same thing later on."""
        inside = bracketed(tokens, mention.end)
        if inside and inside.word and inside.capitalised and len(inside.text) <= 8:
            short = inside.text
            self.acronyms.setdefault(short, mention.key)
            surfaces = self.cast.surfaces.setdefault(mention.key, [])
            if short not in surfaces:
                surfaces.append(short)
            if mention.key.is_person:
                self.cast.persons[mention.key.name].aliases.add(short)
            return 3
        return 0

    def body_of_unit(self, tokens: tuple[Token, ...], org: Mention) -> Mention:
        """ "Pusat Data … Badan Nasional Penanggulangan Bencana (BNPB)": the short form names the body, not
        its unit, so the body is the organisation the article goes on to name."""
        j, inside = org.end, bracketed(tokens, org.end)
        if not inside:
            return org
        short = inside.text.upper()
        if initials(tokens[org.start : j]) == short:
            return org
        for k in range(org.start + 1, j):
            if (tokens[k].text,) in self.org_heads and initials(tokens[k:j]) == short:
                return Mention(Key.org(surface(tokens, k, j)), surface(tokens, k, j), k, j, country=org.country)
        return org

    def read_at(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        length, entry = self.known(tokens, i)
        org = self.organization(tokens, i)
        if org and org.end - i > length:
            org = self.body_of_unit(tokens, org)
            self.cast.organizations.setdefault(org.surface, org.country)
            self.leader_of(tokens, i, org)
            return org
        if entry:
            self.cast.entries[entry.id] = entry
            if entry.country:
                self.countries.add(entry.country)
            return Mention(Key.entry(entry.id), surface(tokens, i, i + length), i, i + length)
        if tokens[i].text in self.acronyms:
            return Mention(self.acronyms[tokens[i].text], tokens[i].text, i, i + 1)
        self.titled_person(tokens, i)
        return self.speaking_person(tokens, i) or self.named_person(tokens, i)

    def tagged(self, tokens: tuple[Token, ...], found: list[Mention]) -> list[Mention]:
        """Add names the statistical tagger finds where the gazetteer and the rules found nothing.

        A name it finds may contain a shorter known place ("Palang Merah Indonesia", "Padang Sidempuan"):
        the longer name wins.
        """
        added: list[Mention] = []
        for start, end, kind in ner.spans(self.now.labels):
            start, end = self.trim(tokens, start, end, kind)
            inside = [m for m in found if m.start < end and start < m.end]
            places_inside = all(
                start <= m.start and m.end <= end and m.key.is_entry and self.cast.entries[m.key.name].is_place
                for m in inside
            )
            if kind != "PERSON" and inside and places_inside and end - start > max(m.end - m.start for m in inside):
                found = [m for m in found if m not in inside]
                inside = []
            if (
                kind == "PERSON"
                and end - start > 1
                and inside
                and all(start < m.start and m.end - m.start == 1 and self.inside_name(m) for m in inside)
            ):
                found = [m for m in found if m not in inside]  # "Gibran Rakabuming Raka" holds no town "Raka"
                inside = []
            if (
                kind == "ORGANISATION"
                and inside
                and min(m.start for m in inside) > start
                and all(m.key.is_person for m in inside)
            ):
                end, inside = min(m.start for m in inside), []  # "FBI Kash Patel": the body ends at the name
            if (
                start >= end
                or inside
                or not tokens[start].capitalised
                or (start == 0 and end - start == 1)
                or (end - start == 1 and self.ordinary(tokens[start].text))
            ):
                continue
            if kind == "PERSON":
                added += self.persons_in(tokens, start, end)
            elif not all(t.word or t.text == "-" for t in tokens[start:end]):
                continue
            elif kind == "ORGANISATION" and self.place_head(tokens, start, end):  # "Jakarta International Stadium"
                added.append(self.place(tokens, start, end))
            elif kind == "ORGANISATION":
                end = self.before_person(tokens, start, end)  # "FBI Kash Patel": the body, then its head
                name = surface(tokens, start, end)
                self.cast.organizations.setdefault(name, None)
                added.append(Mention(Key.org(name), name, start, end))
            elif self.located(tokens, start, end, found + added):
                added.append(self.place(tokens, start, end))
        return self.after_locatives(tokens, found + added)

    def inside_name(self, mention: Mention) -> bool:
        """A one-word town or region that a tagged person's name may hold as one of its words."""
        entry = self.cast.entries.get(mention.key.name) if mention.key.is_entry else None
        return bool(entry and entry.kind in ("city", "region"))

    def place_named(self, word: str) -> bool:
        """Is this word a place the article has already named ("Provinsi Baluchistan" before "… Baluchistan X")?"""
        return any(
            entry.is_place and any(word in names for names in entry.names.values())
            for entry in self.cast.entries.values()
        )

    def place_head(self, tokens: tuple[Token, ...], start: int, end: int) -> bool:
        """Does a name begin (Indonesian "Stadion Utama …") or end (English "… Stadium") with a place's head word?"""
        return tokens[start].text in self.vocab["place_heads"] or tokens[end - 1].text in words("en")["place_heads"]

    def after_locatives(self, tokens: tuple[Token, ...], found: list[Mention]) -> list[Mention]:
        """ "di Anbar", "dekat Sibi", "in Kendal": a capitalised name after a locative word that no other reading
        claims is a place, unless it is an ordinary word, a date, a known person's or body's name."""
        taken = {k for m in found for k in range(m.start, m.end)}
        added = []
        for k in range(1, len(tokens)):
            if tokens[k - 1].text.lower() not in self.vocab["locatives"] or k in taken:
                continue
            end = k
            while (
                end < len(tokens)
                and end - k < 3
                and end not in taken
                and tokens[end].word
                and tokens[end].capitalised
                and self.now.labels[end] == "O"
                and not self.ordinary(tokens[end].text)
            ):
                end += 1
            words_ = tuple(t.text for t in tokens[k:end])
            if (
                not words_
                or any((w,) in self.org_heads or (w,) in self.titles or w in self.institutions for w in words_)
                or (end < len(tokens) and tokens[end].capitalised)
            ):
                continue
            if ner.is_known_name(words_, "person") or ner.is_known_name(words_, "organization"):
                continue
            if self.rules["known_place_after_locative"] and not ner.is_known_name(words_, "place"):
                continue  # "in English", "at Reuters": English needs the name to be a known place
            added.append(self.place(tokens, k, end))
            taken.update(range(k, end))
        return sorted(found + added, key=lambda m: (m.start, -m.end))

    def trim(self, tokens: tuple[Token, ...], start: int, end: int, kind: str) -> tuple[int, int]:
        """Drop titles, ranks and ordinary words before a name; keep "al-Sudani" after "Mohammed Shia"."""
        known_person = ner.is_known_name(tuple(t.text for t in tokens[start:end]), "person")  # "Ban Ki Moon"
        while (
            start < end
            and not known_person
            and (
                (tokens[start].text.rstrip("."),) in self.titles
                or tokens[start].text.rstrip(".") in self.honorifics
                or (
                    kind == "PERSON"
                    and self.ordinary(tokens[start].text)
                    and (start == 0 or not tokens[start - 1].word)
                )
            )
        ):  # "Teenagers Irma" opening a sentence
            start += 1
        if (
            kind == "PERSON"
            and end < len(tokens)
            and ner.is_known_name(tuple(t.text for t in tokens[start : end + 1]), "person")
        ):
            end += 1  # "Mahfud MD": the tagger stopped one word short of a known name
        elif kind == "PERSON" and end < len(tokens) and self.initials_after(tokens, end):
            end += 1  # "Ganjar Pranowo-Mahfud MD": initials close an Indonesian name
        if kind == "PERSON":
            while end < len(tokens) and PARTICLE.match(tokens[end].text):
                end += 1
            # "Senat Chuck Schumer", "Baluchistan Sarfraz Bugti": a body or a place before a two-word name
            while end - start > 2 and (
                (tokens[start].text,) in self.org_heads
                or tokens[start].text in self.institutions
                or self.known(tokens, start)[0]
                or self.place_named(tokens[start].text)
            ):
                start += 1
        return start, end

    def initials_after(self, tokens: tuple[Token, ...], k: int) -> bool:
        """Two capitals after a name that name nothing else ("MD", not "AS" or "(PBB)")."""
        word = tokens[k].text
        return (
            bool(self.rules.get("initials_close_names"))
            and len(word) == 2
            and word.isupper()
            and word.isalpha()
            and word not in self.acronyms
            and not self.known(tokens, k)[0]
            and not (k > 0 and tokens[k - 1].text == "(")
        )

    def before_person(self, tokens: tuple[Token, ...], start: int, end: int) -> int:
        """Where a name ends if a known person's name follows it inside the same span."""
        for k in range(start + 1, end):
            if any(
                tuple(t.text for t in tokens[k : k + len(name.split())]) == tuple(name.split())
                for name in self.cast.persons
            ):
                return k
        return end

    def ordinary(self, word: str) -> bool:
        """An ordinary word that is capitalised here only because it starts a sentence or a title."""
        return word.lower() in self.common or word in self.calendar

    def persons_in(self, tokens: tuple[Token, ...], start: int, end: int) -> list[Mention]:
        """The persons a tagged span names: two for an Indonesian ticket ("Prabowo-Gibran"), else one.

        A span that holds an organisation's or a title's word ("Pusat Data", "Departemen") is no person.
        """
        parts, at = [], start
        for k in range(start, end + 1):
            if k == end or (tokens[k].text == "-" and self.rules["tickets"]):
                parts.append((at, k))
                at = k + 1
        found = []
        for a, b in parts:
            words_ = [t.text for t in tokens[a:b]]
            if (
                a >= b
                or not all(t.word or t.text == "-" for t in tokens[a:b])
                or any((w,) in self.org_heads or (w.rstrip("."),) in self.titles for w in words_)
            ):
                continue
            name = surface(tokens, a, b)
            self.add_person(name, None)
            found.append(Mention(Key.person(name), name, a, b))
        return found

    def place(self, tokens: tuple[Token, ...], start: int, end: int) -> Mention:
        """A tagged place: a known one after its head word ("Kabupaten Cianjur" is Cianjur), else a new one."""
        name = surface(tokens, start, end)
        head = 1 if tokens[start].text in self.vocab["place_heads"] else 0
        length, known = self.known(tokens, start + head)
        if known and start + head + length == end:
            self.cast.entries[known.id] = known
            return Mention(Key.entry(known.id), name, start, end)
        # "Kota Solo" is Solo, but "Stadion Utama Gelora Bung Karno" keeps its head: the head is in its name.
        area = tokens[start].text.lower() in self.vocab["place_prepositions"]
        own = surface(tokens, start + head, end) if head and area and end - start > 1 else name
        entry = self.cast.entries.setdefault(
            f"unknown-{slugify(own)}", Entry(id=f"unknown-{slugify(own)}", kind="place", names={self.language: [own]})
        )
        return Mention(Key.entry(entry.id), name, start, end)

    def located(self, tokens: tuple[Token, ...], start: int, end: int, found: Sequence[Mention] = ()) -> bool:
        """An unknown place needs evidence: "di/ke/dari X", a head word such as Kota or Pulau, a name that
        DBpedia knows as a place, or a place before it in a list ("Purworejo, Banjarnegara, dan Kebumen")."""
        before = tokens[start - 1].text.lower() if start else ""
        if before in self.vocab["place_prepositions"] or (
            tokens[start].text in self.vocab["place_heads"] and end - start > 1
        ):
            return True
        words_ = tuple(t.text for t in tokens[start:end])
        if ner.is_known_name(words_, "place") and (len(words_) > 1 or not self.ordinary(words_[0])):
            return True
        k = start - 1
        while k >= 0 and tokens[k].text.lower() in (",", *self.vocab["list_joiners"]):
            k -= 1
        return k < start - 1 and any(
            m.end == k + 1 and m.key.is_entry and self.cast.entries[m.key.name].is_place for m in found
        )

    def named_person(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        """A name already known as a person (from an apposition) needs no title."""
        length = capital_run(tokens, i)
        for n in range(length, 0, -1):
            name = surface(tokens, i, i + n)
            if name in self.cast.persons:
                return Mention(Key.person(name), name, i, i + n)
        after = i > 0 and (tokens[i - 1].text.lower(),) in self.after
        if not after or self.known(tokens, i)[0] or match_phrase(tokens, i, self.titles):
            return None
        if length >= 2 or (
            length == 1
            and not self.ordinary(tokens[i].text)  # "…," kata Kapadze
            and not self.now.labels[i].endswith(("PLACE", "ORGANISATION"))
        ):
            name = surface(tokens, i, i + min(length, 3))  # "…," said Azali Assoumani
            self.add_person(name, None)
            return Mention(Key.person(name), name, i, i + min(length, 3))
        return None

    def appositions(self, text: str) -> None:
        """ "seorang pejabat tingkat menengah, Li Hongzhong": a role, a comma, then a person's name."""
        for match in [*self.apposition.finditer(text), *self.role_apposition.finditer(text)]:
            name, tokens = match.group(2).strip(), tokenize(match.group(2).strip())
            if (
                not self.known(tokens, 0)[0]
                and not match_phrase(tokens, 0, self.org_heads)
                and not any(self.ordinary(t.text) or (t.text,) in self.titles for t in tokens)
            ):
                self.add_person(name, match.group(1))

    def organization(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        if self.rules["organization_head"] == "last":
            return self.organization_head_last(tokens, i)
        head = match_phrase(tokens, i, self.org_heads)
        if not head or not tokens[i].capitalised:
            return None
        if (
            i + head + 1 < len(tokens)
            and (tokens[i + head].text,) in self.titles
            and match_phrase(tokens, i + head + 1, self.org_heads)
        ):
            return None  # "Majelis Hakim Pengadilan Negeri …": the judges of the court; the court is named next
        end = i + head
        while end < len(tokens) and end - i < 10:
            if (
                tokens[end].text in self.name_joiners
                and end + 1 < len(tokens)
                and self.listed_name(tokens, end)
                and (
                    (tokens[end + 1].capitalised and tokens[end + 1].word)
                    or tokens[end + 1].text in self.vocab["name_list_joiners"]
                )
            ):
                end += 1  # "Badan Meteorologi, Klimatologi, dan Geofisika"
                continue
            length, _ = self.known(tokens, end)
            length = length or capital_run(tokens, end, 1)
            if not length or (self.now.labels[end].endswith("PERSON") and not self.administration(tokens, i)):
                break  # "Senat Chuck Schumer": a person's name follows the body's
            end += length
        if end == i + head and head < 2 and not (tokens[i].text in self.institutions and i):
            return None  # "Kongres", "Senat" alone name a body; "Mahkamah Konstitusi" is a whole name
        name = surface(tokens, i, end)
        country = next((e.country for j in range(i, end) for e in [self.known(tokens, j)[1]] if e and e.country), None)
        return Mention(Key.org(name), name, i, end, country=country)

    def listed_name(self, tokens: tuple[Token, ...], k: int) -> bool:
        """Is the comma or "dan" at k inside a name: does a bracketed short form close the list?"""
        for j in range(k + 1, min(k + 8, len(tokens))):
            if tokens[j].text == "(":
                return True
            if not (tokens[j].capitalised or tokens[j].text in self.name_joiners):
                return False
        return False

    def organization_head_last(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        """English names end in their head: "World Bank", "Port of Rotterdam Authority", "FNV union"."""
        if (
            not (tokens[i].word and tokens[i].capitalised)
            or tokens[i].text.lower() in self.vocab["articles"]
            or (i and tokens[i - 1].capitalised and tokens[i - 1].word)
        ):
            return None
        end, best = i, None
        while (
            end < len(tokens)
            and end - i < 8
            and tokens[end].word
            and (tokens[end].capitalised or (tokens[end].text in self.vocab["org_name_inner_words"] and end > i))
        ):
            end += 1
            if tokens[end - 1].capitalised and (tokens[end - 1].text,) in self.org_heads and end - i > 1:
                best = end
        if (
            best is None
            and tokens[i].text.isupper()
            and i + 1 < len(tokens)
            and tokens[i + 1].text in ("union", "party", "group", "agency", "alliance")
        ):
            best = i + 1  # "the FNV union"
        if best is None:
            return None
        name = surface(tokens, i, best)
        country = next((e.country for j in range(i, best) for e in [self.known(tokens, j)[1]] if e and e.country), None)
        return Mention(Key.org(name), name, i, best, country=country)

    def administration(self, tokens: tuple[Token, ...], i: int) -> bool:
        """ "Pemerintahan Biden": a body named after the person who heads it."""
        return bool(match_phrase(tokens, i, self.administrations))

    def leader_of(self, tokens: tuple[Token, ...], i: int, org: Mention) -> None:
        """ "Pemerintahan Biden" / "the Biden administration": an administration named after its head, who is
        named here only if the article has named the person already; the name alone makes no actor."""
        head = match_phrase(tokens, i, self.administrations)
        rest = surface(tokens, i + head, org.end)
        if head and org.end - i - head <= 3 and rest in self.cast.persons:
            self.now.extra.append(Mention(Key.person(rest), rest, i + head, org.end))

    def titled_person(self, tokens: tuple[Token, ...], i: int) -> None:
        """ "Kepala BNPB Suharyanto": a title, maybe the body it heads, then the name (the last words).

        Registers the person with the role; the name itself is read as a mention when the scan reaches it.
        """
        title = match_phrase(tokens, i, self.titles) if tokens[i].capitalised else 0
        role = 0 if title else match_phrase(tokens, i, self.role_nouns)
        lead = title or role
        if not lead or i + lead >= len(tokens) or match_phrase(tokens, i + lead, self.titles):
            return
        run = i + lead
        while (
            run < len(tokens)
            and run - i - lead < 10
            and ((tokens[run].word and tokens[run].capitalised) or PARTICLE.match(tokens[run].text))
        ):
            run += 1
        tagged = [(a, b) for a, b, kind in ner.spans(self.now.labels[i + lead : run]) if kind == "PERSON"]
        if tagged:  # the tagger knows where the name starts: "juru bicara Kementerian … Afghanistan Abdul Qahar Balkhi"
            start, run = self.trim(tokens, i + lead + tagged[-1][0], i + lead + tagged[-1][1], "PERSON")
            if start >= run:
                return
        else:
            start = run
            # After a title a name follows, even where the tagger reads "FBI Kash Patel" as one body.
            while start > i + lead and run - start < MAX_NAME_TOKENS and self.could_be_name(tokens, start - 1, True):
                start -= 1
            body = tuple(t.text for t in tokens[i + lead : start])
            tagged_body = any(label.endswith("ORGANISATION") for label in self.now.labels[start:run])
            if tagged_body and not ((len(body) == 1 and body[0].isupper()) or ner.is_known_name(body, "organization")):
                return  # "Badan Reserse Kriminal Polri" is all one body; "FBI Kash Patel" is a body and a name
            if start == run or any(self.ordinary(t.text) for t in tokens[start:run]):
                return  # "Kepala Pusat Data Informasi dan Hubungan …": a role and the body it heads, no name
        if role and run - start < 2 and not self.is_short_name(tokens[start].text):
            return
        former = i > 0 and tokens[i - 1].text.lower() in self.vocab["former_words"]  # "mantan presiden Suriah"
        said = surface(tokens, i - former - self.qualifiers(tokens, i), start)
        courtesy = all(t.text.rstrip(".") in self.honorifics for t in tokens[i:start])  # "Mr" is no role
        self.add_person(surface(tokens, start, run), None if courtesy else said)

    def qualifiers(self, tokens: tuple[Token, ...], i: int) -> int:
        """ "National Security Advisor": the capitalised words before a title are part of it."""
        q = i
        while (
            q > 0
            and i - q < 3
            and tokens[q - 1].word
            and tokens[q - 1].capitalised
            and tokens[q - 1].text not in self.calendar
            and tokens[q - 1].text.lower() not in self.vocab["former_words"]
            and not (q == 1 and self.ordinary(tokens[0].text))
            and not self.known(tokens, q - 1)[0]
        ):
            q -= 1
        return i - q

    def could_be_name(self, tokens: tuple[Token, ...], k: int, after_title: bool = False) -> bool:
        word = tokens[k].text
        tagged = ("PLACE",) if after_title else ("PLACE", "ORGANISATION")
        return (
            not (word.isupper() and len(word) > 1)
            and not self.known(tokens, k)[0]
            and not self.now.labels[k].endswith(tagged)
            and (word,) not in self.org_heads
            and (word.rstrip("."),) not in self.titles
            and word.rstrip(".") not in self.honorifics
        )

    def speaking_person(self, tokens: tuple[Token, ...], i: int) -> Mention | None:
        """A two- or three-word capitalised name just before a verb of saying is a person."""
        length = capital_run(tokens, i, 3)
        alone = length == 1 and i > 0 and tokens[i - 1].word  # "etnis Baloch mengatakan": a people, not a person
        if (
            length < 1
            or alone
            or (
                length == 1
                and (
                    self.known(tokens, i)[0]
                    or self.now.labels[i].endswith(("PLACE", "ORGANISATION"))
                    or tokens[i].text.isupper()
                    or self.ordinary(tokens[i].text)
                )
            )
            or (i > 0 and tokens[i - 1].capitalised and tokens[i - 1].word)
            or match_phrase(tokens, i, self.titles)
            or any((t.text,) in self.org_heads or self.ordinary(t.text) for t in tokens[i : i + length])
        ):
            return None
        after = i + length
        while after < len(tokens) and tokens[after].text in self.hints:
            after += 1
        if after < len(tokens) and (tokens[after].text,) in self.speech:
            name = surface(tokens, i, i + length)
            self.add_person(name, None)
            return Mention(Key.person(name), name, i, i + length)
        return None

    def is_short_name(self, word: str) -> bool:
        return any(word in name.split() for name in self.cast.persons)

    def add_person(self, name: str, role: str | None) -> None:
        person = self.cast.persons.setdefault(name, Person(name))
        if role and not person.role:
            person.role = role

    def acts(self, tokens: tuple[Token, ...], mention: Mention, found: list[Mention]) -> bool:
        """Does this name do something here: subject of a verb, or sender of a delegation?"""
        before = tokens[mention.start - 1].text.lower() if mention.start else ""
        if before in self.vocab["delegation_words"]:
            return True
        j = mention.end
        later = [m for m in found if m.start >= j]
        while j < len(tokens) and (
            tokens[j].text in self.hints
            or tokens[j].text in self.vocab["coordinators"]
            or tokens[j].text.startswith(tuple(self.vocab["together_prefixes"]))
        ):
            if tokens[j].text in self.vocab["coordinators"] and later and later[0].start == j + 1:
                j = later[0].end
                later = later[1:]
                continue
            j += 1
        if j >= len(tokens) or not tokens[j].word or tokens[j].capitalised:
            return False
        verb = tokens[j].text
        return bool(self.verb_form.fullmatch(verb)) or verb in self.hints or (verb,) in self.speech


def bracketed(tokens: tuple[Token, ...], j: int) -> Token | None:
    """The one word in brackets at token j, as in "Badan Pengawas Pemilu (Bawaslu)", if there is one."""
    return tokens[j + 1] if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")" else None


def initials(tokens: tuple[Token, ...]) -> str:
    """ "BMKG" for "Badan Meteorologi, Klimatologi dan Geofisika"."""
    return "".join(t.text[0] for t in tokens if t.word and t.capitalised).upper()


def named_countries(sentences: list[tuple[int, Sentence]], gazetteer: Gazetteer) -> set[str]:
    """The countries an article names anywhere, by their names or short forms ("Rusia", "AS")."""
    found = set()
    for _, sentence in sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if not token.capitalised:
                continue
            for length in (3, 2, 1):
                entry = gazetteer.lookup(tuple(t.text.rstrip(".") for t in tokens[i : i + length]))
                if entry and entry.kind == "country" and entry.country:
                    found.add(entry.country)
                    break
    return found


def find_cast(sentences: list[tuple[int, Sentence]], gazetteer: Gazetteer, language: str) -> Cast:
    """All mentions in all sentences; (index, sentence) pairs are numbered within their paragraph."""
    finder = Finder(gazetteer, language)
    finder.named_countries = named_countries(sentences, gazetteer)
    for index, sentence in sentences:
        finder.sentence(sentence, index)
    split_trailing_persons(finder.cast, sentences)
    resolve_short_names(finder.cast, sentences, finder.vocab["familiar_titles"])
    merge_enclitics(finder.cast)
    find_borders(finder.cast, sentences, gazetteer, finder.vocab)
    return finder.cast
