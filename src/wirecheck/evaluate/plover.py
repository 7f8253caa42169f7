"""PLOVER event typing and actors on the PLOVER gold-standard records (`wirecheck eval plover`).

PATH is `PLOVER_GSR_CAMEO.txt` (a JSON list) or the folder holding it. Every record whose
`event` is not DOCUMENT is one sentence with one gold event. We run the entity and event stages
on the sentence and score its main event: the one whose predication sits highest in the parse
(the reporting frame "..., officials said" is not an event).

PLOVER codes an announced intent by its direction, not by what is intended (CAMEO 03 / 13):
so the scorer reads our (type, mode) the PLOVER way: a cooperative event in future, proposed
or hypothetical mode is AGREE, a hostile one THREATEN, and a negated cooperative event
REJECT ("will not accept" = refuse). Our records keep the underlying type and the mode.

Keys (EVAL.md): `type_f1` is micro-F1 over records (a sentence without an event is a miss),
`type_macro_f1` averages per-type F1 over the types in gold or output; an actor matches when
one of our event's entities has the gold `actorText` inside its name or its name inside the
`actorText` (whole words, case and dots ignored), or the same ISO code (a city stands for its
country, as PLOVER codes it). `source_accuracy` counts gold source actors found among our
actors, `target_accuracy` gold targets among our targets (the event's place when it names no
target: PLOVER codes "a curfew in Varna" with Varna as target; likewise the place stands for
an unnamed source), `actor_accuracy` both.

The set has no split: counting the non-DOCUMENT records from 0 in file order, those at even
positions are the tuning half (keys with a `train_` prefix), the odd ones the test half (the
unprefixed keys). Each sentence is parsed once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecheck.evaluate import register_scorer
from wirecheck.model import Article
from wirecheck.resources.plover import COOPERATIVE, HOSTILE_ACTS

FILE_NAME = "PLOVER_GSR_CAMEO.txt"
_INTENT = ("hypothetical", "proposed", "future")


@dataclass
class GoldRecord:
    text: str
    type: str
    sources: list[dict[str, str]]
    targets: list[dict[str, str]]


@dataclass
class Prediction:
    type: str | None = None
    actors: list[tuple[set[str], set[str]]] = field(default_factory=list)  # (names, codes)
    targets: list[tuple[set[str], set[str]]] = field(default_factory=list)


@register_scorer("plover")
def score(path: Path) -> dict[str, Any]:
    records = read_records(path)
    predictions = predict([r.text for r in records])
    pairs = list(zip(records, predictions, strict=True))
    result = metrics(pairs[1::2])
    result.update({f"train_{key}": value for key, value in metrics(pairs[0::2]).items()})
    return result


def read_records(path: Path) -> list[GoldRecord]:
    """The gold records, DOCUMENT entries left out, in file order."""
    if path.is_dir():
        path = path / FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        GoldRecord(item["text"].strip(), item["event"], _actors(item.get("source")),
                   _actors(item.get("target")))
        for item in data
        if item.get("event") != "DOCUMENT" and item.get("text")
    ]  # fmt: skip


def _actors(value: Any) -> list[dict[str, str]]:
    """Gold actors; the set writes "no target" as "", a bare string or a missing key."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict) and item.get("actorText")]


def predict(texts: list[str]) -> list[Prediction]:
    """Our main event per sentence; each sentence is parsed once."""
    from wirecheck.nlp import parse_many

    docs = zip(texts, parse_many(texts), strict=True)
    return [_predict(text, doc, n) for n, (text, doc) in enumerate(docs)]


def _predict(text: str, doc: Any, n: int) -> Prediction:
    from wirecheck.extract.events import event_candidates

    article = Article(id=f"plover{n}", path=FILE_NAME, text=text)
    article.mentions = _mentions(article, doc)
    # Only what the events stage itself finds is scored: no scorer-side fallbacks.
    candidates = event_candidates(article, doc)
    if not candidates:
        return Prediction()
    main = min(candidates, key=lambda c: (c.depth, c.event.start))
    kind: str | None = plover_type(main.event.type, main.flags)
    who, aimed, where = main.event.actors, main.event.targets, main.event.place
    entities = _entity_names(article)
    # PLOVER codes the place as the target when no one else is named ("curfew in Varna"), and
    # as the source of an act nobody claims ("a blast near Tarnwick killed ...")
    here = [where] if where else []
    return Prediction(
        kind,
        [entities.get(ident, (set(), set())) for ident in who or here],
        [entities.get(ident, (set(), set())) for ident in aimed or here],
    )


