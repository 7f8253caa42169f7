"""Candidate name spans in a parsed article: spaCy's entities, repaired, plus gazetteer finds.

The small English model trips on news text in known ways; each repair below names one:
titles inside the entity ("Chancellor Olaf Scholz"), a leading "the", possessives, names cut
at a hyphen ("Ho Kwok-wai"), "pro-Beijing" taken for a name, captions ("Image"), places it
misses or cuts ("KYIV", "Washington D.C."), agencies in datelines ("(Reuters)") and people
it calls works or facilities ("Anders Lindqvist" as a WORK_OF_ART).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from wirecheck.extract.candidates import Candidate, hyphen_at
from wirecheck.extract.gazetteer import place, words
from wirecheck.extract.headlines import trim_headlines
from wirecheck.extract.places import (
    attach_place,
    extend_place,
    gazetteer_candidates,
    join_place_pairs,
)
from wirecheck.extract.unlabelled import (
    MISLABEL_PRONE,
    conjunct_candidates,
    mislabelled_person,
    proper_noun_runs,
)
from wirecheck.resources.cues import FEMALE_NAMES, MALE_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# "Scientology-owned", "Kremlin-backed": a hyphen that ends the name rather than joins one.
_HYPHEN_SUFFIXES = frozenset(
    [
        "owned",
        "backed",
        "led",
        "like",
        "based",
        "related",
        "era",
        "style",
        "born",
        "made",
        "run",
        "controlled",
        "linked",
        "funded",
        "affiliated",
        "aligned",
        "friendly",
        "critic",
        "critics",
        "wide",
        "bound",
        "speaking",
        "born",
        "allied",
        "inspired",
        "sponsored",
        "supported",
        "brokered",
        "designed",
        "built",
    ]
)
# Endings of nouns for what people do: beekeeper, farmer, geologist, fisherman.
_JOB_ENDING = re.compile(r"(?:er|or|ist|man|woman)$")
# ... and endings some given names share (Grant, Vincent, Julian): accountant, student,
# technician.
_OTHER_JOB_ENDING = re.compile(r"(?:ant|ent|ian)$")
# Role words that end an organisation's entity: "the Harbour Authority Spokesperson".
_TRAILING_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officials"})
_TRAILING_ROLES |= {"chief", "head", "director", "minister", "secretary", "spokespeople", "sheriff"}
_JOINERS = frozenset({"of", "for", "and", "on", "in", "at", "to", "de", "&"})
_BRACKETS = frozenset("()[]{}")
_PLACE_WORDS = frozenset({"in", "near", "outside", "across", "throughout", "around"})
# Words that make a title out of "Secretary" or "Minister" ("Home Secretary").
_PORTFOLIOS = frozenset(
    [
        "home",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "justice",
        "health",
        "education",
        "prime",
        "shadow",
        "deputy",
        "vice",
        "trade",
        "culture",
        "environment",
        "energy",
        "economy",
        "transport",
        "treasury",
        "state",
    ]
)
_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre", "neo", "mid", "all", "trans"})


# Words of an organisation's own name before "of" ("Royal College of Nursing").
_GROUP_WORDS = frozenset(
    [
        "bank", "college", "university", "council", "church", "chamber", "department",
        "ministry", "society", "association", "institute", "court", "house", "board", "office",
        "school", "museum", "party", "union", "league", "federation", "committee", "commission",
        "agency", "trust", "foundation", "friends", "fund", "academy", "centre", "center",
        "hospital", "club", "company", "group", "city", "state", "republic", "kingdom", "royal",
        "national",
    ]
)  # fmt: skip
_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
_SAYING = frozenset(["said", "says", "told", "added", "explained", "warned", "according"])


def named_candidates(doc: Doc) -> list[Candidate]:
    """spaCy's entities after repair, and gazetteer places and agencies it missed."""
    found: list[Candidate] = []
    for ent in doc.ents:
        recovered = mislabelled_person(doc, ent) if ent.label_ in MISLABEL_PRONE else None
        if recovered is not None:
            found.append(recovered)
            continue
        if ent.label_ not in KEEP_LABELS:
            continue
        for piece in _person_of_group(doc, ent) or _pieces(ent):
            candidate = repair(doc, piece)
            if candidate is not None:
                found.append(candidate)
    lowered = {t.text for t in doc if t.is_lower}
    found = [c for c in _without_overlaps(found) if not _common_word(doc, c, lowered)]
    found = trim_headlines(doc, found)
    found += gazetteer_candidates(doc, found)
    found += proper_noun_runs(doc, found)
    found += conjunct_candidates(doc, found)
    found = join_place_pairs(doc, found)
    for candidate in found:
        candidate.place_hint = _after_place_word(doc, candidate)
    return sorted(found, key=lambda c: (c.start, -c.end))


