"""A class probe of denials in quotes and events (issue 15): is an account that a party rejects
marked as a denial (a quote or event whose stance is "denied" or "negated", which the claims eval's
``denial_accuracy`` counts), and does a near miss that only looks like one stay asserted? Classes:
reports dismissed ("X dismissed reports that ..."), claims called baseless ("claims that ... are
baseless", "the claim that ... is a lie"), no truth in ("there is no truth in reports that ..."),
never happened ("that massacre never happened"), a party's own act negated ("not a single civilian
was harmed"), each said by both sides of several conflicts, in a quote and in reported speech, with
near misses (a person dismissed, a claim investigated, truth affirmed, a denial of a denial).
Invented sentences, written from the classes' definitions, not from any corpus, gold or probe.

Held out, measured on main d2fb4256 (no rule was written for it; the branch that added it changes no
stance code): 16/16 rows read right, 12 denials and 4 near misses. The claims probes' denials still
missed are mostly accounts that no quote or event covers (in their tune halves 12 of the 16 denials
read wrong), which is the quote and event stages' reach, not the stance's; rows that come
to read wrong go in ``GAPS`` as strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import pipeline, stage_outputs

DENIAL = frozenset({"denied", "negated"})

# (class, text, a word of the denied account that a denying record must cover, denial expected)
ROWS: list[tuple[str, str, str, bool]] = [
    ("dismissed reports", "The governor dismissed reports that 40 villagers had been abducted.", "abducted", True),
    ("dismissed reports", "The rebel command dismissed reports that its fighters had looted the depot.", "looted", True),
    ("dismissed reports", "\"We dismiss the reports that our police shot students,\" the commissioner said.", "shot", True),
    ("called baseless", "\"Reports that our fighters attacked the convoy are baseless,\" the rebels said.", "attacked", True),
    ("called baseless", "The ministry said claims that its soldiers burned the market were baseless.", "burned", True),
    ("called baseless", "\"The claim that our soldiers burned the market is a lie,\" the army said.", "burned", True),
    ("no truth in", "\"There is no truth in the reports that the police shot students,\" the commissioner said.", "shot", True),
    ("no truth in", "The junta said there was no truth in reports that its troops executed herders.", "executed", True),
    ("never happened", "\"That massacre never happened,\" the junta's spokesman told state television.", "massacre", True),
    ("never happened", "The opposition said the ambush the army described never happened.", "happened", True),
    ("own act negated", "\"Not one civilian was harmed in the operation,\" the defence ministry said.", "harmed", True),
    ("own act negated", "The insurgents said no hostage had been killed in the raid.", "killed", True),
    ("near miss", "The governor dismissed the police chief on Monday.", "dismissed", False),
    ("near miss", "The ministry said claims that its soldiers burned the market were being investigated.", "burned", False),
    ("near miss", "\"There is truth in the reports that the police shot students,\" the commissioner said.", "shot", False),
    ("near miss", "The army said the massacre happened after the rebels left.", "massacre", False),
]

# rows read wrong on main d2fb4256 (strict: a row that starts reading right must leave)
GAPS: set[str] = set()


def _denied(parse: Callable[..., ParsedDoc], text: str, word: str) -> bool:
    out = stage_outputs(parse(text), pipeline())
    at = text.index(word)
    records = [r for r in (*out["quotes"], *out["events"]) if r.start <= at < r.end]
    return any(r.stance in DENIAL for r in records)


def test_rows_cover_every_class_and_near_misses() -> None:
    classes = {r[0] for r in ROWS}
    assert len(classes) == 6 and sum(r[0] == "near miss" for r in ROWS) >= 4
    assert all(r[3] == (r[0] != "near miss") for r in ROWS)
    assert GAPS <= {r[1] for r in ROWS} and len({r[1] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("cls", "text", "word", "denial"), [
    pytest.param(*r, id=f"{r[0]}-{i}", marks=[pytest.mark.xfail(strict=True)] if r[1] in GAPS else [])
    for i, r in enumerate(ROWS)])
def test_denial_row(parse: Callable[..., ParsedDoc], cls: str, text: str, word: str, denial: bool) -> None:
    assert _denied(parse, text, word) == denial
