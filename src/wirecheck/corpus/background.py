"""Background only one outlet gives: a sentence that dates something with a year no other
outlet of the story names ("The ferry was built in 1995", "the hospital was hit by a smaller
cyberattack in 2021", "close the last mines by 2049").

The history or the horizon of a story is where outlets differ most in what they tell: one
reporter looked up the ship's age or the earlier attack, the others did not. A reader comparing
coverage wants to know which outlet adds that. The year itself is the test: a year that no
other outlet's article names anywhere is background only this outlet supplies (a year another
outlet names, in any words, belongs to a fact they share). Decades ("since the 1990s") are too
loose to say that. Words inside quotation marks are a speaker's, not the outlet's, and a
sentence holding a claim another outlet compares is already covered by that finding.

A person's time in office ("has represented the district since 2019", "served as mayor from
2013 to 2021") is not: it is how a reporter introduces someone, which other outlets do in other
words ("the two-term councillor"), never what one outlet found out.

A place in a series is background of the same sort, with or without a year: "It was the third
derailment on the line this year", "the second chief executive to quit in two years", "the
first walkout at the mill since the war". One outlet counted back through the record; unless another
outlet gives the same place in a series, that history is only its own.
"""

from __future__ import annotations

import re
from collections import Counter

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.date_align import STEM, content_words
from wirecheck.corpus.pairs import Pair, merge_agreements, merge_conflicts
from wirecheck.corpus.story_text import opening_end
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

BACKGROUND = "background"
# Not the year of a date in figures ("24/11/2026 08:00" in a byline left in the text): that
# dates the report, it tells no history.
YEAR = re.compile(r"(?<![/.])\b(?:19|20)\d\d\b(?!s|['’]s)")
YEAR_TOPIC = "year"
SERIES_SLOT = "series"  # a background claim for a place in a series, not a year
# Past tenses without a regular ending: "the last swarm hit the coast in 2019", "was first used
# in 2021", "It was cast in 2022".
IRREGULAR_PAST = (
    "laid|made|began|used|hit|struck|saw|won|swept|took|held|lost|sold|set|ran|cast|found|shut"
    "|fell|rose|came|left|led|met|sank"
)
# "opened in 1968", "was built in 1995", "founded in early 1932", a sentence's opening "Founded
# in 2011, ...": a deed of the past and its year; the deed's object may stand between ("entered
# parliament in 2010", "separated its first conjoined twins in 2001")
DATED_DEED = re.compile(
    rf"\b(?P<verb>(?:^[A-Z])?[a-z]{{3,}}(?:ed|en|lt|ght)|{IRREGULAR_PAST})\s+"
    r"(?:[A-Za-z'’-]+\s+){0,6}?"
    r"in\s+(?:early\s+|late\s+|mid-)?(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!s|['’]s)"
)
# Verbs that date one deed: a pipe "laid in 1966" and the main "installed in 1972".
SAME_DEED_VERBS = {
    "laid": "built", "installed": "built", "constructed": "built", "erected": "built",
    "completed": "built",
    "inaugurated": "opened", "established": "founded", "created": "founded",
    "lodged": "submitted", "filed": "submitted",
    # a ship lost: "sank in a storm in 1921" / "vanished ... in November 1923"
    "vanished": "sank", "disappeared": "sank", "foundered": "sank", "wrecked": "sank",
}  # fmt: skip
# Verbs that date where a thing came from: an article telling its one ship, building, paper or
# festival dates it once with each.
ORIGIN_VERBS = {"built", "founded", "opened", "published", "launched", "discovered"}
TENURE = re.compile(
    r"\b(?:led|leads|represented|represents|served|serves|chaired|chairs|headed|heads|ruled"
    r"|governed|held\s+(?:the\s+)?(?:post|office|seat))\b[^.;]{0,60}?\b(?:since|from)\s+"
    r"(?:(?:early|late|mid-)\s*)?(?:19|20)\d\d\b(?:\s+(?:to|until)\s+(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)
# In words: "the 2nd District", "the 87th minute" name things rather than count a series.
ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# "the third derailment on the coastal line this year": an ordinal, a few words that
# name what is counted, and the stretch of time counted over. "The first" with no such stretch
# ("the first flights resumed") is no series.
SERIES = re.compile(
    rf"\bthe\s+(?P<ordinal>{ORDINALS})\s+(?:[\w'’-]+\s+){{0,7}}?"
    r"(?:this\s+(?:year|month|week|season|decade|century)|since\b"
    r"|in\s+(?:\d+|a|two|three|four|five|six|ten|twelve)\s+(?:years?|months?|weeks?|days?|decades?)"
    r"|in\s+a\s+row|on\s+record)",
    re.IGNORECASE,
)


def years_named(text: str) -> frozenset[str]:
    return frozenset(YEAR.findall(text))


def background_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per sentence of the article that names a year or a place in a series, outside
    quotations, in the order of the text."""
    quoted = quoted_spans(article)
    named = years_named(article.text)
    first_end = opening_end(article.text)
    claims: dict[tuple[int, int], Claim] = {}
    for match, slot in _marks(article.text):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        if (start, end) in claims:
            continue
        value = match.group() if slot == BACKGROUND else match["ordinal"].lower()
        claims[(start, end)] = Claim(
            article.id, outlet, BACKGROUND, BACKGROUND, slot, value, start, end,
            article.text[start:end], lead=start < first_end, article_years=named,
        )  # fmt: skip
    return [claims[span] for span in sorted(claims)]


def _marks(text: str) -> list[tuple[re.Match[str], str]]:
    """The years and the places in a series the text names, each with its claim's slot, leaving
    out those of a person's time in office."""
    tenures = [m.span() for m in TENURE.finditer(text)]

    def in_office(offset: int) -> bool:
        return any(start <= offset < end for start, end in tenures)

    years = [(m, BACKGROUND) for m in YEAR.finditer(text) if not in_office(m.start())]
    series = [(m, SERIES_SLOT) for m in SERIES.finditer(text) if not in_office(m.end() - 1)]
    return years + series


def background_only_here(claim: Claim, claims: list[Claim]) -> bool:
    """Whether no other outlet's article names the year of this background claim, nor, for a
    place in a series, gives the same place in a series ("the third attack this year")."""
    years = years_named(claim.text)
    others = [o for o in claims if o.kind == BACKGROUND and o.outlet != claim.outlet]
    if any(years & other.article_years for other in others):
        return False
    return claim.slot != SERIES_SLOT or not any(
        other.slot == SERIES_SLOT and other.value == claim.value for other in others
    )


def align_background_years(claims: list[Claim]) -> list[Pair]:
    """Two outlets dating one deed of the story's past to different years ("The bridge,
    opened in 1968" / "The bridge was opened in 1971"): the same verb right before the year,
    a word of the sentences besides it in common. Once two outlets disagree so, every outlet
    giving one of those years for that verb stands on that side (the third outlet's
    "crossing ..., opened in 1968" need not share the others' words); the agreement of a side
    itself is no news."""
    dated = [(c, d) for c in claims if c.kind == BACKGROUND for d in _dated_deeds(c)]
    combos = _cross_outlet(dated)
    once = _dated_once(dated)
    disputed = {
        (verb, frozenset({year, other}))
        for (left, (verb, year)), (right, (other_verb, other)) in combos
        if verb == other_verb
        and year != other
        and (_same_subject(left, right, verb) or _both_once(left, right, verb, once))
    }
    pairs = []
    for (left, (verb, year)), (right, (other_verb, other)) in combos:
        if verb != other_verb or not any(verb == v for v, _ in disputed):
            continue
        if year == other:
            pairs.append(Pair("agree", YEAR_TOPIC, "", [left, right]))
        elif (verb, frozenset({year, other})) in disputed:
            summary = f"{YEAR_TOPIC}: {left.outlet} says {year}, {right.outlet} says {other}."
            pairs.append(Pair("conflict", YEAR_TOPIC, summary, [left, right]))
    agreements = merge_agreements(pairs)
    return merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements)


