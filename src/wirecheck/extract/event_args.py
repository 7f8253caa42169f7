"""Event arguments from the dependency parse: actors and targets (place and time are in
`event_place`, the aims of protests and of answers to demands in `event_aims`).

Actors and targets are entity ids of the article's mentions, named by noun phrases as
`event_names` reads them, with whoever the phrase ties its head to. Actors are the subject or
passive agent ("the attack by X killed": X), else the event noun's own modifiers ("Russian
strikes"), else the first side of "between X and Y"; forces that were sent act for their
sender ("troops were deployed"); a judgement is passed by its speaker. Coordinated phrases and
companions give several actors ("Chile and Peru", "X along with Y"). Targets
come from objects and target prepositions, the subject of a demanded clause or of a threat's
condition ("unless Baghdad accepts"), and failing those an "against X" phrase in the clause;
a target may be the actors' own country when the phrase names it apart from theirs.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecheck.extract.event_aims import ANSWERS, grievance, pressing, seat
from wirecheck.extract.event_grammar import (
    complement,
    judged,
    judges,
    noun_words,
    objects,
    stranded_subject,
)
from wirecheck.extract.event_match import several_parties
from wirecheck.extract.event_names import NAME_MODIFIERS as NAME_MODIFIERS
from wirecheck.extract.event_names import MentionIndex as MentionIndex
from wirecheck.extract.event_names import mentions_from_ents as mentions_from_ents
from wirecheck.extract.event_names import names as names
from wirecheck.extract.event_names import pair_named, unique
from wirecheck.extract.event_names import phrase_names as phrase_names
from wirecheck.extract.event_triggers import Predication
from wirecheck.resources.plover import TARGET_PREPS, lexicon

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


def actors(pred: Predication, index: MentionIndex, affiliated: bool = True) -> list[str]:
    """Who acts: the subject (the agent of a passive), else the event noun's own modifiers,
    else the first side of a "between X and Y" phrase (Y is then the target). `affiliated`
    adds whom the subject is affiliated with ("the leader of X, Y": X and Y)."""
    phrases = actor_phrases(pred)
    found = unique(
        ident for token in phrases for ident in phrase_names(token, index, pred.head, affiliated)
    )
    if not found:  # "the two sides agreed": the pair the sentence names
        found = unique(ident for token in phrases for ident in pair_named(token, index))
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
    if pred.judged:
        return judges(pred.trigger)
    if head.i == pred.trigger.i and head.pos_ == "NOUN":
        return _by_phrase(head)
    agent = [p for c in head.children if c.dep_ == "agent" for p in c.children]
    if agent:
        return agent
    raised = [c for c in head.children if c.dep_ == "nsubjpass"]
    if raised and head.i != pred.trigger.i and pred.trigger.dep_ == "xcomp":
        return raised  # "the minister is expected to visit": the minister visits
    if _passive(head) and head.lemma_.lower() in _STATES:
        return [c for c in head.children if c.dep_ == "nsubjpass"]  # "Ghana is committed to"
    if _passive(head):  # "troops were deployed": forces moved act for whoever sent them
        moved = [c for c in head.children if c.dep_ == "nsubjpass" and _forces(c)]
        return moved if pred.type in _SENDING else []
    subject = subject_of(head)
    if subject is not None and subject.i == pred.trigger.i:
        return []  # "clashes broke out": the event noun is the subject, not an actor
    if subject is not None and subject.pos_ == "NOUN" and _by_phrase(subject):
        return _by_phrase(subject)  # "the attack by Russian jets killed ...": the jets act
    found = [subject] if subject is not None else stranded_subject(head)
    if subject is not None and _fronted(subject, head):
        # "With the signing of X, the government and the rebels agreed": the parser took the
        # object of the opening phrase for the subject
        found = stranded_subject(head) or found
    if head.dep_ == "acl" and head.head.dep_ == "dobj":
        # "issued a statement demanding ...": the issuer demands
        issuer = subject_of(head.head.head)
        found += [issuer] if issuer is not None else []
    return found


def _fronted(subject: Token, verb: Token) -> bool:
    """Whether the subject opens right after a preposition of its own verb."""
    before = subject.left_edge.i - 1
    prep = subject.doc[before] if before >= subject.sent.start else None
    return prep is not None and prep.dep_ == "prep" and prep.head.i == verb.i


def _undergone(pred: Predication) -> bool:
    """ "X is under arrest", "X came under attack": X undergoes the event."""
    trigger = pred.trigger
    under = trigger.dep_ == "pobj" and trigger.head.lower_ == "under"
    return under and pred.head.lemma_.lower() in ("be", "remain", "come")


def _by_phrase(noun: Token) -> list[Token]:
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]


def _sent(phrase: Token, pred: Predication) -> bool:
    """ "the deployment of NATO troops": the forces a sending noun's "of" phrase names are
    what is sent, acting for whoever sent them; they are no target."""
    of = phrase.head
    owner = of.head.i == pred.trigger.i and pred.trigger.pos_ == "NOUN"
    return owner and of.lower_ == "of" and pred.type in _SENDING and _forces(phrase)


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
        phrases.extend(p for p in _target_phrases(word, pred.trigger) if not _sent(p, pred))
        phrases.extend(_controlled_subjects(word))
        if pred.type in _FOR_WHOM:  # "support for Mexico's efforts", "aid for Haiti"
            phrases.extend(p for c in word.children if c.lower_ == "for" for p in _pobjs_of(c))
    if _undergone(pred):
        phrases.extend(c for c in pred.head.children if c.dep_ == "nsubj")
    if pred.judged:  # "said the demand was unacceptable": the demand and whose it is
        phrases.extend(judged(pred.trigger))
    if pred.type in ANSWERS:  # "refused to step down despite pressure by X": X asked
        phrases.extend(pressing(words))
    cause = subject_of(pred.head)
    if cause is not None and cause.i != pred.trigger.i and _eventive(cause):
        phrases.extend(_prep_objects(cause))  # "the attack on X by Y killed ...": X
    phrases += [inner for noun in phrases for inner in _prep_objects(noun)]
    found = unique(ident for token in phrases for ident in phrase_names(token, index))
    if not [ident for ident in found if ident not in exclude]:
        found += _against(pred.head, index) or _destination(pred, index)
    if not [ident for ident in found if ident not in exclude]:
        # "would retaliate if NATO deployed missiles": whoever the condition is aimed at
        conditioned = _condition_subjects(words)
        found += unique(i for token in conditioned for i in phrase_names(token, index))
    apart = _named_apart(pred, phrases, index)
    if pred.type == "PROTEST":  # the grievance names the target even beside a place
        aimed = grievance(pred, index) or seat(pred, index)
        found, apart = unique([*aimed, *found]), apart | set(aimed)
    # "Chilean fishermen ... boats taken by Chilean forces": a country named apart
    # from the actors' own phrase is a target too
    kept = [ident for ident in found if ident not in exclude or ident in apart]
    return kept or _other_sides(pred, index, exclude)


def _named_apart(pred: Predication, phrases: list[Token], index: MentionIndex) -> set[str]:
    """Entities the target phrases name in words of their own, not through a pronoun nor
    inside the actors' phrase ("Syria will withdraw its troops": not Syria)."""
    sides = _between(pred)[:1]  # "fighting between X and Y": X acts
    own = {t.i for phrase in (*actor_phrases(pred), *sides) for t in phrase.subtree}
    words = (t for phrase in phrases for t in phrase.subtree if t.i not in own)
    return {ident for t in words if t.pos_ != "PRON" and (ident := index.entity(t)) is not None}


