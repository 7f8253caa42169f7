"""What an HTML page declares about itself: title, authors, dates, outlet, URL, section and
language, from its meta tags and JSON-LD, with what it only shows (`html_shown`) where it
declares nothing."""

from __future__ import annotations

import json
import re
from typing import Any

from wirecheck.cleanrules import AGENCIES
from wirecheck.readers.dates import iso_date
from wirecheck.readers.html_shown import shown_meta
from wirecheck.readers.html_title import title_tag

# Names in one author field: "A, B and C", "A; B", "A & B".
_NAME_SPLIT = re.compile(r"\s*(?:;|,|\||&|\band\b)\s*")
# Last words of author fields that name a newsroom, not a person ("Harbor Ledger staff").
_COLLECTIVE = frozenset(["staff", "desk", "newsroom", "team", "editors", "reporters", "wires"])
# The last word of an agency's name given as the author ("By Meridian Press Agency", "By
# Compass Wire"): the page runs the agency's report, the agency is no person.
_AGENCY_ENDS = frozenset(["agency", "wire", "newswire", "association"])
# The words right before an update's <time>: "Updated", "| Last updated:", "Modified on".
_UPDATE_LABEL = re.compile(r"\b(?:updated|modified|revised)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
_ARTICLE_TYPES = re.compile(r"(News|Reportage|Analysis|Opinion|Blog)?(Article|Posting)$")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "dcterms.issued",
    "sailthru.date",
)
_UPDATED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
)


def page_meta(tree: Any) -> dict[str, Any]:
    """Title, byline, dates, outlet, URL, section and language the page declares."""
    tags = _meta_tags(tree)
    ld = _json_ld(tree)
    meta = {
        "title": tags.get("og:title") or ld.get("headline") or title_tag(tree),
        "byline": ld.get("authors") or _meta_authors(tree),
        "published": _first_date(tags, _PUBLISHED_META, ld.get("published")),
        "updated": _first_date(tags, _UPDATED_META, ld.get("updated")),
        "source": tags.get("og:site_name") or ld.get("publisher") or tags.get("application-name"),
        "url": _canonical(tree) or tags.get("og:url") or ld.get("url"),
        # a plain <meta name="section"> is declared as surely as Open Graph's; it outranks the
        # breadcrumb the page shows ("Vineyard News » France" ends at a sub-section)
        "section": tags.get("article:section") or tags.get("section") or ld.get("section"),
        "language": _language(tree, tags),
    }
    if not meta["published"]:
        meta["published"] = _time_element(tree)
    if not meta["updated"]:
        meta["updated"] = _labelled_update(tree)
    title = meta["title"] if isinstance(meta["title"], str) else None
    shown = ("source", "byline", "published", "updated", "section")
    lacking = [key for key in shown if not meta[key]]
    # what the page shows but does not declare
    published = meta["published"] if isinstance(meta["published"], str) else None
    meta |= shown_meta(tree, title, lacking, published)
    return meta


def _meta_tags(tree: Any) -> dict[str, str]:
    """<meta> name/property/itemprop/http-equiv → content; the first of each name wins."""
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = _meta_key(el)
        content = (el.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, content)
    return tags


def _meta_key(el: Any) -> str:
    """A <meta> element's name: its property, name, itemprop or http-equiv, lower-cased."""
    key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
    return str(key or "").strip().lower()


def _meta_authors(tree: Any) -> list[str]:
    """The names of a page's "author" meta tags, else of its "article:author" ones: a page
    with two writers may give each a tag of their own."""
    for key in ("author", "article:author"):
        names: list[str] = []
        for el in tree.iter("meta"):
            if _meta_key(el) != key:
                continue
            found = split_names((el.get("content") or "").strip())
            names += [n for n in found if n not in names]
        if names:
            return names
    return []


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    return None


def _language(tree: Any, tags: dict[str, str]) -> str | None:
    lang = tree.get("lang") or tags.get("og:locale") or tags.get("content-language")
    code = re.split(r"[-_]", lang.strip())[0].lower() if lang else ""
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _time_element(tree: Any) -> str | None:
    for el in tree.xpath("//time[@datetime] | //*[@itemprop='datePublished'][@datetime]"):
        found = iso_date(el.get("datetime"))
        if found:
            return found
    return None


