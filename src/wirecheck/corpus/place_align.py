"""Where things happened, across outlets: one place told two ways, or two places for one thing.

A place claim is a place named in a sentence: a resolved place entity (a demonym counts as
its country: "Norwegian-registered" names Norway), or a capitalised name after a place
preposition ("off Ryde", "near Cowes"), which the entity stage often misses or mistypes. Its
gist is the words around it with the place itself taken out, so two outlets placing one thing
differently read alike. Sentence vectors are not needed: the shared common words of the two
windows decide ("collided ... in thick fog" / "collided ... in thick fog").

- agree: one resolved place under two names ("the U.K." / "Britain", "Norwegian" / "in
  Norway"). The same name in every outlet is no finding: every outlet names the story's town;
  but the hospital the injured were taken to is ("flown to Cairns Hospital"), unless an
  agreement on how many were taken there already holds the sentences.
- conflict: two places for one thing, when neither outlet names the other's place anywhere (an
  outlet that names both is describing two places, or one inside the other). A country is
  only ever set against a country (a town may lie inside one), a state, province or county
  (ISO 3166-2) only against another, and a region, a sea or a continent never conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wirecheck.corpus.claim import window
from wirecheck.corpus.claims import (
    CAPITALISED,
    Claim,
    capitalised_words,
    quoted_at,
    quoted_spans,
)
from wirecheck.corpus.date_align import content_words
from wirecheck.corpus.pairs import Pair, agreed_sentences, by_outlet, merge_agreements, outlet_pairs
from wirecheck.extract.gazetteer import is_subdivision
from wirecheck.extract.quantity_find import CURRENCY_WORD
from wirecheck.model import Article, Entity, Mention
from wirecheck.text_spans import sentence_around

PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}
NOT_PLACE_TYPES = {"PERSON", "ORG"}  # a capitalised name after "at" may be a company
# "Sarawak General Hospital", "Strathlinn Infirmary": the parser calls a hospital an
# organisation, yet where the injured were taken is a place outlets set against each other.
HOSPITAL_NAME = re.compile(r"\b(?:Hospital|Infirmary|Medical Cent(?:er|re))$")
PLACE_SHARED_WORDS = 2  # common words two windows must share to be about one thing
# An agreement needs more: every outlet names the story's country, under its several names.
PLACE_AGREE_WORDS = 3
# "off Ryde", "near the Cowes Roads", "outside Valletta": a place the parser may not tag.
PLACE_PHRASE = re.compile(
    r"\b(?:in|at|off|near|outside|inside)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:de\s+|of\s+)?[A-Z][\w'’-]+){0,3})"
)
NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|"
    r"Parliament|Court|Congress|Government)\b"
)
# Capitalised words that say nothing of what is placed: a sentence's first word, days, months.
NOT_PLACE_NAME_WORDS = {
    "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "but", "and",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
FACILITY_WORDS = {
    "airport", "station", "port", "harbour", "harbor", "bridge", "square", "street", "palace",
    "hospital", "stadium", "tunnel", "dam", "mine", "colliery", "plant", "base", "camp",
}  # fmt: skip
COUNTRY = "country:"  # key prefix of a place that carries a country code
STREET = re.compile(r"\b(?:Street|Avenue|Road|Lane|Square|Plaza|Boulevard|Drive)$")
WATER = re.compile(r"^(?:Lake|Loch|Lough|River)\b|\b(?:River|Lake|Reservoir)$")
# Continents and other wide areas: they hold the places they are set against. The nations of
# the United Kingdom are subdivisions in ISO 3166-2, as their counties are, yet hold them
# ("England" / "Lincolnshire", "Scotland" / "Highland").
WIDE = re.compile(
    r"(?:Europe|European|Africa|African|Asia|Asian|Oceania|Antarctica|Arctic|Middle East|"
    r"Latin America|Caribbean|Scandinavia|Scandinavian|Balkans|Gulf|Atlantic|Pacific|"
    r"Mediterranean|Baltic|North Sea|England|Scotland|Wales|Northern Ireland|"
    # mountain ranges, which lie across several states and countries
    r"Alps|Pyrenees|Andes|Himalayas?|Rockies|Rocky Mountains|Apennines|Carpathians|Dolomites|"
    r"Appalachians|Urals|Caucasus)\b"
)
# "West Java", "Northern Cape", "Upper Austria": a name with a compass word is a region, which
# a town of the other outlet may well lie in.
COMPASS = re.compile(r"(?:(?:North|South|East|West)(?:ern)?|Central|Upper|Lower)\s+[A-Z]")
BASED = re.compile(r"-(?:based|headquartered|registered)\b", re.IGNORECASE)
# "a Liberian-flagged ship", "Danish-built satellites": a thing's flag or maker, set only
# against another outlet's flag or maker, never against where the story happened.
ATTRIBUTE = re.compile(r"-(?P<what>flagged|owned|born|made|built)\b", re.IGNORECASE)
ATTRIBUTE_BEFORE = re.compile(r"\b(?P<what>built|made|owned)\s+by\s+(?:an?\s+|the\s+)?$", re.I)
# What stands between a person and the place of their home or work: "Eimear Daly, who runs a
# pharmacy in Ballincollig", "Siobhan Gallagher, 29, a teacher in Drogheda".
PERSON_PLACE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:who\s+(?:runs|owns|lives|works|farms|teaches)\s+)?"
    r"(?:(?:an?|the|his|her)\s+)?(?:[\w-]+\s+){0,3}(?:in|near|from|outside)\s+(?:the\s+)?$"
)
PERSON_PLACE_GAP = 60
MARKET_AFTER = re.compile(r"(?:\s+and\s+[A-Z]\w+)?\s+markets?\b")
CURRENCY_AFTER = re.compile(rf"\s+(?:{CURRENCY_WORD})(?:e?s)?\b", re.IGNORECASE)
# "the San Martín region", "the Amazon region": areas that overlap in ways no list tells, so
# two of them never conflict.
AREA = re.compile(
    r"\s+(?:region|province|state|area|district|county|valley|basin|coast|department"
    r"|territory|peninsula|highlands|islands|sea|ocean|gulf|bay|strait|channel)\b",
    re.IGNORECASE,
)


def place_claims(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    """One claim per place named in the article's body, outside quotations."""
    quoted = quoted_spans(article)
    names = capitalised_words(article.text)
    claims = []
    for start, end, key in _places(article, entities):
        if quoted_at(start, quoted):
            continue
        sentence = sentence_around(article.text, start)
        window = _window(article.text, start, end, sentence)
        slot = _person_slot(article, start) or _attribute_slot(article.text, start, end)
        claims.append(
            Claim(
                article.id, outlet, "place", "place", slot, article.text[start:end],
                *sentence, article.text[sentence[0] : sentence[1]], context=window,
                places=frozenset({key}), article_names=names,
            )
        )  # fmt: skip
    return claims