def plover_type(kind: str, flags: set[str]) -> str:
    """Our type read the PLOVER way: intents by direction, refusals to cooperate as REJECT."""
    if "negated" in flags:
        return "REJECT" if kind in COOPERATIVE else kind
    if any(mode in flags for mode in _INTENT):
        if kind in COOPERATIVE:
            return "AGREE"
        if kind in HOSTILE_ACTS:
            return "THREATEN"
    return kind


def _mentions(article: Article, doc: Any) -> list[Any]:
    try:
        from wirecheck.extract.entities import entities
    except ImportError:  # the entity stage is optional here: spaCy's own entities stand in
        from wirecheck.extract.event_args import mentions_from_ents

        return mentions_from_ents(article, doc)
    return entities(article, doc)


def _entity_names(article: Article) -> dict[str, tuple[set[str], set[str]]]:
    """Entity id → (normalised names, ISO codes), from the entity's mentions in the sentence."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for mention in article.mentions:
        if mention.entity is None:
            continue
        names, codes = found.setdefault(mention.entity, (set(), set()))
        names.add(normal(mention.text))
        code = country_code(mention.text)
        if code:
            codes.add(code)
    return found


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country, demonym or city (PLOVER codes a city by its country).

    Through the entity gazetteer when installed, for the whole name or its last word
    ("Radical French"); else pycountry with a few demonym endings ("Burundian", "Sudanese").
    """
    for text in dict.fromkeys((name, name.split()[-1] if name.split() else name)):
        code = _gazetteer_code(text) or _pycountry_code(text)
        if code:
            return code
    return None


def _gazetteer_code(name: str) -> str | None:
    try:
        from wirecheck.extract.gazetteer import place
    except ImportError:
        return None
    found = place(name)
    return found.code if found is not None else None


# Demonym endings → country-name endings: Nigerian → Nigeria, Burundian → Burundi,
# Iraqi → Iraq, Sudanese → Sudan, Lebanese → Lebanon, Congolese → Congo.
_DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ian", "ia"), ("an", ""), ("n", ""), ("i", ""), ("ese", ""), ("ese", "on"), ("ese", "a"),
    ("lese", ""), ("ish", "ey"), ("s", ""),
)  # fmt: skip


def _pycountry_code(name: str) -> str | None:
    import pycountry

    candidates = [name] + [
        name[: -len(end)] + new for end, new in _DEMONYM_ENDINGS if name.endswith(end)
    ]
    for candidate in candidates:
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            continue
    return None


def normal(text: str) -> str:
    """Lower-case, accent-free, no dots, possessive or leading "the"; single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s?\b", "", text).replace(".", "")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def matches(gold: dict[str, str], ours: tuple[set[str], set[str]]) -> bool:
    names, codes = ours
    if gold.get("code") and gold["code"] in codes:
        return True
    wanted = f" {normal(gold['actorText'])} "
    return any(name and (f" {name} " in wanted or wanted in f" {name} ") for name in names)


def metrics(pairs: list[tuple[GoldRecord, Prediction]]) -> dict[str, Any]:
    """The EVAL.md keys for one half of the records."""
    tp = sum(1 for gold, ours in pairs if ours.type == gold.type)
    predicted = sum(1 for _, ours in pairs if ours.type is not None)
    sources = _found((gold.sources, ours.actors) for gold, ours in pairs)
    targets = _found((gold.targets, ours.targets) for gold, ours in pairs)
    return {
        "records": len(pairs),
        "type_f1": _f1(tp, predicted, len(pairs)),
        "type_macro_f1": macro_f1([(gold.type, ours.type) for gold, ours in pairs]),
        "actor_accuracy": _ratio(sources[0] + targets[0], sources[1] + targets[1]),
        "source_accuracy": _ratio(*sources),
        "target_accuracy": _ratio(*targets),
    }


def _found(
    sides: Iterable[tuple[list[dict[str, str]], list[tuple[set[str], set[str]]]]],
) -> tuple[int, int]:
    """(gold actors matched by one of ours, gold actors) over all records."""
    hit = total = 0
    for gold, ours in sides:
        total += len(gold)
        hit += sum(1 for actor in gold if any(matches(actor, mine) for mine in ours))
    return hit, total


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    """Mean per-type F1 over the types that occur in gold or in our output."""
    gold = Counter(g for g, _ in pairs)
    ours = Counter(o for _, o in pairs if o is not None)
    hits = Counter(g for g, o in pairs if g == o)
    types = set(gold) | set(ours)
    return sum(_f1(hits[t], ours[t], gold[t]) for t in types) / len(types) if types else 0.0


def _f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 0.0
