"""Which entities a noun phrase names: the naming half of the event arguments.

A noun phrase names an entity through its head ("Israel"), else through a modifier ("Israeli
soldiers", "Israel's army": a demonym is a mention of its country), else through an
"of/in/from" phrase or an apposition ("rebels in northern Ghana"), else through the first
entity in its own words ("a militia loyal to X"). A pronoun stands for the subject of the
clause above it ("Syria says it will withdraw"); coordinated phrases name several entities.
A named person brings the country or group they are introduced with ("Serbian President X"),
and any phrase the people and groups it is tied to: possessives, appositions, "of/from"
phrases and what a participle ties it to ("the leader of X, Y", "militants loyal to Z").
Companions share the act ("X, along with Y,"), and "the two sides" stand for the pair their
sentence names.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from wirecheck.extract.event_grammar import antecedent
from wirecheck.model import Article, Mention
from wirecheck.resources.plover import PRONOUNS

NAME_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
_AFFILIATING = frozenset({"poss", "compound", "amod", "nmod", "appos"})
_AFFILIATING_PREPS = frozenset({"of", "from"})
_NAME_PREPS = frozenset({"of", "in", "from", "for", "throughout", "across"})
_AFFILIATIONS = frozenset({"GPE", "NORP", "ORG"})
T = TypeVar("T")


@dataclass(frozen=True)
class MentionIndex:
    """Which entity (id, type) each token belongs to."""

    by_token: dict[int, tuple[str, str]]

    @classmethod
    def build(cls, mentions: Iterable[Mention], doc: Doc) -> MentionIndex:
        by_token: dict[int, tuple[str, str]] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.entity is None:
                continue
            for token in span:
                by_token.setdefault(token.i, (mention.entity, mention.type))
        return cls(by_token)

    def entity(self, token: Token) -> str | None:
        found = self.by_token.get(token.i)
        return found[0] if found else None

    def type_of(self, token: Token) -> str | None:
        found = self.by_token.get(token.i)
        return found[1] if found else None


def mentions_from_ents(article: Article, doc: Doc) -> list[Mention]:
    """Stand-in mentions from spaCy's own entities, one local id per distinct text.

    Only for scoring and tests where the entity stage is not installed; ids follow the entity
    stage's scheme `"{article.id}:e:{k}"`.
    """
    ids: dict[str, str] = {}
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            continue
        entity = ids.setdefault(ent.text, f"{article.id}:e:{len(ids)}")
        mentions.append(
            Mention(article.id, ent.start_char, ent.end_char, ent.text, ent.label_, None, entity)
        )
    return mentions


def phrase_names(
    token: Token, index: MentionIndex, outside: Token | None = None, affiliated: bool = True
) -> list[str]:
    """`names` with the entities the phrase is affiliated with (`_affiliated`), else the first
    entity inside the phrase's own words: "a newspaper based in Beirut", "fighters loyal to
    X", "refugees fleeing the war in Liberia". Words under `outside` are left out: the
    clause of the event itself ("a letter insisting that the Chilean cabinet ...")
    names whom it is aimed at, not who acts."""
    found = names(token, index)
    own_clause = outside is not None and token.is_ancestor(outside)
    skip = {t.i for t in outside.subtree} if outside is not None and own_clause else set()
    inside = [
        t
        for t in token.subtree
        if t.i != token.i and t.i not in skip and not _in_relative(t, token)
    ]
    if not found:
        return next(([ident] for t in inside if (ident := index.entity(t)) is not None), [])
    if not affiliated:
        return found
    ties = [t for t in _affiliated(token, index) if t.i not in skip]
    return unique([*found, *(ident for t in ties if (ident := index.entity(t)) is not None)])


def _affiliated(token: Token, index: MentionIndex) -> Iterator[Token]:
    """Words of the phrase that say whose it is: possessives, modifiers, appositions and
    "of/from" phrases, at any depth ("the leader of the Tamil Tigers, Velupillai
    Prabhakaran", "fighters from the Islamist group al-Shabaab"), and what a participle or
    adjective ties it to ("based in X", "loyal to Y"); not places ("in X") or other phrases
    ("a close partner in the fight with X"). A country's
    apposition describes it ("Ghana, a close EU partner"): it names no one else; a person's
    says whom they serve ("X, the founder of Hamas")."""
    place = index.type_of(token) in ("GPE", "LOC", "FAC")
    for child in token.children:
        if child.dep_ == "appos" and place:
            continue
        if child.dep_ in _AFFILIATING or child.dep_ == "pobj":
            yield child
            yield from _affiliated(child, index)
            if child.dep_ == "amod":  # "militants loyal to X"
                yield from _ties(child, index)
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATING_PREPS:
            yield from _affiliated(child, index)
        elif child.dep_ == "acl":  # "a group based in Lagos", "forces backed by Iran"
            yield from _ties(child, index)


def _ties(word: Token, index: MentionIndex) -> Iterator[Token]:
    """The names a participle or adjective ties its noun to: "loyal to X", "based in Y"."""
    for prep in word.children:
        if prep.dep_ in ("prep", "agent"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                yield pobj
                yield from _affiliated(pobj, index)


def _in_relative(word: Token, top: Token) -> bool:
    """Whether the word sits in a relative clause below `top` (a clause about someone else)."""
    while word.i != top.i:
        if word.dep_ == "relcl":
            return True
        word = word.head
    return False


def names(token: Token, index: MentionIndex, modifiers_only: bool = False) -> list[str]:
    """Entity ids a noun phrase names, with its coordinated phrases."""
    found: list[str] = []
    for phrase in (token, *(c for c in token.children if c.dep_ == "conj"), *_companions(token)):
        found.extend(_names_of(phrase, index, modifiers_only, hops=2))
    return unique(found)


def _companions(token: Token) -> Iterator[Token]:
    """ "Croatian forces, along with Bosnian troops," and "X together with its allies": the
    companions share what the phrase does."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "along":
            prep = next((c for c in prep.children if c.lower_ == "with"), prep)
        joined = prep.head.lower_ == "along" or any(c.lower_ == "together" for c in prep.children)
        if prep.dep_ == "prep" and prep.lower_ == "with" and joined:
            yield from (p for p in prep.children if p.dep_ == "pobj")


def _names_of(token: Token, index: MentionIndex, modifiers_only: bool, hops: int) -> list[str]:
    if token.pos_ == "PRON" and token.lower_ in PRONOUNS:
        noun = antecedent(token)
        # "police and their counterparts": a pronoun inside its antecedent's phrase adds nothing
        if noun is None or noun.left_edge.i <= token.i <= noun.right_edge.i:
            return []
        return phrase_names(noun, index)
    own = index.entity(token)
    if own is not None and not modifiers_only:
        return [own, *_affiliation(token, own, index)]
    # "Syria's closest ally, Iran,": the named apposition first, then the modifiers
    found = [] if modifiers_only else _named_appositions(token, index)
    found += [
        ident
        for child in token.children
        if child.dep_ in NAME_MODIFIERS
        for ident in names(child, index)
    ]
    if found or hops == 0:
        return unique(found)
    for child in token.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _NAME_PREPS):
            inner = child if child.dep_ == "appos" else next(iter(child.children), None)
            if inner is not None:  # "negotiators from Peru and Chile": both countries
                for phrase in (inner, *inner.conjuncts):
                    found.extend(_names_of(phrase, index, False, hops - 1))
    return found