def _attribute_slot(text: str, start: int, end: int) -> str:
    """ "place", or "place (built)" for a maker ("Danish-built", "built by a Finnish firm"),
    "place (flagged)" for a flag, "place (market)" for a market: set only against the same
    attribute."""
    found = ATTRIBUTE.match(text, end) or ATTRIBUTE_BEFORE.search(text, max(0, start - 30), start)
    if found:
        return f"place ({found['what'].lower()})"
    # "packaged for the Canadian market": where goods are sold, set only against a market
    return "place (market)" if MARKET_AFTER.match(text, end) else "place"


def _person_slot(article: Article, start: int) -> str | None:
    """ "place (of daly)" for where a person named just before lives or works ("Eimear Daly,
    who runs a pharmacy in Ballincollig", "Tom Hartigan, 71, a farmer near Abbeyfeale"): set
    only against that person's place, never against another person's or the story's."""
    for mention in article.mentions:
        if mention.type != "PERSON" or not 0 < start - mention.end <= PERSON_PLACE_GAP:
            continue
        if PERSON_PLACE.match(article.text[mention.end : start]):
            return f"place (of {article.text[mention.start : mention.end].split()[-1].lower()})"
    return None


def _places(article: Article, entities: dict[str, Entity]) -> list[tuple[int, int, str]]:
    found: dict[int, tuple[int, int, str]] = {}
    for mention in article.mentions:
        entity = entities.get(mention.entity or "")
        if CURRENCY_AFTER.match(article.text, mention.end):
            continue  # "1.9 billion Swedish crowns", "Australian dollars": money, not a place
        if BASED.match(article.text, mention.end):
            continue  # "a Mumbai-based group": where a company sits, not where things happened
        if _is_place(article.text, mention) and entity is not None:
            found[mention.start] = (mention.start, mention.end, _key(entity))
    others = [
        (m.start, m.end)
        for m in article.mentions
        if m.type in NOT_PLACE_TYPES and not _is_place(article.text, m)
    ]
    for match in PLACE_PHRASE.finditer(article.text):
        start, end = match.span("name")
        taken = any(s < end and start < e for s, e, _ in found.values())
        named = any(s < end and start < e for s, e in others)  # a person or a company
        if not (taken or named or NOT_PLACES.match(match["name"])):
            found[start] = (start, end, match["name"].lower())
    return [_with_area(article.text, *place) for place in sorted(found.values())]


