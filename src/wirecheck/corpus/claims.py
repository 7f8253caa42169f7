"""Claims: the comparable statements an article makes, built from its extracted layers.

A claim names what it is about (`topic`, plus a `slot` that must match for two claims to be
compared), the value it gives (as text, and as an interval for counts), and the sentence that
states it (the evidence span). The comparison aligns claims across outlets inside a story.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from wirecheck.corpus.sources import Cues, cues, figure_source
from wirecheck.model import Article, Entity, Quantity, Time
from wirecheck.text_spans import sentence_around

# Cue words in a count's sentence that say what is being counted, whatever the counted noun is.
# Order matters: the nearest cue wins, ties go to the earlier entry.
COUNT_TOPICS = cues(
    ("casualties", r"\b(?:kill\w*|dead|deaths?|died|dying|fatalit\w*|death toll|lives)\b"),
    (
        "injured",
        r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]ed|treated for"
        r"|taken to (?:\w+ ){0,3}(?:hospital|clinic))\b",
    ),
    (
        "cases",
        r"\b(?:f[ae]llen ill|fell ill|falling ill|sickened|infected|infections?|cases?"
        r"|(?:tested|testing) positive)\b",
    ),
    ("arrests", r"\b(?:arrest\w*|detain\w*|detention)\b"),
    ("missing", r"\bmissing\b"),
    (
        "evacuated",
        r"\b(?:evacuat\w*|displaced|homeless|fled|flee\w*|to leave|moved out|ordered out"
        r"|forc(?:ed|ing|es) (?:\S+ ){0,3}(?:from|out))\b",
    ),
    (
        "rescued",
        r"\b(?:rescued|freed|pulled (?:\w+ ){0,3}from|brought out alive"
        r"|brought (?:\w+ ){0,2}to (?:safety|the surface))\b",
    ),
    ("on board", r"\b(?:on board|aboard|carrying)\b"),
    ("votes", r"\b(?:vot(?:e|es|ed)|backed by|in favou?r)\b"),
    (
        "participants",
        r"\b(?:took part|take part|taking part|join\w*|attend\w*|particip\w*|crowds?"
        r"|strik(?:e|es|ing)|walk(?:ed|s)? (?:off|out)|walkouts?|stoppages?|stopped work)\b",
    ),
    ("power restored", r"\brestor\w*(?: (?:power|electricity))?|\bpower (?:\w+ ){0,2}restored"),
    ("power cuts", r"\b(?:power|electricity|blackouts?|outages?)\b"),
    ("trapped", r"\b(?:trapped|stranded|entombed|cut off from)\b"),
)
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
    "colleague", "comrade", "crewman",
}  # fmt: skip
# Nouns outlets use for one group, so "a crew of 12 rescuers" and "a dozen firefighters", or
# "200 homes" and "250 houses", are one count when no cue word names the topic.
NOUN_CLASSES = {
    "house": "home", "dwelling": "home", "firefighter": "rescuer", "fireman": "rescuer",
    "lifeguard": "rescuer", "paramedic": "rescuer", "client": "customer", "holder": "customer",
    "subscriber": "customer", "policyholder": "customer", "vessel": "ship",
    "accord": "agreement", "pact": "agreement", "deal": "agreement", "treaty": "agreement",
}  # fmt: skip
# Two-word nouns whose first word says who they are: "110 rescue workers" are rescuers.
COMPOUND_CLASSES = {"rescue worker": "rescuer", "rescue team": "rescuer"}
VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions)\b", re.IGNORECASE)
VAGUE_RANK = 99  # a word for a magnitude is never an outlet's lead figure
# A cue before a figure, with "and" or a comma between, belongs to an earlier clause: a cue
# after the figure in its own clause is nearer in the sense that counts.
CLAUSE_BREAK = re.compile(r"\band\b|[,;]")
CLAUSE_PENALTY = 40
ANOTHER_FIGURE = re.compile(  # not an age between commas: "a firefighter, 61, died"
    r"(?<!, )\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|dozens?|hundreds|thousands)\b(?![-:])",  # not "a 24-hour strike", not "6:40"
    re.IGNORECASE,
)
# Participants of a meeting or a march, so "40 ministers" and "35 nations" quantify the
# same thing when the sentence is about taking part.
PARTICIPANT_NOUNS = {
    "minister", "nation", "country", "leader", "delegation", "delegate", "state",
    "government", "official", "representative", "member", "head", "envoy", "people",
    "protester", "demonstrator", "marcher", "activist",
    # who strikes, under several nouns: "6,000 dockworkers stopped work", "some 6,200 port
    # workers joined" (one trade's own noun, "teachers", compares by itself)
    "worker", "docker", "dockworker", "lasher", "employee", "staff", "striker",
}  # fmt: skip
# Nouns that name the marchers themselves: their count is the turnout, cue or not.
PROTEST_NOUNS = {"protester", "demonstrator", "marcher"}
POWER_NOUNS = {"home", "household", "customer", "property", "premise", "house", "business"}
TOPIC_NOUNS = {
    "votes": PERSON_NOUNS | {"vote", "ballot"},
    # the sick are counted as people or as cases: "1,900 fell ill", "1,200 suspected cases"
    "cases": PERSON_NOUNS | {"case", "infection"},
    # "37 deaths", "three fatalities", "40 lives" count the dead as well as "37 people" do
    "casualties": PERSON_NOUNS | {"death", "fatality", "life", "body"},
    "injured": PERSON_NOUNS | {"injury"},
    "participants": PARTICIPANT_NOUNS,
    "power cuts": POWER_NOUNS,
    "power restored": POWER_NOUNS,
}
# Topics whose cue names what a bare figure counts (votes and power cuts need the noun).
BARE_TOPICS = {"participants", "cases", "casualties", "injured", "trapped"}
# "23 of them seriously": a part of a count already made, not a figure of its own.
# A measure of a lesser event inside the story ("a magnitude 4.6 aftershock") is not the
# measure of the story's event ("a magnitude 5.9 earthquake").
SUB_EVENTS = {"aftershock", "aftershocks", "foreshock", "tremor", "tremors"}
CONTEXT_CHARS = 50
LEAD_IN_CHARS = 40
CURRENCIES = {"USD", "EUR", "GBP", "KES", "JPY", "CNY", "INR", "CHF", "AUD", "CAD"}
CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # ISO 4217: any three capitals a unit carries is money
MONEY_CUES = cues(
    ("lost", r"\b(?:lost|loss(?:es)?|owed|owing|debts?)\b"),
    ("recovered", r"\b(?:recover\w*|repaid|refund\w*|returned)\b"),
    (
        "pledged",
        r"\b(?:pledg\w*|donat\w*|contribut\w*|offer\w*|aid|assistance|funds?|grants?|pay|compensation)\b",
    ),
    ("damage", r"\b(?:damage\w*|cost of repairs)\b"),
    ("demanded", r"\b(?:ransom|demand\w*)\b"),
)
# What a percentage measures, when its sentence says so: a vote share is not a turnout.
PERCENT_TOPICS = cues(
    ("turnout", r"\b(?:turnout|took part|take part|went to the polls|cast (?:a|their) \w+)\b"),
    ("vote share", r"\bof (?:the |all )?(?:\w+ )?(?:votes?|ballots)\b"),
    ("inflation", r"\b(?:inflation|consumer prices)\b"),
    ("unemployment", r"\b(?:unemployment|jobless(?:ness)?)\b"),
    ("interest rate", r"\b(?:interest|cash|policy|base|bank|lending|benchmark) rates?\b"),
    ("growth", r"\b(?:growth|economy (?:grew|expanded|shrank|contracted))\b"),
)
TIME_SLOTS = {"TIME": "time", "DURATION": "duration"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
# Fewest words of a quote worth aligning: direct words, and a reported point (which must be
# long enough that its wording, retold, still tells it from other points of the same speaker).
QUOTE_WORDS = {False: 4, True: 6}
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
# A figure someone asks for is not a report of what happened.
REQUEST = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|demand\w*)\b")
FORECAST = re.compile(r"\s*(?:[\w/]+\s+){0,2}?(?:expected|forecast|predicted)\b", re.IGNORECASE)
SUBSET = re.compile(r"^\s*of (?:them|whom|those|which)\b", re.IGNORECASE)
# "beat her rival by 6,000 votes", "rose by 3": a difference between two figures, never the
# figure itself, so it is compared only with other differences.
MARGIN = re.compile(
    r"\b(?:beat(?:en|s)?|won|wins?|winning|lead(?:s|ing)?|led|ahead|trail\w*|rose|risen|"
    r"fell|fallen|increased|decreased|grew|grown|dropped|climbed)\b(?:\s+[\w'’-]+){0,4}\s+by\s+$",
    re.IGNORECASE,
)
MARGIN_WINDOW = 60
PLACE_TYPES = {"GPE", "LOC", "NORP"}  # a demonym counts once resolved to its country
# Tolls and measures of an event: dated well before the story, they belong to another event.
EVENT_MEASURES = {topic for topic, _ in COUNT_TOPICS} | {"magnitude"}
BACKGROUND_DAYS = 31
NOT_HAPPENED = {"proposed", "future", "hypothetical", "negated"}


@dataclass
class Claim:
    article: str
    outlet: str  # independence key: a syndicated copy carries its original's outlet
    kind: str  # count | quote | event
    topic: str
    slot: str
    value: str
    start: int  # evidence: the sentence that states the claim
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    speaker: str | None = None
    mode: str | None = None
    time: str | None = None
    quote_text: str | None = None
    places: frozenset[str] = frozenset()  # resolved places named in the evidence sentence
    rank: int = 0  # order among the article's claims on the same topic: 0 is the lead figure
    context: str = ""  # the words around a figure, compared instead of a long sentence
    counted: str | None = None  # a count's noun, when it has one and no unit
    future: bool = False  # a date after the article's own day: something still to come
    today: bool = False  # the article's own day: when things were said, rarely what is compared
    lead_in: str = ""  # the words just before a date: the verb it dates ("broke out on")
    lead: bool = False  # in the first paragraph, where an outlet puts its main news
    source: str | None = None  # who gives a figure ("police", "organisers"), when the text says
    reported: bool = False  # a quote in reported speech: the speaker's point, not his words
    trigger: str = ""  # an event's trigger word ("declared")
    article_names: frozenset[str] = frozenset()  # a place claim's: capitalised words around it

    @property
    def gist(self) -> str:
        """What the similarity of two claims is measured on."""
        return self.context or self.text


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Spans of the article's own quotations (direct and partial): a speaker's words, which
    are compared as quotes, never as the outlet's claims."""
    return [(q.start, q.end) for q in article.quotes if q.kind in ("direct", "partial")]


