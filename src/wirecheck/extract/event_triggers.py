"""Event predications in a parsed sentence: which word carries which PLOVER type.

One predication per clause: a verb with its own type ("shelled"), a light or transparent verb
whose object noun or complement verb carries the event ("held talks", "promised to send aid"),
an absorbing verb that takes its complement along ("threatened to ban", "demanded that X go"),
or a noun event that is the subject or object of an untyped verb ("clashes broke out"), that
"there is" or a copula tells of ("there were protests", "Yeltsin's visit was the first"), or
that is the passive agent of an untyped verb ("was rocked by explosions"). Ending an act
undoes it ("ceased firing": RETREAT), an untyped act done "in protest" is a protest, and a
predicate adjective may pass a judgement ("the demand was unacceptable"). Nominal events
inside other prepositional phrases ("after the talks") are arguments, not events. A sentence
with no event is read once more with misspelt triggers forgiven ("threatend").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from wirecheck.extract.event_grammar import (
    by_phrase_words,
    causes,
    clause_argument,
    complement,
    deontic_clause,
    depth,
    described,
    existential,
    infinitive,
    light_objects,
    noun_words,
    objects,
    proposal_of,
    state_of,
    subject,
    subject_words,
)
from wirecheck.extract.event_match import entry_for
from wirecheck.extract.event_retype import retyped
from wirecheck.resources.plover import ENDED, SPEECH_VERBS, Entry, Lexicon, lexicon

# Auxiliaries, participles used as adjectives or nouns ("wounded civilians", "treated the
# injured") are no predications.
_NOT_PREDICATES = frozenset(
    {"aux", "auxpass", "amod", "compound", "nmod", "dobj", "pobj", "nsubj", "nsubjpass"}
)
MODE_OF_ROLE = {"future": "future", "proposed": "proposed", "negated": "negated"}


@dataclass
class Predication:
    """One event candidate: where its clause starts, what carries it, and how it is framed."""

    head: Token  # the top word of the predication: actors and mode are read from here down
    trigger: Token  # the word that carries the event
    type: str
    verbs: list[Token] = field(default_factory=list)  # head .. the trigger's verb, top first
    marks: set[str] = field(default_factory=set)  # modes set by transparent words
    complement: Token | None = None  # the clause an absorbing verb took along
    judged: bool = False  # a judgement ("X is unacceptable"): the speaker judges the subject


def predications(sent: Span, lex: Lexicon | None = None) -> list[Predication]:
    """The sentence's event predications, governing words before the words they govern."""
    lex = lex or lexicon()
    heads = _possible_heads(sent)
    if lex.forgive:
        return _ordered(_find(sent, heads, lex))
    # misspelt wire copy ("threatend", "critisized"): only a sentence with no event at all
    # is read again with its unknown words taken for the lexicon word one slip away
    heard = _Heard(lex.entries, lex.classes)
    found = _find(sent, heads, heard)
    if not found and _forgiving_answers_otherwise(heard.asked, lex):
        found = _find(sent, heads, lex.forgiving)
    return _ordered(found)


@dataclass(frozen=True)
class _Heard(Lexicon):
    """The lexicon, noting every key looked up. A forgiving reading walks the sentence as the
    first did until the forgiving lexicon answers a key otherwise: if it answers none of
    them so, that reading finds nothing either and is not done (most sentences)."""

    asked: set[tuple[str, str]] = field(default_factory=set)

    def lookup(self, pos: str, trigger: str) -> tuple[Entry, ...]:
        self.asked.add((pos, trigger))
        return super().lookup(pos, trigger)


def _forgiving_answers_otherwise(asked: set[tuple[str, str]], lex: Lexicon) -> bool:
    forgiving = lex.forgiving
    return any(not lex.lookup(*key) and forgiving.lookup(*key) for key in asked)


def _ordered(found: list[Predication]) -> list[Predication]:
    return sorted(_merge_purposes(found), key=lambda p: p.trigger.i)


def _possible_heads(sent: Span) -> list[Token]:
    """Words that may head a predication, governing words first (sorted once per sentence)."""
    words = [t for t in sent if t.pos_ in ("VERB", "AUX", "ADJ") and t.dep_ not in _NOT_PREDICATES]
    return sorted(words, key=lambda t: (depth(t), t.i))


