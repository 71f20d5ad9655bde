"""The home page's selections, in the article's own whole sentences: what happened at a glance, why it
matters, what to watch, who says what, who is who, and the terms the article uses.

Every pick is a whole sentence with its paragraph, so it keeps its subject, attribution and qualifiers.
The rules read positions, names and the language's marker words (data/vocabulary.yml), never one article.
"""

from __future__ import annotations

import re

from generator.data import words
from generator.extract.cast import Cast, Ids, Mention
from generator.extract.text import Sentence
from generator.model.periods import period_end, period_start
from generator.model.story import Claim, Excerpt, Story, Term

GLANCE_MAX, GLANCE_MIN = 5, 3
MIN_WORDS = 8  # shorter sentences rarely tell what happened on their own
WHO_MAX_WORDS = 8  # "Media pemerintah Korea Utara": who says it stands before the verb, in a few words
SAME = 0.6  # word overlap above which two sentences say the same thing


def digest(story: Story, cast: Cast, units: list[tuple[int, Sentence]], ids: Ids) -> None:
    """Fill the Story's glance, significance, outlook, claims, actors' first sentences and term paragraphs."""
    vocab = words(story.article.language)
    # A sentence that ends in a colon only announces what follows ("The following is attributable to X:").
    news = [
        (i, s)
        for i, s in units
        if s.paragraph not in story.background and len(s.tokens) >= MIN_WORDS and not s.text.rstrip().endswith(":")
    ]
    order = {id(s): n for n, (_, s) in enumerate(units)}
    lead = news[0][1].paragraph if news else 0
    story.significance = picked(news, set(), vocab["significance_markers"], 2, early=True)
    shown = {e.text for e in story.significance}
    # The lead belongs to the glance, and quotations to "who says what".
    later = [(i, s) for i, s in news if s.paragraph != lead and not re.search('[“”"]', s.text)]
    # "berselisih pendapat mengenai apakah akan mendukung": a question of whether, not what comes next.
    # "… memperingatkan pada Juli tentang kemungkinan …": dated before publication, so already past.
    # "peringatan dini … pada 17-20 Juni" in an article of 20 June: begun before it and over by then.
    published = story.article.published
    past = {
        e.summary
        for e in story.events
        if period_end(e.date.end or e.date.start) < published
        or (e.date.end and period_start(e.date.start) < published and period_end(e.date.end) <= published)
    }
    ahead = [
        (i, s)
        for i, s in later
        if s.text.strip() not in past and not asked_before_marker(s, vocab["question_words"], vocab["outlook_markers"])
    ]
    story.outlook = picked(ahead, shown, vocab["outlook_markers"], 3, early=False)
    shown |= {e.text for e in story.outlook}
    story.glance = pick_glance([(i, s) for i, s in news if s.text.strip() not in shown], cast, order)
    story.claims = find_claims(story, cast, units, ids, vocab)
    introduce(story, cast, units, ids)
    for term in story.glossary:
        term.paragraph = first_use(story, term.term)
    story.glossary += defined_names(story, vocab)


def excerpt(sentence: Sentence) -> Excerpt:
    return Excerpt(text=sentence.text.strip(), paragraph=sentence.paragraph)


def content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w{4,}", text)}


def repeats(text: str, chosen: list[str]) -> bool:
    mine = content_words(text)
    return any(len(mine & content_words(o)) / max(1, min(len(mine), len(content_words(o)))) > SAME for o in chosen)


def pick_glance(news: list[tuple[int, Sentence]], cast: Cast, order: dict[int, int]) -> list[Excerpt]:
    """The sentences that tell what happened: early, naming who and where, with someone acting."""
    if not news:
        return []
    first = news[0][1].paragraph
    scored = []
    for index, sentence in news:
        found = cast.mentions.get((sentence.paragraph, index), [])
        named = len({m.key for m in found})
        acting = any(m.acts for m in found)
        position = 3.0 / (1 + 0.5 * (sentence.paragraph - first)) + (0.5 if index == 0 else 0.0)
        if sentence.text.lstrip()[:1] in '“"‘':
            continue  # a quotation is someone's words: it belongs under who says what, with its speaker
        score = position + 0.4 * min(named, 4) + (0.8 if acting else 0.0)
        scored.append((-score, order[id(sentence)], sentence))
    chosen: list[Sentence] = []
    for negative, _, sentence in sorted(scored, key=lambda item: item[:2]):
        if len(chosen) == GLANCE_MAX:
            break
        if repeats(sentence.text, [c.text for c in chosen]):
            continue
        if len(chosen) >= GLANCE_MIN and -negative < 1.5:
            break
        chosen.append(sentence)
    return [excerpt(s) for s in sorted(chosen, key=lambda s: order[id(s)])]


def has_marker(sentence: Sentence, markers: list[str]) -> bool:
    """A marker word in the sentence's own words, not inside a quotation ("akan “abadi …”")."""
    text = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", sentence.text.lower())
    return any(re.search(rf"(?<!\w){re.escape(m.lower())}(?!\w)", text) for m in markers)


def asked_before_marker(sentence: Sentence, questions: list[str], markers: list[str]) -> bool:
    """The first word of the future follows "apakah", "whether": it is asked, not foreseen."""
    words_ = [t.text.lower() for t in sentence.tokens]
    heads = {m.split()[0].lower() for m in markers}
    first = next((k for k, w in enumerate(words_) if w in heads), None)
    return first is not None and first > 0 and words_[first - 1] in questions


