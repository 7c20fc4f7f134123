"""A label of the page in capitals before a colon ("ALSO READ:", "PHOTO:", "UPDATE:") opens a link
to another story, a caption or an entry: it is no speaker, as a transcript turn's name in
capitals is (quotes filters.yaml ``headline_not_sources``, stages/quotes/direct.py); a figure in
the linked headline is the outlet's own. Issue 15; seen on the tuning half of the invented
zamfara-abduction probe (a Nigerian daily's "ALSO READ:" lines). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import pipeline

OPENING = "Floods in the valley\n\nThe river burst its banks on Monday night.\n\n"
CLOSING = "\n\nRescuers worked through the night."


# (construction, line, value of its figure, the speaker written, or None for none)
CASES = [
    ("positive: a link to another story", "ALSO READ: Floods kill 12 farmers in the north", 12, None),
    ("positive: a caption", "PHOTO: Soldiers carry 12 sandbags to the dyke", 12, None),
    ("positive: a link, other wording", "READ MORE: Militia abducts 12 traders on the highway", 12, None),
    # two links on one page: the same label twice, as a transcript names its speakers again and again
    ("positive: two links", "ALSO READ: Storm shuts ports in the south\n\nALSO READ: Floods kill 12 farmers "
     "in the north", 12, None),
    ("negative: a transcript turn in capitals", "RESIDENT: We saw 12 bodies in the square.", 12, "RESIDENT"),
    ("near miss: a name that begins like a label", "PHOTOGRAPHER: We saw 12 bodies in the square.", 12,
     "PHOTOGRAPHER"),
]


@pytest.mark.parametrize(("name", "line", "value", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_page_label_before_a_colon_is_no_speaker(name: str, line: str, value: float, speaker: str | None) -> None:
    text = OPENING + line + CLOSING
    analysis = pipeline().analyze_text(text, outlet="Valley Courier")
    start = text.index(line)
    at_line = [q for q in analysis.quotes if start <= q.content.start < start + len(line)]
    written = {q.speaker.text for q in at_line if q.speaker is not None}
    if speaker is None:
        assert not written, (name, written)
        figures = [f for f in analysis.figures if f.value_low == value and start <= f.start < start + len(line)]
        assert all(f.attribution == UNATTRIBUTED for f in figures), (name, [f.attribution for f in figures])
    else:
        assert speaker in written, (name, written)
