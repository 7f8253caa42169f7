"""Per-article extraction stages and their registry.

A stage is a pure function `(article, doc) -> list[record]`; the runner writes the list into
`article.<layer>` and records a failure on the article without stopping the batch. Stages run
in registration order and declare the layers they need, checked once at registration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirecheck.model import Article

LAYERS = ("mentions", "times", "quantities", "quotes", "events")

StageFn = Callable[["Article", "Doc"], list[Any]]


@dataclass(frozen=True)
class Stage:
    name: str
    layer: str
    fn: StageFn
    needs: tuple[str, ...] = ()


STAGES: list[Stage] = []


def register_stage(
    name: str, layer: str, needs: tuple[str, ...] = ()
) -> Callable[[StageFn], StageFn]:
    """Add a stage; built-in stages use this exactly as a plugin would."""

    def wrap(fn: StageFn) -> StageFn:
        if layer not in LAYERS:
            raise ValueError(f"stage {name!r} fills unknown layer {layer!r}")
        filled = {stage.layer for stage in STAGES}
        missing = [need for need in needs if need not in filled]
        if missing:
            raise ValueError(f"stage {name!r} needs {missing} filled by an earlier stage")
        STAGES[:] = [stage for stage in STAGES if stage.name != name]
        STAGES.append(Stage(name, layer, fn, needs))
        return fn

    return wrap


def load_builtin_stages() -> list[Stage]:
    """Import the built-in extractor modules (each registers itself) and return the stages."""
    import importlib

    for module in ("entities", "times", "quantities", "quotes", "events"):
        try:
            importlib.import_module(f"wirecheck.extract.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"wirecheck.extract.{module}":
                raise
    return list(STAGES)
