"""Events: a third round of everyday event language, on headline and lead sentences we wrote.

The first table holds one sentence per lexicon line or rule added in this round (votes, tariffs,
recognition, riots, armies' operations and attacks between armed sides, aid brought, fed or
evacuated, aid bodies pulling out, raids, trials, blackouts, commitments gone back on, force
hinted at, arrests for a named offence). The second reads wire-style sentences the way the
PLOVER scorer does (its main event, intents read by direction): the phrases of each PLOVER
type that news leads use most, in active, passive and nominal form, guarded against later
changes. Helpers are in `tests/test_events.py`.
"""

from __future__ import annotations

import pytest

from tests.test_events import analyse, by_trigger, named

COVERAGE2_TYPED = [
    # votes: a measure voted down is rejected, one voted in favour of is backed
    ("Parliament voted down the government's budget.", "voted", "REJECT"),
    ("Brazil voted in favour of the resolution on Haiti.", "voted", "SUPPORT"),
    ("The assembly voted for the peace plan.", "voted", "SUPPORT"),
    # tariffs laid on goods; news blackouts; trials
    ("Washington slapped tariffs on Chinese steel imports.", "tariffs", "SANCTION"),
    ("Authorities imposed a news blackout on the region.", "blackout", "COERCE"),
    ("The junta put the former president on trial.", "put", "COERCE"),
    ("Police have broken up a smuggling ring in the port.", "broken", "COERCE"),
    # a body recognised, whatever it is called
    ("France recognized the rebel council as the legitimate government.", "recognized", "SUPPORT"),
    # rioters torching is a riot; soldiers torching homes coerce
    ("Rioters torched shops and cars in the town of Ambon.", "torched", "PROTEST"),
    ("Soldiers torched the homes of suspected rebels.", "torched", "COERCE"),
    # an army's operation is fighting; armies killing fighters in an attack fight them
    ("The army launched an operation against the rebels.", "operation", "FIGHT"),
    ("The army killed 30 rebels in an attack on their camp.", "killed", "FIGHT"),
    ("Gunmen killed ten villagers in an attack on their village.", "killed", "ASSAULT"),
    ("The navy responded with missile strikes.", "responded", "FIGHT"),
    # aid brought, people fed, evacuated; troops evacuated retreat
    ("Relief flights brought food and medicine to the stricken region.", "brought", "AID"),
    ("Charities fed thousands of refugees at the border camp.", "fed", "AID"),
    ("The evacuation of foreign nationals from Beirut began on Monday.", "evacuation", "AID"),
    ("The evacuation of the troops from the base was completed on Friday.", "evacuation",
     "RETREAT"),
    # aid agencies leaving a country withdraw their help; troops leaving retreat
    ("Aid agencies pulled out of Somalia after the killing of two workers.", "pulled", "SANCTION"),
    ("Aid agencies withdrew from Somalia after the killings.", "withdrew", "SANCTION"),
    ("Serbian troops withdrew from the town.", "withdrew", "RETREAT"),
    # a commitment abandoned, an offer spurned; force held out
    ("The president went back on his pledge to step down in 2005.", "went", "REJECT"),
    ("Syria turned its back on the Arab League peace plan.", "turned", "REJECT"),
    ("The Chinese foreign minister hinted at military action against Taiwan.", "hinted",
     "THREATEN"),
    ("Washington raised the prospect of sanctions against Damascus.", "raised", "THREATEN"),
    # what someone helped to do is the act; heavy weapons moved up show force
    ("Norway helped negotiate a truce between the rebels and the army.", "negotiate", "CONSULT"),
    ("Fearing an attack, the army moved heavy weapons closer to the border, military sources "
     "said.", "moved", "MOBILIZE"),
    # an aid body suspending its work withdraws help; an army suspending operations eases off
    ("The Red Cross suspended its operations in Chechnya after the killing of six of its "
     "staff.", "suspended", "SANCTION"),
    ("The army suspended its operations in the north.", "suspended", "RETREAT"),
    # an arrest that names its charge tells of the accusation, the gerund read as an object
    ("Two British tourists were arrested in Dubai for spying.", "arrested", "DISAPPROVE"),
    ("The UN sent a team of experts to Iraq to examine the damage to the nuclear plant.",
     "examine", "INVESTIGATE"),
    # police acting against people, searching premises; a search for someone is an inquiry
    ("The police took action against the illegal traders in the market.", "took", "COERCE"),
    ("Police searched the offices of the opposition party.", "searched", "COERCE"),
    ("Police searched for the missing children.", "searched", "INVESTIGATE"),
    # attacks between armed sides are fighting; a car bomb rammed home is an assault
    ("An attack by rebels on a military post killed 12 soldiers.", "killed", "FIGHT"),
    ("Three soldiers were killed in a rebel ambush in the north.", "killed", "FIGHT"),
    ("A suicide bomber rammed a car packed with explosives into an army checkpoint.", "rammed",
     "ASSAULT"),
    # aid packages, peacekeeping mandates extended, peacekeepers dispatched
    ("Japan announced a package of $2 billion in aid for Indonesia.", "package", "AID"),
    ("The UN Security Council extended the mandate of its peacekeeping force in Cyprus.",
     "extended", "AID"),
    ("Parliament approved the dispatch of peacekeepers to Lebanon.", "dispatch", "AID"),
    # a crowd gathered to protest or demand is a protest; one gathered to mourn is none
    ("Thousands assembled in the main square to protest the vote.", "assembled", "PROTEST"),
    ("Hundreds of people gathered outside the embassy to demand the release of the hostages.",
     "gathered", "PROTEST"),
]  # fmt: skip

