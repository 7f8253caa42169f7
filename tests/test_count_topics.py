"""What a figure counts (corpus/count_topics.py) and which figures are no count at all."""

from __future__ import annotations

import pytest

from tests.test_compare import analyse, article, count, kinds
from tests.test_compare_more import duration, place
from wirecheck.corpus.claims import claims_of
from wirecheck.corpus.compare import confirmed_earlier
from wirecheck.corpus.count_topics import count_topic
from wirecheck.model import Quantity, Time


def since_date(text: str, phrase: str, value: str) -> Time:
    start = text.index(phrase)
    return Time("", "", start, start + len(phrase), phrase, "DATE", value, "2026-12-02")


def measure(text: str, phrase: str, value: float, unit: str) -> Quantity:
    start = text.index(phrase)
    return Quantity("", "", start, start + len(phrase), phrase, value, value, value, unit, None)


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "topic"),
    [
        # where the counted come from is no other figure between them and their cue
        (
            "About 60 negotiators from the three delegations took part in the talks.",
            "About 60 negotiators",
            "negotiator",
            "participants",
        ),
        ("Twenty-two people were taken to hospitals in two towns.", "Twenty-two people", "people",
         "injured"),
        ("In all, 11 people have been admitted to hospital.", "11 people", "people", "injured"),
        # a figure in an aside is no other figure between a count and its cue
        ("Twelve people, including three children, were killed.", "Twelve people", "people",
         "casualties"),
        # nor are the ages of those counted
        ("Two men, aged 34 and 41, were arrested on Friday.", "Two men", "man", "arrests"),
        ("Ten other defendants were convicted alongside him.", "Ten other defendants",
         "defendant", "convicted"),
        # a night in a shelter; `still_counts` makes it the evacuation where the outlet counts
        # no other (tests/test_compare_r27.py)
        ("Some 2,000 residents spent the night in sports halls.", "Some 2,000 residents",
         "resident", "sheltered"),
        ("About 350 people from nearby homes were moved to a gymnasium.", "About 350 people",
         "people", "evacuated"),
        ("Some 450 people slept on camp beds in the sports hall.", "Some 450 people", "people",
         "sheltered"),
        ("More than 2,500 residents had left their homes by noon.", "More than 2,500 residents",
         "resident", "evacuated"),
        ("About 900 villagers spent the night outdoors in the rain.", "About 900 villagers",
         "villager", "evacuated"),
        ("Divers freed three survivors from the upturned hull overnight.", "three survivors",
         "survivor", "rescued"),
        # a cue in a clause about others tells what they did, not what the figure counts
        ("About 200 council workers handed out blankets to families who fled the flood.",
         "About 200 council workers", "worker", "worker"),
        # "no deaths" is no cue for the figure beside it
        ("Six workers needed treatment for smoke, and there were no deaths.", "Six workers",
         "worker", "injured"),
        ("Some 45 patients were moved by ambulance to other hospitals.", "Some 45 patients",
         "patient", "transferred"),
        ("The warehouse employed about 140 people, a spokeswoman said.", "about 140 people",
         "people", "workforce"),
        ("Roughly 400 people work at the glass factory on the edge of town.",
         "Roughly 400 people", "people", "workforce"),
        ("The decision was backed by five of the committee's nine members.", "five", "member",
         "votes"),
        # a cue that only sounds like one
        ("More than 200 firefighters fought the blaze, backed by water bombers.",
         "More than 200 firefighters", "firefighter", "rescuer"),
        ("But 22 government backbenchers voted against the bill.", "22 government backbenchers",
         "backbencher", "mp"),
        ("A 120-strong team of officials negotiated in London.", "120-strong team of officials",
         "official", "participants"),
        ("About 40 delegates from the two governments met.", "About 40 delegates", "delegate",
         "participants"),
        # who entered a race, under any of its nouns
        ("Around 31,000 athletes started the race in light drizzle.", "Around 31,000 athletes",
         "athlete", "participant"),
        ("Four pacers led the front group to halfway.", "Four pacers", "pacer", "pacemaker"),
        # an airport's flights under the words its boards use; scrapped, they are cancelled
        # whatever the noun ("about 120 flights were cancelled")
        ("Some 142 arrivals and departures were delayed.", "Some 142 arrivals", "arrival",
         "flight"),
        ("Some 142 arrivals and departures were scrapped.", "Some 142 arrivals", "arrival",
         "cancelled"),
        # one thing under two nouns
        ("Some 250 scheduled procedures were put off.", "Some 250 scheduled procedures",
         "procedure", "operation"),
        ("The insurer took on 120 new employees last year.", "120 new employees", "employee",
         "staff"),
        # the parser may take the cue for the counted noun
        ("Nine miners were killed and nearly 30 hurt in the blast.", "nearly 30 hurt", "hurt",
         "injured"),
        # what a maker calls back is one count under any noun
        ("The firm is recalling about 62,000 battery packs.", "about 62,000 battery packs",
         "pack", "recalled"),
        ("It recalled more than 80,000 units on Monday.", "more than 80,000 units", "unit",
         "recalled"),
        # illnesses count the sick; a life lost is a death
        ("The recall came after nine illnesses were linked to the cheese.", "nine illnesses",
         "illness", "cases"),
        ("Two men lost their lives when the car was swept away.", "Two men", "man",
         "casualties"),
        # a rally or a march counts who took part, whatever comes later in the sentence
        ("About 300 people rallied outside the town hall before the vote.", "About 300 people",
         "people", "participants"),
        ("Nearly 1,000 people marched through the capital on Friday.", "Nearly 1,000 people",
         "people", "participants"),
        # dock workers strike under their trade's nouns too
        ("Some 1,400 stevedores walked off the job at dawn.", "Some 1,400 stevedores",
         "stevedore", "participants"),
        ("About 600 wharfies joined the strike.", "About 600 wharfies", "wharfie",
         "participants"),
        # a crew is on board by what it is, said or not
        ("The ship had 31 passengers and eight crew members.", "eight crew members", "member",
         "on board"),
        ("Its five crew were picked up by a trawler.", "five crew", "crew", "on board"),
        # the jobs a company has are its workforce; jobs cut are only jobs
        ("All of the bakery's 640 jobs will be kept.", "640 jobs", "job", "workforce"),
        ("The bakery plans to cut 90 jobs.", "90 jobs", "job", "job"),
        # a company's staff, however many it "has"
        ("Norvik, which has 1,200 workers, said work would go on.", "1,200 workers", "worker",
         "workforce"),
        # homes a plant can supply are no outage
        ("The farm will make enough electricity for about 1.6 million homes.",
         "about 1.6 million homes", "home", "homes supplied"),
        ("It would have a capacity of 1.2 gigawatts, enough to power roughly 900,000 homes.",
         "roughly 900,000 homes", "home", "homes supplied"),
        # the workers a lockout shuts out are its side, whatever their trade is called
        ("Some 2,400 dockers remained locked out on Tuesday.", "Some 2,400 dockers", "docker",
         "participants"),
        # flights a strike grounded were cancelled
        ("Pilots walked out in a strike that has grounded more than 400 flights.",
         "more than 400 flights", "flight", "cancelled"),
        # who spent a night away from home left it
        ("Some 120 residents spent Monday night away from their homes.", "Some 120 residents",
         "resident", "evacuated"),
        # protesters a sentence says were arrested are the arrests, not the crowd
        ("Police arrested 31 protesters at the camp.", "31 protesters", "protester", "arrests"),
        # people who report symptoms are cases
        ("At least 85 people have now reported symptoms.", "At least 85 people", "people",
         "cases"),
        ("About 20 swimmers have reported rashes or nausea, and a dog died.", "About 20 swimmers",
         "swimmer", "cases"),
        # animals kept in captivity are another population than those in the wild
        ("Only nine rhinos live in captivity worldwide.", "nine rhinos", "rhino",
         "rhino (in captivity)"),
        ("Fewer than 50 rhinos survive in the wild.", "Fewer than 50 rhinos", "rhino", "rhino"),
        # a vehicle is a car, a block of flats a building, whatever noun an outlet picks
        ("The hole swallowed four vehicles.", "four vehicles", "vehicle", "car"),
        ("Six apartment blocks were cleared.", "Six apartment blocks", "block", "building"),
        # a trade under its longer name, scientists by their work
        ("A team of 14 stonemasons is recutting the tracery.", "14 stonemasons", "stonemason",
         "mason"),
        ("The paper lists 38 researchers from 11 countries.", "38 researchers", "researcher",
         "scientist"),
        # staff sent home while an inquiry runs
        ("Three senior administrators were suspended on Friday.", "Three senior administrators",
         "administrator", "suspended"),
        # the whole group a zero toll speaks of is no toll
        ("None of the 24 crew was injured, the coastguard said.", "24 crew", "crew", "on board"),
        # where the counted were, then what befell them: the sick, not all on board
        ("The ship was held after some 220 people on board fell ill.", "some 220 people",
         "people", "cases"),
        ("More than 300 people on board came down with norovirus.", "More than 300 people",
         "people", "cases"),
        ("The ferry was carrying 300 people on board, officials said.", "300 people", "people",
         "on board"),
        # those still in hospital, and the gravely ill, are counts of their own
        ("Seven people remain in hospital.", "Seven people", "people", "in hospital"),
        ("Two people have died and nine others remain in hospital.", "nine others", "other",
         "in hospital"),
        # the gravely ill among the sick or hurt are a count of their own, unless the cue after
        # them tells what befell them
        ("Four people remain in intensive care.", "Four people", "people", "intensive care"),
        ("About 40 patients in intensive care and neonatal units were transferred to other "
         "hospitals.", "About 40 patients", "patient", "transferred"),
        ("Two patients are in a critical condition.", "Two patients", "patient",
         "intensive care"),
        # who came to an occasion, under either noun; a ride under either noun
        ("More than 60 guests attended the supper.", "More than 60 guests", "guest",
         "participants"),
        ("Riders took about 9,400 journeys in the first week.", "about 9,400 journeys",
         "journey", "trip"),
        # arrests counted as arrests or as the people arrested
        ("Police made 14 arrests on Wednesday.", "14 arrests", "arrest", "arrests"),
        # what got away, people or animals, under whatever noun
        ("About 48,000 farmed salmon escaped into the loch.", "About 48,000 farmed salmon",
         "salmon", "escaped"),
        ("The company said 48,500 fish got out.", "48,500 fish", "fish", "escaped"),
        ("Three inmates escaped from the prison overnight.", "Three inmates", "inmate",
         "escaped"),
        ("Four men escaped from the prison late on Sunday.", "Four men", "man", "escaped"),
        ("Three prisoners remained on the run on Monday night.", "Three prisoners", "prisoner",
         "escaped"),
        # people who fled a danger are no escape count, nor is what thieves escaped with
        ("Four crew escaped from the burning aircraft.", "Four crew", "crew", "on board"),
        ("Thieves escaped with nine pieces of jewellery.", "nine pieces", "piece", "piece"),
        # a cue in an aside on some of the counted is theirs, not the whole count's
        ("Some 65 people were in the hall, most of them pupils taking part in a relay.",
         "Some 65 people", "people", "people"),
        # a teaching post is a teacher hired
        ("The settlement also funds 300 new teaching posts.", "300 new teaching posts", "post",
         "teacher"),
        # fish counted by kind are fish: "550,000 salmon" meets "about 500,000 fish"
        ("The farm holds around 550,000 salmon in 10 pens.", "around 550,000 salmon", "salmon",
         "fish"),
        ("The farm holds about 500,000 fish in 10 pens.", "about 500,000 fish", "fish", "fish"),
        # what did not run, under whatever noun; what was added is no cancellation
        ("Chaos followed, with 312 services cancelled.", "312 services", "service", "cancelled"),
        ("More than 300 trains were cancelled on Monday.", "More than 300 trains", "train",
         "cancelled"),
        ("The attack forced it to postpone more than 200 operations.",
         "more than 200 operations", "operation", "cancelled"),
        ("The timetable added 140 more trains, but about 180 trains were cancelled.",
         "140 more trains", "train", "train"),
        # two figures joined by "and" share the cue after them
        ("More than 140 operations and 1,200 appointments have been cancelled.",
         "More than 140 operations", "operation", "cancelled"),
        # a cancellation in another clause is another figure's; people are no cancellation
        ("Some 210 flights were cancelled and 31 flights were diverted.", "31 flights",
         "flight", "flight"),
        ("The festival was cancelled, leaving 45,000 ticket holders out of pocket.",
         "45,000 ticket holders", "holder", "customer"),
        ("More than 50 schools shut their doors, and the hospital cancelled operations.",
         "More than 50 schools", "school", "school"),
        # people a fraud took money from are its victims, under any noun
        ("The gang is believed to have defrauded 1,200 pensioners.", "1,200 pensioners",
         "pensioner", "victim"),
        # a cue that counts a figure before this one, past a clause of its own, is not this one's
        ("Police detained 87 suspects on Thursday when about 320 officers stormed the building.",
         "about 320 officers", "officer", "officer"),
        ("Police arrested 87 people in a raid on a call centre that cheated some 4,000 people.",
         "some 4,000 people", "people", "victim"),
        ("Police arrested 87 people in a raid on a call centre that cheated some 4,000 people.",
         "87 people", "people", "arrests"),
        # farm animals by sex or age are the herd's noun; some of a flock killed are counted
        ("Two ewes were killed instantly.", "Two ewes", "ewe", "sheep"),
        ("Two of the family's sheep were killed.", "Two of the family's sheep", "sheep", "sheep"),
        ("The crash sent two of its crew to the clinic.", "two of its crew", "crew", None),
        # who a gunman held, under any noun
        ("A man held four employees hostage in the post office.", "four employees", "employee",
         "hostages"),
        ("He surrendered after holding four postal workers at gunpoint.", "four postal workers",
         "worker", "hostages"),
        # who took part in something, then what befell them
        ("Forty people who attended a christening party on Sunday have fallen ill.",
         "Forty people", "people", "cases"),
        ("Twelve of the guests at the reception have become ill.", "Twelve of the guests",
         "guest", "cases"),
        ("Five were treated in hospital and later released.", "Five", None, "injured"),
        # who are being treated now are still in hospital; admissions are the hospitalised
        ("Three of the pupils are being treated in hospital.", "Three of the pupils", "pupil",
         "in hospital"),
        ("There have been nine hospital admissions so far.", "nine hospital admissions",
         "admission", "injured"),
        # the main verb tells what befell those a relative clause names
        ("Two climbers who were pulled from the snow died in hospital.", "Two climbers",
         "climber", "casualties"),
        ("Two climbers who died on the ridge were named on Monday.", "Two climbers", "climber",
         "casualties"),
        # a place's size between a figure and its cue is no other count of theirs
        ("About 900 customers in the village of about 400 people were without power.",
         "About 900 customers", "customer", "power cuts"),
        # some of a crew that a cue counts: their crewmates are people too
        ("Two of their crewmates were still missing at nightfall.", "Two of their crewmates",
         "crewmate", "missing"),
    ],
)  # fmt: skip
def test_what_a_count_counts(sentence: str, phrase: str, counted: str, topic: str | None) -> None:
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == topic


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "unit", "slot"),
    [
        ("The blast hit a coal face 1,050 metres below the surface.", "1,050 metres", 1050, "m",
         "m depth"),
        ("The shock struck at a depth of 830 metres.", "830 metres", 830, "m", "m depth"),
        # a thing "measuring" so much is as wide as a thing so much "across"
        ("Hailstones measuring about 6 centimetres hit the town.", "about 6 centimetres", 6,
         "cm", "cm width"),
        ("The hull lies in about 60 metres of water.", "about 60 metres", 60, "m", "m depth"),
        # a length told after its thing reads as the figure before it ("a 30-metre section")
        ("A section roughly 45 metres long fell in.", "roughly 45 metres", 45, "m", "m"),
        ("The whale, about 9 metres long, was refloated.", "about 9 metres", 9, "m", "m"),
        ("The bridge is two kilometres long.", "two kilometres", 2, "km", "km length"),
        # the size of a thing is not where something happened
        ("Crews shored up a 60-metre section of the tunnel.", "60-metre", 60, "m", "m size"),
        ("The fire started two kilometres inside the tunnel.", "two kilometres", 2, "km", "km"),
        ("The bus fell about 150 metres down a steep slope.", "about 150 metres", 150, "m", "m"),
        # a departure from the usual is not a level
        ("The sea peaked about 2.5 degrees above the average for March.", "about 2.5 degrees", 2.5,
         "°", "° (from normal)"),
        ("The sea reached 31.9 degrees at the height of the heatwave.", "31.9 degrees", 31.9, "°",
         "°"),
        # a sum paid in a sale, however it is put
        ("The club bought the striker for 48 million euros.", "48 million euros", 48e6, "EUR",
         "EUR price"),
        ("The club agreed to pay a fee of 50 million euros.", "50 million euros", 50e6, "EUR",
         "EUR price"),
        # the noun after "in" names the sum, however near "paid" stands
        ("The state paid CHF 2.1 million in compensation to farmers.", "CHF 2.1 million", 2.1e6,
         "CHF", "CHF pledged"),
        # a bid per share and a deal's value are its price, debt included or not
        ("The offer of 38.50 euros a share has the board's backing.", "38.50 euros", 38.5, "EUR",
         "EUR price"),
        ("The deal values the group at 2.4 billion euros including debt.", "2.4 billion euros",
         2.4e9, "EUR", "EUR price"),
        ("The bank lost 40 million euros on the loans.", "40 million euros", 4e7, "EUR",
         "EUR lost"),
        ("The airline owes creditors about 85 million euros.", "about 85 million euros", 85e6,
         "EUR", "EUR lost"),
        ("The state promised 3 million euros to help build a gallery.", "3 million euros", 3e6,
         "EUR", "EUR pledged"),
        # a sum per patient, per dose or per ticket is a price
        ("The drug will cost $148,000 per patient per year.", "$148,000", 148000, "USD",
         "USD price"),
        # money set aside for a purpose is pledged
        ("The cabinet set aside EUR 25 million for the first repairs.", "EUR 25 million", 25e6,
         "EUR", "EUR pledged"),
        # how much of a grid is back
        ("By 11 p.m., about 70 percent of customers had their power back.", "about 70 percent",
         70, "%", "power restored"),
        ("Only 40 percent of homes had been reconnected by midnight.", "40 percent", 40, "%",
         "power restored"),
        # the cue is measured from its end to the figure
        ("It lowered its reference rate by a quarter of a percentage point to 4.75 percent.",
         "4.75 percent", 4.75, "%", "interest rate"),
        # what something is worth is not its price
        ("Trade between the two was worth 4 billion euros.", "4 billion euros", 4e9, "EUR", "EUR"),
        # a peak once reached is apart from the level now
        ("Inflation in Tarnia peaked at 12 percent in 2025.", "12 percent", 12, "%",
         "inflation (peak)"),
        ("Inflation was 3.8 percent in May, down from a peak of 12 percent.", "3.8 percent",
         3.8, "%", "inflation"),
        ("Inflation was 3.8 percent in May, down from a peak of 12 percent.", "12 percent", 12,
         "%", "inflation (peak)"),
        # a stake is its own measure, not any percentage of the company
        ("The state holds a 25 percent stake in the airline.", "25 percent", 25, "%", "stake"),
        ("The founding family still owns 31 percent of the brewer.", "31 percent", 31, "%",
         "stake"),
        # a fine is what the fined must pay, not a price
        ("The regulator fined the lender EUR 48 million on Monday.", "EUR 48 million", 48e6,
         "EUR", "EUR fine"),
        ("The lender must pay EUR 48 million.", "EUR 48 million", 48e6, "EUR", "EUR fine"),
        ("A EUR 45 million penalty was imposed.", "EUR 45 million", 45e6, "EUR", "EUR fine"),
        # what the sum was for is no name for it ("for fixing the price of ...")
        ("It fined two firms a total of EUR 68 million for fixing the price of a drug.",
         "EUR 68 million", 68e6, "EUR", "EUR fine"),
        # one party's part of a sum is a sum of its own
        ("Corvane's share of the penalty, EUR 34.5 million, is the larger.", "EUR 34.5 million",
         34.5e6, "EUR", "EUR fine (share)"),
        # a charge, a fare or a toll is what is paid
        ("Motorists will be charged NZ$3.50 per trip into the centre.", "NZ$3.50", 3.5, "NZD",
         "NZD price"),
        ("The bridge toll rises to 4.20 euros in March.", "4.20 euros", 4.2, "EUR", "EUR price"),
        # what a sale fetched is its price
        ("The seascape fetched $4.2 million at an evening sale.", "$4.2 million", 4.2e6, "USD",
         "USD price"),
        # ... but what a deal is worth is
        ("The merger, worth 2.6 billion euros, creates a regional giant.", "2.6 billion euros",
         2.6e9, "EUR", "EUR price"),
        ("The takeover was worth 900 million euros to shareholders.", "900 million euros", 9e8,
         "EUR", "EUR price"),
        # a length named by its dimension
        ("The slab was about 250 metres wide at the crown.", "about 250 metres", 250, "m",
         "m width"),
        ("A slab some 400 metres across broke loose.", "some 400 metres", 400, "m", "m width"),
        ("The crack had a width of roughly 3 metres.", "roughly 3 metres", 3, "m", "m width"),
        ("The convoy was two kilometres long.", "two kilometres", 2, "km", "km length"),
        # what a thing weighs, said before its noun, is its mass
        ("The 1,450-kilogram probe was launched in May.", "1,450", 1450, "kg", "kg mass"),
        ("The crane weighed roughly 900 kilograms.", "roughly 900 kilograms", 900, "kg",
         "kg mass"),
        ("It unloaded 300 kg of rice.", "300 kg", 300, "kg", "kg"),
        ("The biggest stone, about 1.8 kg, lay in a field.", "about 1.8 kg", 1.8, "kg",
         "kg mass"),
        # a height above the ground is not how far away a thing was seen
        ("It broke up at an altitude of around 30 kilometres.", "around 30 kilometres", 30, "km",
         "km"),
        ("The train stopped about 40 metres above the ground.", "about 40 metres", 40, "m",
         "m altitude"),
        ("The cabin hung 120 metres above a gorge.", "120 metres", 120, "m", "m altitude"),
        ("They swung at heights of up to 60 metres.", "up to 60 metres", 60, "m", "m altitude"),
        ("It was visible up to 200 km away.", "200 km", 200, "km", "km distance"),
        ("It was seen from as far away as 200 kilometres.", "200 kilometres", 200, "km",
         "km distance"),
        # a level is not a dimension of a thing: it stays with the plain unit
        ("The river peaked at 6.2 metres on Tuesday.", "6.2 metres", 6.2, "m", "m"),
        # how full a store is, said right after its percentage; another share beside it is not
        ("The reservoir was 38 percent full on Monday.", "38 percent", 38, "%", "% capacity"),
        ("It is at about 41 percent of its capacity.", "about 41 percent", 41, "%",
         "% capacity"),
        ("Rainfall was 52 percent of the average, and the lake is at 38 percent of capacity.",
         "52 percent", 52, "%", "%"),
        # the share that voted for something; a clause on who took part names its base
        ("In a ballot that closed on Tuesday, 91 per cent of players who took part backed a "
         "strike.", "91 per cent", 91, "%", "vote share"),
        ("Some 87 per cent of the players had voted to strike.", "87 per cent", 87, "%",
         "vote share"),
        # a side's share, however named
        ("The extension passed with 56.3 percent backing the project.", "56.3 percent", 56.3, "%",
         "vote share"),
        ("Voters approved it with a yes share of 56.3 percent.", "56.3 percent", 56.3, "%",
         "vote share"),
        ("Teachers have voted to accept a pay deal worth 14.5 percent over three years.",
         "14.5 percent", 14.5, "%", "%"),
    ],
)  # fmt: skip
def test_what_a_measure_or_a_sum_is(
    sentence: str, phrase: str, value: float, unit: str, slot: str
) -> None:
    found = measure(sentence, phrase, value, unit)
    assert count_topic(sentence, found, sentence.index(phrase)) == slot


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("The river burst its banks in Marlow, a market town of about 6,000 people, on Sunday.",
         "about 6,000 people", "people"),
        ("The island, with a population of some 2,400 residents, lost power.",
         "some 2,400 residents", "resident"),
    ],
)  # fmt: skip
def test_the_size_of_a_place_is_a_slot_of_its_own(sentence: str, phrase: str, counted: str) -> None:
    # Not a count of what befell the place's people; compared only with other outlets' sizes
    # of it (blind writers record "a town of about 3,400" against "of roughly 5,000").
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == "population (size)"


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted", "slot"),
    [
        ("Kellaway Park, which holds 28,000 people, was sold out for the final.",
         "28,000 people", "people", "capacity (size)"),
        ("The ground holds about 27,500 spectators and was full.", "about 27,500 spectators",
         "spectator", "capacity (size)"),
        ("The cathedral, which seats 2,000, was full an hour before the service.", "2,000",
         None, "capacity (size)"),
        # who is held there is news of its own in a story about the place (inmates and
        # prisoners are one slot)
        ("Greyling holds about 640 inmates and has been short of guards.", "about 640 inmates",
         "inmate", "prisoner"),
    ],
)  # fmt: skip
def test_what_a_venue_holds_is_its_capacity(
    sentence: str, phrase: str, counted: str | None, slot: str
) -> None:
    # Not the crowd that came ("24,000 fans already inside"): compared only with capacities.
    found = count(sentence, phrase, 1, 1, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) == slot


