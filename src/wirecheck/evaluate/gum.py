"""Named-mention recognition on GUM news (`wirecheck eval gum PATH`).

Gold: GUM `person`, `organization` and `place` mentions whose last token (before a possessive
's) is PROPN. Where gold mentions share their last token ("the U.S." inside "critics of ...
the U.S."), that head counts once, with the innermost mention's type.

System: our mentions of type PERSON, ORG, GPE, LOC or FAC whose last word is capitalised (role
descriptions such as "the prime minister" are nominal, not named), and NORP mentions that are
plural demonyms ("Afghans", "Belgians": GUM persons); demonym adjectives ("Afghan team") are
not named mentions in GUM.

A system mention matches a gold one when both end on the same head token (one to one).
`ner_f1` ignores the type; `ner_typed_f1` maps PERSON→person, ORG→organization,
GPE/LOC/FAC→place. dev = the homeopathic and iodine documents, train = the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Mention

DEV_DOCS = ("homeopathic", "iodine")
GOLD_TYPES = ("person", "organization", "place")
SYSTEM_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
SYSTEM_TYPES["FAC"] = "place"

_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
_POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Word:
    start: int
    end: int
    form: str
    upos: str


@dataclass
class GoldMention:
    first: int  # word indices, inclusive
    last: int
    type: str


@dataclass
class GumDoc:
    name: str
    text: str
    words: list[Word] = field(default_factory=list)
    mentions: list[GoldMention] = field(default_factory=list)


def read_conllu(path: Path) -> GumDoc:
    """Text (sentences joined by spaces, paragraphs by blank lines), words and gold mentions."""
    doc = GumDoc(path.stem.replace("GUM_news_", ""), "")
    text = _Text()
    open_at: dict[str, list[tuple[int, str]]] = {}
    mwt: tuple[int, int, int] | None = None  # surface start, end, last word id it covers
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            text.separate("\n\n")
        elif not line:
            text.separate(" ")
            mwt = None
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                start, end = text.add(cols[1], cols[9])
                mwt = (start, end, int(cols[0].split("-")[1]))
            elif "." not in cols[0]:
                if mwt is not None and int(cols[0]) <= mwt[2]:
                    start, end = mwt[0], mwt[1]
                else:
                    mwt = None
                    start, end = text.add(cols[1], cols[9])
                doc.words.append(Word(start, end, cols[1], cols[3]))
                _read_entities(cols[9], len(doc.words) - 1, open_at, doc)
    doc.text = text.value()
    return doc


class _Text:
    """Builds the document text and hands out each token's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, form: str, misc: str) -> tuple[int, int]:
        start = self.length
        space = "" if "SpaceAfter=No" in misc.split("|") else " "
        self.parts.append(form + space)
        self.length += len(form) + len(space)
        return start, start + len(form)

    def separate(self, sep: str) -> None:
        if not self.parts or self.parts[-1].endswith("\n\n"):
            return
        last = self.parts[-1].rstrip(" ")
        self.length += len(last) + len(sep) - len(self.parts[-1])
        self.parts[-1] = last + sep

    def value(self) -> str:
        return "".join(self.parts).rstrip()


def _read_entities(
    misc: str, index: int, open_at: dict[str, list[tuple[int, str]]], doc: GumDoc
) -> None:
    for item in misc.split("|"):
        if not item.startswith("Entity="):
            continue
        for match in _ENTITY.finditer(item[len("Entity=") :]):
            opened, etype, closed_here, closing = match.groups()
            if opened:
                if closed_here:
                    _add_gold(doc, index, index, etype)
                else:
                    open_at.setdefault(opened, []).append((index, etype))
            elif closing and open_at.get(closing):
                first, etype = open_at[closing].pop()
                _add_gold(doc, first, index, etype)


def _add_gold(doc: GumDoc, first: int, last: int, etype: str) -> None:
    if etype not in GOLD_TYPES:
        return
    head = last
    if doc.words[head].form in _POSSESSIVE and head > first:
        head -= 1
    if doc.words[head].upos == "PROPN":
        doc.mentions.append(GoldMention(first, head, etype))


def gold_heads(doc: GumDoc) -> dict[int, str]:
    """Head word → type; where mentions share a head, the innermost (shortest) one speaks."""
    heads: dict[int, tuple[int, str]] = {}
    for mention in doc.mentions:
        size = mention.last - mention.first
        if mention.last not in heads or size < heads[mention.last][0]:
            heads[mention.last] = (size, mention.type)
    return {head: etype for head, (_, etype) in heads.items()}