def _labelled_update(tree: Any) -> str | None:
    """The <time datetime> a label names as the update ("Updated <time datetime=...>8.40pm
    </time>"): its datetime keeps the offset the words shown leave out."""
    for el in tree.xpath("//time[@datetime]"):
        if _UPDATE_LABEL.search(_words_before(el)):
            found = iso_date(el.get("datetime"))
            if found:
                return found
    return None


def _words_before(element: Any) -> str:
    """The text right before an element in its parent: the sibling before it with its tail,
    or the parent's own opening text."""
    previous = element.getprevious()
    if previous is None:
        return str(element.getparent().text or "")
    return "".join(previous.itertext()) + str(previous.tail or "")


def _first_date(tags: dict[str, str], names: tuple[str, ...], from_ld: str | None) -> str | None:
    """Open Graph article times first, then JSON-LD, then the looser date meta tags."""
    strong = [tags.get(n) for n in names if n.startswith(("article:", "og:"))]
    weak = [tags.get(n) for n in names if not n.startswith(("article:", "og:"))]
    for value in [*strong, from_ld, *weak]:
        found = iso_date(value) if value else None
        if found:
            return found
    return None


def people(names: list[str], source: str | None) -> tuple[list[str], str | None]:
    """(byline, agency) from author fields: the outlet, a wire agency or "X staff" is no person.

    Container author fields often name the organisation ("Associated Press", "Ledger staff");
    an agency named there is kept as the draft's agency.
    """
    byline: list[str] = []
    agency: str | None = None
    outlet = (source or "").casefold()
    for name in names:
        folded = name.casefold().strip()
        words = folded.split()
        if folded in AGENCIES:
            agency = agency or AGENCIES[folded]
        elif len(words) > 1 and words[-1] in _AGENCY_ENDS:
            agency = agency or name
        elif folded != outlet and words and words[-1] not in _COLLECTIVE:
            byline.append(name)
    return list(dict.fromkeys(byline)), agency


def split_names(value: str | None) -> list[str]:
    """Author names from one field ("A, B and C"); URLs (profile links) are not names."""
    if not value or value.startswith(("http://", "https://")):
        return []
    names = [n.strip() for n in _NAME_SPLIT.split(value.removeprefix("By ").removeprefix("by "))]
    return [n for n in names if n]


def _json_ld(tree: Any) -> dict[str, Any]:
    """Fields of the first schema.org article object in the page's JSON-LD."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
            article = _find_article(data)
        except (ValueError, RecursionError):
            continue  # broken (or absurdly nested) JSON-LD is common; the meta tags still count
        if article is not None:
            return _ld_fields(article)
    return {}


def _find_article(data: Any) -> dict[str, Any] | None:
    if isinstance(data, list):
        return next((a for a in map(_find_article, data) if a is not None), None)
    if not isinstance(data, dict):
        return None
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
        return data
    return _find_article(data.get("@graph")) if "@graph" in data else None


def _ld_fields(article: dict[str, Any]) -> dict[str, Any]:
    section = article.get("articleSection")
    publisher = article.get("publisher")
    return {
        "headline": _ld_str(article.get("headline")),
        "authors": _ld_names(article.get("author")),
        "published": _ld_str(article.get("datePublished")),
        "updated": _ld_str(article.get("dateModified")),
        "publisher": _ld_str(publisher.get("name")) if isinstance(publisher, dict) else None,
        "section": _ld_str(section[0] if isinstance(section, list) and section else section),
        "url": _ld_str(article.get("url")) or _ld_url(article.get("mainEntityOfPage")),
    }


def _ld_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _ld_names(item)]
    if isinstance(value, dict):
        return _ld_names(value.get("name"))
    return split_names(value) if isinstance(value, str) else []


def _ld_url(value: Any) -> str | None:
    return _ld_str(value.get("@id") if isinstance(value, dict) else value)


def _ld_str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
