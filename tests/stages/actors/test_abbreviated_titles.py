"""A title the data files write as a lower-case abbreviation ("gen.", "lt. gen.", "sen.", "rep.",
"gov.") matches the capitalised abbreviation before a name ("Gen. NAME"), which the tokenizer keeps
as one token with its full stop only in the text's own capitals (stages/actors/matcher.py:
``capitalised``). Seen on real VOA text ("Republican Representative ..."/"Sen. ..."); invented
sentences, parties of every side."""

from __future__ import annotations

import pytest

from newsledger.stages.actors.matcher import capitalised
from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"


def speaker_codes(text: str) -> list[str]:
    """The codes of the speakers of the article's quotes, in order."""
    analysis = pipeline().analyze_text(text)
    codes = {a.id: a.code for a in analysis.actors}
    return [codes.get(q.speaker_actor_id or "", "") for q in analysis.quotes]


# (kind, text, a sector every quote's speaker has, or None: no speaker has any of MIL / LEG / GOV)
ROWS: list[tuple[str, str, str | None]] = [
    (P, 'Gen. Samir Haddad said the convoy "was never a military target".', "MIL"),
    (P, 'Lt. Gen. Olena Marchuk said the brigade "held every position overnight".', "MIL"),
    (P, 'Maj. Gen. Tariq Nadeem said the shelling "stopped before dawn".', "MIL"),
    (P, 'Sen. Dana Whitfield said the sanctions "should have come a year ago".', "LEG"),
    (P, 'Rep. Tomas Reyes said the aid package "is not a blank check".', "LEG"),
    (P, 'Gov. Amaka Obi said the curfew "will be lifted on Monday".', "GOV"),
    # no title: a name alone carries no sector
    (N, 'Samir Haddad, a shopkeeper, said the convoy "was never a military target".', None),
    # the abbreviation's letters without its full stop are another word ("Gen Z")
    (M, 'Gen Z protesters said the new tax "is theft from the young".', None),
]


@pytest.mark.parametrize(("kind", "text", "sector"), ROWS, ids=[f"{r[0]}:{r[1][:24]}" for r in ROWS])
def test_an_abbreviated_title_before_a_name(kind: str, text: str, sector: str | None) -> None:
    codes = speaker_codes(text)
    assert codes, (kind, text)
    if sector is None:
        assert all(not {"MIL", "LEG", "GOV"} & set(c.split()) for c in codes), (kind, codes)
    else:
        assert all(sector in c.split() for c in codes), (kind, codes)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}


@pytest.mark.parametrize(
    ("form", "expected"),
    [("gen.", "Gen."), ("lt. gen.", "Lt. Gen."), ("u.n. envoy", "U.n. Envoy"), ("mr.", "Mr.")],
)
def test_capitalised(form: str, expected: str) -> None:
    assert capitalised(form) == expected
