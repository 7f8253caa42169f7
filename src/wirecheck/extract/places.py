"""Places in an article: gazetteer finds spaCy missed, names it cut short, towns with regions.

"KYIV" in a dateline, "Russian" before a noun, "Washington D.C." cut to "Washington",
"Irving, Texas" as one place; countries and demonyms carry their ISO code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.candidates import Candidate, hyphen_at
from wirecheck.extract.gazetteer import AMBIGUOUS, Place, first_words, place, place_key, words

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_MAX_PLACE_TOKENS = 4


def join_place_pairs(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """ "Irving, Texas" is one place: the town named with its region (kept inside it too)."""
    by_start = {c.start: c for c in found}
    joined = []
    for candidate in found:
        if candidate.label not in ("GPE", "LOC") or candidate.code is not None:
            continue
        comma = candidate.end
        region = by_start.get(comma + 1)
        if region is None or comma >= len(doc) or doc[comma].text != ",":
            continue
        if candidate.start > 0 and doc[candidate.start - 1].text == ",":
            continue  # the middle of a list
        if (
            region.label == "GPE"
            and region.end - region.start <= 3
            and _ends_phrase(doc, region.end, by_start)
        ):
            joined.append(Candidate(candidate.start, region.end, "GPE", kind="town"))
    drop = {j.start for j in joined}
    return [c for c in found if c.start not in drop] + joined


def _ends_phrase(doc: Doc, end: int, by_start: dict[int, Candidate]) -> bool:
    """After "Irving, Texas" comes punctuation or a lower-case word, not another name.

    "Ontario, Quebec, Manitoba" is a list, not a town in its region; "Dayton,
    Ohio, United States" is a town, its region and its country.
    """
    if end >= len(doc):
        return True
    if doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        country = by_start.get(end + 1)
        return country is not None and country.kind == "country"
    return not doc[end].text[:1].isupper() or doc[end].is_punct


def extend_place(doc: Doc, candidate: Candidate) -> None:
    """ "Washington" + "D.C.", "Korea" + "Republic": the gazetteer knows the longer name."""
    for extra in (3, 2, 1):
        end = candidate.end + extra
        if end > len(doc) or not doc[end - 1].text[:1].isupper():
            continue
        if place(doc[candidate.start : end].text) is not None:
            candidate.end = end
            return


def attach_place(doc: Doc, candidate: Candidate) -> None:
    found = place(candidate.text(doc))
    if found is None:
        return
    ambiguous = found.name.lower() in AMBIGUOUS or _key_is_ambiguous(candidate.text(doc))
    if ambiguous and candidate.label not in PLACE_LABELS:
        return  # "Jordan" the person, "Georgia" the state: only spaCy's place label decides
    _apply_place(candidate, found)


def _key_is_ambiguous(text: str) -> bool:
    return text.lower().removeprefix("the ") in AMBIGUOUS


def _apply_place(candidate: Candidate, found: Place) -> None:
    candidate.kind = found.kind
    if found.kind in ("country", "demonym"):
        candidate.code = found.code
    if found.kind == "demonym":
        candidate.label = "NORP"
    elif found.kind in ("country", "city"):
        candidate.label = "GPE"
    elif found.kind == "seat":
        candidate.label = "ORG"
    elif candidate.label not in ("GPE", "LOC"):
        candidate.label = "LOC"


def gazetteer_candidates(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Countries, demonyms, cities and agencies spaCy missed, also inside organisation names."""
    taken = {i: c for c in found for i in range(c.start, c.end)}
    texts = [t.text for t in doc]  # every token is looked at: read each one's text once
    extra: list[Candidate] = []
    i = 0
    while i < len(texts):
        match = _longest_match(doc, texts, i, taken) if texts[i][:1].isupper() else None
        if match is None:
            i += 1
            continue
        extra.append(match)
        i = match.end
    return extra


def _longest_match(
    doc: Doc, texts: list[str], i: int, taken: dict[int, Candidate]
) -> Candidate | None:
    if i > 0 and hyphen_at(doc, i - 1):
        return None
    longest = _MAX_PLACE_TOKENS if place_key(texts[i]) in first_words() else 1
    for size in range(min(longest, len(texts) - i), 0, -1):
        end = i + size
        if not texts[end - 1][:1].isupper() or not _free(i, end, taken):
            continue
        span = doc[i:end]
        found = place(span.text)
        known = found is not None and not (size == 1 and _key_is_ambiguous(span.text))
        if known and found is not None and (_may_nest(found) or not _inside(i, taken)):
            candidate = Candidate(i, end, "GPE")
            _apply_place(candidate, found)
            return candidate
        if _agency(span.text) and not _inside(i, taken):
            return Candidate(i, end, "ORG", kind="agency")
    return None


def _agency(text: str) -> bool:
    """ "Reuters", "AFP", "Associated Press" as written, not "ap" or "Efe" in a sentence."""
    if text.lower() not in words("agency"):
        return False
    return " " in text or text[1:].islower() or text.isupper()


def _may_nest(found: Place) -> bool:
    """Places inside organisation names count as mentions: "United States Navy"."""
    return found.kind == "city" or (found.code is not None and found.kind in ("country", "demonym"))


def _free(start: int, end: int, taken: dict[int, Candidate]) -> bool:
    """No candidate here, or one organisation name that strictly contains the span."""
    owners = {id(taken[i]): taken[i] for i in range(start, end) if i in taken}
    if not owners:
        return True
    if len(owners) > 1:
        return False
    owner = next(iter(owners.values()))
    inner = owner.start <= start and end <= owner.end and (start, end) != (owner.start, owner.end)
    return inner and owner.label in ("ORG", "FAC", "EVENT", "PRODUCT")


def _inside(i: int, taken: dict[int, Candidate]) -> bool:
    return i in taken
