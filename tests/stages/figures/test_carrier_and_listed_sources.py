"""Three constructions of who states a figure (quake-toll probe, tune half): a count the carrier
compiled itself ("according to a Reuters tally of figures from both sides" in a paper carrying
Reuters, "by my tally") is the outlet's own; a number with an owner of its own ("with the
ministry's 61") is the owner's, unless the owner is a place ("Kawt Bein's 40 dead"); in a
sentence listing counts with a source each ("120: 70 in the north according to the army, 40 in
the south according to the rebels, and 10 across the border"), each part takes the source phrase
after it, the total before the parts and a part without a phrase none of them."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

P, N, M = "positive", "negative", "near miss"
WIRE = "Harbour Business Wire (Reuters)"
LIST = ("The toll stood at 120 on Friday: 70 in the north according to the army, 40 in the south "
        "according to the rebels, and 10 across the border.")
INCLUDING = ("At least 90 people died, including 60 in the capital according to the police and 30 in the "
             "port according to the navy.")

# (kind, outlet, text, value, the source as written, None: the outlet's own voice)
ROWS: list[tuple[str, str, str, float, str | None]] = [
    # the carrier's own count
    (P, WIRE, "The death toll rose to 310 on Friday, according to a Reuters tally of figures from officials "
              "in Kyiv and in Moscow.", 310, None),
    (P, "Valley Live", "By my tally that puts the toll at 96 across the valley.", 96, None),
    (N, WIRE, "The death toll rose to 88 on Friday, according to a health ministry tally.", 88, "health ministry"),
    (M, "Valley Post", "The death toll rose to 88 on Friday, according to a Reuters tally of figures from "
                       "officials on both sides.", 88, "Reuters"),
    # a number with an owner of its own
    (P, "Valley Live", "By my tally that puts the toll at 96, with the ministry's 61 and 35 in the hills.",
     61, "ministry"),
    (N, "Valley Post", "Kawt Bein's 40 dead were buried on Friday, the governor said.", 40, "governor"),
    (M, "Valley Post", "The ministry's toll of 61 was disputed by the rebels.", 61, "ministry"),
    # counts listed with a source each
    (P, "Valley Post", LIST, 70, "army"),
    (P, "Valley Post", LIST, 40, "rebels"),
    (P, "Valley Post", LIST, 120, None),
    (P, "Valley Post", LIST, 10, None),
    (P, "Valley Post", INCLUDING, 90, None),
    (P, "Valley Post", INCLUDING, 30, "navy"),
    (N, "Valley Post", "Fifty people were killed and 20 injured, according to the army, while 70 died according "
                       "to the rebels.", 50, "army"),
    (M, "Valley Post", "Fifty people were killed, according to the army, and 70 were injured, according to the "
                       "hospital.", 70, "hospital"),
]


@pytest.mark.parametrize(("kind", "outlet", "text", "value", "source"), ROWS)
def test_sources(kind: str, outlet: str, text: str, value: float, source: str | None) -> None:
    found = figures_of_value(text, value, outlet=outlet)
    assert len(found) == 1, (kind, text, found)
    assert_source(found[0], source, f"{kind}: {text}")


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
