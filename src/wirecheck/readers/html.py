"""HTML pages: the body through trafilatura, metadata from the page's own meta tags and JSON-LD
(`html_meta`).

The page is parsed once with lxml; metadata is read from that tree before trafilatura (which
prunes the tree in place) extracts the body. The WARC and feed readers reuse `read_html_text`
and `body_from_html`.
"""

from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from wirecheck.header_times import parse_time
from wirecheck.model import Removed
from wirecheck.readers.base import Draft, Item, ReadError, register
from wirecheck.readers.encoding import decode
from wirecheck.readers.html_meta import page_meta, people
from wirecheck.readers.html_shown import credited
from wirecheck.readers.html_title import flat_text
from wirecheck.settings import Settings

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Control characters an XML tree refuses as text (lxml raises when a text node holding one is
# rewritten, as dropping a <script> does to its neighbour): never words, read as a space.
_NOT_XML_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PROSE_WORDS = 12  # a block this long is a sentence, whose words a <time> is part of
_BLOCK_TAGS = ("p", "li", "td", "blockquote")  # blocks of text, not of layout
_CLOCK_ONLY = re.compile(r"^\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*$", re.IGNORECASE)
# Consent banners, sign-up boxes and paywall notices: never article text, yet written as
# paragraphs that a recall-minded extractor keeps when the page has nothing else.
_NOT_ARTICLE = " | ".join(
    f"//*[contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
    f" '{word}') or contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
    f" 'abcdefghijklmnopqrstuvwxyz'), '{word}')]"
    for word in ("cookie", "consent", "gdpr", "newsletter", "paywall", "signup", "subscribe")
)
# Headline parts a page prints above its text: the kicker over the headline, the standfirst
# under it ("Operator says no radiation escaped ..."). Trafilatura keeps some as paragraphs;
# they are header, never article text. Only short elements: a class is no promise.
_HEADLINE_PARTS = frozenset(["kicker", "standfirst", "dek", "deck", "strapline", "subtitle"])
_HEADLINE_PART_MAX_CHARS = 300
# A page whose longest paragraph is shorter than this holds labels (a footer, a menu), no prose.
_MIN_PROSE_WORDS = 8
# Fallback paragraphs when trafilatura keeps nothing (short or unusual pages).
_BLOCKS = "//p | //h2 | //h3 | //blockquote | //li"


@register("html")
def read_html(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """One Item: the page's article body and metadata."""
    yield Item(draft=read_html_text(decode_html(data), path))


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: BOM, then the charset the server or the page declares, then a guess."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    match = _META_CHARSET.search(data[:4096])
    charset = _codec(declared) or _codec(match.group(1).decode("ascii") if match else None)
    if charset:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass  # the declaration lies; guess instead
    return decode(data)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers read Latin-1 and ASCII labels as windows-1252 (WHATWG Encoding), and so do pages.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def read_html_text(html: str, path: str, url: str | None = None) -> Draft:
    """A draft from a whole page; `url` (where it was fetched) wins over the page's own."""
    tree = parse_html(html)
    meta = page_meta(tree)
    body, removed = _extract_body(tree)
    byline, agency = people(meta.get("byline") or [], meta.get("source"))
    if not any(len(p.split()) >= _MIN_PROSE_WORDS for p in body.split("\n\n")):
        raise ReadError("the page has no article text (only markup, navigation or short labels)")
    return Draft(
        path=path,
        body=body,
        format="html",
        url=url or meta.get("url"),
        title=meta.get("title"),
        source=meta.get("source"),
        section=meta.get("section"),
        byline=byline,
        contributors=credited(tree),
        agency=agency,
        published=meta.get("published"),
        updated=meta.get("updated"),
        removed=[_title_as_header(r, meta.get("title")) for r in removed],
        language=meta.get("language"),
    )


def parse_html(html: str) -> lxml.html.HtmlElement:
    """The lxml tree of a page; ReadError when there is nothing to parse."""
    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    html = _NOT_XML_TEXT.sub(" ", html)
    if not html.strip():
        raise ReadError("the page is empty")
    # Input is already capped by --max-bytes, so libxml2's own caps (text nodes of 10 MB,
    # 256 levels) would only drop text silently; past 2048 levels even huge mode stops.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"the page cannot be parsed as HTML ({exc})") from exc
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise ReadError("the page nests its elements over 2,048 levels deep; refusing it")
    return tree


def body_from_html(html: str) -> str:
    """Body text of an HTML page or fragment, paragraphs separated by blank lines."""
    try:
        tree = parse_html(f"<html><body>{html}</body></html>" if "<body" not in html else html)
    except ReadError:
        return ""
    return _extract_body(tree)[0]


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _SPACES.sub(" ", a or "").strip() == _SPACES.sub(" ", b or "").strip()


def _title_as_header(removed: Removed, title: str | None) -> Removed:
    """The page's own headline repeated in the body is a header, not a subheading."""
    return Removed("header", removed.text) if _same(removed.text, title) else removed


# --- body --------------------------------------------------------------------------------------


def _extract_body(tree: Any) -> tuple[str, list[Removed]]:
    """Paragraphs kept by trafilatura (precision first, recall if that keeps nothing)."""
    for bad in tree.xpath(_NOT_ARTICLE):
        bad.drop_tree()
    _keep_time_words(tree)
    headline_parts = _drop_headline_parts(tree)
    for precision in (True, False):
        doc = trafilatura.bare_extraction(
            copy.deepcopy(tree),  # trafilatura prunes the tree it is given
            favor_precision=precision,
            favor_recall=not precision,
            include_comments=False,
            include_tables=False,
            include_images=False,
            with_metadata=False,
        )
        if isinstance(doc, Document) and doc.body is not None:
            paragraphs, removed = _paragraphs(doc.body)
            if paragraphs:
                return "\n\n".join(paragraphs), headline_parts + removed
    return _fallback_body(tree), headline_parts


def _keep_time_words(tree: Any) -> None:
    """trafilatura drops a <time> element with its words, which leaves "Published ; updated
    18:10 CET" in the body, or a dateline without its day: keep the words of a time we can
    read, of any time inside a sentence, and of a clock time alone whose datetime gives the day
    ("Last updated 6.05pm"). A short label's time we cannot read ("Published 20 May", no year)
    goes as before, and the cleaner drops the label left."""
    for shown in tree.xpath("//time"):
        around = next(shown.iterancestors(*_BLOCK_TAGS), None)  # past a <span class="dateline">
        prose = around is not None and len(flat_text(around).split()) >= _PROSE_WORDS
        if prose or parse_time(flat_text(shown)) or _clock_of_a_date(shown):
            shown.drop_tag()


def _clock_of_a_date(shown: Any) -> bool:
    """A clock time alone whose element's datetime gives the day ("Last updated <time
    datetime="2026-12-11T18:05">6.05pm</time>"): its words stay, or the label is left bare."""
    return bool(_CLOCK_ONLY.match(flat_text(shown))) and bool(
        parse_time(shown.get("datetime") or "")
    )


def _drop_headline_parts(tree: Any) -> list[Removed]:
    """Take the short kicker and standfirst elements out of the page, as header lines."""
    removed = []
    for element in tree.iter():
        classes = set(str(element.get("class") or "").lower().split())
        text = flat_text(element) if classes & _HEADLINE_PARTS else ""
        if text and len(text) <= _HEADLINE_PART_MAX_CHARS:
            removed.append((element, Removed("header", text)))
    for element, _ in removed:
        element.drop_tree()
    return [r for _, r in removed]


def _paragraphs(body: Any) -> tuple[list[str], list[Removed]]:
    """Text blocks of trafilatura's output tree; headings go to `removed` as subheadings."""
    paragraphs: list[str] = []
    removed: list[Removed] = []
    for element in body:
        blocks = [_text(item) for item in element] if element.tag == "list" else [_text(element)]
        blocks = [b for b in blocks if b]
        if element.tag == "head":
            removed.extend(Removed("subheading", b) for b in blocks)
        else:
            paragraphs.extend(blocks)
    return paragraphs, removed


def _text(element: Any) -> str:
    """An element's text, its <lb/> line breaks kept, HTML white space folded."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _fallback_body(tree: Any) -> str:
    """Visible paragraph text when trafilatura keeps nothing, e.g. a short fragment."""
    for bad in tree.xpath("//script | //style | //noscript | //nav | //footer | //header"):
        bad.drop_tree()  # a fallback has no boilerplate detection of its own
    blocks = [flat_text(el) for el in tree.xpath(_BLOCKS)]
    blocks = [b for b in blocks if b]
    if not blocks:
        whole = flat_text(tree)
        blocks = [whole] if whole else []
    return "\n\n".join(blocks)
