"""Where a syndicated copy carries the words of a finding's evidence, the finding shows the
copy's words too. A copy never makes a finding (it speaks with its original's voice, see
`compare`), but a reader who meets the claim in the copy should find it linked, and gold
written by people lists the outlets that print a statement, copies included."""

from __future__ import annotations

from wirecheck.model import Article, Evidence, Finding


def with_copies(findings: list[Finding], members: list[Article]) -> list[Finding]:
    """`findings` with, after each piece of evidence from an original, the same words in each
    of its copies among `members` (where the copy prints them once, verbatim)."""
    copies: dict[str, list[Article]] = {}
    for article in members:
        if article.syndicated_of:
            copies.setdefault(article.syndicated_of, []).append(article)
    if not copies:
        return findings
    for finding in findings:
        shown = {(e.article, e.start) for e in finding.evidence}
        extra = [
            copied
            for evidence in finding.evidence
            for copy in copies.get(evidence.article, [])
            if (copied := _copied(evidence, copy)) and (copied.article, copied.start) not in shown
        ]
        finding.evidence.extend(extra)
    return findings


def _copied(evidence: Evidence, copy: Article) -> Evidence | None:
    start = copy.text.find(evidence.text)
    if start < 0 or not evidence.text or copy.text.find(evidence.text, start + 1) >= 0:
        return None
    end = start + len(evidence.text)
    return Evidence(copy.id, start, end, evidence.text, evidence.value)
