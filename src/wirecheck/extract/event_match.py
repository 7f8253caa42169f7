"""Match a parsed word against the PLOVER lexicon: trigger keys and entry conditions.

A verb is looked up as "verb particle" ("pull out"), "verb preposition" ("call for X"),
"verb object" ("open fire", "find guilty") and then as its bare lemma; a noun as
"compound noun" ("hunger strike") and then alone; lemmas the small model misses are guessed
from the word's ending and from an irregular past behind a prefix ("retook"). The first entry
whose conditions all hold wins (see the header of `resources/plover_lexicon.tsv`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from wirecheck.extract.event_grammar import (
    COMPLEMENT_DEPS,
    antecedent,
    by_phrase_words,
    complement,
    governor,
    infinitive,
    noun_words,
    object_words,
    subject,
    subject_words,
)
from wirecheck.resources.plover import Entry, Lexicon, lexicon
from wirecheck.resources.timewords import MONTHS, WEEKDAYS

_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions that make a prepositional verb with their object ("call for a truce", "side
# with X"); other words after a verb are particles only without an object ("give in", but
# not "give evidence in court").
_VERB_PREPOSITIONS = frozenset(
    {"for", "on", "upon", "with", "to", "into", "at", "against", "by", "as", "about", "from",
     "of", "behind", "off"}
)  # fmt: skip
_PHRASE_OBJECTS = frozenset({"dobj", "oprd", "acomp"})
_AIMED_PREPS = frozenset({"to", "for", "with", "on", "against", "into", "toward", "towards"})
_PARTICLES = frozenset({"over", "back", "out", "off", "up", "down", "away"})
_TIME_PREPS = frozenset({"on", "at", "in", "during", "by", "until", "till"})


def entry_for(token: Token, lex: Lexicon) -> Entry | None:
    """The first lexicon entry for the token whose conditions hold, phrases before lemmas."""
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    for key_pos, key in trigger_keys(token, pos):
        for entry in lex.lookup(key_pos, key):
            if all(holds(token, test, words) for test, words in entry.conditions):
                return entry
    return None


def trigger_keys(token: Token, pos: str) -> Iterator[tuple[str, str]]:
    pieces = _key_pieces(token, pos)  # read from the parse once, whatever the lemma
    for lemma in lemmas(token):
        for before, after in pieces:
            yield pos, f"{before}{lemma}{after}"
        yield pos, lemma
    if token.tag_ == "VBN" or pos == "A":
        yield "A", token.text.lower()


def _key_pieces(token: Token, pos: str) -> list[tuple[str, str]]:
    """What a phrase key writes before or after the lemma: "hunger " strike, "sit-" in,
    call " for", hand " over"."""
    if pos == "N":
        pieces = []
        for mod in token.children:
            if mod.dep_ == "compound" and mod.i == token.i - 1:
                pieces.append((f"{mod.lemma_.lower()} ", ""))
            elif mod.dep_ == "compound" and _hyphen_between(mod, token):  # "a sit-in"
                pieces.append((f"{mod.lower_}-", ""))
        return pieces
    pieces = []
    for child in token.children:
        if child.i > token.i and _phrase_part(child):
            pieces.append(("", f" {child.lemma_.lower()}"))
        elif _hyphen_between(child, token):  # "test-fired" parsed as "test - fired"
            pieces.append((f"{child.lower_}-", ""))
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in _PARTICLES and after.dep_ in ("quantmod", "advmod"):
        pieces.append(("", f" {after.lower_}"))  # "handed over 20 soldiers": "over" read as "> 20"
    return pieces


def lemmas(token: Token) -> list[str]:
    """The parser's lemma, then guesses from the word's ending where the small model's
    lemmatiser slips ("staged" → "stag"): each guess only looks up the lexicon, so a wrong
    one finds nothing."""
    word = token.lower_
    guesses: list[str] = []
    if token.pos_ in ("VERB", "AUX") and token.tag_ in _INFLECTED:
        guesses = [word[: -len(end)] + new for end, new in _VERB_ENDINGS if word.endswith(end)]
    elif token.pos_ == "NOUN" and token.tag_ == "NNS":
        guesses = [word[: -len(end)] + new for end, new in _NOUN_ENDINGS if word.endswith(end)]
    if token.pos_ == "VERB":  # whatever its tag: the tagger may call "retook" a present
        guesses += _prefixed_irregular(word)
    found = [token.lemma_.lower(), *(guess for guess in guesses if len(guess) > 2)]
    return list(dict.fromkeys(found))


def _prefixed_irregular(word: str) -> list[str]:
    """ "retook" → "retake", "outran" → "outrun", "forgave" → "forgive": an irregular past
    behind a prefix, which the lemmatiser's own table of irregular forms does not list; the
    empty prefix catches a bare one the tagger called a present ("forgave" as VB)."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest in _IRREGULAR_PAST:
            return [prefix + _IRREGULAR_PAST[rest]]
    return []


