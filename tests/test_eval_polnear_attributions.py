"""How the PolNeAR scorer reads our quotes as attributions: one attribution per cue, so a list
of quoted fragments under one cue and speaker is one content; fragments of two cues, or parted
by a sentence's end or a dash, stay apart. Articles are our own."""

from __future__ import annotations

from wirecheck.evaluate.polnear import attributions
from wirecheck.model import Quote


def _quotes(text: str, fragments: list[str], cue: str, speaker: str) -> list[Quote]:
    cue_at, speaker_at = text.index(cue), text.index(speaker)
    found = []
    for words in fragments:
        start = text.index(words)
        found.append(
            Quote("", "", start, start + len(words), words, "direct", "e1", speaker,
                  speaker_at, speaker_at + len(speaker), cue, cue_at, cue_at + len(cue))
        )  # fmt: skip
    return found


def _spans(text: str, quotes: list[Quote]) -> list[str]:
    return [text[q.start : q.end] for q in attributions(quotes, text)]


def test_a_list_of_fragments_under_one_cue_is_one_content() -> None:
    text = 'The mayor called the plan "reckless," "costly" and "a gift to developers."'
    found = _quotes(text, ["reckless", "costly", "a gift to developers"], "called", "The mayor")
    assert _spans(text, found) == ['reckless," "costly" and "a gift to developers']


def test_fragments_in_two_sentences_stay_apart() -> None:
    text = 'The mayor called it "reckless." "Costly" was her word for the second plan.'
    found = _quotes(text, ["reckless", "Costly"], "called", "The mayor")
    assert _spans(text, found) == ["reckless", "Costly"]


def test_a_quote_split_around_its_cue_stays_two_contents() -> None:
    text = '"We will rebuild," the mayor said, "and we will start on Monday."'
    found = _quotes(text, ["We will rebuild", "and we will start on Monday"], "said", "the mayor")
    assert _spans(text, found) == ["We will rebuild", "and we will start on Monday"]
