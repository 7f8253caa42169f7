"""Events: whole word families per PLOVER type and the argument constructions of news prose.

One sentence we wrote per lexicon family or rule added to generalise beyond single trigger
words: the tables run the real stages (see `tests/test_events.py` for the helpers).
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

# One sentence per word family: verbs and nouns of each type beyond the core lexicon.
FAMILIES = [
    ("The minister assured Gabon that the loan would be paid.", "assured", "AGREE"),
    ("Both leaders gave assurances on the border.", "assurances", "AGREE"),
    ("The Swiss ambassador paid a courtesy call on the Malian president.", "call", "CONSULT"),
    ("Qatar brokered talks between the two factions.", "brokered", "CONSULT"),
    ("France sent an envoy to Algiers.", "sent", "CONSULT"),
    ("The ministers exchanged views on the crisis.", "exchanged", "CONSULT"),
    ("The two sides reached an understanding on the border.", "understanding", "AGREE"),
    ("The senator acclaimed the Ghanaian reforms.", "acclaimed", "SUPPORT"),
    ("Norway lent its support to the Liberian plan.", "lent", "SUPPORT"),
    ("The king expressed his gratitude to Oman.", "gratitude", "SUPPORT"),
    ("Peru cancelled the debts of Bolivia.", "cancelled", "AID"),
    ("Jordan hosted thousands of Syrian refugees.", "hosted", "AID"),
    ("Malta took in two hundred migrants.", "took", "AID"),
    ("The Red Cross evacuated wounded civilians from the town.", "evacuated", "AID"),
    ("Italian aid workers flew blankets to Albania.", "flew", "AID"),
    ("The regime caved in to the strikers.", "caved", "CONCEDE"),
    ("The assembly abolished the death penalty.", "abolished", "CONCEDE"),
    ("The junta revoked the ban on opposition rallies.", "revoked", "CONCEDE"),
    ("The general handed over power to civilians.", "handed", "CONCEDE"),
    ("The militia vacated the airport.", "vacated", "RETREAT"),
    ("The army released three contractors on Friday.", "released", "RETREAT"),
    ("Serbia cut its troops in the zone by half.", "cut", "RETREAT"),
    ("The rebels disbanded their units.", "disbanded", "RETREAT"),
    ("Detectives examined the wreckage of the plane.", "examined", "INVESTIGATE"),
    ("Police questioned two Moroccan students about the fire.", "questioned", "INVESTIGATE"),
    ("The judge reviewed the case against the mayor.", "reviewed", "INVESTIGATE"),
    ("Laos stepped up pressure on Thailand over the refugees.", "pressure", "DEMAND"),
    ("Five Cuban athletes applied for asylum in Canada.", "applied", "DEMAND"),
    ("The rebels sought international mediation.", "sought", "DEMAND"),
    ("The bishops issued a plea for calm.", "plea", "DEMAND"),
    ("The Kremlin reacted angrily to the report.", "reacted", "DISAPPROVE"),
    ("Moscow held Kiev responsible for the attack.", "held", "DISAPPROVE"),
    ("Japan was critical of the Chinese decision.", "critical", "DISAPPROVE"),
    ("Germany is grateful to Poland for its help.", "grateful", "SUPPORT"),
    ("The cabinet reversed its decision to close the paper.", "reversed", "CONCEDE"),
    ("Indonesia summoned the Australian high commissioner.", "summoned", "DISAPPROVE"),
    ("The editor castigated the ministry for the delays.", "castigated", "DISAPPROVE"),
    ("Kiev snubbed the Russian offer of talks.", "snubbed", "REJECT"),
    ("The Senate repudiated the accord.", "repudiated", "REJECT"),
    ("Russia warned Ukraine that any raid would bring reprisals.", "warned", "THREATEN"),
    ("Washington set a deadline for Iraq to disarm.", "set", "THREATEN"),
    ("Villagers stormed the district office in Tamale.", "stormed", "PROTEST"),
    ("Dock workers walked off the job in Mombasa.", "walked", "PROTEST"),
    ("Rioters burned cars in the centre of Lyon.", "burned", "PROTEST"),
    ("Protesters carried placards outside the court.", "carried", "PROTEST"),
    # "test-fired" is parsed as "test - fired"
    ("North Korea test-fired a missile into the sea.", "fired", "MOBILIZE"),
    ("Russia rushed troops to the Georgian border.", "rushed", "MOBILIZE"),
    ("India tested a nuclear device.", "tested", "MOBILIZE"),
    ("Iran staged naval exercises in the Gulf.", "exercises", "MOBILIZE"),
    ("The World Bank froze loans to Malawi.", "froze", "SANCTION"),
    ("Canada postponed talks with Ottawa's partners in Lima.", "postponed", "SANCTION"),
    ("Egypt pulled out its ambassador from Qatar.", "pulled", "SANCTION"),
    ("The Commonwealth suspended Fiji from its councils.", "suspended", "SANCTION"),
    ("Troops sealed off the town of Hebron.", "sealed", "COERCE"),
    ("The junta dissolved parliament on Monday.", "dissolved", "COERCE"),
    ("The army crushed the uprising in the north.", "crushed", "COERCE"),
    ("Gunmen slaughtered twelve villagers near Blida.", "slaughtered", "ASSAULT"),
    ("Gunmen opened fire on a bus carrying pilgrims.", "opened", "ASSAULT"),
    ("The regime used chemical weapons against the Kurds.", "used", "ASSAULT"),
    ("The president survived an assassination attempt.", "attempt", "ASSAULT"),
    ("Turkish jets downed a Syrian helicopter.", "downed", "FIGHT"),
    ("Rebel fighters broke the truce near Kindu.", "broke", "FIGHT"),
    ("The army repelled an attack on Kisangani.", "repelled", "FIGHT"),
    ("Azeri troops launched a counteroffensive.", "counteroffensive", "FIGHT"),
    ("Government forces took the town of Gulu from the rebels.", "took", "FIGHT"),
    # a capitalised plural opening the sentence is still read as a common noun
    ("Smugglers shipped rifles from Yemen.", "shipped", "CRIME"),
    ("Looters ransacked the museum in Kabul.", "ransacked", "CRIME"),
    # a killing takes its cause from the "when" clause of its conjunct
    ("Two Kenyan officers were killed and four wounded when a bomb went off.", "killed",
     "ASSAULT"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), FAMILIES)
def test_word_families(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


# Words of the families above in their everyday senses: no event (guards on the conditions
# that keep the wider families from firing outside politics).
EVERYDAY = [
    "Oil prices rocketed on Monday.",
    "The minister sat down on the front bench.",
    "A Dutch bank took over the insurance company.",
    "Most staff commute to the office by train.",
    "The defendant entered a guilty plea.",
    "Markets quelled fears of a slowdown.",
    "Hikers were evacuated from the valley after the volcano erupted.",
    "Staff explained how to freeze a credit file.",
    "The firm set a deadline for bids.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_are_no_events(text: str) -> None:
    assert [(e.trigger, e.type) for e in analyse(text)[1]] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one army's exercises are a show of force; several parties' exercises cooperate
        ("China held military exercises near Taiwan.", "MOBILIZE"),
        ("French and Indian warships held exercises off Goa.", "COOPERATE"),
        # sending troops to keep the peace is aid, not a build-up
        ("Ghana sent troops to join the peacekeeping force in Liberia.", "AID"),
        # a killing takes the type of a gerund cause
        ("Fighting between Somali clans killed ten people.", "FIGHT"),
        # "no intention of" denies the plan: a refusal
        ("Syria has no intention of withdrawing its troops from Lebanon.", "REJECT"),
        # an army preparing to strike is mobilising
        ("The Chadian army prepared to attack rebel bases.", "MOBILIZE"),
        # urging others to back X rallies support for X; urging them to unite against X
        # rallies opposition to X
        ("The Arab League urged Europe to support the Palestinian Authority.", "SUPPORT"),
        ("The radio called on Arabs to unite against the occupiers.", "DISAPPROVE"),
        # a passive "met with a rebuff" is no meeting
        ("Pakistan warned India that any incursion would be met with force.", "THREATEN"),
        # "wants X to act" asks X to act
        ("Washington wants Seoul to lift the beef ban.", "DEMAND"),
        # victims in a conflict role tell of violence though nobody is named; others do not
        ("Three Iraqi policemen were killed in Basra on Sunday.", "ASSAULT"),
        ("Two climbers were killed on the mountain.", None),
    ],
)  # fmt: skip
def test_constructions_pick_the_type(text: str, kind: str | None) -> None:
    from wirecheck.evaluate.plover import predict

    assert predict([text])[0].type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # a nominal subject wins over a participle the parser took for a clause subject
        ("Visiting Japanese Prime Minister Taro Aso held talks with Chinese officials on "
         "Monday.", "talks", ["Taro Aso", "Japanese"], ["Chinese"]),
        # the one helped or allowed to act is the target
        ("Jordan vowed to help Iraq rebuild its army.", "help", ["Jordan"], ["Iraq"]),
        # "support for X's efforts": the one backed is the target
        ("Canada expressed support for Mexico's reforms.", "support", ["Canada"], ["Mexico"]),
        # whoever must meet the condition is the target of a conditional act
        ("Russia said it would retaliate if NATO moved missiles into Poland.", "retaliate",
         ["Russia"], ["NATO"]),
        # two sides between whom a clash broke out: the first acts, the second is hit
        ("Clashes erupted between Armenian and Azeri forces.", "Clashes",
         ["Armenian", "Azeri"], ["Azeri"]),
        # fighting is two-sided: coordinated doers fight each other
        ("Indian and Chinese troops exchanged fire in Ladakh.", "fire",
         ["Indian", "Chinese"], ["Chinese"]),
        # "Ghana is committed to": a stance participle keeps its subject as the actor
        ("Ghana is committed to cutting its tariffs.", "committed", ["Ghana"], []),
        # "his fighters": a possessive pronoun stands for the speaker
        ("Rebel leader John Garang said his fighters would resume the war.", "war",
         ["John Garang"], []),
        # a pronoun inside its own antecedent's phrase names nothing more (and does not loop)
        ("Spanish police and their French colleagues arrested two ETA members.", "arrested",
         ["Spanish", "French"], ["ETA"]),
        # a state through an event noun: "is in talks with", "is under investigation"
        ("Iran is in talks with Russia over the reactor.", "talks", ["Iran"], ["Russia"]),
        ("Kenyan opposition leader Raila Odinga was under arrest on Monday.", "arrest", [],
         ["Raila Odinga", "Kenyan"]),
        ("A Kenyan army convoy came under attack near the border.", "attack", [], ["Kenyan"]),
        # "prepared to continue shelling X": the target of the absorbed act
        ("The Turkish army prepared to continue shelling Syrian villages.", "prepared",
         ["Turkish"], ["Syrian"]),
    ],
)  # fmt: skip
def test_argument_constructions(
    text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    article, found = analyse(text)
    event = by_trigger(found, trigger)
    assert (named(article, event.actors), named(article, event.targets)) == (actors, targets)
