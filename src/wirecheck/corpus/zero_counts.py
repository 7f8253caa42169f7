"""Tolls of none: "No one was injured", "nobody was hurt", "No deaths have been reported",
"No one died".

An outlet that says nobody was hurt contradicts one that counts four injured passengers, and
that is among the first discrepancies a reader checks. The quantities layer only holds figures,
so these sentences become count claims of zero here, on the toll topics they name (`injured`,
`casualties`). They are compared like any count: a zero meets a figure on the same topic as a
conflict (the intervals [0, 0] and [4, 4] do not overlap).

Narrow on purpose: a qualified zero ("nobody was seriously hurt", "no one else was killed")
says nothing against a count of minor injuries or of other victims (the first is compared only
with other outlets' qualified zeros, as the toll of the seriously injured), and "no casualties"
is left out because outlets use it for the dead, the hurt, or both. Words inside quotation marks
are a speaker's, not the outlet's claim.
"""

from __future__ import annotations

import re

from wirecheck.corpus.claims import Claim, quoted_at, quoted_spans
from wirecheck.corpus.story_text import opening_end
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

VERBS = {
    "injured": "injured", "hurt": "injured", "wounded": "injured", "harmed": "injured",
    "killed": "casualties",
}  # fmt: skip
NOUNS = {"injuries": "injured", "deaths": "casualties", "fatalities": "casualties"}
NO_ONE = r"[Nn]o one|[Nn]o-one|[Nn]obody"
NOBODY = re.compile(
    rf"\b(?P<who>{NO_ONE}|[Nn]one)\s+(?:was|were|has been|had been|have been)"
    r"\s+(?:reported\s+)?(?P<degree>(?:seriously|critically|badly|severely)\s+)?"
    r"(?P<verb>injured|hurt|wounded|harmed|killed)\b"
)
# "No one died", "nobody has died": a toll of no dead.
NOBODY_DIED = re.compile(rf"\b(?P<who>{NO_ONE})\s+(?:has\s+|had\s+)?died\b")
# A qualified zero ("none was seriously hurt") is a toll of its own: it meets only another
# outlet's qualified zero or figure of the badly hurt, never the count of all the hurt.
SERIOUS = "seriously injured"
NONE_OF = re.compile(
    r"\b(?P<who>[Nn]o|[Tt]here (?:were|have been|had been) no)\s+"
    r"(?:(?:immediate\s+)?reports?\s+of\s+)?"  # "There were no reports of injuries"
    r"(?P<noun>injuries|deaths|fatalities)\b(?!\s+(?:among|in|on|from|of)\b)"
)


def zero_claims(article: Article, outlet: str) -> list[Claim]:
    """Count claims of zero on toll topics, one per statement, outside quotations."""
    quoted = quoted_spans(article)
    first_end = opening_end(article.text)
    claims = []
    for match, topic, value in _statements(article.text):
        if quoted_at(match.start(), quoted):
            continue
        start, end = sentence_around(article.text, match.start())
        claims.append(
            Claim(
                article.id, outlet, "count", topic, topic, value, start, end,
                article.text[start:end], low=0, high=0, context=article.text[start:end].strip(),
                lead=start < first_end,
            )
        )  # fmt: skip
    return claims


def _statements(text: str) -> list[tuple[re.Match[str], str, str]]:
    """(match, topic, value as the summary shows it) for each statement of none."""
    found = [(m, _topic(m), m.group("who").lower()) for m in NOBODY.finditer(text)]
    found += [(m, NOUNS[m.group("noun")], f"no {m.group('noun')}") for m in NONE_OF.finditer(text)]
    found += [(m, "casualties", m.group("who").lower()) for m in NOBODY_DIED.finditer(text)]
    return sorted(found, key=lambda item: item[0].start())


def _topic(match: re.Match[str]) -> str:
    topic = VERBS[match.group("verb")]
    return SERIOUS if match.group("degree") and topic == "injured" else topic


def is_zero(claim: Claim) -> bool:
    return claim.kind == "count" and claim.low == 0 and claim.high == 0