def test_one_picked_out_of_a_group_is_no_count() -> None:
    text_a = "Two miners were freed by early afternoon."
    text_b = "One of the rescued men phoned his wife from the ambulance."
    a = article("Wire", text_a, quantities=[count(text_a, "Two miners", 2, 2, "miner")])
    b = article(
        "Tribune", text_b, quantities=[count(text_b, "One of the rescued men", 1, 1, "man")]
    )
    assert ("conflict", "rescued") not in kinds(analyse(a, b))


def test_a_running_total_since_an_old_date_is_the_story_s_own_figure() -> None:
    text_a = "Eleven people have been hospitalised since the outbreak was declared on Oct. 29."
    text_b = "In total, 14 people have been admitted to hospital, officials said."
    a = article("Wire", text_a, quantities=[count(text_a, "Eleven people", 11, 11, "people")])
    a.times = [since_date(text_a, "Oct. 29", "2026-10-29")]
    b = article("Tribune", text_b, quantities=[count(text_b, "14 people", 14, 14, "people")])
    assert ("conflict", "injured") in kinds(analyse(a, b))


def test_old_dates_beside_the_story_s_own_day_are_an_aside() -> None:
    text = "A court on Wednesday jailed the minister of 2017 to 2019 for seven years."
    times = [
        since_date(text, "Wednesday", "2026-11-25"),
        since_date(text, "2017", "2017"),
        Time("", "", text.index("seven"), text.index("seven") + 11, "seven years", "DURATION",
             "P7Y", "2026-12-02"),
    ]  # fmt: skip
    told = article("Wire", text)
    told.times = times
    assert [c.value for c in claims_of(told, "Wire", {}) if c.slot == "DURATION"] == ["seven years"]
    told.times = times[1:]  # without its own day the sentence tells of the past
    assert [c for c in claims_of(told, "Wire", {}) if c.slot == "DURATION"] == []