def picked(news: list[tuple[int, Sentence]], shown: set[str], markers: list[str], most: int, early: bool) -> list:
    """Sentences holding one of the marker words, not shown above; the earliest first when `early`."""
    found = [s for _, s in news if has_marker(s, markers) and s.text.strip() not in shown]
    if early and found:
        half = max(s.paragraph for _, s in news) // 2 + 1
        found = [s for s in found if s.paragraph <= half] or found
    chosen: list[Sentence] = []
    for sentence in found:
        if len(chosen) < most and not repeats(sentence.text, [c.text for c in chosen]):
            chosen.append(sentence)
    return [excerpt(s) for s in chosen]


def speech_at(sentence: Sentence, verbs: set[str]) -> int | None:
    """The index of the first verb of saying in the sentence, outside quotation marks."""
    inside = False
    for k, token in enumerate(sentence.tokens):
        if token.text in '“”"':
            inside = token.text == "“" or (token.text == '"' and not inside)
            continue
        if not inside and token.text.lower() in verbs:
            return k
    return None


def find_claims(story: Story, cast: Cast, units: list[tuple[int, Sentence]], ids: Ids, vocab: dict) -> list[Claim]:
    """Each sentence that says who says something: a quote with its speaker, or "<who> <verb of saying> …"."""
    verbs = set(vocab["claim_verbs"])
    hints = {h.lower() for h in vocab["verb_hints"] + vocab["adverbs_before_verb"]}
    pronouns = {p.lower() for p in vocab["pronouns"] + vocab["body_pronouns"] + vocab["this_that"]}
    titles = {w for t in vocab["titles"] + vocab["honorifics"] for w in t.split()}
    claims = []
    for index, sentence in units:
        found = cast.mentions.get((sentence.paragraph, index), [])
        quote = next((q for q in story.quotes if q.paragraph == sentence.paragraph and q.text in sentence.text), None)
        speaker = story.actor(quote.speaker) if quote and quote.speaker else None
        if speaker:
            claims.append(Claim(speaker.name, speaker.id, sentence.text.strip(), sentence.paragraph))
            continue
        k = speech_at(sentence, verbs)
        if k is None or k == 0:
            continue
        head = list(sentence.tokens[:k])
        while head and head[-1].text.lower() in hints:  # "Pemerintahan Biden telah menuduh": who is before "telah"
            head.pop()
        if head and head[-1].text.lower() in vocab["copulas"]:
            continue  # "are said to": nobody is named
        comma = max((n for n, t in enumerate(head) if t.text == ","), default=-1)
        if 0 < comma < len(head) - 1 and head[comma + 1].capitalised:  # "On Sunday, China said": China
            head = head[comma + 1 :]
        if not head or len(head) > WHO_MAX_WORDS or not head[0].text[:1].isupper() or head[0].text.lower() in pronouns:
            continue
        who = sentence.text[head[0].start : head[-1].end].strip(" ,")
        start = head[0]
        actor = speaking_actor(sentence, found, sentence.tokens.index(start), len(head), ids, titles)
        claims.append(Claim(who, actor, sentence.text.strip(), sentence.paragraph))
    return claims


def speaking_actor(
    sentence: Sentence, found: list[Mention], start: int, size: int, ids: Ids, titles: set[str]
) -> str | None:
    """The actor whose name is the whole of who speaks ("Menteri Shoigu"), not one inside it ("media … Korea")."""
    for mention in found:
        titled = all(t.text in titles for t in sentence.tokens[start : mention.start])
        if mention.start >= start and mention.end == start + size and titled and ids.get(mention.key, (None,))[0]:
            return ids[mention.key][0]
    return None


def introduce(story: Story, cast: Cast, units: list[tuple[int, Sentence]], ids: Ids) -> None:
    """Each actor's first sentence in the article that names it."""
    for index, sentence in units:
        for mention in cast.mentions.get((sentence.paragraph, index), []):
            actor = story.actor(ids[mention.key][0] or "") if mention.key in ids else None
            if actor and actor.introduced is None:
                actor.introduced = excerpt(sentence)


def first_use(story: Story, term: str) -> int | None:
    pattern = re.compile(rf"(?<!\w){re.escape(term)}(?![\w$])")  # "US$5 trillion" is no use of "US"
    return next((p.n for p in story.article.paragraphs if not p.heading and pattern.search(p.text)), None)


def defined_names(story: Story, vocab: dict) -> list[Term]:
    """Other names the article gives a thing: "Perang Korea, atau yang disebut oleh Beijing sebagai …"."""
    inside = "".join(f"|{re.escape(word)}" for word in vocab["name_inner_words"])
    name = rf"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*{inside}))*\s*[A-Z][\w-]*|[A-Z][\w-]+"
    found = []
    for paragraph in story.article.paragraphs:
        if paragraph.heading:
            continue
        for match in re.finditer(rf"({name}),?\s+(?:{vocab['also_called']})\s+({name})", paragraph.text):
            full, other = match.group(1).strip(), match.group(2).strip()
            if other != full and all(t.term != other for t in story.glossary):
                found.append(Term(other, full, paragraph.n))
    return found
