"""The CLI: thin over the library, documented, clear about failures."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from wirecheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

ARTICLE = (
    "Harbour Dispatch\n\n"
    "Dock workers in Valmora ended a two-day strike on Wednesday after the port authority agreed "
    "to review night-shift pay, union officials said.\n\n"
    "About 300 workers had walked out on Monday, according to the union."
)


def test_analyze_writes_json_and_report(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "port.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 1
    assert data["skipped"][0]["path"].endswith("empty.txt")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Dock workers in Valmora" in html
    assert "empty.txt" in result.output


def test_analyze_exits_non_zero_when_nothing_was_analysed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 1
    assert "No article could be analysed" in result.output


def test_bad_option_is_explained(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(tmp_path), "--field", "oops"])
    assert result.exit_code == 2
    assert "KEY=NAME" in result.output


def test_eval_rejects_unknown_set(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "nonsense", str(tmp_path)])
    assert result.exit_code == 2
    assert "Unknown set" in result.output


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    assert commands
    for name in commands:
        assert re.search(rf"wirecheck {name}\b", readme), f"`wirecheck {name}` is not in README.md"
