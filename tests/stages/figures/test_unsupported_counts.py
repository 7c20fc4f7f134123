"""A count someone is reported to give that the next sentence, in the text's own voice, leaves with
no support ("No official source has given a toll near that", "The channel has given no source") is
negated (issue 15: a debunked figure is never an asserted claim in a thread). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline


def stance(text: str, value: float) -> str:
    """The stance of the one figure of ``value`` in the text."""
    (f,) = [f for f in pipeline().analyze_text(f"Report\n\n{text}").figures if f.value_low == value]
    return f.stance

# (construction, text, the stance of the count of 100)
UNSUPPORTED = [
    ("positive: no source as subject", 'A widely shared post claimed that "more than 100 people" had died at the '
     "depot. No official source, local or foreign, has given a toll anywhere near that.", "negated"),
    ("positive: after a quote, no source as object", 'An anonymous channel wrote on Monday: "A hundred martyrs in '
     'the town. The regime is hiding the bodies." The channel has given no source and no names.', "negated"),
    ("negative: the text's own count", "At least 100 people died at the depot. No official source has given a "
     "toll yet.", "asserted"),
    ("near miss: no details is no lack of support", "A post claimed that 100 people had died at the depot. The "
     "police gave no details.", "asserted"),
    ("near miss: someone else says so", "A post claimed that 100 people had died at the depot. The mayor said no "
     "source had confirmed it.", "asserted"),
    ("near miss: no evidence of another clause", "The UN reported at least 100 dead. We found no evidence that "
     "more than 120 people were killed.", "asserted"),
    ("near miss: still the speaker's words", 'The army said: "We killed 100 fighters. We have no proof of civilian '
     'deaths."', "asserted"),
]


@pytest.mark.parametrize(("name", "text", "expected"), UNSUPPORTED, ids=[c[0] for c in UNSUPPORTED])
def test_a_reported_count_left_without_support_is_negated(name: str, text: str, expected: str) -> None:
    assert stance(text, 100) == expected, name


def test_an_agentless_passive_only_doubts_a_count() -> None:
    """Near miss: "No evidence has been presented" doubts the count, it does not rebut it."""
    text = "The regional administration is circulating figures of 100 dead civilians. No evidence has been presented."
    assert stance(text, 100) == "asserted"


# a duration set by "for" on a negated verb is how long the negative state lasts: asserted
EXTENT = [
    ("positive: a ban's length", "The court ruled that she cannot take part in elections for 12 years.", "asserted"),
    ("positive: a state's length", "Aid convoys have not reached the besieged town for 12 days.", "asserted"),
    ("negative: the duration is the object", "He did not serve 12 years in prison, his lawyer said.", "negated"),
    ("near miss: a count under the negation", "There were not 12 people killed, the army said.", "negated"),
]


@pytest.mark.parametrize(("name", "text", "expected"), EXTENT, ids=[c[0] for c in EXTENT])
def test_a_duration_of_a_negated_state_is_asserted(name: str, text: str, expected: str) -> None:
    assert stance(text, 12) == expected, name
