"""Story clustering on ECB+ (`wirecheck eval ecbplus PATH`), PATH = the `ECB+` topic folders.

Each `T/T_Necb.xml` or `T/T_Necbplus.xml` is one news document as tokens. A document's text is
its tokens joined by spaces, one paragraph per sentence; a first sentence that is a URL is
dropped and the next sentence is the headline. A page's filing line in the headline's place
(a date and time alone, `is_dateline`) is no headline: the sentence after it is, and the
filing line opens the first paragraph, where a wire report writes its dateline. The gold
story of a document is its topic plus `ecb` or `ecbplus`: one topic holds two different events
of the same kind (two rehab stays of two actresses, two earthquakes), which is exactly what
clustering must keep apart. There are no timestamps (filing lines are left as text: only
`ecbplus` documents carry them), so every document arrives in one window, in file-name order
(topic, number, ecb before ecbplus), and the whole collection is clustered at once, across
topics.

Figures: B³ precision / recall / F1 over documents and pairwise F1; the same for the `dev`
topics of `SPLIT_topics.tsv` (beside the folder) and for the others (`train`).

`ecbplus` clusters the documents as read, without the per-article stages (no entities, no
events), which is the figure of issue 6; `ecbplus-pipeline` first runs the per-article stages
and cross-document entity resolution, as `wirecheck analyze` does, so the clustering also sees
resolved entities and event types (a few minutes more, for parsing).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Article, article_id
from wirecheck.resources.timewords import MONTHS, WEEKDAYS

_URL = re.compile(r"^\s*(https?\s*:|www\s*\.)", re.IGNORECASE)
_NAME = re.compile(r"(\d+)_(\d+)(ecbplus|ecb)$")
_LETTERS = re.compile(r"[A-Za-z][A-Za-z.]*")
# Words of a filing line besides dates: clock and time-zone abbreviations, ordinal endings
# ("18th", "3pm" leave "th", "pm"), "posted", "updated".
_FILING_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {
    "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "bst", "ist", "cet", "pt",
    "pst", "pdt", "st", "nd", "rd", "th", "posted", "updated", "published", "last", "modified",
    "at", "on",
}  # fmt: skip


@dataclass
class EcbDocument:
    name: str
    topic: int
    gold: str
    article: Article


def read_document(path: Path) -> EcbDocument | None:
    """One token file as an article with headline and paragraphs; None for a foreign name."""
    match = _NAME.match(path.stem)
    if match is None:
        return None
    sentences = _sentences(path)
    if sentences and _URL.match(sentences[0]):
        sentences = sentences[1:]
    filed: list[str] = []
    while len(sentences) > 1 and is_dateline(sentences[0]):
        filed.append(sentences.pop(0))
    title = sentences[0] if sentences else None
    body = sentences[1:]
    if filed and body:  # the dateline opens the first paragraph, as a wire dateline does
        body[0] = " ".join(filed + body[:1])
    text = "\n\n".join(body)
    article = Article(id=article_id(path.stem + "\n" + text), path=str(path), text=text)
    article.title = title
    topic = int(match.group(1))
    return EcbDocument(path.stem, topic, f"{topic}{match.group(3)}", article)


def is_dateline(sentence: str) -> bool:
    """A page's filing line: a date or time and nothing else ("Mar 14 , 2012", "Posted at
    4 : 47 PM ET , 03 / 14 / 2012"), which is no headline."""
    if not re.search(r"\d", sentence):
        return False
    words = (w.lower().rstrip(".") for w in _LETTERS.findall(sentence))
    return all(w in _FILING_WORDS for w in words)


def _sentences(path: Path) -> list[str]:
    words: dict[int, list[str]] = defaultdict(list)
    for token in ET.parse(path).getroot().iter("token"):
        words[int(token.get("sentence", "0"))].append(token.text or "")
    return [" ".join(w for w in words[s] if w) for s in sorted(words)]


def read_corpus(path: Path) -> list[EcbDocument]:
    """Every document under the topic folders, in (topic, number, ecb before ecbplus) order."""
    files = sorted(Path(path).glob("*/*.xml"), key=_file_order)
    docs = [read_document(f) for f in files]
    return [d for d in docs if d is not None]


def _file_order(path: Path) -> tuple[int, int, int, str]:
    match = _NAME.match(path.stem)
    if match is None:
        return (1 << 30, 0, 0, path.stem)
    return (int(match.group(1)), int(match.group(2)), len(match.group(3)), path.stem)


def dev_topics(path: Path) -> set[int]:
    """The `dev` topics named in SPLIT_topics.tsv beside the folder (empty when absent)."""
    split = Path(path).parent / "SPLIT_topics.tsv"
    if not split.exists():
        return set()
    for line in split.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0].strip() == "dev" and len(cells) > 1:
            return {int(t) for t in cells[1].split(",") if t.strip().isdigit()}
    return set()


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 over items (each item's cluster overlap, averaged)."""
    if not gold:
        return 0.0, 0.0, 0.0
    both = Counter(zip(predicted, gold, strict=True))
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    precision = sum(n * n / sizes_p[p] for (p, _), n in both.items()) / len(gold)
    recall = sum(n * n / sizes_g[g] for (_, g), n in both.items()) / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """F1 over document pairs placed in one cluster."""
    both = Counter(zip(predicted, gold, strict=True))
    shared = sum(_pairs(n) for n in both.values())
    in_predicted = sum(_pairs(n) for n in Counter(predicted).values())
    in_gold = sum(_pairs(n) for n in Counter(gold).values())
    precision = shared / in_predicted if in_predicted else 0.0
    recall = shared / in_gold if in_gold else 0.0
    return _f1(precision, recall)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, Any]:
    p, r, f = bcubed(predicted, gold)
    return {
        "documents": len(gold),
        "clusters": len(set(gold)),
        "predicted": len(set(predicted)),
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(f, 4),
        "pairwise_f1": round(pairwise_f1(predicted, gold), 4),
    }


def predict(docs: list[EcbDocument]) -> list[str]:
    """Our story id for each document, all documents clustered together."""
    from wirecheck.corpus.cluster import cluster

    articles = [d.article for d in docs]
    story_of = {a: s.id for s in cluster(articles) for a in s.articles}
    return [story_of[a.id] for a in articles]


@register_scorer("ecbplus")
def score(path: Path) -> dict[str, Any]:
    """B³ and pairwise F1 over all topics, with `dev` and `train` subsets."""
    return _scored(Path(path), read_corpus(Path(path)))


@register_scorer("ecbplus-pipeline")
def score_pipeline(path: Path) -> dict[str, Any]:
    """The same figures with the per-article stages and entity resolution run first."""
    from wirecheck.corpus import load_builtin_corpus_stages
    from wirecheck.model import Analysis
    from wirecheck.run import annotate
    from wirecheck.settings import Settings

    docs = read_corpus(Path(path))
    articles = [d.article for d in docs]
    annotate(articles, Settings(quiet=True))
    analysis = Analysis(articles=articles)
    for name, stage in load_builtin_corpus_stages():
        if name == "resolve":
            stage(analysis)
    for doc, article in zip(docs, articles, strict=True):
        doc.article = article
    return _scored(Path(path), docs)


def _scored(path: Path, docs: list[EcbDocument]) -> dict[str, Any]:
    predicted = predict(docs)
    gold = [d.gold for d in docs]
    result = figures(predicted, gold)
    dev = dev_topics(path)
    for part, keep in (("dev", True), ("train", False)):
        idx = [i for i, d in enumerate(docs) if (d.topic in dev) == keep]
        result[part] = figures([predicted[i] for i in idx], [gold[i] for i in idx])
    return result
