"""Events: coverage of everyday event language per PLOVER type, on sentences we wrote.

Each row is one newswire-style sentence for a word, phrase or construction the lexicon or the
rules missed before this round (helpers in `tests/test_events.py`). The second table reads the
sentence the way the PLOVER scorer does: the main event, its type by PLOVER's intent rules.
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

COVERAGE_TYPED = [
    # SUPPORT: an irregular past the tagger calls a present ("forgave" as VB)
    ("The president forgave the rebels who had attacked his convoy.", "forgave", "SUPPORT"),
    ("France came out in support of the Lebanese government.", "support", "SUPPORT"),
    # COOPERATE: a wanted man handed to another state's justice
    ("Mexico handed over the drug lord to US authorities.", "handed", "COOPERATE"),
    # AID: carrying, resettling, evacuating, refugee status, more aid
    ("US helicopters ferried food and medicine to the flooded villages.", "ferried", "AID"),
    ("Canada resettled 25,000 Syrian refugees.", "resettled", "AID"),
    ("Rescue workers evacuated hundreds of villagers from the flooded area.", "evacuated",
     "AID"),
    ("Uganda has granted refugee status to 3,000 Congolese.", "granted", "AID"),
    ("The European Union doubled its humanitarian aid to Syria.", "aid", "AID"),
    # CONCEDE: rights given, martial law ended
    ("The government gave women the right to vote.", "gave", "CONCEDE"),
    ("The military government ended martial law in the south.", "ended", "CONCEDE"),
    # RETREAT: "set free"
    ("The kidnappers set free the Italian engineer.", "set", "RETREAT"),
    # INVESTIGATE: cases opened, sites visited by inspectors, fact-finding missions
    ("Prosecutors opened a criminal case against the former minister.", "case", "INVESTIGATE"),
    ("UN weapons inspectors visited the suspected chemical plant.", "visited", "INVESTIGATE"),
    ("The UN human rights council sent a fact-finding mission to Myanmar.", "mission",
     "INVESTIGATE"),
    # DEMAND: a court's order, a list of demands
    ("The court ordered the government to release the detained journalist.", "ordered",
     "DEMAND"),
    ("The rebels presented a list of demands to the mediators.", "list", "DEMAND"),
    # DISAPPROVE: a state charged with a crime, verdicts, lawsuits, legal action
    ("Serbia has charged Croatia with genocide at the International Court of Justice.",
     "charged", "DISAPPROVE"),
    ("A Paris court on Wednesday found a former army officer guilty of genocide.", "found",
     "DISAPPROVE"),
    ("Uruguay took Argentina to the International Court of Justice over the pulp mills.",
     "took", "DISAPPROVE"),
    ("The families took legal action against the ministry.", "action", "DISAPPROVE"),
    # PROTEST: strikers' action
    ("The union took industrial action over pay.", "action", "PROTEST"),
    # MOBILIZE: one navy's exercises
    ("The Chinese navy conducted large-scale exercises off the coast of Taiwan.", "exercises",
     "MOBILIZE"),
    # SANCTION: a smaller diplomatic presence, halted mediation, suspended lending, a
    # country suspended (the small model leaves "Nigeria" untagged: the gazetteer knows it)
    ("Britain reduced its diplomatic presence in Tehran.", "reduced", "SANCTION"),
    ("Mediators from Qatar suspended their efforts to end the conflict.", "suspended",
     "SANCTION"),
    ("The World Bank has suspended all lending to Kenya.", "suspended", "SANCTION"),
    ("Nigeria was suspended from the Commonwealth.", "suspended", "SANCTION"),
    # COERCE: licences revoked, house arrest, people ordered out, borders shut, harassment
    ("The authorities revoked the licence of the television station.", "revoked", "COERCE"),
    ("The junta placed the former president under house arrest.", "arrest", "COERCE"),
    ("The government ordered all foreign journalists to leave the country.", "ordered",
     "COERCE"),
    ("The Kenyan government shut its border with Somalia.", "shut", "COERCE"),
    ("Police harassed opposition candidates throughout the campaign.", "harassed", "COERCE"),
    # ASSAULT: gunmen storming a hotel, pirates seizing a ship, acid attacks
    ("Gunmen stormed a hotel in Mogadishu, killing 15 people.", "stormed", "ASSAULT"),
    ("Somali pirates seized a Danish cargo ship in the Gulf of Aden.", "seized", "ASSAULT"),
    ("Assailants threw acid at a female teacher.", "threw", "ASSAULT"),
    # FIGHT: forces entering a country, people driven from their homes, control regained
    ("Ethiopian troops entered Somalia to attack Islamist militias.", "entered", "FIGHT"),
    ("Janjaweed militias drove thousands of villagers from their homes.", "drove", "FIGHT"),
    ("The army regained control of the town after heavy fighting.", "control", "FIGHT"),
    ("Hezbollah rocketed towns in northern Israel.", "rocketed", "FIGHT"),
    # CRIME: poaching
    ("Poachers killed three rhinos in the national park.", "killed", "CRIME"),
    # second round: defiance, deadlines, truces taking effect, the Red Cross let in
    ("Thousands of students flouted a ban on demonstrations in the capital.", "flouted",
     "REJECT"),
    ("The Iraqi leader gave the UN inspectors a deadline to leave the country.", "deadline",
     "THREATEN"),
    ("A ceasefire between the army and the rebels took effect at midnight.", "ceasefire",
     "RETREAT"),
    ("The junta allowed the Red Cross to visit political prisoners.", "allowed", "RETREAT"),
    ("The Chinese government expressed strong dissatisfaction with the US decision.",
     "dissatisfaction", "DISAPPROVE"),
    # an army preparing an offensive shows force; an aid body ordered out is expelled
    ("The Angolan army is preparing a dry-season offensive against the rebels.", "preparing",
     "MOBILIZE"),
    ("The government ordered the International Red Cross to leave the country.", "ordered",
     "SANCTION"),
    # people removed, forced from their homes, expelled as a people, held without charge
    ("The army forcibly removed residents from the disputed district.", "removed", "COERCE"),
    ("The government forced thousands of villagers to leave their homes.", "forced", "FIGHT"),
    ("The government expelled thousands of ethnic Albanians from Macedonia.", "expelled",
     "COERCE"),
    ("Security forces held hundreds of people without charge.", "held", "COERCE"),
    # bombs striking, attempts on a life, campaigns of violence, hijackers
    ("A roadside bomb struck a NATO convoy near Kandahar, wounding four soldiers.", "struck",
     "ASSAULT"),
    ("Unknown gunmen attempted to kill the opposition leader outside his home.", "kill",
     "ASSAULT"),
    ("Government-backed militias carried out a campaign of ethnic cleansing in the region.",
     "cleansing", "ASSAULT"),
    ("Hijackers commandeered a Kenyan airliner over the Indian Ocean.", "commandeered",
     "ASSAULT"),
    # idioms: demands granted, sanctions as blows, expulsions and detentions in other words
    ("The regime granted the students' demand for independent unions.", "granted",
     "CONCEDE"),
    ("The EU hit Belarus with new sanctions.", "hit", "SANCTION"),
    ("Kenya kicked out two Somali diplomats.", "kicked", "SANCTION"),
    ("Bolivia ordered out the US ambassador.", "ordered", "SANCTION"),
    ("The court threw out the opposition's lawsuit.", "threw", "REJECT"),
    ("The junta locked up dozens of dissidents.", "locked", "COERCE"),
    ("The army wiped out a rebel unit.", "wiped", "FIGHT"),
    ("Turkey hit back at French criticism.", "hit", "DISAPPROVE"),
    ("The two sides patched up their differences.", "patched", "AGREE"),
    # clashes with protesters are a riot, whoever fights them
    ("There were clashes between police and protesters in Dhaka on Sunday.", "clashes",
     "PROTEST"),
    ("Police clashed with stone-throwing youths in the old city.", "clashed", "PROTEST"),
    ("Clashes between the army and rebels killed 15 people in the north.", "killed", "FIGHT"),
    # mediation in other words; deals initialled, clinched, hammered out, sealed
    ("Algeria arbitrated the border dispute between Mali and Niger.", "arbitrated", "CONSULT"),
    ("Norway facilitated talks between the government and the Tamil rebels.", "facilitated",
     "CONSULT"),
    ("Negotiators initialled a draft peace agreement in Dayton.", "initialled", "SUPPORT"),
    ("The two sides clinched a deal on prisoner exchanges.", "clinched", "AGREE"),
    ("The negotiators hammered out an agreement on power sharing.", "hammered", "AGREE"),
    ("The two leaders sealed a trade agreement in Beijing.", "sealed", "AGREE"),
    # grants awarded; aid and freedoms curtailed; pipelines sabotaged
    ("The European Union awarded a grant of 5 million euros to the Palestinian Authority.",
     "awarded", "AID"),
    ("Washington curtailed military aid to Egypt.", "curtailed", "SANCTION"),
    ("The government curtailed press freedom ahead of the elections.", "curtailed", "COERCE"),
    ("Rebels sabotaged the oil pipeline.", "sabotaged", "COERCE"),
]  # fmt: skip

# What is denied did not happen as told; what is likely is yet to come.
COVERAGE_MODES = [
    ("Russia denied that its jets had bombed civilian areas in Syria.", "bombed", "negated"),
    ("The army denied reports that it had shelled the village.", "shelled", "negated"),
    ("The United States is likely to lift sanctions on Libya next month.", "lift", "future"),
]

# The scorer's reading: an announced intent to cooperate is AGREE, to act by force THREATEN.
COVERAGE_PLOVER = [
    ("The military government promised a swift transition to civilian rule.", "AGREE"),
    ("Japan will give Vietnam new patrol boats.", "AGREE"),
    ("Japan announced plans to double its development aid to Africa.", "AGREE"),
    ("The army said it would take military action against the rebels.", "THREATEN"),
    ("Morocco said it would hold a referendum on independence for Western Sahara.", "AGREE"),
]

COVERAGE_NON_EVENTS = [
    "Food prices rocketed after the drought.",
    "The government took action to curb inflation.",
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), COVERAGE_TYPED)
def test_coverage_types(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "mode"), COVERAGE_MODES)
def test_coverage_modes(text: str, trigger: str, mode: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).mode == mode


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), COVERAGE_PLOVER)
def test_coverage_plover_reading(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    (found,) = predict([text])
    assert found.type == kind


@pytest.mark.slow
@pytest.mark.parametrize("text", COVERAGE_NON_EVENTS)
def test_coverage_non_events(text: str) -> None:
    assert analyse(text)[1] == []


@pytest.mark.slow
def test_hijacked_ship_names_pirates_and_flag() -> None:
    article, found = analyse("Somali pirates seized a Danish cargo ship in the Gulf of Aden.")
    event = by_trigger(found, "seized")
    assert (named(article, event.actors), named(article, event.targets)) == (
        ["Somali"],
        ["Danish"],
    )