def _is_place(text: str, mention: Mention) -> bool:
    if mention.type in PLACE_TYPES:
        return True
    return mention.type == "ORG" and bool(HOSPITAL_NAME.search(text, mention.start, mention.end))


def _with_area(text: str, start: int, end: int, key: str) -> tuple[int, int, str]:
    area = AREA.match(text, end)
    return (start, area.end() if area else end, key)


def _key(entity: Entity) -> str:
    return f"{COUNTRY}{entity.code}" if entity.code else entity.id


def _window(text: str, start: int, end: int, sentence: tuple[int, int]) -> str:
    """The words around the place, the place taken out."""
    left, right = window(text, start, end, *sentence)
    return f"{text[left:start]} {text[end:right]}"


def align_places(claims: list[Claim], found: Iterable[Pair] = ()) -> list[Pair]:
    """Place agreements (grouped) and conflicts (pairwise), each claim used once per outlet
    pair, the windows with most words in common first. The hospital the injured were taken
    to is no agreement of its own where an agreement `found` before (on how many were taken)
    already holds its sentences."""
    groups = by_outlet(claims, "place")
    # An outlet naming no place names none.
    named: dict[str, set[str]] = {claim.outlet: set() for claim in claims}
    named |= {outlet: _names(group) for outlet, group in groups.items()}
    pairs = []
    for lefts, rights in outlet_pairs(groups):
        for _, left, right in _counterparts(lefts, rights):
            pair = _place_pair(left, right, named)
            pairs += [pair] if pair else []
    held = agreed_sentences(found)
    agreements = [
        p
        for p in merge_agreements(pairs)
        if not (
            all(_taken_to(c) for c in p.claims)
            and all((c.article, c.start) in held for c in p.claims)
        )
    ]
    return [p for p in pairs if p.kind == "conflict"] + agreements


def _names(group: list[Claim]) -> set[str]:
    """Every place key an outlet uses, and every capitalised word of its article."""
    names: set[str] = set()
    for claim in group:
        names |= claim.places | claim.article_names
    return names


def _counterparts(lefts: list[Claim], rights: list[Claim]) -> list[tuple[int, Claim, Claim]]:
    """One to one: a country is placed against a country, a town against a town."""
    right_words = [_window_words(right) for right in rights]
    scored = []
    for left in lefts:
        words = _window_words(left)
        for right, theirs in zip(rights, right_words, strict=True):
            shared = len(words & theirs)
            alike = _is_country(left) == _is_country(right) and left.slot == right.slot
            if shared >= PLACE_SHARED_WORDS and alike:
                scored.append((shared, left, right))
    taken: set[int] = set()
    chosen = []
    for shared, left, right in sorted(scored, key=lambda s: (-s[0], s[1].start, s[2].start)):
        if id(left) not in taken and id(right) not in taken:
            taken |= {id(left), id(right)}
            chosen.append((shared, left, right))
    return chosen


