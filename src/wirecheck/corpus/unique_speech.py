"""Announcements in reported speech: what an institution says it will do or has decided.

"The Welsh Government said it would pay for counselling", "the mayor said the city would review
every building permit", "the minister said the government had approved a rent cap": a decision
only one outlet reports is news a reader comparing outlets wants, while most reported speech
(a prosecutor's case, a witness's account, a forecast) is not. The rule is narrow on purpose:
an auxiliary or readiness phrase, then a verb of public action. Verbs that also describe a
figure ("raise 30 billion shillings", "cut 1,200 jobs") or a step others report as a status
("had suspended work") added only false findings on our tuning sets, and so did "offer".
Of the verbs kept, pay, send, review and approve are the ones our tuning sets exercise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirecheck.corpus.claims import Claim

ANNOUNCEMENT_TOPIC = "announcement"
# Not "reopen": a date of reopening ("said it would reopen the line on Jan. 23") is the story's
# own follow-up, which no gold of our tuning sets gave as one outlet's news (0 of 7 found).
DECISION_VERBS = "pay|fund|compensate|send|provide|review|investigate|approve|ban|close"
DECISION = re.compile(
    r"\b(?:would|will|(?:was|is|were|are) ready to|ha[sd]|plans? to|planned to|agreed to)"
    rf"\s+(?:be\s+to\s+)?(?:\w+ly\s+)?(?:{DECISION_VERBS})(?:e?d|s)?\b",
    re.IGNORECASE,
)
# The routine steps of an inquiry, which every such story has: "said it would investigate the
# cause", "would send investigators to the site", "will send a team of engineers". Aid sent
# ("ready to send search and rescue teams") is a decision.
INQUIRY_STEP = re.compile(
    r"\b(?:investigate|send(?:s|ing)?\s+(?:a\s+team\s+of\s+|(?:its|their)\s+own\s+)?"
    r"(?:investigators|inspectors|engineers|observers|samples|a\s+team))\b",
    re.IGNORECASE,
)
# "She did not say how many aircraft would be used": a question left open, not a decision.
QUESTION = re.compile(r"(?:that\s+)?(?:how|whether|which|what|who|when|if)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def announced_decision(claim: Claim) -> bool:
    """Whether a quote claim reports a decision or plan in the speaker's reported words."""
    if claim.kind != "quote" or not claim.reported or QUESTION.match(claim.text):
        return False
    decision = DECISION.search(claim.text)
    # "review every permit granted between 2018 and 2021": a year after the verb names what is
    # decided about; a year before it dates an old decision (background).
    if decision is None:
        return False
    step = INQUIRY_STEP.search(claim.text, decision.start())
    if step is not None and step.start() < decision.end():
        return False  # the decision's verb opens an inquiry's routine step
    return not YEAR.search(claim.text[: decision.end()])


def as_announcement(claim: Claim, claims: list[Claim]) -> Claim:
    """The announcement as a finding shows it: its whole sentence as evidence (borrowed from
    another claim of the article that spans the quote; the quote's own span when none does),
    its speaker as the value."""
    sentence = next(
        (
            other
            for other in claims
            if other.article == claim.article
            and other.kind != "quote"
            and other.start <= claim.start
            and claim.end <= other.end
        ),
        claim,
    )
    return replace(
        claim,
        topic=ANNOUNCEMENT_TOPIC,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        context=claim.text,
        shown=None,
    )