def claims_of(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    """Every comparable claim in one article."""
    quoted = quoted_spans(article)
    claims = [c for q in article.quantities if (c := _count_claim(article, outlet, q, quoted))]
    claims += _quote_claims(article, outlet, entities)
    claims += _event_claims(article, outlet, quoted)
    claims += _time_claims(article, outlet, quoted)
    claims += _date_claims(article, outlet, quoted)
    return _with_places_and_ranks(article, claims)


def _with_places_and_ranks(article: Article, claims: list[Claim]) -> list[Claim]:
    """Places resolve through entities, so "the U.K." and "Britain" (or "French" and
    "France") name one place; the rank tells the lead figure from later asides."""
    places = [
        (m.start, m.entity or m.text.lower())
        for m in article.mentions
        if m.type in PLACE_TYPES and (m.type != "NORP" or m.entity)
    ]
    seen: dict[tuple[str, str], int] = {}
    lead_end = article.text.find("\n\n")
    for claim in sorted(claims, key=lambda c: c.start):
        claim.lead = lead_end < 0 or claim.start < lead_end
        claim.places = frozenset(p for at, p in places if claim.start <= at < claim.end)
        if claim.kind == "count" and vague(claim):
            claim.rank = VAGUE_RANK  # "thousands were forced out", then "2,800 were moved"
            continue
        claim.rank = seen.get((claim.kind, claim.slot), 0)
        seen[(claim.kind, claim.slot)] = claim.rank + 1
    return claims


def _count_claim(
    article: Article, outlet: str, quantity: Quantity, quoted: list[tuple[int, int]]
) -> Claim | None:
    if quantity.low is None and quantity.high is None:
        return None
    if quantity.unit != "%" and SUBSET.match(article.text[quantity.end : quantity.end + 20]):
        return None  # "95 per cent of them" is a share, the figure itself
    if any(start <= quantity.start < end for start, end in quoted):
        return None  # a figure inside a quotation is the speaker's rhetoric
    start, end = sentence_around(article.text, quantity.start)
    before = article.text[max(start, quantity.start - CONTEXT_CHARS) : quantity.start]
    if REQUEST.search(before) and not is_money(quantity.unit):
        return None  # "asked both sides to allow 20 trucks a day": a wish, not a fact (a sum
        # demanded, "demanded a ransom of 2 million dollars", is the news itself)
    if FORECAST.match(article.text[quantity.end : quantity.end + CONTEXT_CHARS]):
        return None  # "gusts of 150 km/h expected on the coast": a forecast, not a measure
    topic = count_topic(article.text[start:end], quantity, quantity.start - start)
    if topic is None or (topic in EVENT_MEASURES and _background(article, start, end)):
        return None
    if MARGIN.search(article.text[max(start, quantity.start - MARGIN_WINDOW) : quantity.start]):
        topic = f"{topic} margin"
    return Claim(
        article.id, outlet, "count", topic, topic, describe_count(quantity),
        start, end, article.text[start:end], low=quantity.low, high=quantity.high,
        context=_context(article.text, quantity, start, end),
        counted=None if quantity.unit else quantity.counted,
        source=figure_source(article.text[start:end], quantity.start - start,
                             quantity.end - start),
    )  # fmt: skip


def _context(text: str, quantity: Quantity | Time, start: int, end: int) -> str:
    """The clause-sized window around a figure, in whole words and inside its sentence: two
    long sentences can read differently while the figures in them count the same thing."""
    left, right = window(text, quantity.start, quantity.end, start, end)
    return text[left:right].strip()


def window(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """Bounds of the words within CONTEXT_CHARS of `start`..`end`, kept inside
    `floor`..`ceiling` (the sentence) and widened to whole words."""
    left = max(floor, start - CONTEXT_CHARS)
    right = min(ceiling, end + CONTEXT_CHARS)
    while left > floor and not text[left - 1].isspace():
        left -= 1
    while right < ceiling and not text[right].isspace():
        right += 1
    return left, right


def _background(article: Article, start: int, end: int) -> bool:
    """A sentence dated well before the story ("the 2023 quake killed 50,000") gives the toll
    of another, earlier event: not this story's figure."""
    return any(
        start <= time.start < end and _ended_before(time.value, time.anchor)
        for time in article.times
        if time.type == "DATE"
    )


def _ended_before(value: str | None, anchor: str | None) -> bool:
    """Whether a date, month or year ended more than a month before the anchor day."""
    if not (value and anchor and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value)):
        return False
    try:
        anchor_day = date.fromisoformat(anchor[:10])
    except ValueError:
        return False
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day) < anchor_day - timedelta(days=BACKGROUND_DAYS)


