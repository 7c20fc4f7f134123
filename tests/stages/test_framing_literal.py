"""Literal uses of the framing lexicon's words (``stages/framing_literal.py``): each construction
with a loaded use that keeps its mark, a neutral sentence and a literal use (the near miss) that
the lexicon marked before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import probe_marks

# (construction, sentence, the lexicon word, whether it is marked)
ROWS: list[tuple[str, str, str, bool]] = [
    ("legal", "The genocide in the north went on for a year.", "genocide", True),
    ("legal", "The killings in the north went on for a year.", "killings", False),          # negative
    ("legal", "The genocide trial opened in Arusha on Monday.", "genocide", False),         # near miss: a trial
    ("legal", "He was convicted of war crimes in 2016.", "war crimes", False),              # near miss: a charge
    ("animals", "Soldiers slaughtered the villagers in Tula.", "slaughtered", True),
    ("animals", "Herders sold 50 goats before the holiday.", "sold", False),                # negative
    ("animals", "Herders slaughtered 50 goats before the holiday.", "slaughtered", False),  # near miss: livestock
    ("animals", "A bull went on a rampage at the fair.", "rampage", False),                 # near miss: an animal
    ("things", "Troops neutralised two gunmen near the road.", "neutralised", True),
    ("things", "Engineers removed the mine near the road.", "removed", False),              # negative
    ("things", "Engineers neutralised the mine near the road.", "neutralised", False),      # near miss: a thing
    ("place name", "Crowds mourned the martyrs in Tripoli.", "martyrs", True),
    ("place name", "Crowds gathered in the square in Tripoli.", "square", False),           # negative
    ("place name", "Crowds gathered in Martyrs Square in Tripoli.", "Martyrs", False),      # near miss: a name
    ("matter", "The resistance attacked a convoy near Jenin.", "resistance", True),
    ("matter", "The metal's strength was tested in the lab.", "strength", False),           # negative
    ("matter", "The metal's resistance to heat was tested.", "resistance", False),          # near miss: matter
    ("organised crime", "Hamas criminal gangs attacked the protesters.", "criminal", True),
    ("organised crime", "Armed men kidnapped the pupils for ransom.", "Armed", False),          # negative
    ("organised crime", "Criminal gangs seeking ransoms kidnapped the pupils.", "Criminal", False),  # near miss: crime
]


def test_every_construction_has_its_rows() -> None:
    kinds: dict[str, list[bool]] = {}
    for kind, _, _, marked in ROWS:
        kinds.setdefault(kind, []).append(marked)
    assert len(kinds) == 6
    assert all(True in rows and rows.count(False) >= 2 for rows in kinds.values())


@pytest.mark.parametrize(("kind", "text", "word", "marked"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_literal_use(parse: Callable[..., ParsedDoc], kind: str, text: str, word: str, marked: bool) -> None:
    start = text.index(word)
    marks = probe_marks(parse, text)
    assert any(m.start <= start < m.end for m in marks) is marked
    if not marked:
        assert [m.text for m in marks] == []