_PREFIXES = ("", "re", "over", "under", "out", "with", "up", "fore", "for", "mis")
_IRREGULAR_PAST = {
    "took": "take", "taken": "take", "ran": "run", "threw": "throw", "thrown": "throw",
    "drew": "draw", "drawn": "draw", "gave": "give", "given": "give", "broke": "break",
    "broken": "break", "fought": "fight", "sought": "seek", "held": "hold", "stood": "stand",
    "went": "go", "gone": "go", "came": "come", "built": "build", "sent": "send",
    "struck": "strike", "shot": "shoot", "won": "win", "lost": "lose", "made": "make",
    "paid": "pay", "bore": "bear", "borne": "bear", "swore": "swear", "sworn": "swear",
    "froze": "freeze", "frozen": "freeze", "laid": "lay", "led": "lead", "met": "meet",
    "sold": "sell", "told": "tell", "brought": "bring", "caught": "catch", "flew": "fly",
    "flown": "fly", "fled": "flee", "stole": "steal", "stolen": "steal", "slew": "slay",
    "slain": "slay", "sank": "sink", "sunk": "sink", "blew": "blow", "blown": "blow",
    "drove": "drive", "driven": "drive", "kept": "keep", "spoke": "speak", "spoken": "speak",
    "began": "begin", "begun": "begin", "beaten": "beat", "hung": "hang", "rode": "ride",
    "shook": "shake",
}  # fmt: skip
_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})
_VERB_ENDINGS = (
    ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
    ("es", ""), ("s", ""),
)  # fmt: skip
_NOUN_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))


def _hyphen_between(first: Token, second: Token) -> bool:
    doc = first.doc
    return first.i == second.i - 2 and doc[first.i + 1].text == "-"


def _phrase_part(child: Token) -> bool:
    if child.dep_ in ("prt", "advmod") or child.dep_ in _PHRASE_OBJECTS:
        return True
    # "found the minister guilty", "set the hostages free"
    if child.dep_ in ("ccomp", "advcl") and child.pos_ == "ADJ":
        return True
    if child.dep_ != "prep" or dated(child):
        return False
    has_object = any(c.dep_ in ("pobj", "pcomp") for c in child.children)
    return not has_object or child.lower_ in _VERB_PREPOSITIONS


def dated(prep: Token) -> bool:
    """ "voted on Friday", "agreed on 3 May": a phrase that tells when, not what the verb is
    about; no "vote on" or "call on" is made of it."""
    if prep.lower_ not in _TIME_PREPS:  # "called for a national day of action" asks for it
        return False
    nouns = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(nouns) and all(_time_word(noun) for noun in nouns)


def _time_word(noun: Token) -> bool:
    word = noun.lower_
    return word in WEEKDAYS or word in MONTHS or noun.ent_type_ in ("DATE", "TIME")


def holds(token: Token, test: str, words: frozenset[str]) -> bool:
    """Whether one lexicon condition holds for the token (see the lexicon header)."""
    if test.startswith("!"):
        return not holds(token, test[1:], words)
    if test == "obj":
        return _matches(object_words(token), words)
    if test == "subj":
        return _matches(_doer_words(token), words)
    if test == "pobj":
        return _matches(_prep_object_words(token), words)
    if test == "by":
        return _matches(_by_words(token), words)
    if test == "mod":
        return any(c.lemma_.lower() in words for c in token.children if c.dep_ in _MODIFIER_DEPS)
    if test == "head":  # by the same lemma guesses as a trigger ("staged" → "stage")
        gov = governor(token)
        return gov is not None and any(lemma in words for lemma in lemmas(gov))
    if test == "prep":
        preps = (c for c in token.children if c.dep_ in ("prep", "prt") and not dated(c))
        return any(c.lower_ in words for c in preps)
    if test == "comp":
        return (complement(token, infinitive_only=False) is not None) == ("+" in words)
    if test == "act":
        return _acts_on(complement(token, infinitive_only=True)) == ("+" in words)
    if test == "to":
        found = any(c.dep_ in COMPLEMENT_DEPS and infinitive(c) for c in token.children)
        return found == ("+" in words)
    if test == "self":
        return _about_self(token) == ("+" in words)
    if test == "oprd":
        return any(c.dep_ == "oprd" for c in token.children) == ("+" in words)
    if test == "near":  # a word anywhere in the clause: "sent troops to join a peacekeeping force"
        return _matches({t.lemma_.lower() for t in token.subtree if t.i != token.i}, words)
    if test == "many":
        return several_parties(token) == ("+" in words)
    raise ValueError(f"unknown lexicon condition {test!r}")


