"""The source of a cue verb as the parse gives it: its subject, or a subject it inherits.

The subject as written ("he", "who", "Scholz's office"), the agent of a passive cue ("was
reported by the Ledger"), or one inherited along coordinated, participle and infinitive verbs
("X said ... but pledged ...", "X, saying ...", "forced Dorn to admit ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import Span, sibling_of_cue, that_marked
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

# Children of a verb that may be the first half of a subject the parser split in two.
_SPLIT_PIECES = frozenset(["nsubj", "npadvmod"])
_POSSESSIVE_MARKS = frozenset(["’", "'", "’s", "'s"])
# A headline, dateline or aside before the subject is no part of it.
_BREAKS = frozenset([":", "—", "–", "-", "--", "“", "”", '"', "(", ")", "[", "]", ";", ".", ","])
# "The trust Ms. Keller earns", "this week he thanked": a determiner starts another phrase.
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])
_MAX_SPLIT_PIECE = 8
# "used the speech to attack", "spent much of the day attacking": the object is a means or a
# stretch of time; the subject of these verbs does what the verb after the object says.
# Verbs that oblige or allow their object to act: the object is bound, it says nothing.
_OBLIGING = frozenset(["require", "obligate", "oblige", "compel", "allow", "permit", "enable"])
_MEANS_VERBS = frozenset(["use", "spend", "devote", "waste", "take", "seize", "open", "begin"])
# What shows someone doing something: "used footage of X asking ..." (X asks).
_DEPICTIONS = frozenset(
    ["footage", "video", "clip", "image", "photo", "picture", "recording", "tape", "audio"]
)
# "caught him saying", "heard her telling", "left them wondering": the object does it.
_GERUND_CONTROL = frozenset(["see", "hear", "catch", "watch", "show", "find", "film", "record"]) | (
    frozenset(["leave", "keep", "have", "get", "send", "set", "quote", "picture", "depict"])
)


def find_source(verb: Token, depth: int = 0) -> Token | None:
    """The subject naming the source; inherited along conj / participle / xcomp chains."""
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects and _asked_aside(verb):
        return None
    if subjects:
        # Two subjects is a misparse of one long name ("Nairobi ... commander Daniel Kiprono
        # said"): the one next to the verb heads it.
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    perfect = _perfect_read_as_passive(verb)
    if perfect is not None:
        return perfect
    aside = participle_aside(verb)
    if aside is not None:
        return next(c for c in aside.children if c.dep_ == "nsubj")
    counted = _counted_subject(verb)
    if counted is not None:
        return counted
    if verb.dep_ == "xcomp" and _object_controls(verb):
        # Object control: "forced Dorn to admit ..." — Dorn admits.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
        passive = _passive_subject(verb.head)
        if passive is not None:
            return passive  # "Berg was prompted to say ...": the one prompted says it
    above = _clause_verb_above(verb)
    if above is not None and depth < 3:
        return find_source(above, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "footage of Keller asking ...", "a post saying ...", "groups backing Osei".
        return verb.head
    if _mistagged_past(verb) is not None:
        return verb.head
    if _bare_participle(verb):
        return None  # "when asked ...": the one asked is no source; who asked is not said
    speaker = _speaker_before_participle(verb)
    if speaker is not None:
        return speaker
    stranded = _stranded_name_before(verb)
    if stranded is not None:
        return stranded
    head = verb.head
    if sibling_of_cue(verb):
        head = head.head  # "said ... would rebound and praised ...": the cue's own subject
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "voters were more likely to say ...": the linking verb's subject, unless it is "it"
        # ("it is important to note ...": no one in particular notes it).
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and subject.lower_ not in ("it", "there") else None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = _predicate_verb(head.head)  # "by saying": the subject of the verb above
    elif verb.dep_ not in ("conj", "xcomp", "advcl"):
        return None
    if head.lemma_ == "be" and verb.dep_ == "xcomp":
        return None  # "It is important to note ...": no one in particular notes it
    if depth < 3 and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return find_source(head, depth + 1) or _passive_doer(verb, head)
    return None


def _stranded_name_before(verb: Token) -> Token | None:
    """'On the matter of the harbour fees, Keller and Berg call them "a disgrace"': a sentence
    root with no subject, right after people's names the parser joined to the phrase before
    the comma. The first of those names heads the source."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is None or before.ent_type_ != "PERSON" or not _under_a_preposition(before, verb):
        return None
    first = before
    while first.i > verb.sent.start and (
        verb.doc[first.i - 1].ent_type_ == "PERSON" or verb.doc[first.i - 1].lower_ == "and"
    ):
        first = verb.doc[first.i - 1]
    comma = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    if comma is None or comma.text != "," or first.ent_type_ != "PERSON":
        return None
    return first if first.dep_ != "compound" else first.head


