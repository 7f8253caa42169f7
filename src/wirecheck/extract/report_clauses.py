"""A report's content beyond the verb's plain complement, and cue words beyond the verb.

- A clause holding another speaker's report ("One says A, while another says B"): the parser
  hangs the second report inside the first one's clause; each word serves one attribution
  (as PolNeAR marks it), so the second report is cut out of the first one's content (not
  when its subject is the clause's own: "she hopes A, while she thinks B" goes on).
- A relative pronoun as the object ("the plan, which he described as a disgrace"): the
  pronoun stands for what was described, and what completes it is a second piece; with no
  relative word ("the cut she wants"), the phrase the clause hangs on is the content.
- The words a cue verb keeps beside it: "said recently", "said Tuesday", "now says" (PolNeAR
  marks them in the cue).
- Where it was said is no content ("spoke on television about X": X is).
- A passive cue with no one named ("Keller is expected to speak"): the passive subject and
  the complement are the content, in two pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.phrases import (
    Span,
    range_span,
    runs,
    same_paragraph,
    subtree_span,
    token_end,
    token_span,
)
from wirecheck.resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVE = frozenset(["which", "whom", "that", "what"])
_RELATIVE_SUBJECTS = _RELATIVE | {"who"}
# Time adverbs PolNeAR keeps in a cue when they stand right before it: "now says", "then said".
_LEFT_TIME = frozenset(["now", "then"])
# What completes a relative object: "which he called a racket", "whom she described as ...".
_COMPLETING = frozenset(["oprd", "xcomp", "ccomp", "prep"])
# "everything he said", "the words she wrote": the thing a relative clause of saying hangs on.
_SAID_PRONOUNS = frozenset(["everything", "anything", "something", "nothing", "much", "little"])
_SAID_NOUNS = frozenset(["thing", "word", "remark", "comment", "statement", "claim"])
_REPORTED_SLOTS = frozenset(["dobj", "ccomp", "xcomp", "prep", "dative", "attr", "oprd"])
# Nouns a relative clause with no relative word tells the time, place or manner of.
_NOT_THINGS = frozenset(["time", "times", "way", "day", "year", "moment", "place", "reason"])
_TIMES = frozenset(["DATE", "TIME"])
# "a result that he said surprised his coaches": after a verb of saying or thinking, the
# parser may read the rest of the reported clause as an object; it is still the report.
_SAYING = cues.SPEECH | cues.COGNITION
_MISPARSED_CLAUSE = frozenset(["dobj", "attr", "acomp"])
# Prepositions that complete a passive report: "criticized for X", "seen as X", "accused of X".
_PASSIVE_PREPS = frozenset(["as", "for", "of", "over", "about"])
# Where something was said rather than what about: 'said on Fox News', 'spoke on television'.
_MEDIA = frozenset(["television", "tv", "radio", "show", "program", "programme", "air", "camera"])
# Words that set a second report against the first: "..., while others say ...".
_CONTRAST = frozenset({"while", "whereas", "but", "though", "although", "and"})
# Verbs that report the clause before them from after it: "..., said X", "..., reported X".
_INVERTING = (cues.SPEECH | cues.EVIDENCE) - cues.ADDRESSEE_OBJECT
_CLOSING_QUOTES = frozenset({"”", '"', "''", "’", "'"})
_SENTENCE_END = frozenset({".", "!", "?", ";", "“", '"'})
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
_MIN_TRAILED_WORDS = 4
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
# Heads of a clause before the comma that only set the scene for the main clause.
_SCENE_SETTING = frozenset(["advcl", "prep", "mark", "advmod", "cc", "npadvmod"])


def without_other_reports(
    pieces: list[Span], clause: Token, reporting: frozenset[str]
) -> list[Span]:
    """The clause pieces less any contrasted report with its own subject inside the clause."""
    for inner in clause.subtree:
        if inner.i == clause.i or not _contrasted_report(inner, reporting):
            continue
        if _same_subject(inner, clause):
            continue  # "says she hopes to win, but she knows ...": one person's thought goes on
        start = _opening(inner)
        cut = (start.idx, token_end(inner.right_edge))
        pieces = [kept for piece in pieces for kept in _minus(piece, cut)]
    return pieces


def _contrasted_report(verb: Token, reporting: frozenset[str]) -> bool:
    """'..., while another says ...': a reporting verb with its own subject, joined by a
    contrasting word after a comma."""
    if verb.dep_ not in ("advcl", "conj") or verb.lemma_.lower() not in reporting:
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    first = _opening(verb)
    before = verb.doc[first.i - 1] if first.i else None
    return first.lower_ in _CONTRAST and before is not None and before.text in (",", ";")


def _same_subject(inner: Token, clause: Token) -> bool:
    """The contrasted report has the reported clause's own subject, word for word."""
    word = _subject_word(inner)
    return word is not None and word == _subject_word(clause)


