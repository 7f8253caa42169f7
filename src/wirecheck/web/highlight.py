"""An article's text cut into runs, each tagged with the annotation layers covering it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirecheck.model import Article

LAYERS = ("entities", "quotes", "times", "quantities", "events")
MAX_SPANS = 20_000  # a hostile article cannot make the page unbounded


@dataclass
class Run:
    text: str
    layers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def spans_of(article: Article, names: dict[str, str]) -> dict[str, list[tuple[int, int, str]]]:
    """(start, end, note) per layer; the note says what the annotation means."""

    def who(speaker: str | None, said: str | None) -> str:
        return names.get(speaker or "") or said or "unknown"

    return {
        "entities": [(m.start, m.end, f"{m.type}: {names.get(m.entity or '', m.text)}")
                     for m in article.mentions],
        "quotes": [(q.start, q.end, f"quote ({q.kind}) by {who(q.speaker, q.speaker_text)}")
                   for q in article.quotes],
        "times": [(t.start, t.end, f"{t.type}: {t.value}") for t in article.times],
        "quantities": [(n.start, n.end, _quantity_note(n)) for n in article.quantities],
        "events": [(v.start, v.end, f"{v.type} ({v.mode}) {v.time or ''}".strip())
                   for v in article.events],
    }  # fmt: skip


def _quantity_note(n: Any) -> str:
    note = f"{n.value} [{n.low}, {n.high}] {n.unit or ''} {n.counted or ''}"
    return " ".join(note.split())


def runs(text: str, layers: dict[str, list[tuple[int, int, str]]], shown: set[str]) -> list[Run]:
    """Split `text` at every span boundary of the shown layers; overlapping spans nest fine."""
    edges: list[tuple[int, int, str, str]] = []  # (offset, +1 open / -1 close, layer, note)
    for layer, spans in layers.items():
        if layer not in shown:
            continue
        for start, end, note in spans[:MAX_SPANS]:
            start, end = max(0, start), min(len(text), end)
            if start < end:
                edges += [(start, 1, layer, note), (end, -1, layer, note)]
    edges.sort(key=lambda e: (e[0], e[1]))
    out: list[Run] = []
    active: dict[tuple[str, str], int] = {}
    cursor = 0
    for offset, step, layer, note in edges:
        if offset > cursor:
            out.append(_run(text[cursor:offset], active))
            cursor = offset
        key = (layer, note)
        active[key] = active.get(key, 0) + step
        if active[key] <= 0:
            del active[key]
    if cursor < len(text):
        out.append(_run(text[cursor:], active))
    return out


def _run(text: str, active: dict[tuple[str, str], int]) -> Run:
    layers = sorted({layer for layer, _ in active})
    notes = sorted({f"{layer}: {note}" for layer, note in active})
    return Run(text, layers, notes)


def counts(layers: dict[str, list[Any]]) -> dict[str, int]:
    return {layer: len(spans) for layer, spans in layers.items()}
