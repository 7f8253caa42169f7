"""Benchmark corpora built at run time from the example corpus (DESIGN.md, "Benchmarks").

Plain copies of an article collapse under de-duplication, so each copy is a *variant*: every
proper name in it (a capitalised word seen somewhere mid-sentence) is replaced by an invented
name of the same length, the outlet is renamed and the publication date moves by a few days
per variant. Same-length names keep every character offset valid, so the layers of a parsed
base article can be carried over to its variants (`transplant`) when a benchmark must scale
the corpus stages beyond what spaCy could parse here.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirecheck.model import Article, article_id

EXAMPLE_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
# A capitalised word right after one of these is not evidence of a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”‘’'—:\n(]\s*)$")
# Words kept as they are: calendar words carry the times layer, titles carry roles.
_KEEP = {
    *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December", "Reuters", "AFP", "Police", "Court"),
    *("President", "Minister", "Prime", "Chancellor", "Secretary", "General", "Governor"),
}
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
DAYS_PER_VARIANT = 9  # far enough apart that variants of one story form separate stories


def base_articles(folder: Path = EXAMPLE_CORPUS) -> list[Article]:
    """The cleaned English articles of `folder`, as `analyze` reads them."""
    from wirecheck.run import read_inputs
    from wirecheck.settings import Settings

    intake = read_inputs([folder], Settings(workers=1, quiet=True))
    return [a for a in intake.articles if a.language == "en" and a.text.strip()]


def proper_names(texts: list[str]) -> set[str]:
    """Capitalised words that occur at least once where a sentence does not begin."""
    names = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if word not in _KEEP and not _SENTENCE_START.search(text[: match.start()]):
                names.add(word)
    return names


def invented(word: str, variant: int) -> str:
    """A pronounceable capitalised word of the same length, fixed per (word, variant)."""
    rng = random.Random(f"{variant}:{word}")
    letters = [rng.choice(_VOWELS if i % 2 else _CONSONANTS) for i in range(len(word))]
    return "".join(letters).capitalize()


class Renamer:
    """One variant's substitution: each proper name becomes an invented one of equal length."""

    def __init__(self, names: set[str], variant: int) -> None:
        self.variant = variant
        self.mapping = {name: invented(name, variant) for name in names}

    def __call__(self, text: str) -> str:
        return _WORD.sub(lambda m: self.mapping.get(m.group(), m.group()), text)


def variant(base: Article, number: int, names: set[str], days: float = DAYS_PER_VARIANT) -> Article:
    """Variant `number` of `base`: renamed names, outlet and date (metadata only, no layers)."""
    rename = Renamer(names, number)
    text = rename(base.text)
    return Article(
        id=article_id(text),
        path=f"{base.path}#v{number}",
        text=text,
        title=rename(base.title) if base.title else None,
        source=f"{base.source or 'Outlet'} {number % 97}",
        published=shifted(base.published, number * days),
        language=base.language,
    )


def variants(
    bases: list[Article], count: int, days: float = DAYS_PER_VARIANT
) -> Iterator[tuple[Article, Article]]:
    """(base, variant) pairs, `count` in all, cycling through the bases variant by variant."""
    names = proper_names([a.text for a in bases] + [a.title or "" for a in bases])
    for n in range(count):
        base = bases[n % len(bases)]
        yield base, variant(base, n // len(bases), names, days)


def shifted(published: str | None, days: float) -> str:
    start = dt.datetime.fromisoformat(published) if published else dt.datetime(2025, 1, 6)
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    return (start + dt.timedelta(days=days)).isoformat()


def write_jsonl(articles: Iterator[Article], path: Path) -> tuple[int, int]:
    """Write articles as a JSONL dump `analyze` reads; returns (articles, words)."""
    count = words = 0
    with path.open("w", encoding="utf-8") as handle:
        for article in articles:
            row = {"title": article.title, "maintext": article.text,
                   "url": article.url or f"https://bench.invalid/{article.id}",
                   "source_domain": article.source, "date_publish": article.published}  # fmt: skip
            handle.write(json.dumps(row) + "\n")
            count += 1
            words += len(article.text.split())
    return count, words


def transplant(parsed: Article, target: Article, names: set[str], number: int) -> Article:
    """`target` (variant `number` of `parsed`) with its base's layers, renamed like its text."""
    rename = Renamer(names, number)
    out = copy.copy(target)
    for layer in ("mentions", "quotes", "times", "quantities", "events"):
        records = getattr(parsed, layer)
        setattr(out, layer, [_renamed(r, parsed.id, target.id, rename) for r in records])
    return out


def _renamed(record: Any, old_id: str, new_id: str, rename: Renamer) -> Any:
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            changes[f.name] = rename(value.replace(old_id, new_id))
        elif isinstance(value, list) and value and isinstance(value[0], str):
            changes[f.name] = [rename(v.replace(old_id, new_id)) for v in value]
    return dataclasses.replace(record, **changes)
