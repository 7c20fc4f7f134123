"""A sentence after a figure that identifies it as "the count of" one named body ("That is the
count of the Kenya Medical Association, ...") names the figure's source, as "the count given by"
does; an "of" phrase that says what is counted ("the count of the dead", "the toll of
Palestinians") or names a place with no article ("the toll of Gaza") names none (issue 15; seen on
the tuning half of the invented nairobi-protest probe, a liveblog entry). Invented sentences."""

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


# (construction, text, the source's words, or None: no source)
CASES = [
    ("positive: the count of a named body", "Forty people died in the floods. That is the count of the Uganda Red "
     "Cross Society, which has teams in every district.", "Uganda Red Cross Society"),
    ("positive: the figure of a named agency", "Sixty people were hurt. This is the figure of the World Health "
     "Organization.", "World Health Organization"),
    ("negative: the count of the dead", "Forty people died in the floods. That is the count of the dead in the "
     "capital.", None),
    ("near miss: a place with no article", "Forty people died in the floods. That is the toll of Kampala alone.",
     None),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_count_of_a_named_body_names_its_source(parse: Callable[..., ParsedDoc], words: AttributionWords,
                                                     name: str, text: str, source: str | None) -> None:
    pd = parse(text)
    got = next_sentence_reporter(next(iter(pd.doc.sents)), VERBS, words)
    assert (got is not None) is (source is not None), (name, got)
    if source is not None and got is not None:
        assert source in pd.doc.text[got.start:got.end], name
