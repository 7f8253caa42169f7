"""Property tests for the extractors and corpus stages (needs the spaCy model, so few examples).

Articles are generated from sentence templates with random slot values and noise. Every
stage must finish without recording an error, every offset must lie inside `text` with the
recorded surface equal to text[start:end], and the same input must give the same output.
"""

from __future__ import annotations

import copy
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecheck.clean import clean
from wirecheck.model import Analysis, Article
from wirecheck.readers.base import Draft

pytestmark = pytest.mark.slow
# WIRECHECK_FUZZ_EXAMPLES raises the example count for a longer session (as in test_property).
FEW = settings(
    max_examples=int(os.environ.get("WIRECHECK_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

PEOPLE = st.sampled_from(["Amina Odhiambo", "Lars Eklund", "he", "the minister", "Dr. Rosa Quispe"])
PLACES = st.sampled_from(["Geneva", "Nairobi", "the port of Brest", "Quito", "New York"])
NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.sampled_from(["a dozen", "three", "1.5 million", "40%", "$2bn", "between 20 and 30"]),
)
WHEN = st.sampled_from(["on Monday", "last week", "on Nov. 2, 2024", "at 10:00 GMT", "in 1998",
                        "two days ago", "yesterday", "since March", ""])  # fmt: skip
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6)
TEMPLATES = [
    "{who} said {n} people were hurt in {where} {when}.",
    "“We will not stop,” {who} told reporters in {where} {when}.",
    "Police arrested {n} protesters {when} after clashes in {where}, officials said.",
    "{who} met officials from {where} {when} to discuss {n} tonnes of grain.",
    "‘{noise}’ said {who}, who visited {where} {when}.",
    "The talks in {where} ended {when}; {n} delegates left {noise}.",
    "{noise} {who} denied that {n} troops attacked {where} {when}",
    '"It is {noise}," {who} said.',
]
SENTENCE = st.builds(
    lambda template, who, n, where, when, noise: template.format(
        who=who, n=n, where=where, when=when, noise=noise
    ),
    st.sampled_from(TEMPLATES), PEOPLE, NUMBERS, PLACES, WHEN, NOISE,
)  # fmt: skip
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
BODY = st.lists(st.one_of(PARAGRAPH, NOISE), min_size=1, max_size=4).map("\n\n".join)


def annotated(body: str, published: str | None = "2024-11-02T10:00:00") -> Article:
    from wirecheck.run import annotate_batch

    article = clean(Draft(path="gen", body=body, format="text", published=published))
    article.language = "en"  # noise can sway the language guess; the stages are the subject
    return annotate_batch([article])[0]


def assert_offsets(article: Article) -> None:
    text = article.text
    for layer in (article.mentions, article.times, article.quantities, article.quotes):
        for record in layer:
            assert 0 <= record.start < record.end <= len(text), record
            assert text[record.start : record.end] == record.text, record
    for quote in article.quotes:
        if quote.cue_start is not None:
            assert quote.cue == text[quote.cue_start : quote.cue_end]
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)  # type: ignore[operator]
    for event in article.events:
        assert 0 <= event.start < event.end <= len(text), event
        assert event.trigger in text[event.start : event.end], event


@FEW
@given(BODY)
def test_every_stage_finishes_with_offsets_inside_the_text(body: str) -> None:
    article = annotated(body)
    assert article.errors == []
    assert_offsets(article)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODY)
def test_annotation_is_deterministic(body: str) -> None:
    assert annotated(body).to_dict() == annotated(body).to_dict()
    assert annotated(body).quotes == annotated(body).quotes


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BODY, min_size=2, max_size=4, unique=True))
def test_corpus_stages_keep_evidence_and_entity_spans_inside_the_text(bodies: list[str]) -> None:
    from wirecheck.run import run_corpus_stages

    articles = [annotated(b, f"2024-11-0{i + 1}T10:00:00") for i, b in enumerate(bodies)]
    by_id = {a.id: a for a in articles}
    for outlet, article in zip("ABCD", articles, strict=False):
        article.source = f"Outlet {outlet}"
    analysis = Analysis(articles=list(by_id.values()))
    twin = copy.deepcopy(analysis)
    run_corpus_stages(analysis)
    for finding in analysis.findings:
        for ev in finding.evidence:
            text = by_id[ev.article].text
            assert 0 <= ev.start <= ev.end <= len(text) and text[ev.start : ev.end] == ev.text
    for entity in analysis.entities:
        for span in entity.mentions:
            assert 0 <= span.start < span.end <= len(by_id[span.article].text)
    for story in analysis.stories:
        assert set(story.articles) <= set(by_id)
    run_corpus_stages(twin)
    assert twin.to_dict() == analysis.to_dict()
