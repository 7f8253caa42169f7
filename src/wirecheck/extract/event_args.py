"""Event arguments from the dependency parse: actors, targets, place and time.

Actors and targets are entity ids of the article's mentions. A noun phrase names an entity
through its head ("Israel"), else through a modifier ("Israeli soldiers", "Israel's army":
a demonym is a mention of its country), else through an "of/in/from" phrase ("rebels in the
Ivory Coast"), else through the first entity in its own words ("a militia loyal to X"). A
pronoun subject stands for the subject of the clause above it ("Syria says it will withdraw").
Coordinated phrases give several actors ("the United States and Jordan"). Targets come from
objects and target prepositions, the subject of a demanded clause or of a threat's condition
("unless Baghdad accepts"), and failing those an "against X" phrase in the clause.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from wirecheck.extract.event_grammar import antecedent, objects
from wirecheck.extract.event_triggers import Predication
from wirecheck.model import Article, Mention, Time
from wirecheck.resources.plover import PLACE_PREPS, PLACE_TYPES, PRONOUNS, TARGET_PREPS

_NAME_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
_NAME_PREPS = frozenset({"of", "in", "from", "for", "throughout", "across"})
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
_TARGET_DEPS = frozenset({"dobj", "dative", "iobj", "nsubjpass"})
# Types aimed at whoever must meet a condition ("..., unless X withdraws")
_CONDITIONING = frozenset({"THREATEN", "DEMAND"})
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


def actors(pred: Predication, index: MentionIndex) -> list[str]:
    """Who acts: the subject (the agent of a passive), else the event noun's own modifiers."""
    found = _unique(ident for token in actor_phrases(pred) for ident in phrase_names(token, index))
    if not found and pred.trigger.pos_ == "NOUN":
        found = _unique(names(pred.trigger, index, modifiers_only=True))
    return found


def actor_phrases(pred: Predication) -> list[Token]:
    head = pred.head
    if head.i == pred.trigger.i and head.pos_ == "NOUN":
        return [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
        ]
    agent = [p for c in head.children if c.dep_ == "agent" for p in c.children]
    if agent or _passive(head):
        return agent
    subject = subject_of(head)
    if subject is not None and subject.i == pred.trigger.i:
        return []  # "clashes broke out": the event noun is the subject, not an actor
    found = [subject] if subject is not None else []
    if head.dep_ == "acl" and head.head.dep_ == "dobj":
        # "issued a statement demanding ...": the issuer demands
        issuer = subject_of(head.head.head)
        found += [issuer] if issuer is not None else []
    return found


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through control, coordination and relative clauses."""
    for _ in range(6):
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def targets(pred: Predication, index: MentionIndex, exclude: list[str]) -> list[str]:
    """Whom the event is aimed at: objects and "with/against/on/to..." phrases of its words,
    the subject of a demanded clause, and the object of a purpose clause ("to disperse X")."""
    words = [*pred.verbs, pred.trigger]
    phrases: list[Token] = []
    for clause in (pred.complement, *_clauses(pred.trigger), *_demanded(pred)):
        if clause is not None:
            phrases.extend(c for c in clause.children if c.dep_ == "nsubj")
            words.append(clause)
    words.extend(c for w in words for c in w.children if c.dep_ == "advcl" and _purpose(c))
    if pred.type in _CONDITIONING:  # "threatened to strike unless Baghdad accepted": Baghdad
        phrases.extend(_condition_subjects(words))
    for word in _unique(words, key=lambda t: t.i):
        phrases.extend(_target_phrases(word, pred.trigger))
    phrases += [inner for noun in phrases for inner in _prep_objects(noun)]
    found = _unique(ident for token in phrases for ident in phrase_names(token, index))
    if not [ident for ident in found if ident not in exclude]:
        found += _against(pred.head, index)
    if pred.type == "PROTEST" and not [ident for ident in found if ident not in exclude]:
        found += _grievance(pred, index)
    return [ident for ident in found if ident not in exclude]


def _grievance(pred: Predication, index: MentionIndex) -> list[str]:
    """Whom a protest is aimed at when no object says so: the entities its stated purpose or
    grievance names ("..., demanding independence from Iraq", "in protest at the Russian
    government's refusal", "to press demands on President X")."""
    phrases = [
        child
        for word in _unique([*pred.verbs, pred.trigger], key=lambda t: t.i)
        for child in word.children
        if _purpose_or_grievance(child)
    ]
    words = sorted({t.i: t for p in phrases for t in p.subtree}.values(), key=lambda t: t.i)
    return _unique(ident for t in words if (ident := index.entity(t)) is not None)


def _purpose_or_grievance(child: Token) -> bool:
    """ "to press demands", "demanding X", "in protest at X"."""
    if child.dep_ in ("advcl", "xcomp"):
        return child.tag_ in ("VB", "VBG")
    return child.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in ("protest", "response", "opposition")
        for p in child.children
    )


def _demanded(pred: Predication) -> list[Token]:
    """ "reiterated its demand that Israel ease ...": the demanded clause under the verb."""
    if pred.type != "DEMAND":
        return []
    clauses = (c for w in pred.verbs for c in w.children if c.dep_ == "ccomp")
    return [c for c in clauses if c.i != pred.trigger.i]


