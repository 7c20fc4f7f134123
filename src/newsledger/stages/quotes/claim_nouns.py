"""A claim noun set after a clause ("…, a claim the group denied", "…, a charge Moscow denies",
"…, an account the hospital confirmed"): the clause is the content of the relative clause's verb,
spoken by its subject, and no part of what the clause's own speaker said (``cues.yaml``
``claim_nouns``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...nlp.syntax import is_verb
from .types import CueLexicon


def claim_apposition(v: Token, lex: CueLexicon) -> Token | None:
    """The claim noun whose relative clause ``v`` heads, set after a comma ("…, a claim the group
    denied", "…, a charge Moscow denies"), or None. A relative "which" after a comma as the
    object of ``v``, which has a subject of its own, stands for the clause before it as such a
    noun does ("… fight alongside the rebels, which Kigali denies"): that "which" is returned."""
    which = _sentential_which(v)
    if which is not None:
        return which
    n = v.head
    if v.dep_ != "relcl" or (n.lemma_.lower() not in lex.claim_nouns and n.lower_ not in lex.claim_nouns):
        return None
    first = n.left_edge
    if first.i == 0 or first.doc[first.i - 1].text != "," or n.dep_ not in ("appos", "npadvmod", "conj", "dobj", "attr"):
        return None
    return n


_BARE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "advmod", "punct"})


def _sentential_which(v: Token) -> Token | None:
    """The "which" opening the relative clause ``v`` after a comma, as its object, when ``v`` has
    a subject of its own and nothing else to say ("…, which the army denies", "…, which Kigali
    has long denied" ending the sentence; not "the rebels, which deny it", nor "the test, which
    the media claimed allows ...": a clause of its own is what is claimed)."""
    if v.dep_ != "relcl":
        return None
    first = v.left_edge
    if first.lower_ != "which" or first.dep_ != "dobj" or first.head.i != v.i or first.i == 0 \
            or first.doc[first.i - 1].text != ",":
        return None
    if any(c.dep_ not in _BARE_CLAUSE_DEPS for c in v.children):
        return None
    after = v.right_edge.i + 1
    if after < v.sent.end and v.doc[after].text not in (".", ";", "!", "?"):
        return None  # "The convention, which most nations signed, obliges ...": a relative on the subject
    return first if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) else None


def claim_commas(doc: Doc | Sequence[Token], lex: CueLexicon) -> list[int]:
    """Char offsets of the commas that open a claim noun's apposition ("…, a claim the group
    denied"), in ``doc`` or a document's list of tokens (``ParsedDoc.tokens``)."""
    out = []
    for t in doc:
        if t.dep_ == "relcl" and t.lemma_.lower() in lex.verbs:
            n = claim_apposition(t, lex)
            if n is not None:
                out.append(doc[n.left_edge.i - 1].idx)
    return out


def _charge(n: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """What an accusation the claim noun ``n`` follows charges: its object and the phrase that
    names the charge, up to the noun's comma ("X blamed Y for the attack, a charge Z rejected":
    "Y for the attack"), the words the accuser's own quote holds; the accuser's act of blaming is
    no part of what the noun's speaker denies. The noun may hang on the verb or, as the parser
    has it, on the last noun of the charge, under the verbs of the charge ("accusing it of providing
    support to militants in X, a charge ..."). None when no such verb comes before it."""
    h = n.head
    while not _accusing(h, lex):
        if h.head.i == h.i:
            return None
        h = h.head
    if h.i > n.i:
        return None
    comma = n.left_edge.i - 1
    objs = [c for c in h.children if c.dep_ == "dobj" and h.i < c.i < comma]
    preps = [c for c in h.children if c.dep_ == "prep" and c.lower_ in lex.preps and c.i < comma]
    if not objs or not preps:
        return None
    last = n.doc[comma - 1]
    return objs[0].left_edge.idx, last.idx + len(last.text)


def _accusing(h: Token, lex: CueLexicon) -> bool:
    entry = lex.verbs.get(h.lemma_.lower()) if is_verb(h) else None
    return entry is not None and "object_prep" in entry.frames


def claimed_clause(v: Token, n: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """What the claim noun ``n`` stands for: the clause before its comma; within a reported
    clause that holds the noun, that clause ("The army said it had evidence that …, a claim the
    group denied": "it had evidence that …"); else the sentence up to the comma."""
    comma = n.left_edge.i - 1
    said = [c for c in n.head.children if c.dep_ == "ccomp" and c.i < n.i] if is_verb(n.head) else []
    if said:  # "The army said the rocket was the group's, a claim the group denied" (the noun on "said")
        return v.doc[said[-1].left_edge.i].idx, v.doc[said[-1].right_edge.i].idx + len(said[-1].right_edge.text)
    charged = _charge(n, lex)
    if charged is not None:
        return charged
    start = n.sent.start
    cur = n
    while cur.head.i != cur.i and cur.i > start:
        if cur.dep_ == "ccomp" and cur.head.dep_ == "ROOT" and cur.left_edge.i > start:
            start = cur.left_edge.i
            break
        cur = cur.head
    while start < comma and v.doc[start].is_punct:
        start += 1
    for t in v.doc[start:comma]:  # "…, the navy said, a claim …": the closing cue is not claimed
        if t.dep_ == "parataxis" and t.lemma_.lower() in lex.verbs and t.left_edge.i > start:
            edge = t.left_edge.i if v.doc[t.left_edge.i].is_punct else t.left_edge.i - 1
            if v.doc[edge].is_punct:
                comma = edge
                break
    if comma <= start:
        return None
    return v.doc[start].idx, v.doc[comma].idx


__all__ = ["claim_apposition", "claim_commas", "claimed_clause"]
