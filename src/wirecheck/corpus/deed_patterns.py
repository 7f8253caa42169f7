"""The words that tell a deed's state (read by `deeds`): done ("has halted", "have been
grounded", "declared three days of mourning"), planned ("plans to halt", "is due to seal",
"was considering grounding") or ruled out ("ruled out suspending"), with the verbs that are no
deeds and the stems outlets share for one deed."""

from __future__ import annotations

import re

_VERB = r"(?P<verb>[a-z]{3,})"
# Past participles not in -ed or -en that name deeds outlets dispute ("has cut the limit").
IRREGULAR = "cut|shut|built|sent|laid|paid|sold|bought|struck|begun|set"
DONE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?(?:been\s+)?"
    # a state a deed left: "the service remains suspended", "the road stayed closed"
    r"|(?<!will )(?<!would )(?<!could )(?<!may )(?<!to )"
    r"(?:remains?|remained|stays?|stayed)\s+(?:firmly\s+)?)"
    rf"(?P<verb>[a-z]{{3,}}(?:ed|en)|{IRREGULAR})\b"
)
PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|aims?|hopes?|wants?|expect(?:s|ed)?|"
    r"seek(?:s|ing)?|(?:is|are|was|were)\s+(?:due|set|expected|preparing|ready)|will|would)"
    # the deed after a try at it: "would seek to declare a protected zone"; a deed to be begun
    # is the deed ("are expected to begin pulling the toy from shelves")
    r"\s+(?:to\s+)?(?:be\s+)?(?:(?:seek|try|attempt|move)\s+to\s+)?"
    r"(?:(?:begin|start)\s+(?=[a-z]{3,}ing\b))?"
    rf"(?:[a-z]+ly\s+)?{_VERB}\b"
)
CONSIDERED = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|discuss(?:es|ed|ing)?)"
    r"\s+(?P<verb>[a-z]{3,}ing)\b"
)
# A deed considered as a noun, and the same noun done: "is considering an independent review" /
# "has launched an independent review", "was considering a second increase" / "ruled out a
# second increase". The noun is the deed, as in "ruled out a parade".
_NOUN_DEED = (
    r"(?:a|an|the|any|further)\s+(?:[a-z-]+\s+){0,2}?(?P<deed>[a-z]{3,})"
    r"(?=\s+(?:in|into|of|to|for|at|on|over|against|this|until|before|after|and|or)\b|\s*[.,;]|$)"
)
CONSIDERED_NOUN = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)\s+" + _NOUN_DEED
)
# Verbs that start a deed named by its noun: "has launched a legal challenge", "has opened an
# investigation", "has ordered a review", "has issued a do-not-drink advisory".
STARTED_NOUN = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?(?:launched|opened|started|begun|"
    r"ordered|lodged|filed|set up|brought|issued|imposed|declared)\s+" + _NOUN_DEED
)
# An inquiry opened (see corpus/inquiries.py), with or without "has", and under a possessive
# ("has launched its own inquiry").
INQUIRY_OPENED = re.compile(
    r"(?<=[a-z] )(?:(?:has|have|had)\s+(?:already\s+|now\s+)?)?"
    r"(?:launched|opened|ordered|begun|started)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<inquiry>investigation|inquiry|probe|review|inquest)\b"
)
# Under way, with no object but the event itself ("said it was investigating the landing"):
# "are investigating a second event" may be another inquiry than the other outlet's.
INVESTIGATING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|already\s+)?(?P<inquiry>investigating)"
    r"(?=\s*[.,;]|\s+(?:and|but)\b|\s+the\s+[a-z]+\s*[.,;])"
)
# The words of an inquiry that are not its usual noun; "inquiry" itself is one stem with
# "investigation" among the deeds' verbs (deeds.SAME_STEM).
INQUIRY_WORDS = {"investigating": "investigation", "probe": "investigation"}
# Begun doing: "have started fitting GPS trackers" is fitting done.
STARTED = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:started|begun)\s+(?P<verb>[a-z]{3,}ing)\b"
)
# The second of two deeds begun: "have begun rounding up and culling stray dogs".
STARTED_BOTH = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:started|begun)\s+[a-z]{3,}ing\s+"
    r"(?:[a-z]+\s+)?and\s+(?P<verb>[a-z]{3,}ing)\b"
)
# Done in the passive with when, where or by whom ("the findings were published on Wednesday",
# "the record was ratified by the federation"), or had done by others ("had the scale
# rechecked on Sunday").
PASSIVE_PAST = re.compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|en))"
    r"\s+(?:on|by|at|in|last|yesterday|earlier)\b"
    r"|\b(?:had|has had|have had)\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<caused>[a-z]{3,}ed)\s+(?:on|by|at|in|last|yesterday|earlier|after|before)\b"
)
RULED_OUT = re.compile(
    r"\bruled out\s+(?P<verb>[a-z]{3,}ing)\b"
    # a noun for the deed: "ruled out job cuts in Poland", "has ruled out a parade this weekend"
    r"|\bruled out\s+(?:(?:a|an|the|any|further)\s+)?(?:[a-z-]+\s+){0,2}?(?P<deed>[a-z]{3,})"
    r"(?=\s+(?:in|for|at|of|on|this|until|before|after|and|or|unless)\b|\s*[.,;]|$)"
    r"|\b(?:will|would|is|are|was|were)\s+not\s+(?:be\s+)?(?P<denied>[a-z]{3,}(?:ed|en))\b"
    r"|\b(?P<subject>[a-z]{3,}ing)\b[^.;]{0,60}?\b(?:has|had|have)\s+been\s+ruled out\b"
)
# Not done, in words other than "ruled out": "had not conceded", "no plans to halt production",
# "refused to pay a ransom", "denied that it had increased releases".
NOT_DONE = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\b"
    r"|\bno (?:plans?|intention) to\s+(?P<plan>[a-z]{3,})\b"
    # a decision reported ("said it would not challenge the decision"), not a delay ("would
    # not open before 2028")
    r"|\bwould\s+not\s+(?P<declined>[a-z]{3,})\b(?![^.;]{0,40}\b(?:before|until|till)\b)"
    r"|\b(?:refused|declined) to\s+(?P<refused>[a-z]{3,})\b"
    r"|\bdenied (?:that )?(?:it|they|he|she|the [a-z]+) (?:had|has|have) (?:been )?"
    r"(?P<contested>[a-z]{3,}ed)\b"
)
# Asked of someone else, not yet done: "would ask the government to declare a state of
# calamity", "will urge the board to approve the sale"; not a step kept for a condition ("plan
# to ask a court to halt the strike if it continues").
ASKED = re.compile(
    r"\b(?:(?:will|would|plans? to|is to|intends? to)\s+(?:ask|urge|call on|press|request)|"
    r"consider(?:s|ed|ing)?\s+(?:asking|urging|calling on|pressing|requesting))\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+(?P<verb>[a-z]{3,})\b(?![^.;]{0,60}\b(?:if|unless)\b)"
)
# Weighed, not decided: "is weighing whether to pay the ransom".
WHETHER = re.compile(
    r"\b(?:consider|weigh|mull|discuss|decid)\w*\s+whether\s+to\s+(?P<verb>[a-z]{3,})\b"
)
# The plain past with its object ("declared three days of national mourning", "closed two
# primary schools") is done too:
# alignment asks the other outlet for the same verb, not done, and a shared word of its object.
PAST = re.compile(
    r"(?<=[a-z,] )(?P<verb>[a-z]{3,}ed)\s+"
    r"(?:a|an|the|its|their|his|her|\d|one|two|six|ten|[a-z]{4,})"
)
# Where a word in -ed is an adjective, not a past verb: after a determiner or a preposition
# ("the automated cranes", "with armoured vehicles"), or after an infinitive ("to introduce
# automated straddle carriers") or a modal's verb ("patients can return affected bottles").
ADJECTIVE_SLOT = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|of|with|for|by|new|more)"
    r"|\b(?:to|can|could|may|might|must|should|will|would) [a-z]+) $"
)
# A subject that names nobody, right before the deed's auxiliary: the plan is ruled out.
NOBODY = re.compile(r"\b(?:none|nobody|no one|neither)\b(?: of [a-z' ]{0,40}?)?\s+$")
# Right before "ruled out": the denial is denied ("has not ruled out", "hasn't yet ruled out").
NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t)\s+(?:yet\s+)?$")
# A deed inside a condition is neither done nor planned: "if the road stayed closed".
CONDITION = re.compile(r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,5}(?:[\w'’-]+\s*)?$")
STATES = (
    ("ruled out", NOT_DONE),  # first: "no plans to halt" is no plan, "had not" no perfect
    ("done", STARTED),  # before DONE, which would take "started" for the deed
    ("done", STARTED_BOTH),
    ("done", STARTED_NOUN),
    ("done", INQUIRY_OPENED),
    ("done", INVESTIGATING),
    ("done", DONE),
    ("planned", ASKED),  # before PLANNED and CONSIDERED, which would take the asking
    ("planned", PLANNED),
    ("planned", CONSIDERED),
    ("planned", CONSIDERED_NOUN),
    ("ruled out", RULED_OUT),
    ("planned", WHETHER),
    ("done", PASSIVE_PAST),
    ("done", PAST),  # last: a verb another state has read ("would not be declared") is taken
)
# Verbs that say something was said, thought or is merely so: no deed to compare.
NOT_DEEDS = {
    "be", "been", "being", "have", "had", "said", "say", "told", "tell", "made", "make", "done",
    "gone", "given", "taken", "seen", "become", "come", "called", "asked", "added", "noted",
    "warned", "urged", "stated", "announced", "reported", "confirmed", "decided", "agreed",
    "claimed", "insisted", "vowed", "promised", "expected", "continue", "need", "like",
    "remain", "remained", "also", "still", "able", "likely", "not", "never",
}  # fmt: skip
# Verbs outlets use for one deed: "halted production" and "suspending production".
SAME_STEM = {
    "suspend": "halt", "stop": "halt", "paus": "halt", "shut": "halt",
    "cut": "lower", "reduc": "lower", "slash": "lower", "increas": "rais",
    # an irregular past: "has sent a team" / "will send investigators" ("paid" and "built"
    # were tried too: each added a wrong conflict and no right one)
    "sent": "send",
    # a team sent under another verb: "has deployed a team of investigators" / "would send"
    "deploy": "send", "dispatch": "send",
    # "have frozen 37 bank accounts" / "are seeking to freeze the ring's bank accounts"
    "frozen": "freez", "froze": "freez",
    # one inquiry under its names: "has launched an inquiry" / "has opened an investigation"
    "inquiry": "investigation",
}  # fmt: skip
