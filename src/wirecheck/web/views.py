"""Story views built from model records: the findings table, evidence side by side, quotes.

Pure functions of `Story`, its member `Article`s and `Finding`s, shared by the web pages and
the static report. Text stays plain here; the templates escape every piece of it.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from wirecheck.model import Article, Evidence, Finding, Story

STATUS = {"agree": "agrees", "conflict": "conflicts", "unique": "only here"}
MAX_SENTENCE = 600  # characters of context shown around one piece of evidence
MAX_QUOTES = 300
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Piece:
    """A run of text, marked or not (the value being compared)."""

    text: str
    mark: bool = False


@dataclass
class EvidenceView:
    article: str
    outlet: str
    title: str | None
    published: str | None
    value: str | None
    pieces: list[Piece]
    copy_of: str | None = None


@dataclass
class FindingView:
    finding: Finding
    anchor: str
    cells: dict[str, dict[str, Any]]
    evidence: list[EvidenceView]


@dataclass
class QuoteGroup:
    speaker: str
    versions: list[dict[str, Any]] = field(default_factory=list)


def outlet_of(article: Article) -> str:
    return article.source or article.agency or "(unknown outlet)"


def outlet_columns(members: list[Article]) -> list[str]:
    """Outlets of a story, in the order they first published."""
    ordered = sorted(members, key=lambda a: (a.published or "", a.id))
    return list(dict.fromkeys(outlet_of(a) for a in ordered))


def finding_views(findings: list[Finding], members: dict[str, Article]) -> list[FindingView]:
    columns = outlet_columns(list(members.values()))
    return [
        FindingView(f, _anchor(i, f.id), _cells(f, columns, members), _evidence(f, members))
        for i, f in enumerate(findings, start=1)
    ]


def _anchor(i: int, finding_id: str) -> str:
    """A fragment id unique on a page holding many stories (the static report)."""
    return f"f{i}-" + re.sub(r"[^A-Za-z0-9_-]", "-", finding_id)[:40]


def _cells(
    finding: Finding, columns: list[str], members: dict[str, Article]
) -> dict[str, dict[str, Any]]:
    cells: dict[str, dict[str, Any]] = {c: {"status": "silent", "values": []} for c in columns}
    for e in finding.evidence:
        article = members.get(e.article)
        if article is None:
            continue
        cell = cells.setdefault(outlet_of(article), {"status": "silent", "values": []})
        cell["status"] = STATUS.get(finding.kind, finding.kind)
        values: list[str] = cell["values"]
        if e.value and e.value not in values:
            values.append(e.value)
    return cells


def _evidence(finding: Finding, members: dict[str, Article]) -> list[EvidenceView]:
    views = []
    for e in finding.evidence:
        article = members.get(e.article)
        if article is None:
            views.append(EvidenceView(e.article, e.article, None, None, e.value, [Piece(e.text)]))
            continue
        views.append(
            EvidenceView(
                e.article, outlet_of(article), article.title, article.published, e.value,
                evidence_pieces(article, e), article.syndicated_of,
            )
        )  # fmt: skip
    return views


def evidence_pieces(article: Article, e: Evidence) -> list[Piece]:
    """The sentence around the evidence, with the compared value marked."""
    text = article.text
    start, end = _clamp(text, e.start, e.end)
    s_start, s_end = _sentence(text, start, end)
    if end - start < s_end - s_start:
        marks = [(start, end)]  # the evidence is the claim itself: mark it inside its sentence
    else:
        marks = value_marks(article, start, end, e.value)
    return _pieces(text, s_start, s_end, marks)


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    try:
        from wirecheck.text_spans import sentence_around
    except ImportError:  # the corpus helpers are optional for the views
        return start, end
    s_start, s_end = sentence_around(text, start) if text else (start, end)
    s_start, s_end = min(s_start, start), max(s_end, end)
    if s_end - s_start <= MAX_SENTENCE:
        return s_start, s_end
    if end - start >= MAX_SENTENCE:  # the evidence alone is long: show its opening
        return start, start + MAX_SENTENCE
    room = (MAX_SENTENCE - (end - start)) // 2  # a window of the sentence around the claim
    return max(s_start, start - room), min(s_end, end + room)


def value_marks(article: Article, start: int, end: int, value: str | None) -> list[tuple[int, int]]:
    """Where inside [start, end) the compared `value` is stated, best guess first."""
    if not value:
        return []
    inside = _annotations_inside(article, start, end)
    hits = [(s, e) for s, e, said in inside if said and _says(said, value)]
    if hits:
        return hits
    at = article.text.lower().find(value.lower(), start, end)
    if at >= 0:
        return [(at, at + len(value))]
    numbers = set(_NUMBER.findall(value))
    segment = article.text[start:end]
    return [(start + m.start(), start + m.end()) for m in _NUMBER.finditer(segment)
            if m.group(0) in numbers]  # fmt: skip


def _annotations_inside(article: Article, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, what it says) of every annotation lying inside the span."""
    found: list[tuple[int, int, str]] = []
    for n in article.quantities:
        found.append((n.start, n.end, _number(n.value) if n.value is not None else n.text))
    found += [(t.start, t.end, t.value or t.text) for t in article.times]
    found += [(m.start, m.end, m.text) for m in article.mentions]
    found += [(q.start, q.end, q.text) for q in article.quotes]
    return [(s, e, said) for s, e, said in found if start <= s and e <= end and s < e]


