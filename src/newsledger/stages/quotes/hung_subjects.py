"""Speakers the parser put out of reach of a cue verb: a participle of saying hung on the verb
of the quotation before it instead of on the reporting verb, and a name with a description set
off by dashes read as two subjects of one verb."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import SUBJECT_DEPS

# the marks that set a description off after a name in pairs: dashes (a pair of commas makes an
# apposition the parser reads as one)
APPOSITION_MARKS = frozenset({"—", "–", "--"})


def reporting_clause_subject(h: Token) -> Token | None:
    """The speaker of a participle of saying (``h``: "adding", "noting") that the parser hung on
    the verb of the direct quotation before its reporting clause instead of on the reporting verb
    ("“We are not going to sign anything,” the mayor said, adding that ...": "adding" read as an
    adverbial of "going", whose subject "We" is the quotation's, not the speaker's): the subject
    of the last verb between the quotation's closing mark and the participle. None when no
    closing mark stands between the participle and the verb it hangs on (the parse is right)."""
    head = h.head
    if h.dep_ != "advcl" or h.tag_ != "VBG" or head.i >= h.i or any(c.dep_ in SUBJECT_DEPS for c in h.children):
        return None
    doc = h.doc
    close = next((t for t in reversed(doc[head.i + 1:h.i]) if t.tag_ == "''"), None)
    if close is None:
        return None
    for verb in reversed(doc[close.i + 1:h.i]):
        if verb.pos_ != "VERB":
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and close.i < c.i < verb.i), None)
        if subj is not None:
            return subj
    return None


def name_before_apposition(subjects: list[Token]) -> Token | None:
    """Of two subjects the parser gave one verb, a name and the description set off right after
    it by a pair of dashes ("Haddad — leader of the front that led the uprising — said ..."):
    the name speaks; the description, nearer the verb, is its apposition, and a body named in it
    ("the front") is not the speaker."""
    if len(subjects) != 2:
        return None
    name, desc = sorted(subjects, key=lambda t: t.i)
    verb = name.head
    if name.pos_ != "PROPN" or desc.pos_ != "NOUN" or desc.head.i != verb.i or verb.i < desc.i:
        return None
    doc = name.doc
    # the opening mark: the description's first token (the parser hangs it there) or the one before
    first = desc.left_edge
    opening = first if first.text in APPOSITION_MARKS else doc[first.i - 1]
    if opening.text not in APPOSITION_MARKS or opening.i != name.i + 1:
        return None
    # the closing mark of the pair: the description's last token, or the token right after it
    last = desc.right_edge
    closing = last if last.text == opening.text else doc[last.i + 1] if last.i + 1 < len(doc) else None
    if closing is None or closing.text != opening.text or closing.i == opening.i:
        return None
    return name
