"""`wirecheck analyze` through a temporary store, so memory stays flat however large the input.

`run.analyze` holds every article and runs the corpus stages over all of them at once: right
for a library call on a few hundred articles, but its memory grows with the input. The
command instead streams the inputs into a new store in the output folder the way `wirecheck
ingest` does (committed batches, per-article stages in the workers), runs the corpus stages
once at the end over the store a chunk at a time, and writes `analysis.json` and
`report.html` from the store a page at a time. The files are the ones `run.analyze` would give
(tests compare them); the store is deleted afterwards unless the caller keeps it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wirecheck.ingest import ingest_paths
from wirecheck.model import Skipped
from wirecheck.report import write_report
from wirecheck.report_store import store_context
from wirecheck.run import Progress, _quiet
from wirecheck.settings import Settings
from wirecheck.store import Store
from wirecheck.store_stream import write_analysis_json

ANALYSIS_FILE = "analysis.json"
REPORT_FILE = "report.html"


@dataclass
class Outcome:
    """What the command tells its user: the store's counts and what was passed over."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0


def analyze_to_folder(
    paths: Iterable[str | os.PathLike[str]],
    out: Path,
    settings: Settings | None = None,
    progress: Progress = _quiet,
    keep_store: Path | None = None,
) -> Outcome:
    """Analyse the inputs and write OUT/analysis.json and OUT/report.html."""
    out.mkdir(parents=True, exist_ok=True)
    if keep_store is not None:
        return _analyze_into(paths, out, keep_store, settings, progress)
    # The store can be as large as the inputs: keep it beside the results, not in /tmp. Its
    # folder's name starts with a dot, so an OUT among the inputs is read without it.
    with tempfile.TemporaryDirectory(prefix=".wirecheck-", dir=out) as folder:
        return _analyze_into(paths, out, Path(folder) / "store.db", settings, progress)


def _analyze_into(
    paths: Iterable[str | os.PathLike[str]],
    out: Path,
    db: Path,
    settings: Settings | None,
    progress: Progress,
) -> Outcome:
    with Store(db) as store:
        if store.counts()["articles"]:
            raise FileExistsError(f"{db} already holds articles: give a new path for the store")
        # One refresh at the end: mid-ingest refreshes keep a growing store fresh for readers,
        # and here nobody reads the store before the end.
        report = ingest_paths(paths, store, settings, progress, refresh_growth=None)
        progress("write", 0, 2)
        with (out / ANALYSIS_FILE).open("w", encoding="utf-8") as handle:
            write_analysis_json(store.conn, handle)
        progress("write", 1, 2)
        write_report(store_context(store.conn), out / REPORT_FILE)
        progress("write", 2, 2)
        return Outcome(store.counts(), report.skipped, report.known)
