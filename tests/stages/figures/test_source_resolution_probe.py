"""A blind probe of figure-source resolution (issue 15, branch i15-srcres54): which body a description
or a pronoun that states a figure names, and which country or IGO that body belongs to. Written
before its author read the figure-source, actor and collective-noun code, of invented passages
(resolution_probe_rows.py), not from any corpus, gold or probe: "the group" / "the movement" after
two organisations; "the ministry" / "the health ministry" under a dateline of one country about an
incident in another; "the agency", "the army", "the force", "officials" after bodies of two sides;
"it" / "they" across two bodies; spellings of one body that must resolve to one identity (Gaza's
health ministry, militaries, police, U.N. agencies, for Gaza, Ukraine, Sudan, Myanmar, the Sahel,
Haiti, Ethiopia, Yemen); anonymous officials whose country an adjective gives; and near misses (a
third body, a body named near the figure that does not state it).

A row is scored twice: its words (one of the expected alternatives is in the source as written or
its resolved actor's name) and its code (the expected country or IGO code is one of the resolved
actor's code parts; rows whose code is None score words only). A row is right when both are.

Held out, main at 56701810 (measured before its author read that code; 132 rows, all figures
found): figure source accuracy 0.894 (118/132), tune half 0.915 (65/71), check half 0.869 (53/61);
words alone 0.947 / 0.944 / 0.951, code alone 0.917 / 0.930 / 0.902 (whole / tune / check). By
class, tune (right/rows): group after two 5/7, ministry over dateline 12/14, description after two
sides 6/6, pronoun across two 10/10, one body many names 12/12, adjective officials 10/10, third
body 10/12; check: 7/8, 6/7, 8/13, 9/9, 15/16, 4/4, 4/4. (The Houthi rows' words were widened to
"Houthis" before that measure, a scorer fix: the actor is named "Houthis".) The check half is
weakest on descriptions after bodies of two sides.

After the rules of branch i15-srcres54 (tests/stages/actors/test_description_resolution.py,
test_topic_verbs.py): from the tune half's misses, an unqualified body reporting what the
paragraph's earlier sentences place in one country is that country's ("TEL AVIV - tanks pushed
into Gaza City. 54 were killed, the ministry said": Palestinian, not Israeli); a creed word keeps
only an armed force's sectors ("the Islamist movement" -> Hamas); a name modifying an
apposition's head is no antecedent ("JNIM, an al-Qaeda affiliate, ... the jihadist group" ->
JNIM); a verb of talking about a thing states no figure ("met to discuss 40 hostages"); and, from
invented sentences of the class of descriptions after bodies of two sides, "the U.N. agency" after
a U.N. agency named before is that agency, and a bare "Police" repeats "Haitian police" named
before: 0.924 (122/132), tune 0.958 (68/71), check 0.885 (54/61; one check row gained, none
lost); words 0.977 / 0.986 / 0.967, code 0.939 / 0.972 / 0.902. Left in the tune half: a bare "the
ministry" in Gaza read as a Palestinian ministry, not the health ministry (res-017, the code is
right), and two bodies the actor layer does not know ("the local resistance committee", "Tuareg
separatists": no actor, so no code).
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from newsledger.evaluation.metrics import half
from tests.builders import headed_analysis, names_match, number_span
from tests.stages.figures.resolution_probe_rows import ROWS, ResRow

HEADLINE = "News from the conflicts\n\n"


@cache
def row_names(row: ResRow) -> tuple[bool, list[str], list[str]]:
    """(the figure was found, the source as written and its actor's name, the actor's code parts)."""
    an = headed_analysis(HEADLINE, row[3])
    start, end = number_span(an.article.text, row[4])
    figs = [f for f in an.figures if f.start < end and start < f.end]
    if not figs:
        return False, [], []
    f = min(figs, key=lambda f: f.end - f.start)
    if f.attribution == "unattributed":
        return True, [], []
    actor = next((a for a in an.actors if a.id == f.attribution_actor_id), None)
    names = [re.sub(r"\s+", " ", n) for n in (f.attribution, actor.name if actor else "") if n]
    return True, names, actor.code.split() if actor else []


def row_result(row: ResRow) -> tuple[bool, bool, bool]:
    """(the figure was found, its words are right, its code is right)."""
    found, names, code = row_names(row)
    words = found and bool(names) and names_match(row[5], names)
    return found, words, found and (row[6] is None or row[6] in code)


def probe_scores() -> dict[str, float]:
    """Accuracy of rows found (words and code both right; words; code), whole and by half."""
    out: dict[str, float] = {}
    for part in ("", "_tune", "_check"):
        rows = [r for r in ROWS if not part or half(r[0]) == part[1:]]
        res = [row_result(r) for r in rows]
        found = [r for r in res if r[0]] or [(False, False, False)]
        out[f"figure_source{part}_accuracy"] = round(sum(w and c for _, w, c in found) / len(found), 3)
        out[f"figure_source{part}_words"] = round(sum(w for _, w, _ in found) / len(found), 3)
        out[f"figure_source{part}_code"] = round(sum(c for _, _, c in found) / len(found), 3)
        out[f"figure_source{part}_found"] = sum(r[0] for r in res)
        out[f"figure_source{part}_rows"] = len(rows)
    print("source resolution probe:", out)
    return out


def class_scores(part: str) -> dict[str, tuple[int, int]]:
    """(right, rows) per class of one half."""
    out: dict[str, list[int]] = {}
    for r in ROWS:
        if half(r[0]) == part:
            _, w, c = row_result(r)
            out.setdefault(r[1], [0, 0])
            out[r[1]][0] += w and c
            out[r[1]][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


# rows the branch i15-srcres54 reads wrong: strict xfails, a row that starts passing must leave this set
# (ids only: the check half's rows were never read)
GAPS: set[str] = {"res-010", "res-017", "res-032", "res-033", "res-042", "res-043", "res-044", "res-051",
                  "res-085", "res-125"}

# the probe's floor: main 56701810 0.894 (whole; held out), branch i15-srcres54 0.924
FLOORS = {"figure_source_accuracy": 0.92}


@pytest.mark.parametrize("row", [
    pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason="a gap of source resolution")]
                 if r[0] in GAPS else []) for r in ROWS])
def test_row(row: ResRow) -> None:
    found, words, code = row_result(row)
    assert found and words and code, (row, row_names(row))


def test_rows_are_many_and_gaps_are_rows() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 130 and GAPS <= set(ids)
    assert {r[2] for r in ROWS} == {"positive", "near miss"} and len({r[1] for r in ROWS}) >= 6
    assert {half(r[0]) for r in ROWS} == {"tune", "check"}


def test_probe_floor() -> None:
    assert probe_scores()["figure_source_accuracy"] >= FLOORS["figure_source_accuracy"]
