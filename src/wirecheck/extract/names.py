"""Name forms: normalised keys, person name parts, transliteration skeletons, acronyms.

Shared by the per-article entity stage and the corpus-wide resolution, so that both compare
names the same way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from wirecheck.extract.gazetteer import NAME_CACHE, fold, words

_NON_WORD = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|ar|an|bin|ibn|abu|abd)-", re.IGNORECASE)
CONNECTORS = frozenset({"of", "the", "for", "and", "de", "du", "la", "le", "von", "van", "der"})
# British and American spellings of words common in names: "Centre" / "Center".
_SPELLING = {
    "centre": "center",
    "theatre": "theater",
    "organisation": "organization",
    "defence": "defense",
    "programme": "program",
    "labour": "labor",
    "harbour": "harbor",
    "mt": "mount",
    "st": "saint",
    "ft": "fort",
}
_CORPORATE = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh"})
# Spelling habits that transliteration varies: Zelenskyy / Zelenskiy / Zelensky,
# Gaddafi / Qaddafi / Kadhafi, Tchaikovsky / Chaikovsky, Wolodymyr / Volodymyr.
_SKELETON_RULES = (
    ("kh", "h"),
    ("dh", "d"),
    ("gh", "g"),
    ("th", "t"),
    ("ph", "f"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)


@dataclass(frozen=True)
class PersonName:
    first: str | None  # folded first given name or initial ("k" for "K."), None if absent
    last: str  # folded surname without particles ("thani" for "al-Thani")
    tokens: tuple[str, ...]  # folded name tokens, honorifics and suffixes removed


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip()


# Names recur within an article and across the corpus: the functions of a name's text below
# are pure, so each text is worked out once (`PersonName` is frozen, safe to share).
@functools.lru_cache(maxsize=NAME_CACHE)
def norm(text: str) -> str:
    """Folded, punctuation-free, single-spaced form used as a dictionary key."""
    text = fold(strip_possessive(text)).replace(".", "")
    text = _NON_WORD.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=NAME_CACHE)
def person_name(text: str) -> PersonName | None:
    """First name and surname of a person's name; honorifics and suffixes (Jr., QC) dropped."""
    tokens = [t for t in norm(text).split() if t]
    honorifics, suffixes = _honorifics_and_suffixes()
    while tokens and tokens[0] in honorifics:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in suffixes:
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = _PARTICLE.sub("", tokens[-1]) or tokens[-1]
    first = tokens[0] if len(tokens) > 1 else None
    return PersonName(first, last, tuple(tokens))


@functools.cache
def _honorifics_and_suffixes() -> tuple[frozenset[str], frozenset[str]]:
    honorifics = frozenset(h.rstrip(".") for h in words("honorific"))
    return honorifics, frozenset(s.rstrip(".") for s in words("suffix"))


def skeleton(word: str) -> str:
    """A spelling skeleton that transliteration variants share: "Zelenskyy" → "zelenski"."""
    text = "".join(c for c in fold(word) if c.isalpha())
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text


def first_names_agree(a: str | None, b: str | None) -> bool:
    """Equal given names, an initial and its name ("K" / "Keir"), or a close spelling."""
    if a is None or b is None:
        return True
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    from rapidfuzz.fuzz import ratio

    return ratio(skeleton(a), skeleton(b)) >= 80


@functools.lru_cache(maxsize=NAME_CACHE)
def org_key(text: str) -> str:
    """Organisation key: folded, without "the" and corporate suffixes ("Acme Corp." → "acme")."""
    tokens = [_SPELLING.get(t, t) for t in norm(text).split()]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _CORPORATE:
        tokens = tokens[:-1]
    return " ".join(tokens)


def acronym(text: str) -> str | None:
    """Initials of a multi-word name's content words: "North Atlantic Treaty Organization"."""
    tokens = [t for t in re.split(r"[\s-]+", strip_possessive(text)) if t]
    content = [t for t in tokens if t.lower() not in CONNECTORS]
    if len(content) < 2 or not all(t[:1].isupper() for t in content):
        return None
    return "".join(t[0] for t in content).upper()


def is_acronym(text: str) -> bool:
    """ "NATO", "U.N.", "WHO": two to six capitals, dots allowed."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