def _window_words(claim: Claim) -> set[str]:
    """The common words around a place, and the names in them ("Calder Vale General
    Hospital in Halifax" / "... in Huddersfield": one hospital, placed in two towns)."""
    names = {word.lower() for word in CAPITALISED.findall(claim.context)}
    return content_words(claim.context) | names - NOT_PLACE_NAME_WORDS


def _place_pair(left: Claim, right: Claim, named: dict[str, set[str]]) -> Pair | None:
    if left.places == right.places:
        # An agreement needs common words, not only names: every report of a summit names
        # its prime ministers beside the country.
        common = len(content_words(left.context) & content_words(right.context))
        taken = _taken_to(left) and _taken_to(right)
        if _same_words(left.value, right.value) and not taken and _is_setting(left, named):
            return None
        if common < PLACE_AGREE_WORDS and not taken:
            return None
        summary = (
            f"{left.outlet} ({left.value}) and {right.outlet} ({right.value}) name the same place."
        )
        return Pair("agree", "place", summary, [left, right])
    if _named_by(right, named[left.outlet]) or _named_by(left, named[right.outlet]):
        return None
    if any(
        AREA.search(c.value) or WIDE.match(c.value) or COMPASS.match(c.value) for c in (left, right)
    ):
        return None
    if is_subdivision(left.value) != is_subdivision(right.value):
        return None  # "British Columbia" / "Prince George": the town may lie in the province
    if _scale(left.value) != _scale(right.value):
        return None  # "Republic Square" / "Varenia", "Lake Michigan" / "Muskegon"
    summary = f"Place: {left.outlet} says {left.value}, {right.outlet} says {right.value}."
    return Pair("conflict", "place", summary, [left, right])


# The hospital someone was taken to: "flown by helicopter to Cairns Hospital", "remained in
# Cairns Hospital", "was being treated at St. Anselm Regional Medical Center".
TAKEN_TO = re.compile(
    r"\b(?:taken|flown|airlifted|transferred|rushed|brought|admitted|treated|remain(?:s|ed)?|"
    r"recovering|condition)\b"
)


def _taken_to(claim: Claim) -> bool:
    return _scale(claim.value) == "hospital" and bool(TAKEN_TO.search(claim.context))


def _is_setting(claim: Claim, named: dict[str, set[str]]) -> bool:
    """Whether a place named alike is the story's setting: a town, or a hospital every outlet
    names (the nurses' strike at St. Aldric's). The hospital the injured were taken to, which
    only some outlets name, is a finding."""
    if _scale(claim.value) != "hospital":
        return True
    return all(_named_by(claim, names) for names in named.values())


def _scale(name: str) -> str:
    """A street or square, a hospital, a lake or river, or a place of any other size: a
    street lies in a town and a town beside a lake, so only places of one scale are set
    against each other."""
    if STREET.search(name):
        return "street"
    if HOSPITAL_NAME.search(name):
        return "hospital"  # the injured were taken to a hospital, which lies in a town
    return "water" if WATER.search(name) else "place"


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a.lower()).strip() == re.sub(r"\W+", " ", b.lower()).strip()


def _named_by(claim: Claim, names: set[str]) -> bool:
    """Whether the other outlet names this place: its key, or every word of its name but the
    kind of place ("Bergen Airport" is named by an outlet writing "Bergen's airport")."""
    words = {word.lower() for word in CAPITALISED.findall(claim.value)} - FACILITY_WORDS
    return bool(claim.places & names) or bool(words) and words <= names


def _is_country(claim: Claim) -> bool:
    return any(key.startswith(COUNTRY) for key in claim.places)
