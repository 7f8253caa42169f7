"""Shared fixtures: paths to the repo, the example corpus and the public data beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear message when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"public data not found at {path} (it sits beside the repo in CI only)")
    return path


@pytest.fixture(scope="session")
def example_analysis():
    """The example corpus analysed once per test session (the demo's main job)."""
    from wirecheck import Settings, analyze

    return analyze([EXAMPLES / "corpus"], Settings(workers=1, quiet=True))


@pytest.fixture
def encoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the embedding model runs on, starting from an empty cache."""
    import wirecheck.embed

    wirecheck.embed.clear_cache()
    seen: list[str] = []
    original = wirecheck.embed.encode

    def counting(texts, batch_size=wirecheck.embed.BATCH_SIZE):  # type: ignore[no-untyped-def]
        seen.extend(texts)
        return original(texts, batch_size)

    monkeypatch.setattr(wirecheck.embed, "encode", counting)
    return seen
