"""The state the cleaner's header readers share: `Said` (what the text says about the article)
and `Body` (the draft's lines, and those taken out), with the two small helpers every reader
of them uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecheck.model import Removed


@dataclass
class Said:
    """What the text itself says about the article."""

    title: str | None = None
    source: str | None = None
    agency: str | None = None
    section: str | None = None
    dateline: str | None = None
    dateline_when: str | None = None  # ", Nov 2" as written; dated once `published` is known
    dateline_tag: str | None = None  # "(MPA)": the agency as the dateline writes it
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    byline: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    guessed_byline: str | None = None  # see `header_fields.Fields.guessed`
    copyright: str | None = None  # the holder a copyright trailer names

    def take_byline(self, names: list[str]) -> None:
        """A labelled byline ("By X", "Author: X"): kept unless one was read before, and put in
        place of a bare name guessed to be one on a line of fields above it. The guessed name
        is then the outlet's ("Fox Valley Current — Politics — 19 December 2026" over
        "Author: Thomas Greer") or, beside a named outlet, its section ("The Parent Post —
        Safety Alerts")."""
        guess = self.guessed_byline
        if names and guess is not None and self.byline == [guess]:
            if self.source is None:
                self.source = guess
            elif self.section is None:
                self.section = guess
            self.byline = []
        self.guessed_byline = None
        self.byline = self.byline or names


@dataclass
class Body:
    """The draft's lines as the cleaner works on them."""

    lines: list[str]
    kinds: dict[int, str] = field(default_factory=dict)  # dropped line -> removed kind
    removed: list[tuple[int, Removed]] = field(default_factory=list)
    cut: set[int] = field(default_factory=set)  # lines whose prefix went: each opens a paragraph

    def drop(self, i: int, kind: str) -> None:
        self.kinds[i] = kind
        self.removed.append((i, Removed(kind, self.lines[i].strip())))

    def cut_prefix(self, i: int, end: int, kind: str = "header") -> None:
        """Remove the first `end` characters of line i; the rest of the line stays body."""
        self.removed.append((i, Removed(kind, self.lines[i][:end].strip())))
        self.lines[i] = self.lines[i][end:]
        self.cut.add(i)
        if not self.lines[i].strip():
            self.kinds[i] = kind

    def kept(self, i: int) -> bool:
        return i not in self.kinds and bool(self.lines[i].strip())

    def kept_indices(self) -> list[int]:
        return [i for i in range(len(self.lines)) if self.kept(i)]


def more_precise(kept: str | None, other: str | None) -> str | None:
    """The hint unless the other value is strictly more precise (longer ISO string)."""
    if kept is None or (other is not None and len(other) > len(kept)):
        return other
    return kept


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())
