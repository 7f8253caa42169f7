"""The record a mention is made from while the entity stage works on one article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Candidate:
    """A mention in the making: token offsets [start, end) into the spaCy Doc."""

    start: int
    end: int
    label: str  # spaCy's label, or ours for gazetteer and role finds
    role: str | None = None
    code: str | None = None
    # gazetteer kind: country, demonym, city, region, seat, agency; "town" for "Irving, Texas"
    kind: str | None = None
    person_hint: bool = False  # a title or honorific stood before the name
    place_hint: bool = False  # "in" or "near" stood before the name
    nominal: bool = False  # a role description ("the prime minister"), not a name
    propagated: bool = False  # found by matching a name already seen in the article
    partner: int | None = None  # for a role phrase in apposition: a token of the name

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def hyphen_at(doc: Doc, i: int) -> bool:
    """A hyphen written without spaces: "Kwok-wai", "pro-Beijing"."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
