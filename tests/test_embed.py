"""Sentence embeddings: unit vectors, order kept, similar sentences closer than unrelated ones."""

from __future__ import annotations

import numpy as np

from wirecheck.embed import DIMENSIONS, embed


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
