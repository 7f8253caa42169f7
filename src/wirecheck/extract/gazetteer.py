"""Gazetteers: countries (pycountry + our aliases and demonyms), cities, seats, word lists.

The data lives in `resources/places.tsv` and `resources/names.txt`; this module only loads it
once per process and answers look-ups by normalised name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

# Single names that are as often something else (a US state, a person, a word): the gazetteer
# confirms them as places only when spaCy already tagged them as one.
AMBIGUOUS = frozenset({"georgia", "jordan", "chad", "niger", "guinea", "turkey", "china"})
AMBIGUOUS |= {"washington", "victoria", "lima", "sofia", "santiago", "medina", "paris"}

_DOTS = re.compile(r"\.(?=\S|$)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Place:
    name: str  # the canonical name: the country's common name, else the alias itself
    kind: str  # country, demonym, city, region, seat
    code: str | None  # ISO 3166-1 alpha-3 (for city and seat: the country it belongs to)


# Entries per cache of a name's text. Names recur mostly within an article and a story, so a
# short memory catches most repeats; a bound keeps a refresh of a large store from holding
# every name ever seen (about 1 MB a cache when full).
NAME_CACHE = 8192


# Both are read for every capitalised token of every article and again for every mention
# in the corpus stages, mostly on names already seen: pure functions of the string, cached.
@functools.lru_cache(maxsize=NAME_CACHE)
def place_key(text: str) -> str:
    """Lower-case, accent-free, without a leading "the", dots or possessive: "the U.K." → "uk"."""
    text = fold(text).strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = _DOTS.sub("", text)
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=NAME_CACHE)
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: accents dropped, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=NAME_CACHE)
def place(text: str) -> Place | None:
    """The gazetteer entry for a name, or None; "US" must be upper-case to count."""
    key = place_key(text)
    found = places().get(key)
    if found is None and key.endswith("s"):
        singular = places().get(key[:-1])
        found = singular if singular and singular.kind == "demonym" else None
    if found is None:
        return None
    if len(key) <= 3 and not _DOTS.sub("", text.removeprefix("the ")).isupper():
        return None  # "us", "uk" in lower case are words, not countries
    return found


# Demonym endings → country-name endings, for demonyms our table does not list: Malawian →
# Malawi, Zambian → Zambia, Togolese → Togo, Mozambican → Mozambique.
_DEMONYM_ENDINGS = (
    ("ian", "ia"), ("ian", "i"), ("an", "a"), ("an", ""), ("n", ""), ("i", ""), ("ese", ""),
    ("ese", "a"), ("ese", "o"), ("can", "que"),
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """ISO alpha-3 of the country a demonym the table lacks names ("Malawian" → "MWI"), from
    country names by their usual endings; only a country's full name (four letters or more)
    counts, so "Dean" never becomes "De"."""
    key = place_key(word)
    key = key[:-1] if key.endswith("s") and not key.endswith("ss") else key
    for ending, replacement in _DEMONYM_ENDINGS:
        if not key.endswith(ending):
            continue
        candidate = key[: -len(ending)] + replacement
        found = places().get(candidate)
        if len(candidate) >= 4 and found is not None and found.kind == "country":
            return found.code
    return None


def country_name(code: str) -> str | None:
    """The everyday name of a country: "GBR" → "United Kingdom"."""
    return _country_names().get(code)


@functools.cache
def places() -> dict[str, Place]:
    """Normalised alias → Place: pycountry's names first, then our table (which wins)."""
    table: dict[str, Place] = {}
    names = _country_names()
    for code, name in names.items():
        for alias in _pycountry_aliases(code):
            table[place_key(alias)] = Place(name, "country", code)
    for row_code, kind, aliases in _places_rows():
        for alias in aliases:
            canonical = names[row_code] if kind == "country" and row_code else alias
            table[place_key(alias)] = Place(canonical, kind, row_code)
    return table


@functools.cache
def first_words() -> frozenset[str]:
    """First words of the gazetteer's multi-word names ("new" for "New Delhi"), folded."""
    return frozenset(re.split(r"[\s,-]+", key)[0] for key in places() if " " in key or "-" in key)


@functools.cache
def _country_names() -> dict[str, str]:
    """Code → everyday name: the first alias of our table, else pycountry's common name."""
    import pycountry

    names = {}
    for country in pycountry.countries:
        names[country.alpha_3] = getattr(country, "common_name", None) or _uninvert(country.name)
    for code, kind, aliases in _places_rows():
        if kind == "country" and code:
            names[code] = aliases[0]
    return names


def is_subdivision(name: str) -> bool:
    """A country's state, province, county or district by its name in ISO 3166-2 ("British
    Columbia", "Texas", "Cork"): an area that towns lie in. Not a country of the same name
    ("Luxembourg" is also a Belgian province)."""
    known = place(name)
    named = fold(name) in _subdivision_names() or fold(name) in _ENGLISH_SUBDIVISIONS
    return named and not (known and known.kind == "country")


# English names of states and regions that ISO 3166-2 gives in their own language ("Bayern",
# "Toscana", "Steiermark"), as English copy writes them.
_ENGLISH_SUBDIVISIONS = frozenset(
    fold(name)
    for name in (
        "Bavaria", "Lower Saxony", "Saxony", "Saxony-Anhalt", "Thuringia", "Hesse",
        "North Rhine-Westphalia", "Rhineland-Palatinate", "Lombardy", "Tuscany", "Piedmont",
        "Sicily", "Sardinia", "Apulia", "Catalonia", "Andalusia", "Brittany", "Normandy",
        "Burgundy", "Flanders", "Wallonia", "Styria", "Carinthia", "Tyrol", "Upper Austria",
        "Lower Austria",
    )
)  # fmt: skip


@functools.cache
def _subdivision_names() -> frozenset[str]:
    import pycountry

    return frozenset(fold(s.name) for s in pycountry.subdivisions)


def _pycountry_aliases(code: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    found = [country.name, _uninvert(country.name)]
    found += [getattr(country, key, None) or "" for key in ("common_name", "official_name")]
    return [alias for alias in found if alias]


def _uninvert(name: str) -> str:
    """ "Korea, Republic of" → "Republic of Korea"."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    return f"{tail} {head}" if tail.split()[-1].lower() in {"of", "the"} else name


@functools.cache
def _places_rows() -> list[tuple[str | None, str, list[str]]]:
    rows = []
    for line in _resource("places.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, aliases = line.split("\t")
        rows.append((None if code == "-" else code, kind, aliases.split("|")))
    return rows


@functools.cache
def words(section: str) -> frozenset[str]:
    """One section of `names.txt` ("title", "honorific", "org", ...), lower-cased."""
    current, found = "", []
    for line in _resource("names.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
        elif current == section:
            found.append(line)
    return frozenset(found)


def _resource(name: str) -> str:
    return resources.files("wirecheck.resources").joinpath(name).read_text(encoding="utf-8")
