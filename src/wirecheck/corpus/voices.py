"""Outside voices only one outlet brings: an expert a reporter called for a view.

"The pattern points to corrosion of the internal tendons," said a professor of structural
engineering; "Grocers are very unforgiving about recalls," a dairy analyst said. Which outlet
went and asked an analyst, an economist or an engineer is something readers comparing coverage
look for, and on our tuning sets an expert's words that no other outlet carries were a gold
unique finding seven times in nine (spokespeople, officials, witnesses and victims, whose words
every outlet gathers, were not: a quarter of the time). The expert must be named by no other
outlet anywhere in its article (another outlet citing the same analyst shares the view).

A person speaking for an organised group outside the story's institutions is such a voice too:
"This ruling leaves tenants with nothing," said Ola Berg of the campaign group Fair Rent; a
union's officer, a councillor who voted against, a chamber of commerce's chief executive, a
charity's director. Which outlet went and got the union's or the campaigners' reaction is the
same question as which one called an analyst. Only their own words count (a paraphrase is the
reporter's summary, which other outlets often give in other words), and only a person named in
the words that introduce the quote, who no other outlet names: on our tuning sets such a quote
was a gold unique finding four times in six.

The view is the expert's run of words where the article introduces them: the quote that names
them and those of theirs that go on in the same stretch of text ("... can cope with it," said
Ana Ruiz, a grid analyst. "I would not expect blackouts."): the point is often in the second
half.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from wirecheck.corpus.claims import Claim

EXPERT_TOPIC = "expert view"
GROUP_TOPIC = "group's view"
Span = tuple[int, int, str]
# Who speaks for an organised group in the words that introduce a quote ("the union's national
# officer", "of the campaign group", "chief executive of the Chamber of Commerce"). A bare
# "group" is left out (companies are groups too), and so are unions of states ("the European
# Union's envoy") and building societies (lenders).
GROUP_ROLE = re.compile(
    r"\b(?:campaign(?:ers?|ing)?|charity|(?<!European\s)(?<!African\s)(?<!Soviet\s)unions?"
    r"|chamber\s+of\s+commerce|association|federation|(?<!building\s)society|advocacy"
    r"|watchdog|NGO|opposition|councill?or|(?:pressure|action|residents'?)\s+group|lobby)\b",
    re.IGNORECASE,
)


def expert_voices(claims: list[Claim], taken: set[int]) -> list[Claim]:
    """Per article, the first quote of an outside expert that no other outlet names, among
    the claims not already compared or picked (`taken` holds their ids)."""
    return _first_voices(claims, taken, lambda c: c.expert, EXPERT_TOPIC)


def group_voices(claims: list[Claim], taken: set[int]) -> list[Claim]:
    """Per article, the first direct words of a named person speaking for an organised group
    (see the module docstring) that no other outlet names, among the claims not `taken`."""
    return _first_voices(claims, taken, _speaks_for_a_group, GROUP_TOPIC)


def _first_voices(
    claims: list[Claim], taken: set[int], chosen: Callable[[Claim], bool], topic: str
) -> list[Claim]:
    """Per article, the first `chosen` quote whose speaker no other outlet names, shown with
    the speaker's next words (`_view`) under `topic`."""
    # Every claim of an article holds the same set of its names: one union per article.
    per_article = {c.article: (c.outlet, c.article_names) for c in claims if c.article_names}
    names: dict[str, set[str]] = {}
    for outlet, words in per_article.values():
        names.setdefault(outlet, set()).update(words)
    found: dict[str, Claim] = {}
    # The first of a voice's quotes is where the article introduces them and their point.
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.kind != "quote" or id(claim) in taken or not chosen(claim):
            continue
        if claim.article in found or _named_elsewhere(claim, names):
            continue
        found[claim.article] = replace(claim, topic=topic, shown=_view(claim, claims))
    return [found[article] for article in sorted(found)]


def _speaks_for_a_group(claim: Claim) -> bool:
    """A named person's own words, introduced as speaking for an organised group."""
    if claim.expert or claim.reported or not _a_name(claim.value):
        return False
    start, end, text = claim.shown_span
    introduction = text[: max(0, claim.start - start)] + text[max(0, claim.end - start) :]
    return bool(GROUP_ROLE.search(introduction))


def _a_name(value: str) -> bool:
    """Two or more capitalised words ("Ola Berg"), not a description ("one union official")."""
    words = value.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words)


def _view(first: Claim, claims: list[Claim]) -> Span:
    """The evidence of the expert's first quote, widened over their next quotes while each
    one's evidence reaches back into it (a quote shown with its attribution "said Ana Ruiz, a
    grid analyst" runs into the quote the attribution closes)."""
    start, end, text = first.shown_span
    later = sorted(
        (c for c in claims if c.kind == "quote" and c.article == first.article),
        key=lambda c: c.start,
    )
    for claim in later:
        if claim.start <= first.start:
            continue
        next_start, next_end, next_text = claim.shown_span
        if claim.speaker != first.speaker or next_start > end:
            break
        if next_end > end:
            text, end = text + next_text[end - next_start :], next_end
    return start, end, text


def _named_elsewhere(claim: Claim, names: dict[str, set[str]]) -> bool:
    surname = claim.value.split()[-1].lower() if claim.value else ""
    return any(surname in words for outlet, words in names.items() if outlet != claim.outlet)
