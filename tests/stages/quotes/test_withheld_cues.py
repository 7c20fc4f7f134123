"""A quotation followed in its paragraph by a sentence whose verb of saying is negated or
withheld ("“… .” The ministry did not respond to a request for comment.", "… declined to
comment.") is not that sentence's subject's: who did not speak is no source (issue 15; the
refusal sentence real reporters close a quote paragraph with). The quotation goes on with the
speaker before it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "“We will not accept this,” Jan Berg said. “Every farm in the valley will suffer.” "
# (construction, text, the speaker of the second quotation as written)
CASES = [
    ("positive: a negated verb after the quotation", OPENING + "The ministry did not respond to a request for comment.",
     "Jan Berg"),
    ("positive: a verb under a refusal", OPENING + "The ministry declined to comment.", "Jan Berg"),
    ("positive: a negated modal", OPENING + "The ministry would not comment on Monday.", "Jan Berg"),
    ("negative: no sentence after the quotation", OPENING.strip(), "Jan Berg"),
    ("near miss: the verb after the quotation is not negated", OPENING + "The ministry responded on Monday.",
     "The ministry"),
    ("near miss: a \"not\" of the quotation the parser hung on the verb after it",
     "“Are we ready for the flood season? Probably not,” Jan Berg said. “Every farm in the valley will suffer.”",
     "Jan Berg"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_withheld_cue_claims_no_quotation(name: str, text: str, speaker: str) -> None:
    an = pipeline().analyze_text(text)
    start = text.index("Every farm")
    held = [q for q in an.quotes if q.content.start <= start < q.content.end and q.kind == "direct"]
    assert held, name
    for q in held:
        assert q.speaker is not None and q.speaker.text == speaker, (name, q.speaker.text if q.speaker else None)