def test_a_year_the_headline_names_is_the_story_s_own() -> None:
    # a story about an old wreck: the crew lost in its year is the story's figure
    text = "The steamer sank in a gale in 1887 with all 14 crew aboard."
    told = article("Wire", text, quantities=[count(text, "14 crew", 14, 14, "crew")])
    told.times = [since_date(text, "1887", "1887")]
    # without the headline's year: another event's toll, kept only if another outlet gives it
    held = [c for c in claims_of(told, "Wire", {}) if c.kind == "count"]
    assert [c.earlier for c in held] == [True] and confirmed_earlier(held) == []
    told.title = "Divers find steamer lost with all hands in 1887"
    counts = [c for c in claims_of(told, "Wire", {}) if c.kind == "count"]
    assert [(c.value, c.earlier) for c in counts] == [("14 crew", False)]


def test_the_level_a_figure_left_is_no_claim() -> None:
    text = "Inflation fell to 2.6 per cent in the last quarter, from 3.3 per cent."
    quantities = [
        measure(text, "2.6 per cent", 2.6, "%"),
        measure(text, "3.3 per cent", 3.3, "%"),
    ]
    told = article("Wire", text, quantities=quantities)
    assert [c.value for c in claims_of(told, "Wire", {}) if c.kind == "count"] == ["2.6 per cent"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "finding"),
    [
        (
            "The bill passed its second reading by 318 votes to 236.",
            "MPs backed the bill, voting 318 to 236 in favour.",
            ("agree", "vote tally"),
        ),
        (
            "The bill passed its second reading by 318 votes to 236.",
            "The Commons approved the bill by 318 votes to 263 on Tuesday.",
            ("conflict", "vote tally"),
        ),
        (
            "The city council voted 14-7 on Thursday to bring in the levy.",
            "Councillors approved the levy on Thursday by 15 votes to 6.",
            ("conflict", "vote tally"),
        ),
        (
            "The board voted 4-1 late on Tuesday to limit the plant's water use.",
            "The motion passed 4-1 after a long hearing.",
            ("agree", "vote tally"),
        ),
        (
            "The plan passed by 19 votes to eight on Thursday.",
            "Councillors backed the plan by 19 votes to 8.",
            ("agree", "vote tally"),
        ),
        (
            "The board approved the levy in a 5-2 vote on Monday.",
            "Councillors approved the levy by 5 votes to 2.",
            ("agree", "vote tally"),
        ),
        # "approved it N to M"; one side told ("with N voting in favour") meets its equal
        (
            "The chamber approved it 212 to 187 on Thursday.",
            "Deputies backed the reform by 212 votes to 187.",
            ("agree", "vote tally"),
        ),
        (
            "Deputies backed the reform by 212 votes to 187.",
            "The reform passed on Thursday, with 212 deputies voting in favour.",
            ("agree", "vote tally"),
        ),
        (
            "Deputies backed the reform by 214 votes to 185.",
            "The reform passed on Thursday, with 212 deputies voting in favour.",
            ("conflict", "vote tally"),
        ),
        # a match result is one value too
        (
            "Harbour Rovers beat Millbrook United 2-1 in the cup final on Saturday.",
            "Rovers sank Millbrook 2-1 at the national stadium.",
            ("agree", "score"),
        ),
        (
            "Harbour Rovers beat Millbrook United 2-1 in the cup final on Saturday.",
            "Rovers won the cup final 3-1 against Millbrook.",
            ("conflict", "score"),
        ),
    ],
)
def test_a_vote_tally_is_one_value(text_a: str, text_b: str, finding: tuple[str, str]) -> None:
    found = kinds(analyse(article("Wire", text_a), article("Post", text_b)))
    assert found == {finding}