def _matches(found: set[str], words: frozenset[str]) -> bool:
    if "+" in words or "-" in words:
        return bool(found) == ("+" in words)
    return bool(found & words)


def _doer_words(token: Token) -> set[str]:
    """Words of who does the act. A subject that is itself an act ("the deployment of
    peacekeepers arrived") names no doer: its "of" phrase tells the act's participants, so
    only the event noun's own words count, with the modifiers that name its kind ("a
    roadside bomb struck")."""
    doer = subject(token)
    if doer is not None and doer.pos_ == "NOUN" and doer.dep_ == "nsubj":
        entry = entry_for(doer, lexicon())
        if entry is not None and entry.type is not None:
            kinds = (c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod"))
            return {doer.lemma_.lower(), *kinds}
    return subject_words(token)


def _prep_object_words(token: Token) -> set[str]:
    """Words of the verb's prepositional objects, also under a particle ("walked out of",
    "stayed away from")."""
    preps = [p for p in token.children if p.dep_ in ("prep", "prt")]
    particles = [p for p in token.children if p.dep_ in ("prep", "prt", "advmod")]
    preps += [inner for p in particles for inner in p.children if inner.dep_ == "prep"]
    return {
        w
        for prep in preps
        if prep.lower_ in _VERB_PREPOSITIONS
        for p in prep.children
        if p.dep_ == "pobj"
        for w in noun_words(p)
    }


def _by_words(token: Token) -> set[str]:
    """Words of the "by" phrase: a passive agent or a noun's doer ("shelling by the army");
    for an event noun without one, the subject of the verb it is the object of: "the army
    stepped up its bombing", "jets carried out raids" (the light verb's doer does it)."""
    found = by_phrase_words(token)
    if found or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return found
    verb = governor(token)
    return subject_words(verb) if verb is not None else found


def several_parties(token: Token) -> bool:
    """ "Danish and Polish frigates held exercises", "drills with the Dutch navy": the act has
    more than one party, so it is done together (joint exercises cooperate; one army's
    exercises are a show of force)."""
    verb: Token | None = token
    for _ in range(4):  # up from "six days of naval drills" to the verb
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    verb = verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    words = [token, *([verb] if verb is not None else [])]
    if any(c.dep_ == "prep" and c.lower_ == "with" for w in words for c in w.children):
        return True
    doer = subject(verb) if verb is not None else None
    if doer is None:
        return False
    mods = [c for c in doer.children if c.dep_ in _MODIFIER_DEPS]
    return bool(doer.conjuncts) or any(m.conjuncts for m in mods)


def _acts_on(verb: Token | None) -> bool:
    """ "ready to accept mediation", "plans to build homes for X": an action verb with an
    object or a prepositional object, something done to someone; "ready to fly" is not."""
    if verb is None or verb.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "dative") or _aimed_prep(c) for c in verb.children)


def _aimed_prep(prep: Token) -> bool:
    """A phrase naming whom or what an act is for or aimed at ("supply aid to X")."""
    has_object = any(p.dep_ == "pobj" for p in prep.children)
    return prep.dep_ == "prep" and prep.lower_ in _AIMED_PREPS and has_object


def _about_self(token: Token) -> bool:
    """ "Turkey warned that it would act", "X warned that his fighters would strike": the
    clause's subject is a pronoun for the speaker, or something the speaker's own."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    who = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if who is not None and who.pos_ != "PRON":
        who = next((c for c in who.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if who is None or who.pos_ != "PRON":
        return False
    found, own = antecedent(who), subject(token)
    return who.lower_ in ("we", "i") or (found is not None and own is not None and found.i == own.i)
