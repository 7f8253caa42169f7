"""PLOVER event words: the trigger lexicon (`plover_lexicon.tsv`) and the grammatical word lists.

The lexicon maps verb, noun and adjective lemmas (with a particle: "pull out", "call for") to
PLOVER types under simple conditions on the word's object, subject, modifiers or governing
verb; the file's header documents the format. Everything here is our own word list.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT", "CRIME",
)  # fmt: skip
ROLES = ("plain", "absorb", "light", "future", "proposed", "negated", "harm", "judge")

# PLOVER's quad grouping: an announced intent to do a cooperative thing is coded AGREE, an
# announced intent to do a hostile thing THREATEN (CAMEO 03 and 13).
COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE"}
)
HOSTILE_ACTS = frozenset({"PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "SANCTION"})
# Ending an act undoes it (CAMEO 087, 083, 16): stopping force or sanctions is a retreat,
# stopping a protest a concession, stopping help or talks a sanction.
ENDED = {
    "FIGHT": "RETREAT", "ASSAULT": "RETREAT", "COERCE": "RETREAT", "MOBILIZE": "RETREAT",
    "SANCTION": "RETREAT", "PROTEST": "CONCEDE", "AID": "SANCTION", "COOPERATE": "SANCTION",
    "CONSULT": "SANCTION", "SUPPORT": "SANCTION",
}  # fmt: skip

# Verbs that report speech or thought: their complement clause is reported, not asserted.
SPEECH_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "claim", "add", "insist", "indicate",
     "signal", "hint", "confirm", "note", "declare", "explain", "write", "assert", "argue",
     "stress", "warn", "believe", "think", "suggest", "reveal", "acknowledge", "admit", "allege",
     "quote", "conclude", "disclose", "reiterate", "repeat", "affirm", "maintain", "contend",
     "predict", "estimate", "hope", "fear", "expect"}
)  # fmt: skip
# Complement under a speech verb with one of these modals is a demand on its subject.
DEONTIC = frozenset({"must", "should", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "lest", "whether"})
# Event types that a purpose clause performs through the main act ("marched to demand X");
# other purposes are only intended ("sent troops to end the siege"): mode proposed.
VERBAL_TYPES = frozenset({"DEMAND", "DISAPPROVE", "PROTEST", "SUPPORT", "REJECT", "THREATEN"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
# A noun event that is only needed, feared or prevented did not happen: "need assistance",
# "to avoid clashes".
UNREALISED = frozenset(
    {"need", "require", "want", "lack", "await", "deserve", "fear", "risk", "avoid", "prevent",
     "seek", "demand", "urge"}
)  # fmt: skip
# Verbs of command whose object is who is to act ("ordered the army to crack down"): the
# infinitive tells the act commanded, not what the object is held for.
COMMANDS = frozenset({"order", "tell", "instruct", "direct", "command", "authorize", "authorise"})
# "in principle", "in theory": agreement in words only.
PROPOSAL_PHRASES = frozenset({"principle", "theory"})

# Prepositions that introduce a target of the event, and those that introduce its place.
TARGET_PREPS = frozenset(
    {"with", "against", "on", "upon", "to", "into", "at", "toward", "towards", "from",
     "between", "over", "of"}
)  # fmt: skip
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "off"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Pronouns that stand for an actor named in the governing clause.
PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "them", "him",
     "us", "who", "that", "which"}
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One lexicon line: the type a trigger gives when all its conditions hold."""

    type: str | None
    role: str
    conditions: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[Entry, ...]]  # (pos, trigger) -> entries in file order
    classes: dict[str, frozenset[str]]

    forgive: bool = False  # look up unknown words by their nearest trigger (`misspelt`)

    def lookup(self, pos: str, trigger: str) -> tuple[Entry, ...]:
        found = self.entries.get((pos, trigger), ()) + self.entries.get(("*", trigger), ())
        if found or not self.forgive or trigger in self.known:
            return found
        near = misspelt(trigger, self.triggers)
        return self.lookup(pos, near) if near is not None else ()

    def words(self, name: str) -> frozenset[str]:
        return self.classes[name]

    @functools.cached_property
    def forgiving(self) -> Lexicon:
        """The same lexicon, reading an unknown word as the trigger it misspells."""
        return Lexicon(self.entries, self.classes, forgive=True)

    @functools.cached_property
    def triggers(self) -> frozenset[str]:
        return frozenset(trigger for _, trigger in self.entries)

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """Words the lexicon knows as triggers or class members: no misspellings."""
        return self.triggers.union(*self.classes.values())


@functools.lru_cache(maxsize=65536)
def misspelt(word: str, known: frozenset[str]) -> str | None:
    """The one known single word a slip of the keyboard away: two letters swapped (from five
    letters: "depoly"), or one letter dropped, added or changed (from eight: "threatend",
    "critisize"); shorter words have real neighbours ("protest", "protect")."""
    if " " in word or len(word) < 5:
        return None
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    edits: set[str] = set()
    if len(word) >= 8:
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
        edits |= {a + c + b for a, b in splits for c in letters}
    found = sorted(((swaps | edits) - {word}) & known)
    return found[0] if len(found) == 1 else None


@functools.cache
def lexicon() -> Lexicon:
    """The trigger lexicon, parsed once per process."""
    text = resources.files("wirecheck.resources").joinpath("plover_lexicon.tsv").read_text()
    return parse_lexicon(text)


def parse_lexicon(text: str) -> Lexicon:
    """Parse the TSV format documented in the file's header; errors name the bad line."""
    classes: dict[str, frozenset[str]] = {}
    entries: dict[tuple[str, str], list[Entry]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0].startswith("@"):
            classes[cells[0][1:]] = frozenset(cells[1].split("|"))
            continue
        try:
            entries.setdefault((cells[1], cells[0]), []).append(_entry(cells, classes))
        except (IndexError, ValueError, KeyError) as exc:
            raise ValueError(f"plover_lexicon.tsv line {number}: {exc}: {line!r}") from exc
    return Lexicon({key: tuple(found) for key, found in entries.items()}, classes)


def _entry(cells: list[str], classes: dict[str, frozenset[str]]) -> Entry:
    kind = None if cells[2] == "-" else cells[2]
    if kind is not None and kind not in TYPES:
        raise ValueError(f"unknown PLOVER type {kind}")
    condition = cells[3] if len(cells) > 3 else ""
    role = (cells[4] if len(cells) > 4 else "") or "plain"
    if role not in ROLES:
        raise ValueError(f"unknown role {role}")
    tests = tuple(_test(part, classes) for part in condition.split(";") if part)
    return Entry(kind, role, tests)


def _test(part: str, classes: dict[str, frozenset[str]]) -> tuple[str, frozenset[str]]:
    """("obj", words) from "obj=a|@class"; a negated test "obj!=..." gets the key "!obj"."""
    key, _, value = part.partition("=")
    if key.endswith("!"):
        key = "!" + key[:-1]
    words: set[str] = set()
    for word in value.split("|"):
        words |= classes[word[1:]] if word.startswith("@") else {word}
    return key, frozenset(words)
