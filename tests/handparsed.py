"""Documents with a parse built by hand, as spaCy's small English model produced it on news
text of a given shape: each misparse rule is checked on the very parse it corrects."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

# One token: (word, dependency, head index, part of speech, tag or entity label or "").
Row = tuple[str, str, int, str, str]


def hand_parsed(rows: list[Row], last: str = "ent") -> Doc:
    """A document of `rows`, their last field read as entity labels ("ent") or as tags
    ("tag"); no space before a comma or a full stop."""
    words = [w for w, *_ in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ",." for i in range(len(rows))]
    extra = [r[4] for r in rows]
    return Doc(
        spacy.blank("en").vocab,  # with its lexical attributes: lower case, shape
        words=words,
        spaces=spaces,
        heads=[r[2] for r in rows],
        deps=[r[1] for r in rows],
        pos=[r[3] for r in rows],
        ents=[f"B-{e}" if e else "O" for e in extra] if last == "ent" else None,
        tags=extra if last == "tag" else None,
    )
