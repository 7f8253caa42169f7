"""`wirecheck eval findings GOLD.json`: our findings against gold findings we wrote.

The articles are the `corpus/` folder beside the gold file. A finding matches a gold one of
the same kind when its evidence overlaps every gold snippet (EVAL.md); matching is one to
one and as large as it can be, so a finding reported twice counts once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.evaluate.goldfiles import articles_by_key, load_gold, snippet_span
from wirecheck.model import Analysis, Article, Finding
from wirecheck.settings import Settings

KINDS = ("agree", "conflict", "unique")
Spans = list[tuple[str, int, int]]


@register_scorer("findings")
def score_findings(path: Path) -> dict[str, Any]:
    gold_path = path / "gold.json" if path.is_dir() else path
    corpus = gold_path.parent / "corpus"
    from wirecheck.run import analyze

    analysis = analyze([corpus], Settings(quiet=True))
    return score_analysis(analysis, load_gold(gold_path), corpus)


def score_analysis(analysis: Analysis, gold: dict[str, Any], corpus: Path) -> dict[str, Any]:
    articles = articles_by_key(analysis, corpus)
    wanted = [(g["kind"], _gold_spans(g, articles)) for g in gold["findings"]]
    matched = _match(analysis.findings, wanted)
    result: dict[str, Any] = _prf(len(matched), len(analysis.findings), len(wanted))
    result["per_kind"] = {
        kind: _prf(
            sum(1 for i in matched.values() if wanted[i][0] == kind),
            sum(1 for f in analysis.findings if f.kind == kind),
            sum(1 for k, _ in wanted if k == kind),
        )
        for kind in KINDS
    }
    result["system"], result["gold"] = len(analysis.findings), len(wanted)
    return result


def _gold_spans(gold: dict[str, Any], articles: dict[str, Article]) -> Spans:
    spans = []
    for evidence in gold["evidence"]:
        article = articles.get(evidence["file"])
        span = snippet_span(article, evidence["snippet"]) if article else None
        if article and span:
            spans.append((article.id, *span))
    return spans


def _match(findings: list[Finding], wanted: list[tuple[str, Spans]]) -> dict[int, int]:
    """System finding index -> gold index, one to one, as many pairs as possible (a maximum
    bipartite matching), so the order of findings never decides which gold one a finding takes."""
    candidates = {
        f_index: [
            g_index
            for g_index, (kind, spans) in enumerate(wanted)
            if kind == finding.kind and _covers(finding, spans)
        ]
        for f_index, finding in enumerate(findings)
    }
    owner: dict[int, int] = {}  # gold index -> finding index
    for f_index in candidates:
        _augment(f_index, candidates, owner, set())
    return {f_index: g_index for g_index, f_index in owner.items()}


def _augment(
    f_index: int, candidates: dict[int, list[int]], owner: dict[int, int], seen: set[int]
) -> bool:
    """Kuhn's augmenting path: give this finding a gold one, moving earlier claims if need be."""
    for g_index in candidates[f_index]:
        if g_index in seen:
            continue
        seen.add(g_index)
        if g_index not in owner or _augment(owner[g_index], candidates, owner, seen):
            owner[g_index] = f_index
            return True
    return False


def _covers(finding: Finding, spans: Spans) -> bool:
    return bool(spans) and all(
        any(e.article == a and e.start < end and start < e.end for e in finding.evidence)
        for a, start, end in spans
    )


def _prf(hits: int, system: int, gold: int) -> dict[str, float]:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
