"""Events: third round, constructions rather than words, one sentence we wrote per case.

An event noun as the subject of a motion verb, an infinitive whose object is the noun it
serves ("weapons to use against X"), the predicate noun of "took X hostage" that the small
parser hangs from the verb, the subject a passive raises ("Iran is said to be supplying"),
and a few object and modifier classes. Each row runs the real
stages (helpers in `tests/test_events.py`); main types are read the PLOVER way.
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

MAIN_TYPES = [
    # the subject is an act, not a doer: its "of" phrase names who is sent, not who arrives
    ("The first deployment of UN peacekeepers has arrived in Haiti.", "AID"),
    ("A fresh deployment of peacekeeping soldiers arrived in the harbour town on Friday.",
     "AID"),
    ("More than 2,000 troops arrived in the province on Tuesday.", "MOBILIZE"),
    # an infinitive that acts on the noun it hangs from tells what the holder means to do
    ("The militia says it is building rockets to use against the capital.", "THREATEN"),
    ("The rebels said they had missiles to use against government aircraft.", "THREATEN"),
    ("Iraq used chemical weapons against Kurdish villages.", "ASSAULT"),
    ("The army sent troops to fight the rebels.", "MOBILIZE"),
    ("Troops battled insurgents in the hills on Monday.", "FIGHT"),
    # "took X hostage": the predicate noun the parser hangs from the verb as a clause
    ("Gunmen took three foreigners hostage in Yemen.", "ASSAULT"),
    ("The rebels are holding two Italian engineers hostage.", "COERCE"),
    # a passive verb of saying or seeing raises its active complement's subject: the doer
    ("Iran is said to be supplying weapons to the rebels.", "AID"),
    ("Tanks were seen moving towards the capital.", "MOBILIZE"),
    ("The opposition leader is believed to have been arrested.", "COERCE"),
    # the verb an event noun hangs from is read by the same lemma guesses ("staged" → stage)
    ("The opposition staged a rally in the capital.", "PROTEST"),
    ("Rebels laid siege to the town.", "FIGHT"),
    # reports of an act, a rise in acts: the noun only counts or relays the act it names
    ("There were reports of heavy fighting near the airport.", "FIGHT"),
    ("There has been a sharp rise in attacks on aid workers.", "ASSAULT"),
    # a verb of saying relays the act its object names, as "announced the arrest" does
    ("Officials confirmed the release of the two hostages.", "RETREAT"),
    ("The army reported the capture of a rebel stronghold.", "FIGHT"),
    ("The rebels claimed the capture of the town.", "FIGHT"),
    # fire that lands or falls somewhere has been fired
    ("Two rockets landed in northern Israel.", "FIGHT"),
    ("Shells fell on the market in the old town.", "FIGHT"),
    # being determined to act announces the act, as intending to does
    ("The minister said Israel was determined to crush the uprising.", "THREATEN"),
    ("The rebels are determined to fight on.", "THREATEN"),
    # people set free are released, though "aid" is in their name
    ("The rebels released four aid workers on Monday.", "RETREAT"),
    ("The government released aid to the flood victims.", "AID"),
    # an armed struggle or an insurgency carried on is fighting; vowed, a threat
    ("The rebels vowed to continue their armed struggle.", "THREATEN"),
    ("The guerrillas vowed to step up their insurgency.", "THREATEN"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), MAIN_TYPES)
def test_main_type(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    assert predict([text])[0].type == kind


@pytest.mark.slow
def test_sent_forces_are_no_target() -> None:
    """ "the deployment of UN peacekeepers": who is sent acts; the place is where it went."""
    article, found = analyse("The first deployment of UN peacekeepers has arrived in Haiti.")
    event = by_trigger(found, "deployment")
    assert event.targets == []
    assert event.place is not None
    assert named(article, [event.place]) == ["Haiti"]


@pytest.mark.slow
def test_held_for_is_proposed_not_done() -> None:
    """The weapons are built; their use against the capital is only intended."""
    found = analyse("The militia says it is building rockets to use against the capital.")[1]
    assert by_trigger(found, "use").mode == "proposed"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Prices fell in the capital.",  # only fire that falls is fighting
        "The report of the commission was published on Monday.",  # a report of no act
        "Investigators determined that the fire was an accident.",  # found out, no intent
        # fighting a fire or a social ill is no use of force
        "Firefighters fought the blaze for four hours before it was put out.",
        "Crews battled the flames through the night.",
    ],
)
def test_no_event(text: str) -> None:
    assert [(e.trigger, e.type) for e in analyse(text)[1]] == []
