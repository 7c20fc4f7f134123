"""Bar charts whose labels fit: many or long categories are drawn as horizontal bars, one row
each, the largest first, their labels shortened with the full name kept for the hover text
(before, the profile pages' "Who it quotes and cites" and "Actors in its events" put 30 to 45
long names under vertical bars, clipped and overlapping)."""

from __future__ import annotations

import pytest

from newsledger.web.charts import LABEL_CHARS, MAX_ROWS, UPRIGHT_MAX, bar_chart


def test_many_long_categories_are_drawn_sideways() -> None:
    names = [f"The National Office of Electoral Processes number {i}" for i in range(40)]
    counts = list(range(40))
    chart = bar_chart("c", "Who it quotes", names, {"quotes": counts, "figures": [1] * 40}, stacked=True)
    data, layout = chart.figure["data"], chart.figure["layout"]
    assert {d["orientation"] for d in data} == {"h"}
    rows = data[0]["y"]
    assert len(rows) == MAX_ROWS and "the 25 largest of 40" in chart.title
    assert all(len(r) <= LABEL_CHARS for r in rows) and rows[0].endswith("…")
    assert data[0]["customdata"][0] == names[39]  # the largest first, its full name for the hover
    assert data[0]["x"][0] == 39 and layout["yaxis"]["autorange"] == "reversed"
    assert layout["height"] >= 22 * MAX_ROWS  # a row for each category
    assert layout["legend"]["yref"] == "container"  # under the bars, not over the title


@pytest.mark.parametrize(("categories", "sideways"), [
    (["loaded_label", "loaded_term", "scare_quotes"], False),  # negative: few short labels stand up
    ([f"kind {i}" for i in range(UPRIGHT_MAX)], False),  # near miss: as many as still fit
    ([f"kind {i}" for i in range(UPRIGHT_MAX + 1)], True),
    (["quoted", "cited for figures"], True),  # one label too long to stand under a bar
])
def test_few_short_categories_stay_upright(categories: list[str], sideways: bool) -> None:
    chart = bar_chart("c", "Kinds", categories, {"n": [1] * len(categories)})
    (trace,) = chart.figure["data"]
    assert (trace.get("orientation") == "h") == sideways
    assert len(trace["y" if sideways else "x"]) == len(categories)


# (kind, actor id, its profile link): an id of letters, digits and _.~- is used as it is; any
# other character percent-encoded, as urllib.parse.quote(id, safe="") gives it
ACTOR_HREF_ROWS = [
    ("positive", "RUS-MIL", "/actors/RUS-MIL"),
    ("positive", "ukr_health.v2~x", "/actors/ukr_health.v2~x"),
    ("negative", "person:dolyna-governor", "/actors/person%3Adolyna-governor"),
    ("negative", "XNM/alliance o'hara", "/actors/XNM%2Falliance%20o%27hara"),
    ("negative", "Zoë", "/actors/Zo%C3%AB"),
    ("near miss", "ISR\n", "/actors/ISR%0A"),  # safe characters and one that is not
    ("near miss", "PSE+", "/actors/PSE%2B"),
]


@pytest.mark.parametrize(("kind", "actor_id", "href"), ACTOR_HREF_ROWS)
def test_actor_href_encodes_what_a_path_segment_cannot_hold(kind: str, actor_id: str, href: str) -> None:
    from urllib.parse import quote

    from newsledger.web.charts import actor_href

    assert actor_href(actor_id) == href == "/actors/" + quote(actor_id, safe="")
    assert actor_href("") is None and actor_href(None) is None
