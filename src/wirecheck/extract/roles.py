"""Roles: the titles before a name, appositions beside it, and role descriptions on their own.

"British Prime Minister Keir Starmer" and "Keir Starmer, the British prime minister," both give
Starmer the role; "the prime minister" later in the article is a role description that the
entity stage links to him when exactly one person in the article holds such a role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirecheck.extract.gazetteer import place, words
from wirecheck.extract.spans import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CONNECTORS = frozenset({"of", "for", "to", "the", "'s", "’s", "-", "on"})
_MODIFIERS = frozenset(
    [
        "former",
        "then",
        "acting",
        "interim",
        "deputy",
        "vice",
        "senior",
        "top",
        "chief",
        "shadow",
        "outgoing",
        "incoming",
        "new",
        "veteran",
        "late",
        "longtime",
        "long-time",
        "current",
        "ex",
    ]
)
_MAX_ROLE_TOKENS = 9
_PERSON_LABELS = frozenset({"PERSON"})


def attach_roles(doc: Doc, candidates: list[Candidate]) -> None:
    """Fill `role` and `person_hint` from the words before each name and its apposition."""
    person_tokens = {
        i for c in candidates if c.label in _PERSON_LABELS for i in range(c.start, c.end)
    }
    for candidate in candidates:
        if candidate.kind is not None:
            continue
        left, hint = left_role(doc, candidate.start, person_tokens)
        candidate.person_hint = candidate.person_hint or hint
        role = appositive_role(doc, candidate)
        if candidate.role is None:
            candidate.role = left or role
        elif left and left.endswith(candidate.role):
            candidate.role = left  # the title trimmed off the name is the left run's end
        elif left:
            candidate.role = f"{left} {candidate.role}"
        if candidate.role:
            candidate.person_hint = True


def left_role(doc: Doc, start: int, person_tokens: set[int]) -> tuple[str | None, bool]:
    """The title run just before a name ("U.S. Secretary of State"), and whether one was seen."""
    if start == 0 or doc[start - 1].lower_ in _CONNECTORS:
        return None, False
    sent_start = doc[start].sent.start
    i = start
    while i > sent_start and start - i < _MAX_ROLE_TOKENS:
        token = doc[i - 1]
        if token.i in person_tokens or not _role_token(token):
            break
        i -= 1
    tokens = [t for t in doc[i:start]]
    while tokens and (tokens[0].lower_ in _CONNECTORS or tokens[0].is_punct):
        tokens = tokens[1:]
    hint = any(t.lower_ in words("honorific") for t in tokens)
    tokens = [t for t in tokens if t.lower_ not in words("honorific")]
    if not any(t.lower_ in words("title") for t in tokens):
        return None, hint
    return doc[tokens[0].i : tokens[-1].i + 1].text, True


def _role_token(token: Token) -> bool:
    lower = token.lower_
    if lower in words("title") or lower in words("honorific") or lower in _MODIFIERS:
        return True
    if lower in _CONNECTORS or token.text[:1].isupper():
        return True
    return token.dep_ in ("compound", "amod") and token.pos_ in ("NOUN", "ADJ")


def appositive_role(doc: Doc, candidate: Candidate) -> str | None:
    """The role in an apposition: "Keir Starmer, the British prime minister," (either order)."""
    span = doc[candidate.start : candidate.end]
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= candidate.end and _is_title(child):
            return _np_text(doc, child.left_edge.i, child.i + 1)
    head = root.head
    if root.dep_ == "appos" and head.i < candidate.start and _is_title(head):
        return _np_text(doc, head.left_edge.i, head.i + 1)
    return None


def _is_title(token: Token) -> bool:
    return token.lower_ in words("title") and token.tag_ not in ("NNS", "NNPS")


def _np_text(doc: Doc, start: int, end: int) -> str | None:
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ == "a"):
        start += 1
    if start >= end or end - start > _MAX_ROLE_TOKENS:
        return None
    return doc[start:end].text


def role_descriptions(doc: Doc, named: list[Candidate]) -> list[Candidate]:
    """Definite role noun phrases ("the prime minister", "Malaysia's Prime Minister")."""
    taken = {i for c in named if c.kind is None for i in range(c.start, c.end)}
    found = []
    for chunk in doc.noun_chunks:
        candidate = _role_chunk(chunk, taken)
        if candidate is not None:
            found.append(candidate)
    return found


def _role_chunk(chunk: Span, taken: set[int]) -> Candidate | None:
    root = chunk.root
    if not _is_title(root) or root.i + 1 != chunk.end:
        return None
    start = _role_start(chunk)
    if start is None:
        return None
    if any(i in taken for i in range(start, chunk.end)):
        return None
    text = chunk.doc[start : chunk.end].text
    candidate = Candidate(start, chunk.end, "PERSON", role=text, nominal=True)
    candidate.partner = _appositive_partner(root, taken)
    return candidate


def _role_start(chunk: Span) -> int | None:
    """Where a definite role phrase starts: after "the", or at a country's possessive."""
    first = chunk[0]
    if first.lower_ == "the":
        return chunk.start + 1
    found = place(first.text)
    if found is not None and found.code and len(chunk) > 2 and chunk[1].text in ("'s", "’s"):
        return chunk.start
    return None


def _appositive_partner(root: Token, taken: set[int]) -> int | None:
    """The name a role phrase stands in apposition to, as a token index."""
    if root.dep_ == "appos" and root.head.i in taken:
        return root.head.i
    for child in root.children:
        if child.dep_ == "appos" and child.i in taken:
            return child.i
    return None


def role_words(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased words of a role and the country codes it names ("German" → DEU)."""
    tokens = role.replace("’s", " ").replace("'s", " ").split()
    codes = set()
    plain = set()
    for token in tokens:
        found = place(token)
        if found is not None and found.code and found.kind in ("country", "demonym"):
            codes.add(found.code)
        else:
            plain.add(token.lower())
    return frozenset(plain), frozenset(codes)


def role_fits(description: str, held: list[str]) -> bool:
    """Whether a role description ("the German leader") fits roles a person holds."""
    wanted, wanted_codes = role_words(description)
    have: set[str] = set()
    codes: set[str] = set()
    for role in held:
        plain, found = role_words(role)
        have |= plain
        codes |= found
    if wanted_codes and not wanted_codes <= codes:
        return False
    head = description.split()[-1].lower()
    if head == "leader":
        return bool(have & words("leader"))
    modifiers = wanted - {head} - _MODIFIERS
    return head in have and modifiers <= have
