"""Scorers against public data sets and our gold files; `wirecheck eval SET PATH` runs one.

Each scorer module registers `score(path) -> dict` under its set name (EVAL.md lists the keys);
floats are in 0..1. Scorers read the data at run time; nothing from the data sets is committed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

Scorer = Callable[[Path], dict[str, Any]]

SCORERS: dict[str, Scorer] = {}

# set name -> module under wirecheck.evaluate that registers it
BUILTIN = {
    "tempeval3": "tempeval",
    "quantities": "quantities",
    "polnear": "polnear",
    "gum": "gum",
    "ecbplus": "ecbplus",
    "ecbplus-pipeline": "ecbplus",
    "ecbplus-entities": "ecbplus_entities",
    "plover": "plover",
    "findings": "findings",
    "metadata": "metadata",
}


def register_scorer(name: str) -> Callable[[Scorer], Scorer]:
    def wrap(fn: Scorer) -> Scorer:
        SCORERS[name] = fn
        return fn

    return wrap


class UnknownSet(KeyError):
    pass


def scorer(name: str) -> Scorer:
    """The scorer for a set name, importing its module on first use."""
    if name not in SCORERS and name in BUILTIN:
        try:
            importlib.import_module(f"wirecheck.evaluate.{BUILTIN[name]}")
        except ModuleNotFoundError as exc:
            if exc.name != f"wirecheck.evaluate.{BUILTIN[name]}":
                raise
    if name not in SCORERS:
        raise UnknownSet(name)
    return SCORERS[name]


def available() -> list[str]:
    return sorted(BUILTIN)
