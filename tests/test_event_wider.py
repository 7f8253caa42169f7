"""Events: second round of PLOVER vocabulary and typing rules, one sentence we wrote per rule.

Each table row runs the real stages on one sentence (helpers in `tests/test_events.py`).
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

# One sentence per lexicon entry or word class added in this round.
WIDER_TYPED = [
    # object classes: what a government gives and can withhold (@cutoff), more forces (@troops)
    ("The bank withheld a loan from the junta.", "withheld", "SANCTION"),
    ("Ottawa cut investment in the mining sector of Zambia.", "cut", "SANCTION"),
    ("Oslo halted fuel shipments to the island.", "halted", "SANCTION"),
    ("The navy sent a contingent to the strait.", "sent", "MOBILIZE"),
    ("Moscow sent 3,000 more men to the region.", "sent", "MOBILIZE"),
    ("NATO increased the number of its troops in the Baltics.", "increased", "MOBILIZE"),
    ("The army brought in reinforcements from the south.", "brought", "MOBILIZE"),
    ("The army flew more troops into the province.", "flew", "MOBILIZE"),
    ("The president ordered troops to move to the border.", "move", "MOBILIZE"),
    ("Russia scrambled fighter jets over the sea.", "scrambled", "MOBILIZE"),
    ("The government called out the army in the capital.", "called", "MOBILIZE"),
    ("Heavily armed police took up positions outside the court.", "took", "MOBILIZE"),
    ("The air force put its bombers on standby on Monday.", "standby", "MOBILIZE"),
    ("Government troops were on high alert in the capital.", "alert", "MOBILIZE"),
    ("The government alerted its troops along the frontier.", "alerted", "MOBILIZE"),
    ("Iraq has put its armed forces on a war footing.", "footing", "MOBILIZE"),
    ("The government declared a state of alert in the province.", "state", "MOBILIZE"),
    ("More than 2,000 troops arrived in the province on Tuesday.", "arrived", "MOBILIZE"),
    # blockades and occupations by armies are fighting (CAMEO 191, 192)
    ("The navy blockaded the port.", "blockaded", "FIGHT"),
    ("Israeli troops occupied the village.", "occupied", "FIGHT"),
    ("Students occupied the university building.", "occupied", "PROTEST"),
    ("Rockets slammed into the capital overnight.", "slammed", "FIGHT"),
    ("Washington barred imports of Iranian oil.", "barred", "SANCTION"),
    ("The Commonwealth suspended Pakistan after the coup.", "suspended", "SANCTION"),
    ("The country quit the alliance last year.", "quit", "SANCTION"),
    ("The company complied with the court order.", "complied", "CONCEDE"),
    ("A rebel attack on an army post left six dead.", "left", "FIGHT"),
    ("The bombing left 20 people dead in the market.", "left", "ASSAULT"),
    ("The last foreign troops left the country on Friday.", "left", "RETREAT"),
    ("Commandos carried out a raid on the garrison.", "raid", "FIGHT"),
    ("Insurgents staged an ambush on an army patrol.", "ambush", "FIGHT"),
    ("The country opened its borders to refugees fleeing the war.", "opened", "AID"),
    ("The army reopened the border crossing on Monday.", "reopened", "RETREAT"),
    ("A landmine exploded under an army truck.", "exploded", "FIGHT"),
    ("A car bomb blasted a police station in the city.", "blasted", "ASSAULT"),
    ("Warplanes blasted rebel positions in the hills.", "blasted", "FIGHT"),
    ("The minister blasted the report as biased.", "blasted", "DISAPPROVE"),
    ("Striking workers seized the factory.", "seized", "PROTEST"),
    ("Police seized weapons in the raid.", "seized", "COERCE"),
    ("Several states boycotted the conference.", "boycotted", "SANCTION"),
    ("The opposition boycotted the parliamentary elections.", "boycotted", "PROTEST"),
    ("The junta announced an end to martial law.", "end", "CONCEDE"),
    ("The president dropped his bid for a third term.", "dropped", "CONCEDE"),
    ("Washington downgraded its diplomatic presence in the capital.", "downgraded", "SANCTION"),
    ("Chinese leaders welcomed the visiting Pakistani president in Beijing.", "welcomed",
     "CONSULT"),
    ("London welcomed the release of the hostages.", "welcomed", "SUPPORT"),
    ("The fund released a $500 million loan to the country.", "released", "AID"),
    ("Relief supplies arrived in the capital on a UN plane.", "arrived", "AID"),
    ("A grenade was thrown into a crowded market.", "thrown", "ASSAULT"),
    ("Youths threw stones at police in the square.", "threw", "PROTEST"),
    ("Kidnappers seized two foreign engineers.", "seized", "ASSAULT"),
    ("Volunteers distributed blankets and food to the homeless.", "distributed", "AID"),
    ("Gunmen slew three farmers in the valley.", "slew", "ASSAULT"),
    ("Gunmen snatched two tourists from their hotel.", "snatched", "ASSAULT"),
    ("The regime exiled the opposition leader.", "exiled", "COERCE"),
    ("The minister reaffirmed his support for the peace plan.", "support", "SUPPORT"),
    ("The army drafted thousands of young men.", "drafted", "MOBILIZE"),
    ("Iran armed the militias in the south.", "armed", "AID"),
    ("Peacekeepers protected the convoy on its way to the town.", "protected", "AID"),
    ("Syria closed its airspace to Turkish planes.", "closed", "SANCTION"),
    ("The EU announced a ban on imports of British beef.", "ban", "SANCTION"),
    ("The government imposed a ban on public gatherings.", "imposed", "COERCE"),
    ("The foreign minister is on a tour of the Gulf states.", "tour", "CONSULT"),
    ("The government withdrew the price rises after the protests.", "withdrew", "CONCEDE"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), WIDER_TYPED)
def test_wider_types(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


# Killings typed by who kills whom, deaths by their cause, speech by protesters, arrests by
# the charge they name: the main event of each sentence, read the PLOVER way.
MAIN_TYPES = [
    ("Guerrillas killed three government soldiers near the border.", "FIGHT"),
    ("Guerrillas killed a village elder in the north.", "ASSAULT"),
    ("Artillery shells killed five soldiers on the front line.", "FIGHT"),
    ("Troops killed 12 civilians in the village.", "ASSAULT"),
    ("Two soldiers were killed in the hills on Monday.", "FIGHT"),
    ("Two soldiers were killed by a suicide bomber in the port.", "ASSAULT"),
    ("Three policemen were killed in the north.", "ASSAULT"),
    ("At least 15 people died in fighting between the army and separatists.", "FIGHT"),
    ("Six people died in a bomb blast at a bus station.", "ASSAULT"),
    ("Thousands of demonstrators demanded the resignation of the cabinet on Sunday.", "PROTEST"),
    ("Opposition supporters denounced the election results at a rally.", "PROTEST"),
    ("The opposition demanded the resignation of the cabinet.", "DEMAND"),
    ("A British journalist was arrested in Cairo for spying for a rival state.", "DISAPPROVE"),
    ("Police detained the editor on charges of sedition.", "DISAPPROVE"),
    ("Police detained the editor on Monday.", "COERCE"),
    ("Israel killed five militants in the south.", "FIGHT"),
    ("Gunmen killed a rebel commander in his home.", "ASSAULT"),
    ("Two policemen died in a shootout with robbers.", "FIGHT"),
    # a meeting is the setting; what its coordinated verb says came of it is the news
    ("The leaders met and agreed to resume talks next month.", "AGREE"),
    ("The two sides met but failed to agree on a ceasefire.", "REJECT"),
    ("The ministers met in Cairo and discussed the crisis.", "CONSULT"),
    # a condition is background, and no cause of the harm it conditions
    ("The militia said it would kill the hostages unless its demands were met.", "THREATEN"),
    # not ruling out force holds it over the other side
    ("Washington has not ruled out military action.", "THREATEN"),
    ("The government ruled out talks with the rebels.", "REJECT"),
    ("The army struck back within hours.", "FIGHT"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), MAIN_TYPES)
def test_main_type(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    assert predict([text])[0].type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Three people died in the capital on Monday.",  # a death with no cause is no event
        "The former president died in hospital.",
        "Staff explained how to freeze a credit file.",
    ],
)
def test_no_event(text: str) -> None:
    assert [(e.trigger, e.type) for e in analyse(text)[1]] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "targets"),
    [
        # coordinated verbs share the object only the last one carries in the parse
        ("Syria criticised and threatened Israel on Monday.", "criticised", ["Israel"]),
        ("Iran condemned and rejected the sanctions imposed by Washington.", "condemned",
         ["Washington"]),
    ],
)  # fmt: skip
def test_shared_object(text: str, trigger: str, targets: list[str]) -> None:
    article, found = analyse(text)
    assert named(article, by_trigger(found, trigger).targets) == targets
