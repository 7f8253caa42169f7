"""Draft -> Article: the verbatim body, the lines taken out of it, and what they told us.

The cleaner works line by line on every reader's drafts. Lines it recognises (titles, date
prefixes, bylines, datelines, captions, credits, sub-headings, contributor lines, trailers)
leave the body and go to `removed` and to metadata; every other line stays exactly as written.
Paragraphs are the runs of kept lines between blank or removed lines, so each paragraph of
`text` is a substring of the draft body and offsets map back to the source. The first lines
(title, outlet, bylines, fields, dateline) are read by `header_zone`; this module reads the
body's own lines (contributors, trailers, captions, sub-headings) and builds the Article.

Decisions worth knowing:
- Contributors are the people credited with *reporting or writing* ("Reporting by",
  "Additional reporting by", "X contributed to this report"); editors, photographers and
  graphic artists are production credits and only appear in `removed`.
- In an aggregator line `By OUTLET (SECTION) | Created at ...` the name after "By" is the
  outlet, as those exports write it; in an ordinary byline it is a person unless it looks like
  an outlet or agency.
- Metadata hints from the container (HTML meta, feed and JSONL fields) win over the text,
  except times, where the more precise value wins.
"""

from __future__ import annotations

from wirecheck import cleanrules as R
from wirecheck import header_names as N
from wirecheck.header_dateline import dateline, is_kicker
from wirecheck.header_labels import label_case, section_label
from wirecheck.header_state import Body, Said, fold, more_precise
from wirecheck.header_zone import read_byline, read_header_zone
from wirecheck.model import Article, Removed, article_id
from wirecheck.readers.base import Draft

# Below this many characters the language identifier guesses; trust the hint or English.
_MIN_LANGID_CHARS = 40
# The opening of a long text tells its language as well as the whole does, much faster.
_LANGID_SAMPLE = 5000


