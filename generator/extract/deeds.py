"""What each actor did: the sentences where it is the subject and acts."""

from __future__ import annotations

import re
from itertools import pairwise

from generator.data import words
from generator.data.leaning import leaning
from generator.extract.cast import Ids, Mention
from generator.extract.text import Sentence
from generator.model.story import Excerpt, Story


def record_deeds(story: Story, sentence: Sentence, found: list[Mention], ids: Ids, language: str) -> None:
    """What an actor did: the whole sentence, listed under the actor that is its subject and acts.

    Not under a name that is the object of a verb ("menuduh Korea Utara"), the agent of a passive ("oleh
    AS"), or inside what someone else says ("… menegaskan bahwa Barat yang dipimpin oleh AS …").
    """
    vocab = words(language)
    if leaning(language).points_back(sentence.text):
        return  # "China exercised this right …": shown under China alone, "this right" would be nobody's
    subjects = [m for m in found if m.acts and is_subject(sentence, m, found, vocab)]
    for mention in found:
        actor_id = ids[mention.key][0] if mention.key in ids else None
        actor = story.actor(actor_id) if actor_id else None
        if not actor or mention not in subjects or planned(sentence, mention, vocab):
            continue
        if not sharing(sentence, subjects[: subjects.index(mention) + 1], vocab):
            continue  # "Namun Anies akan …, sementara Prabowo …": the sentence is the first subject's
        text = sentence.text.strip()
        if all(deed.text != text for deed in actor.did):
            actor.did.append(Excerpt(text=text, paragraph=sentence.paragraph))


def joiners(vocab: dict) -> set[str]:
    """What joins two names into one clause's subjects: "Rusia dan China mengirim", "Russia, China"."""
    return {*vocab["and_words"], ","}


def sharing(sentence: Sentence, subjects: list[Mention], vocab: dict) -> bool:
    """Do these subjects, in order, share one clause ("Rusia dan China mengirim …")?"""
    return all(
        later.start == earlier.end + 1 and sentence.tokens[earlier.end].text.lower() in joiners(vocab)
        for earlier, later in pairwise(subjects)
    )


def planned(sentence: Sentence, mention: Mention, vocab: dict) -> bool:
    """ "Senat akan meloloskan …", "X will vote": what is yet to happen is not yet something the actor did."""
    after = [t.text.lower() for t in sentence.tokens[mention.end : mention.end + 3]]
    return any(word in vocab["future_markers"] for word in after)


def is_subject(sentence: Sentence, mention: Mention, found: list[Mention], vocab: dict) -> bool:
    """Does the name open its clause (after nothing, a comma or a conjunction), outside reported speech?"""
    joined = [m for m in found if mention.start and m.end == mention.start - 1]
    if joined and sentence.tokens[mention.start - 1].text.lower() in joiners(vocab):
        return is_subject(sentence, joined[0], found, vocab)  # "Rusia dan China mengirim": as the name before
    titles = {w.lower() for t in vocab["titles"] + vocab["role_nouns"] for w in t.split()}
    titles -= set(vocab["number_words"])  # "Satu Demokrat" is one member; "Letnan Satu" lends it no title
    k = mention.start
    while k and sentence.tokens[k - 1].text.lower().rstrip(".") in titles:  # "Menteri Pertahanan Shoigu"
        k -= 1
    before = sentence.tokens[k - 1].text.lower() if k else ""
    if before in vocab["subordinators"]:
        return False  # the subject of "meskipun …", "after …": a clause that hangs on the main one
    if before and before not in vocab["subject_openers"] and before not in ",;:(—–":
        return False  # after a noun, the name belongs to it: "media pemerintah Korea Utara melaporkan"
    head = sentence.text[: sentence.tokens[k].start]
    speech = "|".join(re.escape(v) for v in vocab["quote_verbs"])
    # After a verb of saying, with or without "bahwa", the rest of the sentence is what was said.
    return not re.search(rf"[“\"]|(?<!\w)(?:{speech})(?:nya)?(?!\w)", head, re.IGNORECASE)
