"""Small readings of spaCy's dependency parse shared by the event modules.

Objects and subjects of a verb, the clause it governs, the words that describe a noun phrase,
and the antecedent of a pronoun subject. All work on one sentence's tokens.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecheck.resources.plover import DEONTIC, UNREALISED

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
_LIGHT_PREPS = frozenset({"on", "under", "into", "for", "in"})
_RELATIVE = frozenset({"who", "that", "which"})
_STATE_PREPS = frozenset({"in", "at", "on", "under"})


def depth(token: Token) -> int:
    """Steps from the token up to its sentence's root."""
    steps = 0
    while token.head.i != token.i:
        token, steps = token.head, steps + 1
    return steps


def objects(token: Token) -> list[Token]:
    """The verb's object nouns: direct object, passive subject, attribute."""
    return [c for c in token.children if c.dep_ in OBJECT_DEPS and c.pos_ != "VERB"]


def light_objects(token: Token) -> list[Token]:
    """Nouns a light verb can hand its event to: objects, then "go on strike", "take part in
    talks", "put under investigation", "arrive for talks"."""
    found = objects(token)
    # "open to dialogue", "committed to peace talks": an adjective's "to" phrase
    preps = _LIGHT_PREPS | ({"to"} if token.pos_ == "ADJ" else set())
    for prep in token.children:
        if prep.dep_ in ("prt", "prep") and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    # "placed the leader under house arrest": the small parser hangs the state from the object
    for noun in (c for c in token.children if c.dep_ == "dobj"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("under", "on"):
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def object_words(token: Token) -> set[str]:
    """Words that describe the object: its head, modifiers, an "of" noun (state of emergency),
    and the subject of a controlled clause ("allowed inspectors to return")."""
    out: set[str] = set()
    for clause in token.children:
        # "allowed inspectors to return", "let inspectors visit"
        if clause.dep_ in COMPLEMENT_DEPS and (infinitive(clause) or clause.tag_ == "VB"):
            out.update(w for c in clause.children if c.dep_ == "nsubj" for w in noun_words(c))
    for noun in objects(token):
        out |= noun_words(noun)
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.update(w for p in prep.children if p.dep_ == "pobj" for w in noun_words(p))
    out.update(c.lemma_.lower() for c in token.children if _predicate_noun(c))
    return out


def _predicate_noun(word: Token) -> bool:
    """ "took three foreigners hostage": the small parser hangs the object's predicate noun
    from the verb as a bare clause; a noun clause with no verb's parts is that predicate."""
    bare = all(c.dep_ in ("compound", "amod", "nummod", "det", "prep") for c in word.children)
    return word.dep_ in ("ccomp", "advcl") and word.pos_ == "NOUN" and bare


def noun_words(noun: Token) -> set[str]:
    """The noun's lemma, its modifiers' and conjuncts' lemmas, and its entity label."""
    if noun.pos_ == "PRON":
        found = antecedent(noun)
        return noun_words(found) if found is not None else {noun.lower_}
    label = noun.ent_type_ or place_label(noun)
    words = {noun.lemma_.lower(), *([label] if label else [])}
    if noun.tag_ == "NNPS" or (noun.pos_ == "PROPN" and noun.is_sent_start):
        words.add(singular(noun.lower_))  # "Smugglers", "Gunmen" opening a sentence
    for mod in (c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        words.update(m.lemma_.lower() for m in (mod, *mod.conjuncts))  # "search and rescue"
    words.update(conj.lemma_.lower() for conj in noun.conjuncts)
    for prep in noun.children:  # "hundreds of protesters", "a unit of peacekeeping troops"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                words.add(pobj.lemma_.lower())
                words.update(c.lemma_.lower() for c in pobj.children if c.dep_ == "compound")
    return words


def place_label(noun: Token) -> str | None:
    """GPE or NORP for a country, city or demonym the small model left untagged ("Nigeria
    was suspended"), from the gazetteer when installed; names that are as often something
    else ("Jordan", "Turkey") count only when spaCy tagged them."""
    if noun.pos_ != "PROPN":
        return None
    try:
        from wirecheck.extract.gazetteer import AMBIGUOUS, place
    except ImportError:
        return None
    parts = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    name = " ".join(t.text for t in sorted([*parts, noun], key=lambda t: t.i))
    found = place(name) if name.lower() not in AMBIGUOUS else None
    if found is None:
        return None
    return "NORP" if found.kind == "demonym" else "GPE"


def singular(word: str) -> str:
    """A plural's singular by its ending: gunmen → gunman, militias → militia."""
    for end, new in (("men", "man"), ("ies", "y"), ("s", "")):
        if word.endswith(end):
            return word[: -len(end)] + new
    return word


def subject(token: Token) -> Token | None:
    """The verb's own subject, or the passive agent."""
    found = [c for c in token.children if c.dep_ == "nsubj"]
    found += [c for c in token.children if c.dep_ == "csubj"]  # a nominal subject first
    for child in token.children:
        if child.dep_ == "agent":
            found += [p for p in child.children if p.dep_ == "pobj"][:1]
    return found[0] if found else None


def subject_words(token: Token) -> set[str]:
    """Words that describe the subject, inherited by a participle clause ("..., killing 11")."""
    deps: tuple[str, ...] = ("nsubj", "csubj")
    for _ in range(3):
        found = [c for c in token.children if c.dep_ in deps]
        found += [p for c in token.children if c.dep_ == "agent" for p in c.children]
        if found:
            return {w for noun in found for w in noun_words(noun)}
        if token.dep_ not in ("advcl", "xcomp", "conj") or token.head.i == token.i:
            break
        controller = [c for c in token.head.children if c.dep_ == "dobj"]
        if token.dep_ == "xcomp" and controller:  # "forced the government to withdraw"
            return noun_words(controller[0])
        # "Iran is said to be supplying arms", "tanks were seen moving": a passive raises
        # its active complement's subject (in "is believed to have been arrested", no doer)
        active = not any(c.dep_ == "auxpass" for c in token.children)
        raised = token.dep_ == "xcomp" and active
        deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        token = token.head
    return set()


def governor(noun: Token) -> Token | None:
    """The verb a noun hangs from, through one preposition ("go on strike" → go)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def complement(token: Token, infinitive_only: bool) -> Token | None:
    """The clause a verb governs: xcomp, ccomp, "to"-clause, or "of"-gerund (accused of X)."""
    for child in token.children:
        if child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive(child)):
            return child
        if child.dep_ == "ccomp" and (not infinitive_only or infinitive(child)):
            return child
    if infinitive_only:
        return None
    for prep in token.children:
        if prep.dep_ == "prep":
            for pcomp in prep.children:
                if pcomp.dep_ == "pcomp" and pcomp.pos_ == "VERB":
                    return pcomp
    return None


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def deontic_clause(verb: Token) -> bool:
    """ "Y must leave": a must/should clause about someone other than the speaker. Told to
    someone ("told Argentina it must cut spending"), "it" and "they" stand for the hearer."""
    modal = any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)
    found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    told = any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    speaker = ("we", "i") if told else ("it", "we", "i")
    return modal and found is not None and found.lower_ not in speaker


def causes(verb: Token) -> Iterator[Token]:
    """Nouns that name what did the harm: subject, passive agent, "in/during" object, and the
    subject of a "when"-clause ("killed when a tree fell")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            yield child
        elif child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in", "during"):
            yield from (p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "advcl" and not _conditional(child):  # not "... unless X is met"
            yield from (c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def antecedent(pronoun: Token) -> Token | None:
    """The noun a pronoun stands for: the subject of the clause above ("Syria says it will"),
    or the noun a relative clause hangs from ("rebels who attacked")."""
    clause = pronoun.head
    if pronoun.dep_ == "poss":
        clause = clause.head if clause.dep_ != "ROOT" else clause
    if clause.dep_ == "relcl" and pronoun.lower_ in _RELATIVE:
        noun = clause.head
        # "the earthquakes of February 2023, which killed ...": past the date to the noun
        while (
            noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.lower_ == "of"
        ):
            noun = noun.head.head
        return noun
    for _ in range(4):
        if clause.head.i == clause.i:
            return None
        clause = clause.head
        found = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if found is not None and found.pos_ != "PRON":
            return found
    return None


def proposal_of(noun: Token, proposals: frozenset[str]) -> Token | None:
    """ "a proposal for an airlift": the proposal noun above the event noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of"):
        above = noun.head.head
        if above.lemma_.lower() in proposals:
            return above
    return None


def clause_argument(noun: Token) -> bool:
    """Subject, passive agent or object of a verb, or a headline's head: "clashes erupted",
    "police made arrests", "was rocked by explosions"; not "protest is a right" nor "people
    need assistance"."""
    if noun.dep_ == "ROOT" or (noun.dep_ == "conj" and noun.head.dep_ == "ROOT"):
        return True
    head = noun.head
    if existential(noun) or described(noun):
        return True
    if noun.dep_ == "pobj" and head.dep_ == "agent":  # "was rocked by explosions"
        return head.head.lemma_.lower() not in UNREALISED
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("VERB", "AUX"):
        return False
    return head.lemma_ != "be" and head.lemma_.lower() not in UNREALISED


def described(noun: Token) -> bool:
    """ "Yeltsin's visit to Tokyo was the first in a decade": an event that a copula
    describes happened when the phrase says whose it is or whom it concerns; "protest is a
    right" is no event, and "the talks were private" tells of talks already told."""
    particular = any(c.dep_ in ("poss", "prep") for c in noun.children)
    return noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and particular


def existential(noun: Token) -> bool:
    """ "There were fresh protests in Caracas": the noun is what "there is" asserts."""
    head = noun.head
    return (
        noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)
    )


def state_of(noun: Token) -> Token | None:
    """The "be" of "X is in talks with Y", "X was at war with Y", "workers remain on strike":
    a state the subject is in through an event noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _STATE_PREPS:
        return None
    verb = prep.head
    return verb if prep.dep_ == "prep" and verb.lemma_.lower() in ("be", "remain") else None


def judges(adjective: Token) -> list[Token]:
    """Who passes a judgement ("Seoul said the demand was unacceptable"): the speaker whose
    words it is, else the one it is unacceptable "to"."""
    to = [p for c in adjective.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i:
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        return [speaker] if speaker is not None else to
    return to


def judged(adjective: Token) -> list[Token]:
    """What a judgement is about: the subject of "the demand was unacceptable"."""
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    return [c for c in clause.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]


def stranded_subject(verb: Token) -> list[Token]:
    """The nouns just before a finite main verb that the parser left without a subject
    ("..., the Burundian government and the rebels have agreed"): the phrase back to the
    nearest comma, verb or preposition."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)
    if verb.dep_ != "ROOT" or not finite:
        return []
    found = []
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.dep_ in ("aux", "neg", "advmod") or token.is_punct and token.text != ",":
            continue
        if token.pos_ in ("VERB", "ADP", "SCONJ") or token.text == ",":
            break
        if token.pos_ in ("NOUN", "PROPN"):
            found.append(token)
    return found[::-1]


def by_phrase_words(token: Token) -> set[str]:
    """Words of a token's "by" phrase: a passive agent or a noun's doer ("shelling by the
    army", "an attack by rebels")."""
    return {
        w
        for prep in token.children
        if prep.dep_ in ("agent", "prep") and prep.lower_ == "by"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for w in noun_words(noun)
    }
