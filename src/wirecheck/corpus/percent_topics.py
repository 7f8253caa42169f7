"""What a percentage measures, from the cue words of its sentence: a vote share is not a
turnout, and a stake in a company is not the share of its votes (`count_topics` slots each
percentage by the nearest of these cues)."""

from __future__ import annotations

from wirecheck.corpus.sources import cues

PERCENT_TOPICS = cues(
    ("turnout", r"\b(?:turnout|took part|take part|went to the polls|cast (?:a|their) \w+)\b"),
    # a side's share of the vote, however named: "a yes share of 56.3 percent", "with 56.3
    # percent backing the project", "52 percent voting no"
    (
        "vote share",
        r"\bof (?:the |all )?(?:\w+ )?(?:votes?|ballots)\b|\b(?:yes|no) (?:share|side|camp)\b"
        r"|\bbacking (?:the|it)\b|\bvot(?:ed|ing) (?:yes|no|in favou?r|against)\b",
    ),
    ("inflation", r"\b(?:inflation|consumer prices)\b"),
    ("unemployment", r"\b(?:unemployment|jobless(?:ness)?)\b"),
    (
        "interest rate",
        r"\b(?:interest|cash|policy|base|bank|lending|benchmark|reference|main|key) rates?\b",
    ),
    ("growth", r"\b(?:growth|economy (?:grew|expanded|shrank|contracted))\b"),
    # who owns how much of a company: "holds a 25 percent stake in it" is not the share of the
    # merged group its investors will own; "the family, which owns 29 percent" holds a stake
    ("stake", r"\b(?:stakes?|shareholdings?|owns|owned|owning)\b"),
    # how much of a grid is back: "70 percent of customers had their power back"
    ("power restored", r"\b(?:power back|reconnected|(?:supply|power|electricity) restored)\b"),
)
