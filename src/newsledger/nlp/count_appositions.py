"""Counts mistaken for speakers: a closing cue's subject that the parser hung on the count before it.

"..., killing at least 30 people, an official said": the parser may make "an official" an apposition
(or a conjunct, or a second object) of the counted noun, and the count the subject of "said". A count
is never a speaker; :func:`counted_apposition` finds the phrase that is.
"""

from __future__ import annotations

from spacy.tokens import Token


def counted_apposition(v: Token) -> Token | None:
    """The speaker of a closing cue that the parser made an apposition of the count before it
    ("..., killing at least 30 people, an official of the administration said"; "..., wounding 12
    soldiers, a military source told AFP"): a noun phrase set off by a comma after a counted noun
    and ending right before the verb, whether the parser left the verb with no subject or made the
    count its subject. A count is never a speaker. The comma closing an apposed name ("the
    deputy commissioner, NAME, told AFP") may hang on another clause."""
    doc = v.doc
    if v.i == 0:
        return None
    last = v.i - 2 if v.i > 1 and doc[v.i - 1].text == "," and doc[v.i - 2].dep_ == "appos" else v.i - 1
    t = doc[last]
    while not _apposed_to_count(t) and t.head.i != t.i and t.head.i < v.i and t.head.right_edge.i in (last, v.i - 1):
        t = t.head
    if not _apposed_to_count(t) or t.pos_ not in ("NOUN", "PROPN") or t.right_edge.i not in (last, v.i - 1):
        return None
    counted = t.head
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return t if all(c.i == counted.i for c in subjects) else None


def _apposed_to_count(t: Token) -> bool:
    """``t`` hangs on a count as its apposition, or as one more item of it when the speaker is a
    coordination ("..., killing 31 people, a hospital official and residents told AFP": the parser
    makes "official" a conjunct of "people"), set off by a comma with no conjunction before it."""
    if t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].text != ",":
        return False
    if t.dep_ == "dobj":
        return _second_object_after_count(t)
    if t.dep_ not in ("appos", "conj"):
        return False
    counted = t.head
    if not any(c.dep_ == "nummod" or c.like_num for k in (counted, *counted.conjuncts) for c in k.children):
        return False  # (a number in the count or an item of it: "a woman and two children, N said")
    return t.dep_ == "appos" or not any(c.dep_ == "cc" and c.i < t.i for c in counted.children)


def _second_object_after_count(t: Token) -> bool:
    """``t`` is a second direct object the parser gave the verb of a count, set off by a comma
    after the counted object ("..., killing six people, the district's deputy commissioner,
    NAME, told AFP": "commissioner" an object of "killing" beside "people"); a verb takes one
    direct object, so the phrase is the subject of the closing cue."""
    return any(c.dep_ == "dobj" and c.i < t.i and any(g.dep_ == "nummod" or g.like_num for g in c.subtree)
               for c in t.head.children)
