"""Number words and currency/unit names for cardinals and quantities (data, not logic)."""

from __future__ import annotations

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    "b": 1_000_000_000, "k": 1_000, "tn": 1_000_000_000_000,
}  # fmt: skip
# Words that stand for a number on their own.
SINGLE = {"a": 1, "an": 1, "dozen": 12, "half": 0.5, "couple": 2, "pair": 2, "score": 20}

# Vague plurals -> interval (EVAL.md): "dozens of drones" -> [24, 99].
VAGUE_PLURALS = {
    "dozens": (24, 99), "scores": (24, 99), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 999_000_000),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "a few hundred": (200, 999), "several hundred": (200, 999), "a few thousand": (2_000, 9_999),
    "several thousand": (2_000, 9_999), "a few million": (2_000_000, 9_999_999),
    "several million": (2_000_000, 9_999_999),
    # "several hundred thousand pounds": a few hundred of the larger scale
    "a few hundred thousand": (200_000, 999_999), "several hundred thousand": (200_000, 999_999),
    "a few hundred million": (200_000_000, 999_999_999),
    "several hundred million": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 999_000_000_000),
}  # fmt: skip

# Currency symbols and words -> ISO 4217.
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "C$": "CAD",
    "A$": "AUD", "HK$": "HKD", "NZ$": "NZD", "R$": "BRL", "₦": "NGN", "₽": "RUB", "₩": "KRW",
    "₺": "TRY", "₱": "PHP", "Rs": "INR", "Rs.": "INR", "KSh": "KES", "CHF": "CHF",
    "R": "ZAR",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "dollar", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "shilling": "KES", "naira": "NGN",
    "rand": "ZAR", "ruble": "RUB", "rouble": "RUB", "franc": "CHF", "peso": "peso",
    "real": "BRL", "lira": "TRY", "won": "KRW", "riyal": "SAR", "dirham": "AED",
    "hryvnia": "UAH", "zloty": "PLN", "krona": "SEK", "krone": "NOK", "cedi": "GHS",
    "birr": "ETB", "pence": "GBX", "penny": "GBX", "cent": "cent",
    # the Nordic and Czech crowns, in English or in their own words ("kronor", "kroner")
    "crown": "crown", "kronor": "SEK", "kroner": "crown", "koruna": "CZK", "koruny": "CZK",
}  # fmt: skip
CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "KES", "NGN", "ZAR", "RUB", "CHF", "MXN", "BRL",
    "TRY", "KRW", "SAR", "AED", "UAH", "PLN", "SEK", "NOK", "CAD", "AUD", "HKD", "GHS", "ETB",
    "DKK", "CZK", "ISK", "XOF",
}  # fmt: skip
# Measurement units as written -> the unit we report.
MEASURE_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "pp",
    "percentage point": "pp", "km": "km", "kilometres": "km", "kilometers": "km",
    "kilometre": "km", "kilometer": "km", "m": "m", "metres": "m", "meters": "m", "metre": "m",
    "meter": "m", "cm": "cm", "mm": "mm", "centimetres": "cm", "centimeters": "cm",
    "centimetre": "cm", "centimeter": "cm", "millimetres": "mm", "millimeters": "mm",
    "millimetre": "mm", "millimeter": "mm", "miles": "mi", "mile": "mi", "mi": "mi",
    "nautical miles": "nmi", "nautical mile": "nmi",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "kg": "kg",
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "tonnes": "t", "tonne": "t",
    "tons": "t", "ton": "t", "lbs": "lb", "lb": "lb", "litres": "l",
    "liters": "l", "litre": "l", "liter": "l", "barrels": "bbl", "barrel": "bbl", "bpd": "bbl/d",
    "km/h": "km/h", "kph": "km/h", "mph": "mph", "knots": "kn", "hectares": "ha",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "miles per hour": "mph", "miles an hour": "mph",
    "hectare": "ha", "acres": "acre", "acre": "acre", "square kilometres": "km2",
    "square kilometers": "km2", "sq km": "km2", "square miles": "mi2", "degrees": "°",
    "cubic metres": "m3", "cubic meters": "m3", "cubic feet": "ft3",
    "°C": "°", "°F": "°F", "C": "°", "F": "°F", "MW": "MW", "GW": "GW", "kW": "kW",
    "megawatts": "MW", "gigawatts": "GW", "kWh": "kWh",
    # before a noun: "a 1,200 megawatt development"
    "megawatt": "MW", "gigawatt": "GW", "kilowatts": "kW", "kilowatt": "kW",
    # concentrations: "92 parts per billion" is "92 ppb"
    "parts per billion": "ppb", "ppb": "ppb", "parts per million": "ppm", "ppm": "ppm",
}  # fmt: skip
# Groups sized by "of" and a number after them: "a crew of four", "a family of five".
GROUP_NOUNS = frozenset(
    ["crew", "family", "team", "group", "party", "delegation", "squad", "contingent", "band"]
)
# Abbreviated units that may be written onto the number: "170km/h", "90mph", "5km", "34.6C".
# Degrees are Celsius unless Fahrenheit is said ("34.6 degrees", "34.6C" and "34.6°C" are one
# temperature); a lone "C" or "F" is a unit only written onto its number.
ATTACHED_UNITS = (
    "km/h", "kph", "mph", "km", "cm", "mm", "mi", "ft", "kg", "lb", "lbs", "MW", "GW", "kW",
    "kWh", "C", "F",
)  # fmt: skip
LETTER_UNITS = frozenset(["C", "F"])

