"""The same analysis in one process, in local worker processes, and on a Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold import CORPUS
from wirecheck import Settings, analyze
from wirecheck.analyze_store import analyze_to_folder
from wirecheck.model import Analysis
from wirecheck.parallel import chunked, map_batches


def comparable(analysis: Analysis) -> dict:
    data = analysis.to_dict()
    data.pop("generated")
    return data


def square_all(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


def test_chunked_keeps_order_and_covers_everything() -> None:
    assert chunked([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert chunked([], 3) == []


def test_batches_come_back_in_order_from_worker_processes() -> None:
    batches = chunked(list(range(20)), 3)
    result = list(map_batches(square_all, batches, Settings(workers=2)))
    assert result == [square_all(b) for b in batches]


@pytest.mark.slow
def test_worker_processes_give_the_same_analysis(example_analysis: Analysis) -> None:
    parallel = analyze([CORPUS], Settings(workers=2, quiet=True))
    assert comparable(parallel) == comparable(example_analysis)


@pytest.mark.slow
def test_dask_cluster_gives_the_same_analysis(example_analysis: Analysis, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        processes=True,
    )
    try:
        settings = Settings(scheduler=cluster.scheduler_address, quiet=True)
        on_dask = analyze([CORPUS], settings)
        # The command's path too: batches annotated on the cluster, stored, compared at the end.
        analyze_to_folder([CORPUS], tmp_path, settings)
    finally:
        cluster.close()
    assert comparable(on_dask) == comparable(example_analysis)
    written = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    written.pop("generated")
    assert written == comparable(example_analysis)