def _after_place_word(doc: Doc, candidate: Candidate) -> bool:
    """ "in Devon", "near Pütürge": a preposition of place before a name that owns nothing."""
    if candidate.start == 0 or doc[candidate.start - 1].lower_ not in _PLACE_WORDS:
        return False
    return candidate.end >= len(doc) or doc[candidate.end].text not in ("'s", "’s")


def _common_word(doc: Doc, candidate: Candidate, lowered: set[str]) -> bool:
    """ "Iodine deficiency ..." at a sentence start, when the text also writes "iodine"."""
    if candidate.end - candidate.start != 1 or candidate.kind is not None:
        return False
    token = doc[candidate.start]
    first = token.is_sent_start or (token.i > 0 and doc[token.i - 1].is_quote)
    return first and token.text.lower() in lowered


def _person_of_group(doc: Doc, ent: Span) -> list[Span] | None:
    """ "said Tamsin Hale of Clean Tides Selcombe", tagged as one organisation: the person
    (two or three capitalised words, a known first name or right after a verb of saying)
    and the group they are of. "Royal Bank of Scotland" keeps its name."""
    if ent.label_ != "ORG":
        return None
    of = next((t.i for t in ent[2:4] if t.lower_ == "of"), None)
    if of is None or of + 1 >= ent.end:
        return None
    head = doc[ent.start : of]
    if not all(t.text[:1].isupper() for t in head) or {t.lower_ for t in head} & _GROUP_WORDS:
        return None
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if head[0].lower_ not in _FIRST_NAMES and before not in _SAYING:
        return None
    return [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="ORG")]


def _pieces(ent: Span) -> list[Span]:
    """ "Rathbun the Scientology": two names that spaCy ran together at a lower-case "the"."""
    doc = ent.doc
    cuts = [t.i for t in ent if t.text in _BRACKETS or t.is_space]
    cuts += [t.i for t in ent[1:-1] if t.text == "the" and doc[t.i - 1].lower_ not in _JOINERS]
    if not cuts:
        return [ent]
    pieces = []
    for a, b in zip([ent.start, *sorted(cuts)], [*sorted(cuts), ent.end], strict=True):
        a += int(doc[a].text in _BRACKETS or doc[a].is_space)
        if a < b:
            pieces.append(Span(doc, a, b, label=ent.label_))
    return pieces


def repair(doc: Doc, ent: Span) -> Candidate | None:
    """One spaCy entity cut to the name itself, or None when it is no name at all."""
    start, end = _trim(doc, ent.start, ent.end)
    if start >= end or _is_prefix_compound(doc, start, end):
        return None
    start, end = _join_hyphens(doc, start, end, ent.label_)
    candidate = Candidate(start, end, ent.label_)
    _strip_titles(doc, candidate)
    _strip_trailing_roles(doc, candidate)
    if not _looks_like_name(doc, candidate.start, candidate.end):
        return None
    extend_place(doc, candidate)
    attach_place(doc, candidate)
    _extend_suffix(doc, candidate)
    if candidate.label in ("GPE", "LOC") and any(c.isdigit() for c in candidate.text(doc)):
        candidate.label = "PRODUCT"  # "IE6", "XP2": no place has digits in its name
    if _role_modifier(doc, candidate):
        return None
    return candidate


def _extend_suffix(doc: Doc, candidate: Candidate) -> None:
    """ "Mark Tedeschi, QC": the post-nominal belongs to the name."""
    end = candidate.end
    if candidate.label != "PERSON" or end + 1 >= len(doc) or doc[end].text != ",":
        return
    suffix = doc[end + 1]
    if suffix.lower_ in words("suffix") and suffix.text[:1].isupper():
        candidate.end = end + 2


def _role_modifier(doc: Doc, candidate: Candidate) -> bool:
    """ "Shadow Home" in "Shadow Home Secretary": part of a title, not an organisation."""
    end = candidate.end
    if candidate.label != "ORG" or candidate.kind is not None or end >= len(doc):
        return False
    return doc[end].lower_ in words("title") and doc[end - 1].lower_ in _PORTFOLIOS


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in _DETERMINERS or _is_junk(doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVES or _is_junk(doc[end - 1].text)):
        end -= 1
    return start, end


