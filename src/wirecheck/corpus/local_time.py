"""Publication times written without a zone, read in the zone of the article's dateline.

Many text files and feeds stamp an article "Published 2026-11-18 19:45" and nothing more.
Taken as UTC, a New Zealand wire report filed at 19:45 local time sorts eleven hours after the
aggregator page that copied it at 21:00+13:00, and the copy is taken for the original
(`syndication` marks later copies of the first one it meets). The dateline says where the
report was filed: where its country keeps one time (New Zealand, France, Kenya), the stamp is
read in that country's zone; in a country of several zones, a town the tz database names a
zone after ("PERTH" -> Australia/Perth, "NEW YORK") or the state or province after the town
("LENWOOD FALLS, Ohio", "HALBROOK, Ont.": `region_zones`) tells the zone. Other datelines in
such countries (a bare US town, Russia) and datelines we cannot place keep the old reading,
UTC, rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wirecheck.extract.gazetteer import place
from wirecheck.resources.region_zones import REGION_ZONES

# How the tz database's zone.tab marks a country's main zone among island and enclave ones.
MAIN_ZONE = re.compile(r"^most of |\(mainland\)|\(most areas")
# Full region names in any case ("OHIO"); abbreviations only as `REGION_ZONES` writes them.
_REGIONS_BY_NAME = {name.casefold(): zone for name, zone in REGION_ZONES.items() if len(name) > 4}


def local_instant(published: str | None, dateline: str | None) -> float | None:
    """Days since the epoch (UTC) of an ISO date-time; a time without a zone is read in the
    dateline's zone (`dateline_zone`), else as UTC. None when unreadable."""
    moment = _parsed(published)
    if moment is None:
        return None
    if moment.tzinfo is None:
        zone = dateline_zone(dateline) if _has_clock(published or "") else None
        moment = moment.replace(tzinfo=zone or dt.UTC)
    return moment.timestamp() / 86400.0


def dateline_zone(dateline: str | None) -> ZoneInfo | None:
    """The time zone of a dateline: the zone named after its town ("PERTH" ->
    Australia/Perth), else its country's one main zone ("WELLINGTON" -> Pacific/Auckland,
    "CATANIA, Italy" -> Europe/Rome); None when unknown or when the country has several."""
    if not dateline:
        return None
    return _zone_of(dateline.strip())


@functools.lru_cache(maxsize=1024)
def _zone_of(dateline: str) -> ZoneInfo | None:
    parts = [p.strip() for p in dateline.split(",") if p.strip()]
    if not parts:
        return None
    # "TOWN, Country" names its country (or region) last; a bare town is looked up itself.
    country = _country_of(parts[-1])
    # A town the tz database names a zone after ("PERTH" -> Australia/Perth): the one way to
    # tell the zone in a country of several; not when the dateline names another country
    # ("PERTH, Scotland").
    town = _city_zones().get(parts[0].casefold())
    if town and (len(parts) == 1 or town[1] == country):
        name: str | None = town[0]
    elif len(parts) > 1 and (region := _region_zone(parts[-1])):
        name = region  # "LENWOOD FALLS, Ohio", "HALBROOK, Ont."
    else:
        name = _single_zones().get(country or "")
    try:
        return ZoneInfo(name) if name else None
    except ZoneInfoNotFoundError:
        return None


def _region_zone(region: str) -> str | None:
    """The zone of a state or province as a dateline writes it ("Ohio", "Pa.", "NSW")."""
    return REGION_ZONES.get(region) or _REGIONS_BY_NAME.get(region.casefold())


def _country_of(name: str) -> str | None:
    """ISO alpha-2 code of the country a place name lies in, per our gazetteer."""
    found = place(name)
    return _alpha2(found.code) if found is not None and found.code else None


@functools.cache
def _city_zones() -> dict[str, tuple[str, str]]:
    """Lower-case town -> (the zone named after it, its country): "new york" ->
    (America/New_York, US)."""
    return {
        fields[2].rsplit("/", 1)[-1].replace("_", " ").casefold(): (fields[2], fields[0])
        for fields in _zone_rows()
    }


@functools.cache
def _single_zones() -> dict[str, str]:
    """Country (ISO alpha-2) -> its zone: the only one the tz database lists for it, or the
    one it marks as covering most of the country ("most of New Zealand", "Spain (mainland)")
    where the others are islands or enclaves. Countries with several such zones are left out."""
    zones: dict[str, list[tuple[str, str]]] = {}
    for fields in _zone_rows():
        comment = fields[3] if len(fields) > 3 else ""
        zones.setdefault(fields[0], []).append((fields[2], comment))
    chosen = {}
    for country, listed in zones.items():
        main = [name for name, comment in listed if len(listed) == 1 or MAIN_ZONE.search(comment)]
        if len(main) == 1:
            chosen[country] = main[0]
    return chosen


def _zone_rows() -> list[list[str]]:
    """zone.tab's rows: country code, coordinates, zone name and, for some, a comment."""
    lines = _zone_table().splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _zone_table() -> str:
    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        return ""  # without the tz database every stamp keeps the UTC reading


@functools.cache
def _alpha2(alpha3: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return str(country.alpha_2) if country else None


def _parsed(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return dt.datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None


def _has_clock(value: str) -> bool:
    """A bare date ("2026-11-18") stays midnight UTC: it says nothing about the hour."""
    return "T" in value.strip() or " " in value.strip()
