"""Inputs to drafts: walk files and folders, detect each file's format, dispatch to its reader."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wirecheck.readers import detect
from wirecheck.readers.base import READERS, Draft, Item, ReadError
from wirecheck.settings import Settings

__all__ = ["Draft", "Item", "ReadError", "InputFile", "iter_files", "read_file"]


@dataclass
class InputFile:
    path: str
    problem: str | None = None  # set when the file cannot even be opened


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[InputFile]:
    """Every file under the given paths, sorted, each real file once (symlink loops are cut)."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputFile(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        else:
            yield from _once(path, seen_files)


def _walk(
    folder: Path, seen_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]]
) -> Iterator[InputFile]:
    try:
        stat = folder.stat()
    except OSError as exc:
        yield InputFile(str(folder), f"cannot open the folder ({exc.strerror})")
        return
    if (stat.st_dev, stat.st_ino) in seen_dirs:
        return  # a symlink loop or a second link to a folder already read
    seen_dirs.add((stat.st_dev, stat.st_ino))
    try:
        children = sorted(folder.iterdir())
    except OSError as exc:
        yield InputFile(str(folder), f"cannot list the folder ({exc.strerror})")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen_dirs, seen_files)
        elif child.is_file():
            yield from _once(child, seen_files)


def _once(path: Path, seen_files: set[tuple[int, int]]) -> Iterator[InputFile]:
    try:
        stat = path.stat()
    except OSError as exc:
        yield InputFile(str(path), f"cannot open the file ({exc.strerror})")
        return
    key = (stat.st_dev, stat.st_ino)
    if key not in seen_files:
        seen_files.add(key)
        yield InputFile(str(path))


def read_file(path: str, settings: Settings) -> Iterator[Item]:
    """Drafts from one file; a file-level problem is one failed Item naming the reason."""
    try:
        size = os.path.getsize(path)
        if size > settings.max_bytes:
            raise ReadError(
                f"the file is {size:,} bytes, over the limit of {settings.max_bytes:,} "
                "(raise it with --max-bytes)"
            )
        if size == 0:
            raise ReadError("the file is empty")
        with open(path, "rb") as handle:
            data = handle.read()
        items = READERS[detect.detect_format(data)](data, path, settings)
        del data  # the reader holds the bytes only as long as it needs them
        yield from items
    except ReadError as exc:
        yield Item(failed=path, reason=str(exc))
    except OSError as exc:
        yield Item(failed=path, reason=f"cannot read the file ({exc.strerror})")