def test_two_outlets_lead_figures_pair_before_a_later_figure_naming_the_same_place() -> None:
    text_a = (
        "A ferry with 207 people on board ran aground on Sunday. "
        "It was carrying 183 passengers and 24 crew to Kerrera."
    )
    text_b = "About 200 people were on board the ferry bound for Kerrera when it hit rocks."
    a = article(
        "Wire",
        text_a,
        quantities=[
            count(text_a, "207 people", 207, 207, "people"),
            count(text_a, "183 passengers", 183, 183, "passenger"),
        ],
        mentions=[place(text_a, "Kerrera", "e:kerrera")],
    )
    b = article(
        "Gazette",
        text_b,
        quantities=[count(text_b, "About 200 people", 180, 220, "people")],
        mentions=[place(text_b, "Kerrera", "e:kerrera")],
    )
    (agreement,) = [f for f in analyse(a, b).findings if f.kind == "agree"]
    assert "207" in agreement.summary


def test_two_lengths_written_onto_one_deed_conflict() -> None:
    text_a = "Dockers walked out at dawn at the start of a 48-hour strike against the reform."
    text_b = "Some 6,200 port workers joined a 24-hour stoppage called by three unions."
    a = article("Post", text_a, times=[duration(text_a, "48-hour", "PT48H")])
    b = article("Courier", text_b, times=[duration(text_b, "24-hour", "PT24H")])
    assert ("conflict", "duration") in kinds(analyse(a, b))


