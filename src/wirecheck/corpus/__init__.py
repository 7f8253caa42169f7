"""Corpus stages: they take all articles at once (resolution, clustering, comparison).

Each is `stage(analysis) -> None`, filling `analysis.entities`, `stories` or `findings` and
rewriting per-article references (local entity ids) where it must. They run in this order;
a module that is not there yet is skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from wirecheck.model import Analysis

CorpusStage = Callable[[Analysis], None]

ORDER = ("resolve", "syndication", "cluster", "compare")
CORPUS_STAGES: dict[str, CorpusStage] = {}


def register_corpus_stage(name: str) -> Callable[[CorpusStage], CorpusStage]:
    def wrap(fn: CorpusStage) -> CorpusStage:
        CORPUS_STAGES[name] = fn
        return fn

    return wrap


def load_builtin_corpus_stages() -> list[tuple[str, CorpusStage]]:
    for name in ORDER:
        try:
            importlib.import_module(f"wirecheck.corpus.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"wirecheck.corpus.{name}":
                raise
    ordered = [(name, CORPUS_STAGES[name]) for name in ORDER if name in CORPUS_STAGES]
    extra = [(n, fn) for n, fn in CORPUS_STAGES.items() if n not in ORDER]
    return ordered + extra
