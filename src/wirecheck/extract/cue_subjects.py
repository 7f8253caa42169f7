"""The source of a cue verb as the parse gives it: its subject, or a subject it inherits.

The subject as written ("he", "who", "Scholz's office"), the agent of a passive cue ("was
reported by Politico"), or one inherited along coordinated, participle and infinitive verbs
("X said ... but pledged ...", "X, saying ...", "forced Stumpf to admit ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import sibling_of_cue

if TYPE_CHECKING:
    from spacy.tokens import Token


def find_source(verb: Token, depth: int = 0) -> Token | None:
    """The subject naming the source; inherited along conj / participle / xcomp chains."""
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # Two subjects is a misparse of one long name ("Nairobi ... commander Daniel Kiprono
        # said"): the one next to the verb heads it.
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    counted = _counted_subject(verb)
    if counted is not None:
        return counted
    if verb.dep_ == "xcomp":
        # Object control: "forced Stumpf to admit ..." — Stumpf admits.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "footage of Clinton asking ...", "a post saying ...", "groups backing Cruz".
        return verb.head
    if _bare_participle(verb):
        return None  # "when asked ...": the one asked is no source; who asked is not said
    head = verb.head
    if sibling_of_cue(verb):
        head = head.head  # "said ... would rebound and praised ...": the cue's own subject
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "voters were more likely to say ...": the linking verb's subject, unless it is "it"
        # ("it is important to note ...": no one in particular notes it).
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.lower_ not in ("it", "there") else None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "by saying", "before explaining": the subject of the verb above
    elif verb.dep_ not in ("conj", "xcomp", "advcl"):
        return None
    if head.lemma_ == "be" and verb.dep_ == "xcomp":
        return None  # "It is important to note ...": no one in particular notes it
    if depth < 3 and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return find_source(head, depth + 1)
    return None


def _bare_participle(verb: Token) -> bool:
    """'when asked', 'Asked whether ...': a past participle with no auxiliary of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _counted_subject(verb: Token) -> Token | None:
    """'About 4 in 10 say ...', 'Less than a third agreed ...': a count the parser hung on
    the verb as a number or adverbial noun instead of its subject."""
    for child in verb.children:
        if child.i > verb.i:
            break
        if (
            child.dep_ in ("nummod", "npadvmod")
            and child.ent_type_ in ("CARDINAL", "PERCENT")
            and child.right_edge.i == verb.i - 1
        ):
            return child
    return None
