"""People's ages across outlets: "the 26-year-old striker" in one, "the 27-year-old" in another.

An age is written "26-year-old" or after a name between commas ("Varga, 26, joined ...").
Whose age it is: the person named right after it ("the 26-year-old Mateo Varga"), after a
comma-age the person just before it, else the person the article names first ("Varga passed
a medical. The 26-year-old has agreed ..."): news copy opens with its main person, then calls
him by his age. Ages of one resolved person in two outlets conflict when they differ; the
same age is reported only where another outlet contests it (every report giving one age is
no news).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from wirecheck.corpus.claims import AGE_WORDS, Claim, after_a_death, capitalised_words
from wirecheck.corpus.pairs import (
    Pair,
    by_outlet,
    contested,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.model import Article, Entity, Mention
from wirecheck.text_spans import sentence_around

# "26-year-old"; "Varga, 26,". Ages in words ("a nine-year-old boy") are left out: the
# agreements they add beside a conflict lowered a pinned floor (compare_dev96). An age told in
# words ("at the age of 84", "aged 84") is kept only after a death in its sentence
# (`after_a_death`): "first crossed the Atlantic in 2018, at the age of 22" is an age then.
AGE = re.compile(
    r"\b(?P<age>\d{1,3})-year-old\b|(?<=[A-Za-z]), (?P<apposed>\d{1,2}),"
    rf"|\b{AGE_WORDS} (?P<phrase>\d{{1,3}})\b(?!\s+(?:and|or|to)\b)"
)
# "a 34-year-old man from Ashcombe": a name after a preposition is where he is from, not him
PREPOSITION = re.compile(r"\b(?:from|in|of|at|on|by|near|with|to|for)\b")
# Two to four capitalised words ending right where a comma-age starts: a full name.
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,3}$")
APPOSITION = re.compile(r",\s+(?:an?|the)\s+")  # between a name and its "a 43-" age
# "a 12-year-old boy", "a 41-year-old coach": an indefinite article brings in someone new,
# unnamed, whose age it is, not the story's main person ("the 26-year-old" refers back to him).
INTRODUCED = re.compile(r"\ban?\s+$", re.IGNORECASE)
ROLE_NOUN = re.compile(r"\s+([a-z]{3,})\b")
# Nouns that say nothing of who someone is: ages of two of them are of one person only when
# the same deed follows ("a 68-year-old man died" / "a 71-year-old man died").
DEED_AFTER = re.compile(r"\s+(?:(?:was|were|is|has|had|been)\s+)*([a-z]{3,})\b")
ANYONE = frozenset(
    ["man", "woman", "boy", "girl", "person", "child", "resident", "local", "former", "british"]
)
# "A seven-year-old girl ..." opening a sentence: the person the sentence is about
OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?—–-]\s*)An?\s+$")
NAME_AFTER = 30  # characters between "26-year-old" and a name that it introduces
MAX_AGE = 120


def age_claims(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    """One claim per age of a resolved person, on its sentence."""
    # The resolved entity's type, not the mention's: the tagger may call one copy's "Mateo
    # Varga" an ORG while the story's other mentions of him settle that he is a person.
    people = sorted(
        (m for m in article.mentions if _person(m, article.text, entities)),
        key=lambda m: m.start,
    )
    claims: list[Claim] = []
    matches = list(AGE.finditer(article.text))
    if not matches:
        return claims
    names = capitalised_words(article.text)
    # `lead` of an age: in the article's first sentence, narrower than other claims' first
    # paragraph (`_named_roles`: a role later in the opening may bring in someone else)
    opening = sentence_around(article.text, 0)[1]
    for match in matches:
        age = int(match["age"] or match["apposed"] or match["phrase"])
        person = _whose(article.text, match, people)
        who = (str(person.entity), entities[str(person.entity)].name) if person else None
        if match["apposed"] and (person is None or person.end != match.start()):
            # "a retired teacher, 71,": a comma-age is of the name right before it, or no one's
            who = _unresolved_name(article.text, match.start())
        who = who or _role(article.text, match)
        if match["phrase"] and not after_a_death(article.text, match.start()):
            continue
        if who is None or not 0 < age <= MAX_AGE:
            continue
        start, end = sentence_around(article.text, match.start())
        slot, name = who
        claims.append(
            Claim(
                article.id, outlet, "age", f"age of {name}", slot, str(age),
                start, end, article.text[start:end], low=age, high=age, speaker=name,
                article_names=names, lead=start < opening,
            )
        )  # fmt: skip
    return claims


def _person(mention: Mention, text: str, entities: dict[str, Entity]) -> bool:
    """A person's mention; the tagger may call a name such as "Gerald MacIsaac" an ORG, but
    an age between commas right after it ("Gerald MacIsaac, 67,") says it is a person."""
    entity = entities.get(str(mention.entity))
    if entity is None:
        return False
    if entity.type == "PERSON":
        return True
    age = AGE.match(text, mention.end)
    return entity.type == "ORG" and bool(age and age["apposed"])


def _unresolved_name(text: str, at: int) -> tuple[str, str] | None:
    """A full name the entity stage missed right before a comma-age ("Per Arne Lunde, 61,"):
    the person by name, matched across outlets by surname."""
    found = NAME_BEFORE.search(text, 0, at)
    if not found:
        return None
    name = found.group(0)
    return f"name:{name.split()[-1].lower()}", name


def _whose(text: str, match: re.Match[str], people: list[Mention]) -> Mention | None:
    if match["age"]:
        # The name the age is apposed to comes first: in "Hannah Okafor, the 34-year-old
        # teacher killed on Carrick Road" a name after it is another thing's.
        apposed = [m for m in people if APPOSITION.fullmatch(text[m.end : match.start()])]
        if apposed:
            return apposed[-1]  # "Pawel Nowicki, a 43-year-old miner"
        after = [m for m in people if 0 <= m.start - match.end() <= NAME_AFTER]
        between = text[match.end() : after[0].start] if after else ""
        if after and "." not in between and not PREPOSITION.search(between):
            return after[0]  # "the 26-year-old Mateo Varga"
        if _introduced(text, match):
            return None  # "a 12-year-old boy was pulled out": someone the age introduces
        return _main_person(people)  # "The 26-year-old has agreed": the story's person
    opens = sentence_around(text, match.start())[0] if match["phrase"] else 0
    before = [m for m in people if opens <= m.start and m.end <= match.start()]
    # "Varga, 26, joined"; "Marenko ... died at the age of 84": a person of its sentence
    return before[-1] if before else None


def _introduced(text: str, match: re.Match[str]) -> bool:
    return INTRODUCED.search(text, max(0, match.start() - 4), match.start()) is not None


def _role(text: str, match: re.Match[str]) -> tuple[str, str] | None:
    """The unnamed person an indefinite age brings in, by the noun of their role ("a
    41-year-old coach"), so that two outlets' ages of the coach meet; not a bare boy or
    woman, who may be anyone."""
    if not (match["age"] and _introduced(text, match)):
        return None
    noun = ROLE_NOUN.match(text, match.end())
    if noun is None:
        return None
    if noun[1] not in ANYONE:
        return f"role:{noun[1]}", f"the {noun[1]}"
    # "A 68-year-old man died" / "A 71-year-old man died": anyone, known by what befell him
    deed = DEED_AFTER.match(text, noun.end())
    if deed is None and OPENS_SENTENCE.search(text, max(0, match.start() - 8), match.start()):
        return f"role:{noun[1]}:", f"the {noun[1]}"  # "A seven-year-old girl is in hospital"
    if deed is None:
        return None  # "the youngest was a 15-year-old boy": who the story's person was
    return f"role:{noun[1]}:{deed[1]}", f"the {noun[1]} who {deed[1]}"


def _main_person(people: list[Mention]) -> Mention | None:
    """The person the article names first: news copy opens with its subject."""
    return people[0] if people else None


def align_ages(claims: list[Claim]) -> list[Pair]:
    """Per outlet pair, each person's ages compared: equal agree, different conflict."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(_by_role_alone(_named_roles(claims)), "age")):
        for left in lefts:
            right = next((r for r in rights if r.slot == left.slot), None)
            if right is not None:
                pairs.append(_age_pair(left, right))
    conflicts = [p for p in pairs if p.kind == "conflict"]
    disputed = contested(pairs)
    kept = [p for p in pairs if p.kind == "agree" and any(id(c) in disputed for c in p.claims)]
    agreements = merge_agreements(kept, lambda a, b: a.value == b.value)
    return merge_conflicts(conflicts, agreements) + agreements


def _named_roles(claims: list[Claim]) -> list[Claim]:
    """An age brought in by its role in the article's first sentence ("A 61-year-old fisherman
    was dragged ...": the story's protagonist) of an article that names, further on, the one
    person other outlets age by name ("Warren Keogh, 61"): that person's age, so the outlets
    meet. Later in an article a role brings in someone else ("a 19-year-old student")."""
    named = [c for c in claims if not c.slot.startswith("role:")]
    resolved = []
    for claim in claims:
        parts = claim.slot.split(":")
        if not (claim.lead and parts[0] == "role" and len(parts) == 2):
            resolved.append(claim)
            continue
        people = {
            (other.slot, other.topic, other.speaker)
            for other in named
            if other.outlet != claim.outlet and _surname_of(other.speaker) in claim.article_names
        }
        own = {c.slot for c in named if c.outlet == claim.outlet}
        if len(people) == 1 and next(iter(people))[0] not in own:
            slot, topic, speaker = next(iter(people))
            claim = replace(claim, slot=slot, topic=topic, speaker=speaker)
        resolved.append(claim)
    return resolved


def _surname_of(name: str | None) -> str:
    return name.split()[-1].lower() if name and name.split() else ""


def _by_role_alone(claims: list[Claim]) -> list[Claim]:
    """Anyone known by a bare noun and a deed ("A seven-year-old girl was seriously injured" /
    "A six-year-old girl needed 45 stitches") is one person across outlets when every outlet
    that ages a girl ages only one: the deeds differ by wording, not by person."""
    nouns = [(claim, _bare_noun(claim)) for claim in claims]
    per_outlet = Counter((noun, claim.outlet) for claim, noun in nouns if noun)
    crowded = {noun for (noun, _), ages in per_outlet.items() if ages > 1}
    return [
        replace(c, slot=f"role:{noun}", topic=f"age of the {noun}", speaker=f"the {noun}")
        if noun and noun not in crowded
        else c
        for c, noun in nouns
    ]


def _bare_noun(claim: Claim) -> str | None:
    """The noun of an age slot "role:NOUN:DEED" (anyone, known by what befell them)."""
    parts = claim.slot.split(":") if claim.kind == "age" else []
    return parts[1] if len(parts) == 3 and parts[0] == "role" else None


def _age_pair(left: Claim, right: Claim) -> Pair:
    if left.value == right.value:
        summary = f"{left.outlet} and {right.outlet} agree that {left.speaker} is {left.value}."
        return Pair("agree", left.topic, summary, [left, right])
    said = f"{left.outlet} says {left.value}, {right.outlet} says {right.value}"
    return Pair("conflict", left.topic, f"{left.topic}: {said}.", [left, right])
