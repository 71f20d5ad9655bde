"""Whether a name does something where it is named."""

from __future__ import annotations

from generator.extract.cast import Mention
from generator.extract.names.scan import Scan, Tokens


def acts(scan: Scan, tokens: Tokens, mention: Mention, found: list[Mention]) -> bool:
    """Does this name do something here: subject of a verb, or sender of a delegation?"""
    lex = scan.lex
    before = tokens[mention.start - 1].text.lower() if mention.start else ""
    if before in lex.vocab["delegation_words"]:
        return True
    j = mention.end
    later = [m for m in found if m.start >= j]
    while j < len(tokens) and (
        tokens[j].text in lex.hints
        or tokens[j].text in lex.vocab["coordinators"]
        or tokens[j].text.startswith(tuple(lex.vocab["together_prefixes"]))
    ):
        if tokens[j].text in lex.vocab["coordinators"] and later and later[0].start == j + 1:
            j = later[0].end
            later = later[1:]
            continue
        j += 1
    if j >= len(tokens) or not tokens[j].word or tokens[j].capitalised:
        return False
    verb = tokens[j].text
    return bool(lex.verb_form.fullmatch(verb)) or verb in lex.hints or (verb,) in lex.speech