def _named_appositions(token: Token, index: MentionIndex) -> list[str]:
    return [
        ident
        for child in token.children
        if child.dep_ == "appos" and (ident := index.entity(child)) is not None
    ]


def _affiliation(token: Token, own: str, index: MentionIndex) -> list[str]:
    """The country or group a named person is introduced with: "Serbian President X",
    "Hamas leader Y"; PLOVER codes a person's act as their country's or group's."""
    if index.type_of(token) != "PERSON":
        return []
    found = [
        ident
        for child in token.children
        if child.dep_ in ("compound", "amod", "poss")
        for word in child.subtree
        if (ident := index.entity(word)) not in (None, own) and index.type_of(word) in _AFFILIATIONS
    ]
    return unique(found)


def unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        marker = key(item) if key else item
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out


# "the two sides", "both countries": a pair named elsewhere in the sentence
_PAIRS = frozenset(
    {"side", "country", "nation", "government", "leader", "party", "neighbour", "neighbor",
     "state", "army", "president", "minister", "delegation", "capital", "rival"}
)  # fmt: skip


def pair_named(noun: Token, index: MentionIndex) -> list[str]:
    """ "Peru and Ecuador ended the war; the two countries ...": "the two sides" or "both
    countries" stand for the first pair of coordinated names in their sentence."""
    counted = any(c.lower_ in ("two", "both") for c in noun.children)
    if not counted or noun.lemma_.lower() not in _PAIRS:
        return []
    for token in noun.sent:
        first = index.entity(token)
        if first is None or token.dep_ == "conj":
            continue
        others = [ident for c in token.conjuncts if (ident := index.entity(c)) not in (None, first)]
        if others:
            return unique([first, *others])
    return []