def clean(draft: Draft) -> Article:
    """Clean one draft into an Article; never raises on odd text (empty text is allowed)."""
    body = Body(draft.body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    said = Said()
    read_header_zone(body, said, draft.title)
    _read_lines(body, said)
    _read_dateline(body, said)
    _mark_headings(body)
    text = "\n\n".join(_paragraphs(body))
    removed = list(draft.removed) + [r for _, r in sorted(body.removed, key=lambda p: p[0])]
    return _article(draft, said, text, removed)


# --- body lines -----------------------------------------------------------------------------


def _read_lines(body: Body, said: Said) -> None:
    """Contributor lines, trailers, captions and credits anywhere in the body."""
    for i in body.kept_indices():
        line = body.lines[i]
        if len(line) > R.MAX_LABEL_CHARS:
            continue
        if R.SEPARATOR_ONLY.match(line) or R.BARE_TIME_LABEL.match(line):
            body.drop(i, "header")  # "·" left between a page's two time elements
        elif R.AGGREGATOR_BYLINE.match(line):
            read_byline(line, said)
            body.drop(i, "header")
        elif (names := N.contributor_names(line)) is not None:
            said.contributors.extend(n for n in names if n not in said.contributors)
            body.drop(i, "contributors")
        elif R.TRAILER.match(line):
            said.copyright = said.copyright or N.copyright_holder(line)
            body.drop(i, "trailer")
        elif R.CAPTION_MARKER.search(line) and len(line.split()) <= R.CAPTION_MAX_WORDS:
            body.drop(i, "credit" if R.CREDIT_ONLY.match(line) else "caption")


def _read_dateline(body: Body, said: Said) -> None:
    """`NAIROBI (Reuters) — ` at the start of the first body line -> dateline and agency."""
    kept = body.kept_indices()
    if not kept:
        return
    first = kept[0]
    found = dateline(body.lines[first].lstrip())
    if found is None and len(kept) > 1 and _over_dateline(body.lines[first]):
        # "Ontario" above "TORONTO — ...", "World | United Kingdom" above "LONDON, March 12
        # (Meridian Wire) - ...": a section kicker over the dateline
        found = dateline(body.lines[kept[1]].lstrip())
        if found is not None:
            said.section = said.section or section_label(body.lines[first])
            body.drop(first, "header")
            first = kept[1]
    elif found is None and len(kept) > 1 and _is_standfirst(body.lines[first]):
        # "Two fighting for their lives after storm strikes Sunday league game", then
        # "TAUNTON — ...": the standfirst stays body, the dateline opens the next paragraph
        found = dateline(body.lines[kept[1]].lstrip())
        first = kept[1] if found is not None else first
    if found is None:
        return
    place, when, agency, end = found
    said.dateline = said.dateline or place
    said.dateline_when = when
    if agency:
        said.dateline_tag = agency
        said.agency = said.agency or N.agency_name(agency)
        if not N.agency_name(agency):
            said.source = said.source or agency  # "(CNN)": an outlet, not a wire agency
    indent = len(body.lines[first]) - len(body.lines[first].lstrip())
    body.cut_prefix(first, indent + end)


def _is_standfirst(line: str) -> bool:
    """A summary line under the title: a sentence's worth of words without a final stop."""
    text = line.strip()
    words = len(text.split())
    return R.SENTENCE_MIN_WORDS <= words <= R.HEADER_LINE_MAX_WORDS and text[-1] not in ".:!?"


def _over_dateline(line: str) -> bool:
    return is_kicker(line) or section_label(line) is not None


def _mark_headings(body: Body) -> None:
    """Short unpunctuated stand-alone lines: sub-headings inside the body, trailers after it."""
    kept = body.kept_indices()[1:]  # the first body line is never a heading
    headings = {i for i in kept if _is_heading(body, i)}
    last_body = max((i for i in kept if i not in headings), default=-1)
    for i in sorted(headings):
        body.drop(i, "subheading" if i < last_body else "trailer")


def _is_heading(body: Body, i: int) -> bool:
    line = body.lines[i].strip()
    if len(line.split()) > R.SUBHEADING_MAX_WORDS or len(line) > R.SUBHEADING_MAX_CHARS:
        return False
    if R.SENTENCE_END.search(line) or not (line[0].isupper() or line[0].isdigit()):
        return False
    before = body.lines[i - 1] if i > 0 and body.kept(i - 1) else ""
    after = body.lines[i + 1] if i + 1 < len(body.lines) and body.kept(i + 1) else ""
    if not before and not after:
        return True
    # Inside a block of lines, only a title-case line that follows a finished sentence:
    # a hard-wrapped sentence can break at any word.
    starts_sentence = not before or R.SENTENCE_END.search(before) is not None
    return starts_sentence and R.is_title_case(line) and (not after or not after[0].islower())


def _paragraphs(body: Body) -> list[str]:
    """Runs of kept lines, stripped at their ends only."""
    paragraphs: list[str] = []
    run: list[str] = []
    for i, line in enumerate(body.lines):
        # A cut line joined to the line above would not be a slice of the body any more.
        if body.kept(i) and not (run and i in body.cut):
            run.append(line)
            continue
        if run:
            paragraphs.append("\n".join(run).strip())
        run = [line] if body.kept(i) else []
    if run:
        paragraphs.append("\n".join(run).strip())
    return [p for p in paragraphs if p]


# --- the article ----------------------------------------------------------------------------


def _article(draft: Draft, said: Said, text: str, removed: list[Removed]) -> Article:
    outlet = draft.source or said.source
    agency = (
        draft.agency
        or said.agency
        or N.own_wire(said.dateline_tag, outlet)
        or N.copied_wire(said.dateline_tag, outlet)
    )
    source = draft.source or said.source or agency
    if source and source == said.dateline_tag:
        # "(TPA)" in the dateline of a wire's own story, "Copyright 2026 Tidewater Press
        # Agency" at its foot: the wire by its whole name
        source = N.own_wire(source, said.copyright) or source
    outlets = {fold(n) for n in (source, agency) if n}
    # "BY MARCUS IBE": a name printed in capitals is the name in title case
    byline = [n.title() if n.isupper() else n for n in draft.byline or said.byline]
    byline = [n for n in byline if _is_person(n, outlets)]
    published = more_precise(draft.published, said.published)
    return Article(
        id=article_id(text),
        path=draft.path,
        text=text,
        url=draft.url or said.url,
        source=source,
        agency=agency,
        section=draft.section or label_case(said.section),
        title=draft.title or said.title,
        byline=_unique(byline),
        contributors=_unique(byline + draft.contributors + said.contributors),
        dateline=draft.dateline or said.dateline,
        published=published,
        updated=more_precise(draft.updated, said.updated),
        language=detect_language(text, draft.language),
        removed=removed,
        dateline_date=R.dateline_date(said.dateline_when, published),
    )


def _is_person(name: str, outlets: set[str]) -> bool:
    """Containers put outlets and desks in author fields ("Associated Press", "X staff")."""
    words = {w.lower().strip(".,") for w in name.split()}
    if fold(name) in outlets or N.agency_name(name):
        return False
    return not words & (R.OUTLET_WORDS | R.ROLE_WORDS)


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text; the hint (or English) when the text is too short to tell."""
    fallback = (hint or "en")[:2].lower()
    if len(text.strip()) < _MIN_LANGID_CHARS:
        return fallback
    import py3langid as langid  # loads its model on first use; keep import time low

    return str(langid.classify(text[:_LANGID_SAMPLE])[0])


def _unique(names: list[str]) -> list[str]:
    """First spelling of each name, in order; case and spacing do not make a new name."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(fold(name), name)
    return list(first.values())
