"""The publisher's own people as a figure's reporter: a noun of ``own_people_nouns`` ("staff",
"team", "monitors", "reporters") owned by a name of the article's publisher ("The Defender's
staff documented ..." in the Office of the Human Rights Defender's release, "VOA's reporters
counted ..." in a story from voanews.com): what the body's own staff record is its own voice. The
owner names the publisher as ``names_publisher`` has it, or as "The" and one capitalised word of a
name of two words at least ("The Office's monitors" in the UN Human Rights Office's release)."""

from __future__ import annotations

import re

from ...nlp import ParsedDoc
from ...nlp.attribution import AttributionWords
from ...nlp.attribution_words import names_publisher

_WORD = re.compile(r"[\w'\u2019-]+")


def publishers_people(doc: ParsedDoc, start: int, end: int, words: AttributionWords) -> bool:
    """Whether the source written at ``[start, end)`` is the publisher's own people (module doc)."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or not doc.article.outlet:
        return False
    root = span.root
    if root.lower_ not in words.own_people_nouns:
        return False
    poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if poss is None:
        return False
    owner = doc.text[poss.left_edge.idx:poss.idx + len(poss.text)]
    return names_publisher(owner, doc.article.outlet, words, doc.text) or _the_word_of(owner, doc.article.outlet)


def _the_word_of(owner: str, outlet: str) -> bool:
    """ "The Office" for a publisher whose name, of two capitalised words at least, has "Office"."""
    found = _WORD.findall(owner)
    if len(found) != 2 or found[0].lower() != "the" or not found[1][:1].isupper():
        return False
    for name in (n.strip() for n in re.split(r"[()]", outlet) if n.strip()):
        caps = [w for w in _WORD.findall(name) if w[:1].isupper() and w.lower() != "the"]
        if len(caps) >= 2 and found[1] in caps:
            return True
    return False
