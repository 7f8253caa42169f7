"""Who a bare figure counts when the words around it, not a noun after it, tell: a member of a
group ("was one of three people arrested" counts three, the one is no count), a part "of them"
(the noun of the figure before it) and a group's members ("Its staff of 14")."""

from __future__ import annotations

import re

from wirecheck.model import Quantity

# "Ashby was one of three people arrested": the one is a member, the group its count.
MEMBER_OF = re.compile(
    r"\b(?:is|was|are|were|as|being|became|becomes)\s+(?:just\s+|only\s+)?(?P<one>one)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
OF_THEM = re.compile(r"\s+of\s+them\b")
GROUP_OF = re.compile(
    r"\b(?P<group>staff|crew|team|workforce|squad|contingent|delegation)\s+of\s+(?:about\s+|some\s+"
    r"|around\s+|nearly\s+|more than\s+)?$",
    re.IGNORECASE,
)


def counted_group(text: str, found: list[Quantity]) -> None:
    """ "Its staff of 14 carried on", "a crew of five": a bare figure after a group's noun and
    "of" counts the group's members, under the group's noun."""
    for quantity in found:
        if quantity.counted is None and quantity.unit is None:
            group = GROUP_OF.search(text, max(0, quantity.start - 30), quantity.start)
            if group:
                quantity.counted = group["group"].lower()


def counted_of_them(text: str, found: list[Quantity]) -> None:
    """ "About 200 workers were evacuated, and three of them were treated": a part counted
    "of them" counts the noun of the figure before it in its sentence."""
    for before, part in zip(found, found[1:], strict=False):
        gap = text[before.end : part.start]
        if (
            part.counted is None
            and part.unit is None
            and before.counted
            and OF_THEM.match(text, part.end)
            and "." not in gap
        ):
            part.counted = before.counted


def a_member(text: str, start: int, number_start: int, end: int) -> bool:
    """Whether the figure at `number_start` is the "one" of a group whose size it names."""
    window = MEMBER_OF.finditer(text, max(0, start - 20), end + 40)
    return any(match.start("one") == number_start for match in window)
