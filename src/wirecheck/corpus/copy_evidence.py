"""Where a syndicated copy carries the words of a finding's evidence, the finding shows the
copy's words too. A copy never makes a finding (it speaks with its original's voice, see
`compare`), but a reader who meets the claim in the copy should find it linked, and gold
written by people lists the outlets that print a statement, copies included."""

from __future__ import annotations

from wirecheck.model import Article, Evidence, Finding

PLAIN_QUOTES = str.maketrans({mark: '"' for mark in "“”„‟"} | {mark: "'" for mark in "‘’‚‛"})
# Words at each end of a piece of evidence that find it in a copy that re-typed its middle.
ANCHOR_CHARS = 30
MAX_STRETCH = 1.2  # a copy's spellings lengthen the words between by less than a fifth


def with_copies(findings: list[Finding], members: list[Article]) -> list[Finding]:
    """`findings` with, after each piece of evidence from an original, the same words in each
    of its copies among `members` (where the copy prints them once: see `_copied`)."""
    copies: dict[str, list[Article]] = {}
    for article in members:
        if article.syndicated_of:
            copies.setdefault(article.syndicated_of, []).append(article)
    if not copies:
        return findings
    plain = {copy.id: _plain(copy.text) for found in copies.values() for copy in found}
    for finding in findings:
        shown = {(e.article, e.start) for e in finding.evidence}
        extra = [
            copied
            for evidence in finding.evidence
            for copy in copies.get(evidence.article, [])
            if (copied := _copied(evidence, copy, plain[copy.id]))
            and (copied.article, copied.start) not in shown
        ]
        finding.evidence.extend(extra)
    return findings


def _copied(evidence: Evidence, copy: Article, text: str) -> Evidence | None:
    """The evidence's words in the copy (`text`: the copy's text made plain): verbatim, or as
    a copy re-typed them (its own quote marks, a word spelt its own way: "neighbouring" /
    "neighboring"), found by the words that open and close the evidence, each once in it."""
    if not evidence.text:
        return None
    words = _plain(evidence.text)
    span = _once(text, words)
    if span is None and len(words) > 2 * ANCHOR_CHARS:
        opening = _once(text, words[:ANCHOR_CHARS])
        closing = _once(text, words[-ANCHOR_CHARS:])
        if opening and closing and 0 < closing[1] - opening[0] <= len(words) * MAX_STRETCH:
            span = (opening[0], closing[1])
    if span is None:
        return None
    start, end = span
    return Evidence(copy.id, start, end, copy.text[start:end], evidence.value)


def _plain(text: str) -> str:
    """Text with its quote marks made plain, character for character (offsets stay)."""
    return text.translate(PLAIN_QUOTES)


def _once(text: str, words: str) -> tuple[int, int] | None:
    start = text.find(words)
    if start < 0 or text.find(words, start + 1) >= 0:
        return None
    return start, start + len(words)
