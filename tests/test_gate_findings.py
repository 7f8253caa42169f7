"""Quality gate: cross-outlet findings (agree / conflict / unique) on our example corpus and
on our comparison corpora (tests/data/compare_dev .. compare_dev145; gold written before the
engine was run on them, compare_dev5 to compare_dev145 by engineers who never read the rules;
compare_dev22 to compare_dev53 were tuned on only after their first blind run was recorded
(compare_dev22 and dev23 from 2026-12-04's tenth session); compare_dev2 tells its
facts in other words from one outlet to the next; compare_dev3 and compare_dev4, 6 articles
and 2 stories each, were written on 2026-12-02 to test constructions the others lack: one
group under two nouns, durations, places, police and organisers' figures, shares in words,
the next meeting).

The floors are the figures measured when the comparison rules were last changed, rounded
down to two decimals. Raise them when the rules improve; never lower them to make a change
pass. When a gold file itself is corrected (2026-12-04: agreements beside a conflict added to
fifteen files), its floors are measured again on the same code and the change is noted.
(The targets of issue 7, precision 0.85 and recall 0.80, are measured on our hold-outs.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wirecheck.corpus.compare import outlet_keys
from wirecheck.model import Analysis

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parents[1] / "examples" / "gold.json"

# Measured 2026-12-03 (sixth session) with `wirecheck eval findings GOLD --json` (and the same
# scorer on the gate's own analyses). Per corpus: its figures at the start of that session (for
# compare_dev21, written blind that session and never tuned on: its first run) -> now; the
# floors are now's, rounded down. Pooled over the twenty-one corpora before compare_dev21:
# 696/850 right -> 705/844 (P 0.8188 R 0.6127 -> P 0.8353 R 0.6206). No floor is lower than
# the session before's.
# Seventh session (compare_dev21 becomes a tuning corpus): pooled over the twenty-two corpora
# 733/891 -> 747/899 right (P 0.8227 R 0.6028 -> P 0.8309 R 0.6143); floors raised where the
# figures rose (compare_dev11, 13, 19, 20, 21), none lowered.
# Eighth session: pooled 747/899 -> 750/901 right (P 0.8309 R 0.6143 -> P 0.8324 R 0.6168),
# all of it on compare_dev20; floors raised there, none lowered. Then the gold correction
# (same code): 750/901 of 1216 -> 791/901 of 1293 (P 0.8779 R 0.6118); floors of the corrected
# files re-pinned (each noted below: agreement precision up, some recalls down).
# Conventions (docs/FINDINGS.md): a finding another already implies is not repeated
# (no speaker agreement beside a drift; beside a speaker conflict there is one since the fourth
# session of 2026-12-05, when an annotator added the 31 such agreements missing from
# compare_dev34-53 and their floors were raised), outlets whose figures overlap are
# one side of one conflict against a third, overlapping figures beside a conflict still agree,
# and agreed dates still to come are reported; most corpora written blind list findings that
# way. Overlapping figures beside a conflict were the one convention the writers split on
# (compare_dev13 to compare_dev23 listed no agreement beside a conflict that names both sides;
# compare_dev2, dev9 to dev12 and the examples did). On 2026-12-04 an annotator who read no
# code and no system output added the missing agreements from the articles alone (93 in
# fifteen files), following the definition (the same value from two outlets).
# Tenth session (2026-12-04, evening): four new blind sets (compare_dev26 to dev29), each run
# once before any rule was changed for it; compare_dev22 and dev23 became tuning corpora.
# Pooled over the twenty-six older corpora 989/1145 -> 1001/1152 right of 1749 (P 0.8638
# R 0.5655 -> P 0.8689 R 0.5723); floors raised where the figures rose (compare_dev19, 20,
# 22 to 25), none lowered; the new sets pinned at their end-of-session figures.
# Night session (2026-12-04): four more blind sets (compare_dev30 to dev33), each run once
# before any rule was changed for it; most of what they taught was metadata (headers the
# cleaner did not read). Pooled over the thirty older corpora 1267/1446 -> 1272/1446 right of
# 2129; floors raised on compare_dev16, 19, 22, 23 and 29, none lowered; the new sets pinned
# at their end-of-session figures.
# Sixth session of 2026-12-05: four blind sets (compare_dev62 to dev65), each run once on
# d53ee06 before any rule was changed (pooled 204/294 of 436), then tuned on and pinned at the
# session's end. Floors raised on the twenty sets that rose (the first: temperatures read,
# weather readings, count cues), none lowered.
# Seventh session of 2026-12-05: four blind sets (compare_dev66 to dev69), each run once on
# 5a29fe1 before any rule was changed (pooled 181/266 of 441), then tuned on and pinned at the
# session's end. Floors raised on the fifteen older sets that rose (dated tolls another outlet
# confirms, headers, lengths of other events, status of a measure by when it starts), none
# lowered.
# Session of 2026-12-05 (22:48-01:48 UTC): four blind sets (compare_dev70 to dev73), each run
# once on 88fa618 before any rule was changed (pooled 193/270 of 498), then tuned on and pinned
# at the session's end. Floors raised where the figures rose (allies by day, length and open
# bound, widened agreements, headers that dated three pages), none lowered.
# Session of 2026-12-07: no new sets; floors raised on the 36 sets that rose (inquiries opened
# and causes not yet known agreed on, a deed's noun before "to", a deed said not to be done,
# the hospital the injured were taken to), none lowered.
# Second session of 2026-12-07: four blind sets (compare_dev110 to dev113), each run once on
# 44aa81d before any rule was changed (pooled 237/310 of 526), then tuned on and pinned at the
# session's end (246/311). Floors raised on the older sets that rose (a reopening is no
# announcement, vote tallies told as a share or as unanimous, pupils who caught a disease as
# its cases, a company's own staff, "at least" figures far apart), none lowered.
# Third session of 2026-12-07: four blind sets (compare_dev114 to dev117), each run once on
# b9e2599 before any rule was changed (pooled 211/294 of 528), then tuned on and pinned at the
# session's end (221/294). Floors raised on the sixteen older sets that rose (the hurt treated
# at the scene or by paramedics, "all 480 of its stores", a conflict with one outlet on two
# sides, far-apart floors of lengths, a ship lost in two years), none lowered.
# Fourth session of 2026-12-07: four blind sets (compare_dev118 to dev121), each run once on
# e5af499 before any rule was changed (pooled 209/291 of 547), then tuned on and pinned near
# the session's end (pooled 235/299; 236/300 after its last rule, a score after "win"). Floors
# raised on the seven older sets that rose (what befell a part of a group, a price tag,
# residents a place has, ages told at a death, people buried by an avalanche, a state's
# English name), none lowered.
# Fifth session of 2026-12-07: four blind sets (compare_dev122 to dev125), each
# run once on 0642eed before any rule was changed (pooled 199/289 of 577), then tuned on and
# pinned at the session's end (208/295). Floors raised on the ten older sets that rose
# (savers as a firm's investors, deeds expected or begun, an inquiry under either name,
# notices issued, one deed dated on a writer's own day and the day before), none lowered; the
# last two rules (a tally after "ruling", the hurt taken to emergency rooms) moved only
# compare_dev122.
# Sixth session of 2026-12-07: four blind sets (compare_dev126 to dev129), each run once on
# 7b650cc before any rule was changed (pooled 180/268 of 434), then tuned on and pinned at the
# session's end (185/265). No older set lost a right finding; compare_dev24, dev80 and dev81
# each lost one wrong finding (their floors were left as they were).
# Seventh session of 2026-12-07: four blind sets (compare_dev130 to dev133), each run once on
# 487a322 before any rule was changed for them (pooled 204/272 of 481), then tuned on and
# pinned at the session's end (208/271). No older set lost a right finding.
# Eighth session of 2026-12-07: four blind sets (compare_dev134 to dev137), each run once on
# d411d74 before any rule was changed for them (pooled 181/237 of 441), then tuned on and
# pinned at the session's end (187/235). No older set lost a right finding.
# Session of 2026-12-07, 22:06 UTC: four blind sets (compare_dev138 to dev141), each run once on
# e69a6b8 before any rule was changed for them (pooled 167/250 of 428), then tuned on and
# pinned at the session's end (197/262). No older set lost a right finding.
# Session of 2026-12-08 from 00:52 UTC: four blind sets (compare_dev142 to dev145), each run once
# on 966d61f before any rule was changed for them (pooled 193/256 of 443), then tuned on and
# pinned at the session's end (208/264). No older set lost a right finding.
TUNING_FLOORS: dict[str, tuple[dict[str, float], dict[str, dict[str, float]]]] = {
    # ours, written with the rules: p 0.7049 r 0.7818 -> p 0.7167 r 0.7818 (60 system, 55 gold).
    #  Gold corrected 2026-12-05 (fifth session): an annotator added two wording agreements
    #  beside drift conflicts (57 gold); we find one, so recall and agreement recall were
    #  measured again on the same code: 0.78 -> 0.77 and 0.80 -> 0.77
    "examples": (
        {"precision": 0.72, "recall": 0.77, "f1": 0.74},
        {
            "agree": {"precision": 0.6, "recall": 0.77, "f1": 0.68},
            "conflict": {"precision": 1.0, "recall": 0.84, "f1": 0.91},
            "unique": {"precision": 0.5, "recall": 0.6, "f1": 0.54},
        },
    ),
    # ours: p 0.9792 r 0.8103 -> p 0.9792 r 0.8103 (48 system, 58 gold)
    "compare_dev": (
        {"precision": 0.98, "recall": 0.83, "f1": 0.9},
        {
            "agree": {"precision": 0.95, "recall": 0.86, "f1": 0.9},
            "conflict": {"precision": 1.0, "recall": 0.83, "f1": 0.9},
            "unique": {"precision": 1.0, "recall": 0.76, "f1": 0.86},
        },
    ),
    # ours; each outlet tells the facts in other words:
    #  p 0.9512 r 0.619 -> p 0.9512 r 0.619 (41 system, 63 gold)
    "compare_dev2": (
        {"precision": 0.95, "recall": 0.61, "f1": 0.75},
        {
            "agree": {"precision": 0.91, "recall": 0.8, "f1": 0.85},
            "conflict": {"precision": 1.0, "recall": 0.7, "f1": 0.82},
            "unique": {"precision": 1.0, "recall": 0.4, "f1": 0.57},
        },
    ),
    # ours; one group under two nouns, durations, places:
    #  p 0.9 r 0.7826 -> p 0.9 r 0.7826 (20 system, 23 gold)
    "compare_dev3": (
        {"precision": 0.9, "recall": 0.82, "f1": 0.86},
        {
            "agree": {"precision": 0.88, "recall": 0.72, "f1": 0.79},
            "conflict": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
            "unique": {"precision": 0.66, "recall": 0.66, "f1": 0.66},
        },
    ),
    # ours; police and organisers' figures, shares in words:
    #  p 0.9286 r 0.8125 -> p 0.9286 r 0.8125 (14 system, 16 gold)
    "compare_dev4": (
        {"precision": 0.93, "recall": 0.87, "f1": 0.9},
        {
            "agree": {"precision": 0.85, "recall": 0.85, "f1": 0.85},
            "conflict": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
            "unique": {"precision": 1.0, "recall": 0.5, "f1": 0.66},
        },
    ),
    # written blind by another engineer: p 1.0 r 0.8846 -> p 1.0 r 0.8846 (23 system, 26 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +1); same code:
    #  p 1.0000 r 0.8846 (23 system, 26 gold) -> p 1.0000 r 0.8519 (27 gold); floors re-pinned
    "compare_dev5": (
        {"precision": 1.0, "recall": 0.88, "f1": 0.94},
        {
            "agree": {"precision": 1.0, "recall": 0.9, "f1": 0.94},
            "conflict": {"precision": 1.0, "recall": 0.9, "f1": 0.95},
            "unique": {"precision": 1.0, "recall": 0.83, "f1": 0.9},
        },
    ),
    # written blind: p 0.88 r 0.88 -> p 0.88 r 0.88 (25 system, 25 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +4); same code:
    #  p 0.8800 r 0.8800 (25 system, 25 gold) -> p 1.0000 r 0.8621 (29 gold); floors re-pinned
    "compare_dev6": (
        {"precision": 1.0, "recall": 0.89, "f1": 0.94},
        {
            "agree": {"precision": 1.0, "recall": 0.92, "f1": 0.96},
            "conflict": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
            "unique": {"precision": 1.0, "recall": 0.66, "f1": 0.8},
        },
    ),
    # written blind: p 0.9048 r 0.7917 -> p 0.9048 r 0.7917 (21 system, 24 gold)
    "compare_dev7": (
        {"precision": 0.9, "recall": 0.79, "f1": 0.84},
        {
            "agree": {"precision": 0.87, "recall": 0.87, "f1": 0.87},
            "conflict": {"precision": 1.0, "recall": 0.8, "f1": 0.88},
            "unique": {"precision": 0.8, "recall": 0.66, "f1": 0.72},
        },
    ),
    # written blind; each outlet leads with another angle:
    #  p 1.0 r 0.8824 -> p 1.0 r 0.8824 (15 system, 17 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +1); same code:
    #  p 1.0000 r 0.8824 (15 system, 17 gold) -> p 1.0000 r 0.8333 (18 gold); floors re-pinned
    "compare_dev8": (
        {"precision": 1.0, "recall": 0.88, "f1": 0.94},
        {
            "agree": {"precision": 1.0, "recall": 0.85, "f1": 0.92},
            "conflict": {"precision": 1.0, "recall": 0.85, "f1": 0.92},
            "unique": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        },
    ),
    # written blind on 2026-12-02: p 0.8947 r 0.7846 -> p 0.8947 r 0.7846 (57 system, 65 gold)
    "compare_dev9": (
        {"precision": 0.89, "recall": 0.78, "f1": 0.83},
        {
            "agree": {"precision": 1.0, "recall": 0.71, "f1": 0.83},
            "conflict": {"precision": 1.0, "recall": 0.83, "f1": 0.9},
            "unique": {"precision": 0.5, "recall": 0.85, "f1": 0.63},
        },
    ),
    # written blind on 2026-12-02: p 0.8333 r 0.7031 -> p 0.8679 r 0.7188 (53 system, 64 gold)
    "compare_dev10": (
        {"precision": 0.87, "recall": 0.79, "f1": 0.83},
        {
            "agree": {"precision": 0.83, "recall": 0.71, "f1": 0.76},
            "conflict": {"precision": 0.96, "recall": 0.85, "f1": 0.9},
            "unique": {"precision": 0.77, "recall": 0.87, "f1": 0.82},
        },
    ),
    # written blind on 2026-12-03: p 0.86 r 0.7167 -> p 0.86 r 0.7167 (50 system, 60 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +1); same code:
    #  p 0.8654 r 0.7500 (52 system, 60 gold) -> p 0.8654 r 0.7377 (61 gold); floors re-pinned
    "compare_dev11": (
        {"precision": 0.86, "recall": 0.73, "f1": 0.79},
        {
            "agree": {"precision": 1.0, "recall": 0.62, "f1": 0.77},
            "conflict": {"precision": 0.92, "recall": 0.92, "f1": 0.92},
            "unique": {"precision": 0.44, "recall": 0.5, "f1": 0.47},
        },
    ),
    # written blind on 2026-12-03: p 0.902 r 0.7667 -> p 0.902 r 0.7667 (51 system, 60 gold)
    "compare_dev12": (
        {"precision": 0.92, "recall": 0.79, "f1": 0.85},
        {
            "agree": {"precision": 0.95, "recall": 0.83, "f1": 0.88},
            "conflict": {"precision": 0.95, "recall": 0.85, "f1": 0.9},
            "unique": {"precision": 0.66, "recall": 0.5, "f1": 0.57},
        },
    ),
    # written blind on 2026-12-03: p 0.7692 r 0.5714 -> p 0.7692 r 0.5714 (52 system, 70 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +6); same code:
    #  p 0.7736 r 0.5857 (53 system, 70 gold) -> p 0.8491 r 0.5921 (76 gold); floors re-pinned
    "compare_dev13": (
        {"precision": 0.86, "recall": 0.59, "f1": 0.7},
        {
            "agree": {"precision": 0.88, "recall": 0.45, "f1": 0.6},
            "conflict": {"precision": 0.9, "recall": 0.78, "f1": 0.83},
            "unique": {"precision": 0.8, "recall": 0.6, "f1": 0.68},
        },
    ),
    # written blind on 2026-12-03: p 0.8372 r 0.5143 -> p 0.8409 r 0.5286 (44 system, 70 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +4); same code:
    #  p 0.8409 r 0.5286 (44 system, 70 gold) -> p 0.8864 r 0.5270 (74 gold); floors re-pinned
    "compare_dev14": (
        {"precision": 0.93, "recall": 0.54, "f1": 0.68},
        {
            "agree": {"precision": 0.8, "recall": 0.34, "f1": 0.48},
            "conflict": {"precision": 1.0, "recall": 0.82, "f1": 0.9},
            "unique": {"precision": 0.9, "recall": 0.39, "f1": 0.54},
        },
    ),
    # written blind on 2026-12-03: p 0.7358 r 0.5571 -> p 0.75 r 0.5571 (52 system, 70 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +8); same code:
    #  p 0.7500 r 0.5571 (52 system, 70 gold) -> p 0.8462 r 0.5641 (78 gold); floors re-pinned
    "compare_dev15": (
        {"precision": 0.84, "recall": 0.56, "f1": 0.67},
        {
            "agree": {"precision": 0.71, "recall": 0.41, "f1": 0.52},
            "conflict": {"precision": 0.9, "recall": 0.7, "f1": 0.79},
            "unique": {"precision": 0.88, "recall": 0.55, "f1": 0.68},
        },
    ),
    # written blind on 2026-12-03: p 0.875 r 0.5833 -> p 0.8776 r 0.5972 (49 system, 72 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +5); same code:
    #  p 0.8776 r 0.5972 (49 system, 72 gold) -> p 0.9388 r 0.5974 (77 gold); floors re-pinned
    "compare_dev16": (
        {"precision": 0.95, "recall": 0.61, "f1": 0.74},
        {
            "agree": {"precision": 0.92, "recall": 0.42, "f1": 0.58},
            "conflict": {"precision": 1.0, "recall": 0.71, "f1": 0.83},
            "unique": {"precision": 0.93, "recall": 0.71, "f1": 0.81},
        },
    ),
    # written blind on 2026-12-03 (fourth session):
    #  p 0.8611 r 0.4133 -> p 0.8611 r 0.4133 (36 system, 75 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +2); same code:
    #  p 0.8611 r 0.4133 (36 system, 75 gold) -> p 0.8611 r 0.4026 (77 gold); floors re-pinned
    "compare_dev17": (
        {"precision": 0.88, "recall": 0.41, "f1": 0.56},
        {
            "agree": {"precision": 1.0, "recall": 0.24, "f1": 0.39},
            "conflict": {"precision": 1.0, "recall": 0.74, "f1": 0.85},
            "unique": {"precision": 0.42, "recall": 0.13, "f1": 0.2},
        },
    ),
    # written blind on 2026-12-03 (fifth session; first run on d8be117):
    #  p 0.75 r 0.4865 -> p 0.75 r 0.4865 (48 system, 74 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +8); same code:
    #  p 0.7500 r 0.4865 (48 system, 74 gold) -> p 0.8750 r 0.5122 (82 gold); floors re-pinned
    "compare_dev18": (
        {"precision": 0.89, "recall": 0.53, "f1": 0.67},
        {
            "agree": {"precision": 0.93, "recall": 0.48, "f1": 0.63},
            "conflict": {"precision": 1.0, "recall": 0.68, "f1": 0.81},
            "unique": {"precision": 0.6, "recall": 0.33, "f1": 0.42},
        },
    ),
    # written blind on 2026-12-03 (fifth session; first run on c5df226):
    #  p 0.5849 r 0.4133 -> p 0.6471 r 0.44 (51 system, 75 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +15); same code:
    #  p 0.6538 r 0.4533 (52 system, 75 gold) -> p 0.7692 r 0.4444 (90 gold); floors re-pinned
    "compare_dev19": (
        {"precision": 0.84, "recall": 0.48, "f1": 0.61},
        {
            "agree": {"precision": 1.0, "recall": 0.35, "f1": 0.52},
            "conflict": {"precision": 0.92, "recall": 0.71, "f1": 0.8},
            "unique": {"precision": 0.53, "recall": 0.33, "f1": 0.41},
        },
    ),
    # written blind on 2026-12-03 (fifth session; first run on 5548b07):
    #  p 0.4595 r 0.2297 -> p 0.6176 r 0.2838 (34 system, 74 gold)
    # eighth session (old days compared, a town no evidence against a country):
    #  p 0.6667 r 0.3243 -> p 0.7105 r 0.3649 (38 system, 74 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +11); same code:
    #  p 0.7105 r 0.3649 (38 system, 74 gold) -> p 0.8421 r 0.3765 (85 gold); floors re-pinned
    "compare_dev20": (
        {"precision": 0.85, "recall": 0.41, "f1": 0.55},
        {
            "agree": {"precision": 1.0, "recall": 0.43, "f1": 0.6},
            "conflict": {"precision": 0.8, "recall": 0.58, "f1": 0.68},
            "unique": {"precision": 0.71, "recall": 0.19, "f1": 0.3},
        },
    ),
    # written blind on 2026-12-03 (sixth session; first run on f8caafc):
    #  p 0.5532 r 0.325 -> p 0.5957 r 0.35 (47 system, 80 gold); tuned on in the seventh
    #  session: -> p 0.7143 r 0.4375 (49 system, 80 gold)
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +11); same code:
    #  p 0.7143 r 0.4375 (49 system, 80 gold) -> p 0.8571 r 0.4615 (91 gold); floors re-pinned;
    #  coordinated verbs' tense (eighth session): -> p 0.875 r 0.4615 (48 system)
    "compare_dev21": (
        {"precision": 0.88, "recall": 0.5, "f1": 0.64},
        {
            "agree": {"precision": 0.86, "recall": 0.49, "f1": 0.63},
            "conflict": {"precision": 0.9, "recall": 0.67, "f1": 0.77},
            "unique": {"precision": 0.88, "recall": 0.32, "f1": 0.47},
        },
    ),
    # written blind on 2026-12-03 (seventh session) by a writer who read no code; its first
    #  run (b14ee58, the session's start) and the session's final code give the same figures:
    #  p 0.5854 r 0.2697 (41 system, 89 gold). Never tuned on.
    # gold re-annotated 2026-12-04 (agreements beside a conflict, +7); same code:
    #  p 0.5854 r 0.2697 (41 system, 89 gold) -> p 0.6585 r 0.2812 (96 gold); floors re-pinned
    # tenth session: tuned on from then (its misses led to workforce, litres, crew and
    #  duration rules): p 0.7209 r 0.3229 (43 system)
    "compare_dev22": (
        {"precision": 0.76, "recall": 0.37, "f1": 0.5},
        {
            "agree": {"precision": 0.78, "recall": 0.36, "f1": 0.49},
            "conflict": {"precision": 0.77, "recall": 0.54, "f1": 0.64},
            "unique": {"precision": 0.72, "recall": 0.22, "f1": 0.34},
        },
    ),
    # written blind on 2026-12-04 (eighth session) by a writer who read no code; first run
    #  (6967a6c, comparison code of the session start): p 0.5385 r 0.1780 (39 system, 118 gold);
    #  gold re-annotated the same day (+9 agreements beside a conflict), on a1f49c2:
    #  p 0.5750 r 0.1811 (40 system, 127 gold). Never tuned on.
    #  2026-12-04 (ninth session), tuned on after that run: one written-out day with its year
    #  is one thing (date_align): p 0.6098 r 0.1969 (41 system, 127 gold)
    "compare_dev23": (
        {"precision": 0.76, "recall": 0.25, "f1": 0.38},
        {
            "agree": {"precision": 0.9, "recall": 0.21, "f1": 0.35},
            "conflict": {"precision": 0.8, "recall": 0.57, "f1": 0.66},
            "unique": {"precision": 0.5, "recall": 0.07, "f1": 0.13},
        },
    ),
    # written blind on 2026-12-04 (ninth session) by a writer who read no code; first run
    #  (af5f70a, comparison code of the session start): p 0.6447 r 0.4153 (76 system, 118
    #  gold); then tuned on: race entrants under one noun class, an unzoned wire stamp read in
    #  its dateline's zone (the wire had been taken for its aggregator's copy), years in
    #  statements and background deeds, race times, hyphened counts: p 0.8795 r 0.6186 (83)
    "compare_dev24": (
        {"precision": 0.95, "recall": 0.69, "f1": 0.8},
        {
            "agree": {"precision": 1.0, "recall": 0.69, "f1": 0.81},
            "conflict": {"precision": 0.9, "recall": 0.71, "f1": 0.79},
            "unique": {"precision": 1.0, "recall": 0.66, "f1": 0.8},
        },
    ),
    # written blind on 2026-12-04 (ninth session) by a second writer who read no code; first
    #  run (0d08100, with this session's comparison changes up to hyphened counts): p 0.6463
    #  r 0.4609 (82 system, 115 gold); then a dateline town naming a zone ("PERTH") reads an
    #  unzoned wire stamp in it: p 0.8434 r 0.6087 (83); an outlet left out of a conflict
    #  joins its side (allies): p 0.9012 r 0.6348 (81)
    "compare_dev25": (
        {"precision": 0.95, "recall": 0.76, "f1": 0.85},
        {
            "agree": {"precision": 0.96, "recall": 0.67, "f1": 0.79},
            "conflict": {"precision": 0.95, "recall": 0.81, "f1": 0.88},
            "unique": {"precision": 0.94, "recall": 0.8, "f1": 0.86},
        },
    ),
    # written blind on 2026-12-04 (tenth session) by a writer who read no code; first run
    #  (c21cb91, the session's start): p 0.8250 r 0.7021 (80 system, 94 gold); then tuned on
    "compare_dev26": (
        {"precision": 0.96, "recall": 0.8, "f1": 0.87},
        {
            "agree": {"precision": 0.95, "recall": 0.95, "f1": 0.95},
            "conflict": {"precision": 0.95, "recall": 0.84, "f1": 0.89},
            "unique": {"precision": 1.0, "recall": 0.55, "f1": 0.7},
        },
    ),
    # written blind on 2026-12-04 (tenth session) by a second writer; first run on that
    #  session's rules so far (uncommitted, before ages): p 0.8902 r 0.6636 (82 system, 110
    #  gold); the session's start code gives p 0.8765 r 0.6455 (81); then tuned on
    "compare_dev27": (
        {"precision": 0.94, "recall": 0.71, "f1": 0.81},
        {
            "agree": {"precision": 0.96, "recall": 0.75, "f1": 0.84},
            "conflict": {"precision": 0.95, "recall": 0.77, "f1": 0.85},
            "unique": {"precision": 0.87, "recall": 0.56, "f1": 0.68},
        },
    ),
    # written blind on 2026-12-04 (tenth session) by a third writer; first run (8b5da2f):
    #  p 0.8710 r 0.5745 (62 system, 94 gold; session start: p 0.8571, 63); then tuned on.
    #  Its pay deal's four reports were three stories (clustering) until cluster-s32: p 0.8986
    #  r 0.6596 (69 system) -> p 0.8929 r 0.7979 (84 system)
    "compare_dev28": (
        {"precision": 0.94, "recall": 0.8, "f1": 0.87},
        {
            "agree": {"precision": 0.9, "recall": 0.83, "f1": 0.86},
            "conflict": {"precision": 0.97, "recall": 0.81, "f1": 0.88},
            "unique": {"precision": 0.94, "recall": 0.77, "f1": 0.84},
        },
    ),
    # written blind on 2026-12-04 (tenth session) by a fourth writer; first run (8b5da2f):
    #  p 0.7910 r 0.6463 (67 system, 82 gold; session start: p 0.7879 r 0.6341, 66); then
    #  tuned on
    "compare_dev29": (
        {"precision": 0.93, "recall": 0.71, "f1": 0.81},
        {
            "agree": {"precision": 0.86, "recall": 0.74, "f1": 0.79},
            "conflict": {"precision": 1.0, "recall": 0.76, "f1": 0.86},
            "unique": {"precision": 0.9, "recall": 0.56, "f1": 0.69},
        },
    ),
    # written blind on 2026-12-04 (night session) by a writer who read no code; first run
    #  (session start c283b18, and f480027 with the first figure rules): p 0.7969 r 0.5484
    #  (64 system, 93 gold); then tuned on
    "compare_dev30": (
        {"precision": 0.85, "recall": 0.59, "f1": 0.7},
        {
            "agree": {"precision": 0.84, "recall": 0.57, "f1": 0.68},
            "conflict": {"precision": 0.86, "recall": 0.81, "f1": 0.83},
            "unique": {"precision": 0.87, "recall": 0.5, "f1": 0.63},
        },
    ),
    # written blind on 2026-12-04 (night session); first run (c283b18, and f480027): p 0.5263
    #  r 0.2299 (38 system, 87 gold): headers the cleaner did not read; then tuned on
    "compare_dev31": (
        {"precision": 0.92, "recall": 0.55, "f1": 0.69},
        {
            "agree": {"precision": 0.95, "recall": 0.52, "f1": 0.67},
            "conflict": {"precision": 0.91, "recall": 0.68, "f1": 0.78},
            "unique": {"precision": 0.87, "recall": 0.51, "f1": 0.65},
        },
    ),
    # written blind on 2026-12-04 (night session), varied header styles; first run on fa77a36:
    #  p 0.5600 r 0.1795 (25 system, 78 gold; session start c283b18: p 0.4375 r 0.0897);
    #  then tuned on
    "compare_dev32": (
        {"precision": 0.74, "recall": 0.44, "f1": 0.55},
        {
            "agree": {"precision": 0.8, "recall": 0.61, "f1": 0.69},
            "conflict": {"precision": 0.63, "recall": 0.43, "f1": 0.51},
            "unique": {"precision": 0.69, "recall": 0.25, "f1": 0.36},
        },
    ),
    # written blind on 2026-12-04 (night session), varied header styles; first run on fa77a36:
    #  p 0.5714 r 0.2353 (35 system, 85 gold; session start c283b18: p 0.3929 r 0.1294);
    #  then tuned on
    "compare_dev33": (
        {"precision": 0.84, "recall": 0.5, "f1": 0.63},
        {
            "agree": {"precision": 0.99, "recall": 0.51, "f1": 0.67},
            "conflict": {"precision": 0.8, "recall": 0.5, "f1": 0.61},
            "unique": {"precision": 0.69, "recall": 0.5, "f1": 0.58},
        },
    ),
    # written blind on 2026-12-04 (late-night session), varied headers; first run (397d0c8):
    #  p 0.6707 r 0.4867 (82 system, 113 gold); then tuned on
    "compare_dev34": (
        {"precision": 0.79, "recall": 0.7, "f1": 0.74},
        {
            "agree": {"precision": 0.79, "recall": 0.7, "f1": 0.74},
            "conflict": {"precision": 0.81, "recall": 0.67, "f1": 0.73},
            "unique": {"precision": 0.73, "recall": 0.77, "f1": 0.75},
        },
    ),
    # written blind on 2026-12-04 (late-night session), varied headers; first run (397d0c8):
    #  p 0.6395 r 0.4783 (86 system, 115 gold); then tuned on
    "compare_dev35": (
        {"precision": 0.86, "recall": 0.62, "f1": 0.72},
        {
            "agree": {"precision": 0.96, "recall": 0.62, "f1": 0.75},
            "conflict": {"precision": 0.82, "recall": 0.6, "f1": 0.69},
            "unique": {"precision": 0.75, "recall": 0.66, "f1": 0.7},
        },
    ),
    # written blind on 2026-12-04 (late-night session), varied headers; first run (397d0c8):
    #  p 0.7551 r 0.5692 (98 system, 130 gold); then tuned on
    "compare_dev36": (
        {"precision": 0.84, "recall": 0.65, "f1": 0.73},
        {
            "agree": {"precision": 0.86, "recall": 0.63, "f1": 0.73},
            "conflict": {"precision": 0.86, "recall": 0.66, "f1": 0.74},
            "unique": {"precision": 0.77, "recall": 0.66, "f1": 0.71},
        },
    ),
    # written blind on 2026-12-04 (late-night session), varied headers; first run (397d0c8):
    #  p 0.6267 r 0.3983 (75 system, 118 gold); then tuned on
    "compare_dev37": (
        {"precision": 0.82, "recall": 0.65, "f1": 0.73},
        {
            "agree": {"precision": 0.83, "recall": 0.6, "f1": 0.7},
            "conflict": {"precision": 0.88, "recall": 0.72, "f1": 0.79},
            "unique": {"precision": 0.64, "recall": 0.52, "f1": 0.58},
        },
    ),
    # written blind on 2026-12-05, varied headers; first run (fc613f6):
    #  p 0.6854 r 0.5126 (89 system, 119 gold); then the session's rules
    "compare_dev38": (
        {"precision": 0.75, "recall": 0.57, "f1": 0.65},
        {
            "agree": {"precision": 0.77, "recall": 0.61, "f1": 0.68},
            "conflict": {"precision": 0.74, "recall": 0.57, "f1": 0.65},
            "unique": {"precision": 0.75, "recall": 0.5, "f1": 0.6},
        },
    ),
    # written blind on 2026-12-05, varied headers; first run (fc613f6):
    #  p 0.8276 r 0.6729 (87 system, 107 gold); then the session's rules
    "compare_dev39": (
        {"precision": 0.9, "recall": 0.74, "f1": 0.82},
        {
            "agree": {"precision": 0.93, "recall": 0.75, "f1": 0.83},
            "conflict": {"precision": 0.9, "recall": 0.73, "f1": 0.81},
            "unique": {"precision": 0.87, "recall": 0.77, "f1": 0.82},
        },
    ),
    # written blind on 2026-12-05, varied headers; first run (fc613f6):
    #  p 0.6458 r 0.5210 (96 system, 119 gold); then the session's rules
    "compare_dev40": (
        {"precision": 0.76, "recall": 0.61, "f1": 0.68},
        {
            "agree": {"precision": 0.85, "recall": 0.63, "f1": 0.72},
            "conflict": {"precision": 0.73, "recall": 0.65, "f1": 0.69},
            "unique": {"precision": 0.66, "recall": 0.52, "f1": 0.58},
        },
    ),
    # written blind on 2026-12-05, varied headers; first run (fc613f6):
    #  p 0.8588 r 0.6822 (85 system, 107 gold); then the session's rules
    "compare_dev41": (
        {"precision": 0.91, "recall": 0.75, "f1": 0.82},
        {
            "agree": {"precision": 0.93, "recall": 0.78, "f1": 0.85},
            "conflict": {"precision": 0.9, "recall": 0.74, "f1": 0.81},
            "unique": {"precision": 0.86, "recall": 0.72, "f1": 0.78},
        },
    ),
    # written blind on 2026-12-05 (second round), varied headers; first run (69192e6):
    #  p 0.8068 r 0.6068 (88 system, 117 gold); then the session's rules. Raised at cluster-s32
    #  (its e-bike report joins its story): p 0.8391 r 0.6239 -> p 0.8511 r 0.6838
    "compare_dev42": (
        {"precision": 0.86, "recall": 0.72, "f1": 0.79},
        {
            "agree": {"precision": 0.92, "recall": 0.64, "f1": 0.76},
            "conflict": {"precision": 0.84, "recall": 0.71, "f1": 0.77},
            "unique": {"precision": 0.85, "recall": 0.9, "f1": 0.87},
        },
    ),
    # written blind on 2026-12-05 (second round), varied headers; first run (69192e6):
    #  p 0.7297 r 0.5094 (74 system, 106 gold); then the session's rules
    "compare_dev43": (
        {"precision": 0.85, "recall": 0.59, "f1": 0.7},
        {
            "agree": {"precision": 1.0, "recall": 0.68, "f1": 0.81},
            "conflict": {"precision": 0.83, "recall": 0.52, "f1": 0.64},
            "unique": {"precision": 0.7, "recall": 0.63, "f1": 0.66},
        },
    ),
    # written blind on 2026-12-05 (second round), varied headers; first run (69192e6):
    #  p 0.6421 r 0.4959 (95 system, 123 gold); then the session's rules
    "compare_dev44": (
        {"precision": 0.76, "recall": 0.61, "f1": 0.68},
        {
            "agree": {"precision": 0.84, "recall": 0.64, "f1": 0.72},
            "conflict": {"precision": 0.73, "recall": 0.64, "f1": 0.68},
            "unique": {"precision": 0.66, "recall": 0.52, "f1": 0.58},
        },
    ),
    # written blind on 2026-12-05 (second round), varied headers; first run (69192e6):
    #  p 0.8056 r 0.6304 (72 system, 92 gold); then the session's rules
    "compare_dev45": (
        {"precision": 0.94, "recall": 0.7, "f1": 0.8},
        {
            "agree": {"precision": 0.91, "recall": 0.63, "f1": 0.75},
            "conflict": {"precision": 0.96, "recall": 0.71, "f1": 0.82},
            "unique": {"precision": 0.93, "recall": 0.78, "f1": 0.85},
        },
    ),
    # written blind on 2026-12-05 (third round), varied headers; first run (030e998):
    #  p 0.7864 r 0.6183 (103 system, 131 gold); then the session's rules
    "compare_dev46": (
        {"precision": 0.88, "recall": 0.71, "f1": 0.78},
        {
            "agree": {"precision": 0.88, "recall": 0.68, "f1": 0.77},
            "conflict": {"precision": 0.88, "recall": 0.71, "f1": 0.78},
            "unique": {"precision": 0.88, "recall": 0.76, "f1": 0.82},
        },
    ),
    # written blind on 2026-12-05 (third round), varied headers; first run (030e998):
    #  p 0.7290 r 0.5821 (107 system, 134 gold); then the session's rules
    "compare_dev47": (
        {"precision": 0.88, "recall": 0.68, "f1": 0.77},
        {
            "agree": {"precision": 0.9, "recall": 0.7, "f1": 0.79},
            "conflict": {"precision": 0.87, "recall": 0.71, "f1": 0.78},
            "unique": {"precision": 0.86, "recall": 0.59, "f1": 0.7},
        },
    ),
    # written blind on 2026-12-05 (third round), varied headers; first run (030e998):
    #  p 0.7980 r 0.6031 (99 system, 131 gold); then the session's rules
    "compare_dev48": (
        {"precision": 0.85, "recall": 0.65, "f1": 0.74},
        {
            "agree": {"precision": 0.88, "recall": 0.66, "f1": 0.75},
            "conflict": {"precision": 0.89, "recall": 0.7, "f1": 0.79},
            "unique": {"precision": 0.7, "recall": 0.5, "f1": 0.58},
        },
    ),
    # written blind on 2026-12-05 (third round), varied headers; first run (030e998):
    #  p 0.6308 r 0.4100 (65 system, 100 gold); then the session's rules
    "compare_dev49": (
        {"precision": 0.83, "recall": 0.57, "f1": 0.68},
        {
            "agree": {"precision": 0.95, "recall": 0.62, "f1": 0.75},
            "conflict": {"precision": 0.83, "recall": 0.6, "f1": 0.7},
            "unique": {"precision": 0.64, "recall": 0.45, "f1": 0.53},
        },
    ),
    # written blind on 2026-12-05 (fourth round), varied headers; first run (799e8f4):
    #  p 0.7075 r 0.6696 (106 system, 112 gold); then the session's rules
    "compare_dev50": (
        {"precision": 0.77, "recall": 0.73, "f1": 0.75},
        {
            "agree": {"precision": 0.8, "recall": 0.75, "f1": 0.77},
            "conflict": {"precision": 0.87, "recall": 0.75, "f1": 0.81},
            "unique": {"precision": 0.54, "recall": 0.61, "f1": 0.57},
        },
    ),
    # written blind on 2026-12-05 (fourth round), varied headers; first run (799e8f4):
    #  p 0.7500 r 0.5405 (80 system, 111 gold); then the session's rules
    "compare_dev51": (
        {"precision": 0.86, "recall": 0.71, "f1": 0.78},
        {
            "agree": {"precision": 0.92, "recall": 0.68, "f1": 0.78},
            "conflict": {"precision": 0.89, "recall": 0.77, "f1": 0.83},
            "unique": {"precision": 0.66, "recall": 0.63, "f1": 0.64},
        },
    ),
    # written blind on 2026-12-05 (fourth round), varied headers; first run (799e8f4):
    #  p 0.8235 r 0.6481 (85 system, 108 gold); then the session's rules
    "compare_dev52": (
        {"precision": 0.85, "recall": 0.68, "f1": 0.76},
        {
            "agree": {"precision": 0.9, "recall": 0.65, "f1": 0.76},
            "conflict": {"precision": 0.8, "recall": 0.73, "f1": 0.77},
            "unique": {"precision": 0.88, "recall": 0.62, "f1": 0.73},
        },
    ),
    # written blind on 2026-12-05 (fourth round), varied headers; first run (799e8f4):
    #  p 0.6813 r 0.5254 (91 system, 118 gold); then the session's rules
    "compare_dev53": (
        {"precision": 0.82, "recall": 0.69, "f1": 0.75},
        {
            "agree": {"precision": 0.85, "recall": 0.73, "f1": 0.78},
            "conflict": {"precision": 0.93, "recall": 0.75, "f1": 0.83},
            "unique": {"precision": 0.52, "recall": 0.45, "f1": 0.48},
        },
    ),
    # written blind on 2026-12-05 (fifth round, writers not shown docs/FINDINGS.md); first
    #  run (33dbc08): p 0.7121 r 0.4747 (66 system, 99 gold); pinned at once, no rule tuned on it
    "compare_dev54": (
        {"precision": 0.84, "recall": 0.6, "f1": 0.7},
        {
            "agree": {"precision": 0.93, "recall": 0.59, "f1": 0.72},
            "conflict": {"precision": 0.84, "recall": 0.75, "f1": 0.79},
            "unique": {"precision": 0.6, "recall": 0.33, "f1": 0.42},
        },
    ),
    # written blind on 2026-12-05 (fifth round, writers not shown docs/FINDINGS.md); first
    #  run (33dbc08): p 0.6912 r 0.4563 (68 system, 103 gold); pinned at once, no rule tuned on it
    "compare_dev55": (
        {"precision": 0.77, "recall": 0.54, "f1": 0.63},
        {
            "agree": {"precision": 0.96, "recall": 0.59, "f1": 0.74},
            "conflict": {"precision": 0.91, "recall": 0.59, "f1": 0.72},
            "unique": {"precision": 0.23, "recall": 0.25, "f1": 0.24},
        },
    ),
    # written blind on 2026-12-05 (fifth round, writers not shown docs/FINDINGS.md); first
    #  run (33dbc08): p 0.3968 r 0.2119 (63 system, 118 gold); pinned at once, no rule tuned on it
    #  Raised at cluster-s32 (its undated report's time is read and joins its story):
    #  p 0.4603 r 0.2458 -> p 0.5075 r 0.2881
    "compare_dev56": (
        {"precision": 0.61, "recall": 0.33, "f1": 0.43},
        {
            "agree": {"precision": 0.73, "recall": 0.41, "f1": 0.53},
            "conflict": {"precision": 0.64, "recall": 0.47, "f1": 0.54},
            "unique": {"precision": 0.35, "recall": 0.12, "f1": 0.18},
        },
    ),
    # written blind on 2026-12-05 (fifth round, writers not shown docs/FINDINGS.md); first
    #  run (33dbc08): p 0.6122 r 0.30 (49 system, 100 gold); pinned at once, no rule tuned on it
    "compare_dev57": (
        {"precision": 0.76, "recall": 0.42, "f1": 0.55},
        {
            "agree": {"precision": 0.91, "recall": 0.45, "f1": 0.6},
            "conflict": {"precision": 0.81, "recall": 0.48, "f1": 0.61},
            "unique": {"precision": 0.36, "recall": 0.23, "f1": 0.28},
        },
    ),
    # written blind on 2026-12-05 (sixth round, writers not shown docs/FINDINGS.md); first
    #  run (9a9509a): p 0.7532 r 0.4833 (77 system, 120 gold); pinned at the
    #  session's end (rules tuned on it)
    "compare_dev58": (
        {"precision": 0.81, "recall": 0.55, "f1": 0.66},
        {
            "agree": {"precision": 0.88, "recall": 0.62, "f1": 0.73},
            "conflict": {"precision": 0.86, "recall": 0.67, "f1": 0.75},
            "unique": {"precision": 0.4, "recall": 0.17, "f1": 0.24},
        },
    ),
    # written blind on 2026-12-05 (sixth round, writers not shown docs/FINDINGS.md); first
    #  run (9a9509a): p 0.8033 r 0.4455 (61 system, 110 gold); pinned at the
    #  session's end (rules tuned on it)
    "compare_dev59": (
        {"precision": 0.84, "recall": 0.49, "f1": 0.62},
        {
            "agree": {"precision": 0.95, "recall": 0.48, "f1": 0.64},
            "conflict": {"precision": 0.92, "recall": 0.61, "f1": 0.74},
            "unique": {"precision": 0.41, "recall": 0.23, "f1": 0.3},
        },
    ),
    # written blind on 2026-12-05 (sixth round, writers not shown docs/FINDINGS.md); first
    #  run (9a9509a): p 0.5818 r 0.3137 (55 system, 102 gold); pinned at the
    #  session's end (rules tuned on it)
    "compare_dev60": (
        {"precision": 0.72, "recall": 0.46, "f1": 0.56},
        {
            "agree": {"precision": 0.8, "recall": 0.44, "f1": 0.57},
            "conflict": {"precision": 0.92, "recall": 0.55, "f1": 0.69},
            "unique": {"precision": 0.15, "recall": 0.16, "f1": 0.16},
        },
    ),
    # written blind on 2026-12-05 (sixth round, writers not shown docs/FINDINGS.md); first
    #  run (9a9509a): p 0.5735 r 0.3645 (68 system, 107 gold); pinned at the
    #  session's end (rules tuned on it)
    "compare_dev61": (
        {"precision": 0.68, "recall": 0.44, "f1": 0.54},
        {
            "agree": {"precision": 0.86, "recall": 0.37, "f1": 0.52},
            "conflict": {"precision": 0.71, "recall": 0.56, "f1": 0.63},
            "unique": {"precision": 0.37, "recall": 0.4, "f1": 0.38},
        },
    ),
    # written blind on 2026-12-05 (seventh round, writers not shown docs/FINDINGS.md); first
    #  run (d53ee06): 46/65 of 102 (p 0.7077 r 0.451);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev62": (
        {"precision": 0.89, "recall": 0.58, "f1": 0.71},
        {
            "agree": {"precision": 1.0, "recall": 0.68, "f1": 0.81},
            "conflict": {"precision": 0.92, "recall": 0.66, "f1": 0.77},
            "unique": {"precision": 0.44, "recall": 0.21, "f1": 0.28},
        },
    ),
    # written blind on 2026-12-05 (seventh round, writers not shown docs/FINDINGS.md); first
    #  run (d53ee06): 46/78 of 119 (p 0.5897 r 0.3866);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev63": (
        {"precision": 0.73, "recall": 0.52, "f1": 0.61},
        {
            "agree": {"precision": 0.81, "recall": 0.59, "f1": 0.68},
            "conflict": {"precision": 0.75, "recall": 0.55, "f1": 0.64},
            "unique": {"precision": 0.5, "recall": 0.29, "f1": 0.36},
        },
    ),
    # written blind on 2026-12-05 (seventh round, writers not shown docs/FINDINGS.md); first
    #  run (d53ee06): 60/71 of 97 (p 0.8451 r 0.6186);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev64": (
        {"precision": 0.89, "recall": 0.67, "f1": 0.76},
        {
            "agree": {"precision": 1.0, "recall": 0.76, "f1": 0.86},
            "conflict": {"precision": 1.0, "recall": 0.7, "f1": 0.82},
            "unique": {"precision": 0.38, "recall": 0.33, "f1": 0.35},
        },
    ),
    # written blind on 2026-12-05 (seventh round, writers not shown docs/FINDINGS.md); first
    #  run (d53ee06): 52/80 of 118 (p 0.65 r 0.4407);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev65": (
        {"precision": 0.78, "recall": 0.55, "f1": 0.64},
        {
            "agree": {"precision": 0.8, "recall": 0.54, "f1": 0.65},
            "conflict": {"precision": 0.85, "recall": 0.68, "f1": 0.75},
            "unique": {"precision": 0.49, "recall": 0.28, "f1": 0.36},
        },
    ),
    # written blind on 2026-12-05 (eighth round, writers not shown docs/FINDINGS.md); first
    #  run (5a29fe1): 48/63 of 96 (p 0.7619 r 0.5);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev66": (
        {"precision": 0.86, "recall": 0.58, "f1": 0.69},
        {
            "agree": {"precision": 0.99, "recall": 0.65, "f1": 0.78},
            "conflict": {"precision": 0.88, "recall": 0.66, "f1": 0.76},
            "unique": {"precision": 0.4, "recall": 0.23, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-05 (eighth round, writers not shown docs/FINDINGS.md); first
    #  run (5a29fe1): 46/73 of 111 (p 0.6301 r 0.4144);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev67": (
        {"precision": 0.7, "recall": 0.45, "f1": 0.54},
        {
            "agree": {"precision": 0.88, "recall": 0.5, "f1": 0.63},
            "conflict": {"precision": 0.82, "recall": 0.57, "f1": 0.67},
            "unique": {"precision": 0.23, "recall": 0.16, "f1": 0.19},
        },
    ),
    # written blind on 2026-12-05 (eighth round, writers not shown docs/FINDINGS.md); first
    #  run (5a29fe1): 49/65 of 120 (p 0.7538 r 0.4083);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev68": (
        {"precision": 0.77, "recall": 0.44, "f1": 0.56},
        {
            "agree": {"precision": 0.85, "recall": 0.47, "f1": 0.6},
            "conflict": {"precision": 0.75, "recall": 0.57, "f1": 0.65},
            "unique": {"precision": 0.63, "recall": 0.22, "f1": 0.33},
        },
    ),
    # written blind on 2026-12-05 (eighth round, writers not shown docs/FINDINGS.md); first
    #  run (5a29fe1): 38/65 of 114 (p 0.5846 r 0.3333);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev69": (
        {"precision": 0.72, "recall": 0.42, "f1": 0.53},
        {
            "agree": {"precision": 0.8, "recall": 0.55, "f1": 0.65},
            "conflict": {"precision": 0.69, "recall": 0.55, "f1": 0.61},
            "unique": {"precision": 0.57, "recall": 0.2, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-05 (ninth round, writers not shown docs/FINDINGS.md); first
    #  run (88fa618): 56/75 of 133 (p 0.7467 r 0.4211);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev70": (
        {"precision": 0.77, "recall": 0.44, "f1": 0.56},
        {
            "agree": {"precision": 0.78, "recall": 0.34, "f1": 0.47},
            "conflict": {"precision": 0.83, "recall": 0.61, "f1": 0.7},
            "unique": {"precision": 0.58, "recall": 0.35, "f1": 0.43},
        },
    ),
    # written blind on 2026-12-05 (ninth round, writers not shown docs/FINDINGS.md); first
    #  run (88fa618): 51/76 of 126 (p 0.6711 r 0.4048);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev71": (
        {"precision": 0.69, "recall": 0.42, "f1": 0.52},
        {
            "agree": {"precision": 0.82, "recall": 0.5, "f1": 0.62},
            "conflict": {"precision": 0.73, "recall": 0.46, "f1": 0.56},
            "unique": {"precision": 0.37, "recall": 0.2, "f1": 0.26},
        },
    ),
    # written blind on 2026-12-05 (ninth round, writers not shown docs/FINDINGS.md); first
    #  run (88fa618): 53/70 of 123 (p 0.7571 r 0.4309);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev72": (
        {"precision": 0.77, "recall": 0.52, "f1": 0.62},
        {
            "agree": {"precision": 0.85, "recall": 0.57, "f1": 0.68},
            "conflict": {"precision": 0.75, "recall": 0.71, "f1": 0.73},
            "unique": {"precision": 0.54, "recall": 0.18, "f1": 0.27},
        },
    ),
    # written blind on 2026-12-05 (ninth round, writers not shown docs/FINDINGS.md); first
    #  run (88fa618): 33/49 of 116 (p 0.6735 r 0.2845);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev73": (
        {"precision": 0.76, "recall": 0.42, "f1": 0.54},
        {
            "agree": {"precision": 0.86, "recall": 0.37, "f1": 0.52},
            "conflict": {"precision": 0.82, "recall": 0.55, "f1": 0.66},
            "unique": {"precision": 0.46, "recall": 0.27, "f1": 0.34},
        },
    ),
    # written blind on 2026-12-06 (tenth round, writers not shown docs/FINDINGS.md); first
    #  run (8ef4f54): 56/75 of 137 (p 0.7467 r 0.4088);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev74": (
        {"precision": 0.76, "recall": 0.41, "f1": 0.53},
        {
            "agree": {"precision": 0.86, "recall": 0.54, "f1": 0.66},
            "conflict": {"precision": 0.65, "recall": 0.43, "f1": 0.52},
            "unique": {"precision": 0.69, "recall": 0.21, "f1": 0.33},
        },
    ),
    # written blind on 2026-12-06 (tenth round, writers not shown docs/FINDINGS.md); first
    #  run (8ef4f54): 51/72 of 125 (p 0.7083 r 0.4080);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev75": (
        {"precision": 0.77, "recall": 0.47, "f1": 0.59},
        {
            "agree": {"precision": 0.81, "recall": 0.49, "f1": 0.61},
            "conflict": {"precision": 0.77, "recall": 0.57, "f1": 0.65},
            "unique": {"precision": 0.71, "recall": 0.33, "f1": 0.45},
        },
    ),
    # written blind on 2026-12-06 (tenth round, writers not shown docs/FINDINGS.md); first
    #  run (8ef4f54): 35/55 of 129 (p 0.6364 r 0.2713);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev76": (
        {"precision": 0.75, "recall": 0.36, "f1": 0.49},
        {
            "agree": {"precision": 0.96, "recall": 0.41, "f1": 0.58},
            "conflict": {"precision": 0.67, "recall": 0.56, "f1": 0.61},
            "unique": {"precision": 0.0, "recall": 0.0, "f1": 0.0},
        },
    ),
    # written blind on 2026-12-06 (tenth round, writers not shown docs/FINDINGS.md); first
    #  run (8ef4f54): 28/62 of 162 (p 0.4516 r 0.1728);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev77": (
        {"precision": 0.72, "recall": 0.34, "f1": 0.46},
        {
            "agree": {"precision": 0.85, "recall": 0.39, "f1": 0.53},
            "conflict": {"precision": 0.69, "recall": 0.5, "f1": 0.58},
            "unique": {"precision": 0.56, "recall": 0.16, "f1": 0.25},
        },
    ),
    "compare_dev78": (
        {"precision": 0.71, "recall": 0.48, "f1": 0.57},
        {
            "agree": {"precision": 0.86, "recall": 0.5, "f1": 0.64},
            "conflict": {"precision": 0.71, "recall": 0.6, "f1": 0.65},
            "unique": {"precision": 0.33, "recall": 0.2, "f1": 0.25},
        },
    ),
    "compare_dev79": (
        {"precision": 0.76, "recall": 0.47, "f1": 0.58},
        {
            "agree": {"precision": 0.84, "recall": 0.45, "f1": 0.59},
            "conflict": {"precision": 0.83, "recall": 0.58, "f1": 0.68},
            "unique": {"precision": 0.53, "recall": 0.33, "f1": 0.41},
        },
    ),
    "compare_dev80": (
        {"precision": 0.79, "recall": 0.52, "f1": 0.63},
        {
            "agree": {"precision": 0.96, "recall": 0.59, "f1": 0.73},
            "conflict": {"precision": 0.83, "recall": 0.79, "f1": 0.81},
            "unique": {"precision": 0.23, "recall": 0.09, "f1": 0.13},
        },
    ),
    "compare_dev81": (
        {"precision": 0.65, "recall": 0.37, "f1": 0.47},
        {
            "agree": {"precision": 0.83, "recall": 0.33, "f1": 0.48},
            "conflict": {"precision": 0.69, "recall": 0.5, "f1": 0.58},
            "unique": {"precision": 0.36, "recall": 0.25, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-06 (third session, round 12), varied headers; first
    #  run (b11f55a): 40/66 of 125 (p 0.6061 r 0.3200);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev82": (
        {"precision": 0.67, "recall": 0.36, "f1": 0.47},
        {
            "agree": {"precision": 0.83, "recall": 0.41, "f1": 0.55},
            "conflict": {"precision": 0.65, "recall": 0.47, "f1": 0.55},
            "unique": {"precision": 0.42, "recall": 0.17, "f1": 0.25},
        },
    ),
    # written blind on 2026-12-06 (third session, round 12), varied headers; first
    #  run (b11f55a): 56/68 of 134 (p 0.8235 r 0.4179);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev83": (
        {"precision": 0.89, "recall": 0.5, "f1": 0.64},
        {
            "agree": {"precision": 0.93, "recall": 0.47, "f1": 0.62},
            "conflict": {"precision": 0.94, "recall": 0.71, "f1": 0.81},
            "unique": {"precision": 0.63, "recall": 0.24, "f1": 0.35},
        },
    ),
    # written blind on 2026-12-06 (third session, round 12), varied headers; first
    #  run (b11f55a): 36/52 of 136 (p 0.6923 r 0.2647);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev84": (
        {"precision": 0.78, "recall": 0.32, "f1": 0.45},
        {
            "agree": {"precision": 0.95, "recall": 0.38, "f1": 0.54},
            "conflict": {"precision": 0.75, "recall": 0.43, "f1": 0.55},
            "unique": {"precision": 0.5, "recall": 0.12, "f1": 0.2},
        },
    ),
    # written blind on 2026-12-06 (third session, round 12), varied headers; first
    #  run (b11f55a): 43/65 of 141 (p 0.6615 r 0.3050);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev85": (
        {"precision": 0.72, "recall": 0.37, "f1": 0.49},
        {
            "agree": {"precision": 0.88, "recall": 0.44, "f1": 0.58},
            "conflict": {"precision": 0.73, "recall": 0.59, "f1": 0.65},
            "unique": {"precision": 0.52, "recall": 0.19, "f1": 0.28},
        },
    ),
    # written blind on 2026-12-06 (fourth session, round 13), varied headers; first
    #  run (0d58c25): 50/70 of 148 (p 0.7143 r 0.3378);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev86": (
        {"precision": 0.8, "recall": 0.39, "f1": 0.52},
        {
            "agree": {"precision": 1.0, "recall": 0.41, "f1": 0.59},
            "conflict": {"precision": 0.7, "recall": 0.54, "f1": 0.61},
            "unique": {"precision": 0.66, "recall": 0.19, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-06 (fourth session, round 13), varied headers; first
    #  run (0d58c25): 51/76 of 133 (p 0.6711 r 0.3835);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev87": (
        {"precision": 0.73, "recall": 0.48, "f1": 0.58},
        {
            "agree": {"precision": 0.91, "recall": 0.57, "f1": 0.7},
            "conflict": {"precision": 0.69, "recall": 0.62, "f1": 0.65},
            "unique": {"precision": 0.42, "recall": 0.16, "f1": 0.24},
        },
    ),
    # written blind on 2026-12-06 (fourth session, round 13), varied headers; first
    #  run (0d58c25): 52/68 of 124 (p 0.7647 r 0.4194);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev88": (
        {"precision": 0.8, "recall": 0.45, "f1": 0.57},
        {
            "agree": {"precision": 1.0, "recall": 0.41, "f1": 0.58},
            "conflict": {"precision": 0.82, "recall": 0.63, "f1": 0.71},
            "unique": {"precision": 0.5, "recall": 0.3, "f1": 0.37},
        },
    ),
    # written blind on 2026-12-06 (fourth session, round 13), varied headers; first
    #  run (0d58c25): 57/82 of 113 (p 0.6951 r 0.5044);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev89": (
        {"precision": 0.72, "recall": 0.53, "f1": 0.61},
        {
            "agree": {"precision": 0.83, "recall": 0.56, "f1": 0.67},
            "conflict": {"precision": 0.74, "recall": 0.64, "f1": 0.69},
            "unique": {"precision": 0.5, "recall": 0.31, "f1": 0.38},
        },
    ),
    # written blind on 2026-12-06 (fifth session, round 14), varied headers; first
    #  run (975e224): 61/100 of 148 (p 0.61 r 0.4122);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev90": (
        {"precision": 0.68, "recall": 0.44, "f1": 0.53},
        {
            "agree": {"precision": 0.76, "recall": 0.49, "f1": 0.59},
            "conflict": {"precision": 0.68, "recall": 0.57, "f1": 0.62},
            "unique": {"precision": 0.49, "recall": 0.24, "f1": 0.32},
        },
    ),
    # written blind on 2026-12-06 (fifth session, round 14), varied headers; first
    #  run (975e224): 42/55 of 110 (p 0.7636 r 0.3818);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev91": (
        {"precision": 0.79, "recall": 0.42, "f1": 0.55},
        {
            "agree": {"precision": 0.89, "recall": 0.53, "f1": 0.66},
            "conflict": {"precision": 0.89, "recall": 0.58, "f1": 0.7},
            "unique": {"precision": 0.3, "recall": 0.1, "f1": 0.15},
        },
    ),
    # written blind on 2026-12-06 (fifth session, round 14), varied headers; first
    #  run (975e224): 60/84 of 132 (p 0.7143 r 0.4545);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev92": (
        {"precision": 0.81, "recall": 0.49, "f1": 0.61},
        {
            "agree": {"precision": 0.93, "recall": 0.5, "f1": 0.65},
            "conflict": {"precision": 0.9, "recall": 0.77, "f1": 0.83},
            "unique": {"precision": 0.44, "recall": 0.21, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-06 (fifth session, round 14), varied headers; first
    #  run (975e224): 47/73 of 130 (p 0.6438 r 0.3615);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev93": (
        {"precision": 0.72, "recall": 0.43, "f1": 0.54},
        {
            "agree": {"precision": 0.86, "recall": 0.43, "f1": 0.58},
            "conflict": {"precision": 0.78, "recall": 0.63, "f1": 0.7},
            "unique": {"precision": 0.33, "recall": 0.15, "f1": 0.21},
        },
    ),
    # written blind on 2026-12-06 (sixth session, round 15), varied headers; first
    #  run (8c7b84e): 57/75 of 122 (p 0.7600 r 0.4672);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev94": (
        {"precision": 0.81, "recall": 0.5, "f1": 0.62},
        {
            "agree": {"precision": 0.96, "recall": 0.55, "f1": 0.7},
            "conflict": {"precision": 0.84, "recall": 0.58, "f1": 0.69},
            "unique": {"precision": 0.38, "recall": 0.22, "f1": 0.28},
        },
    ),
    # written blind on 2026-12-06 (sixth session, round 15), varied headers; first
    #  run (8c7b84e): 46/69 of 129 (p 0.6667 r 0.3566);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev95": (
        {"precision": 0.75, "recall": 0.43, "f1": 0.55},
        {
            "agree": {"precision": 0.96, "recall": 0.46, "f1": 0.62},
            "conflict": {"precision": 0.71, "recall": 0.54, "f1": 0.62},
            "unique": {"precision": 0.38, "recall": 0.18, "f1": 0.24},
        },
    ),
    # written blind on 2026-12-06 (sixth session, round 15), varied headers; first
    #  run (8c7b84e): 48/80 of 138 (p 0.6000 r 0.3478);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev96": (
        {"precision": 0.68, "recall": 0.41, "f1": 0.51},
        {
            "agree": {"precision": 0.79, "recall": 0.48, "f1": 0.59},
            "conflict": {"precision": 0.57, "recall": 0.52, "f1": 0.54},
            "unique": {"precision": 0.77, "recall": 0.18, "f1": 0.29},
        },
    ),
    # written blind on 2026-12-06 (sixth session, round 15), varied headers; first
    #  run (8c7b84e): 38/62 of 129 (p 0.6129 r 0.2946);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev97": (
        {"precision": 0.69, "recall": 0.34, "f1": 0.45},
        {
            "agree": {"precision": 0.83, "recall": 0.39, "f1": 0.53},
            "conflict": {"precision": 0.73, "recall": 0.44, "f1": 0.55},
            "unique": {"precision": 0.38, "recall": 0.14, "f1": 0.2},
        },
    ),
    # written blind on 2026-12-06 (seventh session, round 16), varied headers; first
    #  run (2468476): 23/48 of 133 (p 0.4792 r 0.1729);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev98": (
        {"precision": 0.66, "recall": 0.35, "f1": 0.46},
        {
            "agree": {"precision": 0.91, "recall": 0.35, "f1": 0.51},
            "conflict": {"precision": 0.6, "recall": 0.5, "f1": 0.54},
            "unique": {"precision": 0.38, "recall": 0.15, "f1": 0.22},
        },
    ),
    # written blind on 2026-12-06 (seventh session, round 16), varied headers; first
    #  run (2468476): 50/64 of 131 (p 0.7812 r 0.3817);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev99": (
        {"precision": 0.75, "recall": 0.44, "f1": 0.55},
        {
            "agree": {"precision": 0.87, "recall": 0.38, "f1": 0.53},
            "conflict": {"precision": 0.74, "recall": 0.51, "f1": 0.6},
            "unique": {"precision": 0.61, "recall": 0.44, "f1": 0.52},
        },
    ),
    # written blind on 2026-12-06 (seventh session, round 16), varied headers; first
    #  run (2468476): 38/66 of 130 (p 0.5758 r 0.2923);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev100": (
        {"precision": 0.7, "recall": 0.4, "f1": 0.51},
        {
            "agree": {"precision": 0.81, "recall": 0.54, "f1": 0.65},
            "conflict": {"precision": 0.54, "recall": 0.47, "f1": 0.5},
            "unique": {"precision": 0.85, "recall": 0.15, "f1": 0.26},
        },
    ),
    # written blind on 2026-12-06 (seventh session, round 16), varied headers; first
    #  run (2468476): 48/68 of 111 (p 0.7059 r 0.4324);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev101": (
        {"precision": 0.8, "recall": 0.54, "f1": 0.65},
        {
            "agree": {"precision": 0.86, "recall": 0.61, "f1": 0.71},
            "conflict": {"precision": 0.91, "recall": 0.67, "f1": 0.77},
            "unique": {"precision": 0.49, "recall": 0.28, "f1": 0.36},
        },
    ),
    # written blind on 2026-12-06 (eighth session, round 17), varied headers; first
    #  run (3b993a5): 39/73 of 139 (p 0.5342 r 0.2806);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev102": (
        {"precision": 0.57, "recall": 0.3, "f1": 0.4},
        {
            "agree": {"precision": 0.7, "recall": 0.41, "f1": 0.52},
            "conflict": {"precision": 0.37, "recall": 0.26, "f1": 0.31},
            "unique": {"precision": 0.57, "recall": 0.18, "f1": 0.28},
        },
    ),
    # written blind on 2026-12-06 (eighth session, round 17), varied headers; first
    #  run (3b993a5): 61/84 of 146 (p 0.7262 r 0.4178);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev103": (
        {"precision": 0.75, "recall": 0.43, "f1": 0.55},
        {
            "agree": {"precision": 0.82, "recall": 0.51, "f1": 0.63},
            "conflict": {"precision": 0.79, "recall": 0.67, "f1": 0.72},
            "unique": {"precision": 0.39, "recall": 0.09, "f1": 0.14},
        },
    ),
    # written blind on 2026-12-06 (eighth session, round 17), varied headers; first
    #  run (3b993a5): 45/71 of 116 (p 0.6338 r 0.3879);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev104": (
        {"precision": 0.69, "recall": 0.43, "f1": 0.53},
        {
            "agree": {"precision": 0.88, "recall": 0.45, "f1": 0.59},
            "conflict": {"precision": 0.73, "recall": 0.53, "f1": 0.61},
            "unique": {"precision": 0.31, "recall": 0.2, "f1": 0.25},
        },
    ),
    # written blind on 2026-12-06 (eighth session, round 17), varied headers; first
    #  run (3b993a5): 41/61 of 117 (p 0.6721 r 0.3504);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev105": (
        {"precision": 0.72, "recall": 0.35, "f1": 0.47},
        {
            "agree": {"precision": 0.9, "recall": 0.38, "f1": 0.54},
            "conflict": {"precision": 0.64, "recall": 0.42, "f1": 0.5},
            "unique": {"precision": 0.54, "recall": 0.22, "f1": 0.31},
        },
    ),
    # written blind on 2026-12-06 (ninth session, round 18), varied headers; first
    #  run (6e3a81e): 64/76 of 145 (p 0.8421 r 0.4414);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev106": (
        {"precision": 0.84, "recall": 0.44, "f1": 0.58},
        {
            "agree": {"precision": 0.96, "recall": 0.53, "f1": 0.69},
            "conflict": {"precision": 0.79, "recall": 0.62, "f1": 0.7},
            "unique": {"precision": 0.71, "recall": 0.19, "f1": 0.31},
        },
    ),
    # written blind on 2026-12-06 (ninth session, round 18), varied headers; first
    #  run (6e3a81e): 38/56 of 133 (p 0.6786 r 0.2857);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev107": (
        {"precision": 0.79, "recall": 0.39, "f1": 0.52},
        {
            "agree": {"precision": 0.93, "recall": 0.51, "f1": 0.66},
            "conflict": {"precision": 0.82, "recall": 0.55, "f1": 0.66},
            "unique": {"precision": 0.46, "recall": 0.14, "f1": 0.22},
        },
    ),
    # written blind on 2026-12-06 (ninth session, round 18), varied headers; first
    #  run (6e3a81e): 46/60 of 141 (p 0.7667 r 0.3262);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev108": (
        {"precision": 0.86, "recall": 0.4, "f1": 0.55},
        {
            "agree": {"precision": 0.99, "recall": 0.46, "f1": 0.63},
            "conflict": {"precision": 0.76, "recall": 0.52, "f1": 0.62},
            "unique": {"precision": 0.81, "recall": 0.25, "f1": 0.38},
        },
    ),
    # written blind on 2026-12-06 (ninth session, round 18), varied headers; first
    #  run (6e3a81e): 52/71 of 130 (p 0.7324 r 0.4);
    #  pinned at the session's end (rules tuned on it)
    "compare_dev109": (
        {"precision": 0.8, "recall": 0.45, "f1": 0.58},
        {
            "agree": {"precision": 0.96, "recall": 0.49, "f1": 0.65},
            "conflict": {"precision": 0.76, "recall": 0.63, "f1": 0.69},
            "unique": {"precision": 0.39, "recall": 0.13, "f1": 0.2},
        },
    ),
    # round 19, written blind this session; first run on 44aa81d: 54 / 73 / 142
    "compare_dev110": (
        {"precision": 0.79, "recall": 0.42, "f1": 0.55},
        {
            "agree": {"precision": 0.9, "recall": 0.47, "f1": 0.62},
            "conflict": {"precision": 0.79, "recall": 0.57, "f1": 0.66},
            "unique": {"precision": 0.59, "recall": 0.2, "f1": 0.31},
        },
    ),
    # round 19, written blind this session; first run on 44aa81d: 47 / 72 / 124
    "compare_dev111": (
        {"precision": 0.69, "recall": 0.39, "f1": 0.5},
        {
            "agree": {"precision": 0.88, "recall": 0.46, "f1": 0.6},
            "conflict": {"precision": 0.56, "recall": 0.56, "f1": 0.56},
            "unique": {"precision": 0.58, "recall": 0.17, "f1": 0.26},
        },
    ),
    # round 19, written blind this session; first run on 44aa81d: 67 / 82 / 137
    "compare_dev112": (
        {"precision": 0.81, "recall": 0.48, "f1": 0.61},
        {
            "agree": {"precision": 0.93, "recall": 0.46, "f1": 0.62},
            "conflict": {"precision": 0.78, "recall": 0.72, "f1": 0.75},
            "unique": {"precision": 0.68, "recall": 0.28, "f1": 0.39},
        },
    ),
    # round 19, written blind this session; first run on 44aa81d: 69 / 83 / 123
    "compare_dev113": (
        {"precision": 0.85, "recall": 0.59, "f1": 0.7},
        {
            "agree": {"precision": 0.94, "recall": 0.64, "f1": 0.76},
            "conflict": {"precision": 0.82, "recall": 0.7, "f1": 0.76},
            "unique": {"precision": 0.71, "recall": 0.34, "f1": 0.46},
        },
    ),
    # round 20, written blind this session; first run on b9e2599: 60 / 80 / 123
    "compare_dev114": (
        {"precision": 0.75, "recall": 0.48, "f1": 0.59},
        {
            "agree": {"precision": 0.83, "recall": 0.54, "f1": 0.65},
            "conflict": {"precision": 0.75, "recall": 0.65, "f1": 0.7},
            "unique": {"precision": 0.44, "recall": 0.14, "f1": 0.21},
        },
    ),
    # round 20, written blind this session; first run on b9e2599: 48 / 79 / 152
    "compare_dev115": (
        {"precision": 0.66, "recall": 0.35, "f1": 0.46},
        {
            "agree": {"precision": 0.79, "recall": 0.31, "f1": 0.44},
            "conflict": {"precision": 0.67, "recall": 0.58, "f1": 0.62},
            "unique": {"precision": 0.47, "recall": 0.23, "f1": 0.31},
        },
    ),
    # round 20, written blind this session; first run on b9e2599: 43 / 61 / 133
    "compare_dev116": (
        {"precision": 0.78, "recall": 0.35, "f1": 0.48},
        {
            "agree": {"precision": 0.85, "recall": 0.39, "f1": 0.54},
            "conflict": {"precision": 0.82, "recall": 0.46, "f1": 0.59},
            "unique": {"precision": 0.59, "recall": 0.2, "f1": 0.31},
        },
    ),
    # round 20, written blind this session; first run on b9e2599: 60 / 74 / 120
    "compare_dev117": (
        {"precision": 0.81, "recall": 0.49, "f1": 0.61},
        {
            "agree": {"precision": 0.93, "recall": 0.47, "f1": 0.63},
            "conflict": {"precision": 0.78, "recall": 0.64, "f1": 0.7},
            "unique": {"precision": 0.54, "recall": 0.29, "f1": 0.38},
        },
    ),
    # round 21, written blind this session; first run on e5af499: 46 / 62 / 139
    "compare_dev118": (
        {"precision": 0.92, "recall": 0.43, "f1": 0.58},
        {
            "agree": {"precision": 0.99, "recall": 0.59, "f1": 0.74},
            "conflict": {"precision": 0.94, "recall": 0.55, "f1": 0.7},
            "unique": {"precision": 0.59, "recall": 0.13, "f1": 0.21},
        },
    ),
    # round 21, written blind this session; first run on e5af499: 41 / 57 / 136
    "compare_dev119": (
        {"precision": 0.79, "recall": 0.36, "f1": 0.49},
        {
            "agree": {"precision": 0.76, "recall": 0.42, "f1": 0.54},
            "conflict": {"precision": 0.83, "recall": 0.51, "f1": 0.63},
            "unique": {"precision": 0.78, "recall": 0.2, "f1": 0.32},
        },
    ),
    # round 21, written blind this session; first run on e5af499: 65 / 88 / 134
    "compare_dev120": (
        {"precision": 0.76, "recall": 0.5, "f1": 0.6},
        {
            "agree": {"precision": 0.92, "recall": 0.6, "f1": 0.72},
            "conflict": {"precision": 0.7, "recall": 0.59, "f1": 0.64},
            "unique": {"precision": 0.52, "recall": 0.24, "f1": 0.33},
        },
    ),
    # round 21, written blind this session; first run on e5af499: 57 / 84 / 138
    "compare_dev121": (
        {"precision": 0.7, "recall": 0.43, "f1": 0.53},
        {
            "agree": {"precision": 0.8, "recall": 0.48, "f1": 0.6},
            "conflict": {"precision": 0.61, "recall": 0.54, "f1": 0.57},
            "unique": {"precision": 0.61, "recall": 0.22, "f1": 0.33},
        },
    ),
    # round 22, written blind this session; first run on 0642eed: 50 / 75 / 124
    "compare_dev122": (
        {"precision": 0.69, "recall": 0.43, "f1": 0.53},
        {
            "agree": {"precision": 0.78, "recall": 0.45, "f1": 0.57},
            "conflict": {"precision": 0.63, "recall": 0.55, "f1": 0.59},
            "unique": {"precision": 0.59, "recall": 0.27, "f1": 0.37},
        },
    ),
    # round 22, written blind this session; first run on 0642eed: 50 / 71 / 131
    "compare_dev123": (
        {"precision": 0.7, "recall": 0.38, "f1": 0.49},
        {
            "agree": {"precision": 0.89, "recall": 0.47, "f1": 0.61},
            "conflict": {"precision": 0.66, "recall": 0.48, "f1": 0.56},
            "unique": {"precision": 0.39, "recall": 0.15, "f1": 0.22},
        },
    ),
    # round 22, written blind this session; first run on 0642eed: 51 / 73 / 164
    "compare_dev124": (
        {"precision": 0.73, "recall": 0.33, "f1": 0.46},
        {
            "agree": {"precision": 0.82, "recall": 0.31, "f1": 0.45},
            "conflict": {"precision": 0.67, "recall": 0.61, "f1": 0.64},
            "unique": {"precision": 0.68, "recall": 0.19, "f1": 0.3},
        },
    ),
    # round 22, written blind this session; first run on 0642eed: 48 / 70 / 158
    "compare_dev125": (
        {"precision": 0.69, "recall": 0.31, "f1": 0.42},
        {
            "agree": {"precision": 0.75, "recall": 0.34, "f1": 0.47},
            "conflict": {"precision": 0.58, "recall": 0.47, "f1": 0.52},
            "unique": {"precision": 0.76, "recall": 0.16, "f1": 0.27},
        },
    ),
    # round 23, written blind this session; first run on 7b650cc: 44 / 67 / 103
    "compare_dev126": (
        {"precision": 0.69, "recall": 0.44, "f1": 0.54},
        {
            "agree": {"precision": 0.84, "recall": 0.53, "f1": 0.65},
            "conflict": {"precision": 0.66, "recall": 0.64, "f1": 0.65},
            "unique": {"precision": 0.22, "recall": 0.07, "f1": 0.11},
        },
    ),
    # round 23, written blind this session; first run on 7b650cc: 55 / 71 / 107
    "compare_dev127": (
        {"precision": 0.82, "recall": 0.52, "f1": 0.64},
        {
            "agree": {"precision": 0.93, "recall": 0.55, "f1": 0.69},
            "conflict": {"precision": 0.69, "recall": 0.53, "f1": 0.6},
            "unique": {"precision": 0.75, "recall": 0.42, "f1": 0.54},
        },
    ),
    # round 23, written blind this session; first run on 7b650cc: 32 / 66 / 118
    "compare_dev128": (
        {"precision": 0.5, "recall": 0.28, "f1": 0.36},
        {
            "agree": {"precision": 0.67, "recall": 0.41, "f1": 0.51},
            "conflict": {"precision": 0.31, "recall": 0.23, "f1": 0.26},
            "unique": {"precision": 0.36, "recall": 0.12, "f1": 0.18},
        },
    ),
    # round 23, written blind this session; first run on 7b650cc: 49 / 64 / 106
    "compare_dev129": (
        {"precision": 0.76, "recall": 0.46, "f1": 0.57},
        {
            "agree": {"precision": 0.92, "recall": 0.46, "f1": 0.61},
            "conflict": {"precision": 0.78, "recall": 0.62, "f1": 0.69},
            "unique": {"precision": 0.5, "recall": 0.29, "f1": 0.37},
        },
    ),
    # round 24, written blind this session; first run on 487a322: 48 / 69 / 102
    "compare_dev130": (
        {"precision": 0.68, "recall": 0.47, "f1": 0.55},
        {
            "agree": {"precision": 0.82, "recall": 0.45, "f1": 0.58},
            "conflict": {"precision": 0.72, "recall": 0.58, "f1": 0.64},
            "unique": {"precision": 0.3, "recall": 0.26, "f1": 0.28},
        },
    ),
    # round 24, written blind this session; first run on 487a322: 60 / 72 / 137
    "compare_dev131": (
        {"precision": 0.85, "recall": 0.44, "f1": 0.58},
        {
            "agree": {"precision": 0.92, "recall": 0.57, "f1": 0.7},
            "conflict": {"precision": 0.76, "recall": 0.73, "f1": 0.74},
            "unique": {"precision": 0.87, "recall": 0.14, "f1": 0.24},
        },
    ),
    # round 24, written blind this session; first run on 487a322: 56 / 70 / 116
    "compare_dev132": (
        {"precision": 0.82, "recall": 0.49, "f1": 0.61},
        {
            "agree": {"precision": 0.93, "recall": 0.51, "f1": 0.66},
            "conflict": {"precision": 0.88, "recall": 0.62, "f1": 0.73},
            "unique": {"precision": 0.5, "recall": 0.25, "f1": 0.34},
        },
    ),
    # round 24, written blind this session; first run on 487a322: 40 / 61 / 126
    "compare_dev133": (
        {"precision": 0.68, "recall": 0.33, "f1": 0.44},
        {
            "agree": {"precision": 0.8, "recall": 0.39, "f1": 0.53},
            "conflict": {"precision": 0.5, "recall": 0.43, "f1": 0.46},
            "unique": {"precision": 1.0, "recall": 0.12, "f1": 0.21},
        },
    ),
    # round 25, written blind this session; first run on d411d74: 50 / 59 / 92
    "compare_dev134": (
        {"precision": 0.91, "recall": 0.56, "f1": 0.69},
        {
            "agree": {"precision": 1.0, "recall": 0.67, "f1": 0.8},
            "conflict": {"precision": 0.9, "recall": 0.69, "f1": 0.78},
            "unique": {"precision": 0.62, "recall": 0.21, "f1": 0.32},
        },
    ),
    # round 25, written blind this session; first run on d411d74: 49 / 64 / 114
    "compare_dev135": (
        {"precision": 0.76, "recall": 0.42, "f1": 0.55},
        {
            "agree": {"precision": 0.82, "recall": 0.42, "f1": 0.56},
            "conflict": {"precision": 0.69, "recall": 0.5, "f1": 0.58},
            "unique": {"precision": 0.8, "recall": 0.33, "f1": 0.47},
        },
    ),
    # round 25, written blind this session; first run on d411d74: 50 / 62 / 119
    "compare_dev136": (
        {"precision": 0.8, "recall": 0.42, "f1": 0.55},
        {
            "agree": {"precision": 0.93, "recall": 0.49, "f1": 0.64},
            "conflict": {"precision": 0.7, "recall": 0.56, "f1": 0.62},
            "unique": {"precision": 0.5, "recall": 0.1, "f1": 0.17},
        },
    ),
    # round 25, written blind this session; first run on d411d74: 32 / 52 / 116
    "compare_dev137": (
        {"precision": 0.69, "recall": 0.31, "f1": 0.42},
        {
            "agree": {"precision": 0.79, "recall": 0.34, "f1": 0.48},
            "conflict": {"precision": 0.52, "recall": 0.42, "f1": 0.47},
            "unique": {"precision": 0.66, "recall": 0.13, "f1": 0.22},
        },
    ),
    # round 26, written blind this session; first run on e69a6b8: 44 / 66 / 111
    "compare_dev138": (
        {"precision": 0.73, "recall": 0.49, "f1": 0.59},
        {
            "agree": {"precision": 0.77, "recall": 0.47, "f1": 0.58},
            "conflict": {"precision": 0.79, "recall": 0.69, "f1": 0.74},
            "unique": {"precision": 0.4, "recall": 0.21, "f1": 0.27},
        },
    ),
    # round 26, written blind this session; first run on e69a6b8: 45 / 67 / 122
    "compare_dev139": (
        {"precision": 0.7, "recall": 0.38, "f1": 0.49},
        {
            "agree": {"precision": 0.81, "recall": 0.52, "f1": 0.64},
            "conflict": {"precision": 0.61, "recall": 0.48, "f1": 0.54},
            "unique": {"precision": 0.53, "recall": 0.15, "f1": 0.24},
        },
    ),
    # round 26, written blind this session; first run on e69a6b8: 44 / 59 / 103
    "compare_dev140": (
        {"precision": 0.84, "recall": 0.46, "f1": 0.6},
        {
            "agree": {"precision": 0.96, "recall": 0.53, "f1": 0.69},
            "conflict": {"precision": 0.8, "recall": 0.65, "f1": 0.72},
            "unique": {"precision": 0.42, "recall": 0.12, "f1": 0.18},
        },
    ),
    # round 26, written blind this session; first run on e69a6b8: 34 / 58 / 92
    "compare_dev141": (
        {"precision": 0.74, "recall": 0.51, "f1": 0.6},
        {
            "agree": {"precision": 0.82, "recall": 0.58, "f1": 0.68},
            "conflict": {"precision": 0.7, "recall": 0.48, "f1": 0.57},
            "unique": {"precision": 0.54, "recall": 0.35, "f1": 0.42},
        },
    ),
    # round 27, written blind this session; first run on 966d61f: 44 / 70 / 122
    "compare_dev142": (
        {"precision": 0.69, "recall": 0.42, "f1": 0.52},
        {
            "agree": {"precision": 0.8, "recall": 0.44, "f1": 0.57},
            "conflict": {"precision": 0.71, "recall": 0.6, "f1": 0.65},
            "unique": {"precision": 0.33, "recall": 0.14, "f1": 0.2},
        },
    ),
    # round 27, written blind this session; first run on 966d61f: 47 / 55 / 102
    "compare_dev143": (
        {"precision": 0.86, "recall": 0.49, "f1": 0.62},
        {
            "agree": {"precision": 0.93, "recall": 0.5, "f1": 0.65},
            "conflict": {"precision": 0.87, "recall": 0.61, "f1": 0.72},
            "unique": {"precision": 0.4, "recall": 0.14, "f1": 0.21},
        },
    ),
    # round 27, written blind this session; first run on 966d61f: 52 / 66 / 114
    "compare_dev144": (
        {"precision": 0.8, "recall": 0.46, "f1": 0.58},
        {
            "agree": {"precision": 0.9, "recall": 0.57, "f1": 0.7},
            "conflict": {"precision": 0.78, "recall": 0.66, "f1": 0.72},
            "unique": {"precision": 0.5, "recall": 0.14, "f1": 0.22},
        },
    ),
    # round 27, written blind this session; first run on 966d61f: 50 / 65 / 105
    "compare_dev145": (
        {"precision": 0.81, "recall": 0.5, "f1": 0.62},
        {
            "agree": {"precision": 0.93, "recall": 0.59, "f1": 0.72},
            "conflict": {"precision": 0.82, "recall": 0.63, "f1": 0.71},
            "unique": {"precision": 0.5, "recall": 0.21, "f1": 0.3},
        },
    ),
}


# corpus name -> (its corpus folder, its gold file or None, overall floors, per-kind floors)
SETS: dict[str, tuple[Path, Path | None, dict[str, float], dict[str, dict[str, float]]]] = {
    name: (
        GOLD.parent / "corpus" if name == "examples" else DATA / name / "corpus",
        GOLD if name == "examples" else DATA / name / "gold.json",
        floors,
        kinds,
    )
    for name, (floors, kinds) in TUNING_FLOORS.items()
}
# our hold-outs: only their articles are read here, never their gold findings
HOLDOUTS = ("holdout", "holdout2", "holdout3", "holdout4")
SETS |= {name: (DATA / name / "corpus", None, {}, {}) for name in HOLDOUTS}
OVERALL = [(name, metric) for name, (_, _, floors, _) in SETS.items() for metric in floors]
PER_KIND = [
    (name, kind, metric)
    for name, (_, _, _, kinds) in SETS.items()
    for kind, floors in kinds.items()
    for metric in floors
]


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    """Each corpus analysed once for the whole module, on first use."""
    return {}


def analysis_of(analyses: dict[str, Analysis], name: str) -> Analysis:
    if name not in analyses:
        from wirecheck.run import analyze
        from wirecheck.settings import Settings

        analyses[name] = analyze([SETS[name][0]], Settings(quiet=True))
    return analyses[name]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    return {}


def scores_of(
    analyses: dict[str, Analysis], scores: dict[str, dict[str, Any]], name: str
) -> dict[str, Any]:
    if name not in scores:
        from wirecheck.evaluate.findings import score_analysis
        from wirecheck.evaluate.goldfiles import load_gold

        corpus, gold, _, _ = SETS[name]
        assert gold is not None
        scores[name] = score_analysis(analysis_of(analyses, name), load_gold(gold), corpus)
    return scores[name]


@pytest.mark.parametrize(("name", "metric"), OVERALL)
def test_findings_overall_floor(
    analyses: dict[str, Analysis], scores: dict[str, dict[str, Any]], name: str, metric: str
) -> None:
    found = scores_of(analyses, scores, name)
    assert found[metric] >= SETS[name][2][metric], found


@pytest.mark.parametrize(("name", "kind", "metric"), PER_KIND)
def test_findings_per_kind_floor(
    analyses: dict[str, Analysis],
    scores: dict[str, dict[str, Any]],
    name: str,
    kind: str,
    metric: str,
) -> None:
    found = scores_of(analyses, scores, name)["per_kind"]
    assert found[kind][metric] >= SETS[name][3][kind][metric], found


@pytest.mark.parametrize("name", ["examples", "compare_dev", *HOLDOUTS])
def test_every_conflict_has_evidence_in_two_independent_outlets(
    analyses: dict[str, Analysis], name: str
) -> None:
    analysis = analysis_of(analyses, name)
    by_id = {a.id: a for a in analysis.articles}
    outlets = outlet_keys(analysis.articles, by_id)
    conflicts = [f for f in analysis.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        assert len({outlets[e.article] for e in finding.evidence}) >= 2, finding


def test_every_kind_is_reported(analyses: dict[str, Analysis]) -> None:
    found = analysis_of(analyses, "examples").findings
    assert {f.kind for f in found} == {"agree", "conflict", "unique"}
