"""The words a count is read by: cue words that say what a figure counts ("killed", "took
part", "escaped"), and the nouns each cue may count, with the classes that make two outlets'
nouns one group ("firefighters" are rescuers, "journeys" trips). `count_topics` applies them.
"""

from __future__ import annotations

import re

from wirecheck.corpus.sources import cues

# Those a rescue or a repair has yet to reach: "still trapped", "remained without power".
STILL = r"(?:still|remain(?:ed|s|ing)?)\s+"
# Cue words in a count's sentence that say what is being counted, whatever the counted noun is.
# Order matters: the nearest cue wins, ties go to the earlier entry.
COUNT_TOPICS = cues(
    (
        "casualties",
        r"\b(?:kill\w*|dead|deaths?|died|dying|fatalit\w*|death toll|lives"
        # the dead as rescuers find them: "Rescuers had recovered four bodies" (not "four
        # bodies of water")
        r"|bodies(?! of\b)"
        r"|lost (?:his|her|their) li(?:fe|ves))\b",
    ),
    (
        "injured",
        r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed|treated (?:in (?:\w+ )?hospitals? )?for"
        r"|(?<!being )treated (?:in|at) (?:\w+ )?hospitals?|hospital admissions?"
        r"|needed treatment"
        # "Nine people were treated at the scene", "Ambulance crews assessed 11 people"
        r"|treated (?:at the scene|on site|by (?:paramedics|medics|ambulance (?:crews|staff)))"
        r"|(?:paramedics|medics|ambulance (?:crews|staff)) (?:treated|assessed|checked)"
        # "Two employees suffered minor burns"
        r"|suffer(?:ed|s|ing)? (?:\w+ )?burns"
        r"|(?:taken|admitted) to (?:\w+ ){0,3}(?:hospitals?|clinics?|emergency rooms?))\b",
    ),
    # who are still being cared for, a part of the hurt or sick: "Seven people remain in hospital"
    # and who are being treated there now: "Three of the children are being treated in hospital"
    (
        "in hospital",
        r"\b(?:(?:remain(?:s|ed|ing)?|still) in hospitals?"
        r"|(?:are|is) (?:still )?being treated in (?:\w+ )?hospitals?)\b",
    ),
    # the gravely ill among the hurt or sick: "Four people remain in intensive care"
    (
        "intensive care",
        r"\b(?:in intensive care|in (?:a )?(?:critical|serious) condition"
        r"|critically (?:ill|injured|hurt)|seriously (?:ill|injured|hurt))\b",
    ),
    (
        "cases",
        r"\b(?:f[ae]llen ill|fell ill|falling ill|bec[oa]me ill|becoming ill|taken ill"
        r"|c[oa]me down with|coming down with|sickened"
        # "the cheese has made 14 people ill"
        r"|made (?:[\w,]+ ){1,4}ill"
        r"|infected|infections?|cases?"
        # "Twenty-three pupils have now caught measles", "17 pupils were confirmed to have
        # measles", "Seventeen children now have measles", "confirmed in 23 pupils"
        r"|(?:caught|ha(?:ve|s|d)|confirmed to have) (?:measles|mumps|cholera|dengue|flu"
        r"|influenza|norovirus|covid(?:-19)?|the (?:virus|disease|infection|illness|bug))"
        r"|confirmed in"
        r"|illness(?:es)?|(?:tested|testing) positive|reported symptoms"
        # "have reported rashes, nausea or vomiting": what the sick report is how they fell ill
        r"|(?:reported|suffered|developed) (?:rash(?:es)?|nausea|vomiting|diarrho?ea|stomach"
        r" cramps|fevers?))\b",
    ),
    # "at least 11 suspects held in raids", "nine remain in custody"
    ("arrests", r"\b(?:arrest\w*|detain\w*|detention|held in (?:raids?|custody)|in custody)\b"),
    # who a gunman or kidnappers held: "held four employees hostage", "holding four postal
    # workers at gunpoint", "the five captives"
    (
        "hostages",
        r"\b(?:hostages?|at gunpoint|captives?|held captive|kidnapp\w*|abduct\w*)\b",
    ),
    # not "a convicted murderer", who is who someone is, not what befell the counted
    (
        "convicted",
        r"\b(?:(?<!\ba )(?<!\bthe )convicted|found guilty|sentenced"
        r"|received (?:\w+ )?sentences)\b",
    ),
    ("missing", r"\b(?:missing|unaccounted for)\b"),
    # staff sent home while an inquiry runs: "Three senior administrators were suspended"
    ("suspended", r"\b(?:suspended|dismissed|sacked|(?:placed|put|sent) on (?:\w+ )?leave)\b"),
    (
        "evacuated",
        r"\b(?:evacuat\w*|displaced|homeless|fled|flee\w*|to leave|moved out|ordered out"
        r"|(?:were|was|been|be) (?:led|brought|helped|escorted) (?:safely )?out of"
        r"|left (?:their|his|her) homes|left the (?:\w+ )?building"  # "40 workers left the"
        r"|left (?:(?:the|low-lying|coastal|flooded|threatened)\s+)+(?:areas?|zones?|coast)"
        r"|forc(?:ed|ing|es) (?:\S+ ){0,5}(?:from|out)"  # "forced more than 900 people from"
        r"|(?:driven|drove) (?:\S+ ){0,5}from (?:their|his|her) homes"  # "driven some 45,000 from"
        r"|spent the night (?:with|outside|outdoors)"
        r"|spent (?:\w+ ){1,2}nights? away from"
        r"|moved (?:\S+ ){0,5}?to (?:higher ground|safety)"  # "moved some 2,000 people to"
        r"|(?:were|was|been) moved (?:from|out|to safety"
        r"|to (?:an? |the )?(?:\w+ )?(?:shelters?|gymnasium|gym|sports hall|school|hotel)))\b",
    ),
    # those who spent the night in a shelter, a part of those who left: "about 1,200 residents
    # were evacuated ... Around 180 people spent the night in a rest centre"
    (
        "sheltered",
        r"\b(?:spent the night (?:in|at|on)|slept (?:in|at|on)"
        r"|in (?:emergency |temporary )?shelters)\b",
    ),
    (
        "rescued",
        r"\b(?:rescued|freed|(?:pulled|plucked|winched) (?:\w+ ){0,3}from|brought out alive"
        r"|(?:brought|winched|airlifted|hauled|lifted|carried) (?:\w+ ){0,2}to"
        r" (?:safety|the surface)|brought (?:\w+ ){0,2}ashore"  # "were brought ashore safely"
        r"|(?:taken|lifted|airlifted|winched) off (?:by|the)\b)\b",
    ),
    # the hurt flown to hospital, a part of them: "Two of the injured were airlifted", "Three
    # were taken by air ambulance" (after "rescued": "airlifted to safety" stays a rescue; "flown
    # to Perth by air ambulance in a serious condition" counts the gravely hurt)
    (
        "airlifted",
        r"\b(?:airlift\w*|(?:flown|taken|transferred|carried) (?:\w+ ){0,2}by"
        r" (?:air ambulance|helicopter))\b(?![^.;]*\bin (?:a )?(?:critical|serious) condition)",
    ),
    ("on board", r"\b(?:on board|aboard|carrying)\b"),
    (
        "votes",
        r"\b(?:vot(?:e|es|ed)|in favou?r|backed by(?= (?:about |some )?(?:\d|one|two|three|four"
        r"|five|six|seven|eight|nine|ten|eleven|twelve)\b))\b",
    ),
    # who signed an accord, under several nouns: "Eighteen countries signed a treaty",
    # "Sixteen governments put their names to the accord", "nearly 20 countries signed up"
    (
        "signatories",
        r"\b(?:signed|signing|signs? up|put (?:their|its) names? to|signatories to)\b",
    ),
    (
        "participants",
        r"\b(?:took part|take part|taking part|join\w*|attend\w*|particip\w*|crowds?|negotiated"
        r"|delegat\w*|strik(?:e|es|ing)|walk(?:ed|s)? (?:off|out)|walkouts?|stoppages?"
        r"|stopped work|rall(?:y|ies|ied|ying)|marched|marching|protest(?:ed|ing)"
        r"|demonstrat(?:ed|ing)|locked out"  # a lockout's workers are its side too
        r"|(?:rode|cycled) (?:through|into|around)|filled the streets"  # a mass ride
        # a hall's audience: "a capacity audience of 1,200"
        r"|audiences?(?= of)"
        r"|in front of(?= (?:a crowd of |an audience of )?"  # "in front of some 8,000 people"
        r"(?:about |some |more than |nearly )?\d))\b",
    ),
    ("power restored", r"\brestor\w*(?: (?:power|electricity))?|\bpower (?:\w+ ){0,2}restored"),
    # homes a plant can supply ("enough electricity for 1.6 million homes") are no outage
    (
        "homes supplied",
        r"\benough (?:(?:\w+ )?(?:power|electricity|energy) (?:for|to (?:power|supply))"
        r"|to (?:power|supply))",  # "enough to power roughly 900,000 homes"
    ),
    # those a repair has yet to reach, apart from the outage at its height: "About 95,000
    # customers remained without power on Wednesday morning"
    ("still without power", rf"\b{STILL}(?:without|cut off from)\s+(?:power|electricity)\b"),
    ("power cuts", r"\b(?:power|electricity|blackouts?|outages?)\b"),
    # those a rescue has yet to reach, apart from all who were trapped: "freed seven coal
    # miners overnight but five others remained trapped", "the five miners still trapped"
    ("still trapped", rf"\b{STILL}(?:trapped|stranded|entombed|underground|cut off)\b"),
    (
        "trapped",
        # "an avalanche buried five members", not "the buried skiers" (an adjective), nor
        # "buried in about 540" or "buried at sea" (a burial)
        r"\b(?:trapped|stranded|entombed|(?<!the )(?<!other )buried(?!\s+(?:in|at|on|with)\b)"
        r"|cut off from"
        r"|(?:were|was|been|are|is|remain(?:ed|s)?) cut off(?! the))\b",  # "miners were cut off"
    ),
    # patients taken elsewhere for care: "were moved by ambulance to other hospitals",
    # "had to be transferred to other facilities"
    (
        "transferred",
        r"\b(?:transferr\w*|moved|taken)\b(?: \w+){0,3} to (?:an? |the |other |nearby )?"
        r"(?:\w+ )?(?:hospitals?|clinics?|facilities|facility)\b",
    ),
    # who works there: "the warehouse employed about 140 people"
    (
        "workforce",
        r"\b(?:employ(?:s|ed|ing)?|workforce|on (?:the|its) payroll"
        r"|work(?:s|ed)? (?:at|for) (?:the|its|their) (?:\w+ )?(?:plant|factory|site|company|firm"
        r"|mine|yard|works|mill|depot|warehouse))\b"
        # "Savakem, which has 1,200 workers": a company's staff, however many it has
        r"|\b(?:has|have|had)(?= (?:about |around |some |roughly |nearly |more than )?\d[\d,.]*"
        r"(?: million)? (?:workers|employees|staff)\b)",
    ),
    # what a maker calls back, under whatever noun: "62,000 battery packs", "80,000 units"
    (
        "recalled",
        # not a recall vote: "Recall organizers gathered about 9,000 signatures"
        r"\brecall(?:s|ed|ing)?\b(?! (?:election|vote|campaign|petition|organi[sz]ers))"
        r"|\b(?:pulled|pulling|withdr[ae]wn?|withdrawing)\b"
        r"(?=(?: \S+){1,8} (?:off|from) (?:the )?(?:shelves|market|sale|stores))",
    ),
    # people a fraud took money from, whatever the noun: "cheated some 4,000 people", "had
    # defrauded 1,200 pensioners" (the same slot as a count of "victims")
    ("victim", r"\b(?:defraud\w*|cheat(?:ed|ing|s)?|swindl\w*|scamm(?:ed|ing)|duped|conned)\b"),
    # what got away, animals or the held: "About 48,000 farmed salmon escaped", "48,500 fish
    # got out", "three inmates broke out" (not "escaped with nine pieces", "on two scooters",
    # nor what "broke out" of a fire or a fight: "a fire broke out ... and 15 fire engines")
    (
        "escaped",
        r"\b(?:escap(?:ed|ing|es)\b(?! (?:with|on|in|by)\b)|got out|(?<!\bfire )(?<!\bblaze )"
        r"(?<!\bflames )(?<!\bfighting )(?<!\bclashes )(?<!\bviolence )(?<!\briots )broke out"
        r"|on the (?:loose|run))\b",
    ),
    # what did not run, under whatever noun: "312 services cancelled", "scrapped at least 240
    # flights", "about 400 operations had been postponed" / "Nearly 420 ... called off"
    (
        "cancelled",
        r"\b(?:cancel(?:l?ed|l?ing|s)?|cancellations?|axed|scrap(?:s|ped|ping)?|called off"
        r"|postpon(?:e|ed|es|ing)|grounded)\b",  # "a strike that has grounded 400 flights"
    ),
    # what fell down, of things built: "23 sculptures collapsed", "Eleven ... have collapsed"
    ("collapsed", r"\bcollaps(?:ed|ing|es)\b"),
)

