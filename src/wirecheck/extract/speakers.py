"""Speakers: the entity an attribution's source words stand for, within one article.

Order of evidence: the entity stage's own answer for the words (`entity_at`, which also knows
role descriptions it linked, like "the prime minister"); "X's office / spokesman / aides"
speak for X; a relative pronoun ("Keller, who said") stands for the noun it follows; a
pronoun or role noun stands for a compatible mention before it: within the last few
paragraphs, one whose gender is known to fit beats one who spoke last beats the nearest.
Gender is read from the pronouns already resolved to a person, then from titles (Mr., Mrs.)
and a short list of given names (resources/cues.py); a person with no evidence fits either
pronoun. A bare surname after the full name ("Okoro" after "Simon Okoro KC") is that person
even when the entity stage did not mark it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecheck.model import Mention
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from wirecheck.model import Article

EntityAt = Callable[["Article", int, int], "str | None"]

_PERSONS = ("PERSON",)
_GROUPS = ("ORG", "GPE", "NORP", "PERSON")
_THINGS = ("ORG", "GPE", "NORP")
# What follows a role's own word: "president of the institute", "minister for transport".
_ROLE_QUALIFIER = re.compile(r",|\b(?:of|for|at|in|to|on|with)\b")
_RECENT_CHARS = 1500  # how far back a pronoun looks before settling for the nearest name


@dataclass
class Speaker:
    entity: str | None
    text: str


class Resolver:
    """Speaker lookup for one article; remembers genders learnt from earlier pronouns."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.mentions = sorted(article.mentions or fallback_mentions(article, doc), key=_start)
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str]] = []  # (where, entity) of speakers so far
        self.entity_at = _entity_lookup()

    def speaker(self, start: int, end: int, head: int | None) -> Speaker:
        """The entity named by the source words text[start:end] with head token `head`."""
        text = self.article.text[start:end]
        token = self.doc[head] if head is not None else None
        entity = self._resolve(start, end, token)
        if entity is not None:
            self.speakers.append((start, entity))
        return Speaker(entity, text)

    def _resolve(self, start: int, end: int, token: Token | None) -> str | None:
        if token is not None and token.lower_ in cues.RELATIVE_PRONOUNS:
            return self._relative(token)
        if token is not None and token.lower_ in cues.PRONOUN_GENDER:
            return self._pronoun(token)
        if token is not None and token.lower_ in cues.INTERMEDIARIES:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:
                return self._named(owner.idx, owner.idx + len(owner.text), owner)
        return self._named(start, end, token)

    def _named(self, start: int, end: int, token: Token | None) -> str | None:
        """The mention at the phrase's head word ("Varga" in "Ines Varga, Mayor
        Osei's campaign manager"); the whole phrase only when there is no head word."""
        if token is None:
            return self._lookup(start, end)
        found = self._lookup(token.idx, token.idx + len(token.text)) or self._surname(token)
        if found:
            return found
        for name in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            # "Its regional director, Amina Diallo": the apposition names the speaker.
            found = self._lookup(name.idx, name.idx + len(name.text)) or self._surname(name)
            if found:
                return found
        if token.pos_ == "NOUN":
            return self._role_noun(token)
        return None

    def _surname(self, token: Token) -> str | None:
        """'Okoro said' after 'Simon Okoro KC': a name word of a person named earlier."""
        if token.pos_ != "PROPN":
            return None
        earlier = (m for m in reversed(self.mentions) if m.end <= token.idx and m.entity)
        return next(
            (m.entity for m in earlier if m.type == "PERSON" and token.text in m.text.split()),
            None,
        )

    def _lookup(self, start: int, end: int) -> str | None:
        if self.entity_at is not None:
            found = self.entity_at(self.article, start, end)
            if found:
                return str(found)
        inside = [m for m in self.mentions if m.start < end and start < m.end and m.entity]
        return inside[0].entity if inside else None

    def _relative(self, token: Token) -> str | None:
        """'Keller, who said ...': the noun the relative clause hangs on."""
        clause = token.head
        noun = clause.head if clause.dep_ in ("relcl", "acl") else None
        if noun is None:
            return None
        return self._resolve(noun.left_edge.idx, noun.idx + len(noun.text), noun)

    def _pronoun(self, token: Token) -> str | None:
        """The earlier mention that agrees with the pronoun: among those in the last few
        paragraphs, one in the pronoun's paragraph, one whose gender is known to fit, a
        sentence's subject, one who spoke last, then the nearest."""
        want = cues.PRONOUN_GENDER[token.lower_]
        types = _PERSONS if want in ("m", "f") else _THINGS if want == "n" else _GROUPS
        earlier = [m for m in reversed(self.mentions) if m.end <= token.idx and m.entity]
        fits = [m for m in earlier if m.type in types and self._agrees(m, want)]
        if not fits:
            return None
        near = [m for m in fits if token.idx - m.end <= _RECENT_CHARS] or fits[:1]
        spoke = {e for at, e in self.speakers if token.idx - at <= _RECENT_CHARS}
        # One named in the pronoun's own paragraph beats one in an earlier paragraph, even one
        # whose gender is known to fit ("Governor Martina Egger went to the scene. 'A black
        # day,' she said."; "The Registration Bill passed ... [new paragraph] Duncan Ferrier
        # said ... 'It will empty our high streets,' he said": not "Bill", a man's name).
        # Where gender does not decide, a sentence's subject beats a name inside a phrase
        # ("Quint crossed the line, cutting three days from the record held by France's Oriel
        # Dace. 'The last ten days were the hardest,' she told ...": Quint).
        text = token.doc.text
        best = max(
            near,
            key=lambda m: (
                "\n" not in text[m.end : token.idx],
                self._known(m) == want,
                _is_subject(token.doc, m),
                m.entity in spoke,
                m.end,
            ),
        )
        if want in ("m", "f") and best.entity:
            self.gender.setdefault(best.entity, want)
        return best.entity

    def _known(self, mention: Mention) -> str | None:
        return self.gender.get(mention.entity or "") or gender_of(self._all_texts(mention))

    def _agrees(self, mention: Mention, want: str) -> bool:
        if want not in ("m", "f"):
            return True
        known = self._known(mention)
        return known is None or known == want

    def _all_texts(self, mention: Mention) -> list[str]:
        return [m.text for m in self.mentions if m.entity == mention.entity] + [
            m.role or "" for m in self.mentions if m.entity == mention.entity
        ]

    def _role_noun(self, token: Token) -> str | None:
        """'the prime minister', 'the ministry': the nearest earlier mention holding that role;
        'the German leader': the nearest earlier person who holds any role."""
        word = token.lower_
        earlier = [m for m in reversed(self.mentions) if m.end <= token.idx and m.entity]
        for mention in earlier:
            if word == _role_head(mention.role):
                return mention.entity
            if mention.type in _THINGS and word in mention.text.lower().split():
                return mention.entity
        if word in cues.LEADER_NOUNS:
            return next((m.entity for m in earlier if m.type == "PERSON" and m.role), None)
        return None


