"""The rules of branch i16-set3v (constructions that failed on the tune half of a set of real VOA
sentences annotated blind), each a class with a positive, a negative and a near-miss row (sentences
written here; none from the gold, the probes or ../shared):

* ``conjoined``: a bare participle coordinated with a passive verb is passive too ("were beaten and
  detained by police"): each act is told, done to the passive's subject, the chain's "by" agent its doer
  (``nlp.syntax.passive_conjunct``, ``stages/events/conjoined.py``);
* ``concern``: concern stated as a state of its holder ("Japan is concerned about China's build-up") is
  PLOVER ACCUSE disapprove from the holder to the party named (``stages/events/concerned.py``;
  ``concern_words``, ``concern_preps`` in ``patterns.yaml``, ``codes.concern`` in ``rules.yaml``);
* ``praise``: praise stated as a state ("I am proud of X", "grateful to Japan") is SUPPORT from the holder
  to the party named (``concerned.py``; ``praise_words``, ``praise_preps``, ``codes.praise``);
* ``absent``: an act in the phrase or clause of a noun of evidence that "no" determines ("there was no sign
  of the tanker being seized") is told negated, no counted event (``stages/events/absent.py``;
  ``absence_nouns``);
* ``gathering``: a meeting told by whom it brings together ("the summit brought together leaders from
  Kenya, Uganda and Tanzania") is CONSULT with those parties as the symmetric source
  (``stages/events/gatherings.py``; ``gathering_verbs`` in ``patterns.yaml``).

The ``gathering`` rows open with a sentence telling an act, so that the article is not read for its bare
event nouns (``reports.fallback_events``, an article that tells no act).

A row holds when the counted events hold an event of the type (with the source and target codes given,
when given) and, with ``present`` False, none of the type.
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

# rule, kind, text, PLOVER type, present, (source, target) codes or None
Row = tuple[str, str, str, str, bool, tuple[frozenset[str], frozenset[str]] | None]
NONE: frozenset[str] = frozenset()


def _c(*codes: str) -> frozenset[str]:
    return frozenset(codes)


PRE = "Chad accused Sudan of shelling a border village on Monday. "

ROWS: list[Row] = [
    ("conjoined", "P", "Three reporters have been detained and beaten while covering the rally.", "ASSAULT", True, None),
    ("conjoined", "P", "Two activists were arrested and later tortured in custody, their lawyer said.", "ASSAULT", True,
     None),
    ("conjoined", "P", "Two students were beaten and arrested by Zimbabwean police in Harare.", "COERCE", True,
     (_c("ZWE"), _c("ZWE"))),
    ("conjoined", "N", "Two reporters were beaten and fled across the border.", "COERCE", False, None),
    ("conjoined", "N", "The reporters were praised and thanked by the mayor.", "ASSAULT", False, None),
    ("conjoined", "M", "Two students were beaten, and the police arrested nobody.", "COERCE", False, None),
    ("conjoined", "M", "The soldiers were shot and wounded, but they detained the attackers later.", "ASSAULT", True,
     None),
    ("concern", "P", "Japan is deeply concerned about China's military build-up.", "ACCUSE", True, (_c("JPN"), _c("CHN"))),
    ("concern", "P", "South Korea was alarmed by the missile launches by North Korea.", "ACCUSE", True,
     (_c("KOR"), _c("PRK"))),
    ("concern", "P", "The European Union remains concerned over Russia's troop movements.", "ACCUSE", True,
     (_c("IGO"), _c("RUS"))),
    ("concern", "N", "Farmers in Kenya are worried about the drought.", "ACCUSE", False, None),
    ("concern", "N", "Concerned residents of Kampala gathered outside the town hall.", "ACCUSE", False, None),
    ("concern", "M", "The minister is concerned about her health and will rest.", "ACCUSE", False, None),
    ("concern", "M", "Brazil is happy about Argentina's decision.", "ACCUSE", False, None),
    ("praise", "P", "Kenya is grateful to Japan for its help after the floods.", "SUPPORT", True, (_c("KEN"), _c("JPN"))),
    ("praise", "P", "Nigeria's president said he was proud of the Ghanaian peacekeepers.", "SUPPORT", True, None),
    ("praise", "N", "The coach said he was proud of the team's work this season.", "SUPPORT", False, None),
    ("praise", "M", "Kenya is grateful for the rain after a long drought.", "SUPPORT", False, None),
    ("absent", "P", "There was no sign of the ferry being seized by Iranian forces.", "COERCE", False, None),
    ("absent", "P", "There is no evidence that Russian troops attacked the convoy.", "ASSAULT", False, None),
    ("absent", "N", "There is evidence that Russian troops attacked the convoy.", "ASSAULT", True, None),
    ("absent", "M", "Kenyan police found no sign of the gunmen who attacked the convoy in Lamu.", "ASSAULT", True, None),
    ("gathering", "P", PRE + "The summit brought together leaders from Kenya, Uganda and Tanzania.", "CONSULT", True,
     (_c("KEN", "UGA", "TZA"), NONE)),
    ("gathering", "P", PRE + "The meeting in Accra brought together Ghanaian and Togolese ministers.", "CONSULT", True,
     (_c("GHA", "TGO"), NONE)),
    ("gathering", "N", PRE + "The festival brought together musicians from Mali and Senegal.", "CONSULT", False, None),
    ("gathering", "M", PRE + "The talks gathered officials from Kenya in Mombasa.", "CONSULT", False, None),
]


def holds(text: str, plover: str, present: bool, parties: tuple[frozenset[str], frozenset[str]] | None) -> bool:
    preds = [p for p in counted_events(text) if p.plover == plover]
    if not present:
        return not preds
    if parties is None:
        return bool(preds)
    return any((p.source, p.target) == parties for p in preds)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, *_ in ROWS:
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 5 and all(k == {"P", "N", "M"} for k in kinds.values()), kinds


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_set3v_rule_row(row: Row) -> None:
    _rule, _kind, text, plover, present, parties = row
    assert holds(text, plover, present, parties)
