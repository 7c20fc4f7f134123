"""The subject of a cue after what it reports that the parser hung on the content's last noun as
its apposition ("Two more people died at the clinic, its director, Dr. Paul Anse, told Radio
Vale": "director" read as the clinic's) is the speaker, and the source of the content's figure,
not the listener (issue 15; seen on the tuning half of the invented haiti-gangs probe). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Flood toll rises in river town\n\n"

# (construction, text, the speaker as written, the figure's source as written)
CASES = [
    ("positive: a possessed post and a name", "Two more people died of their wounds overnight at the Saint Luc "
     "clinic, its director, Dr. Paul Anse, told Radio Vale on Wednesday afternoon.", "its director, Dr. Paul Anse",
     "its director, Dr. Paul Anse"),
    ("positive: a possessed post, other side", "Five more patients died on Tuesday at the Al-Noor hospital, its "
     "director, Dr. Samir Haddad, told Al-Mashriq TV on Wednesday.", "its director, Dr. Samir Haddad",
     "its director, Dr. Samir Haddad"),
    ("negative: the verb has its own subject", "Nine people died near the market, officials told reporters.",
     "officials", "officials"),
    ("near miss: an apposition owned by no one, naming no one", "Nine people died near the market, a busy hub, "
     "officials told reporters.", "officials", "officials"),
]


@pytest.mark.parametrize(("name", "text", "speaker", "source"), CASES, ids=[c[0] for c in CASES])
def test_an_apposition_hung_on_the_content_speaks(name: str, text: str, speaker: str, source: str) -> None:
    an = pipeline().analyze_text(OPENING + text)
    quotes = [q for q in an.quotes if q.kind == "indirect" and q.speaker is not None]
    figures = [f for f in an.figures if f.is_casualty]
    assert quotes and figures, name
    assert quotes[0].speaker.text == speaker, (name, quotes[0].speaker.text)
    assert figures[0].attribution == source, (name, figures[0].attribution)
