"""The plain-text reader: bytes of any common encoding -> one draft with the whole text."""

from __future__ import annotations

import pytest

from wirecheck.readers.base import READERS, ReadError
from wirecheck.readers.text import read_text
from wirecheck.settings import Settings

BODY = "Talks resume in Geneva\n\nGENEVA (Reuters) — Envoys met on Friday.\n"


def _drafts(data: bytes) -> list:
    return [item.draft for item in read_text(data, "in/story.txt", Settings())]


@pytest.mark.parametrize(
    ("data", "body"),
    [
        (BODY.encode("utf-8"), BODY),
        (BODY.replace("\n", "\r\n").encode("utf-8"), BODY),
        (BODY.replace("\n", "\r").encode("utf-8"), BODY),
        (b"\xef\xbb\xbf" + BODY.encode("utf-8"), BODY),
        (BODY.encode("utf-16"), BODY),
        ("Café owners in Nîmes said prices rose.\n".encode("cp1252"), None),
    ],
    ids=["utf8", "crlf", "cr", "utf8-bom", "utf16", "cp1252"],
)
def test_reads_one_draft_with_the_whole_text(data: bytes, body: str | None) -> None:
    (draft,) = _drafts(data)
    assert draft.format == "text"
    assert draft.path == "in/story.txt"
    assert "\r" not in draft.body
    if body is not None:
        assert draft.body == body
    else:
        assert "Nîmes" in draft.body


def test_headers_are_left_for_the_cleaner() -> None:
    (draft,) = _drafts(b"By Daily Planet (World) | Created at 2024-11-02 08:10:00\n\nBody.\n")
    assert draft.body.startswith("By Daily Planet")
    assert draft.title is None and draft.source is None and draft.published is None


def test_registered_under_text() -> None:
    assert READERS["text"] is read_text


def test_noise_is_a_read_error() -> None:
    noise = bytes(range(256)) * 40
    with pytest.raises(ReadError):
        _drafts(noise)
