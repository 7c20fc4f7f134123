"""A headline's attribution (``stages/quotes/headline_sources.py``): a closing source after a
colon ("...: police"), a closing reporting clause after a verbless report ("..., rescuers say"), a
quotation opening the headline with its speaker after the colon, and role words as the source
before a colon ("Army: ..."); places, topics and clauses after a colon are no source."""

from __future__ import annotations

import pytest

from tests.builders import names_match, pipeline, speaker_names

BODY = "\n\nThe report was filed on Monday evening from the region."

# (construction, kind, headline, target: a number (figure) or words (quote), expected source words;
# None: a figure in the outlet's own voice, or no quote over the words)
ROWS = [
    ("closing source", "positive", "Landslide buries 19 homes in Chitral: officials", "19", "officials"),
    ("closing source", "positive", "Gunmen kill 8 guests at a wedding in Zamfara: police", "8", "police"),
    ("closing source", "positive", "Cholera cases climb to 240 in the camps: WHO", "240", "WHO|World Health"),
    ("closing source", "negative", "Election day: turnout reaches 61 percent", "61", None),
    ("closing source", "near miss", "Bus crash kills 12 near Kandy: Sri Lanka", "12", None),
    ("closing clause", "positive", "14 dead in Lagos building collapse, rescuers say", "14", "rescuers"),
    ("closing clause", "positive", "Dozens missing and 9 dead after storm, says governor", "9", "governor"),
    ("closing clause", "positive", "Heatwave: 33 dead, says health ministry", "33", "health ministry"),
    ("closing clause", "near miss", "Three schools and 7 clinics closed, sources of the report", "7", None),
    ("quoted opening", "positive", "'Nobody came to help': villagers describe the raid", "Nobody came to help",
     "villagers"),
    ("quoted opening", "positive", "\"We are starving\": a mother in Sennar", "We are starving", "mother"),
    ("role before colon", "positive", "Army: 'We hold the bridge at Irpin'", "We hold the bridge at Irpin", "army"),
    ("role before colon", "near miss", "Army day parade: 'a show of force'", "a show of force", None),
]


def _result(headline: str, target: str) -> tuple[bool, list[str]]:
    an = pipeline().analyze_text(headline + BODY)
    if target.isdigit():
        start = an.article.text.index(target)
        figs = [f for f in an.figures if f.start <= start < f.end]
        assert figs, (headline, target)
        f = figs[0]
        return True, [] if f.attribution == "unattributed" else [f.attribution]
    return speaker_names(an, target)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:24]}" for r in ROWS])
def test_headline_source(row: tuple[str, str, str, str, str | None]) -> None:
    _, _, headline, target, expected = row
    found, names = _result(headline, target)
    if expected is None:
        assert not (found and names), (headline, names)
    else:
        assert found and names_match(expected, names), (headline, names)


def test_every_construction_has_a_positive_and_a_contrast() -> None:
    kinds: dict[str, set[str]] = {}
    for construction, kind, *_ in ROWS:
        kinds.setdefault(construction, set()).add(kind)
    assert len(kinds) == 4
    assert all("positive" in k and len(k) >= 2 for c, k in kinds.items() if c != "quoted opening")