def test_a_few_picked_out_as_the_worst_are_no_count() -> None:
    text = (
        "Fourteen miners were injured. Four of the most serious cases were flown to a burns unit."
    )
    told = article(
        "Wire",
        text,
        quantities=[
            count(text, "Fourteen miners", 14, 14, "miner"),
            count(text, "Four of the most serious cases", 4, 4, "case"),
        ],
    )
    assert [c.value for c in claims_of(told, "Wire", {}) if c.kind == "count"] == [
        "Fourteen miners"
    ]


def test_several_percentages_of_one_outlet_pair_each_meet_their_own() -> None:
    text_a = (
        "The union is seeking a pay rise of 18 per cent over three years. The company offered "
        "11 per cent over three years. The terminal handles about 40 per cent of the port's "
        "containers."
    )
    text_b = (
        "The union wants a 15 per cent rise over three years. The company has put 11 per cent "
        "across three years on the table."
    )
    a = article(
        "Wire",
        text_a,
        quantities=[
            measure(text_a, "18 per cent", 18, "%"),
            measure(text_a, "11 per cent", 11, "%"),
            measure(text_a, "40 per cent", 40, "%"),
        ],
    )
    b = article(
        "Daily",
        text_b,
        quantities=[
            measure(text_b, "15 per cent", 15, "%"),
            measure(text_b, "11 per cent", 11, "%"),
        ],
    )
    found = {(f.kind, frozenset(e.value for e in f.evidence)) for f in analyse(a, b).findings}
    assert ("conflict", frozenset({"18 per cent", "15 per cent"})) in found
    assert ("agree", frozenset({"11 per cent"})) in found


