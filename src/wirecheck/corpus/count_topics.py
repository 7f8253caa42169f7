"""What a figure counts: the topic of a count from the cue words of its sentence, else from
its counted noun, and the slot of a sum of money or a percentage.

Two outlets' figures are compared only when they count the same thing, so this vocabulary
decides which figures can agree or conflict ("killed 12" and "12 deaths" are one toll; "41
were injured" beside "two died" is not).
"""

from __future__ import annotations

import re

from wirecheck.corpus.measure_slots import measure_slot
from wirecheck.corpus.not_counts import no_count
from wirecheck.corpus.percent_topics import PERCENT_TOPICS
from wirecheck.corpus.sources import Cues, cues
from wirecheck.model import Quantity

# Cue words in a count's sentence that say what is being counted, whatever the counted noun is.
# Order matters: the nearest cue wins, ties go to the earlier entry.
COUNT_TOPICS = cues(
    (
        "casualties",
        r"\b(?:kill\w*|dead|deaths?|died|dying|fatalit\w*|death toll|lives"
        r"|lost (?:his|her|their) li(?:fe|ves))\b",
    ),
    (
        "injured",
        r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed|treated for|needed treatment"
        r"|(?:taken|admitted) to (?:\w+ ){0,3}(?:hospitals?|clinics?))\b",
    ),
    (
        "cases",
        r"\b(?:f[ae]llen ill|fell ill|falling ill|sickened|infected|infections?|cases?"
        r"|illness(?:es)?|(?:tested|testing) positive|reported symptoms"
        # "have reported rashes, nausea or vomiting": what the sick report is how they fell ill
        r"|(?:reported|suffered|developed) (?:rash(?:es)?|nausea|vomiting|diarrho?ea|stomach"
        r" cramps|fevers?))\b",
    ),
    ("arrests", r"\b(?:arrest\w*|detain\w*|detention)\b"),
    ("convicted", r"\b(?:convicted|found guilty|sentenced|received (?:\w+ )?sentences)\b"),
    ("missing", r"\bmissing\b"),
    # staff sent home while an inquiry runs: "Three senior administrators were suspended"
    ("suspended", r"\b(?:suspended|dismissed|sacked|placed on (?:\w+ )?leave)\b"),
    (
        "evacuated",
        r"\b(?:evacuat\w*|displaced|homeless|fled|flee\w*|to leave|moved out|ordered out"
        r"|left (?:their|his|her) homes"
        r"|forc(?:ed|ing|es) (?:\S+ ){0,3}(?:from|out)"
        r"|spent the night (?:in|at|with|outside|outdoors)"
        r"|spent \w+ night away from"
        r"|slept (?:in|at|on) (?:camp beds|cots|mattresses|the floor)"
        r"|in (?:emergency |temporary )?shelters|(?:were|was|been) moved (?:from|out|to safety"
        r"|to (?:an? |the )?(?:\w+ )?(?:shelters?|gymnasium|gym|sports hall|school|hotel)))\b",
    ),
    (
        "rescued",
        r"\b(?:rescued|freed|pulled (?:\w+ ){0,3}from|brought out alive"
        r"|brought (?:\w+ ){0,2}to (?:safety|the surface))\b",
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
        r"|demonstrat(?:ed|ing))\b",
    ),
    ("power restored", r"\brestor\w*(?: (?:power|electricity))?|\bpower (?:\w+ ){0,2}restored"),
    # homes a plant can supply ("enough electricity for 1.6 million homes") are no outage
    (
        "homes supplied",
        r"\benough (?:\w+ )?(?:power|electricity|energy) (?:for|to (?:power|supply))",
    ),
    ("power cuts", r"\b(?:power|electricity|blackouts?|outages?)\b"),
    ("trapped", r"\b(?:trapped|stranded|entombed|cut off from)\b"),
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
        r"\brecall(?:s|ed|ing)?\b|\b(?:pulled|pulling|withdr[ae]wn?|withdrawing)\b"
        r"(?=(?: \S+){1,8} (?:off|from) (?:the )?(?:shelves|market|sale|stores))",
    ),
)
# The whole of a group whose part a cue counts: "none of the 24 crew", "all of its 300 staff".
WHOLE_GROUP = re.compile(r"\b(?:none|neither|all|each|both|any) of (?:the|its|their) $", re.I)
NONE_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
THING_TOPICS = {"recalled"}  # topics whose cue counts things, not people
# Where things went, not what they are: "recalling 14 cheeses sold in 11 states" counts
# cheeses and states apart.
AREA_NOUNS = {"state", "country", "province", "region", "county", "city", "town", "market"}
# Cue words the parser may take for a counted noun: "nearly 30 hurt".
CUE_PARTICIPLES = {"hurt", "injured", "wounded", "dead", "killed", "missing", "trapped"}
RESCUED = dict(COUNT_TOPICS)["rescued"]
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
    "colleague", "comrade", "crewman", "defendant", "co-defendant", "businessman",
    "businesswoman", "official", "baby", "infant", "newborn", "inmate", "hostage", "skier",
    "snowboarder", "climber", "mountaineer", "hiker", "swimmer", "diver", "survivor",
    "runner", "athlete", "competitor", "entrant", "racer", "participant", "cyclist", "rider",
    "administrator", "manager", "executive", "director", "lecturer", "academic", "professor",
    "contestant",
}  # fmt: skip
# Not here: nouns that name one victim among a toll ("a motorist was killed when a tree fell
# on his car", beside "three people were killed"), compared under their own noun.
# Nouns outlets use for one group, so "a crew of 12 rescuers" and "a dozen firefighters", or
# "200 homes" and "250 houses", are one count when no cue word names the topic.
NOUN_CLASSES = {
    "house": "home", "dwelling": "home", "firefighter": "rescuer", "fireman": "rescuer",
    "lifeguard": "rescuer", "paramedic": "rescuer", "client": "customer", "holder": "customer",
    "subscriber": "customer", "policyholder": "customer", "vessel": "ship",
    "accord": "agreement", "pact": "agreement", "deal": "agreement", "treaty": "agreement",
    "backbencher": "mp", "lawmaker": "mp", "legislator": "mp", "parliamentarian": "mp",
    "procedure": "operation", "surgery": "operation", "lorry": "truck", "cubesat": "satellite",
    "employee": "staff",
    # a crew is on board by what it is: "seven crew members" meets "six crew on board"
    "crew": "on board", "crewman": "on board",
    # who entered a race or contest: "30,000 runners" meets "31,000 athletes" and
    # "35,000 participants"; "pacers" are "pacemakers"
    "runner": "participant", "athlete": "participant", "competitor": "participant",
    "entrant": "participant", "racer": "participant", "pacer": "pacemaker",
    # an airport's flights are its arrivals and departures: "142 arrivals and departures
    # cancelled" meets "about 120 flights were cancelled"
    "arrival": "flight", "departure": "flight",
    # "three parked cars" and "four vehicles" swallowed; "blocks" of flats are buildings
    "vehicle": "car", "automobile": "car", "block": "building",
    # a trade under its longer name, and scientists by their work: "a team of 14 stonemasons"
    # meets "16 masons", "38 researchers" meets "more than 40 scientists"
    "stonemason": "mason", "researcher": "scientist",
}  # fmt: skip
# Two-word nouns whose first word says who they are: "110 rescue workers" are rescuers.
COMPOUND_CLASSES = {
    "rescue worker": "rescuer", "rescue team": "rescuer", "crew member": "on board",
}  # fmt: skip

