"""A cited document named by the body written before it is that body's ("The paper, citing a
leaked navy report, said ...": the navy states the figure, not the paper that cites it; issue 15,
"citing" chains): the body is an actor of a state organ's or the police's sector, or a named
organisation; a document named by a hospital or a port names no issuer, and the citer speaks for
itself."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

H = "Border clash\n\n"
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: a state organ's, the police's, a named organisation's document
    ("navy report", H + "The paper, citing a leaked navy report, said 26 sailors were missing.", 26, "navy"),
    ("police records after", H + "The broadcaster reported that 9 people were hurt, citing police records.", 9,
     "police"),
    ("named body's documents", H + "The magazine, citing Pentagon documents, said 4 drones were lost.", 4, "Pentagon"),
    # negative: a document that names no one
    ("no body", H + "The paper, citing leaked documents, said 26 sailors were missing.", 26, "The paper"),
    # near miss: a hospital's records (a health sector's) and a place's records name no issuer
    ("hospital records", H + "The paper, citing clinic records, said 31 patients died.", 31, "The paper"),
    ("place records", H + "The paper, citing Basra port records, said 12 crew died.", 12, "The paper"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_document_named_by_a_body_is_that_bodys(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
