"""The sample corpus's flagship incident (the Verkhnia Dolyna market strike, eight reports in
``data/samples``) analysed by the real pipeline and put in a ledger: its death toll is one
disputed thread, without the three wounded who died overnight (an increment), nor the 83
people still being treated and the 19 in a serious condition (injured)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.ingest import read_paths
from newsledger.ledger import ClaimThread, build_ledger, claim_threads
from newsledger.pipeline import Pipeline
from newsledger.records import Analysis, Article
from newsledger.storage.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


@pytest.fixture(scope="module")
def threads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ClaimThread]]:
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    wanted = {(e["file"], e.get("id")) for e in expected if e.get("incident")}
    articles = []
    for a in read_paths([SAMPLES]):
        assert isinstance(a, Article), a
        if (Path(a.source_path.split(":")[0]).relative_to(SAMPLES).as_posix(), a.external_id) in wanted:
            articles.append(a)
    assert len(articles) == len(wanted) == 8
    nl = Pipeline()
    with Store(tmp_path_factory.mktemp("flagship") / "ledger.db") as store:
        for a in articles:
            an = nl.analyze(a)
            assert isinstance(an, Analysis)
            store.add(an)
        build_ledger(store)
        yield claim_threads(store, limit=1000)


def test_the_death_toll_is_one_disputed_thread(threads: list[ClaimThread]) -> None:
    killed = [t for t in threads if t.measure == "killed" and t.group == "people"
              and "scope incident" in t.why]
    assert len(killed) == 1
    (toll,) = killed
    values = {c.value_low for c in toll.claims}
    assert {27, 31, 34} <= values
    assert not values & {3, 19, 83}
    assert toll.disagreement and "disputed:" in toll.why
    assert toll.n_outlets >= 7  # the undated Pacific Dispatch report is kept, not dropped
    assert any(c.outlet == "Pacific Dispatch" and c.published is None and "undated article" in c.role_note
               for c in toll.claims)
    roles = {c.role for c in toll.claims}
    assert {"agrees", "disagreement"} <= roles


def test_the_increment_and_the_injured_are_other_quantities(threads: list[ClaimThread]) -> None:
    by_value = {c.value_low: (t.measure, t.group) for t in threads for c in t.claims
                if c.outlet == "The Northern Ledger"}
    assert by_value[3] == ("killed", "people (part)")  # "three of the wounded died in hospital"
    assert by_value[83] == ("injured", "people")  # "83 people were still being treated"
    assert by_value[19] == ("injured", "people (part)")  # "19 of them in a serious condition"
