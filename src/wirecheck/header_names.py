"""Names in an article's header: people in a byline or contributor line, outlets, and wire
agencies, read with the word lists and patterns of `cleanrules`."""

from __future__ import annotations

import re

from wirecheck import cleanrules as R

# A copyright trailer and its holder: "Copyright 2026 Tidewater Press Agency", "© Northgate
# Gazette 2027. All rights reserved."
_COPYRIGHT = re.compile(
    r"^\s*(?:Copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}\s+)?(?P<holder>[A-Z][\w&.'’ -]{1,60}?)"
    r"(?:\s+\d{4})?\.?(?:\s+All rights reserved\.?)?\s*$",
    re.IGNORECASE,
)
# Words that make a tag in parentheses a press or wire service ("(Meridian Press)").
_WIRE_WORDS = frozenset(["press", "wire", "wires", "newswire", "agency", "service"])


def agency_name(text: str) -> str | None:
    """Our name for a wire agency written any common way ("Associated Press" -> "AP")."""
    return R.AGENCIES.get(fold_name(text))


def own_wire(tag: str | None, source: str | None) -> str | None:
    """The outlet as the wire agency of its own story: "MARLBRIDGE (MPA) —" under the header
    "Meridian Press Agency" is that agency's copy, though our list does not know it."""
    if not tag or not source or agency_name(tag) or tag == source:
        return None
    words = R.CAMEL_WIRE.sub(r"\1 \2", source).replace("-", " ").split()
    initials = "".join(w[0].upper() for w in words if w.lower() not in R.MINOR_WORDS)
    return source if initials == tag.replace(".", "") else None


def copied_wire(tag: str | None, source: str | None) -> str | None:
    """The wire whose copy an outlet runs: "PARIS, April 15 (Meridian Press) -" on the
    Coastline Daily's page names the copy's agency, a press or wire service of two words or
    more that is not the page's own outlet."""
    if not tag or not source or fold_name(tag) in fold_name(source):
        return None  # "(Northern Wire)" on The Northern Wire's own page
    words = tag.split()
    wired = {w.lower() for w in words} & _WIRE_WORDS
    return tag if len(words) >= 2 and wired and outlet_cased(tag) == tag else None


def fold_name(text: str) -> str:
    return " ".join(text.lower().replace(".", "").split())


def is_person_name(text: str) -> bool:
    """Two to five capitalised words, particles allowed: "Jane Roe", "Ursula von der Leyen"."""
    words = text.split()
    if (
        not 2 <= len(words) <= 5
        or words[0].lower() in R.NAME_PARTICLES | R.ARTICLES | R.COMPASS_WORDS
    ):
        return False  # "The North", "West Country": a section or a region, never a person
    return all(R.NAME_TOKEN.match(w) or w in R.NAME_PARTICLES for w in words)


def authors_and_outlet(who: str) -> tuple[list[str], str]:
    """An aggregator byline's people and outlet. Those exports always name the outlet, last:
    "Jess Arden, Nowline" is Jess Arden writing for Nowline, "A and B, The Oresund Times" two
    people for it; without people's names before the last comma the whole is the outlet
    ("Daily Planet", "Smith, Jones & Co")."""
    people, comma, outlet = who.rpartition(",")
    names = split_names(people) if comma else []
    return (names, outlet.strip()) if names else ([], who.strip())


def _channel(word: str) -> bool:
    """A channel's number or a station's frequency ("WKRM 9 News", "Riverbend 98.1 News")."""
    return word.isdigit() or bool(re.fullmatch(r"\d{2,3}\.\d", word))


def outlet_cased(text: str) -> str | None:
    """`text` as an outlet's name when every word may stand in one (capitalised, a channel
    number as in "WKRM 9 News" or a frequency, "&" or a small word), in title case if written
    in capitals."""
    if not all(
        w[0].isupper() or _channel(w) or w.lower() in R.MINOR_WORDS or w == "&"
        for w in text.split()
    ):
        return None
    return text.title() if text.isupper() else text


def split_names(text: str) -> list[str]:
    """People in "A in Geneva and B in Cairo", "A, B and C": places dropped; [] if not names."""
    names: list[str] = []
    for piece in R.NAME_LIST_SPLIT.split(_drop_role_prefix(text.strip().rstrip(".,"))):
        head = R.NAME_LOCATION.sub("", piece)  # the commas after "in Mombasa, Kenya" are a place
        for name in (n.strip() for n in head.split(",")):
            if not is_person_name(name):
                return []
            names.append(name)
    return names


def _drop_role_prefix(text: str) -> str:
    """ "Associated Press writer Evelyn Mutua" -> "Evelyn Mutua": the job title is not a name.
    A title of several role words ("Staff writer Ana Liu", "Times staff writers A and B") goes
    whole, so its last role word does not stay before the name."""
    words = text.split()
    for n, word in enumerate(words[:6]):
        if _is_role(word):
            rest = n + 1
            while rest < len(words) and _is_role(words[rest]):
                rest += 1
            return " ".join(words[rest:])
    return text


def _is_role(word: str) -> bool:
    bare = word.lower().strip(",")
    return bare in R.ROLE_WORDS or bare.removesuffix("s") in R.ROLE_WORDS  # "writers"


def contributor_names(line: str) -> list[str] | None:
    """Reporters credited in a contributor line; None when the line is not one."""
    segments = [s for s in line.strip().strip("()").split(";") if s.strip()]
    if not segments:
        return None
    names: list[str] = []
    for segment in segments:
        found = _segment_names(segment)
        if found is None:
            return None
        names.extend(found)
    return names


def _segment_names(segment: str) -> list[str] | None:
    if R.CREDIT_ROLES.match(segment):
        return []
    for pattern in (R.CONTRIBUTOR_ROLES, R.CONTRIBUTED, R.CONTRIBUTING, R.WITH_FILES):
        match = pattern.match(segment)
        if match:
            names = split_names(match.group("names"))
            return names or None
    return None


def copyright_holder(line: str) -> str | None:
    """Who a copyright trailer names ("Copyright 2026 Tidewater Press Agency")."""
    found = _COPYRIGHT.match(line)
    return found["holder"].strip() if found else None
