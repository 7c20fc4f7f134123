"""Who states a figure when one body is named around it (issue 15, branch i15-sources53), rules
written from the tune half of test_single_source_probe.py. Invented sentences, not from any corpus:

- a carrier that says in a relative clause on its name whom it cites ("According to the agency,
  which quoted two police officers, ...": the officers; figures/relative_carrier.py);
- a running count kept or maintained by a body (quotes attribution.yaml ``issue_verbs`` and
  ``body_sources_compiling_verbs``: keep, maintain): "A tally kept by the charity shows ..." gives
  the charity, named or not;
- a circumstance phrase the parser hung on the object of a reporting verb ("The mayor put the
  crowd at 3,000 after the storm, which killed 9": the storm's toll is not the mayor's, as for a
  circumstance on the verb; nlp/reporters.py);
- the agent of a participle of giving whose "as" or "at" phrase holds the count ("the toll,
  first given by the coast guard as 17": figures/given.py ``participle_giver``)."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

# (construction, text, the figure's value, its source as written, or None: the outlet's own voice)
RELATIVE_CARRIER = [
    ("positive: 'according to X, which quoted Y'", "According to the agency, which quoted two police officers, "
     "31 miners were trapped.", 31, "police officers"),
    ("positive: 'X, which cited Y, said'", "The broadcaster, which cited a hospital director, said 58 people "
     "were wounded.", 58, "hospital director"),
    ("negative: a reason cited, the carrier speaks", "The broadcaster, which cited security concerns, said 58 "
     "people were wounded.", 58, "broadcaster"),
    ("near miss: a relative clause of another verb", "According to the agency, which has a bureau in the town, "
     "31 miners were trapped.", 31, "agency"),
]

KEPT_COUNT = [
    ("positive: a tally kept by a body", "A tally kept by the aid coalition shows 640 people killed since "
     "the spring.", 640, "aid coalition"),
    ("positive: figures maintained by a body", "Figures maintained by the bar association show 83 lawyers were "
     "detained this year.", 83, "bar association"),
    ("negative: a body keeps people, not a count", "The army kept 640 prisoners in the stadium, the ministry "
     "said.", 640, "ministry"),
    ("near miss: kept somewhere, by no one named", "A tally kept in the church hall shows 640 people killed "
     "since the spring.", 640, "A tally"),
]

CIRCUMSTANCE_ON_OBJECT = [
    ("positive: before the blast, on the 'at' amount", "Police put the crowd at 3,000 before the explosion, "
     "which injured 26 people.", 26, None),
    ("positive: after the storm, on the object", "The ministry reported 4 deaths after the cyclone, which "
     "wounded 37 people.", 37, None),
    ("negative: the putter's own amount", "Police put the crowd at 3,000 before the explosion, which injured "
     "26 people.", 3000, "Police"),
    ("near miss: a circumstance inside the reported clause", "The ministry said 4 people died after the "
     "cyclone, which wounded 37 people.", 37, "ministry"),
]

PARTICIPLE_GIVER = [
    ("positive: first given by X as N", "Officials raised the toll, first given by the coast guard as 17, on "
     "Wednesday.", 17, "coast guard"),
    ("positive: estimated by X at N", "The losses, estimated by the monitoring group at 450 fighters, keep "
     "growing.", 450, "monitoring group"),
    ("negative: no agent", "Officials raised the toll, first given as 17, on Wednesday.", 17, None),
    ("near miss: a body as the agent of another participle", "The convoy, stopped by militiamen at the "
     "bridge, lost 17 trucks.", 17, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), RELATIVE_CARRIER, ids=[c[0] for c in RELATIVE_CARRIER])
def test_a_carrier_names_whom_it_cites_in_a_relative_clause(name: str, text: str, value: float,
                                                            source: str | None) -> None:
    assert_first_source(text, value, source, name)


@pytest.mark.parametrize(("name", "text", "value", "source"), KEPT_COUNT, ids=[c[0] for c in KEPT_COUNT])
def test_a_count_kept_by_a_body_is_its_own(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)


@pytest.mark.parametrize(("name", "text", "value", "source"), CIRCUMSTANCE_ON_OBJECT,
                         ids=[c[0] for c in CIRCUMSTANCE_ON_OBJECT])
def test_a_circumstance_on_a_reported_object_is_not_reported(name: str, text: str, value: float,
                                                             source: str | None) -> None:
    assert_first_source(text, value, source, name)


@pytest.mark.parametrize(("name", "text", "value", "source"), PARTICIPLE_GIVER, ids=[c[0] for c in PARTICIPLE_GIVER])
def test_the_agent_of_a_participle_of_giving_gives_the_count(name: str, text: str, value: float,
                                                             source: str | None) -> None:
    assert_first_source(text, value, source, name)
