"""Events: the wider PLOVER vocabulary and argument rules, one sentence we wrote per rule.

Each table row runs the real stages on one sentence (see `tests/test_events.py` for the core
tables of types, modes and non-events).
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

# One sentence per lexicon entry or trigger rule added for the wider PLOVER vocabulary.
MORE_TYPED = [
    ("A Qatari envoy shuttled between Kabul and Islamabad.", "shuttled", "CONSULT"),
    ("Greek and Turkish coastguards launched a joint operation in the Aegean.", "operation",
     "COOPERATE"),
    ("Washington sent military advisers to Benin.", "sent", "AID"),
    ("Chile protested to Peru over the fishing dispute.", "protested", "DISAPPROVE"),
    ("The delegation walked out of the peace talks in Lusaka.", "walked", "SANCTION"),
    ("The rebels ended their blockade of the port.", "ended", "RETREAT"),
    ("Militiamen used hostages as human shields.", "used", "COERCE"),
    ("Kenya closed its border with Somalia.", "closed", "COERCE"),
    ("Youths threw stones at police in Bamako.", "threw", "PROTEST"),
    ("Nigerian jets dropped bombs on the forest camp.", "dropped", "FIGHT"),
    ("Tehran let IAEA inspectors visit the plant.", "let", "RETREAT"),
    ("A court in Lagos found the governor guilty of fraud.", "found", "DISAPPROVE"),
    ("Rebel fighters struck at dawn.", "struck", "FIGHT"),
    ("Both firms signed letters of intent.", "signed", "AGREE"),
    ("The parties respected the truce.", "respected", "AGREE"),
    ("Ghana threw its weight behind the Togolese plan.", "threw", "SUPPORT"),
    ("The king sent condolences to Japan.", "sent", "SUPPORT"),
    ("Prosecutors dropped the charges against the editor.", "dropped", "CONCEDE"),
    ("Auditors examined allegations of bribery at the port.", "examined", "INVESTIGATE"),
    ("Austria blocked Serbia's accession talks.", "blocked", "REJECT"),
    ("Russia warned Georgia not to host the exiles.", "warned", "THREATEN"),
    ("Moscow warned Tbilisi of grave consequences.", "warned", "THREATEN"),
    ("Serbia raised the combat readiness of its army.", "readiness", "MOBILIZE"),
    ("The junta declared martial law in the north.", "declared", "COERCE"),
    ("The army retaliated with artillery.", "retaliated", "FIGHT"),
    # "over" read as "more than 20" by the parser still makes "hand over"
    ("Rebels handed over 20 captured soldiers to the Red Cross.", "handed", "RETREAT"),
    ("Turkey ordered troops to the Iraqi border.", "ordered", "MOBILIZE"),
    ("Jakarta granted autonomy to Aceh.", "granted", "CONCEDE"),
    ("The regime took steps to ease the curfew.", "ease", "CONCEDE"),
    ("Negotiators return to Geneva for talks.", "talks", "CONSULT"),
    ("Irish peacekeepers arrived in Monrovia.", "arrived", "RETREAT"),
    ("The president enhanced press freedoms.", "enhanced", "CONCEDE"),
    ("Iran and Iraq exchanged prisoners.", "exchanged", "RETREAT"),
    ("The paper was closed down by the police.", "closed", "COERCE"),
    ("An attack by Syrian jets on the market killed nine people.", "killed", "FIGHT"),
    ("Eritrea ordered foreign aid agencies to leave the country.", "ordered", "SANCTION"),
    ("Venezuela suspended oil shipments to Cuba.", "suspended", "SANCTION"),
    ("Guinea received a contingent of peacekeepers.", "received", "RETREAT"),
    ("The exiles rallied Arab states against the regime.", "rallied", "DISAPPROVE"),
    ("India and Russia resumed trade.", "trade", "COOPERATE"),
    ("South Korea invested in Ghana's ports.", "invested", "COOPERATE"),
    ("The government helped rebuild the school.", "helped", "AID"),
    ("Chadian troops escorted aid convoys to Darfur.", "escorted", "AID"),
    ("Inspectors gathered evidence at the site.", "gathered", "INVESTIGATE"),
    ("Police searched for the missing officials.", "searched", "INVESTIGATE"),
    ("The army held a military parade in Minsk.", "parade", "MOBILIZE"),
    ("Brazil and Chile launched a joint research program.", "program", "COOPERATE"),
    ("The agency set up camps for refugees.", "set", "AID"),
    ("The rebels set conditions for new talks.", "set", "DEMAND"),
    ("Authorities in Dushanbe closed two mosques.", "closed", "COERCE"),
    ("Officials said Israel would use force against the flotilla.", "use", "FIGHT"),
    ("Beijing placed restrictions on foreign reporters.", "restrictions", "COERCE"),
    ("Rebels attacked an army base near Goma.", "attacked", "FIGHT"),
    ("Insurgents ambushed a police patrol.", "ambushed", "FIGHT"),
    ("Oman expressed sympathy to the flood victims.", "sympathy", "SUPPORT"),
    ("The president paid tribute to the Malian soldiers.", "tribute", "SUPPORT"),
    ("Ankara voiced backing for the Azeri position.", "backing", "SUPPORT"),
    ("The state press attacked Seoul over the drills.", "attacked", "DISAPPROVE"),
    ("The militants vowed revenge against the army.", "revenge", "THREATEN"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), MORE_TYPED)
def test_more_types(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a relative clause about the subject ranks below the main clause, even when the
        # parser hangs both at the same depth
        ("The Kenyan opposition, which boycotted last year's election, called on Monday for "
         "the release of its jailed leaders.", "DEMAND"),
        # a verb with its own event is no frame for a noun event beside it
        ("The Ghanaian leader, speaking after talks with his Togolese counterpart, called for "
         "an end to the border closures.", "DEMAND"),
        # "his fighters would strike": the threat is the speaker's own
        ("The militia leader warned Israel that his fighters would strike deep inside its "
         "territory.", "THREATEN"),
        # visiting a camp is no diplomatic visit: the purpose clause carries the event
        ("UN experts visited the camp to gather evidence of abuses.", "INVESTIGATE"),
    ],
)  # fmt: skip
def test_main_event_of_the_sentence(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    assert predict([text])[0].type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # "between X and Y": X acts, Y is the target
        ("Fighting erupted between Tamil rebels and Sinhalese villagers.", "Fighting",
         ["Tamil"], ["Sinhalese"]),
        # forces that were sent act for whoever sent them; people kidnapped do not act
        ("Thousands of Indonesian troops were deployed to Aceh.", "deployed", ["Indonesian"],
         ["Aceh"]),
        ("Two French aid workers were kidnapped in Chad.", "kidnapped", [], ["French"]),
        # a protest outside an embassy is aimed at its owner
        ("Tibetan exiles protested outside the Chinese embassy.", "protested", ["Tibetan"],
         ["Chinese"]),
        # the doer and the target of an event noun that is the subject of a killing
        ("An attack by Russian jets on a Georgian village killed five civilians.", "killed",
         ["Russian"], ["Georgian"]),
        # the "of" phrase of an assassination is its victim
        ("The assassination of the Lebanese premier shocked the region.", "assassination", [],
         ["Lebanese"]),
        # a named person brings the country they are introduced with
        ("Serbian President Boris Tadic met Kosovo leaders.", "met", ["Boris Tadic", "Serbian"],
         ["Kosovo"]),
        # an untyped complement of a proposal still names the target
        ("Norway offered to lower tariffs on Kenyan flowers.", "offered", ["Norway"],
         ["Kenyan"]),
        # a named apposition is the actor, with the country it is introduced by
        ("Syria's closest ally, Iran, hosted talks with Turkish officials.", "hosted",
         ["Iran", "Syria"], ["Turkish"]),
        # raising: the subject of "is expected to visit" is who visits
        ("The Iraqi foreign minister is expected to visit Tehran.", "visit", ["Iraqi"],
         ["Tehran"]),
        # a purpose clause is aimed at where its doers were sent
        ("The United Nations sent a team to Haiti to investigate the vote.", "investigate",
         ["United Nations"], ["Haiti"]),
    ],
)  # fmt: skip
def test_more_actor_and_target_rules(
    text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    article, found = analyse(text)
    event = by_trigger(found, trigger)
    assert (named(article, event.actors), named(article, event.targets)) == (actors, targets)


@pytest.mark.slow
def test_place_of_an_event_from_its_when_clause() -> None:
    article, found = analyse("Thirty people were killed when a bomb exploded in Peshawar.")
    assert named(article, [by_trigger(found, "killed").place or ""]) == ["Peshawar"]


@pytest.mark.slow
def test_protest_grievance_targets_beside_a_place() -> None:
    article, found = analyse(
        "Inmates rioted in a prison near Suai, demanding an end to Indonesian control."
    )
    assert "Indonesian" in named(article, by_trigger(found, "rioted").targets)
