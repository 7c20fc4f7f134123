"""Sources and measures of figures in live coverage (issue 15, figure sources; the
mogadishu-hotel probe's tuning half):

* clauses joined by a semicolon are separate reports: a source phrase of one ("27 killed,
  according to police;") does not attribute the figure of the other when that one has a
  reporting verb of its own ("the Red Cross says 29");
* a headline-style line opening with a source and a colon ("06:52 GMT  Red Crescent: 29 dead",
  a liveblog entry's title) is that source's; a place or a word naming no actor is not;
* a bare number that ends its line (a bullet point has no full stop) ends its clause, so it
  counts what the count before it counts;
* an armed group's labels for the people it kills ("apostates", "infidels") count people."""

from __future__ import annotations

import pytest

from newsledger.ledger import group_class, load_rules
from newsledger.resources import Resources
from tests.builders import figures_of_value

# (construction, text, value, the source as written)
SEMICOLON = [
    # positive: the second clause has its own reporter
    ("bullet", "Flood update\n\n- The flood killed at least 27 villagers, according to police; the Red Cross "
     "says 29\n- Dams are full", 29, "the Red Cross"),
    ("sentence", "Flood update\n\nAt least 14 people died, according to the governor; the Red Cross says 19.",
     19, "the Red Cross"),
    # negative: the second clause reports nothing of its own: the phrase still gives its source
    ("no reporter of its own", "Flood update\n\nAccording to the governor, 14 people died; 19 others were hurt.", 19,
     "the governor"),
    # positive too: a comma and "and" join the clauses, the phrase closing the first (an earlier
    # conjunct's source phrase, i15-nairobi-protest: the Red Cross says 19)
    ("comma", "Flood update\n\nAt least 14 people died, according to the governor, and the Red Cross says 19.",
     19, "the Red Cross"),
    # near miss: the same comma, and the second clause reports nothing of its own
    ("comma, no reporter", "Flood update\n\nAt least 14 people died, according to the governor, and 19 were hurt.",
     19, "the governor"),
]


# (construction, text, value, the source as written)
HEADLINES = [
    # positive: a liveblog entry's title, with and without its time
    ("timed entry", "Live updates\n\n06:52 GMT  Red Crescent: 29 dead\nThe director gave a higher count.", 29,
     "Red Crescent"),
    ("entry", "Live updates\n\nRed Crescent: 31 dead\nThe director gave a higher count.", 31, "Red Crescent"),
    # negative: a word that names no actor before the colon
    ("no actor", "Live updates\n\nUpdate: 12 dead in the blast\nThe army gave no figure.", 12, "unattributed"),
    # near miss: a place before the colon is where, not who
    ("place", "Live updates\n\nGaza: 12 dead in strike\nThe army gave no figure.", 12, "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), SEMICOLON + HEADLINES,
                         ids=[c[0] for c in SEMICOLON + HEADLINES])
def test_a_clause_or_a_line_names_its_own_source(name: str, text: str, value: int, source: str) -> None:
    figs = figures_of_value(text, value)
    assert len(figs) == 1, name
    assert figs[0].attribution == source, name


# (construction, text, value, measure)
LINE_ENDS = [
    # positive: a bare number ending a bullet counts the count before it
    ("bullet ending", "Flood update\n\n- The flood killed at least 27 villagers, according to police; the Red Cross "
     "says 29\n- Dams are full", 29, "killed"),
    # negative: the same with a full stop
    ("full stop", "Flood update\n\nThe flood killed at least 27 villagers, according to police; the Red Cross "
     "says 29.", 29, "killed"),
    # near miss: the number has a noun of its own and counts no casualty
    ("own noun", "Flood update\n\n- The flood killed 27 villagers; the Red Cross says 29 families lost homes\n"
     "- Dams are full", 29, None),
]


# (construction, text, value, measure)
LABELS = [
    ("apostates", "Claim of attack\n\nBy the grace of God, more than 60 apostates were killed.", 60, "killed"),
    ("infidels", "Claim of attack\n\nThe fighters killed 12 infidels at the gate.", 12, "killed"),
    # negative: a plain noun for people
    ("soldiers", "Claim of attack\n\nMore than 60 soldiers were killed.", 60, "killed"),
    # near miss: the adjective of the word counts no one
    ("apostasy trials", "Court news\n\nTwo apostasy trials ended on Monday.", 2, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), LINE_ENDS + LABELS,
                         ids=[c[0] for c in LINE_ENDS + LABELS])
def test_a_line_end_or_a_label_gives_the_measure(name: str, text: str, value: int, measure: str | None) -> None:
    figs = figures_of_value(text, value)
    assert len(figs) == 1, name
    assert figs[0].measure == measure, name


@pytest.mark.parametrize(("group", "cls"), [("apostates", "people"), ("infidels", "people"),
                                            ("soldiers", "combatants"), ("apostasy cases", "case")])
def test_a_groups_label_for_its_victims_is_the_peoples_class(group: str, cls: str) -> None:
    assert group_class(group, load_rules(Resources())) == cls
