"""A speaker the parser hung on the comma after a quotation: in '“...,” the ministry of health in
Gaza, which is run by Hamas, said.' a relative clause set off by commas stands between the speaker
and a closing cue at the end of the sentence, and the parser may hang the speaker's noun on the
comma after the quotation, leaving the cue with no subject. The noun phrase that fills the whole
stretch between the closing quotation mark and the comma before the cue is the cue's speaker."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import SUBJECT_DEPS

_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def speaker_after_quotation(v: Token) -> Token | None:
    """The head of the noun phrase that runs from right after the quotation's closing mark to right
    before the comma before cue ``v`` (a finite verb with no subject), or None."""
    doc = v.doc
    if v.tag_ not in _FINITE or v.i < 3 or doc[v.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return None
    close = next((t for t in reversed(doc[v.sent.start:v.i]) if t.tag_ == "''"), None)
    if close is None:
        return None
    first = close.i + 1
    noun = next((t for t in doc[first:v.i - 1] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.left_edge.i != first or noun.right_edge.i != v.i - 2:
        return None
    return noun
