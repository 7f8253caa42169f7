"""TempEval-3 Task A scorer: our time extractor against TimeML TIMEX3 annotations.

Reads `*.tml` recursively (a DOCID already read is skipped: TBAQ ships one TimeBank file twice),
takes the TIMEX3 tags inside `<TEXT>` with offsets into the tag-stripped TEXT content, passes
the DCT value as the article's `published` date, and scores as TempEval-3 did: strict extent
(same span), relaxed extent (overlap; one-to-one, first overlap wins), and `type_f1` /
`value_f1` counting relaxed matches with the right attribute (P over system, R over gold).
`type_accuracy` is right types over relaxed matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from wirecheck.evaluate import register_scorer


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TmlDocument:
    docid: str
    path: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


class Extent(Protocol):
    """A gold TIMEX3 or one of our `Time` records: what the scoring reads."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str | None: ...


def read_tml(path: Path) -> TmlDocument:
    """One TimeML file: DOCID, DCT value, TEXT content and its TIMEX3 spans."""
    root = ElementTree.parse(path).getroot()
    docid = (root.findtext("DOCID") or path.stem).strip()
    dct = root.find("DCT/TIMEX3")
    document = TmlDocument(docid, str(path), "", dct.get("value") if dct is not None else None)
    body = root.find("TEXT")
    if body is not None:
        parts: list[str] = []
        _walk(body, parts, document.timexes)
        document.text = "".join(parts)
    return document


def _walk(element: Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the element's text to `parts`, recording TIMEX3 offsets on the way."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(_inner(element)))
        timexes.append(Timex(start, end, element.get("type", ""), element.get("value")))


def _inner(element: Element) -> Iterable[str]:
    yield element.text or ""
    for child in element:
        yield from _inner(child)
        yield child.tail or ""


def read_corpus(folder: Path) -> list[TmlDocument]:
    """Every `*.tml` under `folder` in sorted order, each DOCID once."""
    documents, seen = [], set()
    for path in sorted(folder.rglob("*.tml")):
        document = read_tml(path)
        if document.docid not in seen:
            seen.add(document.docid)
            documents.append(document)
    return documents


def extract(documents: Sequence[TmlDocument]) -> list[list[Extent]]:
    """Our times for each document, parsed in one batch."""
    from wirecheck.extract.times import times
    from wirecheck.model import Article
    from wirecheck.nlp import parse_many

    found: list[list[Extent]] = []
    docs = parse_many(d.text for d in documents)
    for document, doc in zip(documents, docs, strict=True):
        article = Article(document.docid, document.path, document.text, published=document.dct)
        found.append(list(times(article, doc)))
    return found


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, gold: Sequence[Extent], system: Sequence[Extent]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        self.strict += len({(g.start, g.end) for g in gold} & {(s.start, s.end) for s in system})
        for g, s in relaxed_pairs(gold, system):
            self.relaxed += 1
            self.type += g.type == s.type
            self.value += g.value == s.value


def relaxed_pairs(gold: Sequence[Extent], system: Sequence[Extent]) -> list[tuple[Any, Any]]:
    """One-to-one overlap matches: each gold takes the first unmatched system span it overlaps."""
    pairs, used = [], set()
    for g in gold:
        for index, s in enumerate(system):
            if index not in used and s.start < g.end and g.start < s.end:
                used.add(index)
                pairs.append((g, s))
                break
    return pairs


def _f1(hits: int, system: int, gold: int) -> float:
    precision, recall = hits / system if system else 0.0, hits / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def figures(counts: Counts, documents: int) -> dict[str, Any]:
    return {
        "documents": documents,
        "gold": counts.gold,
        "system": counts.system,
        "strict_f1": _f1(counts.strict, counts.system, counts.gold),
        "relaxed_f1": _f1(counts.relaxed, counts.system, counts.gold),
        "relaxed_p": counts.relaxed / counts.system if counts.system else 0.0,
        "relaxed_r": counts.relaxed / counts.gold if counts.gold else 0.0,
        "type_f1": _f1(counts.type, counts.system, counts.gold),
        "value_f1": _f1(counts.value, counts.system, counts.gold),
        "type_accuracy": counts.type / counts.relaxed if counts.relaxed else 0.0,
    }


def score_documents(
    documents: Sequence[TmlDocument], found: Sequence[Sequence[Extent]]
) -> dict[str, Any]:
    counts = Counts()
    for document, system in zip(documents, found, strict=True):
        counts.add(document.timexes, system)
    return figures(counts, len(documents))


@register_scorer("tempeval3")
def score(path: Path) -> dict[str, Any]:
    """TempEval-3 figures for our time extractor on the TimeML files under `path`."""
    documents = read_corpus(Path(path))
    if not documents:
        raise FileNotFoundError(f"no *.tml files under {path}; pass a TempEval-3 folder")
    return score_documents(documents, extract(documents))
