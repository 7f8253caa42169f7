"""Comparison rules on hand-built articles: who speaks for whom, what a figure measures."""

from __future__ import annotations

from tests.test_compare import analyse, article
from wirecheck.model import Entity, Quantity, Quote

ENTITIES = [
    Entity("e:varga", "Petra Varga", "PERSON"),
    Entity("e:skyline", "Skyline", "ORG"),
]
UNNAMED_WHO = "a Skyline spokesperson"
SPOKESWOMAN = "Skyline spokeswoman Petra Varga"
LEADER = "Union leader Petra Varga"
WORDS = "Our engineers followed every procedure and nobody on board was ever in danger"


def attributed(text: str, speaker: str, who: str) -> Quote:
    """A direct quote of `WORDS` whose speaker span is `who`."""
    start = text.index(WORDS)
    at = text.index(who)
    end = at + len(who)
    return Quote("", "", start, start + len(WORDS), WORDS, "direct", speaker, who, at, end)


def test_a_named_spokeswoman_and_her_company_are_one_voice() -> None:
    named = f'{SPOKESWOMAN} said: "{WORDS}."'
    unnamed = f'"{WORDS}," a Skyline spokesperson said.'
    a = article("Herald", named, quotes=[attributed(named, "e:varga", SPOKESWOMAN)])
    b = article("Wire", unnamed, quotes=[attributed(unnamed, "e:skyline", UNNAMED_WHO)])
    findings = analyse(a, b, entities=ENTITIES).findings
    assert [(f.kind, f.topic) for f in findings] == [("agree", "quote speaker")]


def test_a_person_who_does_not_speak_for_the_other_speaker_still_conflicts() -> None:
    named = f'{LEADER} said: "{WORDS}."'
    unnamed = f'"{WORDS}," a Skyline spokesperson said.'
    a = article("Herald", named, quotes=[attributed(named, "e:varga", LEADER)])
    b = article("Wire", unnamed, quotes=[attributed(unnamed, "e:skyline", UNNAMED_WHO)])
    findings = analyse(a, b, entities=ENTITIES).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "quote speaker")]


def mass(text: str, figure: str, value: float, unit: str) -> Quantity:
    start = text.index(figure)
    return Quantity("", "", start, start + len(figure), figure, value, value, value, unit, None)


def test_a_mass_in_tonnes_and_one_in_kilograms_of_the_same_object_conflict() -> None:
    tonnes = "Controllers lost the 1.2-tonne probe on Tuesday."
    kilos = "The 1,450-kilogram spacecraft went silent after launch."
    a = article("Herald", tonnes, quantities=[mass(tonnes, "1.2", 1.2, "t")])
    b = article("Wire", kilos, quantities=[mass(kilos, "1,450", 1450, "kg")])
    findings = analyse(a, b, entities=ENTITIES).findings
    assert [(f.kind, f.topic) for f in findings] == [("conflict", "kg mass")]
    b.quantities[0].low = b.quantities[0].high = 1200
    findings = analyse(a, b, entities=ENTITIES).findings
    assert [(f.kind, f.topic) for f in findings] == [("agree", "kg mass")]


def _piece(text: str, words: str, cue: str) -> Quote:
    start, at = text.index(words), text.index(cue)
    return Quote(
        "", "", start, start + len(words), words, "direct", "e:eklund",
        speaker_text="Eklund", speaker_start=text.index("Eklund"),
        speaker_end=text.index("Eklund") + len("Eklund"), cue=cue, cue_start=at,
        cue_end=at + len(cue),
    )  # fmt: skip


def test_a_quote_split_around_its_cue_is_evidence_whole() -> None:
    """'“We cannot hold back the sea,” Eklund said, “but we can ...”': the agreement shows the
    split outlet's whole statement, both pieces and the cue between them."""
    first, rest = "We cannot hold back the sea", "but we can make sure nobody is in a house"
    whole = f"“{first}, {rest},” Eklund said."
    split = f"“{first},” Eklund said, “{rest}.”"
    a = article("Planet", whole, quotes=[_piece(whole, f"{first}, {rest}", "said")])
    b = article("Ledger", split, quotes=[_piece(split, first, "said"), _piece(split, rest, "said")])
    agreements = [f for f in analyse(a, b).findings if f.kind == "agree"]
    shown = [e.text for f in agreements for e in f.evidence if e.article == b.id]
    # the piece before the cue is shown with the piece after it (each piece still agrees)
    assert any(first in text and rest in text for text in shown)


def test_the_piece_after_the_cue_is_shown_whole_too() -> None:
    """Another outlet's quotation may match the piece after the cue best ("Thousands of people
    could not get to work"): that finding shows the whole statement as well, so the two
    pieces never make two findings that show different halves."""
    first, rest = "This is no accident", "hundreds of people were put at risk this morning"
    whole = f"“{first}, {rest},” Eklund said."
    split = f"“{first},” Eklund said, “{rest}.”"
    a = article("Planet", whole, quotes=[_piece(whole, f"{first}, {rest}", "said")])
    b = article("Ledger", split, quotes=[_piece(split, first, "said"), _piece(split, rest, "said")])
    shown = [e.text for f in analyse(a, b).findings for e in f.evidence if e.article == b.id]
    assert shown and all(first in text and rest in text for text in shown)
