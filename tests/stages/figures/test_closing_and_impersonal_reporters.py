"""Who states a figure, in four constructions of casualty reports (issue 15; seen on the tuning
half of the invented qamishli-drone probe). Invented sentences, bodies of every side.

* a "while"/"as" clause before a closing reporter, which the parser hangs on the reporter as an
  adverbial clause ("The toll rose to 14, while 23 others were wounded, the health board
  announced"): part of what the reporter states, unless the reporter says something else;
* an agentless passive of expectation as the cue of a quote with no speaker ("The toll is
  expected to rise, as more than 20 people were injured"): no one is said to voice it, the figure
  is the outlet's, not an unidentified speaker's;
* a pronoun reporter ("..., it added") written as its body was named, never as the place of the
  dateline;
* the acronym of a release's publisher ("SOCL documented ...", in the Sahel Observatory for Civil
  Liberties' release): the release's own voice."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

# (construction, text, outlet, value, the source as written, or None for the outlet's voice)
CASES = [
    ("closing reporter: positive", "The death toll has risen to 14 civilians, while 23 others were wounded, "
     "the regional health board announced on Thursday.", None, 23, "health board"),
    ("closing reporter: near miss, the reporter says something else", "After 40 people were killed, the "
     "governor announced three days of mourning.", None, 40, None),
    ("impersonal passive: positive", "The number of dead is expected to rise further, as more than 20 people "
     "were injured, some of them seriously, while others remain missing.", None, 20, None),
    ("impersonal passive: near miss, a speaker named", "The number of dead is expected to rise further, as "
     "more than 20 people were injured, a nurse at the clinic said.", None, 20, "nurse"),
    ("dateline pronoun: positive", "HASAKAH, Syria (AFP) — Shelling of a bus station in the town of Amuda killed "
     "at least eight people on Tuesday, the health authority of the Kurdish-led administration said.\n\n"
     "Another 30 people were wounded, it added in a statement.", None, 30, "Kurdish-led administration"),
    ("dateline pronoun: near miss, the body named after the dateline", "BEIRUT, Lebanon (AFP) — Shelling of a "
     "village killed eight people on Tuesday, Lebanon's health ministry said.\n\nAnother 30 people were "
     "wounded, it added in a statement.", None, 30, "health ministry"),
    ("publisher acronym: positive", "SOCL documented the death of 12 civilians in the raid on the market.",
     "Sahel Observatory for Civil Liberties", 12, None),
    ("publisher acronym: negative, another body's", "HRW documented the death of 12 civilians in the raid on "
     "the market.", "Sahel Observatory for Civil Liberties", 12, "HRW"),
]


@pytest.mark.parametrize(("name", "text", "outlet", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_who_states_the_figure(name: str, text: str, outlet: str | None, value: float, source: str | None) -> None:
    meta = {"outlet": outlet} if outlet else {}
    found = figures_of_value(text, value, **meta)
    assert len(found) == 1, (name, [f.text for f in found])
    assert_source(found[0], source, name)