# A cue before a figure, with "and" or a comma between, belongs to an earlier clause: a cue
# after the figure in its own clause is nearer in the sense that counts.
CLAUSE_BREAK = re.compile(r"\band\b|[,;]")
CLAUSE_PENALTY = 40
ANOTHER_FIGURE = re.compile(  # not an age between commas: "a firefighter, 61, died"
    r"(?<!, )\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|dozens?|hundreds|thousands)\b(?![-:])",  # not "a 24-hour strike", not "6:40"
    re.IGNORECASE,
)
# A clause about other people between a figure and a cue after it: the cue tells what they did.
OTHERS_CLAUSE = re.compile(r"\b[a-z]+ (?:who|whose)\b")
# Every job a company has, counted under its owner's name: "all of Almenara's 2,700 jobs", "the
# plant's 400 jobs" are its workforce ("cut 900 jobs" counts no owner: a part of it).
OWNED_JOBS = re.compile(r"(?:['’]s|\b(?:its|their))\s+$", re.IGNORECASE)
ASIDE = re.compile(
    r"\s*(?:including|among them|of whom|most of them|all of them|(?:both |all )?aged)\b", re.I
)  # "Two men, aged 34 and 41, were arrested": their ages are no count
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
}  # fmt: skip
# Nouns that name the marchers (or a match's crowd) themselves: their count is the turnout,
# cue or not ("more than 50,000 supporters filled the stadium" / "a crowd of 47,212").
PROTEST_NOUNS = {"protester", "demonstrator", "marcher", "spectator", "supporter"}
POWER_NOUNS = {"home", "household", "customer", "property", "premise", "house", "business"}
TOPIC_NOUNS = {
    "votes": PERSON_NOUNS | {"vote", "ballot"},
    # the sick are counted as people or as cases: "1,900 fell ill", "1,200 suspected cases"
    "cases": PERSON_NOUNS | {"case", "infection", "illness"},
    # "37 deaths", "three fatalities", "40 lives" count the dead as well as "37 people" do
    "casualties": PERSON_NOUNS | {"death", "fatality", "life", "body"},
    "injured": PERSON_NOUNS | {"injury"},
    "participants": PARTICIPANT_NOUNS,
    "signatories": {"country", "nation", "government", "state", "party", "member", "leader"},
    "power cuts": POWER_NOUNS,
    "homes supplied": POWER_NOUNS,
    "power restored": POWER_NOUNS,
}
# Topics whose cue names what a bare figure counts (votes and power cuts need the noun).
BARE_TOPICS = {"participants", "cases", "casualties", "injured", "trapped"}
# A measure of a lesser event inside the story ("a magnitude 4.6 aftershock") is not the
# measure of the story's event ("a magnitude 5.9 earthquake").
SUB_EVENTS = {"aftershock", "aftershocks", "foreshock", "tremor", "tremors"}
# A measure as a departure from the usual, not a level: "2.5 degrees above the average for
# the time of year" is not "31.9 degrees at the height of the heatwave".
ABOVE_NORMAL = re.compile(
    r"\s*(?:above|below|over|under|higher than|lower than|warmer than|colder than)\s+"
    r"(?:the\s+)?(?:long-term\s+|seasonal\s+)?(?:average|normal|usual|mean)\b",
    re.IGNORECASE,
)
CONTEXT_CHARS = 50
CURRENCIES = {"USD", "EUR", "GBP", "KES", "JPY", "CNY", "INR", "CHF", "AUD", "CAD"}
CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # ISO 4217: any three capitals a unit carries is money
# "$5 million in aid", "CHF 1.3 million in compensation": the noun after "in" names the sum's
# purpose, however near a verb such as "paid" stands before it.
IN_PURPOSE = re.compile(r"\s+in\s+(?P<noun>[a-z]+)\b")
ARRESTED = re.compile(r"\b(?:arrest\w*|detain\w*)\b", re.IGNORECASE)
CAPTIVE = re.compile(r"\b(?:in captivity|captive|in zoos)\b", re.IGNORECASE)
# "two of its crew", "three of the passengers": a part of a group named by its whole.
PARTITIVE = re.compile(r"^\S+\s+of\s+(?:its|the|their|his|her|our)\s", re.IGNORECASE)
# After a sum, "for" and a verb in -ing give the reason for it, not what the sum is.
FOR_DOING = re.compile(r"\s+for\s+\w+ing\b")
# One party's part of a sum: "Corvane's share of the penalty, 34.5 million euros".
SHARE_OF = re.compile(r"\b(?:share|portion|part)\s+of\s+the\b")
SHARE_REACH = 40
MONEY_CUES = cues(
    # "a deal valuing it at 2.4 billion including debt" is a price, not a debt
    ("lost", r"\b(?:lost|loss(?:es)?|owe[sd]|owing|(?<!including )(?<!plus )debts?)\b"),
    # a penalty is what the fined must pay ("fined the bank EUR 48 million", "must pay EUR 48
    # million", "a EUR 45 million penalty"), not a price (before "price": a tie goes to it)
    ("fine", r"\b(?:fined|fines?|penalt(?:y|ies)|must pay|ordered to pay)\b"),
    ("recovered", r"\b(?:recover\w*|repaid|refund\w*|returned)\b"),
    # what changed hands in a sale: "for 48 million euros" and "a fee of about 50 million"
    (
        "price",
        r"\b(?:fees?|prices?|paid|pay(?:s|ing)?|sold for|bought for|valu(?:ing|ed|es)"
        r"|charg(?:e|es|ed|ing)|fares?|tolls?"
        r"|(?:a|per) (?:share|patient|dose|person|head|ticket|night|unit))\b"
        # what a deal is worth is its price ("the takeover, worth EUR 2.6 billion"); "worth"
        # alone is not ("damage worth millions", "shares worth NZ$250,000")
        r"|\b(?:deal|takeover|acquisition|merger|transaction|purchase|buyout)s?,?"
        r"(?:\s+(?:is|was|were|are))?\s+worth\b"
        r"|\bfor(?= (?:about |around |some |nearly |almost |a reported )?(?:[$€£]|\d))",
    ),
    (
        "pledged",
        r"\b(?:pledg\w*|promis\w*|donat\w*|contribut\w*|offer\w*|aid|assistance|funds?|grants?"
        r"|compensation|set aside)\b",
    ),
    ("damage", r"\b(?:damage\w*|cost of repairs)\b"),
    ("demanded", r"\b(?:ransom|demand\w*)\b"),
)
# "by 19 votes to eight": the smaller side may be spelled out.
_SMALL_NUMBER = (
    "none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
# A vote tally, for and against: "by 318 votes to 236", "voting 318 to 236", "a 6-3 vote",
# "the motion passed 4-1".
TALLY = re.compile(
    r"\b(?:by|voting|voted|vote of)\s+(?P<ayes>\d[\d,]*)\s+(?:votes\s+)?(?:to|against)\s+"
    r"(?P<noes>\d[\d,]*|" + _SMALL_NUMBER + r")\b"
    r"|\b(?P<ayes2>\d{1,3})[-–](?P<noes2>\d{1,3})\s+(?:vote|ruling)\b"
    r"|\b(?:voted|voting|vote of|passed|carried|approved|adopted)\s+"
    r"(?P<ayes3>\d{1,3})[-–](?P<noes3>\d{1,3})\b",
    re.IGNORECASE,
)


def count_topic(sentence: str, quantity: Quantity, here: int) -> str | None:
    """What a count is about: its unit, a cue in its sentence (killed, took part), else its noun."""
    if quantity.unit:
        follower = re.match(r"\s*(\w+)", sentence[here + len(quantity.text) :])
        if follower and follower.group(1).lower() in SUB_EVENTS:
            return f"{quantity.unit} ({follower.group(1).lower()})"
        if ABOVE_NORMAL.match(sentence, here + len(quantity.text)):
            return f"{quantity.unit} (from normal)"  # "2.5 degrees above the average"
        if quantity.unit == "%":
            return _nearest_cue(sentence, quantity, here, PERCENT_TOPICS, "%")
        if is_money(quantity.unit):
            return _money_slot(sentence, quantity, here)
        return measure_slot(sentence, quantity, here)
    if no_count(sentence, quantity, here):
        return None  # a town's size, a clock time, a road's or a channel's number
    if quantity.counted in PROTEST_NOUNS and not ARRESTED.search(sentence):
        return "participants"  # but "police arrested 31 protesters": the arrests
    if quantity.counted == "job" and OWNED_JOBS.search(sentence, 0, here):
        return "workforce"
    if WHOLE_GROUP.search(sentence, 0, here):
        return _noun_class(quantity)  # "None of the 24 crew was injured": 24 is the crew
    best: tuple[int, str] | None = None
    for topic, pattern in COUNT_TOPICS:
        if not _counts(topic, _noun(quantity)):
            continue
        for match in pattern.finditer(sentence):
            if NONE_BEFORE.search(sentence, 0, match.start()):
                continue  # "six were treated, and there were no deaths": no cue for the six
            distance = min(abs(match.start() - here), abs(match.end() - here))
            if match.end() <= here and CLAUSE_BREAK.search(sentence, match.end(), here):
                distance += CLAUSE_PENALTY  # "Two died and 41 were injured": 41 is the hurt
            if _past_another_figure(sentence, here + len(quantity.text), match.start()):
                continue  # "110 rescuers reached 20 men ... that killed six": six are the dead
            if OTHERS_CLAUSE.search(sentence, here + len(quantity.text), max(here, match.start())):
                continue  # "1,000 rescuers, with tents for families who fled": families fled
            if best is None or distance < best[0]:
                best = (distance, topic)
    if best:
        return _outcome(best[1], sentence, quantity.counted)
    if PARTITIVE.search(quantity.text):
        return None  # "sending two of its crew to hospital": some of a group, not its size
    kind = _noun_class(quantity)
    # "nine rhinos live in captivity" / "fewer than 50 survive in the wild": two populations
    return f"{kind} (in captivity)" if kind and CAPTIVE.search(sentence) else kind


def _noun(quantity: Quantity) -> str | None:
    """The counted noun, unless the parser took the cue itself for one ("nearly 30 hurt")."""
    return None if quantity.counted in CUE_PARTICIPLES else quantity.counted


def _past_another_figure(sentence: str, after: int, cue: int) -> bool:
    """Whether another figure stands between a figure and a cue after it, other than the whole
    of a part or where the counted come from ("seven of the nine members voted": nine is the
    committee, seven voted; "60 negotiators from the three delegations took part")."""
    for other in ANOTHER_FIGURE.finditer(sentence, after, max(after, cue)):
        between = sentence[after : other.start()]
        if re.match(r"\s+(?:of|from)\b", between) or _aside(sentence, other.start(), cue):
            continue
        return True
    return False


def _aside(sentence: str, at: int, cue: int) -> bool:
    """Whether a figure stands in an aside that closes before the cue: "12 people, including
    three children, were killed" (the dead are 12)."""
    opened = sentence.rfind(",", 0, at)
    closed = sentence.find(",", at, cue)
    return opened >= 0 and closed >= 0 and bool(ASIDE.match(sentence, opened + 1))


def _outcome(topic: str, sentence: str, counted: str | None) -> str:
    """The trapped whose sentence says they got out are counted as rescued: "all 12 miners
    trapped by a roof fall were rescued" is the rescue's count."""
    if topic != "trapped":
        return topic
    return "rescued" if RESCUED.search(sentence) and _counts("rescued", counted) else topic


def _noun_class(quantity: Quantity) -> str | None:
    """The counted noun's class: "rescue workers" and "firefighters" are rescuers."""
    words = re.findall(r"[a-z]+", quantity.text.lower())
    if quantity.counted and len(words) >= 2:
        pair = f"{words[-2]} {quantity.counted}"
        if pair in COMPOUND_CLASSES:
            return COMPOUND_CLASSES[pair]
    return NOUN_CLASSES.get(quantity.counted or "", quantity.counted)


def is_money(unit: str | None) -> bool:
    return bool(unit and (unit in CURRENCIES or CURRENCY_CODE.fullmatch(unit)))


def _money_slot(sentence: str, quantity: Quantity, here: int) -> str:
    """Money lost and money recovered (or pledged, or damage done) are different sums."""
    unit = str(quantity.unit)
    end = here + len(quantity.text)
    after = sentence[end:]
    named = IN_PURPOSE.match(after)
    if named:  # "paid CHF 1.3 million in compensation": the sum's own noun says what it is
        purpose = next((n for n, cue in MONEY_CUES if cue.fullmatch(named["noun"])), None)
        if purpose:
            return f"{unit} {purpose}"
    reason = FOR_DOING.match(after)  # "fined them EUR 68 million for fixing the price of ..."
    told = sentence[: end + reason.start()] if reason else sentence
    slot = _nearest_cue(told, quantity, here, MONEY_CUES, unit, prefix=f"{unit} ")
    # "Corvane's share of the penalty, EUR 34.5 million": a part, not the whole sum
    part = SHARE_OF.search(sentence, max(0, here - SHARE_REACH), here)
    return f"{slot} (share)" if part else slot


def _nearest_cue(
    sentence: str,
    quantity: Quantity,
    here: int,
    cues: Cues,
    default: str,
    prefix: str = "",
) -> str:
    """The cue nearest the figure, within the clause around it, names its slot."""
    best: tuple[int, str] | None = None
    for name, pattern in cues:
        for match in pattern.finditer(sentence):
            distance = _gap(match.start(), match.end(), here, here + len(quantity.text))
            if distance <= CONTEXT_CHARS and (best is None or distance < best[0]):
                best = (distance, name)
    return prefix + best[1] if best else default


def _gap(start: int, end: int, figure_start: int, figure_end: int) -> int:
    """Characters between a cue and a figure (0 when they overlap)."""
    return max(0, figure_start - end, start - figure_end)


def _counts(topic: str, counted: str | None) -> bool:
    """Whether a cue's topic may count this noun."""
    if counted is None:
        # "put the crowd at 15,000", "the toll rose to 14": a bare figure takes the cue
        return topic not in TOPIC_NOUNS or topic in BARE_TOPICS
    if topic in THING_TOPICS:
        return counted not in PERSON_NOUNS and counted not in AREA_NOUNS
    return counted in TOPIC_NOUNS.get(topic, PERSON_NOUNS)


def describe_count(quantity: Quantity) -> str:
    exact = quantity.low == quantity.high
    if exact or quantity.value is None:
        return quantity.text
    low = _number(quantity.low) if quantity.low is not None else "…"
    high = _number(quantity.high) if quantity.high is not None else "…"
    return f"{quantity.text} ({low}–{high})"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