def _both_once(left: Claim, right: Claim, verb: str, once: set[tuple[str, str]]) -> bool:
    return (left.outlet, verb) in once and (right.outlet, verb) in once


def _dated_once(dated: list[Dated]) -> set[tuple[str, str]]:
    """(outlet, verb) of the origin verbs ("built", "founded", "published") an outlet dates
    once: two outlets each dating the story's one ship, festival or paper ("It was published
    in 2022" / "It was published in 2021") need no word in common to speak of one thing."""
    counts = Counter((claim.outlet, verb) for claim, (verb, _) in dated if verb in ORIGIN_VERBS)
    return {key for key, n in counts.items() if n == 1}


def _dated_deeds(claim: Claim) -> list[tuple[str, str]]:
    """(verb, year) for each "VERB in YEAR" of the sentence ("opened in 1968")."""
    found = DATED_DEED.finditer(claim.text)
    return [(SAME_DEED_VERBS.get(m["verb"].lower(), m["verb"].lower()), m["year"]) for m in found]


Dated = tuple[Claim, tuple[str, str]]  # a background claim and one (verb, year) of it


def _cross_outlet(dated: list[Dated]) -> list[tuple[Dated, Dated]]:
    """Every two dated deeds from different outlets."""
    return [
        (a, b) for i, a in enumerate(dated) for b in dated[i + 1 :] if a[0].outlet != b[0].outlet
    ]


def _same_subject(left: Claim, right: Claim, verb: str) -> bool:
    """A word in common besides the verb; here a capitalised one counts too: what was dated
    is often a name or opens the sentence ("Wolves returned to the canton in 2012")."""
    shared = _subject_words(left.text) & _subject_words(right.text)
    return bool(shared - {verb[:STEM]})


def _subject_words(text: str) -> set[str]:
    capitalised = {w.lower()[:STEM] for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text)}
    return content_words(text) | capitalised
