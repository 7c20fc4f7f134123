"""A verb of speaking the parser coordinated with the copular clause a cue before it reports
("X told TV the site was "a den" and accused the militia of ..."): the cue's speaker speaks it,
not the copula's subject (issue 15). Invented sentences, parties of every side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Quote
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return list(run_stage("quotes", parse(text), actors=ActorLayer()))

# (construction, text, words of the quote's content, its speaker's words)
COPULAR = [
    ("positive", 'The Russian spokesman told reporters the building was "a weapons depot" and accused the "Kyiv '
     'regime" of hiding troops there.', "hiding troops", "Russian spokesman"),
    ("positive: another side", 'Its spokesman told Saudi television the site was "a den for drones" and accused the '
     '"Houthi militia" of using detainees as shields.', "using detainees", "Its spokesman"),
    ("negative: a subject of its own", "The Houthi spokesman said the site was a prison and the coalition accused "
     "the group of lying.", "of lying", "coalition"),
    ("near miss: no copula", "The Israeli spokesman said the gunmen fired first and accused the residents of "
     "hiding them.", "hiding them", "gunmen"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), COPULAR, ids=[c[0] for c in COPULAR])
def test_a_speech_verb_coordinated_with_a_reported_copula_is_the_reporters(parse: Parse, name: str, text: str,
                                                                        content: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(parse, text) if content in q.content.text]
    assert quotes, name
    inner = min(quotes, key=lambda q: len(q.content.text))  # the record of that clause, not one around it
    assert inner.speaker is not None and speaker in inner.speaker.text, (
        name, [(q.content.text, q.speaker.text if q.speaker else None) for q in quotes])