# Approximation markers (lower case) -> interval rule in extract/quantities.py.
APPROXIMATORS = {
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "close to": "nearly",
    "more than": "more", "over": "more", "upwards of": "more", "in excess of": "more",
    "just over": "more", "well over": "more", "above": "more",
    "at least": "atleast", "no fewer than": "atleast", "no less than": "atleast",
    "a minimum of": "atleast",
    "up to": "upto", "as many as": "upto", "no more than": "upto", "at most": "upto",
    "as much as": "upto", "a maximum of": "upto",
    "fewer than": "fewer", "less than": "fewer", "under": "fewer", "below": "fewer",
}  # fmt: skip

NUMBER_WORDS_RE = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)"
)
SCALE_RE = r"(?:hundred|thousand|million|billion|trillion|dozen)"
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
VAGUE_RE = (
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:a\s+few|several)\s+(?:hundred"
    r"(?:\s+(?:thousand|million))?|thousand|million)|dozens|scores|hundreds|thousands|millions"
    r"|billions)"
)
# Nationality + currency word -> ISO 4217 ("3.2 million Canadian dollars" is CAD, not USD).
NATIONAL_CURRENCIES = {
    "us dollar": "USD", "u.s. dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "singapore dollar": "SGD", "taiwan dollar": "TWD", "kenyan shilling": "KES",
    "ugandan shilling": "UGX", "tanzanian shilling": "TZS", "indian rupee": "INR",
    "pakistani rupee": "PKR", "egyptian pound": "EGP", "south african rand": "ZAR",
    "swiss franc": "CHF", "mexican peso": "MXN", "canadian cent": "cent", "us cent": "cent",
    "philippine peso": "PHP", "argentine peso": "ARS", "chilean peso": "CLP",
    "colombian peso": "COP", "cuban peso": "CUP", "dominican peso": "DOP",
    "uruguayan peso": "UYU", "swedish crown": "SEK", "swedish krona": "SEK",
    "norwegian crown": "NOK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
    "danish crown": "DKK", "danish krone": "DKK", "danish kroner": "DKK", "czech crown": "CZK",
    "icelandic crown": "ISK", "icelandic krona": "ISK",
    # West Africa's CFA franc; Central Africa's (XAF) is written the same way, so a story
    # from Cameroon reads as XOF too: both outlets' figures still meet, never the Swiss franc
    "cfa franc": "XOF",
}  # fmt: skip
CURRENCY_ADJECTIVES = (
    r"(?P<adj>US|U\.S\.|Kenyan|Ugandan|Tanzanian|Canadian|Australian|Hong\s+Kong|New\s+Zealand"
    r"|Singapore|Taiwan|Indian|Pakistani|Egyptian|South\s+African|Swiss|Mexican|Philippine"
    r"|Argentine|Chilean|Colombian|Cuban|Dominican|Uruguayan|Swedish|Norwegian|Danish|Czech"
    r"|Icelandic|CFA)"
)
# A currency word many countries use ("peso"): without a nationality it takes the code of the
# one such country the article mentions; with none or several it stays the bare word, which
# compares with itself but never with a guessed code.
CONTEXT_CURRENCIES = {
    # "dollars" in an article about New Zealand are New Zealand dollars
    "dollar": {
        "USD": r"United States|U\.S\.|US|Americans?|Washington",
        "CAD": r"Canad\w*|Ottawa|Toronto|Montreal|Vancouver",
        "AUD": r"Australi\w*|Canberra|Sydney|Melbourne",
        "NZD": r"New Zealand\w*|Wellington|Auckland|Christchurch",
        "HKD": r"Hong Kong", "SGD": r"Singapore\w*", "TWD": r"Taiwan\w*|Taipei",
    },
    "peso": {
        "MXN": r"Mexic\w*", "PHP": r"Philippines?|Filipinos?|Manila", "ARS": r"Argentin\w*",
        "CLP": r"Chile(?:an)?", "COP": r"Colombian?|Bogot[aá]", "CUP": r"Cuban?|Havana",
        "DOP": r"Dominican Republic|Santo Domingo", "UYU": r"Uruguay\w*|Montevideo",
    },
    "crown": {
        "SEK": r"Swed\w*|Stockholm", "NOK": r"Norw\w*|Oslo", "DKK": r"Danish|Denmark|Copenhagen",
        "CZK": r"Czech\w*|Prague", "ISK": r"Iceland\w*|Reykjav[ií]k",
    },
}  # fmt: skip