# The scorer's reading of the main event: type by PLOVER's intent rules.
COVERAGE2_PLOVER = [
    ("The military said it would respond with force to any further provocations.", "THREATEN"),
    # "on Friday" tells when: no "vote on" (a proposal) is made of it; the vote does the act
    ("The Security Council voted unanimously on Friday to impose an arms embargo on the "
     "warring parties.", "SANCTION"),
    # a command's object is who acts: the act commanded is told, not an intent
    ("The prime minister on Thursday ordered the army to crack down on militant groups in "
     "Karachi.", "COERCE"),
    ("Russia said Tuesday it was ready to help mediate an end to the conflict in "
     "Nagorno-Karabakh.", "AGREE"),
    ("Talks on the border dispute failed to produce an agreement.", "REJECT"),
    ("The military government promised a return to civilian rule.", "AGREE"),
    ("Delegations from the two Koreas will sit down for talks in Panmunjom next week.", "AGREE"),
    # AGREE
    ("Japan pledged $50 million in aid to the tsunami victims.", "AGREE"),
    ("The donors pledged $2 billion for the reconstruction of Afghanistan.", "AGREE"),
    ("The two sides agreed to resume talks next month.", "AGREE"),
    ("The government promised to hold elections next year.", "AGREE"),
    ("Israel offered to release prisoners in exchange for the soldier.", "AGREE"),
    ("The European Union on Tuesday pledged 50 million euros in emergency aid to help victims of "
     "the floods in Mozambique.", "AGREE"),
    ("Cuba has agreed to free about 50 political prisoners under a deal brokered by the Catholic "
     "Church, officials said on Wednesday.", "AGREE"),
    ("The rebels said on Tuesday they were prepared to hold talks with the government without "
     "preconditions.", "AGREE"),
    ("Pakistan stands ready to help Afghanistan rebuild its economy, the prime minister said.",
     "AGREE"),
    ("Turkey has signalled its willingness to reopen its border with Armenia.", "AGREE"),
    ("Israel said it would consider a Palestinian proposal for a ceasefire.", "AGREE"),
    ("The two sides reached agreement on the withdrawal of troops.", "AGREE"),
    ("The warring factions struck a deal to share power.", "AGREE"),
    # CONSULT
    ("Egypt hosted Israeli and Palestinian leaders for talks.", "CONSULT"),
    ("The Kenyan president hosted his Ugandan counterpart in Nairobi.", "CONSULT"),
    ("The foreign minister travelled to Moscow for talks.", "CONSULT"),
    ("The two leaders discussed the crisis by telephone.", "CONSULT"),
    ("The Pope received the Israeli prime minister at the Vatican.", "CONSULT"),
    ("Egypt's foreign minister arrived in Damascus on Sunday for talks with Syrian President "
     "Hafez al-Assad on the stalled peace process.", "CONSULT"),
    ("US and North Korean negotiators met in Geneva on Monday for a second day of talks on the "
     "nuclear dispute.", "CONSULT"),
    ("The Chinese premier began a four-day visit to India on Sunday.", "CONSULT"),
    ("The foreign ministers of the two countries conferred on the crisis.", "CONSULT"),
    # SUPPORT
    ("The two countries signed a memorandum of understanding on trade.", "SUPPORT"),
    ("Israel and Jordan signed a peace treaty.", "SUPPORT"),
    ("The United States backed the Saudi peace initiative.", "SUPPORT"),
    ("Canada welcomed the release of the journalist.", "SUPPORT"),
    ("The president apologized to the families of the victims.", "SUPPORT"),
    ("Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday, formally ending their "
     "two-year border war.", "SUPPORT"),
    ("Mozambique's government and the rebel Renamo movement on Friday signed a ceasefire "
     "agreement in Rome.", "SUPPORT"),
    # COOPERATE
    ("Thailand extradited the arms dealer to the United States.", "COOPERATE"),
    ("The suspect was extradited from Spain to France.", "COOPERATE"),
    ("The two armies held joint exercises in the desert.", "COOPERATE"),
    ("Police from both countries cooperated in the investigation.", "COOPERATE"),
    ("Pakistan handed over the suspect to American authorities.", "COOPERATE"),
    ("Mexican police on Monday extradited a suspected drug baron to the United States.",
     "COOPERATE"),
    # AID
    ("Sweden granted asylum to the Iraqi dissident.", "AID"),
    ("The dissident was granted political asylum in the United States.", "AID"),
    ("Britain sent humanitarian aid to the flood victims.", "AID"),
    ("The World Bank approved a $300 million loan for Kenya.", "AID"),
    ("Relief flights brought food and medicine to the stricken region.", "AID"),
    ("The African Union has sent 300 peacekeepers to the Darfur region of Sudan to monitor a "
     "fragile ceasefire.", "AID"),
    ("The government of Chad has granted asylum to 30,000 refugees fleeing fighting in the "
     "Central African Republic.", "AID"),
    ("The Red Cross delivered medical supplies to the besieged town.", "AID"),
    ("Japan extended a loan of $500 million to Indonesia.", "AID"),
    # CONCEDE
    ("The government lifted the ban on opposition parties.", "CONCEDE"),
    ("The junta allowed the opposition newspapers to reopen.", "CONCEDE"),
    ("The government gave in to the demands of the strikers.", "CONCEDE"),
    ("The regime legalised opposition parties.", "CONCEDE"),
    ("The authorities relaxed restrictions on the press.", "CONCEDE"),
    ("The Nepalese government on Monday lifted a ban on political rallies imposed after the royal "
     "takeover.", "CONCEDE"),
    ("The Libyan leader pardoned six Bulgarian nurses sentenced to death.", "CONCEDE"),
    ("The government granted an amnesty to rebels who surrender.", "CONCEDE"),
    ("The president pardoned 200 political prisoners.", "CONCEDE"),
    # RETREAT
    ("Troops pulled back from the front line on Monday.", "RETREAT"),
    ("Israeli forces pulled out of the town of Jenin.", "RETREAT"),
    ("The rebels released the hostages on Sunday.", "RETREAT"),
    ("Twelve hostages were released by their captors in Iraq.", "RETREAT"),
    ("The release of 50 political prisoners was announced on Friday.", "RETREAT"),
    ("Angolan rebels released 12 Portuguese hostages they had held for two months, the "
     "International Committee of the Red Cross said on Wednesday.", "RETREAT"),
    ("Israeli troops pulled out of the West Bank town of Tulkarm early on Thursday after a "
     "two-day raid, Palestinian security sources said.", "RETREAT"),
    ("The regime freed the opposition leader from house arrest.", "RETREAT"),
    ("The army withdrew from the buffer zone.", "RETREAT"),
    # INVESTIGATE
    ("The UN launched an investigation into the killings.", "INVESTIGATE"),
    ("Police are investigating the bombing of the embassy.", "INVESTIGATE"),
    ("An inquiry into the massacre was opened by the government.", "INVESTIGATE"),
    ("UN inspectors inspected the nuclear site on Monday.", "INVESTIGATE"),
    ("The parliament set up a commission to probe the corruption allegations.", "INVESTIGATE"),
    ("Chilean authorities on Thursday opened an investigation into the disappearance of 14 "
     "political prisoners.", "INVESTIGATE"),
    ("The Senate launched a probe into the arms deals.", "INVESTIGATE"),
    ("Investigators examined the wreckage of the plane.", "INVESTIGATE"),
    # DEMAND
    ("The opposition called for an inquiry into the killings.", "DEMAND"),
    ("The United Nations called for an independent investigation into the massacre.", "DEMAND"),
    ("France urged Syria to withdraw its troops from Lebanon.", "DEMAND"),
    ("The rebels demanded the release of their leader.", "DEMAND"),
    ("Iraq asked the United Nations to lift the sanctions.", "DEMAND"),
    ("South Korea urged the North on Thursday to return to the negotiating table and abandon its "
     "nuclear weapons program.", "DEMAND"),
    ("Germany's chancellor called on Wednesday for an international conference on the Balkans.",
     "DEMAND"),
    ("The opposition insisted that the president step down.", "DEMAND"),
    ("The families appealed to the kidnappers to release the hostages.", "DEMAND"),
    ("Human rights groups pressed for an end to the executions.", "DEMAND"),
    ("The Palestinians sought international protection for civilians in Gaza.", "DEMAND"),
    ("The rebels renewed their call for international mediation.", "DEMAND"),
    ("The pope made an appeal for peace in the Middle East.", "DEMAND"),
    # DISAPPROVE
    ("Beijing lodged a protest with Tokyo over the visit.", "DISAPPROVE"),
    ("China lodged a strong protest with the United States over the arms sale.", "DISAPPROVE"),
    ("India summoned the Pakistani ambassador to protest the shelling.", "DISAPPROVE"),
    ("The Turkish ambassador was summoned to the foreign ministry in Paris.", "DISAPPROVE"),
    ("France condemned the attack on its embassy in Damascus.", "DISAPPROVE"),
    ("Pakistan on Friday summoned the Indian high commissioner to protest against the killing of "
     "three civilians along the Kashmir frontier.", "DISAPPROVE"),
    ("The Russian foreign ministry on Monday condemned the NATO air strikes on Yugoslavia as a "
     "gross violation of international law.", "DISAPPROVE"),
    ("The opposition accused the government of rigging the election.", "DISAPPROVE"),
    ("The Chinese foreign ministry criticized the US for interfering in its internal affairs.",
     "DISAPPROVE"),
    ("Britain expressed concern over the deteriorating human rights situation in Zimbabwe.",
     "DISAPPROVE"),
    ("The White House called the attack an act of terrorism.", "DISAPPROVE"),
    # REJECT
    ("Greece vetoed Macedonia's membership of NATO.", "REJECT"),
    ("Israel rejected the proposal for an international conference.", "REJECT"),
    ("The proposal was rejected by the Palestinian leadership.", "REJECT"),
    ("Belgrade turned down the peace plan.", "REJECT"),
    ("Iran refused to allow the inspectors into the site.", "REJECT"),
    ("The Ugandan government on Thursday rejected a call by church leaders for peace talks with "
     "the rebels, saying the insurgents could not be trusted.", "REJECT"),
    ("Kosovo Albanian leaders refused on Tuesday to sign the peace plan drawn up by international "
     "mediators.", "REJECT"),
    ("The government ruled out talks with the rebels.", "REJECT"),
    ("Iran has refused to suspend uranium enrichment.", "REJECT"),
    ("The president declined to meet the opposition leaders.", "REJECT"),
    ("The junta brushed aside international calls for the release of the opposition leader.",
     "REJECT"),
    ("The government's refusal to negotiate angered the unions.", "REJECT"),
    ("Tehran said it was opposed to any foreign military presence in the Gulf.", "REJECT"),
    # THREATEN
    ("Iran vowed to retaliate against any attack.", "THREATEN"),
    ("North Korea threatened to retaliate against Seoul.", "THREATEN"),
    ("The rebels vowed revenge for the killing of their leader.", "THREATEN"),
    ("The army warned it would crush the rebellion.", "THREATEN"),
    ("China warned Taiwan against declaring independence.", "THREATEN"),
    ("Iraq threatened on Saturday to stop cooperating with UN weapons inspectors unless the "
     "sanctions were lifted.", "THREATEN"),
    ("Iran's supreme leader on Friday vowed to crush the protests that have swept the country.",
     "THREATEN"),
    ("The rebels warned they would attack the capital if the government did not accept their "
     "demands.", "THREATEN"),
    ("The military said it would respond with force to any further provocations.", "THREATEN"),
    ("Israel did not rule out military action against Iran.", "THREATEN"),
    ("The union warned of an all-out strike if the talks failed.", "THREATEN"),
    # PROTEST
    ("Thousands marched through the capital to protest the election result.", "PROTEST"),
    ("Students staged a sit-in outside the ministry.", "PROTEST"),
    ("The prisoners went on hunger strike.", "PROTEST"),
    ("Taxi drivers blocked roads in the capital.", "PROTEST"),
    ("Workers staged a general strike.", "PROTEST"),
    ("Thousands of Kenyan teachers went on strike on Monday to demand higher pay, closing schools "
     "across the country, union officials said.", "PROTEST"),
    ("Hundreds of Palestinian prisoners in Israeli jails began a hunger strike on Sunday to "
     "protest against their conditions, a prisoners' group said.", "PROTEST"),
    ("Tens of thousands of people protested against the war in London.", "PROTEST"),
    ("Workers downed tools in protest at the layoffs.", "PROTEST"),
    # MOBILIZE
    ("Pakistan put its forces on alert along the border.", "MOBILIZE"),
    ("The army was put on high alert after the bombing.", "MOBILIZE"),
    ("Russia massed troops on the Ukrainian border.", "MOBILIZE"),
    ("Greece called up reservists after the incident.", "MOBILIZE"),
    ("The Pentagon dispatched an aircraft carrier to the Gulf.", "MOBILIZE"),
    ("The Indonesian military deployed an additional 2,000 troops to Aceh province on Wednesday "
     "following a surge in rebel attacks.", "MOBILIZE"),
    ("The Lebanese army on Saturday sent reinforcements to the southern port city of Sidon after "
     "clashes between rival militias.", "MOBILIZE"),
    ("The army massed tanks near the border.", "MOBILIZE"),
    ("The navy sent warships to the disputed waters.", "MOBILIZE"),
    # SANCTION
    ("Washington slapped tariffs on Chinese steel imports.", "SANCTION"),
    ("The United States slapped new sanctions on Venezuela's oil industry.", "SANCTION"),
    ("Britain froze the assets of the Libyan leader and his family.", "SANCTION"),
    ("The assets of five Iranian banks were frozen by the European Union.", "SANCTION"),
    ("Ghana expelled three Nigerian diplomats for spying.", "SANCTION"),
    ("The United Nations suspended food distribution in parts of Somalia after gunmen attacked a "
     "convoy, a spokesman said.", "SANCTION"),
    ("Venezuela's president on Sunday ordered the expulsion of the US ambassador, giving him 72 "
     "hours to leave the country.", "SANCTION"),
    ("Nigeria recalled its ambassador to South Africa.", "SANCTION"),
    ("The IMF halted disbursement of loans to Russia.", "SANCTION"),
    # COERCE
    ("Police launched a crackdown on opposition supporters.", "COERCE"),
    ("The crackdown on dissidents continued on Monday.", "COERCE"),
    ("The authorities cracked down on independent newspapers.", "COERCE"),
    ("Police detained dozens of protesters in the capital.", "COERCE"),
    ("The opposition leader was arrested at his home.", "COERCE"),
    ("Nigerian police arrested more than 50 opposition supporters in Lagos on Saturday after a "
     "rally turned violent, witnesses said.", "COERCE"),
    ("Zimbabwe expelled a BBC correspondent on Friday, accusing him of biased reporting.",
     "COERCE"),
    ("The army cordoned off the area around the mosque.", "COERCE"),
    ("Troops sealed off the town after the attack.", "COERCE"),
    # ASSAULT
    ("Gunmen abducted two French journalists in Iraq.", "ASSAULT"),
    ("Two foreign aid workers were abducted in Darfur.", "ASSAULT"),
    ("Gunmen stormed the school and took hundreds of hostages.", "ASSAULT"),
    ("Militants attacked a police station in the north.", "ASSAULT"),
    ("A suicide bomber blew himself up in a crowded market.", "ASSAULT"),
    ("A bomb exploded in a crowded bus station in the southern Philippine city of Davao on "
     "Friday, killing 14 people and wounding dozens more, police said.", "ASSAULT"),
    ("Armed men kidnapped a Swiss aid worker in eastern Chad on Sunday, the UN refugee agency "
     "said.", "ASSAULT"),
    ("Soldiers beat protesters with clubs.", "ASSAULT"),
    ("Gunmen opened fire on a bus carrying pilgrims, killing 12.", "ASSAULT"),
    # FIGHT
    ("Israeli artillery shelled Hezbollah positions in southern Lebanon.", "FIGHT"),
    ("Serb forces shelled the town of Gorazde.", "FIGHT"),
    ("The town was shelled overnight by rebel forces.", "FIGHT"),
    ("Government troops stormed the rebel stronghold.", "FIGHT"),
    ("The army launched an offensive against the rebels in the north.", "FIGHT"),
    ("Sudanese troops on Monday shelled rebel positions near the border town of Kurmuk, killing "
     "at least 20 fighters, a military spokesman said in Khartoum.", "FIGHT"),
    ("Guerrillas ambushed a military patrol in the mountains of southern Colombia, killing eight "
     "soldiers, the army said on Sunday.", "FIGHT"),
    ("Police fired on a crowd of demonstrators, killing three.", "FIGHT"),
    ("Russian forces occupied the airport in Pristina.", "FIGHT"),
]  # fmt: skip

