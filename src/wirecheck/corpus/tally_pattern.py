"""Vote tallies as outlets write them, for and against together. Read by `tallies`, which
compares them, and by `claims`, which leaves their figures out of the counts."""

from __future__ import annotations

import re

# "by 19 votes to eight": the smaller side may be spelled out.
_SMALL_NUMBER = (
    # "Thirty-one members backed the motion": the tens with their units first
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six"
    "|seven|eight|nine)"
    "|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    "|seventy|eighty|ninety"
)
# Those who cast the votes of a body ("seven rate-setters backed the move").
VOTERS = (
    r"members|judges|justices|councillors|councilors|rate-setters|policymakers|directors"
    r"|commissioners|jurors|trustees|governors|delegates|lawmakers|senators|MPs"
)
# A vote tally, for and against: "by 318 votes to 236", "voting 318 to 236", "voted six to
# three", "a 6-3 vote", "a 6-3 decision", "the motion passed 4-1", "the justices split 5-4",
# "ruling 4-3 that the ballots count".
TALLY = re.compile(
    r"\b(?:by|voting|voted|vote of)\s+(?P<ayes>\d[\d,]*)\s+(?:votes\s+)?(?:to|against)\s+"
    r"(?P<noes>\d[\d,]*|" + _SMALL_NUMBER + r")\b"
    # spelled out on both sides only after a vote ("rose by two to three percent" is no tally)
    r"|\b(?:voting|voted|split)\s+(?P<ayes10>"
    + _SMALL_NUMBER
    + r")\s+(?:votes\s+)?(?:to|against)\s+"
    r"(?P<noes10>\d[\d,]*|" + _SMALL_NUMBER + r")\b"
    r"|\b(?P<ayes2>\d{1,3})[-–](?P<noes2>\d{1,3})\s+(?:vote|ruling|decision|verdict|majority)\b"
    r"|\b(?:voted|voting|vote of|passed|carried|approved|adopted|split|ruled|ruling)\s+"
    r"(?P<ayes3>\d{1,3})[-–](?P<noes3>\d{1,3})\b"
    # "the chamber approved it 212 to 187", "passed the bill 61 to 39", "were passed 139 to 68"
    r"|\b(?:passed|carried|approved|adopted|backed|rejected)\s+(?:(?:it|them|the\s+\w+)\s+)?"
    r"(?P<ayes4>\d[\d,]*)\s+(?:votes\s+)?to\s+(?P<noes4>\d[\d,]*|" + _SMALL_NUMBER + r")\b"
    # "approved the budget by 116-112"
    r"|\b(?:passed|carried|approved|adopted|rejected)\b[^.;]{0,60}?\bby\s+"
    r"(?P<ayes11>\d{1,3})[-–](?P<noes11>\d{1,3})\b"
    # one side only: "with 212 voting in favour" (the votes against untold)
    r"|\bwith\s+(?P<ayes5>\d[\d,]*)\s+(?:\w+\s+)?voting\s+in\s+favou?r\b"
    # "approved with 12 in favour and 8 against", "12 votes for and 8 against"
    r"|\b(?P<ayes6>\d[\d,]*)\s+(?:votes?\s+)?(?:in\s+favou?r|for),?\s+(?:and|to|with)\s+"
    r"(?P<noes6>\d[\d,]*|" + _SMALL_NUMBER + r")\s+(?:votes?\s+)?against\b"
    # one side only: "passed the motion with 12 votes, one more than required" ("with 141 votes
    # in favour" stays a count of votes: see docs/FINDINGS.md, sixth session of 2026-12-06)
    r"|\b(?:passed|carried|approved|adopted)\b[^.;]{0,80}?\bwith\s+(?P<ayes7>\d[\d,]*)\s+votes\b"
    r"(?!\s+(?:to|against|for|in\s+favou?r)\b)"
    # a share of a body's members: "five of the seven members of its committee backed the cut"
    # (the rest, two, against)
    r"|(?<![\w-])(?P<ayes8>\d{1,3}|" + _SMALL_NUMBER + r")\s+of\s+(?:the|its|their)\s+"
    r"(?P<total8>\d{1,3}|" + _SMALL_NUMBER + r")\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:backed|supported|approved|voted\s+(?:for|in\s+favou?r))\b"
    # one side only, by those who vote: "seven rate-setters backed the move"
    r"|(?<![\w-])(?P<ayes9>\d{1,3}|" + _SMALL_NUMBER + r")\s+(?:of\s+(?:the|its|their)\s+)?"
    rf"(?:{VOTERS})\s+(?:backed|supported|approved|voted\s+(?:for|in\s+favou?r))\b"
    # "... and 38 voted against it": the other side, when the sentence gives it
    r"(?:[^.;]{0,40}?\band\s+(?P<noes9>\d[\d,]*|" + _SMALL_NUMBER + r")\s+(?:\w+\s+)?"
    r"(?:voted\s+against|opposed)\b)?"
    # against first: "38 members voted against the motion and 31 backed it"
    r"|(?<![\w-])(?P<noes12>\d{1,3}|" + _SMALL_NUMBER + rf")\s+(?:(?:{VOTERS})\s+)?"
    r"voted\s+against\b[^.;]{0,40}?\band\s+(?P<ayes12>\d{1,3}|" + _SMALL_NUMBER + r")\s+"
    r"(?:\w+\s+)?(?:backed|supported|voted\s+for)\b",
    re.IGNORECASE,
)
# A vote with nobody against, its size untold: "the panel ruled unanimously", "a unanimous
# ruling", "councillors voted unanimously", "the unanimous three-judge panel".
UNANIMOUS = re.compile(
    r"\b(?:(?:ruled|voted|decided|approved|agreed|backed|rejected)\s+unanimously"
    r"|unanimously\s+(?:ruled|voted|decided|approved|agreed|backed|rejected)"
    # "a unanimous ruling", "the unanimous three-judge panel"
    r"|unanimous\s+(?:[\w-]+\s+)?(?:ruling|vote|decision|verdict|judgment|panel|court|bench"
    r"|jury|council|board|committee))\b",
    re.IGNORECASE,
)