def count_topic(sentence: str, quantity: Quantity, here: int) -> str | None:
    """What a count is about: its unit, a cue in its sentence (killed, took part), else its noun."""
    if quantity.unit:
        follower = re.match(r"\s*(\w+)", sentence[here + len(quantity.text) :])
        if follower and follower.group(1).lower() in SUB_EVENTS:
            return f"{quantity.unit} ({follower.group(1).lower()})"
        if quantity.unit == "%":
            return _nearest_cue(sentence, quantity, here, PERCENT_TOPICS, "%")
        return _money_slot(sentence, quantity, here) if is_money(quantity.unit) else quantity.unit
    if quantity.counted in PROTEST_NOUNS:
        return "participants"
    best: tuple[int, str] | None = None
    for topic, pattern in COUNT_TOPICS:
        if not _counts(topic, quantity.counted):
            continue
        for match in pattern.finditer(sentence):
            distance = min(abs(match.start() - here), abs(match.end() - here))
            if match.end() <= here and CLAUSE_BREAK.search(sentence, match.end(), here):
                distance += CLAUSE_PENALTY  # "Two died and 41 were injured": 41 is the hurt
            if _past_another_figure(sentence, here + len(quantity.text), match.start()):
                continue  # "110 rescuers reached 20 men ... that killed six": six are the dead
            if best is None or distance < best[0]:
                best = (distance, topic)
    if best:
        return _outcome(best[1], sentence, quantity.counted)
    return _noun_class(quantity)


