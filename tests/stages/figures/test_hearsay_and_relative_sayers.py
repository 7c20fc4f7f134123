"""Verbs of saying that report nothing about a figure (issue 15, sources): hearsay ("The rebels,
said to be loyal to ..., killed 8 villagers", "A man said to be the gunman's brother was among 3
people arrested": what is said of someone, whom no one in the text says it; the parser reads the
reduced form as if the rebels said something) and a relative clause describing its noun ("The
commander, who has said little in public, lost 40 men"). A report of speech through such a verb
("is reported to have said that ..."), a "by" naming who says it and an active claim ("claimed
to have killed 9") keep their speaker. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source, pipeline

HEAD = "News in brief\n\n"

# (kind, text, value, the source as written or None for the outlet's own voice)
CASES = [
    ("positive: reduced hearsay participle after a comma", "The rebels, said to be loyal to a former general, "
     "killed 8 villagers.", 8, None),
    ("positive: reduced hearsay participle before the verb", "A man said to be the gunman's brother was among 3 "
     "people arrested.", 3, None),
    ("positive: hearsay with a perfect infinitive", "The militia, said to have crossed from the north, abducted "
     "14 farmers.", 14, None),
    ("positive: a relative clause of saying", "The commander, who has said little in public, lost 40 men in the "
     "assault.", 40, None),
    ("negative: a plain report", "Police said 5 people died in the crash.", 5, "Police"),
    ("near miss: hearsay of a report of speech", "The minister is reported to have said that 30 soldiers died.",
     30, "The minister"),
    ("near miss: hearsay whose 'by' names who says it", "At least 17 people were said by neighbours to have "
     "been buried under the wall.", 17, "neighbours"),
    ("near miss: an active claim to have done it", "The gang claimed to have killed 9 policemen in the ambush.",
     9, "The gang"),
    ("near miss: a closing reporting clause the parser reads as relative", "At least 27 displaced people were "
     "killed when shells hit a camp near Goma, the camp's committee said, as both sides traded blame.", 27,
     "the camp's committee"),
    ("near miss: a relative clause on a source after 'from'", "The highest toll is 14, from the Zagros Rights "
     "Monitor, which has published the names of the dead.", 14, "the Zagros Rights Monitor"),
    ("near miss: a relative clause that holds the figure", "The ministry, which said 22 people died, asked for "
     "blood donations.", 22, "The ministry"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_hearsay_and_relative_clauses_report_no_figure(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(HEAD + text, value, source, name)


def test_hearsay_cues_no_quote() -> None:
    an = pipeline().analyze_text(HEAD + "A man said to be the gunman's brother was among those arrested.")
    assert an.quotes == ()