def test_two_sums_in_one_currency_far_apart_are_two_things() -> None:
    text_a = "The merger values the group at EUR 2.1 billion, the companies said on Thursday."
    text_b = "The airlines expect EUR 180 million in savings, the companies said on Thursday."
    a = article("Wire", text_a, quantities=[measure(text_a, "EUR 2.1 billion", 2.1e9, "EUR")])
    b = article("Daily", text_b, quantities=[measure(text_b, "EUR 180 million", 1.8e8, "EUR")])
    assert not [f for f in analyse(a, b).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "counted"),
    [
        ("The coach left Highway 16 north of Prince George on Saturday.", "16 north", "north"),
        ("Stay with KTVA 9 News for updates on this story.", "9 News", "news"),
        ("Net Zero Secretary Ewan Baird said the scheme was safe.", "Zero Secretary Ewan Baird",
         "baird"),
        # the parties to a dispute, named by their number
        ("Talks between the two sides will resume on Friday.", "two sides", "side"),
    ],
)  # fmt: skip
def test_a_number_in_a_name_is_no_count(sentence: str, phrase: str, counted: str) -> None:
    found = count(sentence, phrase, 0, 0, counted)
    assert count_topic(sentence, found, sentence.index(phrase)) is None


def test_a_number_word_opening_a_sentence_still_counts() -> None:
    sentence = "Three Britons were killed in the crash."
    found = count(sentence, "Three Britons", 3, 3, "briton")
    assert count_topic(sentence, found, 0) is not None


