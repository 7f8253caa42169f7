"""Every gold file we wrote passes scripts/check_gold.py: each snippet occurs exactly once in
its article, every article has a gold entry, intervals and finding evidence are well formed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[1]
CORPORA = [
    ROOT / "examples",
    *sorted(p.parent for p in (ROOT / "tests" / "data").glob("*/gold.json")),
]


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "scripts" / "check_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_gold_file_checks_clean(folder: Path) -> None:
    check = _checker()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    problems = check.Checker(gold, check.load_articles(folder / "corpus")).run()
    assert problems == []
