"""Geometry for the story's SVG charts: a timeline of events and articles, and coverage.

Only numbers and plain strings come out; the templates draw them with presentation
attributes (no inline style, so the strict Content-Security-Policy allows them) and escape
every label.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from wirecheck.model import Article

WIDTH = 880
LEFT = 150  # room for outlet names
RIGHT = 30
ROW = 34
MAX_MARKS = 400
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
PALETTE = ("#1f5fa8", "#b3261e", "#1f7a4a", "#7a5a00", "#6b3fa0", "#00727a", "#a8431f", "#50565e")


@dataclass
class Chart:
    width: int
    height: int
    ticks: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    marks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.marks


def when(value: str | None) -> dt.datetime | None:
    """A naive UTC datetime from an ISO date or time; None for anything vaguer."""
    if not value or not _DAY.match(value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value if len(value) > 10 else value[:10])
    except ValueError:
        try:
            parsed = dt.datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


class _Scale:
    def __init__(self, moments: list[dt.datetime]) -> None:
        low, high = min(moments), max(moments)
        pad = max((high - low) * 0.05, dt.timedelta(hours=6))
        self.low, self.high = low - pad, high + pad

    def x(self, moment: dt.datetime) -> float:
        span = (self.high - self.low).total_seconds()
        return round(LEFT + (moment - self.low).total_seconds() / span * (WIDTH - LEFT - RIGHT), 1)

    def ticks(self, n: int = 6) -> list[dict[str, Any]]:
        step = (self.high - self.low) / n
        days = step >= dt.timedelta(days=1)
        out = []
        for i in range(n + 1):
            moment = self.low + step * i
            label = moment.strftime("%Y-%m-%d" if days else "%m-%d %H:%M")
            out.append({"x": self.x(moment), "label": label})
        return out


def colours(outlets: list[str]) -> dict[str, str]:
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}


def coverage_chart(members: list[Article]) -> Chart:
    """One row per outlet; a dot when it published (hollow for a syndicated copy)."""
    from wirecheck.web.views import outlet_columns, outlet_of

    dated = [(a, t) for a in members[:MAX_MARKS] if (t := when(a.published))]
    outlets = outlet_columns(members)
    chart = Chart(WIDTH, 40 + ROW * max(1, len(outlets)))
    if not dated:
        return chart
    scale = _Scale([t for _, t in dated])
    palette = colours(outlets)
    chart.rows = [{"y": 30 + ROW * i, "label": o} for i, o in enumerate(outlets)]
    row_of = {o: 30 + ROW * i for i, o in enumerate(outlets)}
    chart.ticks = scale.ticks()
    for article, moment in dated:
        outlet = outlet_of(article)
        chart.marks.append({
            "shape": "circle", "x": scale.x(moment), "y": row_of[outlet], "colour": palette[outlet],
            "hollow": bool(article.syndicated_of), "href": article.id,
            "title": f"{outlet} · {article.published} · {article.title or '(untitled)'}",
        })  # fmt: skip
    return chart


def timeline_chart(members: list[Article], names: dict[str, str]) -> Chart:
    """Articles on one lane, dated events on the other, labelled with type and trigger."""
    from wirecheck.web.views import outlet_columns, outlet_of

    articles = [(a, t) for a in members[:MAX_MARKS] if (t := when(a.published))]
    events = [(a, v, t) for a in members for v in a.events if (t := when(v.time))][:MAX_MARKS]
    chart = Chart(WIDTH, 150)
    moments = [t for _, t in articles] + [t for _, _, t in events]
    if not moments:
        return chart
    scale = _Scale(moments)
    palette = colours(outlet_columns(members))
    chart.ticks = scale.ticks()
    chart.rows = [{"y": 40, "label": "articles"}, {"y": 95, "label": "events"}]
    for article, moment in articles:
        chart.marks.append({
            "shape": "circle", "x": scale.x(moment), "y": 40,
            "colour": palette.get(outlet_of(article), PALETTE[-1]),
            "hollow": bool(article.syndicated_of), "href": article.id,
            "title": f"{outlet_of(article)} · {article.published} · {article.title or ''}",
        })  # fmt: skip
    for i, (event, moment, article, n) in enumerate(_merged(events)):
        actors = ", ".join(names.get(a, a) for a in event.actors[:3])
        times = f" ×{n}" if n > 1 else ""
        chart.marks.append({
            "shape": "diamond", "x": scale.x(moment), "y": 95, "colour": "#50565e",
            "hollow": event.mode != "asserted", "href": article.id,
            "label": f"{event.type.lower()}: {event.trigger}{times}", "label_y": 118 + 12 * (i % 3),
            "title": f"{event.type} “{event.trigger}” {event.time} ({event.mode}){times}"
                     + (f" · {actors}" if actors else ""),
        })  # fmt: skip
    return chart


def _merged(events: list[tuple[Article, Any, dt.datetime]]) -> list[tuple[Any, Any, Any, int]]:
    """One mark per (type, trigger, time, mode): outlets reporting one event share a diamond."""
    merged: dict[tuple[str, str, str | None, str], list[Any]] = {}
    for article, event, moment in events:
        key = (event.type, event.trigger.lower(), event.time, event.mode)
        if key in merged:
            merged[key][3] += 1
        else:
            merged[key] = [event, moment, article, 1]
    return [(e, m, a, n) for e, m, a, n in merged.values()]
