"""Check the hold-out gold file against its corpus (standard library only).

Usage: python3 tests/data/holdout/check.py [GOLD]   (the articles are `corpus/` beside GOLD)

Checks that every article file is listed and every listed file exists; that each evidence
snippet is 4-12 words and occurs exactly once in its article's body text (for HTML: after
stripping tags and unescaping entities; for text exports: outside the title and By lines);
that `agree`/`conflict` findings cite at least two independent outlets and `unique` findings
exactly one; and prints counts per kind, topic and event. Exits 1 when a problem is found.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("agree", "conflict", "unique")


def html_text(raw: str) -> tuple[str, str]:
    """Whole page and <article> body as text: tags to spaces, entities unescaped."""
    raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    article = re.search(r"(?is)<article\b.*?</article>", raw)

    def strip(fragment: str) -> str:
        text = html.unescape(re.sub(r"<[^>]+>", " ", fragment))
        return re.sub(r"\s+", " ", text)

    return strip(raw), strip(article.group(0) if article else raw)


def text_body(raw: str) -> str:
    """A text export without its title line and aggregator By line."""
    lines = raw.splitlines()[1:]
    return "\n".join(line for line in lines if not line.startswith("By "))


def texts(path: Path) -> tuple[str, str]:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        return html_text(raw)
    return raw, text_body(raw)


def body_words(path: Path) -> int:
    return len(texts(path)[1].split())


def check_articles(gold: dict, corpus: Path, problems: list[str]) -> None:
    files = {p.name for p in corpus.iterdir() if p.is_file()}
    listed = set(gold["articles"])
    for name in sorted(files - listed):
        problems.append(f"{name}: in corpus/ but not in gold articles")
    for name in sorted(listed - files):
        problems.append(f"{name}: in gold articles but missing from corpus/")
    for name, meta in gold["articles"].items():
        for key in ("source", "published", "dateline", "title", "event", "syndicated_of"):
            if key not in meta:
                problems.append(f"{name}: article metadata lacks {key!r}")
        synd = meta.get("syndicated_of")
        if synd is not None and synd not in gold["articles"]:
            problems.append(f"{name}: syndicated_of {synd!r} is not a listed article")
        if name in files:
            words = body_words(corpus / name)
            if not 200 <= words <= 450:
                problems.append(f"{name}: body has {words} words, outside 200-450")


def independent_outlet(gold: dict, name: str) -> str:
    """The original article's outlet: a syndicated copy counts as its original."""
    meta = gold["articles"][name]
    while meta.get("syndicated_of"):
        name = meta["syndicated_of"]
        meta = gold["articles"][name]
    return f"{meta['source']}::{name}"


def check_snippet(i: int, ev: dict, cache: dict, corpus: Path, problems: list[str]) -> None:
    name, snippet = ev["file"], ev["snippet"]
    where = f"finding {i} ({name}: {snippet!r})"
    if not 4 <= len(snippet.split()) <= 12:
        problems.append(f"{where}: snippet has {len(snippet.split())} words, not 4-12")
    if not ev.get("value"):
        problems.append(f"{where}: no value")
    if name not in cache:
        path = corpus / name
        if not path.is_file():
            problems.append(f"{where}: file missing")
            return
        cache[name] = texts(path)
    whole, body = cache[name]
    if whole.count(snippet) != 1:
        problems.append(f"{where}: occurs {whole.count(snippet)} times in the file, not once")
    elif body.count(snippet) != 1:
        problems.append(f"{where}: not in the body text (title, By line or outside <article>)")


def check_findings(gold: dict, corpus: Path, problems: list[str]) -> None:
    cache: dict[str, tuple[str, str]] = {}
    for i, finding in enumerate(gold["findings"]):
        kind = finding.get("kind")
        if kind not in KINDS:
            problems.append(f"finding {i}: unknown kind {kind!r}")
        for key in ("topic", "summary"):
            if not finding.get(key):
                problems.append(f"finding {i}: no {key}")
        evidence = finding.get("evidence", [])
        known = [ev for ev in evidence if ev.get("file") in gold["articles"]]
        if len(known) != len(evidence):
            problems.append(f"finding {i}: evidence names a file not in articles")
        for ev in evidence:
            check_snippet(i, ev, cache, corpus, problems)
        outlets = {independent_outlet(gold, ev["file"]) for ev in known}
        sources = {o.split("::")[0] for o in outlets}
        events = {gold["articles"][ev["file"]]["event"] for ev in known}
        if len(events) > 1:
            problems.append(f"finding {i}: evidence spans events {sorted(events)}")
        if kind in ("agree", "conflict") and (len(outlets) < 2 or len(sources) < 2):
            problems.append(
                f"finding {i}: {kind} needs two independent outlets, has {sorted(sources)}"
            )
        if kind == "unique" and len(outlets) != 1:
            problems.append(f"finding {i}: unique needs exactly one independent outlet")


def summary(gold: dict) -> None:
    findings = gold["findings"]
    kinds = Counter(f["kind"] for f in findings)
    total = len(findings) or 1
    print(f"articles: {len(gold['articles'])}  findings: {len(findings)}")
    print("  " + "  ".join(f"{k} {kinds[k]} ({kinds[k] / total:.0%})" for k in KINDS))
    print(
        "topics: "
        + ", ".join(f"{t} {n}" for t, n in sorted(Counter(f["topic"] for f in findings).items()))
    )
    by_event = Counter(gold["articles"][f["evidence"][0]["file"]]["event"] for f in findings)
    print("per event: " + ", ".join(f"{e} {n}" for e, n in sorted(by_event.items())))


def main(argv: list[str]) -> int:
    gold_path = Path(argv[1]) if len(argv) > 1 else HERE / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    corpus = gold_path.parent / "corpus"
    check_articles(gold, corpus, problems)
    check_findings(gold, corpus, problems)
    summary(gold)
    for problem in problems:
        print("PROBLEM:", problem)
    print("no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
