"""Sentence embeddings: unit vectors, order kept, similar sentences closer than unrelated ones."""

from __future__ import annotations

import numpy as np
import pytest

import wirecheck.embed
from wirecheck.embed import DIMENSIONS, LazyVectors, embed


def test_vectors_are_unit_length_and_keep_input_order() -> None:
    texts = [
        "Short one.",
        "A much longer sentence about ministers meeting in Geneva today.",
        "Mid.",
    ]
    vectors = embed(texts)
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(embed([texts[1]])[0], vectors[1], atol=1e-5)


def test_paraphrases_are_closer_than_unrelated_sentences() -> None:
    a, b, c = embed(
        [
            "Foreign ministers met in Geneva to discuss a ceasefire.",
            "Ministers held ceasefire talks in Geneva.",
            "A magnitude 6.1 earthquake shook the coast of Peru.",
        ]
    )
    assert a @ b > 0.6
    assert a @ b > a @ c + 0.3


def test_empty_input_gives_empty_matrix() -> None:
    assert embed([]).shape == (0, DIMENSIONS)


def test_a_text_is_encoded_once_however_often_it_is_asked_for(encoded: list[str]) -> None:
    first = embed(["The ferry sank off the cape.", "Rain fell.", "The ferry sank off the cape."])
    again = embed(["Rain fell."])
    assert encoded == ["Rain fell.", "The ferry sank off the cape."]
    assert np.array_equal(first[0], first[2])
    assert np.array_equal(again[0], first[1])


def test_a_vector_does_not_depend_on_its_batch(encoded: list[str]) -> None:
    alone = embed(["Two trains collided near the border crossing at dawn."])[0]
    wirecheck.embed.clear_cache()
    texts = ["Short.", "Two trains collided near the border crossing at dawn.", "A " * 40]
    assert np.allclose(embed(texts)[1], alone, atol=1e-6)


def test_the_cache_keeps_only_the_most_recent_texts(
    encoded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wirecheck.embed, "CACHE_TEXTS", 2)
    embed(["one", "two", "three"])
    assert len(wirecheck.embed._cache) == 2
    embed(["one"])  # the oldest was dropped, so the model runs again
    assert encoded.count("one") == 2


def test_lazy_vectors_embed_a_text_not_fetched_up_front(encoded: list[str]) -> None:
    vectors = LazyVectors(zip(["Rain fell."], embed(["Rain fell."]), strict=True))
    late = vectors["The storm passed."]
    assert np.allclose(late, embed(["The storm passed."])[0], atol=1e-6)
    assert "The storm passed." in vectors and encoded.count("The storm passed.") == 1


def test_batches_keep_long_texts_from_padding_short_ones() -> None:
    from wirecheck.embed import RUN_TOKENS, batches

    lengths = [6, 6, 7, 7, 7, 40, 41, 200]
    runs = batches(lengths, batch_size=32)
    assert runs == [(0, 5), (5, 7), (7, 8)]  # one short run, one mid, the long text alone
    padded = sum(lengths[end - 1] * (end - begin) + RUN_TOKENS for begin, end in runs)
    assert padded < max(lengths) * len(lengths) + RUN_TOKENS


def test_batches_cover_every_row_once_and_respect_the_batch_size() -> None:
    from wirecheck.embed import batches

    lengths = [12] * 70 + [13] * 5
    runs = batches(lengths, batch_size=32)
    assert [r for begin, end in runs for r in range(begin, end)] == list(range(75))
    assert max(end - begin for begin, end in runs) <= 32
    assert batches([], batch_size=32) == []
