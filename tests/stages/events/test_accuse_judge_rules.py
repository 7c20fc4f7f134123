"""The ACCUSE rules of issue 16's judgement work (branch i16-accuse-judge), each a class of construction found by
the blind class probe ``test_accuse_judge_probe.py`` and the tune halves of the real sets. Every sentence is
invented here (none from a gold set, a probe or ../shared); ``tests.builders.rule_row_holds`` holds a row when some
counted event is the expected triple or, expecting None, when no counted event is ACCUSE.

* ``ACCUSE verdict copula``: a reported copula whose predicate is a word of ``accuse_judge_words`` (or a noun one
  qualifies) judging a named party's act ("said X's quota was a serious mistake"); of no party, or negated, none
  (``stages/events/accuse_judge_verdicts.py``);
* ``ACCUSE verdict posed``: a verb of ``accuse_judge_posing_verbs`` with such an object ("posed a grave danger");
* ``ACCUSE verdict failed``: a party that failed people of ``accuse_judge_failed_people``, or a party's policy
  (``accuse_judge_conduct_nouns``) told as failed with no duty named;
* ``ACCUSE verdict called``: a naming verb calling a party's act a word of ``accuse_judge_words``, also with the
  parse that makes the object the word's subject ("termed X's remarks irresponsible");
* ``ACCUSE hostile design``: a reported clause telling a party's hostile design (a thing used as a weapon, a verb
  of ``accuse_judge_design_verbs``, an aim of ``accuse_judge_hostile_aims`` sought or plotted);
* ``ACCUSE reported charge``: a reported crime committed (``stages/events/accuse_judge_reports.py``); abuse told
  with no word of crime, even by a watchdog, is the act alone (the PLOVER gold's convention);
* ``ACCUSE verbal attack``: an attack noun told as verbal ("a blistering attack on X",
  ``stages/events/accuse_judge_attacks.py``); an attack on a base stays an assault;
* ``ACCUSE under fire over``: "came under fire from X over Y" with the reason hung on the accuser (``standing.py``);
* ``ACCUSE blame laid``: "said the fault lay with X" (``stages/events/accuse_judge_blame.py``).
"""

from __future__ import annotations

import pytest

from tests.builders import RuleRow, incomplete_rules, row_kinds, rule_row_holds

P, N, M = "positive", "negative", "near miss"
A = "ACCUSE"

ROWS: list[RuleRow] = [
    ("ACCUSE verdict copula", P, A, "Norway's foreign minister said Russia's new fishing quota was a serious mistake.", (A, ("NOR",), ("RUS",))),
    ("ACCUSE verdict copula", P, A, "Finland said Moscow's closure of the consulate was unfriendly and counterproductive.", (A, ("FIN",), ("RUS",))),
    ("ACCUSE verdict copula", N, A, "The farmers said the late frost had been a disaster for the apples.", None),
    ("ACCUSE verdict copula", M, A, "Norway's foreign minister said Russia's new fishing quota was not a mistake.", None),
    ("ACCUSE verdict copula", M, A, "The coach said the decision to rest the players was a mistake.", None),
    ("ACCUSE verdict posed", P, A, "Latvia said Russia's military build-up posed a grave danger to the Baltic states.", (A, ("LVA",), ("RUS",))),
    ("ACCUSE verdict posed", N, A, "Doctors said the new virus posed a grave danger to children.", None),
    ("ACCUSE verdict posed", M, A, "Latvia said the winter storm posed a grave danger to the Baltic ports.", None),
    ("ACCUSE verdict failed", P, A, "Malawi's opposition said Tanzania's trade policy had failed.", (A, ("MWI",), ("TZA",))),
    ("ACCUSE verdict failed", P, A, "Uganda's opposition leader said Kenya had failed the refugees in the camps.", (A, ("UGA",), ("KEN",))),
    ("ACCUSE verdict failed", N, A, "The coach said the young players had failed the fitness test.", None),
    ("ACCUSE verdict failed", M, A, "The minister said the rescue teams had not failed the flood victims.", None),
    ("ACCUSE verdict called", P, A, "The Spanish government called Morocco's border decision a grave mistake.", (A, ("ESP",), ("MAR",))),
    ("ACCUSE verdict called", P, A, "Poland's government termed the German minister's comments harmful.", (A, ("POL",), ("DEU",))),
    ("ACCUSE verdict called", N, A, "The coach called the decision to rest the players a mistake.", None),
    ("ACCUSE verdict called", M, A, "Spain's foreign minister called Morocco's decision to reopen the crossing a wise step.", None),
    ("ACCUSE hostile design", P, A, "Moldova said Russia was plotting to topple its government.", (A, ("MDA",), ("RUS",))),
    ("ACCUSE hostile design", P, A, "Lithuania said Belarus was using migrants as a weapon.", (A, ("LTU",), ("BLR",))),
    ("ACCUSE hostile design", P, A, "India said Pakistan was harbouring militants near the border.", (A, ("IND",), ("PAK",))),
    ("ACCUSE hostile design", N, A, "The farmers said they were using drones as a tool for spraying crops.", None),
    ("ACCUSE hostile design", M, A, "Moldova said Russia was seeking to expand trade with Europe.", None),
    ("ACCUSE hostile design", M, A, "Lithuania said Belarus was using the railway as a route for grain.", None),
    ("ACCUSE reported charge", P, A, "Armenia told the judges that Azerbaijan was committing genocide in the enclave.", (A, ("ARM",), ("AZE",))),
    ("ACCUSE reported charge", P, A, "Bosnia's envoy said Serbian units had carried out executions of prisoners.", (A, ("BIH",), ("SRB",))),
    ("ACCUSE reported charge", N, A, "Ukraine said Russian troops had beaten the prisoners.", None),
    ("ACCUSE reported charge", M, A, "Amnesty International said Iranian guards had beaten the prisoners.", None),
    ("ACCUSE reported charge", M, A, "Armenia said its soldiers had carried out the orders.", None),
    ("ACCUSE verbal attack", P, A, "The Indian prime minister launched a blistering attack on Pakistan at the rally.", (A, ("IND",), ("PAK",))),
    ("ACCUSE verbal attack", N, A, "Rebels launched an attack on the army base at dawn.", None),
    ("ACCUSE verbal attack", M, A, "Rebels launched a fierce attack on the army base at dawn.", None),
    ("ACCUSE under fire over", P, A, "Greece's prime minister came under fire from the opposition over the wiretapping scandal.", (A, ("GRC",), ("GRC",))),
    ("ACCUSE under fire over", N, A, "A Greek patrol came under fire from smugglers near the border.", None),
    ("ACCUSE under fire over", M, A, "A Greek patrol came under fire from gunmen hiding in the hills.", None),
    ("ACCUSE blame laid", P, A, "Serbia's president said the fault for the clashes lay with Kosovo.", (A, ("SRB",), ("XKX",))),
    ("ACCUSE blame laid", N, A, "Engineers said the fault in the cable lay with the old pipes.", None),
    ("ACCUSE blame laid", M, A, "Serbia's president said the fault for the clashes lay with his own officials.", None),
]

RULES = 9


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{r[0]}|{r[1]}|{r[3][:40]}") for r in ROWS])
def test_accuse_judge_rule(row: RuleRow) -> None:
    assert rule_row_holds(row)