def _says(said: str, value: str) -> bool:
    said, value = said.lower(), value.lower()
    if _NUMBER.fullmatch(said):
        return said in _NUMBER.findall(value)
    return said == value or (len(said) > 3 and (said in value or value in said))


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _pieces(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> list[Piece]:
    pieces: list[Piece] = []
    cursor = start
    for m_start, m_end in sorted(marks):
        m_start, m_end = max(m_start, cursor), min(m_end, end)
        if m_start >= m_end:
            continue
        if m_start > cursor:
            pieces.append(Piece(text[cursor:m_start]))
        pieces.append(Piece(text[m_start:m_end], mark=True))
        cursor = m_end
    if cursor < end:
        pieces.append(Piece(text[cursor:end]))
    return pieces


def quote_groups(members: list[Article], names: dict[str, str]) -> list[QuoteGroup]:
    """Quotes by speaker; each version shows its wording against the first outlet's."""
    by_speaker: dict[str, list[tuple[Article, Any]]] = defaultdict(list)
    count = 0
    for article in sorted(members, key=lambda a: (a.published or "", a.id)):
        for q in article.quotes:
            if count >= MAX_QUOTES:
                break
            speaker = names.get(q.speaker or "") or q.speaker_text or "(no speaker found)"
            by_speaker[speaker].append((article, q))
            count += 1
    return [_group(speaker, items) for speaker, items in by_speaker.items()]


def _group(speaker: str, items: list[tuple[Article, Any]]) -> QuoteGroup:
    group = QuoteGroup(speaker)
    bases: list[str] = []
    for article, q in items:
        base = next((b for b in bases if _similar(b, q.text)), None)
        if base is None:
            bases.append(q.text)
        diff = word_diff(base, q.text) if base is not None and base != q.text else None
        group.versions.append({"outlet": outlet_of(article), "article": article.id,
                               "quote": q, "diff": diff})  # fmt: skip
    return group


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.lower().split(), b.lower().split()).ratio() >= 0.6


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level diff of a quote's wording: (op, text) with op in equal / del / ins."""
    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("del", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("ins", " ".join(b[j1:j2])))
    return out


def story_counts(findings: list[Finding]) -> dict[str, int]:
    counts = {"conflict": 0, "agree": 0, "unique": 0}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts


def story_view(
    story: Story, members: list[Article], findings: list[Finding], names: dict[str, str]
) -> dict[str, Any]:
    """Everything the story page (and the report's story section) shows."""
    from wirecheck.web.charts import coverage_chart, timeline_chart

    by_id = {a.id: a for a in members}
    return {
        "story": story,
        "members": members,
        "columns": outlet_columns(members),
        "findings": finding_views(findings, by_id),
        "counts": story_counts(findings),
        "quotes": quote_groups(members, names),
        "timeline": timeline_chart(members, names),
        "coverage": coverage_chart(members),
    }
