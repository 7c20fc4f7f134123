"""The rules of branch i16-coerce, each a class of constructions with a positive, a negative and a
near-miss row (sentences written here; none from the gold or the probes' check halves):

* ``figurative``: an attack on an abstraction or by one, a sporting win by a score tell no ASSAULT
  (``stages/events/force_words.py``; ``abstract_nouns`` in ``patterns.yaml``);
* ``obstruct``: a way or an access shut by a state named by its country is COERCE, not PROTEST
  (``force_words.state_obstruction``; ``codes.state_obstruction`` in ``rules.yaml``);
* ``hit``: an attack noun hitting a place lived in or worked is ASSAULT (``patterns.yaml``, i16-coerce block);
* ``batter``: a place or grid pummelled or battered by force, not by weather or prices;
* ``aid``: aid deliveries or convoys blocked by a state are COERCE withhold, not by protesters;
* ``hang``: a person hanged is ASSAULT execute, a thing hung up is not;
* ``ram``: a vessel rammed is ASSAULT, a bill rammed through is not;
* ``deploy``: forces sent to a place that is no party (a region, a province, the streets) are
  deployed (MOBILIZE), forces sent to a state are aid (``borders.facing_deployment``,
  ``destination_preps``);
* ``blackout``: an internet, communications or news blackout imposed is COERCE (withhold, censor);
* ``takedown``: posts or articles removed by the authorities are COERCE censor, not by their author;
* ``confiscate``: a yacht, villa or private jet confiscated is COERCE seize.

The ``hit`` rows open with a sentence telling an act, so that the article is not read for its bare
event nouns (``reports.fallback_events``, an article that tells no act). A row holds when, with
``present``, a counted event is of the type, and without it no counted event is of the type.
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

Row = tuple[str, str, str, str, bool]

ROWS: list[Row] = [
    ("figurative", "P", "The senator said the new voting law is an assault on democracy.", "ASSAULT", False),
    ("figurative", "P", "The regulator launched an attack on inflation with higher rates.", "ASSAULT", False),
    ("figurative", "P", "Morocco beat Portugal 1-0 in the quarterfinal.", "ASSAULT", False),
    ("figurative", "N", "Militants launched an attack on a police station in northern Kenya.", "ASSAULT", True),
    ("figurative", "N", "Police beat protesters with batons in Lagos on Monday.", "ASSAULT", True),
    ("figurative", "N", "A bomb explosion at a market in Baghdad killed nine people.", "ASSAULT", True),
    ("figurative", "M", "Militants launched an attack on democracy activists in the capital.", "ASSAULT", True),
    ("figurative", "M", "Gunmen killed 10-12 villagers in Zamfara state, Nigeria.", "ASSAULT", True),
    ("figurative", "M", "A 12-year-old boy was beaten by soldiers in Hebron.", "ASSAULT", True),
    ("obstruct", "P", "Turkey blocked access to Wikipedia across the country.", "COERCE", True),
    ("obstruct", "P", "Serbia blocked the border crossings with Kosovo.", "COERCE", True),
    ("obstruct", "N", "Farmers blocked the highway to the capital with tractors.", "COERCE", False),
    ("obstruct", "M", "Kenyan protesters blocked the road to Nairobi.", "COERCE", False),
    ("hit", "P", "Ukraine's president met Poland's prime minister in Kyiv on Monday. "
     "A Russian strike hit a residential building in Odesa.", "ASSAULT", True),
    ("hit", "P", "Ukraine's president met Poland's prime minister in Kyiv on Monday. "
     "An overnight drone attack damaged an apartment block in Dnipro.", "ASSAULT", True),
    ("hit", "N", "The union met port managers on Monday. The dockers' strike hit exports for a second week.",
     "ASSAULT", False),
    ("hit", "M", "Train drivers met the minister on Monday. The rail strike hit commuters across Britain.",
     "ASSAULT", False),
    ("batter", "P", "Russian forces pummelled the city of Kharkiv through the night.", "ASSAULT", True),
    ("batter", "N", "Heavy rain battered the capital on Sunday.", "ASSAULT", False),
    ("batter", "M", "Rising prices have hammered the region's farmers.", "ASSAULT", False),
    ("aid", "P", "Sudan's army blocked aid convoys into Darfur.", "COERCE", True),
    ("aid", "N", "The Senate blocked the aid bill on Thursday.", "COERCE", False),
    ("aid", "M", "Protesters blocked aid trucks at the border crossing.", "COERCE", False),
    ("hang", "P", "Iran hanged a young protester on Thursday.", "ASSAULT", True),
    ("hang", "N", "Students hung posters on the walls of the university.", "ASSAULT", False),
    ("hang", "M", "Activists hanged an effigy of the president outside parliament.", "ASSAULT", False),
    ("ram", "P", "A Chinese coast guard cutter rammed a Vietnamese fishing boat.", "ASSAULT", True),
    ("ram", "N", "Lawmakers rammed the budget through parliament.", "ASSAULT", False),
    ("ram", "M", "The company rammed through a new pricing plan.", "ASSAULT", False),
    ("deploy", "P", "Nigeria deployed more troops to Borno state on Monday.", "MOBILIZE", True),
    ("deploy", "P", "The regional bloc deployed 3,000 soldiers to the region last year.", "MOBILIZE", True),
    ("deploy", "P", "Hundreds of soldiers were deployed to the streets of Quito after the riots.", "MOBILIZE", True),
    ("deploy", "N", "France sent troops to Mali in 2013.", "AID", True),
    ("deploy", "M", "Rwanda sent police officers to the Central African Republic.", "AID", True),
    ("blackout", "P", "Chad's government imposed an internet blackout during the vote count.", "COERCE", True),
    ("blackout", "P", "The junta ordered a news blackout in the northern provinces.", "COERCE", True),
    ("blackout", "N", "A power blackout hit the capital for six hours.", "COERCE", False),
    ("blackout", "M", "Residents complained about the internet blackout.", "COERCE", False),
    ("takedown", "P", "Authorities in Hanoi removed the posts within hours.", "COERCE", True),
    ("takedown", "N", "The blogger removed the post after a backlash.", "COERCE", False),
    ("takedown", "M", "The museum removed the painting for restoration.", "COERCE", False),
    ("confiscate", "P", "Italian police confiscated a yacht belonging to a Russian businessman.", "COERCE", True),
    ("confiscate", "N", "The family sold a yacht belonging to the late businessman.", "COERCE", False),
    ("confiscate", "M", "Pirates seized a yacht off the coast of Somalia.", "COERCE", False),
]


def holds(text: str, plover: str, present: bool) -> bool:
    preds = counted_events(text)
    return any(p.plover == plover for p in preds) == present


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, *_ in ROWS:
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 11 and all(k == {"P", "N", "M"} for k in kinds.values()), kinds


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_coerce_rule_row(row: Row) -> None:
    _rule, _kind, text, plover, present = row
    assert holds(text, plover, present)