def _under_a_preposition(word: Token, verb: Token) -> bool:
    """Whether the parser hung the word on a prepositional phrase below the verb."""
    return any(t.dep_ in ("prep", "pobj") for t in word.ancestors if t.i != verb.i)


def _predicate_verb(word: Token) -> Token:
    """'were committed to defending', 'are better at reporting': the linking verb whose
    adjective a gerund's preposition hangs on (its subject does what the gerund says). Not a
    noun's ("faced criticism for telling": others criticise)."""
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        return word.head
    return word


def _passive_doer(verb: Token, head: Token) -> Token | None:
    """'After saying her foot was swollen, she was given ...': the one a participle phrase
    fronted before a passive clause speaks of is that clause's subject."""
    if verb.tag_ != "VBG" or verb.i > head.i:
        return None
    subject = _passive_subject(head)
    # Only someone who can speak ("Citing the poll, the plan was dropped" dangles).
    if subject is None or not (subject.pos_ == "PRON" or subject.ent_type_ in cues.SPEAKER_TYPES):
        return None
    return subject


def _speaker_before_participle(verb: Token) -> Token | None:
    """'“...,” Keller said, suggesting ...', 'Berg said, not even bothering to name ...':
    a participle right after a comma that closes "X said" goes on with X's words, wherever
    the parser hung it (often on a verb inside the quote before)."""
    if verb.tag_ != "VBG" or verb.dep_ == "conj":
        return None
    doc = verb.doc
    left = [c.i for c in verb.children if c.i < verb.i and c.dep_ in ("neg", "advmod")]
    first = min(left, default=verb.i)
    if first < 2 or doc[first - 1].text != ",":
        return None
    cue = doc[first - 2]
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in cues.SPEECH or cue.i == verb.head.i:
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj"), None)


def participle_aside(verb: Token) -> Token | None:
    """A participle aside on the cue's subject that the parser read as the reported clause,
    with that subject as its own: 'Keller, noting the crowd, said ...' ("said [Keller noting
    the crowd]") or '“...,” said Dale, asked about it' ("said [Dale asked about it]"). It
    has no auxiliary and a comma sets it off; it is not what the cue reports."""
    doc = verb.doc
    for clause in verb.children:
        if clause.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is None:
            continue
        before = clause.i < verb.i and clause.tag_ == "VBG"
        if before and clause.right_edge.i < verb.i and doc[verb.i - 1].text == ",":
            return clause
        after = clause.i > verb.i and clause.tag_ in ("VBD", "VBN") and clause.lower_.endswith("ed")
        if after and _comma_after_subject(subject, clause):
            return clause  # "said Dale, asked about ...": a finite verb has no comma there
    return None


def _comma_after_subject(subject: Token, verb: Token) -> bool:
    """Only a comma between the subject phrase and its verb, and none inside the phrase
    ("Dale, angered by the vote, walked out": the commas close an aside, the verb is finite)."""
    doc = verb.doc
    words = [t for t in subject.subtree if not t.is_punct]
    inner = [t for t in subject.subtree if t.text == "," and t.i != verb.i - 1]
    return doc[verb.i - 1].text == "," and bool(words) and words[-1].i == verb.i - 2 and not inner


def _asked_aside(verb: Token) -> bool:
    """'said Dale, asked about it': the one asked is no source; who asked is not said."""
    return (
        verb.dep_ == "ccomp"
        and verb.i > verb.head.i
        and verb.tag_ in ("VBD", "VBN")
        and (aside := participle_aside(verb.head)) is not None
        and aside.i == verb.i
    )


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ("was forced", "is expected"), the object it would have
    in the active."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None if subject is None or subject.lower_ in ("it", "there") else subject


def _object_controls(verb: Token) -> bool:
    """Whether the object of the verb above does what this verb says ("forced Dorn to
    admit"). Not after a verb of means or time ("used her speech to urge", "spent the day
    attacking": the subject acts), unless its object shows someone ("used footage of X
    asking"); and a gerund only after a verb that perceives or causes ("caught him saying",
    "left voters asking")."""
    lemma = verb.head.lemma_.lower()
    if lemma in _OBLIGING:
        return False  # "the law requires candidates to disclose ...": the law says so
    if lemma in _MEANS_VERBS:
        # "used footage of Keller asking ...": the one the footage shows asks.
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        return obj is not None and obj.lemma_.lower() in _DEPICTIONS
    return verb.tag_ != "VBG" or lemma in _GERUND_CONTROL


