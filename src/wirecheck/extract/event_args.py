"""Event arguments from the dependency parse: actors, targets, place and time.

Actors and targets are entity ids of the article's mentions, named by noun phrases as
`event_names` reads them. Actors are the subject or passive agent ("the attack by X killed":
X), else the event noun's own modifiers ("Russian strikes"), else the first side of "between
X and Y"; forces that were sent act for their sender ("troops were deployed").
Coordinated phrases give several actors ("the United States and Jordan"). Targets come from
objects and target prepositions, the subject of a demanded clause or of a threat's condition
("unless Baghdad accepts"), and failing those an "against X" phrase in the clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecheck.extract.event_grammar import complement, noun_words, objects
from wirecheck.extract.event_match import several_parties
from wirecheck.extract.event_names import NAME_MODIFIERS as NAME_MODIFIERS
from wirecheck.extract.event_names import MentionIndex as MentionIndex
from wirecheck.extract.event_names import mentions_from_ents as mentions_from_ents
from wirecheck.extract.event_names import names as names
from wirecheck.extract.event_names import phrase_names as phrase_names
from wirecheck.extract.event_names import unique
from wirecheck.extract.event_triggers import Predication
from wirecheck.model import Time
from wirecheck.resources.plover import PLACE_PREPS, PLACE_TYPES, TARGET_PREPS, lexicon

_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
_TARGET_DEPS = frozenset({"dobj", "dative", "iobj", "nsubjpass"})
# Types aimed at whoever must meet a condition ("..., unless X withdraws")
_CONDITIONING = frozenset({"THREATEN", "DEMAND"})
# Event nouns (types or lemmas) whose "of" phrase is the one it is done to
_DONE_TO_OF = frozenset({"ASSAULT", "COERCE", "SANCTION", "release", "handover", "extradition"})
# Events whose passive subject is the force sent ("troops were deployed"), not its target
_SENDING = frozenset({"MOBILIZE", "AID"})
# Participles that state their subject's own stance, not something done to it
_STATES = frozenset({"commit", "prepare", "determine", "resolve", "oppose", "dedicate"})
# Acts that are two-sided by nature: each of several doers acts on the others
_RECIPROCAL = frozenset({"FIGHT", "CONSULT", "COOPERATE"})
# Types whose "for X" phrase names the one helped or backed
_FOR_WHOM = frozenset({"SUPPORT", "AID"})
_PEACEKEEPERS = frozenset({"peacekeeper", "peacekeeping", "observer", "monitor"})
# Buildings that stand for whoever sits in them when a protest is held outside
_SEATS = frozenset(
    {"embassy", "consulate", "ministry", "office", "headquarters", "parliament", "palace",
     "residence", "legation", "mission", "base"}
)  # fmt: skip


def actors(pred: Predication, index: MentionIndex) -> list[str]:
    """Who acts: the subject (the agent of a passive), else the event noun's own modifiers,
    else the first side of a "between X and Y" phrase (Y is then the target)."""
    found = unique(ident for token in actor_phrases(pred) for ident in phrase_names(token, index))
    if not found and pred.trigger.pos_ == "NOUN":
        found = unique(_noun_doers(pred, index))
    if not found:
        sides = _between(pred)
        found = phrase_names(sides[0], index) if sides else []
        found = found[:1] if len(sides) == 1 and len(sides[0].conjuncts) else found
    return found


def _noun_doers(pred: Predication, index: MentionIndex) -> list[str]:
    """Names on the event noun itself: "Russian strikes". Its "of" phrase names the doer of
    "the withdrawal of Syrian troops" but the victim of "the arrest of Kenyan students"."""
    noun = pred.trigger
    if pred.type not in _DONE_TO_OF and noun.lemma_.lower() not in _DONE_TO_OF:
        return names(noun, index, modifiers_only=True)
    mods = (c for c in noun.children if c.dep_ in NAME_MODIFIERS)
    return [ident for child in mods for ident in names(child, index)]


def _between(pred: Predication) -> list[Token]:
    """The pobj of a "between" phrase on the event's words: "clashes between X and Y"."""
    for word in unique([*pred.verbs, pred.trigger], key=lambda t: t.i):
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                return [p for p in prep.children if p.dep_ == "pobj"]
    return []


