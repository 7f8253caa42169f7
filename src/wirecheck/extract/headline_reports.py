"""Reports in Title Case headlines ("Senator Backs Ferry Plan", "Two Mayors Slam Budget").

In Title Case the tagger reads every word as part of a name, so "Anna Keller Praises Port
Deal" comes out as one long noun phrase with no verb and no report. A headline states its
report in the present tense: the first capitalised word that is a cue verb with the
third-person "-s" ("Praises", "Says"), or in its plain form after a plural of people
("Lawmakers Rip ..."), is the cue when the capitalised words before it read as one name;
those words name the source and the words after it are the content.
"""

from __future__ import annotations

import re

from wirecheck.extract.phrases import Frame, Span
from wirecheck.resources import cues


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CUE_LEMMAS = cues.SPEECH | cues.OBJECT | cues.INTENTION | cues.COGNITION | frozenset(cues.PHRASAL)
# Little words Title Case may leave in lower case: no part of a name (but a leading "The").
_LOWER = _words(
    "a an the of in on at to for and or but with by from as vs via into over after before amid"
    " about against during without behind than"
)
_WORD = re.compile(r"[A-Za-z0-9][\w’'.-]*")
_NUMBERING = re.compile(r"\d+\.")
# Words that open a question or a clause, and verbs and adverbs that no name holds.
_OPENERS = _words("how why what when where who whose which despite after before if as")
_NOT_IN_NAMES = _words(
    "is are was were be been has have had got gets do does did will would can could may might"
    " finally again also still now just not isn’t isn't"
)
# Cue lemmas whose "-s" form in a headline is mostly a plural noun ("Port Safety Rules Face
# Review", "Media Reports Reveal ...").
_MOSTLY_NOUNS = _words(
    "report rule bet plan question issue view post sign release note list name attack"
)
# Plurals of people that take a plain verb in a headline ("Harbour Lawmakers Rip Osei").
_PEOPLE = _words(
    "lawmakers legislators senators voters democrats republicans dems conservatives liberals"
    " progressives latinos hispanics parents leaders officials critics supporters activists"
    " experts economists evangelicals candidates governors mayors donors delegates"
)
_QUOTE_MARKS = "\"'“‘«"
_MAX_SOURCE_WORDS = 6
_MAX_WORDS = 25
_MIN_CAPITALISED = 0.7


def headline_frames(text: str, paragraphs: list[Span], taken: list[Frame]) -> list[Frame]:
    """A frame for each Title Case headline paragraph whose report no other frame gives."""
    found = []
    for start, end in paragraphs:
        if any(start <= f.cue[0] < end for f in taken) or ":" in text[start:end]:
            continue  # the parse found its report, or "Name: ..." labels it
        if text[start] in _QUOTE_MARKS:
            continue  # a quoted line is someone's words, not the paper's headline
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
        if words and _NUMBERING.fullmatch(text[words[0][0] : words[0][1]]):
            words = words[1:]  # "3. EXPERTS DOWNPLAY ...": the number of a list item
        if not _title_case(text, words):
            continue
        frame = _frame(text, words, end)
        if frame is not None:
            found.append(frame)
    return found


def _title_case(text: str, words: list[Span]) -> bool:
    if not 3 <= len(words) <= _MAX_WORDS:
        return False
    content = [text[s:e] for s, e in words if text[s:e].lower() not in _LOWER]
    capitalised = sum(_capital(w) for w in content)
    return bool(content) and capitalised >= _MIN_CAPITALISED * len(content)


def _frame(text: str, words: list[Span], end: int) -> Frame | None:
    """The first cue word after a name-like run of capitalised words, with words after it."""
    for k in range(1, min(len(words) - 1, _MAX_SOURCE_WORDS + 1)):
        word = text[words[k][0] : words[k][1]]
        before = text[words[k - 1][0] : words[k - 1][1]].lower()
        lemma = _cue_lemma(word.lower(), before) if word[0].isupper() else None
        if lemma is None:
            continue
        if not _name_like(text, words[:k]):
            return None  # "Why X Attacks ...", "X Got More Votes Than ...": no report of X's
        content_end = end
        while content_end > words[k + 1][0] and text[content_end - 1] in " .!?\"'”’\n":
            content_end -= 1
        source = (words[0][0], words[k - 1][1])
        return Frame(words[k], lemma, source, None, [(words[k + 1][0], content_end)])
    return None


def _name_like(text: str, words: list[Span]) -> bool:
    """Capitalised words with nothing between them but spaces, none a little word (but a
    leading "The") nor one that starts a question or a clause ("How", "Why", "Despite")."""
    first = text[words[0][0] : words[0][1]].lower()
    if first in _OPENERS:
        return False
    for k, (start, stop) in enumerate(words):
        word = text[start:stop]
        if not _capital(word) or (word.lower() in _LOWER and not (k == 0 and word == "The")):
            return False
        if k and text[words[k - 1][1] : start].strip():
            return False  # a comma, a dash or a full stop: not one name
        if word.lower().rstrip(".") in _NOT_IN_NAMES:
            return False
    return True


def _capital(word: str) -> bool:
    """Capitalised, or a number ("40 Parents Share ...")."""
    return word[0].isupper() or word[0].isdigit()


def _cue_lemma(word: str, before: str) -> str | None:
    """The cue lemma of a present-tense headline verb: 'praises', 'says', 'denies', or the
    plain form after a plural of people ('Lawmakers Rip ...', 'Parents Share ...')."""
    forms = [word] if before in _PEOPLE else []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return next((f for f in forms if f in _CUE_LEMMAS and f not in _MOSTLY_NOUNS), None)
