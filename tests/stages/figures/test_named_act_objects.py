"""A count in the sentence after a reported one goes on with its reporter, but not when it is the
"of" phrase of a noun naming another party's act, as that act's verb's object or prepositional
object ("A tip from a neighbour led to the arrest of 14 men", "Soldiers carried out the
arrest of 14 men"): a new doer's deed, told in the outlet's voice, as "Soldiers arrested 14 men"
already was (issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

REPORT = "Police said 12 people were killed in the raid on the farm. "

# (construction, text, the figure's source)
CASES = [
    # positive: the act's noun as a prepositional object of a new subject's verb
    ("led to the arrest of", REPORT + "A tip from a neighbour led to the arrest of 14 men.", UNATTRIBUTED),
    # positive: the act's noun as the object of a new subject's verb
    ("carried out the arrest of", REPORT + "Soldiers later carried out the arrest of 14 men.", UNATTRIBUTED),
    # negative: a count of the report's own, no new doer
    ("another count", REPORT + "Another 14 were wounded.", "Police"),
    # near miss: the "of" phrase of the sentence's subject, no object of a new doer's verb
    ("of phrase of the subject", REPORT + "The bodies of 14 more people lay in the yard.", "Police"),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_count_in_a_new_doers_named_act_is_not_carried(name: str, text: str, source: str) -> None:
    figures = figures_of_value("Raid on the farm\n\n" + text, 14)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
