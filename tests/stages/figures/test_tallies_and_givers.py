"""Four constructions of the counts of a disaster's rescue, seen on the tuning half of the
invented shipwreck probe (issue 15). Invented sentences, bodies of every kind.

* a tally noun read as the verb of its subject right before the count ("the dead recovered now
  number 40", "the rescued persons number 104", the officialese of translated releases): the
  measure the subject names (``tallied.tally_verb``); not "the number 38", nor a subject naming
  no measure;
* "it" standing for a tally noun before it ("The number of people still missing is not known, but
  it could be as high as 600"): what the tally counts, also when the parser made its measure word
  a verb (``measures._tally_of``); not a tally of things or of people of no measure;
* people carried to a hospital however it is named ("of whom 27 were transferred to the General
  Hospital of Chania"): injured (``tallied.carried_to_hospital``, measures.yaml
  ``hospital_verbs``, ``hospital_nouns``); not carried elsewhere;
* an apposition of a tally noun after the count naming its giver ("about 400, the figure the
  coast guard gave initially", "750, the number cited by activists"): the giver is the source
  (``given.apposed_giver``); an apposition naming no giver leaves the figure the outlet's;
* a verb of hearing or of origin whose "from" names the source ("..., the paper has learned from
  sources in the port authority", "The figure of 750 comes from a single phone call"; context.yaml
  ``hearing_verbs``, ``origin_verbs``); not people who "came from" a place."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

# (construction, text, value, the measure)
MEASURES = [
    ("tally verb: positive, the dead", "Divers found two more bodies on Friday. The dead recovered now number 40.", 40,
     "killed"),
    ("tally verb: positive, the rescued", "After a check of the lists, the rescued persons number 104 in all.", 104,
     "rescued"),
    ("tally verb: positive, the missing", "The missing number at least 300, the navy said.", 300, "missing"),
    ("tally verb: negative, a subject of no measure", "The crew members number 12, the owner said.", 12, None),
    ("tally verb: near miss, the number itself", "The ferry was given the number 38 by the port.", 38, None),
    ("it for a tally: positive, the missing", "The number of people still missing is not known, but it could be as "
     "high as 600.", 600, "missing"),
    ("it for a tally: positive, the killed", "The number of those killed is unclear, but it may be as high as 90.", 90,
     "killed"),
    ("it for a tally: negative, a count of things", "The number of boats is unclear, but it could be as high as 60.",
     60, None),
    ("it for a tally: near miss, people of no measure", "The number of people on board is not known, but it could "
     "be as high as 700.", 700, None),
    ("hospital: positive, a named hospital", "Rescuers saved 60 people, of whom 27 were transferred to the General "
     "Hospital of Larnaca.", 27, "injured"),
    ("hospital: positive, flown to one", "The army flew 12 soldiers to a military hospital in the capital.", 12,
     "injured"),
    ("hospital: negative, carried elsewhere", "Rescuers saved 60 people, of whom 27 were transferred to a reception "
     "centre in Larnaca.", 27, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), MEASURES, ids=[c[0] for c in MEASURES])
def test_what_the_count_measures(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)


# (construction, text, value, the source as written; None: the outlet's own voice)
GIVERS = [
    ("apposition: positive, a relative clause", "Estimates of those on board range from about 400, the figure the "
     "port authority gave initially, to 700.", 400, "the port authority"),
    ("apposition: positive, an agent", "The trawler may have carried 750 people, the number cited by volunteers.",
     750, "volunteers"),
    ("apposition: negative, no giver named", "Estimates of those on board range from about 400, the figure most "
     "often heard, to 700.", 400, None),
    ("hearing: positive, learned from", "The boat carried between 300 and 350 people, the Herald has learned from "
     "sources in the port authority.", 300, "sources in the port authority"),
    ("origin: positive, a figure comes from", "The figure of 750 comes from a single phone call.", 750,
     "a single phone call"),
    ("origin: near miss, people came from a place", "Most of the 350 passengers came from the province of "
     "Gujrat.", 350, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), GIVERS, ids=[c[0] for c in GIVERS])
def test_who_gave_the_count(name: str, text: str, value: float, source: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert_source(found[0], source, name)