def _condition_subjects(words: list[Token]) -> Iterator[Token]:
    """Subjects of "if / unless" clauses: whoever must act to meet a threat or demand."""
    for word in words:
        for clause in word.children:
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & {"if", "unless"}:
                yield from (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))


def _against(head: Token, index: MentionIndex) -> list[str]:
    """Names in an "against X" phrase anywhere in the clause ("mobilized reservists for a
    possible war against Iraq"): whom the act is aimed at when no object says so."""
    found: list[str] = []
    for prep in head.subtree:
        if prep.dep_ == "prep" and prep.lower_ == "against":
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found.extend(phrase_names(pobj, index))
    return _unique(found)


def _clauses(noun: Token) -> list[Token]:
    """A clause that spells out an event noun: "its demand that Israel ease ..."."""
    if noun.pos_ != "NOUN":
        return []
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]


def _purpose(clause: Token) -> bool:
    """ "to disperse the crowd", "demanding reforms": an infinitive or participle clause."""
    return clause.tag_ in ("VB", "VBG") and not any(c.dep_ == "mark" for c in clause.children)


def _target_phrases(word: Token, trigger: Token) -> Iterator[Token]:
    for child in word.children:
        if child.pos_ == "ADP" and child.dep_ in ("prep", "dative", "prt"):
            yield from _pobjs(child)
        elif child.dep_ in _TARGET_DEPS and child.i != trigger.i and _object_role(child, word):
            yield from (child, *child.conjuncts)
    if word.pos_ == "VERB":
        for noun in objects(word):
            if noun.i == trigger.i:
                yield from _prep_objects(noun)


def _pobjs(prep: Token) -> Iterator[Token]:
    """Objects of a target preposition, also under a particle ("kidnapped up to 16 X")."""
    if prep.lower_ in TARGET_PREPS:
        yield from (p for p in prep.children if p.dep_ == "pobj")
    for inner in prep.children:
        if inner.dep_ == "prep" and inner.lower_ in TARGET_PREPS:
            yield from (p for p in inner.children if p.dep_ == "pobj")


def _prep_objects(noun: Token) -> Iterator[Token]:
    """ "relations with Russia", "sanctions on the Taliban", "calls by Belarus's rulers"."""
    for word in (noun, *noun.conjuncts):
        for prep in word.children:
            if prep.dep_ == "prep" and (prep.lower_ in TARGET_PREPS or prep.lower_ == "by"):
                yield from (p for p in prep.children if p.dep_ == "pobj")


def place(pred: Predication, index: MentionIndex) -> str | None:
    """A place entity in a locative phrase of the event: "in Geneva", "near the town of X"."""
    for word in _unique([*pred.verbs, pred.trigger], key=lambda t: t.i):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = _place_in(pobj, index)
                if found is not None:
                    return found
    return None


def _place_in(noun: Token, index: MentionIndex) -> str | None:
    candidates = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        candidates.extend(p for p in prep.children if p.dep_ == "pobj")
    for token in candidates:
        if index.type_of(token) in PLACE_TYPES:
            return index.entity(token)
    return None


def time_of(pred: Predication, times: list[Time]) -> str | None:
    """The value of a time expression in the event's clause, else in its sentence."""
    clause = list(pred.head.subtree)
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
    sent = pred.head.sent
    for low, high in ((start, end), (sent.start_char, sent.end_char)):
        inside = [t for t in times if low <= t.start and t.end <= high and t.value]
        if inside:
            return min(inside, key=lambda t: abs(t.start - pred.trigger.idx)).value
    return None


def phrase_names(token: Token, index: MentionIndex) -> list[str]:
    """`names`, else the first entity inside the phrase's own words: "a newspaper based in
    Beirut", "militants loyal to X", "refugees fleeing the war in Liberia"."""
    found = names(token, index)
    if found:
        return found
    inside = [t for t in token.subtree if t.i != token.i and not _in_relative(t, token)]
    return next(([ident] for t in inside if (ident := index.entity(t)) is not None), [])


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
    for phrase in (token, *(c for c in token.children if c.dep_ == "conj")):
        found.extend(_names_of(phrase, index, modifiers_only, hops=2))
    return _unique(found)


def _names_of(token: Token, index: MentionIndex, modifiers_only: bool, hops: int) -> list[str]:
    if token.pos_ == "PRON" and token.lower_ in PRONOUNS:
        noun = antecedent(token)
        return phrase_names(noun, index) if noun is not None else []
    own = index.entity(token)
    if own is not None and not modifiers_only:
        return [own]
    found = [
        ident
        for child in token.children
        if child.dep_ in _NAME_MODIFIERS
        for ident in names(child, index)
    ]
    if found or hops == 0:
        return found
    for child in token.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in _NAME_PREPS):
            inner = child if child.dep_ == "appos" else next(iter(child.children), None)
            if inner is not None:  # "negotiators from Peru and Chile": both countries
                for phrase in (inner, *inner.conjuncts):
                    found.extend(_names_of(phrase, index, False, hops - 1))
    return found


def _object_role(child: Token, verb: Token) -> bool:
    """A passive subject is a target only of a passive verb."""
    return child.dep_ != "nsubjpass" or _passive(verb)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> list[T]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        marker = key(item) if key else item
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out
