"""The runner's error policy: bad files are skipped by name, failing stages are recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecheck import Settings, analyze
from wirecheck.extract import Stage
from wirecheck.model import Article
from wirecheck.run import apply_stages

BODY = (
    "Emergency crews in the port city of Valmora worked through the night on Tuesday after a "
    "warehouse fire spread to two neighbouring buildings, the fire service said.\n\n"
    "No one was hurt, according to a spokesperson, who said the cause was not yet known."
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "image.dat", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    analysis = analyze([tmp_path], Settings(quiet=True))
    assert [Path(a.path).name for a in analysis.articles] == ["good.txt"]
    reasons = {Path(s.path).name: s.reason for s in analysis.skipped}
    assert set(reasons) == {"empty.txt", "image.dat"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.dat"]


def test_same_article_twice_is_read_once(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", BODY.replace(" on Tuesday", "  on Tuesday"))  # only spacing differs
    analysis = analyze([tmp_path], Settings(quiet=True))
    assert len(analysis.articles) == 1
    assert analysis.duplicates == 1


def test_missing_input_is_reported(tmp_path: Path) -> None:
    analysis = analyze([tmp_path / "nowhere"], Settings(quiet=True))
    assert analysis.articles == []
    assert analysis.skipped[0].reason == "no such file or folder"


def test_file_over_the_size_limit_is_skipped_with_the_limit_named(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", BODY * 20)
    analysis = analyze([tmp_path], Settings(max_bytes=1000, quiet=True))
    assert analysis.articles == []
    assert "over the limit of 1,000" in analysis.skipped[0].reason


def test_failing_stage_is_recorded_and_later_stages_still_run() -> None:
    article = Article(id="x", path="p", text="Some text.")

    def broken(article: Article, doc: object) -> list:
        raise ValueError("boom")

    def fine(article: Article, doc: object) -> list:
        return ["ok"]

    apply_stages(article, None, [Stage("times", "times", broken), Stage("qty", "quantities", fine)])
    assert article.times == []
    assert article.quantities == ["ok"]
    assert article.errors == ["times: ValueError: boom"]


def test_reference_date_reaches_every_article(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    analysis = analyze([tmp_path], Settings(reference_date="2024-11-02", quiet=True))
    assert analysis.articles[0].reference_date == "2024-11-02"


@pytest.mark.parametrize("bad", [{"max_bytes": 0}, {"workers": 0}, {"reference_date": "soon"}])
def test_settings_reject_bad_values_with_a_message(bad: dict) -> None:
    with pytest.raises(ValueError, match="must"):
        Settings(**bad)


def test_of_two_outlets_with_one_text_the_first_published_is_kept(tmp_path: Path) -> None:
    copy = "Harbour Courier\nBy Ana Ruiz\nPublished 2027-03-05T12:15:00Z\n\n" + BODY
    wire = "Valmora Wire\nBy Ana Ruiz\nPublished 2027-03-05T10:42:00Z\n\n" + BODY
    write(tmp_path, "a_copy.txt", copy)  # read first, published later
    write(tmp_path, "b_wire.txt", wire)
    analysis = analyze([tmp_path], Settings(quiet=True))
    assert [Path(a.path).name for a in analysis.articles] == ["b_wire.txt"]
    assert analysis.duplicates == 1
