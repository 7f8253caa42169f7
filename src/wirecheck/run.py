"""The pipeline runner: inputs → drafts → articles → annotated articles → corpus stages.

One error policy for everything: a file that cannot be read is `skipped` with its reason; a
stage that fails on one article is recorded in that article's `errors`; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TypeVar

from wirecheck.corpus import load_builtin_corpus_stages
from wirecheck.corpus.story_signals import article_arrival
from wirecheck.extract import Stage, load_builtin_stages
from wirecheck.model import Analysis, Article, Skipped
from wirecheck.parallel import chunked, map_batches, shared_pool
from wirecheck.readers import iter_files, read_file
from wirecheck.settings import Settings

# Articles parsed together in one worker call: large enough to keep spaCy's batching
# efficient, small enough to spread over workers and keep memory flat.
BATCH_SIZE = 32

T = TypeVar("T")

# Called with (what, done, total-or-None) as work advances; the CLI draws a progress bar.
Progress = Callable[[str, int, int | None], None]


def _quiet(what: str, done: int, total: int | None) -> None:
    return None


@dataclass
class Intake:
    """Articles read from the inputs, de-duplicated, and what was skipped on the way."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0


def analyze(
    paths: Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    progress: Progress = _quiet,
) -> Analysis:
    """Read, clean, annotate and compare the articles under `paths`."""
    settings = settings or Settings()
    intake = read_inputs(paths, settings, progress)
    annotate(intake.articles, settings, progress)
    analysis = Analysis(
        articles=intake.articles,
        skipped=intake.skipped,
        duplicates=intake.duplicates,
        generated=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    )
    run_corpus_stages(analysis, progress)
    return analysis


def read_inputs(
    paths: Iterable[str | os.PathLike[str]], settings: Settings, progress: Progress = _quiet
) -> Intake:
    """Every article under `paths`, each distinct text once, in input order. Of two inputs
    with one text (a wire story and an outlet's verbatim copy), the one published first is
    kept: its header is the original's, as `syndication` would name it."""
    intake = Intake()
    seen: dict[str, int] = {}  # article id -> index in intake.articles
    files = list(iter_files(paths))
    for done, input_file in enumerate(files, start=1):
        if input_file.problem:
            intake.skipped.append(Skipped(input_file.path, input_file.problem))
        else:
            for article in _articles_of(input_file.path, settings, intake.skipped):
                if article.id in seen:
                    intake.duplicates += 1
                    index = seen[article.id]
                    if article_arrival(article) < article_arrival(intake.articles[index]):
                        intake.articles[index] = article
                    continue
                seen[article.id] = len(intake.articles)
                intake.articles.append(article)
        progress("read", done, len(files))
    return intake


def _articles_of(path: str, settings: Settings, skipped: list[Skipped]) -> Iterator[Article]:
    from wirecheck.clean import clean

    try:
        for item in read_file(path, settings):
            if item.draft is None:
                skipped.append(Skipped(item.failed or path, item.reason or "unreadable"))
                continue
            article = clean(item.draft)
            if not article.text.strip():
                skipped.append(Skipped(item.failed or path, "no article text left after cleaning"))
                continue
            article.reference_date = settings.reference_date
            yield article
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the batch
        skipped.append(Skipped(path, f"could not be read ({type(exc).__name__}: {exc})"))


def annotate(articles: list[Article], settings: Settings, progress: Progress = _quiet) -> None:
    """Run the per-article stages on English articles, in batches, where settings say."""
    parts = _parser_batches(articles)
    if not parts or not load_builtin_stages():
        return
    position = {a.id: i for i, a in enumerate(articles)}
    done, english = 0, sum(len(part) for part in parts)
    for batch in map_batches(annotate_batch, parts, settings):
        _put_back(articles, position, batch)
        done += len(batch)
        progress("annotate", done, english)


def _parser_batches(articles: list[Article]) -> list[list[Article]]:
    """The English articles, in the batches one worker call parses together."""
    return chunked([a for a in articles if a.language == "en"], BATCH_SIZE)


def _put_back(articles: list[Article], position: dict[str, int], done: list[Article]) -> None:
    """Annotated articles take the place of the ones sent (workers return copies)."""
    for article in done:
        articles[position[article.id]] = article


def annotate_ahead(
    batches: Iterable[tuple[list[Article], T]], settings: Settings
) -> Iterator[tuple[list[Article], T]]:
    """Each batch annotated (in place, as `annotate` does), with what came along with it.

    With a local pool held open (`parallel.worker_pool`), the next batch is already in the
    workers while the caller handles this one (stores it, say), so they never wait for it.
    Two batches are in memory at most.
    """
    pool = shared_pool(settings)
    if pool is None or not load_builtin_stages():
        for batch, extra in batches:
            annotate(batch, settings)
            yield batch, extra
        return
    in_flight: tuple[list[Article], T, list[Future[list[Article]]]] | None = None
    for batch, extra in batches:
        started = [pool.submit(annotate_batch, part) for part in _parser_batches(batch)]
        if in_flight is not None:
            yield _collected(*in_flight)
        in_flight = (batch, extra, started)
    if in_flight is not None:
        yield _collected(*in_flight)


def _collected(
    batch: list[Article], extra: T, started: list[Future[list[Article]]]
) -> tuple[list[Article], T]:
    position = {a.id: i for i, a in enumerate(batch)}
    for future in started:
        _put_back(batch, position, future.result())
    return batch, extra


def annotate_batch(articles: list[Article]) -> list[Article]:
    """Parse a batch together and fill every stage's layer (runs inside a worker)."""
    from wirecheck.nlp import parse_many

    stages = load_builtin_stages()
    for article, doc in zip(articles, parse_many(a.text for a in articles), strict=True):
        apply_stages(article, doc, stages)
    return articles


def apply_stages(article: Article, doc: object, stages: list[Stage]) -> None:
    """Fill each stage's layer; a failing stage leaves its layer empty and notes why."""
    for stage in stages:
        try:
            setattr(article, stage.layer, stage.fn(article, doc))  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - error policy: record and go on
            setattr(article, stage.layer, [])
            article.errors.append(f"{stage.name}: {type(exc).__name__}: {exc}")


def run_corpus_stages(analysis: Analysis, progress: Progress = _quiet) -> None:
    stages = load_builtin_corpus_stages()
    # One bar for the corpus stages: each is a single step over the whole corpus.
    progress("corpus", 0, len(stages))
    for done, (_name, stage) in enumerate(stages, start=1):
        stage(analysis)
        progress("corpus", done, len(stages))