def _clause_verb_above(verb: Token) -> Token | None:
    """The verb whose subject a participle hung on its object speaks for: set off by a comma
    ("made one more try to end the row, writing that ...") or after the object of a means
    verb ("spent $2 million attacking", "opened the rally blasting")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ not in ("dobj", "pobj"):
        return None
    if verb.head.pos_ in ("PROPN", "PRON") or verb.head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return None  # "used footage of Keller asking": the one named is the one who asks
    above, via = verb.head.head, verb.head
    while above.pos_ not in ("VERB", "AUX") and above.dep_ in ("prep", "pobj", "dobj"):
        above, via = above.head, above
    if above.pos_ not in ("VERB", "AUX"):
        return None
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    # "spent most of the debate attacking": the phrase the participle ends is the object.
    means = via.dep_ == "dobj" and above.lemma_.lower() in _MEANS_VERBS
    return above if after_comma or means else None


def _perfect_read_as_passive(verb: Token) -> Token | None:
    """'He's said he will run', 'she's said the same thing': "'s" is "has", not "is", when
    the verb reports a clause or takes an object (a true passive of saying takes an
    infinitive: "he is said to be ill")."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.lower_ not in ("'s", "’s"):
        return None
    if not any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None  # a passive has no object and reports no clause
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < aux.i), None)
    if subject is None or subject.lower_ in ("it", "there"):
        return None  # "it's said that ...": the impersonal passive it looks like
    return subject


def _bare_participle(verb: Token) -> bool:
    """'when asked', 'Asked whether ...': a past participle with no auxiliary of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _counted_subject(verb: Token) -> Token | None:
    """'About 3 in 10 say ...', 'Fewer than half agreed ...': a count the parser hung on
    the verb as a number or adverbial noun instead of its subject."""
    for child in verb.children:
        if child.i > verb.i:
            break
        if (
            child.dep_ in ("nummod", "npadvmod")
            and child.ent_type_ in ("CARDINAL", "PERCENT")
            and child.right_edge.i == verb.i - 1
        ):
            return child
    return None


def _mistagged_past(verb: Token) -> Token | None:
    """'A Ledger survey found this month that ...': a past tense the tagger read as a
    participle modifying the noun before it; a that-clause after it shows it is the main verb
    (a passive participle, "the plan described by ...", takes none)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.head.dep_ != "ROOT" or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not that_marked(clause):
        return None
    return verb.head


def split_name_start(verb: Token, source: Token, start: int) -> int:
    """'Harbour spokesman the Rev. Tomas Berg told', 'Skiing great Anna Keller
    remembered': the parser split one long subject into two children of the verb; the piece
    right before the source phrase (a possessor's mark between at most) begins it."""
    doc = verb.doc
    first = next((t for t in doc[source.left_edge.i : source.i + 1] if t.idx >= start), None)
    if first is None:
        return start
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.i >= first.i or child.dep_ not in _SPLIT_PIECES:
            continue
        if child.pos_ not in ("NOUN", "PROPN") or child.ent_type_ in ("DATE", "TIME"):
            return start
        gap = doc[child.right_edge.i + 1 : first.i]
        added = doc[child.left_edge.i : first.i]
        if (
            len(gap) <= 1
            and all(t.text in _POSSESSIVE_MARKS for t in gap)
            and len(added) <= _MAX_SPLIT_PIECE
            and not any(t.is_space or t.text in _BREAKS for t in added)
            and added[0].lower_ not in _DETERMINERS
        ):
            return child.left_edge.idx
        return start
    return start


def without_past_aside(source: Token, span: Span) -> Span:
    """'said Anna Keller, asked about it': a past participle set off by a comma after the
    name (tagged a past tense, so the phrase rules keep it) says what was done to the source,
    not who the source is."""
    doc = source.doc
    for child in source.children:
        if (
            child.dep_ == "acl"
            and child.i > source.i
            and child.tag_ in ("VBD", "VBN")
            and child.lower_.endswith("ed")
            and doc[child.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            last = child.i - 2
            if span[0] <= doc[last].idx:
                return (span[0], min(span[1], doc[last].idx + len(doc[last].text)))
    return span
