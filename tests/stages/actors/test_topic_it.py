""""It" as the speaker of a quotation goes on with the body the sentence before is about, not
with a body that spoke before that (issue 15; seen on the tuning half of the blind VOA speaker
gold): "Hamas said ... . The United Nations, whose agencies ..., was quick to warn of famine.
“...,” it said": the United Nations. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

COMMISSION = "The European Commission said on Monday that the new fishing rules would take effect in May. "
# (construction, text, the body "it" speaks for)
CASES = [
    ("positive: a union as the subject of the sentence before",
     COMMISSION + "The Norwegian Fishermen's Association, a union that represents most of the coastal fleet, was the "
     "first to reject the rules, calling them unfair. “The rules repeat every mistake of the last decade,” it said.",
     "Association"),
    ("positive: an agency as the subject of the sentence before",
     "Hamas said on Tuesday that the talks had stalled. The United Nations, whose agencies feed most of the enclave, "
     "was quick to warn of famine. “Stocks will run out within a week,” it said.", "United Nations"),
    ("negative: no body named since the speaker",
     "The European Commission said on Monday that the new fishing rules would take effect in May, after talks with "
     "Greenpeace. “The rules are a first step,” it said.", "European Commission"),
    ("near miss: people, no body, as the subject of the sentence before",
     COMMISSION + "Fishermen in Norway, many of them members of a union, rejected the rules. "
     "“The rules are a first step,” it said.", "European Commission"),
]


@pytest.mark.parametrize(("name", "text", "body"), CASES, ids=[c[0] for c in CASES])
def test_it_goes_on_with_the_body_of_the_sentence_before(name: str, text: str, body: str) -> None:
    an = pipeline().analyze_text(text)
    names = {a.id: a.name for a in an.actors}
    spoken = [q for q in an.quotes if q.speaker is not None and q.speaker.text == "it"]
    assert spoken, name
    assert body in names.get(spoken[0].speaker_actor_id or "", ""), (name, names.get(spoken[0].speaker_actor_id or ""))