THING_TOPICS = {"recalled", "cancelled", "collapsed"}  # cues that count things, not people
# Topics whose cue counts animals, things or people held, not people who fled a danger ("Its
# crew of four escaped from the aircraft" counts the crew).
ESCAPE_TOPICS = {"escaped"}
# those held, and the men a breakout is told of ("Four men escaped from HMP Ashmoor")
HELD_NOUNS = {"prisoner", "inmate", "detainee", "convict", "man"}
# Where things went, not what they are: "recalling 14 cheeses sold in 11 states" counts
# cheeses and states apart.
AREA_NOUNS = {
    "state", "country", "province", "region", "county", "city", "town", "market", "hospital",
    "airport",
}  # fmt: skip
# Cue words the parser may take for a counted noun: "nearly 30 hurt".
CUE_PARTICIPLES = {"hurt", "injured", "wounded", "dead", "killed", "missing", "trapped"}

# Which counted nouns each cue may count: "killing two people and leaving 120,000 homes
# without power" counts people killed and homes cut off, not 120,000 dead. A bare number
# ("the toll rose to 14") takes the cue.
PERSON_NOUNS = {
    "people", "person", "other", "civilian", "child", "adult", "man", "woman", "resident",
    "villager", "soldier", "officer", "policeman", "protester", "demonstrator", "worker",
    "student", "passenger", "migrant", "victim", "member", "citizen", "journalist",
    "refugee", "patient", "tourist", "prisoner", "detainee", "suspect", "employee", "miner",
    "firefighter", "rescuer", "fisherman", "pilgrim", "fan", "spectator", "individual",
    "picket", "driver", "crew", "nurse", "doctor", "teacher", "farmer", "voter", "juror",
    "customer", "user", "owner", "visitor", "guest", "shopper", "player", "pupil", "staff",
    "colleague", "comrade", "crewman", "defendant", "co-defendant", "businessman", "striker",
    "businesswoman", "official", "baby", "infant", "newborn", "inmate", "hostage", "skier",
    "snowboarder", "climber", "mountaineer", "hiker", "swimmer", "diver", "survivor",
    "runner", "athlete", "competitor", "entrant", "racer", "participant", "cyclist", "rider",
    "administrator", "manager", "executive", "director", "lecturer", "academic", "professor",
    "contestant", "pilot", "attendant", "astronaut", "pensioner", "retiree", "festivalgoer",
    "concertgoer", "partygoer", "reveller", "tourer", "walker", "trekker", "toddler",
    "teenager",
    # who is with someone: "three of their crewmates were still missing"
    "crewmate", "shipmate", "deckhand",
    # workers by their trade: "a scaffolder was killed" is the site's one worker killed
    "scaffolder", "builder", "labourer", "laborer", "electrician", "mechanic", "contractor",
}  # fmt: skip
# Not here: nouns that name one victim among a toll ("a motorist was killed when a tree fell
# on his car", beside "three people were killed"), compared under their own noun.
# Nouns outlets use for one group, so "a crew of 12 rescuers" and "a dozen firefighters", or
# "200 homes" and "250 houses", are one count when no cue word names the topic.
NOUN_CLASSES = {
    "rescue": "rescued",  # "carried out more than 50 rescues" counts the people rescued
    "house": "home", "dwelling": "home", "firefighter": "rescuer", "fireman": "rescuer",
    "lifeguard": "rescuer", "paramedic": "rescuer", "client": "customer", "holder": "customer",
    "subscriber": "customer", "policyholder": "customer", "vessel": "ship",
    "accord": "agreement", "pact": "agreement", "deal": "agreement", "treaty": "agreement",
    "backbencher": "mp", "lawmaker": "mp", "legislator": "mp", "parliamentarian": "mp",
    # a post a firm cuts is a job: "cut 640 roles" meets "up to 750 jobs affected"
    "role": "job", "position": "job",
    "procedure": "operation", "surgery": "operation", "lorry": "truck", "cubesat": "satellite",
    "employee": "staff",
    # a crew is on board by what it is: "seven crew members" meets "six crew on board"
    "crew": "on board", "crewman": "on board", "seafarer": "on board",
    # a road closed by protesters under either noun: "some 60 blockades" / "about 60 roadblocks"
    "roadblock": "blockade",
    # a beekeeper's colony is a hive: "2,800 colonies have collapsed" / "about 3,000 hives"
    "colony": "hive",
    # who entered a race or contest: "30,000 runners" meets "31,000 athletes" and
    # "35,000 participants"; "pacers" are "pacemakers"
    "runner": "participant", "athlete": "participant", "competitor": "participant",
    "entrant": "participant", "racer": "participant", "starter": "participant",
    "pacer": "pacemaker",
    # an airport's flights are its arrivals and departures: "142 arrivals and departures
    # cancelled" meets "about 120 flights were cancelled"
    "arrival": "flight", "departure": "flight",
    # "three parked cars" and "four vehicles" swallowed; "blocks" of flats are buildings
    "vehicle": "car", "automobile": "car", "block": "building",
    # "chartered 60 aircraft" meets "a fleet of 60 chartered planes"
    "aircraft": "plane", "airliner": "plane", "jet": "plane",
    # one jail's population under either noun: "about 80 inmates" / "About 80 prisoners"
    "inmate": "prisoner",
    # who was booked to fly: "About 60,000 passengers" / "some 60,000 travellers"
    "traveller": "passenger", "traveler": "passenger",
    # a trade under its longer name, and scientists by their work: "a team of 14 stonemasons"
    # meets "16 masons", "38 researchers" meets "more than 40 scientists"
    "stonemason": "mason", "researcher": "scientist",
    # a bike or taxi ride under either noun: "about 9,400 journeys" meets "9,000 trips"
    "journey": "trip",
    # farm animals by sex or age: "Two ewes were killed" meets "killing two sheep"
    "ewe": "sheep", "ram": "sheep", "lamb": "sheep", "cow": "cattle", "bull": "cattle",
    "calf": "cattle", "heifer": "cattle", "sow": "pig", "piglet": "pig",
    # a flock culled under its kind or as birds: "212,000 hens" / "about 210,000 birds"
    "hen": "bird", "chicken": "bird", "broiler": "bird", "turkey": "bird", "duck": "bird",
    # the people a fraud or a failed firm took money from: "1,150 investors" / "2,000 savers"
    "saver": "investor", "depositor": "investor",
    # a medicine's doses under either noun: "2.3 million counterfeit pills" / "2.5 million tablets"
    "tablet": "pill",
    # attackers under either noun: "about 15 gunmen" / "around 15 armed men"
    "gunman": "man",
    # soldiers under either noun: "60 soldiers had been deployed" / "about 60 troops"
    "troop": "soldier",
    # the places a flood or an order reaches, however small: "three towns" / "four villages"
    "village": "town", "hamlet": "town", "community": "town",
    # smuggled or rescued animals by kind or as reptiles: "26 lizards" / "more than 20 reptiles"
    "lizard": "reptile", "gecko": "reptile", "skink": "reptile", "snake": "reptile",
    "python": "reptile", "turtle": "reptile", "tortoise": "reptile",
    # farmed or caught fish by kind: "About 180,000 salmon have died" meets "200,000 fish"
    "salmon": "fish", "trout": "fish", "cod": "fish", "herring": "fish", "mackerel": "fish",
    "halibut": "fish", "carp": "fish", "tuna": "fish", "sardine": "fish", "smolt": "fish",
    # a power line's steel towers: "eight steel pylons" meets "eight transmission towers"
    "pylon": "tower",
}  # fmt: skip
# Two-word nouns whose first word says who they are: "110 rescue workers" are rescuers.
COMPOUND_CLASSES = {
    "rescue worker": "rescuer", "rescue team": "rescuer", "crew member": "on board",
    # an embassy's staff sent home are its diplomats: "12 Marovian embassy staff"
    "embassy staff": "diplomat", "embassy official": "diplomat",
    # a post filled by a teacher is a teacher hired: "300 new teaching posts" / "250 teachers"
    "teaching post": "teacher", "teaching position": "teacher", "teaching job": "teacher",
    # jobs cut are counted as jobs: "1,100 job cuts" / "would have eliminated about 600 jobs"
    "job cut": "job", "job loss": "job",
    "road blockade": "blockade",
}  # fmt: skip

