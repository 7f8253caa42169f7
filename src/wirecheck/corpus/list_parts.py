"""Figures that are one item of a list of people, or a list of ages: not a count of their own.

"The dead were two German men aged 34 and 41 and a Dutch woman" gives three dead: the "two
men" are a part of the toll and "41" is an age. Comparing either with another outlet's
"three people died" would report a conflict that is not there.
"""

from __future__ import annotations

import re

from wirecheck.model import Quantity

# Who people are (sex, age, kin), not what they do: "186 passengers and six crew" are two
# counts worth comparing, "two men and a woman" one count told in parts.
_PEOPLE = (
    r"(?:m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|adults?|teenagers?|bab(?:y|ies)|infants?"
    r"|toddlers?|pensioners?|sons?|daughters?|brothers?|sisters?|couples?)"
)
_ONE_OR_MORE = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)"
_AGES = r"(?:\s*,?\s*aged?\s+\d+(?:\s*(?:,|and|or)\s*\d+)*)?"
# "... men aged 34 and 41 and a 29-year-old woman": another item of people follows.
_NEXT_ITEM = re.compile(
    rf"^{_AGES}\s*,?\s+and\s+{_ONE_OR_MORE}\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\b", re.IGNORECASE
)
# "... a Dutch woman and two German men": this figure is the item after another.
_AFTER_ITEM = re.compile(
    rf"\b{_ONE_OR_MORE}\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}{_AGES}\s+and\s+$", re.IGNORECASE
)
# "aged 34 and 41", "aged 19, 23 and 40": every figure of the list is an age.
_AGE_LIST = re.compile(r"\baged?\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|or)\s*$", re.IGNORECASE)

# The figure's own words name people ("two German men"), as every item of such a list does.
_OF_PEOPLE = re.compile(rf"\b{_PEOPLE}$", re.IGNORECASE)

_WINDOW = 80


def listed_part(text: str, quantity: Quantity) -> bool:
    """Whether the figure is one item of a list of people or of ages (see the module)."""
    before = text[max(0, quantity.start - _WINDOW) : quantity.start]
    after = text[quantity.end : quantity.end + _WINDOW]
    if _AGE_LIST.search(before):
        return True
    if quantity.unit or not _OF_PEOPLE.search(quantity.text):
        return False  # "more than 80 cases, and three babies were admitted": no list of people
    return bool(_NEXT_ITEM.match(after) or _AFTER_ITEM.search(before))