def _past_another_figure(sentence: str, after: int, cue: int) -> bool:
    """Whether another figure stands between a figure and a cue after it, other than the whole
    of a part ("seven of the nine members voted": nine is the committee, seven voted)."""
    for other in ANOTHER_FIGURE.finditer(sentence, after, max(after, cue)):
        if not re.match(r"\s+of\b", sentence[after : other.start()]):
            return True
    return False


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


def vague(claim: Claim) -> bool:
    """A figure given only as a word for an order of magnitude ("thousands of savers")."""
    return bool(VAGUE.search(claim.value)) and not re.search(r"\d", claim.value)


def is_money(unit: str | None) -> bool:
    return bool(unit and (unit in CURRENCIES or CURRENCY_CODE.fullmatch(unit)))


def _money_slot(sentence: str, quantity: Quantity, here: int) -> str:
    """Money lost and money recovered (or pledged, or damage done) are different sums."""
    unit = str(quantity.unit)
    return _nearest_cue(sentence, quantity, here, MONEY_CUES, unit, prefix=f"{unit} ")


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
            distance = min(abs(match.start() - here), abs(match.end() - here - len(quantity.text)))
            if distance <= CONTEXT_CHARS and (best is None or distance < best[0]):
                best = (distance, name)
    return prefix + best[1] if best else default


