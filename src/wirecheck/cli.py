"""The `wirecheck` command: thin typer wrappers over the library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from wirecheck.settings import Settings, SettingsError, default_workers, parse_field_mapping

if TYPE_CHECKING:
    from wirecheck.analyze_store import Outcome

app = typer.Typer(
    help="Compare news coverage across outlets: what they agree on, conflict on, report alone.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

# Options several commands share, declared once.
Inputs = Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).")]
Workers = Annotated[int, typer.Option(help="Local processes (default: all cores).")]
Scheduler = Annotated[str | None, typer.Option(help="Dask scheduler tcp://HOST:PORT.")]
MaxBytes = Annotated[int, typer.Option(help="Skip files larger than this.")]
Fields = Annotated[list[str] | None, typer.Option(help="JSONL key mapping KEY=NAME.")]
ReferenceDate = Annotated[str | None, typer.Option(help="Anchor date if none given.")]
Quiet = Annotated[bool, typer.Option("--quiet", help="No progress bar or summary.")]
Db = Annotated[Path, typer.Option(help="The store (SQLite file).")]


@app.command()
def analyze(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("-o", "--out", help="Folder for analysis.json, report.html")],
    workers: Workers = 0,
    scheduler: Scheduler = None,
    max_bytes: MaxBytes = 20 * 2**20,
    field: Fields = None,
    reference_date: ReferenceDate = None,
    keep_store: Annotated[
        Path | None, typer.Option(help="Also keep the store here (for serve or export).")
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Analyse articles and write OUT/analysis.json and OUT/report.html."""
    from wirecheck.analyze_store import analyze_to_folder

    settings = _settings(workers, scheduler, max_bytes, field or [], reference_date, quiet)
    try:
        with _progress(quiet) as report_progress:
            outcome = analyze_to_folder(
                [str(p) for p in inputs], out, settings, report_progress, keep_store
            )
    except FileExistsError as exc:
        err.print(f"[red]{exc}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if not quiet:
        _summary(outcome, out)
    if not outcome.counts["articles"]:
        err.print("[red]No article could be analysed[/red]: see the reasons above.")
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    set_name: Annotated[str, typer.Argument(metavar="SET", help="tempeval3, polnear, gum, ...")],
    path: Annotated[Path, typer.Argument(help="The data set's folder or gold file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object only.")] = False,
) -> None:
    """Score one component on a public data set or one of our gold files (see EVAL.md)."""
    from wirecheck.evaluate import UnknownSet, available, scorer

    try:
        score = scorer(set_name)
    except UnknownSet:
        err.print(f"Unknown set {set_name!r}; choose one of: {', '.join(available())}")
        raise typer.Exit(2) from None
    if not path.exists():
        err.print(f"{path} does not exist; give the data set's folder (see EVAL.md).")
        raise typer.Exit(2)
    result = score(path)
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
        return
    table = Table("measure", "value", title=f"{set_name} on {path}")
    for key, value in result.items():
        table.add_row(key, f"{value:.4f}" if isinstance(value, float) else str(value))
    Console().print(table)


@app.command()
def ingest(
    inputs: Inputs,
    db: Db = Path("wirecheck.db"),
    workers: Workers = 0,
    scheduler: Scheduler = None,
    max_bytes: MaxBytes = 20 * 2**20,
    field: Fields = None,
    reference_date: ReferenceDate = None,
    quiet: Quiet = False,
) -> None:
    """Add articles to the store in committed batches; re-running adds only what is missing."""
    from wirecheck.ingest import ingest_paths
    from wirecheck.store import Store

    settings = _settings(workers, scheduler, max_bytes, field or [], reference_date, quiet)
    with Store(db) as store, _progress(quiet) as report_progress:
        report = ingest_paths([str(p) for p in inputs], store, settings, report_progress)
        counts = store.counts()
    if not quiet:
        err.print(
            f"Stored {report.new} new articles ({report.known} already there); "
            f"skipped {len(report.skipped)} inputs. {db}: {counts['articles']} articles, "
            f"{counts['stories']} stories, {counts['findings']} findings."
        )
        for skipped in report.skipped:
            err.print(f"  skipped {skipped.path}: {skipped.reason}", markup=False, highlight=False)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="json | jsonl | csv")] = "json",
    db: Db = Path("wirecheck.db"),
    out: Annotated[Path | None, typer.Option("-o", "--out", help="File (default: stdout).")] = None,
) -> None:
    """Write the store's contents: json (the analysis.json shape), jsonl or csv."""
    from wirecheck.store import Store
    from wirecheck.store_export import FORMATS

    if fmt not in FORMATS:
        err.print(f"Unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if not db.is_file():
        err.print(f"{db} does not exist; create it with `wirecheck ingest INPUT... --db {db}`.")
        raise typer.Exit(2)
    with Store(db, readonly=True) as store:
        if out is None:
            store.export(fmt, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as handle:
                store.export(fmt, handle)


@app.command()
def serve(
    db: Db = Path("wirecheck.db"),
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the web UI and the JSON API over the store (writes need WIRECHECK_TOKEN)."""
    import uvicorn

    from wirecheck.web import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@app.command()
def bench(
    articles: Annotated[int, typer.Option(help="Distinct articles to generate.")] = 1000,
    workers: Workers = 0,
    scheduler: Scheduler = None,
    corpus: Annotated[Path | None, typer.Option(help="Base corpus (default: examples)")] = None,
) -> None:
    """Time `analyze` against bare spaCy on the example corpus scaled to ARTICLES variants.

    Prints one JSON object: articles/s, words/s, the ratio analyze/bare spaCy (same texts,
    same process count), seconds per stage and for embedding, peak memory (docs/BENCHMARKS.md).
    """
    from wirecheck.bench import throughput
    from wirecheck.bench_corpus import EXAMPLE_CORPUS

    base = corpus or EXAMPLE_CORPUS
    if articles < 1 or not base.exists():
        err.print(f"Need --articles >= 1 and an existing --corpus folder (got {base}).")
        raise typer.Exit(2)
    result = throughput(articles, workers or default_workers(), base, scheduler)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


def _settings(
    workers: int,
    scheduler: str | None,
    max_bytes: int,
    fields: list[str],
    reference_date: str | None,
    quiet: bool,
) -> Settings:
    try:
        return Settings(
            max_bytes=max_bytes,
            fields=parse_field_mapping(fields),
            reference_date=reference_date,
            workers=workers or default_workers(),
            scheduler=scheduler,
            quiet=quiet,
        )
    except SettingsError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


class _progress:
    """A rich progress bar fed by the runner's (what, done, total) callbacks."""

    def __init__(self, quiet: bool) -> None:
        self.bar = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=quiet,
            transient=False,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> _progress:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if what not in self.tasks:
            self.tasks[what] = self.bar.add_task(what, total=total)
        self.bar.update(self.tasks[what], completed=done, total=total)


def _summary(outcome: Outcome, out: Path) -> None:
    counts = outcome.counts
    err.print(
        f"Read {counts['articles']} articles "
        f"({outcome.duplicates} repeated copies read once); "
        f"skipped {len(outcome.skipped)} inputs; "
        f"{counts['entities']} entities, {counts['stories']} stories, "
        f"{counts['findings']} findings."
    )
    for skipped in outcome.skipped:
        err.print(f"  skipped {skipped.path}: {skipped.reason}", markup=False, highlight=False)
    err.print(f"Report: {out / 'report.html'}")


def main() -> None:  # pragma: no cover - console entry point
    app()