COVERAGE2_NON_EVENTS = [
    "The government cut tariffs on imported cars.",
    "The navy turned back a boat carrying migrants.",
    "Thousands gathered in the stadium to mourn the victims.",
]

# (sentence, trigger, source names, target names)
COVERAGE2_ACTORS = [
    ("Washington slapped tariffs on Chinese steel imports.", "tariffs", ["Washington"],
     ["Chinese"]),
    ("Moscow accused Kiev of violating the ceasefire.", "accused", ["Moscow"], ["Kiev"]),
    ("Ghana expelled three Nigerian diplomats for spying.", "expelled", ["Ghana"],
     ["Nigerian"]),
    ("Aid agencies withdrew from Somalia after the killings.", "withdrew", [], ["Somalia"]),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "kind"), COVERAGE2_TYPED)
def test_coverage2_types(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(analyse(text)[1], trigger).type == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), COVERAGE2_PLOVER)
def test_coverage2_plover_reading(text: str, kind: str) -> None:
    from wirecheck.evaluate.plover import predict

    (found,) = predict([text])
    assert found.type == kind


@pytest.mark.slow
@pytest.mark.parametrize("text", COVERAGE2_NON_EVENTS)
def test_coverage2_non_events(text: str) -> None:
    assert analyse(text)[1] == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "sources", "targets"), COVERAGE2_ACTORS)
def test_coverage2_actors(text: str, trigger: str, sources: list[str], targets: list[str]) -> None:
    article, found = analyse(text)
    event = by_trigger(found, trigger)
    assert (named(article, event.actors), named(article, event.targets)) == (sources, targets)
