"""Time zones of the states and provinces datelines name after a town ("LENWOOD FALLS, Ohio",
"HALBROOK, Ont.", "BUNBURY, WA"): in countries of several zones the country alone does not
tell the zone, its region mostly does. A region split between zones takes the zone most of its
people live in. Full names and the abbreviations news agencies write (AP style and postal)."""

from __future__ import annotations

_ZONES: dict[str, tuple[str, ...]] = {
    "America/New_York": (
        "Connecticut", "Conn.", "CT", "Delaware", "Del.", "DE", "Ga.", "GA", "Maine", "ME",
        "Maryland", "Md.", "MD", "Massachusetts", "Mass.", "MA", "Michigan", "Mich.", "MI",
        "New Hampshire", "N.H.", "NH", "New Jersey", "N.J.", "NJ", "New York", "N.Y.", "NY",
        "North Carolina", "N.C.", "NC", "Ohio", "OH", "Pennsylvania", "Pa.", "PA",
        "Rhode Island", "R.I.", "RI", "South Carolina", "S.C.", "SC", "Vermont", "Vt.", "VT",
        "Virginia", "Va.", "VA", "West Virginia", "W.Va.", "WV", "Florida", "Fla.", "FL",
        "Indiana", "Ind.", "IN", "Kentucky", "Ky.", "KY", "D.C.", "DC",
    ),
    "America/Toronto": ("Ontario", "Ont.", "ON", "Quebec", "Que.", "QC"),
    "America/Chicago": (
        "Alabama", "Ala.", "AL", "Arkansas", "Ark.", "AR", "Illinois", "Ill.", "IL", "Iowa",
        "IA", "Kansas", "Kan.", "KS", "Louisiana", "La.", "LA", "Minnesota", "Minn.", "MN",
        "Mississippi", "Miss.", "MS", "Missouri", "Mo.", "MO", "Nebraska", "Neb.", "NE",
        "North Dakota", "N.D.", "ND", "Oklahoma", "Okla.", "OK", "South Dakota", "S.D.", "SD",
        "Tennessee", "Tenn.", "TN", "Texas", "TX", "Wisconsin", "Wis.", "WI",
    ),
    "America/Denver": (
        "Colorado", "Colo.", "CO", "Idaho", "ID", "Montana", "Mont.", "MT", "New Mexico",
        "N.M.", "NM", "Utah", "UT", "Wyoming", "Wyo.", "WY",
    ),
    "America/Phoenix": ("Arizona", "Ariz.", "AZ"),
    "America/Los_Angeles": (
        "California", "Calif.", "CA", "Nevada", "Nev.", "NV", "Oregon", "Ore.", "OR",
        "Washington", "Wash.",
    ),
    "America/Anchorage": ("Alaska", "AK"),
    "Pacific/Honolulu": ("Hawaii", "HI"),
    "America/Vancouver": ("British Columbia", "B.C.", "BC"),
    "America/Edmonton": ("Alberta", "Alta.", "AB"),
    "America/Winnipeg": ("Manitoba", "Man.", "MB"),
    "America/Regina": ("Saskatchewan", "Sask.", "SK"),
    "America/Halifax": ("Nova Scotia", "N.S.", "NS", "Prince Edward Island", "P.E.I.", "PE"),
    "America/Moncton": ("New Brunswick", "N.B.", "NB"),
    "America/St_Johns": ("Newfoundland", "Nfld.", "NL"),
    "Australia/Sydney": ("New South Wales", "NSW"),
    "Australia/Melbourne": ("Victoria", "Vic."),
    "Australia/Brisbane": ("Queensland", "Qld", "Qld."),
    "Australia/Perth": ("Western Australia",),
    "Australia/Adelaide": ("South Australia",),
    "Australia/Hobart": ("Tasmania", "Tas."),
    "Australia/Darwin": ("Northern Territory", "NT"),
}  # fmt: skip

# Region as written -> its zone. Abbreviations are matched as written ("Pa.", "WA state"),
# full names in any case.
REGION_ZONES: dict[str, str] = {
    region: zone for zone, regions in _ZONES.items() for region in regions
}
