"""A class probe of negated and denied figures (issue 15): is a figure the text negates or denies
never an asserted claim, and does a figure under a qualifier that only looks negative ("no fewer
than", "not only", "none other than", "not counting") stay one?

The rows (``negation_class_rows.py``: 218 invented sentences in more than 60 classes of English
negation and denial of a quantity, with near misses; split into halves by
:func:`newsledger.evaluation.metrics.half` of their text) came in three batches, each written
before any rule for it. Right / rows (negated or denied figures kept as claims, claims lost):

* batch 1 (154 rows), held out, main 9548cad: 122/154 = 0.792 (tune 54/67 = 0.806, check 68/87 =
  0.782; 22 false claims, 3 lost; first measured as 120/154 with the two partitives, "none of the 45
  passengers was hurt", written as asserted near misses: the group is there but the harm is negated,
  so either is right, corrected after the rules). By class (whole, main): called false 6/8, far fewer than claimed
  0/2, fewer than claimed 0/1, nowhere near 0/1, disputed 2/5, unverified 3/4, negation across
  clauses 2/5, revised down 0/1, ridiculed 1/5, double negative 2/4, deny the figure 2/4, rhetorical
  0/2, rather than 1/2, not clear whether 3/4, quoted negation 4/5, which could not be verified 2/3,
  reject reports of N 6/7, corrected (the kept) 0/1, near misses 28/30; every other class all right.
  After the rules written from its tune half's misses: 139/154 = 0.903 (tune 64/67, check 75/87 =
  0.862; 8 false claims, 2 lost).
* batch 2 (40 rows: quoted falsity words, headlines, "contrary to", participles, bounds), held out:
  main 32/40 (tune 18/23, check 14/17), the branch after batch 1's rules the same 32/40; after rules
  for its tune half: 39/40 (tune 23/23, check 16/17).
* batch 3 (24 rows: sayers called liars, "not real", "not ours", no source gives, inflating), held
  out: main 13/24 (tune 5/7, check 8/17), the branch before its rules 12/24 (tune 3/7, check 9/17:
  "the figure of 150 is not real" was read as a described subject until "real" became a word of
  truth); after rules for its tune half: 17/24 (tune 7/7, check 10/17).

All rows: main 167/218 = 0.766 (tune 77/97, check 90/121 = 0.744; 39 false claims, 5 lost); branch
i15-negfig 195/218 = 0.894 (tune 94/97 = 0.969, check 101/121 = 0.835; 16 false claims, 2 lost).
The rows still read wrong are strict xfails in GAPS (most of them check-half rows, left as the
measure of what the rules do not reach).
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import half
from newsledger.ledger.claims import CLAIM_STANCES
from tests.builders import assert_probe_rows, gap_params
from tests.nlp.stance_probe_rows import fig, found_stance, is_claim
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
    'inflated by the giver|900|Activists have exaggerated the number of arrests, putting it at 900, police said.',
    'debunked|50|Fact-checkers debunked a post claiming 50 people drowned.',
    'such reports are false|300|Reports said 300 people died. Such reports are false, the army said.',
    'show me|60|"They say 60 officials died. Show me one name," the minister said.',
}

FLOORS = {"accuracy_whole": 0.89, "false_claims_whole": 16}


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
