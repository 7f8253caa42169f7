"""Quality gate: article metadata on every findings set (fields exact, floors never lowered).

Metadata decides what a finding compares: the dateline and the publication time anchor every
relative date, and the outlet names each side. The blind sets compare_dev30 to dev33 were
written with widely varied header styles; their floors are the figures of the session that
taught the cleaner those styles (2026-12-04, night). Since the next session, byline authors are
also contributors (every writer of the blind sets since compare_dev13 listed them there), and
compare_dev34 to dev37 (also varied headers) are pinned at their first run. Since the session of
2026-12-05, an outlet whose initials tag its own dateline ("(MPA)") is that story's wire agency,
as the schema reads "agency named in the dateline"; compare_dev38 to dev41 are pinned at that
session's end (first runs, on the code before it: 127, 129, 126 and 128), and compare_dev42
to dev45, written later that session, at its end (first runs on 69192e6: 135, 132, 127, 134).
A section line between the outlet and the title ("Environment") and a page's kicker element
are read since then. compare_dev46 to dev49 (written in the next session) are pinned at
that session's end (first runs on 030e998: 143, 147, 135, 139), after a line of fields above
the title and a sentence-case section beside the outlet were read. compare_dev50 to dev53
(written in the third session of 2026-12-05) are pinned at its end (first runs on 799e8f4:
148, 148, 147, 141), after a section of labels stacked with the outlet's line, a "Published:
... | Last updated: ..." line and a page's "Last updated:" date element were read. Reading and
cleaning only, no parsing: the whole gate takes seconds. compare_dev54 to dev57 (fourth session
of 2026-12-05) are pinned at its end (first runs on 33dbc08: 141, 139, 131, 129), after a page
heading the <title> holds and an outlet in capitals with a trail of labels were read.
compare_dev58 to dev61 (fifth session of 2026-12-05) are pinned at its end (first runs on
9a9509a: 133, 146, 146, 134), after "Last modified on ...", fields set apart by spaces, an
update time in brackets, a slash before the clock time, a "U.S. News" section and a
breadcrumb of sections were read (compare_dev37 and dev56 rose with them).
compare_dev62 to dev65 (sixth session of 2026-12-05) are pinned at its end (first runs on
d53ee06: 134, 151, 134, 134), after a slash before an update, an update given as a clock time
alone, "Outlet :: Section", "Author:" in a byline element, a bare name over the time line and
a wire's initials before its headline were read (twenty-three older sets rose with them).
compare_dev66 to dev69 (seventh session of 2026-12-05) are pinned at its end (first runs on
5a29fe1: 135, 138, 141, 136), after an outlet in capitals over a section label, a hyphenated
section, an update after a comma or on a line of its own, a clock after a dash, an update
shown as a clock time in a page's element, and a separator left between two time elements
were read, and a region beside the outlet stopped being a byline (thirteen older sets rose).
compare_dev70 to dev73 (session of 2026-12-05, 22:48 UTC) are pinned at its end (first runs on
88fa618: 141, 146, 141, 139), after a page's block of packed fields read line by line, a byline
dated in its own words, "First published ... · Updated ...", an agency named as a page's
author and a broadcaster's channel number were read (eight older sets rose with them).
compare_dev74 to dev77 (session of 2026-12-06) are pinned at its end (first runs on 8ef4f54:
138, 137, 130, 135), after a headline printed under the outlet's header lines, a long line of
fields parted by "|", a time in a page's dateline element, a <title> that shortens the headline
or is only the outlet's name, a two-part section label, a trail of sections led by the outlet,
"22h15" and "Last modified" were read (seven older sets rose with them).
compare_dev78 to dev81 (second session of 2026-12-06) are pinned at its end (first runs on
8c14afe: 144, 144, 141, 145), after fields parted by "·" on a long line, an outlet's staff as
the byline, an outlet and its section on one line, a station's frequency in its name, an update
as a clock time alone, a 12-hour clock after an ISO date, and pages without a <title> or whose
<title> words the headline otherwise, and a wire copy's agency in its dateline, were read
(fifteen older sets rose with them).
compare_dev82 to dev85 (third session of 2026-12-06) are pinned at its end (first runs on
b11f55a: 140, 148, 147, 138), after a filing time and its update parted by a semicolon,
South-East Asian zones and offsets in brackets, a time's label left alone by a page, a section
label or a standfirst above the dateline, an outlet's name with its motto, a print edition's
place and date, a section between the title and the byline, a short name over a "Section:"
line and a trail of sections over the outlet's name were read (eleven older sets rose).
compare_dev86 to dev89 (fourth session of 2026-12-06) are pinned at its end (first runs on
0d58c25: 148, 140, 145, 143), after an outlet's name in capitals over its section, parted by
a dot, the outlet, its section and the time parted by slashes, a time with its first
publication in brackets, a byline in capitals, the clock after an update's date and a page's
<title> naming only the outlet (alone or beside a label) were read, and a time's label left
alone above the dateline dropped (compare_dev73 147 to 148)
(compare_dev36 rose with them, 148 to 150, dev76 149 to 151 and dev78 153 to 154).
compare_dev90 to dev93 (fifth session of 2026-12-06) are pinned at its end (first runs on
975e224: 155, 158, 140, 149), after "Author: X staff" naming the outlet, Central time written
"CST", an offset written "UTC+8", a date closed by its dot or parted by hyphens, an update's
clock under its mark and a page's kicker and standfirst were read as header (compare_dev48 144
to 145, dev64 141 to 142, dev70 149 to 150, dev80 154 to 155, dev87 150 to 151).
compare_dev94 to dev97 (sixth session of 2026-12-06) are pinned at its end (first runs on
8c7b84e: 149, 151, 153, 158), after a slashed date before a North American zone was read
month first, "COT" and three more Latin American zones, "Outlet » Section", a section meta
tag over the breadcrumb, every role word of a contributor line and a writer's name after "By"
under a masthead were read (compare_dev35 146 to 148, dev41 144 to 145, dev47 147 to 149,
dev65 143 to 144, dev68 146 to 147, dev72 150 to 151, dev73 148 to 149, dev87 151 to 152).
compare_dev102 to dev105 (eighth session of 2026-12-06) were pinned at their first runs.
compare_dev106 to dev109 (ninth session of 2026-12-06) are pinned at its end (first runs on
6e3a81e: 155, 147, 148, 152), after a dotted clock with "am", a zone in brackets, "ACDT",
fields parted by long dashes, a section over the byline and times above the title, a motto
ending in a founding year, a wire's slug, a print edition's name, a "crumbs" trail from "Home"
and a time line left with its labels were read (compare_dev62 148 to 149, dev72 153 to 154,
dev73 149 to 150, dev74 146 to 147, dev83 149 to 150, dev102 151 to 154, dev103 152 to 153).
compare_dev110 to dev113 (second session of 2026-12-07) were pinned at their first runs.
compare_dev114 to dev117 (third session of 2026-12-07) are pinned at its end (first runs on
b9e2599: 153, 146, 146, 143), after a trail of sections in capitals over the dateline, an
outlet and its section parted by a long dash, a section of dotted initials, a blog's "Posted on
... by" line over a question headline, a wire's filing code as the first line and a <nav> trail
of sections were read (compare_dev93 152 to 155, dev110 152 to 153). In dev116 and dev117 the
wire's original and its verbatim copy are one article. compare_dev118 to dev121 (fourth
session of 2026-12-07) are pinned at its end (first runs on e5af499: 151, 150, 153, 141),
after a headline ending in "U.S.", a masthead's tagline in lower case, a byline naming no one,
a section between the time line and the title, a slug marked "(UPDATED)", a page's <time>
words and a Dublin Core date were read (compare_dev57 139 to 140, dev105 153 to 154). In
dev121 the wire's original and its verbatim copy are one article. compare_dev122 to dev125
(fifth session of 2026-12-07) are pinned at its end (first runs on 0642eed: 138,
150, 152, 145), after a labelled byline under a bare name guessed on a line of fields, "Last
edited" times, a title-case masthead with its motto, "Posted on <date> at <time> by", a slug
after a filing code or with several marks, a wire's name from its copyright line, "With files
from" credits, a capitals section after a dash, list-item trails, a section bar and a
"publish-date" tag were read (compare_dev53 149 to 150, dev66 139 to 140, dev70 151 to 152,
dev73 150 to 151, dev83 150 to 151, dev94 154 to 155, dev110 153 to 154, dev111 152 to 153).
In dev122 the wire's original and its verbatim copy are one article.
compare_dev126 to dev129 (sixth session of 2026-12-07) are pinned at its end (first runs on
7b650cc: 149, 145, 151, 150; 152, 149, 154, 153 once the writers' two-name bylines written as
one string were made lists, the only edit to the round's gold), after a section over the area
it covers, a clock time kept in a page's <time> element and every author meta tag were read
(compare_dev31 157 to 159).
compare_dev130 to dev133 (seventh session of 2026-12-07) are pinned at its end (first runs on
487a322: 146, 143, 154, 152; 147, 146, 154, 152 once the writers' two-name bylines written as
one string were made lists, the only edit to the round's gold), after times in Atlantic
Canada's zones ("AST", "AT") and a capitals name parted from its section by "--" were read
(compare_dev44 145 to 146, dev77 151 to 152).
compare_dev134 to dev137 (eighth session of 2026-12-07) are pinned at its end (first runs on
d411d74: 142, 149, 156, 157; dev135 153 once its writer's two-name bylines written as one
string were made lists, the only edit to the round's gold, made in dev136 before its first
run), after a zone named in brackets ("08:30 (EET)"), an update <time> element after its
label and an edition beside the masthead ("DANUBE OBSERVER — English Edition") were read
(compare_dev72 154 to 155, dev131 146 to 147). dev134's writer left contributors empty where
the byline names the authors, which we list among the contributors as the older sets' writers
did; its floor keeps those eleven fields wrong.
compare_dev138 to dev141 (session of 2026-12-07 from 22:06 UTC) are pinned at its end (first
runs on e69a6b8: 142, 154, 154, 146; 144, 154, 157, 149 once the writers' two-name bylines
written as one string were made lists, the only edit to the round's gold), after a section of
two parts among a line's fields ("Meridian Wire | World / UK | Published ..."), an outlet with
its section in brackets ("Northern Ledger (Regional)"), a finance desk beside the outlet's name
("MARKET MONITOR — Fixed Income"), a masthead whose motto calls it a briefing, the section
after an outlet's name in bold and a credit line outside the article's element were read
(compare_dev44 146 to 147, dev71 151 to 153).
compare_dev142 to dev145 (session of 2026-12-08 from 00:52 UTC) are pinned at its end (first
runs on 966d61f: 146, 151, 139, 146; 149, 153, 139, 146 once the writers' five two-name
bylines written as one string were made lists, the only edit to the round's gold), after a
headline in capitals before a colon was no longer read as a colon dateline, a section after a
country in dotted initials ("Atlantic Wire Service — U.S. / Transportation"), an aggregator's
line naming an outlet above the title ("By Meridian Wire (UK) | Created at ...") and a
labelled time with its update in brackets were read (compare_dev65 144 to 145). dev144's
writer left contributors empty, as dev134's did; its floor keeps those fields wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecheck.evaluate import scorer

DATA = Path(__file__).parent / "data"

# set -> fields exact (of 10 per article) when pinned
FLOORS = {
    "compare_dev": 110, "compare_dev2": 115, "compare_dev9": 110, "compare_dev10": 104,
    "compare_dev11": 134, "compare_dev12": 150, "compare_dev13": 126, "compare_dev14": 137,
    "compare_dev15": 141, "compare_dev16": 136, "compare_dev17": 137, "compare_dev18": 137,
    "compare_dev19": 136, "compare_dev20": 137, "compare_dev21": 137, "compare_dev22": 145,
    "compare_dev23": 150, "compare_dev24": 153, "compare_dev25": 155, "compare_dev26": 158,
    "compare_dev27": 158, "compare_dev28": 159, "compare_dev29": 128, "compare_dev30": 159,
    "compare_dev31": 159, "compare_dev32": 152, "compare_dev33": 147, "compare_dev34": 144,
    "compare_dev35": 148, "compare_dev36": 150, "compare_dev37": 146, "compare_dev38": 143,
    "compare_dev39": 150, "compare_dev40": 146, "compare_dev41": 145, "compare_dev42": 149,
    "compare_dev43": 145, "compare_dev44": 147, "compare_dev45": 149, "compare_dev46": 147,
    "compare_dev47": 149, "compare_dev48": 149, "compare_dev49": 147, "compare_dev50": 153,
    "compare_dev51": 156, "compare_dev52": 158, "compare_dev53": 150, "compare_dev54": 148,
    "compare_dev55": 147, "compare_dev56": 145, "compare_dev57": 140, "compare_dev58": 145,
    "compare_dev59": 151, "compare_dev60": 156, "compare_dev61": 143, "compare_dev62": 149,
    "compare_dev63": 158, "compare_dev64": 144, "compare_dev65": 144, "compare_dev66": 140,
    "compare_dev67": 142, "compare_dev68": 147, "compare_dev69": 147,
    "compare_dev70": 152, "compare_dev71": 153, "compare_dev72": 155, "compare_dev73": 151,
    "compare_dev74": 147, "compare_dev75": 151, "compare_dev76": 151, "compare_dev77": 152,
    "compare_dev78": 154, "compare_dev79": 155, "compare_dev80": 157, "compare_dev81": 158,
    "compare_dev82": 150, "compare_dev83": 151, "compare_dev84": 156, "compare_dev85": 150,
    "compare_dev86": 148, "compare_dev87": 153, "compare_dev88": 154, "compare_dev89": 147,
    "compare_dev90": 157, "compare_dev91": 158, "compare_dev92": 148, "compare_dev93": 155,
    "compare_dev94": 155, "compare_dev95": 156, "compare_dev96": 153, "compare_dev97": 159,
    "compare_dev98": 149, "compare_dev99": 157, "compare_dev100": 155, "compare_dev101": 154,
    "compare_dev102": 154, "compare_dev103": 153, "compare_dev104": 152, "compare_dev105": 154,
    "compare_dev106": 157, "compare_dev107": 154, "compare_dev108": 156, "compare_dev109": 156,
    "compare_dev110": 154, "compare_dev111": 153, "compare_dev112": 151, "compare_dev113": 156,
    "compare_dev114": 155, "compare_dev115": 157, "compare_dev116": 146, "compare_dev117": 145,
    "compare_dev118": 155, "compare_dev119": 158, "compare_dev120": 155, "compare_dev121": 141,
    "compare_dev122": 145, "compare_dev123": 152, "compare_dev124": 156, "compare_dev125": 155,
    "compare_dev126": 154, "compare_dev127": 149, "compare_dev128": 154, "compare_dev129": 155,
    "compare_dev130": 149, "compare_dev131": 147, "compare_dev132": 154, "compare_dev133": 158,
    "compare_dev134": 142, "compare_dev135": 157, "compare_dev136": 156, "compare_dev137": 157,
    "compare_dev138": 156, "compare_dev139": 155, "compare_dev140": 157, "compare_dev141": 159,
    "compare_dev142": 153, "compare_dev143": 153, "compare_dev144": 141, "compare_dev145": 150,
}  # fmt: skip


# Sets holding an outlet's word-for-word copy of a wire story: its cleaned text is the wire's,
# so the two inputs are one article (the schema's id is the hash of the cleaned text), the one
# published first; the copy's gold entry is not found.
VERBATIM_COPIES = {
    "compare_dev34": 1, "compare_dev35": 1, "compare_dev36": 1, "compare_dev37": 1,
    "compare_dev38": 1, "compare_dev39": 1, "compare_dev40": 1, "compare_dev41": 1,
    "compare_dev42": 1, "compare_dev43": 1, "compare_dev44": 1, "compare_dev45": 1,
    "compare_dev46": 1, "compare_dev47": 1, "compare_dev48": 1, "compare_dev49": 1,
    "compare_dev53": 1, "compare_dev54": 1, "compare_dev55": 1, "compare_dev56": 1,
    "compare_dev57": 1, "compare_dev58": 1, "compare_dev61": 1, "compare_dev64": 1,
    "compare_dev65": 1, "compare_dev66": 1, "compare_dev67": 1, "compare_dev68": 1,
    "compare_dev69": 1, "compare_dev116": 1, "compare_dev117": 1, "compare_dev121": 1,
    "compare_dev122": 1,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metadata_fields_exact_on_a_findings_set(name: str) -> None:
    result = scorer("metadata")(DATA / name / "gold.json")
    assert result["found"] == result["articles"] - VERBATIM_COPIES.get(name, 0)
    assert result["fields_exact"] >= FLOORS[name], result["wrong"]