def _find(sent: Span, heads: list[Token], lex: Lexicon) -> list[Predication]:
    finder = _Finder(lex, set())
    found = []
    for token in heads:
        if token.i in finder.used:
            continue
        pred = finder.resolve(token)
        if pred is not None and not finder.natural(pred):
            pred.type = retyped(pred.trigger, pred.type, lex)
            found.append(pred)
    found.extend(finder.nominal(sent))
    return found


def _of_gerund(noun: Token) -> Token | None:
    """ "intention of withdrawing": the gerund clause of an "of" phrase."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for clause in prep.children:
            if clause.dep_ == "pcomp" and clause.tag_ == "VBG":
                return clause
    return None


def _in_protest(verb: Token) -> bool:
    """A verb of no type done "in protest": the act is the protest."""
    return verb.pos_ == "VERB" and any(
        prep.dep_ == "prep" and prep.lower_ == "in" and p.dep_ == "pobj" and p.lower_ == "protest"
        for prep in verb.children
        for p in prep.children
    )


def _merge_purposes(found: list[Predication]) -> list[Predication]:
    """ "marched ... to protest", "will reconvene to discuss": a purpose clause of the same type
    as its main clause is the same event."""
    owner = {t.i: p for p in found for t in (*p.verbs, p.trigger)}
    kept = []
    for pred in found:
        main = owner.get(pred.head.head.i)
        same = main is not None and main is not pred and main.type == pred.type
        if not (same and pred.head.dep_ in ("advcl", "xcomp") and infinitive(pred.head)):
            kept.append(pred)
    return kept


class _Finder:
    """Walks one sentence; `used` holds the tokens already inside a predication."""

    def __init__(self, lex: Lexicon, used: set[int]) -> None:
        self.lex, self.used = lex, used

    def resolve(self, token: Token) -> Predication | None:
        found = self._ended(token) or self._by_entry(token)
        if found is None and token.lemma_.lower() in SPEECH_VERBS:
            return self._deontic(token)
        if found is None and _in_protest(token):
            self.used.add(token.i)  # "shut their shops in protest at the tax"
            return Predication(token, token, "PROTEST", [token])
        return found

    def _ended(self, token: Token) -> Predication | None:
        """ "ceased firing", "stopped funding the program": an act brought to an end, typed
        by what ending it means (`ENDED`); the ended act is not an event of its own."""
        if token.lemma_.lower() not in self.lex.words("ceasing"):
            return None
        for verb in token.children:
            if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "ccomp", "dobj"):
                continue
            entry = entry_for(verb, self.lex)
            if entry is not None and entry.type in ENDED:
                self.used.update({token.i, verb.i})
                self._use_objects(verb)
                return Predication(token, verb, ENDED[entry.type], [token, verb])
        return None

    def _by_entry(self, token: Token) -> Predication | None:
        entry = entry_for(token, self.lex)
        if entry is None:
            return None
        if entry.role == "absorb":
            return self._absorb(token, entry)
        if entry.role in ("light", *MODE_OF_ROLE):
            return self._transparent(token, entry)
        kind = self._harm_type(token, entry) if entry.role == "harm" else entry.type
        if kind is None:
            return None
        self.used.add(token.i)
        self._use_objects(token)
        return Predication(token, token, kind, [token], judged=entry.role == "judge")

    def natural(self, pred: Predication) -> bool:
        """Storms, quakes, fires and falling trees are no political actors: no event."""
        nature = self.lex.words("nature")
        words = subject_words(pred.trigger) if pred.trigger.pos_ == "VERB" else set()
        return bool((words | subject_words(pred.head)) & nature)

    def _absorb(self, token: Token, entry: Entry) -> Predication:
        self.used.add(token.i)
        self._use_objects(token)
        comp = complement(token, infinitive_only=False)
        kind = entry.type
        if comp is not None:
            kind = self._rallied(comp) if kind == "DEMAND" else kind
            self._use_clause(comp)
        assert kind is not None
        return Predication(token, token, kind, [token], complement=comp)

    def _rallied(self, comp: Token) -> str:
        """Urging others to back X rallies support for X; urging them to unite or rise
        against X rallies opposition to X (CAMEO 053 and 113): not a demand on X."""
        inner = entry_for(comp, self.lex)
        if inner is not None and inner.type == "SUPPORT":
            return "SUPPORT"
        for verb in (comp, *comp.conjuncts):
            against = any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
            if against and verb.lemma_.lower() in self.lex.words("rallying"):
                return "DISAPPROVE"
        return "DEMAND"

    def _transparent(self, token: Token, entry: Entry) -> Predication | None:
        marks = {MODE_OF_ROLE[entry.role]} if entry.role in MODE_OF_ROLE else set()
        clause, denied = self._planned(token, "proposal")
        inner = self._inner(token, clause, marks | {"proposed"} | denied)
        if inner is not None:  # "announced plans to withdraw", "has no intention of leaving"
            return inner
        clause, denied = self._planned(token, "steps")
        inner = self._inner(token, clause, marks | denied)
        if inner is not None:  # "took steps to ease the curfew": the steps are the act
            return inner
        for noun in light_objects(token):
            found = self.noun_event(noun, deep=True)
            if found is not None:
                self.used.update({token.i, noun.i, found[1].i})
                return Predication(token, found[1], found[0], [token], marks)
        inner = self._inner(token, complement(token, infinitive_only=True), marks)
        if inner is not None:
            return inner
        if entry.type is None:
            return None
        self.used.add(token.i)
        # "offered to grant autonomy to Aceh": the untyped complement still names the target
        comp = complement(token, infinitive_only=True)
        return Predication(token, token, entry.type, [token], marks, complement=comp)

    def _inner(self, token: Token, comp: Token | None, marks: set[str]) -> Predication | None:
        """The complement's predication, hung from the transparent word above it."""
        inner = self.resolve(comp) if comp is not None and comp.i not in self.used else None
        if inner is not None:
            self.used.add(token.i)
            inner.head, inner.verbs = token, [token, *inner.verbs]
            inner.marks |= marks
        return inner

    def _planned(self, token: Token, kind: str) -> tuple[Token | None, set[str]]:
        """The clause of a plan, offer or readiness ("plans to withdraw", "intention of
        leaving"), or of steps taken ("measures to ease"), that the word governs; `kind` names
        the noun class. A plan denied ("no intention of") marks the clause negated."""
        for noun in objects(token):
            if noun.lemma_.lower() in self.lex.words(kind):
                clause = next((c for c in noun.children if c.dep_ == "acl" and infinitive(c)), None)
                clause = clause or _of_gerund(noun)
                if clause is not None:
                    self.used.add(noun.i)
                    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                    return clause, {"negated"} if denied else set()
        return None, set()

    def _harm_type(self, token: Token, entry: Entry) -> str | None:
        """A killing takes the type of its cause ("a bombing killed": ASSAULT, "killed in
        shelling": FIGHT); one with neither cause nor perpetrator ("were killed when a tree
        fell") is no political event, nor is the toll of an event already found ("attacked
        the camp, killing 12")."""
        if token.dep_ in ("advcl", "conj") and token.head.i in self.used:
            return None
        nature = self.lex.words("nature")
        # "..., killing 12", "shot and killed", "tried to kill": the subject of the verb it
        # hangs from
        shares = token.dep_ in ("advcl", "conj", "xcomp") and subject(token) is None
        inherited = [subject(token.head)] if shares else []
        # "were killed and three wounded when a bomb exploded": the cause is shared
        shared = [cause for word in token.conjuncts for cause in causes(word)]
        for cause in (*causes(token), *shared, *(c for c in inherited if c is not None)):
            if noun_words(cause) & nature:
                return None
            found = self.noun_event(cause, deep=True)
            if found is not None:
                self.used.add(found[1].i)
                fight = found[0] == "ASSAULT" and self._armed_sides(token, found[1])
                return "FIGHT" if fight else found[0]
        victims = {w for noun in objects(token) for w in noun_words(noun)}
        if subject(token) is None and not any(inherited):
            # "three policemen were killed in Basra": victims in a conflict role still tell
            # of political violence, though nobody is named; soldiers fall in fighting
            unnamed = not any(c.dep_ == "agent" for c in token.children)
            soldiers = victims & self.lex.words("soldiers")
            if unnamed and soldiers and not victims & self.lex.words("people"):
                return "FIGHT"
            return entry.type if victims & self.lex.words("combatants") else None
        killers = subject_words(token)
        fighters = self._kills_fighters(token)
        return "FIGHT" if fighters else self._armed_harm(killers, victims) or entry.type

    def _kills_fighters(self, token: Token) -> bool:
        """Whoever but gunmen kills fighters fights them ("Israel killed five militants"),
        not a leader among them ("killed a rebel commander")."""
        heads = {noun.lemma_.lower() for noun in objects(token)}
        killers = subject_words(token)
        return bool(heads & self.lex.words("armed") and killers - self.lex.words("irregular"))

    def _armed_sides(self, token: Token, cause: Token) -> bool:
        """An attack between armed sides is fighting: "the army killed 30 rebels in an attack
        on their camp", "an attack by rebels on a military post killed 12 soldiers", "three
        soldiers were killed in a rebel ambush" (the attackers are the cause's "by" phrase or
        its modifiers when the verb names none)."""
        if self._kills_fighters(token):
            return True
        attackers = by_phrase_words(cause)
        attackers |= {c.lemma_.lower() for c in cause.children if c.dep_ in ("compound", "amod")}
        victims = {noun.lemma_.lower() for noun in objects(token)}
        rebels = attackers & self.lex.words("armed")
        return bool(rebels and victims & self.lex.words("soldiers"))

    def _armed_harm(self, killers: set[str], victims: set[str]) -> str | None:
        """Armies fight each other, and an armed group that kills soldiers fights them; an
        army killing civilians is one-sided violence, as is a group killing others."""
        if victims & self.lex.words("people"):
            return None
        # "a suicide bomber" is no warplane: words irregular fighters share do not count
        armed = self.lex.words("military") | self.lex.words("weapons")
        military = killers & armed - self.lex.words("irregular")
        rebels_at_war = killers & self.lex.words("armed") and victims & self.lex.words("soldiers")
        return "FIGHT" if military or rebels_at_war else None

    def _deontic(self, token: Token) -> Predication | None:
        """ "X said Y must leave": a demand by the speaker on Y."""
        for child in token.children:
            if child.dep_ != "ccomp" or not deontic_clause(child):
                continue
            self.used.add(token.i)
            self._use_clause(child)
            return Predication(token, token, "DEMAND", [token], complement=child)
        return None

    def _use_objects(self, token: Token) -> None:
        for noun in objects(token):
            self.used.add(noun.i)
            self.used.update(c.i for c in noun.conjuncts)

    def _use_clause(self, verb: Token) -> None:
        """An absorbed complement: the verb, its conjuncts, its objects and its own chain."""
        for word in (verb, *verb.conjuncts):
            self.used.add(word.i)
            self._use_objects(word)
            inner = complement(word, infinitive_only=True)
            if inner is not None and inner.i not in self.used:
                self._use_clause(inner)

    def noun_event(self, noun: Token, deep: bool = False) -> tuple[str, Token] | None:
        """The noun's type and the word that carries it. `deep` also looks through a compound
        ("a mediation effort") and a measure noun ("six days of naval drills")."""
        measure = noun.lemma_.lower() in self.lex.words("measure")
        # a number tagged NUM still measures ("$75 million in assistance"), and a gerund
        # names a cause ("fighting between X and Y killed 20")
        counted = measure and noun.pos_ == "NUM"
        gerund = noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass", "pobj")
        if noun.pos_ not in ("NOUN", "PROPN") and not counted and not gerund:
            return None
        entry = entry_for(noun, self.lex)
        if entry is not None:
            return (entry.type, noun) if entry.type is not None else None
        if not deep or noun.lemma_.lower() in self.lex.words("bodies"):
            return None  # "aid agencies", "rescue workers": who, not what happened
        inner = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if measure:  # "$75 million in assistance"
            inner += [p for c in noun.children if c.lower_ in ("of", "in") for p in c.children]
        for word in inner:
            found = self.noun_event(word)
            if found is not None:
                return found
        return None

    def nominal(self, sent: Span) -> Iterator[Predication]:
        """Noun events that are a clause's subject or object, or a proposal's content."""
        for noun in sent:
            if noun.i in self.used or noun.pos_ != "NOUN":
                continue
            measure = noun.lemma_.lower() in self.lex.words("measure")
            found = self.noun_event(noun, deep=measure)  # "a wave of demonstrations"
            if found is None:
                continue
            proposal = proposal_of(noun, self.lex.words("proposal"))
            state = state_of(noun)  # "X is in talks with Y"
            if proposal is not None or clause_argument(noun) or state is not None:
                self.used.add(noun.i)
                # a verb that carries its own event ("called for ...") is no frame for the noun
                free = noun.head.pos_ in ("VERB", "AUX") and noun.head.i not in self.used
                # "there were protests", "the visit was the first": the copula is no frame
                free = free and not existential(noun) and not described(noun)
                head = state or (noun.head if free else noun)
                marks = {"proposed"} if proposal is not None else set()
                yield Predication(head, noun, found[0], [head], marks)