# Participants of a meeting or a march, so "40 ministers" and "35 nations" quantify the
# same thing when the sentence is about taking part.
PARTICIPANT_NOUNS = {
    "minister", "nation", "country", "leader", "delegation", "delegate", "state",
    "government", "official", "representative", "member", "head", "envoy", "people",
    "negotiator",
    "protester", "demonstrator", "marcher", "activist",
    # who strikes, under several nouns: "6,000 dockworkers stopped work", "some 6,200 port
    # workers joined" (one trade's own noun, "teachers", compares by itself)
    "worker", "docker", "dockworker", "lasher", "employee", "staff", "striker", "stevedore",
    "wharfie", "longshoreman",
    # who came to an occasion: "More than 60 guests attended" meets "About 40 people attended"
    "guest", "attendee",
    # who rode in a mass ride: "About 2,000 cyclists rode through the city centre"
    "cyclist", "rider",
}  # fmt: skip
# Nouns that name the marchers (or a match's crowd) themselves: their count is the turnout,
# cue or not ("more than 50,000 supporters filled the stadium" / "a crowd of 47,212").
PROTEST_NOUNS = {"protester", "demonstrator", "marcher", "spectator", "supporter"}
# Those who police a protest: "four officers were hurt" counts no protester, however many
# protesters another outlet says were hurt.
FORCE_NOUNS = {"officer", "policeman", "policewoman", "constable", "soldier", "trooper", "guard"}
POWER_NOUNS = {"home", "household", "customer", "property", "premise", "house", "business"}
# What a cancellation counts: services, events and bookings, under their many nouns.
CANCELLED_NOUNS = {
    "flight", "train", "service", "sailing", "ferry", "crossing", "departure", "arrival",
    "route", "bus", "operation", "appointment", "surgery", "procedure", "event", "show",
    "concert", "performance", "match", "game", "fixture", "class", "lesson", "trip",
    "journey", "booking", "order", "shift", "exam", "screening", "race", "tour",
}  # fmt: skip
# What falls down when it collapses: things built ("23 sculptures collapsed"), never the
# yards a basket was dragged before its envelope collapsed.
BUILT_NOUNS = {
    "building", "house", "home", "sculpture", "bridge", "roof", "wall", "tower", "tent",
    "stand", "structure", "tunnel", "shaft", "block", "crane", "scaffold", "stage", "shed",
    "barn", "church", "school", "shop", "span", "dam", "mine",
}  # fmt: skip
TOPIC_NOUNS = {
    "collapsed": BUILT_NOUNS,
    "votes": PERSON_NOUNS | {"vote", "ballot"},
    # the sick are counted as people or as cases: "1,900 fell ill", "1,200 suspected cases"
    "cases": PERSON_NOUNS | {"case", "infection", "illness"},
    # "37 deaths", "three fatalities", "40 lives" count the dead as well as "37 people" do
    "casualties": PERSON_NOUNS | {"death", "fatality", "life", "body"},
    # "nine hospital admissions" count the hospitalised, as "nine were admitted to hospital"
    "injured": PERSON_NOUNS | {"injury", "admission"},
    "arrests": PERSON_NOUNS | {"arrest"},
    "cancelled": CANCELLED_NOUNS,  # "police made 14 arrests" / "arrested 11 people"
    "participants": PARTICIPANT_NOUNS,
    "signatories": {"country", "nation", "government", "state", "party", "member", "leader"},
    "power cuts": POWER_NOUNS,
    "still without power": POWER_NOUNS,
    "homes supplied": POWER_NOUNS,
    "power restored": POWER_NOUNS,
}
# Topics whose cue names what a bare figure counts (votes and power cuts need the noun).
BARE_TOPICS = {
    "participants", "cases", "casualties", "injured", "trapped", "still trapped",
    "still without power",
}  # fmt: skip
# Staff who lose their jobs count the jobs cut: "Nearly 2,000 workers at the plant will lose
# their jobs" meets "the closure will cost 2,400 jobs".
JOBS_LOST = re.compile(
    r"[^.;:]{0,60}?\b(?:los(?:e|es|ing|t) (?:their|his|her) jobs?|(?:be|been|being|were|are)"
    r" (?:made redundant|laid off))\b"
)
STAFF_CLASSES = {"staff", "worker"}
# Who is moved between hospitals as a patient already: "About 40 patients ... were moved to
# other hospitals" are the transferred, where strikers "moved to a hospital" are the hurt.
CARED_FOR = {"patient", "baby", "newborn", "infant", "mother", "resident", None}
