"""A town's, city's or region's name compounded before a thing says where it happened or was
made, not who did it (events.arguments.named_town): "the Kharkiv attack" has no Ukrainian doer,
"the Minsk agreements" no Belarusian party. A country's own name there still names a party ("the
Iran deal", "the U.S. strike"), and a town before people places them ("Kharkiv residents")."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, pipeline

# (kind, text, the country that must (True) or must not (False) be among the sources' countries)
ROWS: list[tuple[str, str, str, bool]] = [
    ("positive", "The Kharkiv attack killed 12 people.", "UKR", False),
    ("positive", "Both sides praised the Jeddah accord.", "SAU", False),
    ("positive", "Russia violated the Minsk agreements, Kyiv said.", "BLR", False),
    ("positive", "Israel and the Palestinians signed the Oslo Accords.", "NOR", False),
    ("negative", "The U.S. strike killed a commander.", "USA", True),
    ("negative", "The Iran deal collapsed.", "IRN", True),
    ("near miss", "Kharkiv residents protested against the mayor.", "UKR", True),
]


def _source_countries(text: str) -> set[str]:
    an = pipeline().analyze_text(text)
    actors = {a.id: a for a in an.actors}
    out: set[str] = set()
    for e in an.events:
        for aid in e.source_actor_ids:
            a = actors.get(aid)
            out.update(c for c in ([a.country] if a is not None and a.country else []))
            out.update(part.split(":")[1] for part in aid.split("+") if part.count(":") >= 1
                       and part.split(":")[0] in ("country", "state"))
    return out


@pytest.mark.parametrize(("kind", "text", "country", "present"), ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_a_town_before_a_thing_is_where_not_who(kind: str, text: str, country: str, present: bool) -> None:
    assert (country in _source_countries(text)) is present, (kind, text, _source_countries(text))


def test_every_kind_of_row_is_there() -> None:
    assert {r[0] for r in ROWS} == ROW_KINDS
