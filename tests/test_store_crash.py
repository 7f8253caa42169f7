"""Crash safety: a child ingesting is killed with SIGKILL mid-way, then the ingest re-runs.

Afterwards the store passes SQLite's and FTS5's integrity checks, holds every article exactly
once, and its stories and findings equal those of a clean run.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 160

# The child: the real ingest flow (readers, cleaner, batches, store, refresh), with stand-ins
# for the models so the test needs no spaCy: annotation only waits a little, clustering groups
# articles by their first word, comparison writes one finding per story.
CHILD = textwrap.dedent(
    """
    import sys, time
    from wirecheck import ingest
    from wirecheck.model import Finding, Story
    from wirecheck.settings import Settings
    from wirecheck.store import Store

    def cluster(analysis):
        groups = {}
        for a in analysis.articles:
            groups.setdefault(a.text.split()[0], []).append(a)
        analysis.stories = [Story("s:" + m[0].id, m[0].title, [a.id for a in m],
                                  sorted({a.source or "" for a in m})) for m in groups.values()]

    def compare(analysis):
        analysis.findings = [Finding("f:" + s.id, s.id, "unique", "size",
                                     f"{len(s.articles)} articles", []) for s in analysis.stories]

    ingest.annotate = lambda batch, settings: time.sleep(0.01)
    ingest.load_builtin_corpus_stages = lambda: [("cluster", cluster), ("compare", compare)]
    with Store(sys.argv[1]) as store:
        ingest.ingest_paths([sys.argv[2]], store, Settings(), batch_size=4)
    """
)


def write_inputs(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_ARTICLES):
        topic = ("Harbour", "Storm", "Quake", "Court")[i % 4]
        text = f"{topic} report {i}: {i * 7} people were counted in the square on day {i}."
        (folder / f"a{i:04d}.txt").write_text(text + "\n", encoding="utf-8")


def run_child(db: Path, inputs: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(inputs)], env=env,
                            stderr=subprocess.PIPE)  # fmt: skip


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def kill_after(db: Path, inputs: Path, at_least: int) -> None:
    child = run_child(db, inputs)
    deadline = time.monotonic() + 60
    while stored(db) < at_least and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()


def finish(db: Path, inputs: Path) -> None:
    child = run_child(db, inputs)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()


def contents(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        fts = [r[0] for r in conn.execute("SELECT id FROM article_fts")]
        stories = conn.execute("SELECT id, title FROM stories ORDER BY id").fetchall()
        members = conn.execute("SELECT story, article FROM story_articles ORDER BY 1, 2").fetchall()
        findings = conn.execute("SELECT id, summary FROM findings ORDER BY id").fetchall()
        dirty = conn.execute("SELECT value FROM meta WHERE key = 'dirty'").fetchone()[0]
    assert len(ids) == len(set(ids)) and sorted(fts) == sorted(ids)
    return {"articles": sorted(ids), "stories": stories, "members": members,
            "findings": findings, "dirty": dirty}  # fmt: skip


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("clean")
    write_inputs(folder / "in")
    finish(folder / "clean.db", folder / "in")
    return contents(folder / "clean.db")


@pytest.mark.parametrize("kill_at", [1, 70, 150])
def test_killed_ingest_loses_nothing_and_a_rerun_completes_it(
    tmp_path: Path, clean_run: dict[str, object], kill_at: int
) -> None:
    write_inputs(tmp_path / "in")
    db = tmp_path / "w.db"
    kill_after(db, tmp_path / "in", kill_at)
    if db.exists():
        partial = contents(db)  # readable and consistent right after the kill
        assert len(partial["articles"]) <= N_ARTICLES  # type: ignore[arg-type]
    finish(db, tmp_path / "in")
    after = contents(db)
    assert len(after["articles"]) == N_ARTICLES  # type: ignore[arg-type]
    assert after == clean_run


def test_rerun_of_a_finished_ingest_changes_nothing(
    tmp_path: Path, clean_run: dict[str, object]
) -> None:
    write_inputs(tmp_path / "in")
    db = tmp_path / "w.db"
    finish(db, tmp_path / "in")
    before = json.dumps(contents(db))
    finish(db, tmp_path / "in")
    assert json.dumps(contents(db)) == before