# What a currency word means when the article names none or several of its countries: the
# dollar of the news wires; a peso is left as the bare word.
CONTEXT_DEFAULTS = {"dollar": "USD"}

# Verbs of change: "rose 12 pence to 418 pence" is a change and a level, not a range.
CHANGE_WORDS = (
    r"(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|climbed|climbs|dropped"
    r"|drops|gained|gains|lost|loses|jumped|jumps|slipped|slips|advanced|advances|declined"
    r"|declines|increased|increases|decreased|decreases|grew|grows|shrank|added|adds|eased"
    r"|eases|edged|surged|surges|plunged|plunges|soared|soars|tumbled|slid|slides|up|down)"
)
# Nouns after a number that make it an address, not a count ("212 Alder St.").
ADDRESS_WORDS = {"st.", "street", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane"}
# Mass and collective nouns counted in the singular ("500 personnel").
SINGULAR_COUNTED = {"personnel", "staff", "police", "cattle", "livestock", "crew", "infantry",
                    "people", "head", "aircraft", "sheep", "fish", "deer"}  # fmt: skip
# "A volunteer firefighter died": one person counted without a number, only for these nouns
# and these verbs, so "a man said" or "a soldier arrived" counts nothing.
SINGLE_CASUALTY_NOUNS = {
    "person", "civilian", "child", "man", "woman", "boy", "girl", "resident", "villager",
    "soldier", "officer", "policeman", "policewoman", "protester", "demonstrator", "worker",
    "student", "passenger", "migrant", "journalist", "reporter", "photographer", "refugee",
    "patient", "tourist", "prisoner", "detainee", "firefighter", "rescuer", "fisherman",
    "pilgrim", "fan", "spectator", "driver", "pilot", "nurse", "doctor", "teacher", "farmer",
    "volunteer", "guard", "miner", "teenager", "pedestrian", "cyclist", "motorist", "hiker",
    # a worker by trade: "a scaffolder was killed" (a toll's person noun too, `count_words`);
    # and a hotel's guest: "a 61-year-old guest died"
    "scaffolder", "builder", "labourer", "laborer", "electrician", "mechanic", "contractor",
    "employee", "guest",
}  # fmt: skip
CASUALTY_VERBS = {"die", "kill", "injure", "wound", "hurt", "drown", "perish"}
