"""A speaker named after a role ("his lawyer, Helena Pryce, told reporters") whom the entity
stage missed is the story's speaker of that surname. Claims we make up."""

from __future__ import annotations

from wirecheck.corpus.claims import Claim
from wirecheck.corpus.quote_align import name_speakers

WORDS = "This ruling is not the end of the road"


def said(outlet: str, value: str, speaker: str | None) -> Claim:
    return Claim(f"a:{outlet}", outlet, "quote", "quote speaker", "quote", value, 0, len(WORDS),
                 WORDS, speaker=speaker, quote_text=WORDS)  # fmt: skip


def test_a_name_after_a_role_is_the_storys_speaker_of_that_surname() -> None:
    wire = said("Wire", "Helena Pryce", "e:pryce")
    post = said("Post", "his lawyer, Helena Pryce", None)
    name_speakers([wire, post])
    assert (post.speaker, post.value) == ("e:pryce", "Helena Pryce")


def test_a_role_alone_or_a_surname_two_speakers_share_names_no_one() -> None:
    wire = said("Wire", "Helena Pryce", "e:pryce")
    post = said("Post", "his lawyer", None)
    name_speakers([wire, post])
    assert (post.speaker, post.value) == (None, "his lawyer")
    other = said("Daily", "Tom Pryce", "e:tom")
    herald = said("Herald", "his father, Mr Pryce", None)
    name_speakers([wire, other, herald])
    assert herald.speaker is None
