"""Where per-article work runs: this process, local worker processes, or a Dask cluster.

The same function maps over the same batches in all three, so results are identical; only
the place changes. Batches come back in input order. Models load once per worker process
(they are cached per process by `nlp` and `embed`); inside `worker_pool` every call reuses one
pool, so a long ingest that annotates batch after batch starts its workers (and models) once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from wirecheck.settings import Settings

T = TypeVar("T")
R = TypeVar("R")

_shared: dict[int, ProcessPoolExecutor] = {}  # worker count -> the pool `worker_pool` holds


@contextlib.contextmanager
def worker_pool(settings: Settings) -> Iterator[None]:
    """Keep one pool of local workers for every `map_batches` call inside the block."""
    workers = settings.workers
    if settings.scheduler or workers <= 1 or workers in _shared:
        yield
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        _shared[workers] = pool
        try:
            yield
        finally:
            del _shared[workers]


def shared_pool(settings: Settings) -> ProcessPoolExecutor | None:
    """The local pool `worker_pool` holds for these settings, if any (none for Dask)."""
    return None if settings.scheduler else _shared.get(settings.workers)


def map_batches(fn: Callable[[T], R], batches: Sequence[T], settings: Settings) -> Iterator[R]:
    """fn over each batch, in order, where the settings say."""
    if settings.scheduler:
        yield from _on_dask(fn, batches, settings.scheduler)
    elif settings.workers in _shared:
        yield from _shared[settings.workers].map(fn, batches)
    elif settings.workers > 1 and len(batches) > 1:
        workers = min(settings.workers, len(batches))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(fn, batches)
    else:
        yield from map(fn, batches)


def _on_dask(fn: Callable[[T], R], batches: Sequence[T], address: str) -> Iterator[R]:
    from distributed import Client

    client: Any
    with Client(address, set_as_default=False) as client:
        futures = client.map(fn, list(batches), pure=False)
        for future in futures:
            yield future.result()


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
