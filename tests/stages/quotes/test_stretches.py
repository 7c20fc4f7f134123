"""A direct quote interrupted by its cue (“A,” she said. “B.”) or running over paragraphs stays
one record from its opening to its closing mark, and each stretch the speaker said is also a
quote nested in it, with the same speaker (invented sentences: positive rows, a negative row and
near misses; speakers of several sides)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Quote
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return list(run_stage("quotes", parse(text), actors=ActorLayer()))


# (construction, text, the stretches expected as nested quotes of the one outer direct quote)
STRETCHES = [
    ("interrupted by the cue, then a second sentence (a rebel commander)",
     '"We buried eleven people before dawn," the rebel commander said by telephone. '
     '"The planes came back at noon."',
     ["We buried eleven people before dawn", "The planes came back at noon"]),
    ("interrupted by a cue with an 'adding that' clause (an army spokesman)",
     '"Our aircraft hit a weapons store," the army spokesman told reporters, adding that the raid was '
     'over by nine. "No village was touched."',
     ["Our aircraft hit a weapons store", "No village was touched"]),
    ("run over two paragraphs (a displaced farmer)",
     'Khin Lay, a farmer who fled the village, said:\n\n"The smoke was everywhere and the children were '
     'crying.\n\n"We walked for two days to reach the river."',
     ["The smoke was everywhere and the children were crying", "We walked for two days to reach the river"]),
    ("negative: one quotation, one stretch (a government minister)",
     '"The border crossings will reopen on Monday," the interior minister said.',
     []),
    ("near miss: a quotation inside the quote is no stretch of its own (an opposition leader)",
     '"They call us \'traitors\' every day on television," the opposition leader said.',
     []),
]


@pytest.mark.parametrize(("construction", "text", "stretches"), STRETCHES, ids=[s[0] for s in STRETCHES])
def test_each_stretch_of_an_interrupted_direct_quote_is_a_nested_quote(
        parse: Parse, construction: str, text: str, stretches: list[str]) -> None:
    quotes = quotes_of(parse, text)
    outer = [q for q in quotes if q.kind == "direct" and q.parent_id is None]
    assert len(outer) == 1, (construction, [q.content.text for q in quotes])
    nested = [q for q in quotes if q.parent_id == outer[0].id and q.kind == "direct"]
    assert [q.content.text for q in nested] == stretches, construction
    checked = 0
    for q in nested:
        assert (q.speaker, q.speaker_actor_id, q.cue) == (outer[0].speaker, outer[0].speaker_actor_id, outer[0].cue)
        checked += 1
    assert checked == len(stretches)
