"""A second saying of the reporting clause's speaker that the parser coordinated with the verb of
what that speaker reports: "Mr. Abel said the plan aims to train teachers and urged donors to fund
it", "The army said the raid has killed six fighters and added that two soldiers were wounded". The
coordinated cue has no subject of its own and is a verb of saying in the tense of the reporting
cue and not in that of the verb it is joined to, which says nothing (a plan does not urge, a raid does not add): it
goes on with the reporting clause. Its speaker is the reporting cue's speaker, and the first
content ends before it ("and urged ..." is no part of what the plan aims at). A conjunct of a
verb that is a saying itself ("X said the minister denied the charges and called them lies") is
that verb's subject's, as the parser reads it."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.syntax import SUBJECT_DEPS
from .types import Attribution, CueLexicon

# the links from a reported clause's verbs up to the cue that reports them
_UP_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def second_sayings(pd: ParsedDoc, atts: list[Attribution], lex: CueLexicon) -> list[Attribution]:
    """``atts`` with each second saying given its reporting clause's speaker, and the content it
    overran cut before it."""
    by_cue = {a.cue_start: a for a in atts if a.cue_start is not None}
    for a in atts:
        v = pd.token_at(a.cue_start) if a.cue_start is not None else None
        if v is None or not a.speech or v.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in v.children):
            continue
        joined = v.head
        if _speaks(joined, lex) or not joined.tag_.startswith("VB") or joined.tag_ == v.tag_:
            continue  # in the content's own tense the parse's reading stands ("rebels shelled and warned")
        outer = _reporter(joined, v, by_cue, lex)
        if outer is None or outer.speaker_start is None:
            continue
        a.speaker_start, a.speaker_end, a.speaker_head = outer.speaker_start, outer.speaker_end, outer.speaker_head
        cut = _before_conjunction(v)
        if outer.content_start is not None and outer.content_end is not None and outer.content_start < cut < outer.content_end:
            outer.content_end = cut
    return atts


def _speaks(t: Token, lex: CueLexicon) -> bool:
    entry = lex.verbs.get(t.lemma_.lower())
    return entry is not None and entry.speech


def _reporter(joined: Token, v: Token, by_cue: dict[int | None, Attribution], lex: CueLexicon) -> Attribution | None:
    """The attribution of the cue of saying that reports the clause of ``joined`` (through
    complements and conjuncts, at least one clause complement), in the tense of ``v``."""
    t, through_clause = joined, False
    for _ in range(6):
        if t.dep_ not in _UP_DEPS or t.head == t:
            return None
        through_clause = through_clause or t.dep_ == "ccomp"
        t = t.head
        if _speaks(t, lex) and t.dep_ != "conj":
            found = by_cue.get(t.idx)
            return found if found is not None and through_clause and t.tag_ == v.tag_ else None
    return None


def _before_conjunction(v: Token) -> int:
    """Where the words before the conjunction (and the comma) that open ``v``'s conjunct end."""
    doc = v.doc
    i = v.left_edge.i - 1
    while i > 0 and (doc[i].dep_ == "cc" or doc[i].is_punct):
        i -= 1
    return doc[i].idx + len(doc[i].text)


__all__ = ["second_sayings"]
