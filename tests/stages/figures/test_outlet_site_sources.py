"""The outlet's own staff as the reporter of a figure: a source naming the article's outlet, known
only by its web address ("A Tidewater reporter in the town said ..." in a story from
tidewaternews.com), or by a wire name after an article ("A Reuters reporter" in a paper carrying
Reuters), is the outlet's own voice (issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from newsledger.nlp.outlet_sites import names_site, site_labels
from tests.builders import figures_of_value

LEAD = "Gunmen stormed a guest house in the river town on Tuesday.\n\n"


def said(who: str) -> str:
    return LEAD + f"{who} in the town said at least nine people had been confirmed dead."


# (construction, outlet, text, the figure's source)
CASES = [
    # positive: the outlet's acronym, its address its acronym plus "news"
    ("acronym of the address", "tidewaternews.com", said("A Tidewater reporter"), UNATTRIBUTED),
    # positive: a wire carried by the paper, after an article
    ("wire after an article", "Harbour Ledger (Reuters)", said("A Reuters reporter"), UNATTRIBUTED),
    # negative: another outlet's reporter in a story from that address
    ("another outlet's reporter", "tidewaternews.com", said("A Reuters reporter"), "A Reuters reporter in the town"),
    # near miss: the address names another outlet
    ("address of another outlet", "harbourledger.com", said("A Tidewater reporter"),
     "A Tidewater reporter in the town"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_outlets_own_reporter_is_its_own_voice(name: str, outlet: str, text: str, source: str) -> None:
    figures = figures_of_value(text, 9, outlet=outlet)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)


# (name words, outlet, names it)
SITES = [
    (["VOA"], "voanews.com", True),
    (["Al", "Jazeera"], "aljazeera.com", True),
    (["CNN"], "edition.cnn.com", True),
    (["VOA"], "Voice of America", False),  # a name, not an address
    (["News"], "voanews.com", False),  # the suffix alone is no name
    (["V"], "vnews.com", False),  # one letter is too short to name a site
]


@pytest.mark.parametrize(("caps", "outlet", "expected"), SITES, ids=[f"{'-'.join(c[0])}@{c[1]}" for c in SITES])
def test_names_site(caps: list[str], outlet: str, expected: bool) -> None:
    assert names_site(caps, outlet, {"news"}) is expected


def test_site_labels() -> None:
    assert site_labels("voanews.com") == ["voanews"]
    assert site_labels("bbc.co.uk") == ["bbc", "co"]
    assert site_labels("Voice of America") == []