def _counts(topic: str, counted: str | None) -> bool:
    """Whether a cue's topic may count this noun."""
    if counted is None:
        # "put the crowd at 15,000", "the toll rose to 14": a bare figure takes the cue
        return topic not in TOPIC_NOUNS or topic in BARE_TOPICS
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


def _quote_claims(article: Article, outlet: str, entities: dict[str, Entity]) -> list[Claim]:
    claims = []
    for quote in article.quotes:
        reported = quote.kind == "indirect"
        if quote.kind not in QUOTE_KINDS or len(quote.text.split()) < QUOTE_WORDS[reported]:
            continue
        if reported and not quote.speaker:
            continue  # "officials said ...": nobody to agree with
        speaker = entities[quote.speaker].name if quote.speaker in entities else None
        claims.append(
            Claim(
                article.id, outlet, "quote", "quote speaker", "quote",
                speaker or (quote.speaker_text or "unknown"), quote.start, quote.end,
                quote.text, speaker=quote.speaker, quote_text=quote.text, reported=reported,
            )
        )  # fmt: skip
    return claims


def _event_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    claims = []
    for event in article.events:
        if any(start <= event.start < end for start, end in quoted):
            continue  # the speaker's words: the quote itself is the claim
        start, end = sentence_around(article.text, event.start)
        claims.append(
            Claim(
                article.id, outlet, "event", event.type.lower(), event.type,
                event.mode, start, end, article.text[start:end],
                mode=event.mode, time=event.time, trigger=event.trigger.lower(),
            )
        )  # fmt: skip
    return claims


def _time_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    """Clock times and durations ("hit at 4:12 a.m.", "expected to last eight weeks"); dates
    are compared through the events they date."""
    claims = []
    for time in article.times:
        if time.type not in TIME_SLOTS or not time.value or PART_OF_DAY.search(time.value):
            continue  # "Monday evening" and "Monday night" are one day, compared as dates
        if any(start <= time.start < end for start, end in quoted) or _unmeasured(time):
            continue  # a quote's own words; "within minutes", "a day of talks": no figure
        start, end = sentence_around(article.text, time.start)
        if time.type == "DURATION" and _background(article, start, end):
            continue  # "the last strike, in 2019, lasted three days": another event's length
        claims.append(
            Claim(
                article.id, outlet, "time", TIME_SLOTS[time.type], time.type, time.text,
                start, end, article.text[start:end], time=time.value,
                context=_context(article.text, time, start, end),
            )
        )  # fmt: skip
    return claims


def _unmeasured(time: Time) -> bool:
    """A length given by a word, not a figure: "within minutes", "a day of talks"."""
    return "X" in str(time.value) or bool(re.match(r"(?i)an? \w+$", time.text))


def _date_claims(article: Article, outlet: str, quoted: list[tuple[int, int]]) -> list[Claim]:
    """Days and months something happened or will happen ("resume on Thursday", "close by the
    end of June next year"). The words around the date, without the date itself, say what is
    dated, so two outlets dating one thing differently read alike."""
    claims = []
    for time in article.times:
        day = _calendar_value(time)
        if day is None or _ended_before(day, time.anchor):
            continue
        if any(start <= time.start < end for start, end in quoted):
            continue
        start, end = sentence_around(article.text, time.start)
        context = _context(article.text, time, start, end).replace(time.text, " ")
        claims.append(
            Claim(
                article.id, outlet, "date", "date", "date", time.text, start, end,
                article.text[start:end], time=day, context=" ".join(context.split()),
                future=bool(time.anchor) and day[:10] > str(time.anchor)[: len(day)],
                today=bool(time.anchor) and day == str(time.anchor)[:10],
                lead_in=article.text[max(start, time.start - LEAD_IN_CHARS) : time.start],
            )
        )  # fmt: skip
    return claims


def _calendar_value(time: Time) -> str | None:
    """A day or a month ("2025-03-12", "2026-06"); a part of a day counts as its day."""
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    match = re.fullmatch(r"(\d{4}-\d{2}(?:-\d{2})?)(?:T(?:MO|AF|EV|NI))?", time.value)
    return match.group(1) if match else None


def happened(mode: str | None) -> bool:
    return mode not in NOT_HAPPENED
