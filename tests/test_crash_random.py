"""Crash safety at random points: one store, ingest killed (SIGKILL) again and again at random
moments, during the batches or during the refresh after them, then one run to the end.

The seed is random per run and shown on failure; set WIRECHECK_CRASH_SEED to replay one.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.test_store_crash import (
    N_ARTICLES,
    contents,
    finish,
    run_child,
    stored,
    write_inputs,
)

KILLS = 3


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("clean")
    write_inputs(folder / "in")
    finish(folder / "clean.db", folder / "in")
    return contents(folder / "clean.db")


def kill_at_random(db: Path, inputs: Path, rng: random.Random) -> str:
    """Start an ingest and SIGKILL it at a random point; say where it was."""
    # Half the kills land among the batches, half after the last one (inside the refresh).
    threshold = rng.choice([rng.randint(1, N_ARTICLES - 1), N_ARTICLES])
    wait = rng.uniform(0, 1.5) if threshold == N_ARTICLES else rng.uniform(0, 0.05)
    child = run_child(db, inputs)
    deadline = time.monotonic() + 60
    while stored(db) < threshold and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(wait)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return f"after {stored(db)} stored (aimed at {threshold}, +{wait:.2f}s)"


def test_repeated_random_kills_lose_nothing(tmp_path: Path, clean_run: dict[str, object]) -> None:
    seed = int(os.environ.get("WIRECHECK_CRASH_SEED") or random.randrange(2**32))
    rng = random.Random(seed)
    write_inputs(tmp_path / "in")
    db = tmp_path / "w.db"
    history = []
    for _ in range(KILLS):
        history.append(kill_at_random(db, tmp_path / "in", rng))
        if db.exists():
            partial = contents(db)  # integrity checks pass right after every kill
            assert len(partial["articles"]) <= N_ARTICLES, (seed, history)  # type: ignore[arg-type]
    finish(db, tmp_path / "in")
    print(f"seed {seed}: killed {history}")
    assert contents(db) == clean_run, f"WIRECHECK_CRASH_SEED={seed}; kills: {history}"
