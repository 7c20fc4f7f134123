"""A saying someone asks for is recorded as requested, not as said: a verb of saying with a modal
of obligation ("said the authorities should declare an emergency") or in the infinitive of a verb
of request ("urged the council to press the parties to open the roads"). Seen on VOA stories,
where the authorities and the council were recorded as having said what others asked them to
say. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words of the quote, its stance)
CASES = [
    ("positive: a modal of obligation", "Amina Sule, a lawyer, said the governor should declare a curfew "
     "over the raids.", "a curfew over the raids", "requested"),
    ("positive: the infinitive of a verb of request", "The two envoys urged the council to press the "
     "militias to reopen the roads to aid convoys.", "the militias to reopen the roads", "requested"),
    ("negative: a saying made", "Amina Sule, a lawyer, said the governor declared a curfew over the raids.",
     "the governor declared a curfew", "asserted"),
    ("near miss: the request itself was made", "The two envoys urged the council to act before the rains.",
     "the council to act before the rains", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "words", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_saying_asked_for_is_requested(name: str, text: str, words: str, stance: str) -> None:
    an = pipeline().analyze_text("Raids and roads\n\n" + text)
    found = [q for q in an.quotes if q.content.text.startswith(words)]
    assert found, (name, [q.content.text for q in an.quotes])
    assert {q.stance for q in found} == {stance}, (name, [(q.content.text, q.stance) for q in found])
