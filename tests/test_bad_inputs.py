"""Bad inputs: each is reported by name with a reason in plain words; the rest still read."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import time
from pathlib import Path

import pytest

from tests.test_readers import SENTENCE, write_warc
from wirecheck import readers
from wirecheck.readers.base import Item
from wirecheck.settings import Settings

DATA = Path(__file__).parent / "data" / "readers"

RSS_ITEM = (
    "<item><title>Library closes</title><link>https://a.example/l</link>"
    f"<description>{SENTENCE}</description></item>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title>'
    + "<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    '<rss version="2.0"><channel><title>&secret;</title></channel></rss>'
)


def _noise(seed: int = 7, size: int = 4000) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(128, 256) for _ in range(size))


def _truncated_gzip() -> bytes:
    whole = gzip.compress(((SENTENCE + "\n") * 200 + _noise().hex()).encode())
    return whole[: len(whole) // 2]


def _corrupt_gzip() -> bytes:
    data = bytearray(gzip.compress(((SENTENCE + " ") * 100).encode()))
    data[20:40] = b"\xff" * 20
    return bytes(data)


# name -> (file content, words the reason must contain)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file (PNG image)"),
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b"\n \n\t\n", "only white space"),
    "noise.txt": (_noise(), "not text in any encoding"),
    "controls.txt": (bytes([1, 2, 3, 65, 4, 5, 66, 6, 7, 8]) * 100, "binary file"),
    "navonly.html": (
        b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        b"<footer><p>(c) 2024 Example Ltd</p></footer></body></html>",
        "no article text",
    ),
    "broken.xml": (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</tit',
        "not well-formed XML",
    ),
    "laughs.xml": (BILLION_LAUGHS.encode(), "billion laughs"),
    "laughs16.xml": (
        BILLION_LAUGHS.replace('"1.0"?>', '"1.0" encoding="utf-16"?>').encode("utf-16"),
        "billion laughs",
    ),
    "xxe.xml": (EXTERNAL_ENTITY.encode(), "declares XML entities"),
    "cut.txt.gz": (_truncated_gzip(), "cut off"),
    "corrupt.gz": (_corrupt_gzip(), "corrupt"),
    "bomb.gz": (gzip.compress(b"\x00" * 30_000_000), "gzip bomb"),
}


def _read(path: Path, settings: Settings | None = None) -> list[Item]:
    return list(readers.read_file(str(path), settings or Settings()))


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_by_name(tmp_path: Path, name: str) -> None:
    data, words = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    start = time.perf_counter()
    items = _read(path)
    assert time.perf_counter() - start < 5
    assert [i.draft for i in items] == [None]
    assert items[0].failed == str(path)
    assert words in (items[0].reason or "")
    assert "Traceback" not in (items[0].reason or "")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    shutil.copy(DATA / "ferry.html", path)
    [item] = _read(path, Settings(max_bytes=1000))
    assert item.failed == str(path)
    assert "over the limit of 1,000" in (item.reason or "")
    assert "--max-bytes" in (item.reason or "")


def test_malformed_html_with_text_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.html"
    path.write_text(
        "<html><head><title>Library vote</title><body><div><p>The council voted on Monday to "
        "close the library <b>for good.<p>Residents said they would appeal the decision in court."
        "<div><table><tr><td>",
        encoding="utf-8",
    )
    [item] = _read(path)
    assert item.draft is not None
    assert item.draft.body == (
        "The council voted on Monday to close the library for good.\n\n"
        "Residents said they would appeal the decision in court."
    )


def test_damaged_feed_keeps_readable_entries(tmp_path: Path) -> None:
    path = tmp_path / "damaged.rss"
    path.write_text(
        f'<rss version="2.0"><channel><title>T</title>{RSS_ITEM}<item><title>Half', encoding="utf-8"
    )
    items = _read(path)
    assert items[0].draft is not None and items[0].draft.body == SENTENCE
    assert items[1].failed == f"{path}#2"
    assert "not well-formed XML" in (items[1].reason or "")


@pytest.mark.parametrize("gz", [True, False], ids=["warc-gz", "warc"])
def test_truncated_warc_keeps_earlier_articles(tmp_path: Path, gz: bool) -> None:
    data = write_warc(gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: len(data) - 200])
    items = _read(path)
    assert [i.draft.url for i in items if i.draft] == ["https://a.example/one"]
    [failed] = [i for i in items if i.failed]
    assert failed.failed is not None and failed.failed.startswith(f"{path}#")
    assert "record 5 (at byte" in (failed.reason or "")
    assert "the records before it were read" in (failed.reason or "")


def test_garbage_after_warc_records(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc"
    path.write_bytes(write_warc(gz=False) + b"WARC/1.0\r\nthis is not a header\r\n\r\n")
    items = _read(path)
    assert len([i for i in items if i.draft]) == 2
    assert len([i for i in items if i.failed]) == 1


def test_jsonl_broken_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    good = json.dumps({"title": "A", "text": SENTENCE})
    path.write_text(
        f'{good}\n{{"title": "B", "text": \n{good}\n"just a string"\n', encoding="utf-8"
    )
    items = _read(path)
    assert [i.draft is not None for i in items] == [True, False, True, False]
    assert items[1].failed == f"{path}:2"
    assert (items[1].reason or "").startswith("line 2 is not valid JSON")


def test_symlink_loop_is_cut(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "ferry.html", folder / "sub" / "ferry.html")
    os.symlink(folder, folder / "sub" / "loop")
    os.symlink(folder / "sub" / "missing", folder / "dangling")
    files = list(readers.iter_files([folder]))
    assert [f.path for f in files] == [str(folder / "sub" / "ferry.html")]


def test_batch_goes_on_past_every_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "cut.warc.gz").write_bytes(write_warc(gz=True)[:-200])
    for name in ("ferry.html", "harbour.rss", "dump.jsonl"):
        shutil.copy(DATA / name, folder / name)
    drafts, failures = [], {}
    for entry in readers.iter_files([folder, tmp_path / "absent.txt"]):
        if entry.problem:
            failures[entry.path] = entry.problem
            continue
        for item in readers.read_file(entry.path, Settings()):
            if item.draft:
                drafts.append(item.draft)
            else:
                failures[item.failed or ""] = item.reason or ""
    assert {Path(d.path).name for d in drafts} == {
        "ferry.html",
        "harbour.rss",
        "dump.jsonl",
        "cut.warc.gz",
    }
    for name, (_, words) in BAD_FILES.items():
        assert words in failures[str(folder / name)], name
    assert failures[str(tmp_path / "absent.txt")] == "no such file or folder"
    assert all(reason.strip() for reason in failures.values())
