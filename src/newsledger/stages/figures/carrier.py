"""A count the carrier compiled itself: "according to a Reuters tally of figures from both sides"
in a paper carrying Reuters, "a CheckPoint Asia count of official figures" in CheckPoint Asia's
own fact-check, "by my tally" in a reporter's blog. The figure is the outlet's own sum, not a
statement of the bodies whose figures it adds up: it is in the outlet's voice."""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.attribution import AttributionWords
from ...nlp.attribution_words import names_publisher

# the words before a count noun that name whose count it is
OWNER_DEPS = frozenset({"poss", "compound", "nmod"})


def carriers_count(doc: ParsedDoc, start: int, end: int, words: AttributionWords) -> bool:
    """Whether the source written at ``[start, end)`` is a count noun (``count_nouns``: "tally",
    "count", "toll") whose owner, the names or the possessive right before it, is the article's
    publisher or the wire it carries (``names_publisher``: "a Reuters tally", "our count", "my
    tally"); not a count of another body ("a health ministry tally", "a tally by the ministry")
    nor a count with no owner ("a tally of figures")."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lower_ not in words.count_nouns and root.lemma_.lower() not in words.count_nouns:
        return False
    owners = [c for c in root.lefts if c.dep_ in OWNER_DEPS]
    if not owners:
        return False
    first, last = owners[0].left_edge, owners[-1].right_edge
    owner = doc.text[first.idx:last.idx + len(last.text)]
    for suffix in ("'s", "\u2019s"):
        owner = owner.removesuffix(suffix)
    return names_publisher(owner, doc.article.outlet, words, doc.text)
