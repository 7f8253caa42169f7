"""One options object for a run; validated at the boundary, never mutated by stages."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class SettingsError(ValueError):
    """An option the user gave cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES
    # JSONL key mapping: our field name -> the dump's key ("text" -> "body").
    fields: dict[str, str] = field(default_factory=dict)
    reference_date: str | None = None
    workers: int = 1
    scheduler: str | None = None
    quiet: bool = False

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise SettingsError(f"--max-bytes must be positive, got {self.max_bytes}")
        if self.workers < 1:
            raise SettingsError(f"--workers must be at least 1, got {self.workers}")
        if self.reference_date is not None:
            try:
                dt.date.fromisoformat(self.reference_date[:10])
            except ValueError as exc:
                raise SettingsError(
                    f"--reference-date must be a date like 2024-11-02, got {self.reference_date!r}"
                ) from exc


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def parse_field_mapping(pairs: list[str]) -> dict[str, str]:
    """Turn ["text=body", "published=pubDate"] into a dict, with a clear error on bad pairs."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise SettingsError(f"--field needs KEY=NAME (e.g. text=body), got {pair!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping
