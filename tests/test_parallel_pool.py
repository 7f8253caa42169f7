"""One pool of workers for a whole run: `worker_pool` keeps it across `map_batches` calls."""

from __future__ import annotations

import os

from wirecheck import Settings
from wirecheck.parallel import chunked, map_batches, worker_pool


def pids(batch: list[int]) -> set[int]:
    return {os.getpid()}


def workers_used(settings: Settings) -> set[int]:
    seen: set[int] = set()
    for _ in range(3):
        for found in map_batches(pids, chunked(list(range(8)), 1), settings):
            seen |= found
    return seen


def test_calls_inside_worker_pool_reuse_the_same_workers() -> None:
    settings = Settings(workers=2)
    with worker_pool(settings):
        shared = workers_used(settings)
    assert os.getpid() not in shared and 1 <= len(shared) <= 2
    # Without the block every call starts its own pool: new processes each time.
    assert len(workers_used(settings)) > 2