def _subject_word(verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subject is None else subject.lower_


def _opening(verb: Token) -> Token:
    """The first word of the report: its conjunction or subordinator."""
    doc = verb.doc
    first = verb.left_edge
    if first.i > 0 and doc[first.i - 1].dep_ == "cc" and doc[first.i - 1].head.i == verb.head.i:
        return doc[first.i - 1]
    return first


def _minus(piece: Span, cut: Span) -> list[Span]:
    """The piece without the cut characters: at most two parts (the quotes stage trims the
    commas and white space left at their new edges)."""
    if cut[1] <= piece[0] or piece[1] <= cut[0]:
        return [piece]
    parts = [(piece[0], cut[0]), (cut[1], piece[1])]
    return [p for p in parts if p[1] > p[0]]


def relative_object(
    verb: Token, lemma: str, children: list[Token]
) -> tuple[list[Span], list[Token]] | None:
    """'the plan, which he described as a disgrace': the relative pronoun stands for what was
    described; what completes it ('as a disgrace') is a second piece."""
    if verb.dep_ != "relcl":
        return _free_relative(verb, lemma, children)
    pronoun = next(
        (c for c in children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _RELATIVE),
        None,
    )
    if pronoun is None:
        return _said_thing(verb, lemma, children) or _gapped_object(verb, children)
    content = [token_span(pronoun)]
    completing = _COMPLETING | _MISPARSED_CLAUSE if lemma in _SAYING else _COMPLETING
    after = next((c for c in children if c.i > verb.i and c.dep_ in completing), None)
    if after is not None and (after.dep_ != "prep" or after.lower_ == "as"):
        content.append(subtree_span(after))
    return content, []


def _free_relative(
    verb: Token, lemma: str, children: list[Token]
) -> tuple[list[Span], list[Token]] | None:
    """'what she said is a growing demand': "what" stands for the statement; when the clause
    is the subject of "be", what it is said to be is a second piece ("is a growing demand")."""
    what = next((c for c in children if c.dep_ == "dobj" and c.i < verb.i), None)
    if what is None or what.lower_ != "what" or lemma not in _SAYING:
        return None
    content = [token_span(what)]
    be = verb.head
    if verb.dep_ == "csubj" and be.lemma_ == "be" and same_paragraph(verb, be):
        content += runs(t for t in be.subtree if t.i > verb.right_edge.i)
    return content, []


def _said_thing(
    verb: Token, lemma: str, children: list[Token]
) -> tuple[list[Span], list[Token]] | None:
    """'regrets everything he said', 'the things she wrote': a relative clause with no
    object of its own; the word it hangs on, a thing said, is what was said."""
    thing = verb.head
    if lemma not in cues.SPEECH or any(c.dep_ in _REPORTED_SLOTS for c in children):
        return None
    if thing.lower_ not in _SAID_PRONOUNS and thing.lemma_.lower() not in _SAID_NOUNS:
        return None
    first = thing.left_edge.i
    return [range_span(verb.doc, first, thing.i)], []


def _gapped_object(verb: Token, children: list[Token]) -> tuple[list[Span], list[Token]] | None:
    """'the cut she wants', 'the kind of judge many voters fear', 'the trends critics
    point to': a relative clause with no relative word whose cue lacks its object; the phrase
    it hangs on is what the cue is about."""
    thing = verb.head
    if (
        thing.pos_ not in ("NOUN", "PRON")
        or thing.i > verb.i
        or thing.lemma_.lower() in _NOT_THINGS
    ):
        return None
    if thing.ent_type_ in _TIMES or verb.left_edge.i != thing.i + 1:
        return None  # "the day she said", "the plan, he argued, ...": no gap in an object
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in _RELATIVE_SUBJECTS:
        return None
    # Its object is the gap ("the cut she wants to the ferry fares": the phrase after
    # the cue says more about the thing, not what else the cue takes).
    if any(c.dep_ in _REPORTED_SLOTS and c.dep_ != "prep" for c in children):
        return None
    return [range_span(verb.doc, thing.left_edge.i, thing.i)], []


def with_passive_subject(verb: Token, content: list[Span]) -> list[Span]:
    """'Keller is expected to speak': with no one named as expecting it, what is expected is
    the passive subject and its complement together (two pieces, as PolNeAR marks it)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not same_paragraph(verb, subject):
        return content
    span = subtree_span(subject)
    if any(c[0] < span[1] and span[0] < c[1] for c in content):
        return content
    return [span, *content]


def passive_without_agent(
    verb: Token, lemma: str, children: list[Token]
) -> tuple[list[Span], list[Token]] | None:
    """'The plan was criticized as reckless': with no one named, the passive subject and what
    completes the verb are the content."""
    if any(c.dep_ == "agent" for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not same_paragraph(verb, subject):
        return None
    after = next((c for c in children if c.i > verb.i and c.dep_ in _COMPLETING), None)
    if after is None or after.dep_ == "prep" and after.lower_ not in _PASSIVE_PREPS:
        return None  # "Jurors were sworn in", "Protests were reported": nothing is said
    return [subtree_span(subject), subtree_span(after)], []


def adjacent_modifiers(verb: Token) -> list[Token]:
    """'said recently', 'said repeatedly', 'said last week': the adverb or date right after
    the verb belongs to the cue ('said so' is content, not manner)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return []
    after = doc[verb.i + 1]
    if after.head.i != verb.i:
        return []
    if (
        after.dep_ == "advmod"
        and not after.tag_.startswith("W")
        and after.lower_ not in cues.PRO_FORMS
    ):
        return [after]
    if after.dep_ == "npadvmod" and after.ent_type_ == "DATE" and after.left_edge.i == after.i:
        return [after.right_edge]
    return []


def widened_cue(verb: Token, cue: Span) -> Span:
    """'now says', 'then said': a time adverb right before the cue is part of it; so is the
    first half of a hyphenated verb."""
    doc = verb.doc
    first = next((t for t in doc[max(0, verb.i - 4) : verb.i + 1] if t.idx == cue[0]), None)
    if first is None or first.i == 0:
        return cue
    before = doc[first.i - 1]
    if before.head.i == verb.i and before.dep_ == "advmod" and before.lower_ in _LEFT_TIME:
        return (before.idx, cue[1])
    if before.text == "-" and not before.whitespace_ and first.i >= 2:
        # "pooh-poohed": the tokenizer split the verb at its hyphen; the cue is the whole word
        prefix = doc[first.i - 2]
        if prefix.is_alpha and not prefix.whitespace_:
            return (prefix.idx, cue[1])
    return cue


def relative_pronoun(word: Token, verb: Token) -> bool:
    """'the plan which he backed': a relative pronoun; 'called that absurd': a demonstrative."""
    if word.lower_ == "that":
        return verb.dep_ == "relcl"
    return word.lower_ in cues.RELATIVE_PRONOUNS


def where_said(prep: Token, inner: Token) -> bool:
    """'said on Fox News', 'spoke on television': where it was said, not what about."""
    return prep.lower_ == "on" and (inner.pos_ == "PROPN" or inner.lemma_.lower() in _MEDIA)


def inverted_report(verb: Token, lemma: str) -> tuple[Token, list[Span]] | None:
    """'Turnout will be high, said several observers.', '..., reported the Washington Post.':
    a speech verb after a comma with only its source after it reports the clause before it;
    the parser takes the source for an object or the clause for a coordinated verb."""
    if lemma not in _INVERTING or verb.dep_ not in ("conj", "parataxis"):
        return None
    doc, head = verb.doc, verb.head
    if head.i > verb.i or head.pos_ not in ("VERB", "AUX") or not same_paragraph(head, verb):
        return None
    if verb.i < 2 or doc[verb.i - 1].text != "," or doc[verb.i - 2].text in _CLOSING_QUOTES:
        return None  # "“...”, said X": the quotes stage links the quotation itself
    source = _inverted_source(verb)
    if source is None:
        return None
    gone = {t.i for t in verb.subtree}
    kept = (t for t in head.subtree if t.i not in gone and t.i < verb.i)
    content = [span for span in runs(kept) if span[0] >= verb.sent.start_char]
    return (source, content) if content else None


def _inverted_source(verb: Token) -> Token | None:
    """The name right after the verb, if only it (and when or where) ends the sentence."""
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if not after or after[0].dep_ not in ("nsubj", "dobj"):
        return None
    name = after[0]
    if name.left_edge.i != verb.i + 1 or name.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if name.pos_ == "PRON" and name.lower_ not in _PERSONAL:
        return None
    if name.dep_ == "dobj" and name.pos_ != "PROPN" and not name.ent_type_:
        return None  # "He shook hands, said goodbye": an object, no source, unless a name
    if any(c.dep_ not in ("prep", "npadvmod", "advmod") for c in after[1:]):
        return None
    end = verb.right_edge.i + 1
    doc = verb.doc
    if end < len(doc) and not doc[end].is_space and doc[end].text not in _SENTENCE_END:
        return None
    return name


def with_relative_pronoun(verb: Token, content: list[Span]) -> list[Span]:
    """'the levy, which she has said was unfair': the relative pronoun the parser hung on
    the cue stands for the report's subject; it is a piece of the content of its own ("what"
    heads a whole clause, "what critics called a scheme", and stays in it)."""
    pronoun = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in cues.RELATIVE_PRONOUNS
        ),
        None,
    )
    if pronoun is None or not content or pronoun.lower_ == "that" and verb.dep_ != "relcl":
        return content
    span = token_span(pronoun)
    if any(c[0] <= span[0] < c[1] for c in content):
        return content
    return [span, *content]


