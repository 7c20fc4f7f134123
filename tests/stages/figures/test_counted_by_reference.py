"""What a count counts when its noun is not beside the number as a bare word (issue 15): a noun
in scare quotes right after the number (31 "terrorists"), and a partitive over a pronoun whose
antecedent names the counted ("struck a camp of fighters ... 31 of them were neutralised"), also
under a bare past participle ('31 of them "neutralised"'). Invented sentences, every side."""

from __future__ import annotations

import pytest

from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    found = [f for f in pipeline().analyze_text(f"Report\n\n{text}").figures if f.value_low == value]
    assert found, text
    return found[-1]


# (construction, text, the group read, the measure read); the figure is 31
SCARE_QUOTED = [
    ("positive: a scare-quoted noun", 'The army said 31 "terrorists" were neutralised near the dam.',
     "terrorists", "killed"),
    ("positive: the noun opens a quoted phrase", 'The police put the toll at 31 "rioters killed" in the clashes.',
     "rioters", "killed"),
    ("negative: a bare noun", "The army said 31 terrorists were neutralised near the dam.", "terrorists", "killed"),
    ("near miss: a closing quotation mark after the number", '"The toll is 31" officials said on Monday.',
     None, "killed"),
]


@pytest.mark.parametrize(("name", "text", "group", "measure"), SCARE_QUOTED, ids=[c[0] for c in SCARE_QUOTED])
def test_a_scare_quoted_noun_after_a_number_is_what_it_counts(name: str, text: str, group: str | None,
                                                              measure: str) -> None:
    f = figure(text, 31)
    assert (f.group, f.measure) == (group, measure), (name, f.group, f.measure)


PRONOUN_PARTITIVE = [
    ("positive: an antecedent in the sentence before", "Troops struck a camp of insurgents on Tuesday. The army says "
     "31 of them were neutralised.", "insurgents", "killed"),
    ("positive: a bare participle", 'The junta speaks of an operation against "terrorists", 31 of them "eliminated", '
     "and of lies spread abroad.", "terrorists", "killed"),
    ("positive: not a noun of a relative clause", "Drones hit a convoy of fighters who had come to tax the traders. "
     "The ministry says 31 of them were liquidated.", "fighters", "killed"),
    ("negative: things", "The crews reached the parked tanks. The army says 31 of them were destroyed.", None, None),
    ("near miss: the reporter is no antecedent", "Residents said 31 of them were neutralised.", None, None),
]


@pytest.mark.parametrize(("name", "text", "group", "measure"), PRONOUN_PARTITIVE,
                         ids=[c[0] for c in PRONOUN_PARTITIVE])
def test_a_pronoun_partitive_counts_its_antecedent(name: str, text: str, group: str | None,
                                                   measure: str | None) -> None:
    f = figure(text, 31)
    assert (f.group, f.measure) == (group, measure), (name, f.group, f.measure)


# a partitive over a pronoun set off by commas after the counted, which the parser made the subject
# of the clause's verb (the count hung on a fronted phrase): the verb says what happened to the counted
APPOSED = [
    ("positive: killed", "According to information we have received from local sources, up to 60 people, most of "
     "them women, were killed in the market.", "killed"),
    ("positive: wounded", "According to information we have received from local sources, up to 60 people, most of "
     "them women, were wounded in the market.", "injured"),
    ("negative: no measure verb", "According to information we have received from local sources, up to 60 people, "
     "most of them women, were at the market.", None),
    ("near miss: the parser's own subject", "Up to 60 people, most of them women, were wounded in the market.",
     "injured"),
]


@pytest.mark.parametrize(("name", "text", "measure"), APPOSED, ids=[c[0] for c in APPOSED])
def test_an_apposed_partitive_as_subject_gives_the_counted_its_verb(name: str, text: str, measure: str | None) -> None:
    f = figure(text, 60)
    assert f.measure == measure, (name, f.measure)