def _role_head(role: str | None) -> str | None:
    """The word a role is named by: "minister" in "Interior Minister" and in "minister for
    transport", "spokesman" in "airport spokesman" (so "the airport said" is not the airport's
    spokesman: an intermediary speaks for the body, never the other way round)."""
    words = _ROLE_QUALIFIER.split((role or "").lower(), maxsplit=1)[0].split()
    return words[-1] if words else None


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")


def gender_of(texts: list[str]) -> str | None:
    """m / f from a title or a known given name in any of the texts; None when unsure."""
    for text in texts:
        words = text.lower().replace(".", ". ").split()
        for word in words[:3]:
            if word in cues.FEMALE_TITLES or word.rstrip(".") in cues.FEMALE_NAMES:
                return "f"
            if word in cues.MALE_TITLES or word.rstrip(".") in cues.MALE_NAMES:
                return "m"
    return None


def fallback_mentions(article: Article, doc: Doc) -> list[Mention]:
    """Named mentions from spaCy's entities when no entity stage ran: surnames share an id."""
    mentions: list[Mention] = []
    ids: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in cues.SPEAKER_TYPES:
            continue
        text = ent.text.removesuffix("'s").removesuffix("’s")
        key = text.split()[-1].lower() if ent.label_ == "PERSON" and text.split() else text.lower()
        entity = ids.setdefault(key, f"{article.id}:e:{len(ids)}")
        mentions.append(
            Mention(
                article.id,
                ent.start_char,
                ent.start_char + len(text),
                text,
                ent.label_,
                None,
                entity,
            )
        )
    return mentions


def _entity_lookup() -> EntityAt | None:
    """The entity stage's `entity_at`, when that stage is installed."""
    try:
        from wirecheck.extract.entities import entity_at
    except ImportError:
        return None
    return entity_at


def _start(mention: Mention) -> int:
    return mention.start