def _is_junk(text: str) -> bool:
    return not any(c.isalnum() for c in text) and text not in {"&"}


def _is_prefix_compound(doc: Doc, start: int, end: int) -> bool:
    """ "pro-Beijing", "anti-Pyongyang": an adjective, not a mention."""
    if start + 1 < end and doc[start + 1].text == "-":
        return doc[start].text[:1].islower() or doc[start].lower_ in _PREFIXES
    return start >= 2 and hyphen_at(doc, start - 1) and doc[start - 2].lower_ in _PREFIXES


def _join_hyphens(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Extend across hyphens without spaces: "Ho Kwok" + "-wai", "Jean" + "-Claude"."""
    while end + 1 < len(doc) and hyphen_at(doc, end):
        piece = doc[end + 1]
        capital = piece.text[:1].isupper()
        if not piece.is_alpha or piece.lower_ in _HYPHEN_SUFFIXES:
            break
        if not (capital or label == "PERSON"):
            break
        end += 2
    while start >= 2 and hyphen_at(doc, start - 1) and doc[start - 2].text[:1].isupper():
        if not doc[start - 2].is_alpha:
            break
        start -= 2
    return start, end


def _strip_titles(doc: Doc, candidate: Candidate) -> None:
    """Move leading honorifics and titles out of the name into `role`."""
    honorifics, titles = words("honorific"), words("title")
    start, end = candidate.start, candidate.end
    while start < end - 1 and doc[start].lower_ in honorifics:
        start += 1
        candidate.person_hint = True
    if candidate.label == "PERSON" and end - start > 2 and _is_demonym(doc[start].text):
        start += 1  # "Danish Ola Brandt": the demonym becomes a NORP mention of its own
    if candidate.label == "PERSON" and end - start > 2 and _job_opening(doc[start]):
        candidate.role = doc[start].text  # "Beekeeper Ramon Aceves, 57, discovered ..."
        candidate.person_hint = True
        start += 1
    last_title = None
    for i in range(start, end - 1):
        token = doc[i]
        if token.lower_ in titles:
            last_title = i
        elif not (token.text[:1].isupper() or token.lower_ in {"of", "-"}):
            break
    if last_title is not None and _may_split(doc, candidate.label, last_title + 1, end):
        role = doc[candidate.start : last_title + 1]
        candidate.role = _role_text(role)
        candidate.person_hint = True
        start = last_title + 1
    candidate.start = start


def _job_opening(token: Token) -> bool:
    """A job noun that opens a sentence before a full name ("Beekeeper Ramon Aceves",
    "Geologist Mara Lind"): capitalised only by its place, not a given name."""
    word = token.lower_
    if not (token.is_sent_start and token.is_alpha) or word in words("given"):
        return False
    if _JOB_ENDING.search(word):
        return True
    # "Accountant Dan Whitlock", "Consultant Ana Ruiz": other endings only before a given name
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return bool(_OTHER_JOB_ENDING.search(word)) and (
        following is not None and following.lower_ in _FIRST_NAMES
    )


def _is_demonym(text: str) -> bool:
    found = place(text)
    return found is not None and found.kind == "demonym"


def _may_split(doc: Doc, label: str, name_start: int, end: int) -> bool:
    """ "General Motors" keeps its title word; "Chancellor Olaf Scholz" loses it."""
    name = doc[name_start:end]
    if not name.text[:1].isupper():
        return False
    return label == "PERSON" or (len(name) >= 2 and name[-1].lower_ not in words("org"))


def _role_text(span: Span) -> str | None:
    tokens = [t for t in span if t.lower_ not in words("honorific")]
    return span.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else None


def _strip_trailing_roles(doc: Doc, candidate: Candidate) -> None:
    """ "the Harbour Authority Spokesperson" → "Harbour Authority"; "Moreau Image" → "Moreau"."""
    trailing = _TRAILING_ROLES if candidate.label != "PERSON" else frozenset()
    while candidate.end - candidate.start > 1:
        last = doc[candidate.end - 1].lower_
        if last not in trailing and last not in words("nonname"):
            break
        candidate.end -= 1


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    if start >= end:
        return False
    span = doc[start:end]
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return False
    last = span[-1].text
    joined = end - start > 2 and doc[end - 2].text == "-"
    if last[:1].islower() and not joined:
        return False
    return not (end - start == 1 and span[0].lower_ in words("nonname"))


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Repairs can make two entities overlap ("Jean" + "-Claude Juncker"): keep the longer."""
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return kept
