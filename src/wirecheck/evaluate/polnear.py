"""PolNeAR attribution scorer: our quotes against gold Source / Cue / Content spans.

The split folder holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (brat standoff);
the first annotation file of each article in sorted order is the gold one. Every attribution
with a Content span counts for content; Source and Cue count for attributions with a Source.
Spans are compared at document level and matched one-to-one (first fitting candidate):

- exact: equal after trimming quotation marks, punctuation and white space at both ends of
  both spans (PolNeAR keeps the quotation marks, we do not);
- overlap: the trimmed spans share at least one character.

A discontinuous brat span whose pieces are separated only by white space and quotation marks
is one span (brat splits at line breaks; a quote running over paragraphs reopens its marks);
pieces separated by words (a quote split around its cue) are separate spans, as in CofeNet's
tag sequences. Spans are de-duplicated on both sides: a speaker or cue shared by the two
halves of a split quote counts once. PolNeAR gives each word to one attribution, so our
labels and our quotes nested in another of our quotes (a partial quote inside a reported
clause) are left out of the comparison. PolNeAR gives one attribution to one cue, so our
quoted fragments of one list under one cue and speaker ('called him a "liar" who is
"amoral"') are one content.

`direct_quote_speaker_accuracy`: over gold Content pieces enclosed in quotation marks whose
attribution has a Source, the share for which our first quote overlapping the piece has a
speaker span overlapping that Source (a quote we miss counts as wrong). `gold` and `system`
count content spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Article, Quote, article_id

Span = tuple[int, int]

# Trimmed from both ends before comparing: quotation marks, punctuation, white space.
_TRIM = " \t\r\n\xa0\u2009\u202f\"'“”‘’«»„‟‹›`.,;:!?-–—()[]…*"
_TEXT_BOUND = re.compile(r"T\d+\t\S+ \d+ \d+")
_EVENT = re.compile(r"E\d+\t")
_QUOTE_MARKS = "\"“”‘’«»„‟‹›`'"
_OPENING = "\"“‘«'„‹`"
_CLOSING = "\"”’»'“‹›"
# Between two fragments of one quoted list: at most a few words ('” and “', '," a "').
_LIST_GAP_CHARS = 15
_LIST_BREAK = re.compile(r"--|[—–]|[.!?][\"'”’]*\s|\n")


@dataclass
class GoldAttribution:
    content: list[Span]
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)


@dataclass
class GoldDocument:
    name: str
    text: str
    attributions: list[GoldAttribution]


def read_split(path: Path) -> Iterator[GoldDocument]:
    """The split's documents with their gold attributions, in file-name order."""
    annotations = sorted((path / "attributions").glob("*.ann"))
    for text_path in sorted((path / "text").glob("*.txt")):
        first = next((a for a in annotations if a.stem.rsplit("_", 1)[0] == text_path.stem), None)
        if first is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldDocument(text_path.stem, text, read_brat(first.read_text("utf-8"), text))


