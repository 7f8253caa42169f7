"""Events: the general mechanisms of issue #11, one sentence we wrote per rule.

Types of trigger words in phrases the lexicon did not reach (intents, ended acts, judgements,
"in protest", existential and described events, visits, misspellings), the ranking of the
main event, and where actors and targets come from (affiliations, companions, the event's own
clause, the place inside an object). The tables run the real stages and are marked slow; the
misspelling reader and the lexicon format are tested without a parse.
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named
from wirecheck.resources.plover import ENDED, TYPES, lexicon, misspelt, parse_lexicon

MECHANISM_TYPES = [
    # an intent word whose complement acts on someone is an intent to cooperate
    ("Chad is ready to receive more refugees from Darfur.", "ready", "AGREE"),
    ("Oslo plans to reopen its consulate in Harare.", "plans", "AGREE"),
    # a truce declared is a pause in fighting, like a ceasefire
    ("The rebels declared a truce for the harvest.", "truce", "RETREAT"),
    ("Havana brushed off the demands for elections.", "brushed", "REJECT"),
    ("Rights groups pushed Jakarta to prosecute the officers.", "pushed", "DEMAND"),
    ("Moscow expects Tbilisi to extradite the fighters.", "expects", "DEMAND"),
    # leaving a pact breaks relations; leaving a town is a retreat
    ("Venezuela withdrew from the regional trade pact.", "withdrew", "SANCTION"),
    ("Dock workers stayed away from work on Monday.", "stayed", "PROTEST"),
    # a crowd's violence is a riot
    ("Angry crowds attacked the police station in Kisumu.", "attacked", "PROTEST"),
    ("Rioters set fire to government buildings.", "fire", "PROTEST"),
    ("Moscow cut off gas supplies to Minsk.", "cut", "SANCTION"),
    # an order with a "to" clause hands on the ordered act
    ("The general ordered his troops to withdraw from the capital.", "withdraw", "RETREAT"),
    ("The rebels laid down three conditions for talks.", "laid", "DEMAND"),
    ("The two ministers concurred that their countries should share intelligence.",
     "concurred", "AGREE"),
    # a sum in a currency is aid
    ("Norway granted Mozambique 40 million crowns.", "granted", "AID"),
    ("Brazil expressed interest in buying Swedish jets.", "interest", "AGREE"),
    ("The neighbours resolved their border dispute.", "resolved", "AGREE"),
    ("The militia recruited child soldiers in the north.", "recruited", "MOBILIZE"),
    ("The army crushed the rebels in the hills.", "crushed", "FIGHT"),
    # a leader's journey to a capital is a visit
    ("The Iranian foreign minister arrived in Baghdad on Sunday.", "arrived", "CONSULT"),
    ("A UN envoy travelled to Rangoon on Tuesday.", "travelled", "CONSULT"),
    ("The cabinet approved the release of 400 prisoners.", "release", "RETREAT"),
    # an act of no type done in protest is the protest
    ("Shopkeepers shut their businesses in protest at the new tax.", "shut", "PROTEST"),
    # "there were protests", "X's visit was the first": events told by "be"
    ("There were fresh protests in Caracas against the government.", "protests", "PROTEST"),
    ("Yeltsin's visit to Tokyo was the first by a Russian leader.", "visit", "CONSULT"),
    # a must-clause told to someone: "it" is the hearer
    ("The IMF told Argentina it must cut spending.", "told", "DEMAND"),
    # an adjective's "to" phrase carries the event
    ("Kazakhstan said it was open to talks with the opposition.", "talks", "CONSULT"),
    # ending an act undoes it
    ("The guerrillas ceased firing at midnight.", "firing", "RETREAT"),
    ("The United States stopped funding the program.", "funding", "SANCTION"),
    # the light verb's subject does the noun's act: an army's bombing is military force
    ("The army stepped up its bombing of guerrilla bases.", "bombing", "FIGHT"),
    # an army killing civilians is one-sided violence; killing fighters is fighting
    ("Soldiers of the Rwandan army killed 30 civilians in a village.", "killed", "ASSAULT"),
    ("Government troops killed 40 rebels in the north.", "killed", "FIGHT"),
    # a crowd blocking a road protests, whatever its banners say
    ("Anti-government protesters in Bangkok blocked the airport.", "blocked", "PROTEST"),
    ("Teachers downed tools across Nigeria.", "downed", "PROTEST"),
    # driving people from their homes: the GSR codes mass expulsion as fighting
    ("Serb forces forced thousands of villagers from their homes.", "forced", "FIGHT"),
    # forces driving into territory invade it
    ("Ethiopian troops pushed deep into Eritrean territory.", "pushed", "FIGHT"),
    # killing with a blade is one-sided violence, not a cyber attack
    ("Unknown attackers hacked five farmers to death in the Rift Valley.", "hacked",
     "ASSAULT"),
    # naming an act a wrong is criticism
    ("Beijing called the visit a gross interference in its internal affairs.", "called",
     "DISAPPROVE"),
    ("Moscow described the strikes as an act of aggression.", "described", "DISAPPROVE"),
    ("The two neighbours set up a joint commission on the border.", "commission",
     "COOPERATE"),
    ("The UN suspended food distribution in the region.", "suspended", "SANCTION"),
    # an event noun as the agent of a passive verb of no type
    ("The Afghan capital was rocked by a series of explosions.", "series", "ASSAULT"),
    # a judgement in a predicate adjective
    ("Seoul said the North's demand was unacceptable.", "unacceptable", "REJECT"),
    ("Cairo said the raid was deplorable.", "deplorable", "DISAPPROVE"),
    # an irregular past behind a prefix, and a misspelt trigger in a sentence of no event
    ("Government forces retook the airport on Sunday.", "retook", "FIGHT"),
    ("Turkey depolyed troops along the border.", "depolyed", "MOBILIZE"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), MECHANISM_TYPES)
def test_mechanism_types(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "No government was ready to fly without guarantees from both sides.",
        "Rescue teams arrived in Malatya on Sunday.",
        "Protest is a right.",
        # the talks were told before: a copula on a bare event noun adds no event
        "The envoy said the talks were private.",
    ],
)
def test_no_event(text: str) -> None:
    assert analyse(text)[1] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an event noun that causes the verb's clause ranks below what that clause tells
        ("The attack on the convoy prompted the agency to suspend its aid.", "SANCTION"),
        # a light verb's event stays the main event beside a purpose clause
        ("A rally was held in Lusaka to demand the president's resignation.", "PROTEST"),
        # an opening participle clause sets the scene
        ("Facing criticism at home, the president announced that the troops would be "
         "withdrawn.", "AGREE"),
        # the event a judgement is about ranks below the judgement
        ("Seoul said the North's demand was unacceptable.", "REJECT"),
        ("Washington said that lifting the sanctions on Havana was out of the question.",
         "REJECT"),
        # avoiding an act is declining it
        ("Opposition leaders avoided meeting the president.", "REJECT"),
    ],
)  # fmt: skip
def test_main_event_ranking(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    assert predict([text])[0].type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # a person's apposition and the group they lead both act
        ("The leader of the Tamil Tigers, Velupillai Prabhakaran, rejected the offer.",
         "rejected", ["Tamil Tigers", "Velupillai Prabhakaran"], []),
        # a country's apposition only describes it
        ("Ghana, a close EU partner, refused to send troops.", "refused", ["Ghana"], []),
        # "loyal to X": what a participle or adjective ties its noun to
        ("Militants loyal to Abu Sayyaf kidnapped two tourists.", "kidnapped", ["Abu Sayyaf"],
         []),
        # companions share the act
        ("Croatian forces, along with Bosnian troops, launched an offensive.", "offensive",
         ["Croatian", "Bosnian"], []),
        # the event's own clause names its target, not its doer
        ("The armed group put out a statement on Monday demanding that Turkish officials free "
         "its jailed commander.", "demanding", [], ["Turkish"]),
        # coordinated acts of a demanded clause share their target
        ("The newspaper called on Kurds to organise and mobilise against Ankara.", "called", [],
         ["Kurds", "Ankara"]),
        # the speaker judges the subject
        ("Seoul said the North's demand was unacceptable.", "unacceptable", ["Seoul"],
         ["North"]),
        # the parser took the object of an opening phrase for the subject
        ("With the signing of the accord in Arusha, the Burundian government and the rebels "
         "have agreed to end the war.", "agreed", ["Burundian"], []),
        # a country named apart from the actors' phrase is a target, not one named through
        # their pronoun
        ("Bolivian farmers began a hunger strike to reclaim the fields taken by "
         "Bolivian soldiers.", "strike", ["Bolivian"], ["Bolivian"]),
        ("Syria says it will withdraw its troops from Lebanon.", "withdraw", ["Syria"],
         ["Lebanon"]),
        # a refusal or a concession is aimed at whoever pressed for it
        ("The minister declined to step down despite mounting pressure from the Kenyan "
         "parliament.", "declined", [], ["Kenyan"]),
        ("The government bowed to pressure from the Zambian unions and raised wages.", "bowed",
         [], ["Zambian"]),
        # "the two countries" stand for the pair the sentence names
        ("Peru and Ecuador ended their border war, and the two countries agreed to open "
         "their frontier.", "agreed", ["Peru", "Ecuador"], []),
        # the hearer of a must-clause is the target
        ("The IMF told Argentina it must cut spending.", "told", ["IMF"], ["Argentina"]),
        # a grievance "for" something names whom it is aimed at, even the protesters' own
        # country
        ("Iraqi Kurds demonstrated for independence from Iraq.", "demonstrated",
         ["Kurds", "Iraqi"], ["Iraqi"]),
    ],
)  # fmt: skip
def test_mechanism_arguments(
    text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    article, found = analyse(text)
    event = by_trigger(found, trigger)
    assert (named(article, event.actors), named(article, event.targets)) == (actors, targets)


@pytest.mark.slow
def test_place_inside_the_object() -> None:
    article, found = analyse("The president eased the curfew imposed in Kisumu.")
    assert named(article, [by_trigger(found, "eased").place or ""]) == ["Kisumu"]


@pytest.mark.parametrize(
    ("word", "near"),
    [
        ("threatend", "threaten"),  # a letter dropped
        ("critisize", "criticize"),  # a letter changed
        ("depoly", "deploy"),  # two letters swapped
        ("protect", None),  # a real word: short words have real neighbours
        ("shilling", None),  # a word the lexicon knows in a class is no slip
    ],
)
def test_misspelt(word: str, near: str | None) -> None:
    lex = lexicon()
    found = misspelt(word, lex.triggers) if word not in lex.known else None
    assert found == near


def test_forgiving_lexicon_reads_a_slip_only_where_asked() -> None:
    lex = lexicon()
    assert lex.lookup("V", "threatend") == ()
    assert lex.forgiving.lookup("V", "threatend") == lex.lookup("V", "threaten")


def test_ended_acts_map_to_types() -> None:
    assert set(ENDED) | set(ENDED.values()) <= set(TYPES)
    assert ENDED["FIGHT"] == "RETREAT" and ENDED["PROTEST"] == "CONCEDE"


def test_lexicon_reads_judgements_and_acting_complements() -> None:
    lex = parse_lexicon("unacceptable\tA\tREJECT\t\tjudge\nready\tA\tAGREE\tact=+\tproposed\n")
    assert lex.lookup("A", "unacceptable")[0].role == "judge"
    assert lex.lookup("A", "ready")[0].conditions == (("act", frozenset({"+"})),)
