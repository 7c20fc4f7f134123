"""Known weak figure constructions (issue 16), invented rows.

4. Victims counted as a part of a possessor's people ("N of its soldiers", "its nationals", "N of
   its members", "N of Russia's soldiers"): the possessor, a pronoun resolved to its antecedent or
   a name, says whose people they are; a part of "the" workers says nothing of it.
6. A figure inside an embedded wh-clause ("did not explain why 40 were killed", "refused to say
   how 12 died") or under a question ("asked why") is not the subject's claim of that figure: the
   figure is presupposed, not told, so the subject is not its source; "said 40 were killed" and
   "explained that 40 were killed" are.

Rows the code does not yet get right are strict xfails (GAPS).
"""

from __future__ import annotations

import pytest

from newsledger.records import Article
from tests.builders import ROW_KINDS, check_victim_row, pipeline, row_kinds

P, N, M = "positive", "negative", "near miss"

# (rule, kind, text, figure key, victims spec as test_victim_probe writes it)
OWN_PEOPLE: list[tuple[str, str, str, str, str]] = [
    ("of its", P, "The Kenyan army said 11 of its soldiers were killed in Somalia.", "11", "KEN MIL"),
    ("of its", P, "Egypt said 21 of its nationals were killed in Libya.", "21", "EGY"),
    ("of its", P, "The Philippines said three of its nationals were wounded in Lebanon.", "three", "PHL"),
    ("of its", P, "Nepal said ten of its citizens had been killed in Israel.", "ten", "NPL"),
    ("of its", P, "Chad said 17 of its nationals died in the fighting in Sudan.", "17", "TCD"),
    ("of its", P, "Hamas said 40 of its members were killed in Israeli raids.", "40", "PSE *"),
    ("of its", P, "Hezbollah said four of its members died in Israeli strikes.", "four", "LBN *"),
    ("of its", P, "Colombia's police said nine of its officers died in a rebel ambush.", "nine", "COL COP"),
    ("of its", P, "Russia said 63 of its servicemen were killed in a Ukrainian strike on Makiivka.", "63", "RUS MIL"),
    ("of its", P, "Israel said two of its soldiers were killed by Hezbollah.", "two", "ISR MIL"),
    ("of its", P, "Thailand said 20 of its workers had been killed in Israel.", "20", "THA|THA *"),
    ("of its", P, "The Turkish army said seven of its personnel were wounded in northern Iraq.", "seven",
     "TUR MIL"),
    ("of its", N, "Egypt said 21 of the workers were killed in Libya.", "21", "-|LBY|- *|LBY *"),
    ("of its", N, "Kenya said 11 of the soldiers killed in Somalia were Ugandan.", "11", "-|- MIL|UGA MIL|SOM MIL"),
    ("of NAME's", M, "Ukraine said it had killed 300 of Russia's soldiers.", "300", "RUS MIL"),
    ("of NAME's", M, "Egypt said 21 nationals of Chad were killed in Libya.", "21", "TCD"),
]

# (rule, kind, text, figure key, the word of the subject the figure is attributed to, or None: not
# attributed to the sentence's subject)
NOT_TOLD: list[tuple[str, str, str, str, str | None]] = [
    ("wh-clause", N, "The Nigerian army did not explain why 40 villagers were killed.", "40", None),
    ("wh-clause", N, "Police refused to say how 12 protesters died.", "12", None),
    ("wh-clause", N, "The ministry declined to explain why 300 prisoners had been released.", "300", None),
    ("wh-clause", N, "The governor did not say whether the 15 dead included children.", "15", None),
    ("wh-clause", N, "Officials would not say who killed the nine miners.", "nine", None),
    ("wh-clause", N, "The Israeli military did not explain how 30 aid workers were killed.", "30", None),
    ("wh-clause", N, "Hamas did not say why 20 hostages had died.", "20", None),
    ("wh-clause", N, "The Russian defence ministry gave no explanation of why 25 soldiers died.", "25", None),
    ("wh-clause", M, "Lawmakers asked why 40 soldiers had been killed in the raid.", "40", None),
    ("told", P, "The Nigerian army said 40 villagers were killed.", "40", "army"),
    ("told", P, "Police said 12 protesters died in the clashes.", "12", "Police"),
    ("told", P, "The ministry said 300 prisoners had been released.", "300", "ministry"),
    ("told", M, "The army explained that 40 villagers were killed in crossfire.", "40", "army"),
    ("told", M, "The Israeli military said 30 aid workers were killed, but did not explain how.", "30", "military"),
]

# rows the code does not get right yet
GAPS: frozenset[str] = frozenset({
    "The Turkish army said seven of its personnel were wounded in northern Iraq.",  # no "personnel" term: "Russian military personnel" would be civilians
})


def _rows(rows: list) -> list:  # type: ignore[type-arg]
    return [pytest.param(*r, marks=pytest.mark.xfail(strict=True, reason="gap")) if r[2] in GAPS else r
            for r in rows]


@pytest.mark.parametrize(("rule", "kind", "text", "key", "spec"), _rows(OWN_PEOPLE))
def test_own_people_counted(rule: str, kind: str, text: str, key: str, spec: str) -> None:
    outcome = check_victim_row(text, key, spec, False)
    assert outcome == {"figure": "ok"}, outcome


def _attribution(text: str, key: str) -> str | None:
    a = pipeline().analyze(Article.create(text))
    figures = [f for f in a.figures if key in f.text]
    assert figures, "no figure"
    return None if figures[0].attribution == "unattributed" else figures[0].attribution


@pytest.mark.parametrize(("rule", "kind", "text", "key", "source"), _rows(NOT_TOLD))
def test_figure_not_told(rule: str, kind: str, text: str, key: str, source: str | None) -> None:
    got = _attribution(text, key)
    if source is None:
        assert got is None, got
    else:
        assert got is not None and source in got, got


def test_every_table_has_every_kind_of_row() -> None:
    tables = [OWN_PEOPLE, NOT_TOLD]
    for table in tables:
        assert set().union(*row_kinds(table).values()) == ROW_KINDS, table[0]
    assert len(tables) == 2
