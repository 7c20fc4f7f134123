"""Rules of branch i15-body-sources (issue 15: which of two bodies named around a figure states it),
each a table of sentences written for it: a positive row (the rule gives the source), a negative
row (the construction is absent: another source or none) and a near miss (a look-alike the rule
must leave alone). Expected: words of which one must be in the source as written or its actor's
name ("|" between them), None for the outlet's own voice."""

from __future__ import annotations

import pytest

from tests.builders import Fig, pipeline, target_result

HEADLINE = "Reports from the field\n\n"

Row = tuple[str, str, Fig, "str | None"]


def _right(row: Row) -> bool:
    found, right = target_result(pipeline().analyze_text(HEADLINE + row[1]), row[2], row[3])
    assert found, row
    return right


# a figure in the act a body directs someone to do (figures/body_sources_directive.py): no statement of it
DIRECTED: list[Row] = [
    ("positive", "The governor told villagers to leave after 19 people drowned.", Fig("19"), None),
    ("positive", "The army ordered medics to evacuate 140 wounded soldiers.", Fig("140"), None),
    ("positive", "Police urged drivers to avoid the bridge where 6 people died.", Fig("6"), None),
    ("negative", "The governor told reporters that 19 people drowned.", Fig("19"), "governor"),
    ("near miss", "The mayor told residents 26 people had died and urged them to stay home.", Fig("26"), "mayor"),
    ("near miss", "Officials warned residents to stay indoors after 9 people were shot, police said.", Fig("9"),
     "police"),
]

# figures from one body compiled by another (nlp/body_sources_compiled.py): the body they come from;
# a compiling agent speaks for a document no actor stands for
COMPILED: list[Row] = [
    ("positive", "Figures from the district health office, compiled by the charity, put the toll at 57.",
     Fig("57"), "health office"),
    ("positive", "Figures compiled by the rights monitor show 211 people killed this year.", Fig("211"),
     "monitor"),
    ("positive", "Figures from the county coroner compiled by the newspaper show 64 deaths.", Fig("64"),
     "coroner"),
    ("negative", "According to figures compiled by AFP from official sources, 412 people have died.", Fig("412"),
     "AFP"),
    ("near miss", "The toll from the storm, compiled by the agency, rose to 230.", Fig("230"), "agency"),
]

# "under X's count" names the count a figure belongs to, as "by X's count" (count_prepositions)
UNDER_COUNT: list[Row] = [
    ("positive", "Under the ministry's count, 77 people have died in the region.", Fig("77"), "ministry"),
    ("negative", "Under the rubble, 12 bodies were found.", Fig("12"), None),
    ("near miss", "Under the ministry's rules, 30 detainees were freed on Monday.", Fig("30"), None),
]

# "citing the danger of X" gives a reason, not a source (reason_nouns): the speaker states it
CITED_DANGER: list[Row] = [
    ("positive", "Citing the hazards of the flooded roads, the governor said 33 villagers were missing.",
     Fig("33"), "governor"),
    ("positive", "Citing the dangers facing aid workers, the charity said 8 of its staff were wounded.",
     Fig("8"), "charity"),
    ("negative", "Citing hospital officials, the agency said 19 people were killed.", Fig("19"), "officials"),
    ("near miss", "Citing the danger posed by the dam, the agency said 12 people were killed, according to "
     "police.", Fig("12"), "police"),
]

# a count of what its possessor won ("Smith's vote tally", body_sources_result_nouns): the possessor is no source
WON_COUNT: list[Row] = [
    ("positive", "Smith's final vote tally was 4,210, according to the county clerk.", Fig("4,210"), "clerk"),
    ("positive", "Her delegate count stood at 311 on Tuesday.", Fig("311"), None),
    ("negative", "The ministry's death toll was 210, according to Reuters.", Fig("210"), "ministry"),
    ("near miss", "The election board's count of 5,120 ballots was disputed by the losing candidate.", Fig("5,120"),
     "board"),
]

TABLES = {"won count": WON_COUNT, "directed": DIRECTED, "compiled": COMPILED, "under count": UNDER_COUNT, "cited danger": CITED_DANGER}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rule_table(name: str) -> None:
    rows = TABLES[name]
    wrong = [r for r in rows if not _right(r)]
    assert not wrong, wrong
    assert {r[0] for r in rows} >= {"positive", "negative", "near miss"}
