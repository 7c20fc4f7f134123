"""A bare definite description of a body as speaker, which the actor layer reads as no one or as a
people's group ("the company tweeted", "as the paper noted", "the survey found", "according to the
campaign"), stands for the body named before it (issue 15; the tune half of the PolNeAR
pronoun/description set): a firm or an outlet for the nearest organisation that spoke, no state
organ; a survey for the organisation that reported in its sentence or the one before; a campaign
for its candidate. Not when no body spoke before, when the description names whose it is ("the
company's chief"), nor for a survey two sentences after the body. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Local news\n\n"
NAMED = ("Acme Systems", "Riverside Herald", "University of Springfield", "Carl Benson", "Pentagon")

# (construction, text, the speaker expected; None: none of the bodies or people named)
CASES = [
    ("positive: a firm after its relative clause", "The debate drew attention from local employers such as Acme "
     "Systems, which opposed the bill. \"We call on other businesses to join us,\" the company tweeted.",
     "Acme Systems"),
    ("positive: an outlet after its report", "The mayor will resign, the Riverside Herald reported on Monday. "
     "As the paper noted, the council has not met since June.", "Riverside Herald"),
    ("positive: a survey after the body that reported it", "Consumer sentiment rose in the last year, the "
     "University of Springfield reported last week. Wages are rising, and the survey found that wages rose faster "
     "than prices.", "University of Springfield"),
    ("positive: a campaign for its candidate", "As Carl Benson toured Ohio last week, he was recognized by "
     "voters. Donations, according to the campaign, have doubled since June.", "Carl Benson"),
    ("negative: no body spoke before", "The mayor said the plant would close. \"We will appeal,\" the company "
     "said.", None),
    ("near miss: the description names whose it is", "The debate drew attention from local employers such as "
     "Acme Systems, which opposed the bill. \"We call on other businesses to join us,\" the company's chief "
     "tweeted.", None),
    ("near miss: a survey two sentences after the body", "The University of Springfield reported the figures on "
     "Monday. Prices rose in the capital. Wages rose in the north too. The survey found that wages rose faster "
     "than prices.", None),
    ("near miss: the campaign's officer", "Carl Benson toured Ohio last week. \"We will win,\" he said. "
     "Donations, according to the campaign's treasurer, have doubled since June.", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_body_description_speaks_for_the_body_before(name: str, text: str, expected: str | None) -> None:
    who = last_quote_speaker(OPENING + text)
    if expected is None:
        assert who not in NAMED, (name, who)
    else:
        assert who == expected, (name, who)
