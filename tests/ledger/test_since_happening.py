"""A count since a happening named by its weekday ("44 bodies have been recovered since Monday's
strike") is the incident's running toll, not a period total: it joins the incident's thread
(``ledger.since_happening``; issue 15, seen on the tuning halves of the invented mine-collapse and
karatosh-dam probes). A bare weekday ("since Monday": many happenings may fall in it) and a date
("since October 7's attack": the start of a war) keep the count a period total. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from newsledger.ledger.since_happening import happening_since
from tests.builders import Doc, store_docs

# (construction, the later report's text, the figure as written, its time scope as the figures
# stage keeps it, whether it joins the incident's toll)
CASES = [
    ("positive: a weekday's happening", "Rescuers have recovered 44 bodies since Monday's strike on the Lomka station.",
     "44 bodies", "since Monday", True),
    ("positive: a part of that day", "Crews have pulled 44 bodies from the rubble in Lomka since Monday night's strike.",
     "44 bodies", "since Monday", True),
    ("negative: a bare weekday", "Strikes have killed 44 people across Lomka since Monday, officials said.",
     "44 people", "since Monday", False),
    ("near miss: a date's happening", "Rescuers have recovered 44 bodies in Lomka since October 7's attack.",
     "44 bodies", "since October 7", False),
    ("near miss: the possessive weekday is not the scope's", "Since Monday, 44 people have died in Lomka, Tuesday's "
     "bulletin said.", "44 people", "Since Monday", False),
]


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in memory"])
@pytest.mark.parametrize(("name", "second", "written", "scope", "joins"), CASES, ids=[c[0] for c in CASES])
def test_a_count_since_a_weekdays_happening_joins_its_toll(
        tmp_path: Path, name: str, second: str, written: str, scope: str, joins: bool, streamed: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka on Monday, killing 40 people, officials said.", "Wire A",
            "2026-11-16")
    a.figure("40 people", 40, attribution="officials", place="Lomka", time_scope="on Monday")
    b = Doc(second, "Wire B", "2026-11-19")
    b.figure(written, 44, group=written.split()[1], place="Lomka", time_scope=scope)
    store = store_docs(tmp_path / "since.db", [a, b])
    build_ledger(store, streamed=streamed)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), (name, sizes)


@pytest.mark.parametrize(("sentence", "scope", "expected"), [(c[1], c[3], c[4]) for c in CASES],
                         ids=[c[0] for c in CASES])
def test_happening_since_reads_the_weekday_owning_a_noun(sentence: str, scope: str, expected: bool) -> None:
    assert happening_since(sentence, scope) is expected