def actor_phrases(pred: Predication) -> list[Token]:
    head = pred.head
    if _undergone(pred):
        return []  # "X is under investigation": X is the target
    if head.i == pred.trigger.i and head.pos_ == "NOUN":
        return _by_phrase(head)
    agent = [p for c in head.children if c.dep_ == "agent" for p in c.children]
    if agent:
        return agent
    raised = [c for c in head.children if c.dep_ == "nsubjpass"]
    if raised and head.i != pred.trigger.i and pred.trigger.dep_ == "xcomp":
        return raised  # "the minister is expected to visit": the minister visits
    if _passive(head) and head.lemma_.lower() in _STATES:
        return [c for c in head.children if c.dep_ == "nsubjpass"]  # "Vietnam is committed to"
    if _passive(head):  # "troops were deployed": forces moved act for whoever sent them
        moved = [c for c in head.children if c.dep_ == "nsubjpass" and _forces(c)]
        return moved if pred.type in _SENDING else []
    subject = subject_of(head)
    if subject is not None and subject.i == pred.trigger.i:
        return []  # "clashes broke out": the event noun is the subject, not an actor
    if subject is not None and subject.pos_ == "NOUN" and _by_phrase(subject):
        return _by_phrase(subject)  # "the attack by Russian jets killed ...": the jets act
    found = [subject] if subject is not None else []
    if head.dep_ == "acl" and head.head.dep_ == "dobj":
        # "issued a statement demanding ...": the issuer demands
        issuer = subject_of(head.head.head)
        found += [issuer] if issuer is not None else []
    return found


def _undergone(pred: Predication) -> bool:
    """ "X is under arrest", "X came under attack": X undergoes the event."""
    trigger = pred.trigger
    under = trigger.dep_ == "pobj" and trigger.head.lower_ == "under"
    return under and pred.head.lemma_.lower() in ("be", "remain", "come")


def _by_phrase(noun: Token) -> list[Token]:
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]


def _forces(noun: Token) -> bool:
    return bool(noun_words(noun) & (lexicon().words("troops") | _PEACEKEEPERS))


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through control, coordination and relative clauses."""
    for _ in range(6):
        own = _own_subject(verb)
        if own is not None:
            return own
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _own_subject(verb: Token) -> Token | None:
    """A nominal subject before a clausal one: in "Visiting Indian Prime Minister X held
    talks" the parser may read "Visiting" as a clause subject beside the real one."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    return min(found, key=lambda c: c.dep_ != "nsubj", default=None)


def targets(pred: Predication, index: MentionIndex, exclude: list[str]) -> list[str]:
    """Whom the event is aimed at: objects and "with/against/on/to..." phrases of its words,
    the subject of a demanded clause, and the object of a purpose clause ("to disperse X");
    failing those, an "against" phrase, a destination, whoever a condition is put to, and
    the other side of a two-sided act."""
    words, phrases = _target_words(pred)
    for word in unique(words, key=lambda t: t.i):
        phrases.extend(_target_phrases(word, pred.trigger))
        phrases.extend(_controlled_subjects(word))
        if pred.type in _FOR_WHOM:  # "support for Mexico's efforts", "aid for Haiti"
            phrases.extend(p for c in word.children if c.lower_ == "for" for p in _pobjs_of(c))
    if _undergone(pred):
        phrases.extend(c for c in pred.head.children if c.dep_ == "nsubj")
    cause = subject_of(pred.head)
    if cause is not None and cause.pos_ in ("NOUN", "VERB") and cause.i != pred.trigger.i:
        phrases.extend(_prep_objects(cause))  # "the attack on X by Y killed ...": X
    phrases += [inner for noun in phrases for inner in _prep_objects(noun)]
    found = unique(ident for token in phrases for ident in phrase_names(token, index))
    if not [ident for ident in found if ident not in exclude]:
        found += _against(pred.head, index) or _destination(pred, index)
    if not [ident for ident in found if ident not in exclude]:
        # "would retaliate if NATO deployed missiles": whoever the condition is aimed at
        conditioned = _condition_subjects(words)
        found += unique(i for token in conditioned for i in phrase_names(token, index))
    if pred.type == "PROTEST":  # the grievance names the target even beside a place
        found = unique([*(_grievance(pred, index) or _seat(pred, index)), *found])
    return [ident for ident in found if ident not in exclude] or _other_sides(pred, index, exclude)


