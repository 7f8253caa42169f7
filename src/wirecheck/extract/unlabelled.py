"""Names spaCy's NER left untagged or mislabelled, where the text itself says they are names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.candidates import Candidate
from wirecheck.extract.gazetteer import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def proper_noun_runs(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Organisation names spaCy's NER left untagged: runs of capitalised proper nouns."""
    taken = {i for c in found for i in range(c.start, c.end)}
    taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    runs, start = [], None
    for token in doc:
        inside = token.pos_ == "PROPN" and token.text[:1].isupper() and token.i not in taken
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append((start, token.i))
            start = None
    if start is not None:
        runs.append((start, len(doc)))
    return [c for c in (_run_candidate(doc, a, b) for a, b in runs) if c is not None]


def _run_candidate(doc: Doc, start: int, end: int) -> Candidate | None:
    """Safe bets only: "Interior Ministry" (an organisation word), "Mr Scholz" (an honorific)."""

    titled = False
    while start < end - 1 and doc[start].lower_ in words("honorific"):
        start, titled = start + 1, True
    titled = titled or (start > 0 and doc[start - 1].lower_ in words("honorific"))
    if titled and end - start <= 3:
        return Candidate(start, end, "PERSON", person_hint=True)
    if not 2 <= end - start <= 4 or doc[end - 1].lower_ not in words("org"):
        return None
    return Candidate(start, end, "ORG")


def conjunct_candidates(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Names listed with a name spaCy found: "Zeus, Hera, Poseidon and Athena"."""
    taken = {i for c in found for i in range(c.start, c.end)}
    taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    extra = []
    for candidate in found:
        if candidate.kind is not None or candidate.label not in ("PERSON", "ORG", "GPE"):
            continue
        for conj in doc[candidate.start : candidate.end].root.conjuncts:
            start = conj.i
            while (
                start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
            span = range(start, conj.i + 1)
            if conj.pos_ == "PROPN" and conj.text[:1].isupper() and not taken & set(span):
                extra.append(Candidate(start, conj.i + 1, candidate.label))
                taken |= set(span)
    return extra


# Labels the small model gives a person's name in news text ("Anders Lindqvist" as a
# WORK_OF_ART when it follows a closing quote mark). ORG and GPE are not here: "Morgan
# Stanley said" has the same shape as a person's name and the same verb.
MISLABEL_PRONE = frozenset({"WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "LANGUAGE"})


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that introduce a title, not a person: "the film War and Peace", "the ship Astrid Berg".
_WORK_NOUNS = _word_set(
    """
    film movie novel book song album single play series show opera musical painting poem
    documentary memoir exhibition game ship vessel yacht app titled entitled dubbed
    """
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Last words that make a facility, place, event or law of a name ("Maria Kowalczyk Bridge").
# Words that are also common surnames ("Hill", "Park", "Hall", "Church") are left out.
_THING_HEADS = _word_set(
    """
    bridge street road avenue boulevard lane square station airport stadium arena tower
    centre center building mount mt lake river bay island valley highway motorway museum
    gallery hospital cathedral mosque temple palace castle festival prize award cup
    championship act bill treaty
    """
)


def mislabelled_person(doc: Doc, ent: Span) -> Candidate | None:
    """A person's name that spaCy labelled a work, product, facility or event.

    Recovered only when the span has a name's shape (two or three capitalised proper nouns, no
    function words, not in quotation marks, not after "the film") and the text vouches for a
    person: a known given name, a role in apposition, an honorific, or a verb of saying.
    """
    start, end = ent.start, ent.end
    while end - start > 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if not _name_shaped(doc, start, end) or _title_context(doc, start, end):
        return None
    if not _person_evidence(doc, start, end):
        return None
    return Candidate(start, end, "PERSON", person_hint=True)


def _name_shaped(doc: Doc, start: int, end: int) -> bool:
    """ "Anders Lindqvist": two or three capitalised proper nouns, none of them a common word."""
    if not 2 <= end - start <= 3:
        return False
    blocked = words("org") | words("title") | words("nonname") | words("honorific")
    blocked |= _THING_HEADS
    for token in doc[start:end]:
        text = token.text
        if token.pos_ != "PROPN" or not text[:1].isupper() or text.isupper():
            return False
        if token.is_stop or token.lower_ in blocked or not text.replace("-", "").isalpha():
            return False
    return True


def _title_context(doc: Doc, start: int, end: int) -> bool:
    """A quotation mark against the name, or a noun such as "film" just before it."""
    opening = start > 0 and doc[start - 1].is_quote and not doc[start - 1].whitespace_
    closing = end < len(doc) and doc[end].is_quote and not doc[end - 1].whitespace_
    work = start > 0 and doc[start - 1].lower_ in _WORK_NOUNS
    return opening or closing or work


def _person_evidence(doc: Doc, start: int, end: int) -> bool:
    from wirecheck.resources.cues import SPEECH

    root = doc[start:end].root
    if doc[start].lower_ in words("given"):
        return True
    if start > 0 and doc[start - 1].lower_ in words("honorific"):
        return True
    if any(c.dep_ == "appos" and c.lower_ in words("title") for c in root.children):
        return True
    return root.dep_ in _SUBJECTS and root.head.lemma_.lower() in SPEECH