@pytest.mark.parametrize("phrase", ["19:30 kick-off", "30 kick-off"])
def test_a_clock_time_read_as_a_figure_is_no_count(phrase: str) -> None:
    sentence = "Fans were crushed an hour before the 19:30 kick-off."
    found = count(sentence, phrase, 1, 1, "off")
    assert count_topic(sentence, found, sentence.index(phrase)) is None


def test_one_exact_figure_in_two_outlets_needs_less_alike_sentences() -> None:
    text_a = (
        "Harland has about 300 branches. Its plan shuts 87 branches by November, leaving rural "
        "towns without a bank. It also opened 12 branches in cities."
    )
    text_b = (
        "Around 300 branches are in the network today. Staff at 87 branches were told on a "
        "video call, unions said. A further 20 branches will shrink."
    )
    found_a = [count(text_a, "about 300 branches", 270, 330, "branch"),
               count(text_a, "87 branches", 87, 87, "branch"),
               count(text_a, "12 branches", 12, 12, "branch")]  # fmt: skip
    found_b = [count(text_b, "Around 300 branches", 270, 330, "branch"),
               count(text_b, "87 branches", 87, 87, "branch"),
               count(text_b, "20 branches", 20, 20, "branch")]  # fmt: skip
    a = article("Wire", text_a, quantities=found_a)
    b = article("Post", text_b, quantities=found_b)
    summaries = [f.summary for f in analyse(a, b).findings if f.kind == "agree"]
    assert "Post and Wire agree on branch: 87 branches / 87 branches." in summaries