def system_heads(doc: GumDoc, spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Head word (last word, before a possessive) of each system span → GUM type."""
    word_at = _word_index(doc)
    heads: dict[int, str] = {}
    for start, end, etype in spans:
        text = doc.text[start:end].rstrip()
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        end = start + len(text.rstrip())
        index = word_at.get(end - 1)
        if index is not None and index not in heads:
            heads[index] = etype
    return heads


def _word_index(doc: GumDoc) -> dict[int, int]:
    index: dict[int, int] = {}
    for i, word in enumerate(doc.words):
        for offset in range(word.start, word.end):
            index.setdefault(offset, i)
    return index


def system_spans(mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Our named mentions as (start, end, GUM type); see the module docstring for which."""
    spans = []
    for mention in mentions:
        etype = SYSTEM_TYPES.get(mention.type)
        if mention.type == "NORP" and _plural_demonym(mention.text):
            etype = "person"  # "Afghans", "Belgians": a group of people, not an adjective
        if etype is not None and _named(mention.text):
            spans.append((mention.start, mention.end, etype))
    return spans


def _plural_demonym(text: str) -> bool:
    from wirecheck.extract.gazetteer import place

    found = place(text)
    return text.endswith("s") and found is not None and found.kind == "demonym"


def _named(text: str) -> bool:
    last = text.split()[-1] if text.split() else ""
    return last[:1].isupper() or last[:1].isdigit()


@register_scorer("gum")
def score(path: Path) -> dict[str, Any]:
    """Named-mention P/R/F1 over `dep/*.conllu`, with per-type figures and a dev split."""
    files = sorted(Path(path).glob("dep/*.conllu")) or sorted(Path(path).glob("*.conllu"))
    docs = [read_conllu(f) for f in files]
    counts = {"all": _Counts(), "train": _Counts(), "dev": _Counts()}
    per_type = {t: _Counts() for t in GOLD_TYPES}
    for doc, mentions in zip(docs, _our_mentions(docs), strict=True):
        gold, system = gold_heads(doc), system_heads(doc, system_spans(mentions))
        split = "dev" if doc.name in DEV_DOCS else "train"
        for bucket in (counts["all"], counts[split]):
            bucket.add(gold, system)
        for etype, bucket in per_type.items():
            bucket.add_typed(gold, system, etype)
    result: dict[str, Any] = {"documents": len(docs)}
    result.update(counts["all"].summary("ner"))
    result["ner_typed_f1"] = _f1(*_typed_totals(per_type))
    result["per_type"] = {t: b.summary("") for t, b in per_type.items()}
    result["train"] = counts["train"].summary("ner")
    result["dev"] = counts["dev"].summary("ner")
    return result


def _our_mentions(docs: list[GumDoc]) -> list[list[Mention]]:
    """Run the entity stage over every document, parsing them once in one batch."""
    from wirecheck.extract.entities import entities
    from wirecheck.model import Article
    from wirecheck.nlp import parse_many

    found = []
    for doc, parsed in zip(docs, parse_many(d.text for d in docs), strict=True):
        found.append(entities(Article(id=doc.name, path=doc.name, text=doc.text), parsed))
    return found


@dataclass
class _Counts:
    gold: int = 0
    system: int = 0
    matched: int = 0

    def add(self, gold: dict[int, str], system: dict[int, str]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        self.matched += len(gold.keys() & system.keys())

    def add_typed(self, gold: dict[int, str], system: dict[int, str], etype: str) -> None:
        """Per type: gold of this type, system of this type, and heads where both agree."""
        self.gold += sum(1 for t in gold.values() if t == etype)
        self.system += sum(1 for t in system.values() if t == etype)
        self.matched += sum(1 for h, t in system.items() if t == etype and gold.get(h) == etype)

    def summary(self, prefix: str) -> dict[str, Any]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        key = f"{prefix}_" if prefix else ""
        return {
            "gold": self.gold,
            "system": self.system,
            f"{key}p": round(p, 4),
            f"{key}r": round(r, 4),
            f"{key}f1": round(_f1_pr(p, r), 4),
        }


def _typed_totals(per_type: dict[str, _Counts]) -> tuple[int, int, int]:
    return (
        sum(b.matched for b in per_type.values()),
        sum(b.system for b in per_type.values()),
        sum(b.gold for b in per_type.values()),
    )


def _f1(matched: int, system: int, gold: int) -> float:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return round(_f1_pr(p, r), 4)


def _f1_pr(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
