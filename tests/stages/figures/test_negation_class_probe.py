"""A class probe of negated and denied figures (issue 15): is a figure the text negates or denies
never an asserted claim, and does a figure under a qualifier that only looks negative ("no fewer
than", "not only", "none other than", "not counting") stay one?

The rows (``negation_class_rows.py``, 154 invented sentences in 40 classes of English negation and
denial of a quantity, with near misses) were written before any rule and measured held out on
9548cad (main): stance right 120/154 = 0.779 (tune half 53/67 = 0.791, check half 67/87 = 0.770);
figures kept as claims that are negated or denied 22 (tune 8, check 14), claims lost 5 (tune 2,
check 3). By class (right/rows, whole): called false 6/8, far fewer than claimed 0/2, fewer than
claimed 0/1, nowhere near 0/1, disputed 2/5, unverified 3/4, negation across clauses 2/5, revised
down 0/1, ridiculed 1/5, double negative 2/4, deny the figure 2/4, rhetorical 0/2, rather than 1/2,
not clear whether 3/4, quoted negation 4/5, which could not be verified 2/3, reject reports of N
6/7, corrected (the kept) 0/1, near misses 28/32; every other class all right.

After the rules of branch i15-negfig (``newsledger.nlp.stance_counts``, and the frames and scope
changes in ``nlp/stance.py`` / ``nlp/stance_frames.py``), written from the tune half's misses: see
``FLOORS`` and the branch's report for the figures; the rows still read wrong are strict xfails in
GAPS.
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import half
from newsledger.ledger.claims import CLAIM_STANCES
from tests.builders import assert_probe_rows, gap_params
from tests.nlp.stance_probe_rows import fig
from tests.nlp.test_stance_probe import found_stance, is_claim
from tests.stages.figures.negation_class_rows import ROWS, Row


def row_key(row: Row) -> str:
    return f"{row[0]}|{row[2]}|{row[1]}"


def row_right(row: Row) -> bool:
    found = found_stance(row[1], fig(row[2]))
    return found is not None and found in row[3].split("|")


def probe_scores() -> dict[str, float]:
    """Stance accuracy whole and by half; the negated or denied figures kept as claims, and the claims lost."""
    out: dict[str, float] = {}
    for part in ("whole", "tune", "check"):
        rows = [r for r in ROWS if part == "whole" or half(r[1]) == part]
        right = false_claims = lost = 0
        for row in rows:
            found = found_stance(row[1], fig(row[2]))
            right += found is not None and found in row[3].split("|")
            claim = is_claim(row[3])
            if found is None or claim is None:
                continue
            false_claims += found in CLAIM_STANCES and not claim
            lost += claim and found not in CLAIM_STANCES
        out[f"accuracy_{part}"] = round(right / len(rows), 3)
        out[f"false_claims_{part}"] = false_claims
        out[f"lost_claims_{part}"] = lost
    print("negation class probe:", out)
    return out


# rows still read wrong, keyed by class, number and text: strict xfails, a row that starts passing must
# leave this set
GAPS: set[str] = {
    'rather than|90|The clinic counted nine dead rather than 90.',
    'reject reports of N|40|Officials rebuffed allegations of 40 executions at the prison.',
    'called false|60|The army said claims that 60 soldiers surrendered were fabricated.',
    'not clear whether|14|Whether 14 of the fishermen survived was not known on Monday.',
    'unverified|12|An unverified video appeared to show 12 bodies near the bridge.',
    'which could not be verified|300|Activists say 300 people have been detained; the figure could not be verified.',
    'negation across clauses|40|Local media said 40 soldiers had deserted. The army said that was false.',
    'negation across clauses|500|Early reports spoke of 500 dead. Those reports proved false.',
    'quoted negation|1,000|"Where are the 1,000 dead they talk about? There are none," he said.',
    'rhetorical|400|"Who has seen these 400 bodies? No one," the spokesman said.',
    'rhetorical|90|"Since when did 90 people die in a traffic accident?" the minister asked.',
    'corrected: the kept|13|Officials corrected the toll of 31 to 13.',
    'ridiculed|18|Military officials poured scorn on reports of 18 downed drones.',
    'near miss: not yet known how many|200|It is not yet known how many of the 200 passengers survived.',
    'near miss: no longer|300|The 300 families are no longer in the camp, the agency said.',
    'headline denial|500|Claims of 500 deaths ‘false’, says minister',
    'givers lying|70|"Those who say we killed 70 villagers are lying," the commander said.',
    'figment|25|The army called claims that 25 pilots were captured pure fiction.',
    'inflated by the giver|300|The ministry accused the rebels of inflating the toll to 300.',
    'inflated by the giver|900|Activists have exaggerated the number of arrests, putting it at 900, police said.',
    'debunked|50|Fact-checkers debunked a post claiming 50 people drowned.',
    'such reports are false|300|Reports said 300 people died. Such reports are false, the army said.',
    'show me|60|"They say 60 officials died. Show me one name," the minister said.',
}

FLOORS = {"accuracy_whole": 0.9, "false_claims_whole": 0}


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of figure negation"))
def test_row(row: Row) -> None:
    assert row_right(row), (row, found_stance(row[1], fig(row[2])))


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 150)
    assert len({r[0].split(":")[0] for r in ROWS}) >= 20
    assert sum(r[0].startswith("near miss") for r in ROWS) >= 30
    assert {half(r[1]) for r in ROWS} == {"tune", "check"}


def test_probe_floor() -> None:
    scores = probe_scores()
    assert scores["accuracy_whole"] >= FLOORS["accuracy_whole"]
    assert scores["false_claims_whole"] <= FLOORS["false_claims_whole"]