def _eventive(word: Token) -> bool:
    """A verb, or a noun the lexicon knows as a trigger ("attack"), not "the leader of X"."""
    return word.pos_ == "VERB" or (
        word.pos_ == "NOUN" and word.lemma_.lower() in lexicon().triggers
    )


def _target_words(pred: Predication) -> tuple[list[Token], list[Token]]:
    """The words whose objects and phrases may name the target, and the subjects of the
    clauses the event governs (a demanded or absorbed clause, a threat's condition)."""
    words = [*pred.verbs, pred.trigger]
    phrases: list[Token] = []
    for clause in (pred.complement, *_clauses(pred.trigger), *_demanded(pred)):
        if clause is not None:
            phrases.extend(c for c in clause.children if c.dep_ == "nsubj")
            # "called on Kurds to organise and mobilise against X": coordinated acts share it
            words.extend([clause, *clause.conjuncts])
            # "prepared to continue shelling X": the act the absorbed aspect verb governs
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
    """Names in an "against X" phrase anywhere in the clause ("called up its reserves ahead
    of a feared war against Peru"): whom the act is aimed at when no object says so."""
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
    """Objects of a target preposition, also under a particle ("seized up to 20 X")."""
    if prep.lower_ in TARGET_PREPS:
        yield from (p for p in prep.children if p.dep_ == "pobj")
    for inner in prep.children:
        if inner.dep_ == "prep" and inner.lower_ in TARGET_PREPS:
            yield from (p for p in inner.children if p.dep_ == "pobj")


def _prep_objects(noun: Token) -> Iterator[Token]:
    """ "relations with Peru", "sanctions on the junta", "calls by Ghana's leaders"."""
    for word in (noun, *noun.conjuncts):
        for prep in word.children:
            if prep.dep_ == "prep" and (prep.lower_ in TARGET_PREPS or prep.lower_ == "by"):
                yield from (p for p in prep.children if p.dep_ == "pobj")


def _object_role(child: Token, verb: Token) -> bool:
    """A passive subject is a target only of a passive verb."""
    return child.dep_ != "nsubjpass" or _passive(verb)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
