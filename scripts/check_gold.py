"""Check examples/gold.json against the raw files of examples/corpus.

    .venv/bin/python scripts/check_gold.py [GOLD] [CORPUS]

CORPUS defaults to the `corpus/` folder beside GOLD (examples/corpus for the default GOLD).

Independent of the wirecheck package on purpose: it reads the raw inputs with simple rules
(text and JSONL verbatim; HTML, feed items and WARC pages with tags stripped), so it checks the
gold file, not the program. It verifies that

- every article in the corpus has a gold entry and every gold entry names an existing article;
- every snippet/context of quotes, times, quantities, events and findings, and every
  must_contain phrase, occurs exactly once in its article's (approximate) body text;
- every must_not_contain phrase does occur in the raw input (else the check is vacuous);
- enumerations, intervals, TIMEX3 values and finding evidence are well formed.

Exits 1 and lists the problems when anything fails. Needs `warcio` for the archive.
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "examples" / "gold.json"

KINDS = {"direct", "partial", "indirect", "label"}
TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
    "CRIME",
}
MODES = {"asserted", "reported", "future", "proposed", "hypothetical", "negated"}
FINDING_KINDS = {"agree", "conflict", "unique"}
ARTICLE_KEYS = {
    "source",
    "agency",
    "section",
    "title",
    "byline",
    "contributors",
    "dateline",
    "published",
    "updated",
    "url",
    "event",
    "must_contain",
    "must_not_contain",
}
TIMEX = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2})?|T(MO|AF|EV|NI))?)?|-W\d{2})?"
    r"|P\d+[DWMY]|PT\d+[HMS]|PAST_REF|PRESENT_REF|FUTURE_REF)$"
)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$")
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"


def strip_tags(markup: str) -> str:
    """Visible text of an HTML fragment: no head, scripts or styles; entities decoded."""
    markup = re.sub(r"(?is)<head\b.*?</head>", " ", markup)
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return re.sub(r"\s+", " ", html.unescape(markup))


def decode_html(raw: bytes) -> str:
    """Decode with the charset declared in the first 2 KB, else UTF-8."""
    match = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
    return raw.decode(match.group(1).decode("ascii") if match else "utf-8")


def load_articles(corpus: Path) -> dict[str, tuple[str, str]]:
    """Map gold key -> (approximate body text, whole raw text) for every article in the corpus."""
    found: dict[str, tuple[str, str]] = {}
    # text and HTML in their own folders, or (in the smaller tuning corpora) side by side
    for path in sorted([*(corpus / "text").glob("*.txt"), *corpus.glob("*.txt")]):
        raw = path.read_text(encoding="utf-8")
        found[path.relative_to(corpus).as_posix()] = (raw, raw)
    for path in sorted([*(corpus / "html").glob("*.html"), *corpus.glob("*.html")]):
        page = decode_html(path.read_bytes())
        found[path.relative_to(corpus).as_posix()] = (strip_tags(page), page)
    for path in sorted((corpus / "dumps").glob("*.jsonl")):
        rel = path.relative_to(corpus).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                found[f"{rel}#{row['url']}"] = (row["maintext"], line)
    for path in sorted((corpus / "feeds").glob("*.xml")):
        rel = path.relative_to(corpus).as_posix()
        raw = path.read_text(encoding="utf-8")
        for item in ET.fromstring(raw).iter("item"):
            content = item.findtext(CONTENT_NS) or item.findtext("description") or ""
            found[f"{rel}#{item.findtext('link')}"] = (strip_tags(content), raw)
    for path in sorted((corpus / "archive").glob("*.warc*")):
        found.update(load_warc(path, path.relative_to(corpus).as_posix()))
    return found


def load_warc(path: Path, rel: str) -> dict[str, tuple[str, str]]:
    """Response records of a WARC file, keyed by target URI."""
    from warcio.archiveiterator import ArchiveIterator

    pages = {}
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                page = decode_html(record.content_stream().read())
                pages[f"{rel}#{uri}"] = (strip_tags(page), page)
    return pages


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def count(body: str, phrase: str) -> int:
    """Occurrences of `phrase` in `body`, white space folded in both."""
    return fold(body).count(fold(phrase))


class Checker:
    def __init__(self, gold: dict, articles: dict[str, tuple[str, str]]):
        self.gold, self.articles, self.problems = gold, articles, []

    def once(self, where: str, key: str, phrase: str) -> None:
        if key not in self.articles:
            self.problems.append(f"{where}: no article {key!r}")
            return
        n = count(self.articles[key][0], phrase)
        if n != 1:
            self.problems.append(f"{where}: {phrase!r} occurs {n} times in {key}")

    def run(self) -> list[str]:
        self.check_articles()
        self.check_quotes()
        self.check_times()
        self.check_quantities()
        self.check_events()
        self.check_findings()
        return self.problems

    def check_articles(self) -> None:
        gold_articles = self.gold["articles"]
        for key in sorted(set(self.articles) - set(gold_articles)):
            self.problems.append(f"articles: {key} is in the corpus but not in gold")
        # a findings-only gold file (no extraction layers) need not give every metadata field
        full = "quotes" in self.gold
        for key, rec in gold_articles.items():
            missing = ARTICLE_KEYS - set(rec)
            if missing and full:
                self.problems.append(f"articles[{key}]: missing keys {sorted(missing)}")
            if key not in self.articles:
                self.problems.append(f"articles[{key}]: no such article in the corpus")
                continue
            for field in ("published", "updated"):
                if rec.get(field) and not ISO.match(rec[field]):
                    self.problems.append(f"articles[{key}].{field}: not ISO 8601: {rec[field]!r}")
            for phrase in rec.get("must_contain", []):
                self.once(f"articles[{key}].must_contain", key, phrase)
            for phrase in rec.get("must_not_contain", []):
                raw = self.articles[key][1]
                if count(raw, phrase) == 0 and count(strip_tags(raw), phrase) == 0:
                    self.problems.append(
                        f"articles[{key}].must_not_contain: {phrase!r} is not in the raw input"
                    )
            if rec.get("syndicated_of") and rec["syndicated_of"] not in gold_articles:
                self.problems.append(
                    f"articles[{key}].syndicated_of: unknown {rec['syndicated_of']!r}"
                )

    def check_quotes(self) -> None:
        for i, rec in enumerate(self.gold.get("quotes", [])):
            self.once(f"quotes[{i}]", rec["file"], rec["snippet"])
            if rec.get("kind", "direct") not in KINDS or not rec.get("speaker"):
                self.problems.append(f"quotes[{i}]: bad kind or empty speaker")

    def check_times(self) -> None:
        for i, rec in enumerate(self.gold.get("times", [])):
            self.once(f"times[{i}]", rec["file"], rec["context"])
            if rec["text"] not in rec["context"]:
                self.problems.append(f"times[{i}]: text {rec['text']!r} not inside its context")
            if not TIMEX.match(rec["value"]) or rec.get("type", "DATE") not in TIME_TYPES:
                self.problems.append(
                    f"times[{i}]: bad value/type {rec['value']!r}/{rec.get('type')!r}"
                )

    def check_quantities(self) -> None:
        for i, rec in enumerate(self.gold.get("quantities", [])):
            self.once(f"quantities[{i}]", rec["file"], rec["context"])
            if rec["text"] not in rec["context"]:
                self.problems.append(
                    f"quantities[{i}]: text {rec['text']!r} not inside its context"
                )
            low, high = rec["low"], rec["high"]
            if low is not None and high is not None and low > high:
                self.problems.append(f"quantities[{i}]: low {low} > high {high}")

    def check_events(self) -> None:
        for i, rec in enumerate(self.gold.get("events", [])):
            self.once(f"events[{i}]", rec["file"], rec["snippet"])
            if rec["type"] not in PLOVER or rec["mode"] not in MODES:
                self.problems.append(f"events[{i}]: bad type/mode {rec['type']!r}/{rec['mode']!r}")

    def check_findings(self) -> None:
        gold_articles = self.gold["articles"]
        for i, rec in enumerate(self.gold["findings"]):
            for item in rec["evidence"]:
                self.once(f"findings[{i}]", item["file"], item["snippet"])
            if rec["kind"] not in FINDING_KINDS:
                self.problems.append(f"findings[{i}]: bad kind {rec['kind']!r}")
                continue
            files = [item["file"] for item in rec["evidence"]]
            events = {gold_articles.get(f, {}).get("event") for f in files}
            if len(events) != 1:
                self.problems.append(f"findings[{i}]: evidence spans events {events}")
            origins = {gold_articles.get(f, {}).get("syndicated_of") or f for f in files}
            if rec["kind"] == "unique" and len(origins) != 1:
                self.problems.append(f"findings[{i}]: unique finding with {len(origins)} sources")
            if rec["kind"] != "unique" and len(origins) < 2:
                self.problems.append(f"findings[{i}]: {rec['kind']} needs two independent sources")


def word_counts(gold: dict, articles: dict[str, tuple[str, str]]) -> list[str]:
    """Notes (not failures) on articles outside 250-600 words, summary-only items aside."""
    notes = []
    for key, rec in gold["articles"].items():
        if key in articles and not rec.get("summary_only"):
            words = len(articles[key][0].split())
            if key.endswith(".html") or "#" in key and not key.startswith("dumps/"):
                continue  # stripped pages include navigation; counted by hand
            if not 250 <= words <= 600:
                notes.append(f"note: {key} has {words} words")
    return notes


def main(argv: list[str]) -> int:
    gold_path = Path(argv[1]) if len(argv) > 1 else GOLD
    corpus = Path(argv[2]) if len(argv) > 2 else gold_path.parent / "corpus"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = load_articles(corpus)
    problems = Checker(gold, articles).run()
    for note in word_counts(gold, articles):
        print(note)
    for problem in problems:
        print(problem)
    sizes = {k: len(v) for k, v in gold.items() if isinstance(v, (list, dict))}
    print(f"{'FAILED' if problems else 'ok'}: {len(problems)} problems; {sizes}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
