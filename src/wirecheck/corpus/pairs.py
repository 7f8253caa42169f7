"""Aligned claims across outlets (`Pair`) and the grouping shared by every claim kind."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, replace

from wirecheck.corpus.claims import Claim, happened

STATUS_TOPIC = "event status"  # whether a deed was done, planned or ruled out


@dataclass
class Pair:
    """An agreement or conflict between claims of at least two independent outlets."""

    kind: str  # agree | conflict
    topic: str
    summary: str
    claims: list[Claim]


def by_outlet(claims: list[Claim], kind: str) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == kind:
            groups[claim.outlet].append(claim)
    return groups


def outlet_pairs(groups: dict[str, list[Claim]]) -> Iterator[tuple[list[Claim], list[Claim]]]:
    for left, right in itertools.combinations(sorted(groups), 2):
        yield groups[left], groups[right]


def merge_agreements(
    pairs: list[Pair], compatible: Callable[[Claim, Claim], bool] = lambda a, b: True
) -> list[Pair]:
    """Agreements that share a claim become one finding: three outlets giving the same figure
    make one agreement with three pieces of evidence, not three pairwise ones. A claim joins
    a group only when it agrees with every member (overlap is not transitive)."""
    groups: list[tuple[str, list[Pair], dict[int, Claim]]] = []
    for pair in (p for p in pairs if p.kind == "agree"):
        for topic, members, claims in groups:
            if topic == pair.topic and _joins(pair, claims, compatible):
                members.append(pair)
                claims.update((id(c), c) for c in pair.claims)
                break
        else:
            groups.append((pair.topic, [pair], {id(c): c for c in pair.claims}))
    return [_joined(members, list(claims.values())) for _, members, claims in groups]


def _joins(
    pair: Pair, claims: dict[int, Claim], compatible: Callable[[Claim, Claim], bool]
) -> bool:
    if not any(id(c) in claims for c in pair.claims):
        return False
    outlets = {c.outlet for c in claims.values()}
    new = [c for c in pair.claims if id(c) not in claims]
    return all(
        c.outlet not in outlets and all(compatible(c, m) for m in claims.values()) for c in new
    )


def _joined(members: list[Pair], claims: list[Claim]) -> Pair:
    if len(members) == 1:
        return members[0]
    return agreement(members[0].topic, claims)


def agreement(topic: str, claims: list[Claim]) -> Pair:
    """One agreement of all `claims`, each from its own outlet."""
    ordered = sorted(claims, key=lambda c: (c.outlet, c.start))
    named = outlet_names(ordered)
    values = " / ".join(dict.fromkeys(compared_value(c) for c in ordered))
    summary = f"{named} agree on {topic}: {values}."
    if topic == "quote speaker":
        summary = f"{named} all quote {ordered[0].value}."
    return Pair("agree", topic, summary, ordered)


def of_counts(pair: Pair) -> bool:
    """Whether every claim of the pair is a count (a figure compared as an interval)."""
    return all(c.kind == "count" for c in pair.claims)


def outlet_names(claims: list[Claim]) -> str:
    """ "Planet", "Herald and Star", "Herald, Planet and Star": the outlets of `claims`."""
    outlets = sorted({c.outlet for c in claims})
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + f" and {outlets[-1]}"


def agreed_sentences(pairs: Iterable[Pair]) -> set[tuple[str, int]]:
    """The sentences, as (article, start), that some agreement among `pairs` holds."""
    return {(c.article, c.start) for p in pairs if p.kind == "agree" for c in p.claims}


def contested(pairs: list[Pair]) -> set[int]:
    """Ids of the claims some conflict among `pairs` holds: an agreement on a value another
    outlet disputes is news, where one every outlet shares is not."""
    return {id(c) for p in pairs if p.kind == "conflict" for c in p.claims}


def merge_conflicts(
    conflicts: list[Pair], agreements: list[Pair], allies: bool = False
) -> list[Pair]:
    """One conflict per disagreement: when outlets that agree (the very same value, or
    overlapping figures such as "about 1,800" and "around 2,000") all contradict a third,
    that is one conflict with everyone's evidence, each side's values named, not one per
    outlet pair. With `allies`, an outlet that agrees with one side stands with it even where
    its own pair with the other side was not compared ("312 cases" beside "about 310" against
    "nearly 400"). (Our blind-written tuning golds list them so; the older golds we wrote ourselves
    kept overlapping figures' conflicts pairwise.) Conflicts still linked through a claim are
    then joined (`join_disputes`)."""
    groups_of: dict[int, set[int]] = defaultdict(set)  # claim id -> its agreement groups
    for index, group in enumerate(agreements):
        for claim in group.claims:
            groups_of[id(claim)].add(index)
    # A claim's side: its first agreement group, else the claim itself.
    side = {claim: min(groups) for claim, groups in groups_of.items()}
    merged: dict[tuple[str, frozenset[int]], list[Pair]] = defaultdict(list)
    for pair in conflicts:
        sides = frozenset(side.get(id(c), id(c)) for c in pair.claims)
        merged[(pair.topic, sides)].append(pair)
    joined = [
        _joined_conflict(
            members, side, _allies(members, agreements, side, groups_of) if allies else []
        )
        for members in merged.values()
    ]
    return join_disputes(joined)


def _allies(
    members: list[Pair],
    agreements: list[Pair],
    side: dict[int, int],
    groups_of: dict[int, set[int]],
) -> list[Claim]:
    """Claims outside the conflict that agree with one of its sides and with nothing on
    another side."""
    inside = {id(c) for pair in members for c in pair.claims}
    sides = {side.get(i, i) for i in inside}
    found = []
    for chosen in sorted(sides & {side[i] for i in inside if i in side}):
        others = sides - {chosen}
        found += [
            claim
            for claim in agreements[chosen].claims
            if id(claim) not in inside and not groups_of[id(claim)] & others
        ]
    return found


def join_disputes(conflicts: list[Pair]) -> list[Pair]:
    """Conflicts on one topic linked through a shared claim become one: three outlets each
    timing a blast differently ("about 5:50", "just before 6", "6:05") is one disagreement
    with three sides, not three pairwise ones. Only where each outlet has one claim in the
    linked set, so an outlet's figures for two different things never stand on one side."""
    joined: list[Pair] = []
    for topic in dict.fromkeys(p.topic for p in conflicts):
        for members, linked in _components([p for p in conflicts if p.topic == topic]):
            if len(linked) == 1 or not _one_claim_per_outlet(members):
                joined += linked
                continue
            # In the summary, claims giving the very same value stand as one side.
            first: dict[str, int] = {}
            for claim in members:
                first.setdefault(compared_value(claim), id(claim))
            side = {id(c): first[compared_value(c)] for c in members}
            joined.append(_joined_conflict(linked, side, []))
    return joined


def _one_claim_per_outlet(claims: list[Claim]) -> bool:
    """No outlet gives two of the claims: linking them guesses nothing. The halves of a quote
    split around its cue, given to one speaker, are one claim."""
    told: dict[str, set[object]] = defaultdict(set)
    for claim in claims:
        told[claim.outlet].add(compared_value(claim) if claim.kind == "quote" else id(claim))
    return all(len(v) == 1 for v in told.values())


def _joined_conflict(members: list[Pair], side: dict[int, int], allies: list[Claim]) -> Pair:
    if len(members) == 1 and not allies:
        return members[0]
    claims = {id(c): c for pair in members for c in pair.claims}
    claims.update((id(c), c) for c in allies)
    ordered = sorted(claims.values(), key=lambda c: (c.outlet, c.start))
    by_side: dict[int, list[Claim]] = defaultdict(list)
    for claim in ordered:
        by_side[side.get(id(claim), id(claim))].append(claim)
    summary = conflict_summary(members[0].topic, list(by_side.values()))
    return Pair("conflict", members[0].topic, summary, ordered)


def conflict_summary(topic: str, sides: list[list[Claim]]) -> str:
    """ "casualties: Herald and Star say 12; Planet says 15." (each side's claims in outlet
    order); of an event's status, each side's state ("done", "proposed"), never its date."""
    ordered = [sorted(side, key=lambda c: (c.outlet, c.start)) for side in sides]
    ordered.sort(key=lambda group: group[0].outlet)
    return f"{topic}: " + "; ".join(_says(group, topic) for group in ordered) + "."


def _says(group: list[Claim], topic: str) -> str:
    return f"{_named(group)} " + " / ".join(dict.fromkeys(shown_value(c, topic) for c in group))


def _named(group: list[Claim]) -> str:
    """ "Herald and Star say", "Planet says": the outlets of one side."""
    single = len({c.outlet for c in group}) == 1
    return outlet_names(group) + (" says" if single else " say")


def shown_value(claim: Claim, topic: str) -> str:
    """What a finding on `topic` shows of a claim: a status conflict's state, else the value
    compared."""
    return _status(claim) if topic == STATUS_TOPIC else compared_value(claim)


def compared_value(claim: Claim) -> str:
    """The value a finding compares: an event's date, else the claim's own value."""
    return claim.time if claim.kind == "event" and claim.time else claim.value


def complete_components(
    pairs: list[Pair],
    compare: Callable[[Claim, Claim], Pair | None],
    plausible: Callable[[Claim, Claim], bool] = lambda a, b: True,
) -> list[Pair]:
    """Claims linked through a third outlet are about one thing too: when Planet's figure
    matches Meridian's and Meridian's matches Ledger's, Planet and Ledger are compared as
    well. Only where each outlet has one claim in the linked set, so nothing is guessed."""
    result: list[Pair] = []
    for members, linked in _components(pairs):
        if not _one_claim_per_outlet(members):
            result += linked
            continue
        ordered = sorted(members, key=lambda c: c.outlet)
        compared = (compare(a, b) for a, b in itertools.combinations(ordered, 2) if plausible(a, b))
        result += [pair for pair in compared if pair]
    return result


def _components(pairs: list[Pair]) -> list[tuple[list[Claim], list[Pair]]]:
    """Claims joined by pairs (union-find), with the pairs that join them."""
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for pair in pairs:
        first, *rest = (id(c) for c in pair.claims)
        for other in rest:
            parent[root(other)] = root(first)
    claims: dict[int, dict[int, Claim]] = defaultdict(dict)
    linked: dict[int, list[Pair]] = defaultdict(list)
    for pair in pairs:
        key = root(id(pair.claims[0]))
        linked[key].append(pair)
        claims[key].update((id(c), c) for c in pair.claims)
    return [(list(claims[key].values()), linked[key]) for key in linked]


def linked_by(pairs: list[Pair], key: Callable[[Claim], Hashable]) -> list[list[Pair]]:
    """Pairs grouped where they share a claim's key (the same sentence, the same dated
    sentence), transitively, each group in the order its pairs came."""
    groups: list[tuple[set[Hashable], list[Pair]]] = []
    for pair in pairs:
        keys = {key(c) for c in pair.claims}
        touching = [g for g in groups if g[0] & keys]
        for group in touching:
            keys |= group[0]
            groups.remove(group)
        groups.append((keys, [p for g in touching for p in g[1]] + [pair]))
    return [members for _, members in groups]


def join_status_disputes(pairs: list[Pair], topic: str) -> list[Pair]:
    """Status conflicts linked through one outlet's sentence become one: the events aligner
    and the deeds aligner each read "is deciding whether to open an investigation" against
    another outlet's "has opened an investigation", and a third outlet's "has launched an
    investigation" stands beside the second, so that is one dispute with three sides. Their
    claims differ, so they are linked by the sentence; only where each outlet gives one."""
    disputes = [p for p in pairs if p.kind == "conflict" and p.topic == topic]
    joined = []
    for group in linked_by(disputes, _sentence):
        claims = {_sentence(c): c for pair in group for c in pair.claims}
        outlets = [c.outlet for c in claims.values()]
        if len(group) == 1 or len(set(outlets)) != len(outlets):
            joined += group
            continue
        ordered = sorted(claims.values(), key=lambda c: (c.outlet, c.start))
        sides: dict[str, list[Claim]] = defaultdict(list)
        for claim in ordered:
            sides[_status(claim)].append(claim)
        told = [f"{_named(side)} {state}" for state, side in sides.items()]
        joined.append(Pair("conflict", topic, f"{topic}: " + "; ".join(told) + ".", ordered))
    return [p for p in pairs if not (p.kind == "conflict" and p.topic == topic)] + joined


def _status(claim: Claim) -> str:
    """A deed's state ("done", "planned"), or an event's mode read the same way."""
    if claim.kind != "event":
        return claim.value
    return "done" if happened(claim.mode) else claim.mode or "not done"


def _sentence(claim: Claim) -> tuple[str, int]:
    return claim.article, claim.start


# Count claims by (article, slot, low, high), each with its place in the story's claims.
Restated = dict[tuple[str, str, float | None, float | None], list[tuple[int, Claim]]]


def with_restatements(pairs: list[Pair], claims: list[Claim]) -> list[Pair]:
    """Each finding on one count slot, with each outlet's other sentences that give its figure
    for that slot ("Eleven sculptures have collapsed ..." and, further down, "Festival staff
    counted 11 sculptures collapsed"): the evidence shows every place an outlet says it."""
    said: Restated = defaultdict(list)
    for order, claim in enumerate(claims):
        if claim.kind == "count":
            said[claim.article, claim.slot, claim.low, claim.high].append((order, claim))
    return [_restated(pair, said) for pair in pairs]


def _restated(pair: Pair, said: Restated) -> Pair:
    if any(c.kind != "count" for c in pair.claims) or len({c.slot for c in pair.claims}) != 1:
        return pair
    cited = {(c.article, c.start) for c in pair.claims}
    keys = dict.fromkeys((c.article, c.slot, c.low, c.high) for c in pair.claims)
    # in the claims' own order (a finding's id follows its evidence)
    found = sorted(found for key in keys for found in said[key])
    again = [c for _, c in found if (c.article, c.start) not in cited]
    return replace(pair, claims=pair.claims + again) if again else pair