def read_brat(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions with a Content span from one brat standoff file."""
    spans: dict[str, list[Span]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        # A span whose text holds a line break continues on the next line: skip such tails.
        if _TEXT_BOUND.match(line):
            tid, body, *_ = line.split("\t")
            spans[tid] = _fragments(body.split(" ", 1)[1], text)
        elif _EVENT.match(line):
            args = line.split("\t")[1].split()
            events.append(dict(arg.split(":", 1) for arg in args[1:]))
    out = []
    for roles in events:
        if "Content" not in roles:
            continue
        got = {role: spans.get(tid, []) for role, tid in roles.items()}
        out.append(GoldAttribution(got["Content"], got.get("Source", []), got.get("Cue", [])))
    return out


def _fragments(offsets: str, text: str) -> list[Span]:
    """brat "s e;s e" pieces, joining pieces that only white space and quote marks separate."""
    pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
    merged: list[Span] = []
    for start, end in sorted(pieces):
        if merged and not text[merged[-1][1] : start].strip(_QUOTE_MARKS + " \t\r\n\xa0"):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def trim(text: str, span: Span) -> Span:
    """The span without quotation marks, punctuation and white space at either end."""
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end)


def match(gold: list[Span], system: list[Span], exact: bool) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, system index); the first fitting candidate wins."""
    used: set[int] = set()
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for si, (ss, se) in enumerate(system):
            if si in used:
                continue
            if (gs, ge) == (ss, se) if exact else (gs < se and ss < ge):
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    correct: int = 0

    def add(self, gold: list[Span], system: list[Span], exact: bool) -> None:
        self.gold += len(gold)
        self.system += len(system)
        self.correct += len(match(gold, system, exact))

    def f1(self) -> float:
        if not self.gold and not self.system:
            return 1.0
        return 2 * self.correct / (self.gold + self.system) if self.correct else 0.0


def is_direct(text: str, span: Span) -> bool:
    """Gold Content enclosed in quotation marks (PolNeAR keeps the marks in the span)."""
    body = text[span[0] : span[1]].strip().rstrip(".,;:!?")
    return len(body) > 1 and body[0] in _OPENING and body[-1] in _CLOSING


def system_quotes(document: GoldDocument) -> list[Quote]:
    """Our quotes for one document: the entities stage if it is there, then the quotes stage."""
    from wirecheck.extract import load_builtin_stages
    from wirecheck.nlp import parse

    article = Article(id=article_id(document.text), path=document.name, text=document.text)
    doc = parse(document.text)
    for stage in load_builtin_stages():
        if stage.layer in ("mentions", "quotes"):
            setattr(article, stage.layer, stage.fn(article, doc))
    return article.quotes


def attributions(quotes: list[Quote], text: str) -> list[Quote]:
    """Our quotes as PolNeAR sees attributions: no labels, nothing nested in another quote,
    and a list of quoted fragments under one cue as one content.

    PolNeAR gives each word to at most one attribution, so a partial quote inside a reported
    clause is part of that clause's content, not an attribution of its own; and it gives one
    attribution to one cue, so 'called him a "liar" who is "amoral"' is one content where we
    keep two quotes with the same cue and speaker.
    """
    kept = [q for q in quotes if q.kind != "label"]
    outer = [
        q
        for q in kept
        if not any(
            o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
            for o in kept
        )
    ]
    joined: list[Quote] = []
    for quote in sorted(outer, key=lambda q: q.start):
        if joined and _one_list(joined[-1], quote, text):
            joined[-1] = replace(joined[-1], end=quote.end, text=text[joined[-1].start : quote.end])
        else:
            joined.append(quote)
    return joined


def _one_list(first: Quote, then: Quote, text: str) -> bool:
    """Two quoted fragments of one list: the same cue and speaker, parted by a few words and
    quotation marks ('"disgusting" and "a con"'), with no cue, dash or sentence end between."""
    if first.cue_start is None or (first.cue_start, first.cue_end) != (
        then.cue_start,
        then.cue_end,
    ):
        return False
    if first.speaker_start != then.speaker_start or then.start < first.end:
        return False
    gap = text[first.end : then.start]
    inside = first.end <= first.cue_start < then.start
    return (
        len(gap) <= _LIST_GAP_CHARS
        and not inside
        and any(mark in gap for mark in _QUOTE_MARKS)
        and not _LIST_BREAK.search(gap)
    )


def _unique(spans: Iterable[Span | None], text: str) -> list[Span]:
    """Trimmed, de-duplicated, non-empty spans in document order."""
    seen = {trim(text, s) for s in spans if s is not None}
    return sorted(s for s in seen if s[0] < s[1])


def _speaker_span(q: Quote) -> Span | None:
    return None if q.speaker_start is None else (q.speaker_start, q.speaker_end or 0)


def _cue_span(q: Quote) -> Span | None:
    return None if q.cue_start is None else (q.cue_start, q.cue_end or 0)


class Scores:
    """Running tallies over documents."""

    def __init__(self) -> None:
        self.documents = 0
        self.tallies = {key: Tally() for key in _TALLY_KEYS}
        self.direct = 0
        self.direct_right = 0

    def add(self, document: GoldDocument, quotes: list[Quote]) -> None:
        text = document.text
        quotes = attributions(quotes, text)
        golds = document.attributions
        self.documents += 1
        content = _unique((g for a in golds for g in a.content), text)
        source = _unique((s for a in golds if a.source for s in a.source), text)
        cue = _unique((c for a in golds if a.source for c in a.cue), text)
        ours = _unique(((q.start, q.end) for q in quotes), text)
        our_source = _unique(map(_speaker_span, quotes), text)
        our_cue = _unique(map(_cue_span, quotes), text)
        for key, gold, system, exact in (
            ("source_exact", source, our_source, True),
            ("source_overlap", source, our_source, False),
            ("cue_exact", cue, our_cue, True),
            ("content_exact", content, ours, True),
            ("content_overlap", content, ours, False),
        ):
            self.tallies[key].add(gold, system, exact)
        self._add_direct(text, golds, quotes)

    def _add_direct(self, text: str, golds: list[GoldAttribution], quotes: list[Quote]) -> None:
        """Direct quotes with a Source: is our speaker for the overlapping quote that Source?"""
        for gold in golds:
            if not gold.source:
                continue
            for piece in gold.content:
                if not is_direct(text, piece):
                    continue
                self.direct += 1
                self.direct_right += _speaker_right(text, gold, piece, quotes)

    def result(self) -> dict[str, Any]:
        content = self.tallies["content_overlap"]
        out: dict[str, Any] = {
            "documents": self.documents,
            "gold": content.gold,
            "system": content.system,
        }
        for key in _TALLY_KEYS:
            out[f"{key}_f1"] = round(self.tallies[key].f1(), 4)
        out["direct_quote_speaker_accuracy"] = round(self.direct_right / max(1, self.direct), 4)
        return out


_TALLY_KEYS = ("source_exact", "source_overlap", "cue_exact", "content_exact", "content_overlap")


def _speaker_right(text: str, gold: GoldAttribution, piece: Span, quotes: list[Quote]) -> bool:
    """Our quote overlapping the gold piece names the gold Source (trimmed spans overlap)."""
    gs, ge = trim(text, piece)
    sources = [trim(text, s) for s in gold.source]
    for q in quotes:
        if q.start < ge and gs < q.end:
            ours = _speaker_span(q)
            if ours is None:
                return False
            os, oe = trim(text, ours)
            return any(s < oe and os < e for s, e in sources)
    return False


@register_scorer("polnear")
def score(path: Path) -> dict[str, Any]:
    """Source, cue and content F1 and direct-quote speaker accuracy on a PolNeAR split."""
    path = Path(path)
    if not (path / "text").is_dir() or not (path / "attributions").is_dir():
        raise FileNotFoundError(
            f"{path} is not a PolNeAR split: expected folders text/ and attributions/ in it"
        )
    scores = Scores()
    for document in read_split(path):
        scores.add(document, system_quotes(document))
    return scores.result()
