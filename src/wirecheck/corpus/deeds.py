"""Deeds across outlets: one outlet writes that a thing is done, another that it is only
planned or ruled out ("has sealed the rupture" / "plan to seal the rupture by the weekend").

The events stage types PLOVER actions only. What a company, an airline or a union does to its
own operations (halt production, ground its jets, suspend services, seal a pipe) has no PLOVER
type, yet whether it has happened is what outlets most often disagree on. A deed claim is a
verb in a sentence, outside quotations, written as done (the perfect: "has halted", "have been
grounded") or as not done: planned ("plans to halt", "is due to seal", "will ground", "was
considering grounding") or ruled out ("ruled out suspending", "suspending the strikes had
been ruled out"). Two outlets' deeds are one when their verbs share a stem and the words
around them share a content word; one done and one not done conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecheck.corpus.claims import Claim, quoted_spans
from wirecheck.corpus.date_align import PLAIN_WORDS
from wirecheck.corpus.pairs import Pair, by_outlet, outlet_pairs
from wirecheck.model import Article
from wirecheck.text_spans import sentence_around

_VERB = r"(?P<verb>[a-z]{3,})"
DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?(?:been\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\b"
)
PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|aims?|hopes?|wants?|expects?|"
    r"(?:is|are|was|were)\s+(?:due|set|expected|preparing|ready)|will|would)"
    rf"\s+(?:to\s+)?(?:be\s+)?{_VERB}\b"
)
CONSIDERED = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|discuss(?:es|ed|ing)?)"
    r"\s+(?P<verb>[a-z]{3,}ing)\b"
)
RULED_OUT = re.compile(
    r"\bruled out\s+(?P<verb>[a-z]{3,}ing)\b"
    r"|\b(?P<subject>[a-z]{3,}ing)\b[^.;]{0,60}?\b(?:has|had|have)\s+been\s+ruled out\b"
)
STATES = (("done", DONE), ("planned", PLANNED), ("planned", CONSIDERED), ("ruled out", RULED_OUT))
# Verbs that say something was said, thought or is merely so: no deed to compare.
NOT_DEEDS = {
    "be", "been", "being", "have", "had", "said", "say", "told", "tell", "made", "make", "done",
    "gone", "given", "taken", "seen", "become", "come", "called", "asked", "added", "noted",
    "warned", "urged", "stated", "announced", "reported", "confirmed", "decided", "agreed",
    "claimed", "insisted", "vowed", "promised", "expected", "continue", "need", "like",
    "remain", "remained", "also", "still", "able", "likely", "not", "never",
}  # fmt: skip
WINDOW_WORDS = 8  # words after the verb that say what the deed is done to
WORD = re.compile(r"[A-Za-z0-9][\w-]*")


@dataclass(frozen=True)
class _Deed:
    state: str
    stem: str
    start: int  # the phrase: auxiliary, verb and the words after it
    end: int


def deed_claims(article: Article, outlet: str) -> list[Claim]:
    """One claim per deed phrase outside quotations, on its sentence."""
    quoted = quoted_spans(article)
    claims = []
    for deed in _deeds(article.text):
        if any(q_start <= deed.start < q_end for q_start, q_end in quoted):
            continue
        start, end = sentence_around(article.text, deed.start)
        phrase = article.text[deed.start : deed.end]
        claims.append(
            Claim(
                article.id, outlet, "deed", "event status", deed.stem, deed.state, start, end,
                article.text[start:end], context=phrase, trigger=deed.stem,
            )
        )  # fmt: skip
    return claims


def _deeds(text: str) -> list[_Deed]:
    found = []
    lowered = text.lower()
    for state, pattern in STATES:
        for match in pattern.finditer(lowered):
            groups = match.groupdict()
            verb = groups.get("verb") or groups.get("subject")
            if not verb or verb in NOT_DEEDS or lowered[match.end() :].startswith(" not"):
                continue
            found.append(_Deed(state, stem(verb), match.start(), _phrase_end(text, match.end())))
    return found


def _phrase_end(text: str, offset: int) -> int:
    words = list(WORD.finditer(text, offset, min(len(text), offset + 120)))[:WINDOW_WORDS]
    stop = re.search(r"[.;]", text[offset : words[-1].end()]) if words else None
    if stop:
        return offset + stop.start()
    return words[-1].end() if words else offset


def stem(verb: str) -> str:
    """One stem for a verb's forms: "sealed", "sealing", "seal" → "seal"; "closed", "closing",
    "close" → "clos"; "stopped", "stop" → "stop"; "grounded", "grounding" → "ground"."""
    word = verb.lower()
    if word.endswith("ied"):
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith(("ed", "es")) and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def align_deeds(claims: list[Claim]) -> list[Pair]:
    """Per outlet pair, each deed done in one outlet against the same deed not done in the
    other, one to one."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "deed")):
        taken: set[int] = set()
        for left in lefts:
            for right in rights:
                if id(right) in taken or not _disagree(left, right):
                    continue
                taken.add(id(right))
                pairs.append(_conflict(left, right))
                break
    return pairs


def _disagree(left: Claim, right: Claim) -> bool:
    """One verb, one done and the other not, and a word of what it is done to in common."""
    if left.slot != right.slot or "done" not in (left.value, right.value):
        return False
    if left.value == right.value:
        return False
    return bool(_words(left.context) & _words(right.context) - {left.slot})


def _words(phrase: str) -> set[str]:
    words = {w.lower() for w in WORD.findall(phrase) if len(w) >= 4 or any(c.isdigit() for c in w)}
    return {stem(w) for w in words - PLAIN_WORDS}


def _conflict(left: Claim, right: Claim) -> Pair:
    summary = (
        f"{left.outlet} writes “{left.context}” ({left.value}); "
        f"{right.outlet} writes “{right.context}” ({right.value})."
    )
    return Pair("conflict", "event status", summary, [left, right])
