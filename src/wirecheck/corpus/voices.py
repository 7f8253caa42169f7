"""Outside voices only one outlet brings: an expert a reporter called for a view.

"The pattern points to corrosion of the internal tendons," said a professor of structural
engineering; "Grocers are very unforgiving about recalls," a dairy analyst said. Which outlet
went and asked an analyst, an economist or an engineer is something readers comparing coverage
look for, and on our tuning sets an expert's words that no other outlet carries were a gold
unique finding seven times in nine (spokespeople, officials, witnesses and victims, whose words
every outlet gathers, were not: a quarter of the time). The expert must be named by no other
outlet anywhere in its article (another outlet citing the same analyst shares the view).

The view is the expert's run of words where the article introduces them: the quote that names
them and those of theirs that go on in the same stretch of text ("... can cope with it," said
Ana Ruiz, a grid analyst. "I would not expect blackouts."): the point is often in the second
half.
"""

from __future__ import annotations

from dataclasses import replace

from wirecheck.corpus.claims import Claim

EXPERT_TOPIC = "expert view"
Span = tuple[int, int, str]


def expert_voices(claims: list[Claim], taken: set[int]) -> list[Claim]:
    """Per article, the first quote of an outside expert that no other outlet names, among
    the claims not already compared or picked (`taken` holds their ids)."""
    # Every claim of an article holds the same set of its names: one union per article.
    per_article = {c.article: (c.outlet, c.article_names) for c in claims if c.article_names}
    names: dict[str, set[str]] = {}
    for outlet, words in per_article.values():
        names.setdefault(outlet, set()).update(words)
    found: dict[str, Claim] = {}
    # The first of an expert's quotes is where the article introduces them and their point.
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.kind != "quote" or not claim.expert or id(claim) in taken:
            continue
        if claim.article in found or _named_elsewhere(claim, names):
            continue
        shown = _view(claim, claims)
        found[claim.article] = replace(claim, topic=EXPERT_TOPIC, shown=shown)
    return [found[article] for article in sorted(found)]


def _shown(claim: Claim) -> Span:
    return claim.shown or (claim.start, claim.end, claim.text)


def _view(first: Claim, claims: list[Claim]) -> Span:
    """The evidence of the expert's first quote, widened over their next quotes while each
    one's evidence reaches back into it (a quote shown with its attribution "said Ana Ruiz, a
    grid analyst" runs into the quote the attribution closes)."""
    start, end, text = _shown(first)
    later = sorted(
        (c for c in claims if c.kind == "quote" and c.article == first.article),
        key=lambda c: c.start,
    )
    for claim in later:
        if claim.start <= first.start:
            continue
        next_start, next_end, next_text = _shown(claim)
        if claim.speaker != first.speaker or next_start > end:
            break
        if next_end > end:
            text, end = text + next_text[end - next_start :], next_end
    return start, end, text


def _named_elsewhere(claim: Claim, names: dict[str, set[str]]) -> bool:
    surname = claim.value.split()[-1].lower() if claim.value else ""
    return any(surname in words for outlet, words in names.items() if outlet != claim.outlet)