def _target_words(pred: Predication) -> tuple[list[Token], list[Token]]:
    """The words whose objects and phrases may name the target, and the subjects of the
    clauses the event governs (a demanded or absorbed clause, a threat's condition)."""
    words = [*pred.verbs, pred.trigger]
    phrases: list[Token] = []
    for clause in (pred.complement, *_clauses(pred.trigger), *_demanded(pred)):
        if clause is not None:
            phrases.extend(c for c in clause.children if c.dep_ == "nsubj")
            words.append(clause)
            # "prepared to resume shelling X": the act the absorbed aspect verb governs
            inner = complement(clause, infinitive_only=False)
            words += [inner] if inner is not None and clause.i != pred.trigger.i else []
    words.extend(c for w in words for c in w.children if c.dep_ == "advcl" and _purpose(c))
    if pred.type in _CONDITIONING:  # "threatened to strike unless Baghdad accepted": Baghdad
        phrases.extend(_condition_subjects(words))
    return words, phrases


def _controlled_subjects(word: Token) -> Iterator[Token]:
    """ "helped Iraq rebuild", "allowed inspectors to return": the one made or let to act is
    the one the act is aimed at."""
    if word.pos_ not in ("VERB", "AUX"):
        return
    for clause in word.children:
        if clause.dep_ in ("ccomp", "xcomp") and (clause.tag_ == "VB" or _to_clause(clause)):
            yield from (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON")


def _pobjs_of(prep: Token) -> Iterator[Token]:
    return (p for p in prep.children if p.dep_ == "pobj")


def _other_sides(pred: Predication, index: MentionIndex, exclude: list[str]) -> list[str]:
    """ "clashes between Armenian and Azerbaijani forces": a two-sided act with no other
    target is aimed by each side at the other; the sides after the first are its targets.
    Fighting, talks and cooperation are two-sided by nature, whoever the subject names."""
    sides = _between(pred)
    if not sides and pred.type in _RECIPROCAL:  # "Indian and Pakistani troops traded fire"
        return exclude[1:] if several_parties(pred.head) else []
    named = unique(ident for side in sides for ident in phrase_names(side, index))
    first = exclude[:1] or named[:1]
    return [ident for ident in named if ident not in first]


def _destination(pred: Predication, index: MentionIndex) -> list[str]:
    """ "sent a team to Haiti to investigate": a purpose clause's event is aimed at where the
    main verb sent its doers."""
    head = pred.head
    if head.dep_ != "advcl" or not _purpose(head) and not _to_clause(head):
        return []
    preps = (c for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("to", "into"))
    return unique(i for p in preps for o in p.children if o.dep_ == "pobj" for i in names(o, index))


def _to_clause(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _grievance(pred: Predication, index: MentionIndex) -> list[str]:
    """Whom a protest is aimed at when no object says so: the entities its stated purpose or
    grievance names ("..., demanding independence from Iraq", "in protest at the Russian
    government's refusal", "to press demands on President X")."""
    phrases = [
        child
        for word in unique([*pred.verbs, pred.trigger], key=lambda t: t.i)
        for child in word.children
        if _purpose_or_grievance(child)
    ]
    words = sorted({t.i: t for p in phrases for t in p.subtree}.values(), key=lambda t: t.i)
    return unique(ident for t in words if (ident := index.entity(t)) is not None)


def _seat(pred: Predication, index: MentionIndex) -> list[str]:
    """A protest outside someone's seat is aimed at its owner: "outside the Chinese embassy"."""
    for word in unique([*pred.verbs, pred.trigger], key=lambda t: t.i):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if pobj.lemma_.lower() in _SEATS:
                    return names(pobj, index, modifiers_only=True)
    return []


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
    return unique(found)


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
    """A place entity in a locative phrase of the event: "in Geneva", "near the town of X";
    failing that, of a clause below it ("killed when a bomb exploded in Peshawar")."""
    words = unique([*pred.verbs, pred.trigger], key=lambda t: t.i)
    below = [t for w in words for t in w.subtree if t.dep_ == "advcl" and t.pos_ == "VERB"]
    for word in unique([*words, *below], key=lambda t: t.i):
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


def _object_role(child: Token, verb: Token) -> bool:
    """A passive subject is a target only of a passive verb."""
    return child.dep_ != "nsubjpass" or _passive(verb)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
