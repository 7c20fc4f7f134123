"""A sentence after a figure that says what the figure is, naming its giver ("That is the count
given on Friday by the village head.", "Those are the figures from the health ministry."): the
giver is the figure's source, as in "The figures come from X" (nlp/neighbours.py). Issue 15;
seen on the tuning half of the invented zamfara-abduction probe (a radio station's page). Invented
sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.nlp.attribution import AttributionWords, load_attribution_words
from newsledger.nlp.neighbours import next_sentence_reporter
from newsledger.resources import Resources

VERBS = frozenset({"say", "disclose", "give", "report", "announce"})


@pytest.fixture(scope="module")
def words() -> AttributionWords:
    return load_attribution_words(Resources())


# (construction, text, the source's words, or None)
CASES = [
    ("positive: a count given by its giver", "Thirty students returned home on Friday. That is the count given "
     "on Friday by the village head, who spoke to our reporter.", "village head"),
    ("positive: figures from their giver", "Forty people died in the floods. Those are the figures from the "
     "regional health bureau.", "regional health bureau"),
    ("positive: a toll released by its giver", "Twelve soldiers were killed in the ambush. That was the toll "
     "released by the rebel command.", "rebel command"),
    ("negative: a count of what is counted", "Forty people died in the floods. That is the count of the dead "
     "in the valley.", None),
    ("near miss: a predicate that is no count", "Forty people died in the floods. That is the village given "
     "to the settlers by the council.", None),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_sentence_saying_what_the_count_is_names_its_source(
        parse: Callable[..., ParsedDoc], words: AttributionWords, name: str, text: str, source: str | None) -> None:
    pd = parse(text)
    first = next(iter(pd.doc.sents))
    found = next_sentence_reporter(first, VERBS, words)
    if source is None:
        assert found is None, (name, found)
    else:
        assert found is not None and source in found.text, (name, found)
