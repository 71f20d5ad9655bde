"""Find the actors and places of an article: known names, titled people, organisations.

Each sentence is read left to right. At each token the readers below propose a name; the resolver keeps
one; the Scan records it (readers only read: the Scan's record and add methods are the only writes to the
Cast while sentences are read). Then the tagger's names fill the gaps, names after a locative word become
places, and passes over the whole article join the names that are one.
"""

from __future__ import annotations

from generator.extract import ner
from generator.extract.cast import (
    Cast,
    Mention,
    find_borders,
    merge_enclitics,
    resolve_short_names,
    split_trailing_persons,
)
from generator.extract.gazetteer import Gazetteer
from generator.extract.names.acting import acts
from generator.extract.names.bodies import body, leader_of, short_form_after, short_form_named
from generator.extract.names.lexicon import lexicon
from generator.extract.names.people import appositions, named_person, speaking_person, titled_person
from generator.extract.names.places import after_locatives, known_name
from generator.extract.names.scan import Scan, Tokens
from generator.extract.names.tagged import tagged
from generator.extract.text import Sentence

# Names of things, at one token: the longest wins, and of two as long the earlier in this list.
THING_READERS = (known_name, body, short_form_named)
# Where no thing's name starts, a person's: the first that reads one.
PERSON_READERS = (speaking_person, named_person)


def resolve(scan: Scan, tokens: Tokens, i: int) -> Mention | None:
    """The one reading kept at token i."""
    readings = [(mention, reader) for reader in THING_READERS if (mention := reader(scan, tokens, i))]
    if readings:
        best, won = max(readings, key=lambda reading: reading[0].end)  # of two as long, the first
        leader = leader_of(scan, tokens, i, best) if won is body else None
        if leader:  # "Pemerintahan Biden": Biden is named inside the body's name
            scan.extra.append(leader)
        return best
    introduced = titled_person(scan, tokens, i)  # "Menteri Pertahanan Sergei Shoigu": the name comes next
    if introduced:
        scan.add_person(*introduced)
    return next((m for reader in PERSON_READERS if (m := reader(scan, tokens, i))), None)


def read_sentence(scan: Scan, sentence: Sentence, index: int) -> None:
    tokens, found, i = sentence.tokens, [], 0
    for name, role in appositions(scan, sentence.text):
        scan.add_person(name, role)
    scan.labels, scan.extra = ner.tag([t.text for t in tokens], scan.lex.language), []
    while i < len(tokens):
        mention = resolve(scan, tokens, i)
        if not mention:
            i += 1
            continue
        scan.record(mention)
        found.append(mention)
        short = short_form_after(tokens, mention)
        if short:
            scan.record_short_form(mention, short)
        i = mention.end + (3 if short else 0)  # past "(", the short form, ")"
    found = after_locatives(scan, tokens, tagged(scan, tokens, found))
    for mention in list(found):
        short = short_form_after(tokens, mention)
        if short:  # the short form is the same body, not another one
            scan.record_short_form(mention, short)
            found = [m for m in found if m.start != mention.end + 1]
    found = sorted(found + scan.extra, key=lambda m: (m.start, -m.end))
    for mention in found:  # "Biden" in "Pemerintahan Biden …" is named, but the administration acts
        mention.acts = acts(scan, tokens, mention, found) and all(mention is not m for m in scan.extra)
        scan.record_surface(mention)
    scan.cast.mentions[(sentence.paragraph, index)] = found


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
    scan = Scan(gazetteer, lexicon(language), named_countries(sentences, gazetteer))
    for index, sentence in sentences:
        read_sentence(scan, sentence, index)
    # Passes over the whole article, in order: each reads the names the ones before it settled.
    split_trailing_persons(scan.cast, sentences)
    resolve_short_names(scan.cast, sentences, scan.lex.vocab["familiar_titles"])
    merge_enclitics(scan.cast)
    find_borders(scan.cast, sentences, gazetteer, scan.lex.vocab)
    for index, sentence in sentences:
        for mention in scan.cast.mentions[(sentence.paragraph, index)]:
            mention.sentence = sentence
    return scan.cast
