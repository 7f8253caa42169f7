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
def test_worker_processes_give_the_same_analysis(
    example_analysis: Analysis, tmp_path: Path
) -> None:
    parallel = analyze([CORPUS], Settings(workers=2, quiet=True))
    assert comparable(parallel) == comparable(example_analysis)
    # The command's path: batches annotated ahead in the workers while the last one is stored.
    analyze_to_folder([CORPUS], tmp_path, Settings(workers=2, quiet=True))
    written = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    written.pop("generated")
    assert written == comparable(example_analysis)


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


PORT_TEXTS = (
    "Harbour Dispatch\n\nDock workers in Valmora ended a two-day strike on Wednesday, "
    "union officials said.",
    "Valley Times\n\nAbout 300 workers had walked out on Monday, according to the union, "
    "and the port authority agreed to review night-shift pay.",
    "Coast Wire\n\n\u201cWe are back at work,\u201d said shop steward Lena Orsic on Thursday.",
)


@pytest.mark.slow
def test_annotate_ahead_reads_the_next_batch_while_one_is_handled() -> None:
    from wirecheck.model import Article, article_id
    from wirecheck.parallel import worker_pool
    from wirecheck.run import annotate, annotate_ahead

    def articles() -> list[Article]:
        texts = enumerate(PORT_TEXTS)
        return [Article(id=article_id(t), path=f"{n}.txt", text=t) for n, t in texts]

    expected = articles()
    annotate(expected, Settings(workers=1, quiet=True))
    read: list[int] = []

    def batches():  # type: ignore[no-untyped-def]
        for n, article in enumerate(articles()):
            read.append(n)
            yield [article], n

    settings = Settings(workers=2, quiet=True)
    got = []
    with worker_pool(settings):
        for batch, n in annotate_ahead(batches(), settings):
            # batch n is handed out only once batch n + 1 has gone to the workers
            assert read[-1] == min(n + 1, len(PORT_TEXTS) - 1)
            got += batch
    assert [a.to_dict() for a in got] == [a.to_dict() for a in expected]
