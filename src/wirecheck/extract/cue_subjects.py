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

# Children of a verb that may be the first half of a subject the parser split in two.
_SPLIT_PIECES = frozenset(["nsubj", "npadvmod"])
_POSSESSIVE_MARKS = frozenset(["’", "'", "’s", "'s"])
# A headline, dateline or aside before the subject is no part of it.
_BREAKS = frozenset([":", "—", "–", "-", "--", "“", "”", '"', "(", ")", "[", "]", ";", ".", ","])
# "The pride Mr. Cruz feels", "this time he praised": a determiner starts another phrase.
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])
_MAX_SPLIT_PIECE = 8


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
    if _mistagged_past(verb) is not None:
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


def _mistagged_past(verb: Token) -> Token | None:
    """'A Quinnipiac poll found last week that ...': a past tense the tagger read as a
    participle modifying the noun before it; a that-clause after it shows it is the main verb
    (a passive participle, "the plan described by ...", takes none)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.dep_ != "ROOT" or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return verb.head


def split_name_start(verb: Token, source: Token, start: int) -> int:
    """'Harbour spokesman the Rev. Tomas Berg told', 'Skiing great Anna Keller
    remembered': the parser split one long subject into two children of the verb; the piece
    right before the source phrase (a possessor's mark between at most) begins it."""
    doc = verb.doc
    first = next((t for t in doc[source.left_edge.i : source.i + 1] if t.idx >= start), None)
    if first is None:
        return start
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.i >= first.i or child.dep_ not in _SPLIT_PIECES:
            continue
        if child.pos_ not in ("NOUN", "PROPN") or child.ent_type_ in ("DATE", "TIME"):
            return start
        gap = doc[child.right_edge.i + 1 : first.i]
        added = doc[child.left_edge.i : first.i]
        if (
            len(gap) <= 1
            and all(t.text in _POSSESSIVE_MARKS for t in gap)
            and len(added) <= _MAX_SPLIT_PIECE
            and not any(t.is_space or t.text in _BREAKS for t in added)
            and added[0].lower_ not in _DETERMINERS
        ):
            return child.left_edge.idx
        return start
    return start
