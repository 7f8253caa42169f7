"""Quotes across outlets: one statement, who said it, and whether its wording drifted.

The same statement is found by fuzzy wording (rapidfuzz ratios, 0..100, tuned on our example
corpus). Outlets that give it to one speaker make one agreement, however many they are; two
speakers for it make one conflict; a changed wording (not just a shorter
excerpt of the same words) makes one drift conflict that names the difference.

A drift conflict already says whose words they are, so it comes with no speaker agreement
beside it; but outlets that print the very words a third changed agree on them, and that
agreement stands beside the drift. A speaker conflict ("A and B say X; C says Y") does:
outlets that give the quote to one speaker agree on it, whatever a third outlet says, as the
issue defines an agreement and as every blind writer who was not shown our own conventions
recorded it (compare_dev5 to dev20 and compare_dev54 to dev57: 33 of 34 such conflicts of
three or more outlets).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

import numpy as np
from rapidfuzz import fuzz

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.pairs import (
    Pair,
    by_outlet,
    merge_agreements,
    merge_conflicts,
    outlet_pairs,
)
from wirecheck.embed import embed_missing

QUOTE_SAME_STATEMENT = 70.0  # fuzz.ratio of normalised wording
QUOTE_CONTAINED = 92.0  # fuzz.partial_ratio when one quote is part of the other
# A direct quote retold in reported speech ("has paid off for both of our countries" / "had
# paid off for both countries"): tense and pronouns shift, so word sets are compared.
QUOTE_RETOLD = 85.0  # fuzz.token_set_ratio
# One speaker's statement reworded by another outlet: MiniLM cosine of the two quotes (on our
# tuning sets paraphrases scored 0.66-0.76, two different statements of one speaker below 0.4).
QUOTE_PARAPHRASE = 0.65
FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while)\s+|;\s+|[.!?]\s+")


def align_quotes(
    claims: list[Claim], vectors: Mapping[str, np.ndarray] | None = None
) -> list[Pair]:
    """Speaker agreements (grouped), speaker conflicts (pairwise) and wording drift (grouped).
    With sentence `vectors`, one speaker's direct quote retold in other words by another
    outlet is found too (a paraphrase no word ratio catches)."""
    pairs = []
    for lefts, rights in outlet_pairs(by_outlet(claims, "quote")):
        for left in lefts:
            match = _same_statement(left, rights)
            if match is None and vectors is not None:
                match = _paraphrase(left, rights, vectors)
            if match is not None:
                pairs.extend(_quote_pairs(left, match))
    agreements = merge_agreements(pairs)
    drift = [_drift(group) for group in agreements]
    conflicts = merge_conflicts([p for p in pairs if p.kind == "conflict"], agreements)
    # Outlets agreeing on a speaker whom another outlet contradicts still agree: a reader
    # records both, "A and B say X" and "A and B say X; C says Y".
    kept = [a for a, d in zip(agreements, drift, strict=True) if d is None]
    # Beside a drift, the outlets that print the very same words still agree on them.
    same_words = [_same_wording(a) for a, d in zip(agreements, drift, strict=True) if d]
    return conflicts + kept + [d for d in drift if d] + [a for a in same_words if a]


def name_speakers(claims: list[Claim]) -> None:
    """A speaker the entity stage missed in one article ("Carys Mallender, the union's
    regional organiser, told the Ledger", "his lawyer, Helena Pryce, told reporters") is the
    story's speaker of that surname, when exactly one speaker elsewhere in the story has it.
    Sets `speaker` and `value` in place."""
    by_surname: dict[str, set[tuple[str, str]]] = {}
    for claim in claims:
        if claim.kind == "quote" and claim.speaker:
            by_surname.setdefault(_surname(claim.value), set()).add((claim.speaker, claim.value))
    for claim in claims:
        if claim.kind != "quote" or claim.speaker or not claim.value:
            continue
        named = [part for part in claim.value.split(",") if _surname(part)]
        found = by_surname.get(_surname(named[0]), set()) if named else set()
        if len(found) == 1:
            claim.speaker, claim.value = next(iter(found))


def _surname(name: str) -> str:
    words = re.findall(r"[A-Z][\w'’-]+", name)
    return words[-1].lower() if words else ""


def normalise(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))


def _same_statement(claim: Claim, candidates: list[Claim]) -> Claim | None:
    words = normalise(claim.quote_text or "")
    best: tuple[float, Claim] | None = None
    for other in candidates:
        if claim.reported or other.reported:
            best = _retold(claim, other, words, best)
            continue
        other_words = normalise(other.quote_text or "")
        score = fuzz.ratio(words, other_words)
        shorter = min(len(words.split()), len(other_words.split()))
        if score < QUOTE_SAME_STATEMENT and shorter >= 6:
            score = max(score, fuzz.partial_ratio(words, other_words) - 5)
        threshold = QUOTE_SAME_STATEMENT if shorter >= 6 else QUOTE_CONTAINED
        if score >= threshold and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def _paraphrase(
    claim: Claim, candidates: list[Claim], vectors: Mapping[str, np.ndarray]
) -> Claim | None:
    """The same speaker's direct quote in another outlet that says the same in other words
    ("No one will be spared scrutiny" / "Nobody will escape scrutiny"): sentence vectors
    close enough that two different statements of one speaker do not reach them."""
    if claim.reported or not claim.speaker:
        return None
    others = [c for c in candidates if c.speaker == claim.speaker and not c.reported]
    scored = [(_closest(claim, other, vectors), other) for other in others]
    best = max(scored, key=lambda item: item[0], default=None)
    return best[1] if best and best[0] >= QUOTE_PARAPHRASE else None


def _closest(claim: Claim, other: Claim, vectors: Mapping[str, np.ndarray]) -> float:
    """How alike two quotes read, the shorter set against each clause of the longer too: an
    outlet quoting a fragment ("an assault on the heritage we all share") rewords one clause
    of the sentence another quotes whole ("This is an attack on our shared heritage, and we
    will spare no effort ...")."""
    short, long = sorted((claim, other), key=lambda c: len(c.gist))
    texts = (
        [long.gist, *_clauses(long.gist)] if len(short.gist) < len(long.gist) / 2 else [long.gist]
    )
    if isinstance(vectors, dict):
        embed_missing(vectors, [short.gist, *texts])
    return max(float(vectors[short.gist] @ vectors[text]) for text in texts)


def _clauses(text: str) -> list[str]:
    """The parts of a quote joined by a conjunction or a semicolon, of four words or more."""
    parts = CLAUSE_JOINT.split(text)
    return [p for p in parts if len(p.split()) >= 4] if len(parts) > 1 else []


def _retold(
    claim: Claim, other: Claim, words: str, best: tuple[float, Claim] | None
) -> tuple[float, Claim] | None:
    """A direct quote and the same point in reported speech, given to one speaker. Two
    reported versions are two outlets' summaries: too loose to pair by wording."""
    if claim.reported and other.reported or claim.speaker != other.speaker:
        return best
    score = fuzz.token_set_ratio(words, normalise(other.quote_text or ""))
    if score >= QUOTE_RETOLD and (best is None or score > best[0]):
        return score, other
    return best


def _quote_pairs(left: Claim, right: Claim) -> list[Pair]:
    if not (left.speaker and right.speaker):
        named = _named_apart(left, right) or _named_apart(right, left)
        return [_speaker_conflict(left, right)] if named else []
    one_voice = _speaks_for(left, right) or _speaks_for(right, left) or _short_name(left, right)
    if left.speaker != right.speaker and not one_voice:
        return [_speaker_conflict(left, right)]
    verb = "report the words of" if left.reported or right.reported else "quote"
    summary = f"{left.outlet} and {right.outlet} both {verb} {left.value}."
    return [Pair("agree", "quote speaker", summary, [left, right])]


def _speaker_conflict(left: Claim, right: Claim) -> Pair:
    summary = (
        f"The same words are given to {left.value} by {left.outlet} "
        f"and to {right.value} by {right.outlet}."
    )
    return Pair("conflict", "quote speaker", summary, [left, right])


def _named_apart(known: Claim, unknown: Claim) -> bool:
    """Whether a quote's speaker the entity stage did not resolve is still plainly someone
    else: a full name ("Minister for Higher Education Conor Walsh") without the resolved
    speaker's surname."""
    if not known.speaker or unknown.speaker or not FULL_NAME.search(unknown.value or ""):
        return False
    return _surname(known.value) not in (unknown.value or "").lower()


def _short_name(left: Claim, right: Claim) -> bool:
    """One name the short form of the other, its first words ("Northway" / "Northway Waste
    Services"), which the entity stage left as two speakers."""
    a, b = sorted(((left.value or "").split(), (right.value or "").split()), key=len)
    return 0 < len(a) < len(b) and b[: len(a)] == a and a[0][:1].isupper()


def _speaks_for(person: Claim, body: Claim) -> bool:
    """Whether the words that attribute one outlet's quote name the other outlet's speaker as
    whom the first speaks for ("Nordalia spokeswoman Sofie Lund said" / "a Nordalia
    spokesperson said"): one voice, named in one outlet and not in the other."""
    if not person.shown or not body.value or body.value in person.value:
        return False
    attribution = person.shown[2].replace(person.quote_text or "", " ")
    return re.search(rf"\b{re.escape(body.value)}\b", attribution) is not None


def _drift(group: Pair) -> Pair | None:
    """One statement by one speaker whose wording changed between outlets, with the change."""
    variants: dict[str, Claim] = {}
    for claim in group.claims:
        if claim.reported:
            continue  # reported speech is reworded by nature: no drift to report
        variants.setdefault(normalise(claim.quote_text or ""), claim)
    for (a, left), (b, right) in _variant_pairs(variants):
        if not _within(a, b):
            speaker = group.claims[0].value
            summary = (
                f"{speaker}'s words differ from {left.outlet} to {right.outlet}: {word_diff(a, b)}."
            )
            return Pair("conflict", "quote wording", summary, group.claims)
    return None


def _same_wording(group: Pair) -> Pair | None:
    """The largest set of outlets in a drifting group that quote the same words (one outlet's
    words within another's, as a shorter excerpt): two outlets print “we are heartbroken” and
    a third “we are devastated”; the first two agree on the wording the third changed."""
    quoted = [(c, normalise(c.quote_text or "")) for c in group.claims if not c.reported]
    best: list[Claim] = []
    for _, words in quoted:
        same = [c for c, other in quoted if _within(words, other)]
        if len({c.outlet for c in same}) > len({c.outlet for c in best}):
            best = same
    if len({c.outlet for c in best}) < 2:
        return None
    outlets = sorted({c.outlet for c in best})
    summary = f"{' and '.join(outlets)} quote {best[0].value} in the same words."
    return Pair("agree", "quote speaker", summary, best)


def _within(a: str, b: str) -> bool:
    return a in b or b in a


def _variant_pairs(variants: dict[str, Claim]) -> list[tuple[tuple[str, Claim], tuple[str, Claim]]]:
    items = sorted(variants.items(), key=lambda item: item[1].outlet)
    return [(x, y) for i, x in enumerate(items) for y in items[i + 1 :]]


def word_diff(a: str, b: str) -> str:
    """How wording b differs from wording a: “let” → “allow”; “the” added; ..."""
    left, right = a.split(), b.split()
    changes = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace":
            changes.append(f"“{' '.join(left[i1:i2])}” → “{' '.join(right[j1:j2])}”")
        elif op == "delete":
            changes.append(f"“{' '.join(left[i1:i2])}” dropped")
        elif op == "insert":
            changes.append(f"“{' '.join(right[j1:j2])}” added")
    return "; ".join(changes[:4]) or "punctuation only"
