"""wirecheck: compare news coverage across outlets, claim by claim, with every fact linked to
the exact characters of each source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "Analysis", "Article", "Settings", "__version__"]

if TYPE_CHECKING:
    from wirecheck.model import Analysis, Article
    from wirecheck.run import analyze
    from wirecheck.settings import Settings


def __getattr__(name: str) -> Any:
    # Lazy so that `import wirecheck` stays cheap (no spaCy, no readers) until used.
    if name == "analyze":
        from wirecheck.run import analyze

        return analyze
    if name in ("Analysis", "Article"):
        from wirecheck import model

        return getattr(model, name)
    if name == "Settings":
        from wirecheck.settings import Settings

        return Settings
    raise AttributeError(name)
