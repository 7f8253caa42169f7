"""Cross-document entity resolution on ECB+ (`wirecheck eval ecbplus-entities PATH`).

Documents: the sentences listed in `ECBplus_coreference_sentences.csv` (beside the `ECB+`
folder), tokens joined by spaces, one paragraph per sentence; a sentence that is a URL is
dropped. We run the entity stage on every document and `resolve` over all of them at once.

Gold mentions that count: HUMAN_PART_* and LOC_* markables in the listed sentences that
(1) carry a cross-document instance id (a CROSS_DOC_COREF relation) and (2) are named: the
syntactic head of the markable (the root of its tokens in our spaCy parse) is a proper noun.
So "Ines Varga" and "the Harbour Clinic in Tarnwick" count, "a clinic in Bramwick" and
"the Osei administration" do not (their heads are common nouns; their names are modifiers).

A gold mention matches the one of our mentions that contains its head (one to one). B³
precision and recall compare our global entity ids with the gold instance ids over the matched
mentions (`mentions`); `mention_recall` says how many named gold mentions were matched at all.
dev = the `dev` topics of `SPLIT_topics.tsv`, train = the rest.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Analysis, Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

GOLD_PREFIXES = ("HUMAN_PART", "LOC_")


@dataclass
class GoldMention:
    start: int  # character offsets into the document text
    end: int
    instance: str


@dataclass
class EcbDoc:
    name: str  # "1_10ecbplus"
    topic: str
    text: str = ""
    mentions: list[GoldMention] = field(default_factory=list)


@dataclass
class _Token:
    text: str
    sentence: int
    number: int


def read_documents(folder: Path) -> list[EcbDoc]:
    """Every document with listed sentences, its text and its named gold mentions."""
    listed = _listed_sentences(folder.parent / "ECBplus_coreference_sentences.csv")
    docs = []
    for path in sorted(folder.glob("*/*.xml"), key=_doc_order):
        sentences = listed.get(path.stem)
        if sentences:
            docs.append(_document(*_parse(path), sentences))
    return docs


def _doc_order(path: Path) -> tuple[int, str]:
    topic = path.parent.name
    return (int(topic) if topic.isdigit() else 0, path.name)


def _listed_sentences(path: Path) -> dict[str, set[int]]:
    listed: dict[str, set[int]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            topic, name = row["Topic"].strip(), row["File"].strip()
            listed[f"{topic}_{name}"].add(int(row["Sentence Number"].strip()))
    return listed


def _parse(path: Path) -> tuple[str, dict[str, _Token], dict[str, list[str]], dict[str, str]]:
    """Tokens by id, gold markables (m_id → token ids) and m_id → cross-document instance."""
    from defusedxml import ElementTree

    root = ElementTree.parse(path).getroot()
    tokens = {
        t.get("t_id"): _Token(t.text or "", int(t.get("sentence")), int(t.get("number")))
        for t in root.iter("token")
    }
    markables: dict[str, list[str]] = {}
    for element in root.find("Markables") or []:
        anchors = [a.get("t_id") for a in element.findall("token_anchor")]
        if anchors and element.tag.startswith(GOLD_PREFIXES):
            markables[element.get("m_id")] = anchors
    instances = {}
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.findall("source"):
            instances[source.get("m_id")] = relation.get("note")
    return path.stem, tokens, markables, instances


def _document(
    name: str,
    tokens: dict[str, _Token],
    markables: dict[str, list[str]],
    instances: dict[str, str],
    sentences: set[int],
) -> EcbDoc:
    doc = EcbDoc(name, name.split("_")[0])
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    for number in sorted(sentences):
        ids = [i for i, t in tokens.items() if t.sentence == number]
        words = [tokens[i].text for i in ids]
        if not words or words[0].lower().startswith("http"):
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        for k, (token_id, word) in enumerate(zip(ids, words, strict=True)):
            offsets[token_id] = (length, length + len(word))
            length += len(word) + (1 if k < len(words) - 1 else 0)
        parts.append(" ".join(words))
    doc.text = "".join(parts)
    for m_id, anchors in markables.items():
        if m_id in instances and all(a in offsets for a in anchors):
            start = min(offsets[a][0] for a in anchors)
            end = max(offsets[a][1] for a in anchors)
            doc.mentions.append(GoldMention(start, end, instances[m_id]))
    return doc


def named_heads(doc: EcbDoc, parsed: Doc) -> list[tuple[GoldMention, int, int]]:
    """Gold mentions whose head is a proper noun, with the head's character offsets."""
    found = []
    for gold in doc.mentions:
        span = parsed.char_span(gold.start, gold.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            found.append((gold, head.idx, head.idx + len(head.text)))
    return found


def match(
    heads: list[tuple[GoldMention, int, int]], mentions: list[Mention]
) -> list[tuple[str, str]]:
    """(gold instance, our entity id) for each gold head inside one of our mentions, one to one."""
    used: set[int] = set()
    pairs = []
    for gold, start, end in heads:
        best, best_score = None, None
        for k, mention in enumerate(mentions):
            if k in used or mention.start > start or mention.end < end or mention.entity is None:
                continue
            score = (mention.end == end, mention.start - mention.end)
            if best_score is None or score > best_score:
                best, best_score = k, score
        entity = mentions[best].entity if best is not None else None
        if best is not None and entity is not None:
            used.add(best)
            pairs.append((gold.instance, entity))
    return pairs


def bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of system clusters against gold clusters over the items."""
    if not pairs:
        return 0.0, 0.0, 0.0
    gold_size: dict[str, int] = defaultdict(int)
    system_size: dict[str, int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    for gold, system in pairs:
        gold_size[gold] += 1
        system_size[system] += 1
        both[(gold, system)] += 1
    p = sum(both[(g, s)] / system_size[s] for g, s in pairs) / len(pairs)
    r = sum(both[(g, s)] / gold_size[g] for g, s in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@register_scorer("ecbplus-entities")
def score(path: Path) -> dict[str, Any]:
    """B³ of our global entity ids against ECB+ cross-document ids, all and per split."""
    folder = Path(path)
    docs = read_documents(folder)
    analysis, parsed = _analyse(docs)
    dev_topics = _dev_topics(folder.parent / "SPLIT_topics.tsv")
    pairs: dict[str, list[tuple[str, str]]] = {"all": [], "train": [], "dev": []}
    gold_total = 0
    for doc, article, spacy_doc in zip(docs, analysis.articles, parsed, strict=True):
        heads = named_heads(doc, spacy_doc)
        found = match(heads, article.mentions)
        gold_total += len(heads)
        pairs["all"] += found
        pairs["dev" if doc.topic in dev_topics else "train"] += found
    result: dict[str, Any] = {"documents": len(docs), "gold_mentions": gold_total}
    result.update(_summary(pairs["all"]))
    result["mention_recall"] = round(len(pairs["all"]) / gold_total, 4) if gold_total else 0.0
    result["entities"] = len(analysis.entities)
    result["train"] = _summary(pairs["train"])
    result["dev"] = _summary(pairs["dev"])
    return result


def _summary(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    p, r, f1 = bcubed(pairs)
    return {
        "mentions": len(pairs),
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(f1, 4),
    }


def _analyse(docs: list[EcbDoc]) -> tuple[Analysis, list[Doc]]:
    """Entity stage on every document (one batched parse), then cross-document resolution."""
    from wirecheck.corpus.resolve import resolve
    from wirecheck.extract.entities import entities
    from wirecheck.nlp import parse_many

    articles = [Article(id=d.name, path=d.name, text=d.text) for d in docs]
    parsed = list(parse_many(a.text for a in articles))
    for article, spacy_doc in zip(articles, parsed, strict=True):
        article.mentions = entities(article, spacy_doc)
    analysis = Analysis(articles=articles)
    resolve(analysis)
    return analysis, parsed


def _dev_topics(path: Path) -> set[str]:
    if not path.exists():
        return set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0] == "dev" and len(cells) > 1:
            return {t.strip() for t in cells[1].split(",")}
    return set()