def trailing_clause(verb: Token, source: Span) -> list[Span]:
    """'A run of falling fares will end this spring, the transport board reported on
    Tuesday.': a cue with its source after a comma, ending the sentence, and no complement
    the parser found: what it reports is the sentence before the comma."""
    doc = verb.doc
    start = min(source[0], verb.idx)
    first = next((t for t in doc[max(0, verb.i - 40) : verb.i + 1] if t.idx >= start), verb)
    comma = doc[first.i - 1] if first.i else None
    if comma is None or comma.text != "," or comma.sent != verb.sent:
        return []
    if not _ends_sentence(verb):
        return []
    begin = verb.sent.start
    for token in doc[verb.sent.start : comma.i]:
        if "\n" in token.text:
            begin = token.i + 1  # a headline or dateline paragraph is not part of it
    kept = [t for t in doc[begin : comma.i] if not t.is_space]
    if len(kept) < _MIN_TRAILED_WORDS or not any(t.dep_ in _SUBJECTS for t in kept):
        return []
    inside = {t.i for t in kept}
    heads = [t for t in kept if t.head.i not in inside or t.head.i == t.i]
    if all(t.dep_ in _SCENE_SETTING or t.is_punct for t in heads):
        return []  # "As has been the case, the union agreed to ...": it sets the scene
    return runs(kept)


def _ends_sentence(verb: Token) -> bool:
    """Nothing follows the verb in its sentence but its own words (an addressee, a date,
    where it was said) and closing punctuation."""
    own = {t.i for t in verb.subtree}
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.is_space or token.is_punct:
            continue
        if token.i not in own or token.dep_ in ("ccomp", "xcomp", "conj"):
            return False
        if token.head.i == verb.i and _own_complement(verb, token):
            return False  # "agreed to a wage system", "said enough": it reports what follows
    return True


def _own_complement(verb: Token, child: Token) -> bool:
    if child.dep_ == "dobj":
        return verb.lemma_.lower() not in cues.ADDRESSEE_OBJECT
    if child.dep_ != "prep" or child.lower_ not in cues.OBJECT_PREPS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
