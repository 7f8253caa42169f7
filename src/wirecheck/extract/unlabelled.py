"""Names spaCy's NER left untagged, where the text itself says they are names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.candidates import Candidate
from wirecheck.extract.gazetteer import words

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
