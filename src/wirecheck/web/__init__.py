"""The web UI and JSON API (FastAPI, Jinja2, no CDN: every asset is served from web/static)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["create_app"]

if TYPE_CHECKING:
    from wirecheck.web.app import create_app


def __getattr__(name: str) -> Any:
    # Lazy, so the static report can use the story views without importing FastAPI.
    if name == "create_app":
        from wirecheck.web.app import create_app

        return create_app
    raise AttributeError(name)
