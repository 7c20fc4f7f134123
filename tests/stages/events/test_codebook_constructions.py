"""Event stage: constructions found missing by the codebook probe (``test_codebook_probe.py``),
each with a positive row, a negative row and a near miss, in invented sentences with parties of
every side. The actor layer is built by hand (``tests.builders.event_layer``) so that the rules
are tested apart from actor resolution.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import (
    MORE_EVENT_ACTORS,
    ROW_KINDS,
    counted_events,
    event_layer,
    row_kinds,
    run_events,
    top_events,
)

NAMES: dict[str, tuple[str, str, str | None]] = {
    **MORE_EVENT_ACTORS,
    "the Russian president": ("person:russia-president", "person", "RUS"),
    "Hezbollah": ("org:hezbollah", "organisation", "LBN"),
    "United Nations": ("org:un", "organisation", None),
    "Nairobi": ("place:nairobi", "state", "KEN"),
    "Ugandan": ("country:UGA", "state", "UGA"),
    "The Ugandan president": ("person:uganda-president", "person", "UGA"),
}
P, N, M = "positive", "negative", "near miss"

# (construction, kind, PLOVER type, text, expected (sources, targets) of the most confident asserted
# top-level event of that type, or None: no such event)
ROWS: list[tuple[str, str, str, str, tuple[frozenset[str], tuple[str, ...]] | None]] = [
    # "the visit of X to Y": the "of" phrase names the visitor (CONSULT visit: the visitor is the actor)
    ("visit of", P, "CONSULT", "The visit of William Ruto to Uganda ended on Friday.",
     (frozenset({"person:william-ruto"}), ("state:UGA",))),
    ("visit of", P, "CONSULT", "The visit of the Russian president to Iran began on Monday.",
     (frozenset({"person:russia-president"}), ("state:IRN",))),
    ("visit of", N, "CONSULT", "The visit of the inspectors to the site ended on Friday.", None),
    ("visit of", M, "CONSULT", "A visit to Uganda of two days ended on Friday.", None),  # no visitor named
    # a headline's light verb with names joined by a bare comma: both are the parties (symmetric talks)
    ("comma-joined parties of a light verb", P, "CONSULT", "Kenya, Uganda hold border talks",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    ("comma-joined parties of a light verb", P, "CONSULT", "Israel, Hamas hold truce talks",
     (frozenset({"state:ISR", "org:hamas"}), ())),
    ("comma-joined parties of a light verb", N, "CONSULT", "Uganda, Kenya's neighbour, held border talks.", None),
    ("comma-joined parties of a light verb", M, "CONSULT", "Kenya and Uganda held border talks.",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    # a weapon that strikes or hits something attacks it, whatever it hits
    ("weapon strikes", P, "ASSAULT", "Russian drones hit a power plant in Ukraine.",
     (frozenset({"country:RUS"}), ("state:UKR",))),
    ("weapon strikes", P, "ASSAULT", "Ukrainian missiles struck an oil refinery.", (frozenset({"country:UKR"}), ())),
    ("weapon strikes", P, "ASSAULT", "Hamas rockets hit a bus station in the south of Israel.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
    ("weapon strikes", N, "ASSAULT", "The storm hit a power plant in Ukraine.", None),
    ("weapon strikes", M, "ASSAULT", "Russian missile prices hit a record in Ukraine.", None),
    # reservists called up and militia fighters mobilised: MOBILIZE, the forces moved are no target
    ("called up reservists", P, "MOBILIZE", "Israel called up thousands of reservists.", (frozenset({"state:ISR"}), ())),
    ("called up reservists", P, "MOBILIZE", "Uganda called up thousands of reservists to the border with Kenya.",
     (frozenset({"state:UGA"}), ("state:KEN",))),
    ("called up reservists", N, "MOBILIZE", "Israel called up the ambassador.", None),
    ("mobilised fighters", P, "MOBILIZE", "Hezbollah mobilised its fighters.", (frozenset({"org:hezbollah"}), ())),
    ("mobilised fighters", N, "MOBILIZE", "Hezbollah praised its fighters.", None),
    ("mobilised fighters", M, "MOBILIZE", "Hamas sent its fighters to the border with Israel.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
    # a passive's "by" phrase is its doer, never its target
    ("passive by is the doer", P, "REJECT", "The Ukrainian proposal was rejected by Russia.",
     (frozenset({"state:RUS"}), ("country:UKR",))),
    ("passive by is the doer", P, "REJECT", "The offer by Hamas was turned down by Israel.",
     (frozenset({"state:ISR"}), ("org:hamas",))),
    ("passive by is the doer", N, "REJECT", "The offer was rejected.", None),
    ("passive by is the doer", M, "REJECT", "Kenya rejected the proposal by Uganda.", (frozenset({"state:KEN"}), ("state:UGA",))),
    # who is asked: the object of "asked X for Y", the subject of a passive "X was urged by Y to"
    ("addressee of a request", P, "REQUEST", "Iran asked Russia for drones.", (frozenset({"state:IRN"}), ("state:RUS",))),
    ("addressee of a request", P, "REQUEST", "Ukraine was urged by the United Nations to free the Russian soldiers.",
     (frozenset({"org:un"}), ("state:UKR",))),
    ("addressee of a request", N, "REQUEST", "Ukraine was asked to free the Russian soldiers.", None),
    ("addressee of a request", M, "REQUEST", "Kenya called for sanctions against Uganda.",
     (frozenset({"state:KEN"}), ("state:UGA",))),
    # ratifying is one party's act: the other party of the treaty is the target (signing is joint)
    ("ratified a treaty with", P, "SUPPORT", "Kenya's parliament ratified the trade treaty with Uganda.",
     (frozenset({"state:KEN"}), ("state:UGA",))),
    ("ratified a treaty with", N, "SUPPORT", "Kenya's parliament rejected the trade treaty with Uganda.", None),
    ("ratified a treaty with", M, "SUPPORT", "Israel signed a treaty with Egypt.", (frozenset({"state:ISR", "state:EGY"}), ())),
    # an act only considered has not happened
    ("act considered", P, "ASSAULT", "Israel carried out strikes on Iran.", (frozenset({"state:ISR"}), ("state:IRN",))),
    ("act considered", N, "ASSAULT", "Israel is considering strikes on Iran.", None),
    ("act considered", N, "SANCTION", "Russia weighed sanctions against Germany.", None),
    ("act considered", M, "SANCTION", "Russia imposed sanctions on Germany.", (frozenset({"state:RUS"}), ("state:DEU",))),
    # an arrest warrant issued is a threat of arrest (PLOVER THREATEN arrest), not an arrest
    ("arrest warrant", P, "THREATEN", "A court in Uganda issued an arrest warrant for William Ruto.",
     (frozenset({"state:UGA"}), ("person:william-ruto",))),
    ("arrest warrant", P, "THREATEN", "The court in Russia issued an arrest warrant against Germany's envoy.",
     (frozenset({"state:RUS"}), ("state:DEU",))),
    ("arrest warrant", N, "THREATEN", "The court in Kenya issued a search warrant for the offices.", None),
    ("arrest warrant", M, "COERCE", "A court in Uganda issued an arrest warrant for William Ruto.", None),
    # a warrant or an order is executed, nobody killed
    ("executed", P, "ASSAULT", "Uganda executed three Kenyan prisoners.", (frozenset({"state:UGA"}), ())),
    ("executed", N, "ASSAULT", "Kenyan police executed a search warrant at the offices.", None),
    ("executed", M, "ASSAULT", "Hamas executed its plan to release the prisoners.", None),
    # aid workers let in: humanitarian access (RETREAT access), before any workers allowed (CONCEDE)
    ("aid workers allowed in", P, "RETREAT", "Sudan allowed United Nations aid workers into the north.",
     (frozenset({"state:SDN"}), ("org:un",))),
    ("aid workers allowed in", N, "RETREAT", "Sudan barred United Nations aid workers from the north.", None),
    ("aid workers allowed in", M, "RETREAT", "Sudan allowed aid into Somalia.", (frozenset({"state:SDN"}), ("state:SOM",))),
    # one wanted for a crime handed over to another state: judicial cooperation (COOPERATE, CAMEO 063)
    ("handed over to", P, "COOPERATE", "Kenya handed over three suspected cartel leaders to Uganda.",
     (frozenset({"state:KEN"}), ("state:UGA",))),
    ("handed over to", P, "COOPERATE", "Ukraine handed over two Russian spies to Germany.",
     (frozenset({"state:UKR"}), ("state:DEU",))),
    ("handed over to", N, "COOPERATE", "Kenya handed over the keys to Uganda.", None),
    # intelligence sharing or exports resumed: COOPERATE (shared by both; exports go to a partner)
    ("resumed exchange", P, "COOPERATE", "Ukraine and Russia resumed intelligence sharing.",
     (frozenset({"state:UKR", "state:RUS"}), ())),
    ("resumed exchange", P, "COOPERATE", "Israel resumed intelligence sharing with Egypt.",
     (frozenset({"state:ISR", "state:EGY"}), ())),
    ("resumed exchange", P, "COOPERATE", "Brazil resumed beef exports to Chile.", (frozenset({"state:BRA"}), ("state:CHL",))),
    ("resumed exchange", N, "COOPERATE", "Israel halted intelligence sharing with Egypt.", None),
    ("resumed exchange", M, "COOPERATE", "Russia resumed gas exports.", None),  # no partner
    # hackers attacking: COERCE cyber, not an armed attack
    ("hackers attacked", P, "COERCE", "Russian hackers attacked the websites of Ukrainian banks.",
     (frozenset({"country:RUS"}), ("country:UKR",))),
    ("hackers attacked", P, "COERCE", "Russian hackers targeted Ukraine's power grid.", (frozenset({"country:RUS"}), ("state:UKR",))),
    ("hackers attacked", N, "COERCE", "Russian troops attacked Ukrainian banks.", None),
    ("hackers attacked", M, "ASSAULT", "Russian troops attacked Ukrainian banks.", (frozenset({"country:RUS"}), ("country:UKR",))),
    # combatants captured in a conflict: ASSAULT abduct; the police arresting is no capture in war
    ("captured combatants", P, "ASSAULT", "Ukrainian forces captured twenty Russian soldiers.",
     (frozenset({"country:UKR"}), ("sector:RUS:MIL",))),
    ("captured combatants", P, "ASSAULT", "Ukraine captured two Russian soldiers.", (frozenset({"state:UKR"}), ("sector:RUS:MIL",))),
    ("captured combatants", N, "ASSAULT", "Kenyan police captured two Ugandan militants.", None),
    ("captured combatants", M, "ASSAULT", "Ukrainian forces captured a Russian tank.", None),
    # "the shelling of X by Y killed N": one attack, by Y on X, whose toll the verb tells
    ("act told by its toll", P, "ASSAULT", "The shelling of Ukraine by Russia killed five people.",
     (frozenset({"state:RUS"}), ("state:UKR",))),
    ("act told by its toll", P, "ASSAULT", "The bombing of Israel by Hamas wounded twenty people.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
    ("act told by its toll", N, "ASSAULT", "The shelling of Ukraine by Russia was not confirmed.", None),
    ("act told by its toll", M, "ASSAULT", "The shelling of Ukraine by Russia angered Germany.",
     (frozenset({"state:RUS"}), ("state:UKR",))),
    # a party to a conflict calling for its end: its own will to end it (AGREE, manual 3.8.2)
    ("end of one's own conflict", P, "AGREE", "Ukraine called for an end to the war with Russia.",
     (frozenset({"state:UKR"}), ("state:RUS",))),
    ("end of one's own conflict", P, "AGREE", "Hamas demanded an end to the fighting with Israel.",
     (frozenset({"org:hamas"}), ("state:ISR",))),
    ("end of one's own conflict", N, "AGREE", "The United Nations called for an end to the war in Sudan.", None),
    ("end of one's own conflict", M, "REQUEST", "Kenya called for an end to the war between Sudan and Somalia.",
     (frozenset({"state:KEN"}), ("state:SDN", "state:SOM"))),
    # troops pulled back from a place: the place (across a border: the other side) is the target, not
    # the troops; an object that is itself the target stays so ("forced the U.N. out of the country")
    ("pulled its troops back from", P, "RETREAT", "Russia pulled its troops back from the border with Ukraine.",
     (frozenset({"state:RUS"}), ("state:UKR",))),
    ("pulled its troops back from", P, "RETREAT", "Kenya pulled its soldiers back from Somalia.",
     (frozenset({"state:KEN"}), ("state:SOM",))),
    ("pulled its troops back from", N, "RETREAT", "Uganda forced the United Nations out of the country.", None),
    ("pulled its troops back from", M, "COERCE", "Uganda forced the United Nations out of the country.",
     (frozenset({"state:UGA"}), ("org:un",))),
    # an agreement signed, struck or reached "between X and Y" in the passive: X and Y are its parties
    ("passive agreement between", P, "SUPPORT", "A peace accord was signed between Kenya and Uganda.",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    ("passive agreement between", P, "SUPPORT", "A deal was struck between Russia and Ukraine.",
     (frozenset({"state:RUS", "state:UKR"}), ())),
    ("passive agreement between", P, "AGREE", "Consensus was reached between Egypt and Sudan on the dam.",
     (frozenset({"state:EGY", "state:SDN"}), ())),
    ("passive agreement between", N, "SUPPORT", "A peace accord was signed on Monday.", None),
    ("passive agreement between", M, "SUPPORT", "Kenya signed a peace accord with Uganda.",
     (frozenset({"state:KEN", "state:UGA"}), ())),
    # a welcome received with no host named: the place where it was received hosts (CAMEO 043), the
    # visitor the source (manual 3.2.2)
    ("welcome received in a place", P, "CONSULT", "The Ugandan president received a warm welcome in Nairobi.",
     (frozenset({"person:uganda-president"}), ("place:nairobi",))),
    ("welcome received in a place", N, "CONSULT", "The Ugandan president received a phone call in Nairobi.", None),
    ("welcome received in a place", M, "CONSULT", "The Ugandan president received a warm welcome from Kenya.",
     (frozenset({"person:uganda-president"}), ("state:KEN",))),
    # people counted and named by their country's adjective are that country's ("freed twelve Cambodian
    # loggers"), where a thing of a country is not ("released the Russian report")
    ("counted people freed", P, "RETREAT", "Ukraine released twelve Russian loggers.",
     (frozenset({"state:UKR"}), ("country:RUS",))),
    ("counted people freed", P, "RETREAT", "Kenya freed two Ugandan loggers.", (frozenset({"state:KEN"}), ("country:UGA",))),
    ("counted people freed", N, "RETREAT", "Ukraine released the Russian report.", None),
    ("counted people freed", M, "RETREAT", "Ukraine released two Russian films.", None),
]


@pytest.mark.parametrize(("construction", "kind", "plover", "text", "expected"), ROWS)
def test_construction(parse: Callable[..., ParsedDoc], construction: str, kind: str, plover: str, text: str,
                      expected: tuple[frozenset[str], tuple[str, ...]] | None) -> None:
    pd = parse(text)
    hits = [e for e in top_events(run_events(pd, layer=event_layer(pd, NAMES)))
            if e.plover == plover and e.modality == "asserted"]
    if expected is None:
        assert hits == [], (construction, kind)
        return
    assert hits, (construction, kind)
    ev = max(hits, key=lambda e: e.confidence)
    assert (frozenset(ev.source_actor_ids), ev.target_actor_ids) == expected, (construction, kind)


def test_every_construction_has_a_positive_and_a_negative_or_near_miss_row() -> None:
    kinds = row_kinds(ROWS)
    assert kinds
    for construction, ks in kinds.items():
        assert ks <= ROW_KINDS and P in ks and ks - {P}, construction


# "rioters" is a loaded label of the 2019 Hong Kong protests, but a word for any violent crowd: it
# names no country of its own (actors/framing.csv), the crowd is of the place it rioted in. Through the
# whole pipeline (the packaged dictionary), scored as the PLOVER evaluation codes a source.
RIOTERS = [
    ("rioters of the place", P, "Rioters set fire to a police station in Dhaka.", {"BGD"}),
    ("rioters of the place", P, "Senegalese rioters torched buses in Dakar.", {"SEN"}),
    ("rioters of the place", N, "Rioters torched cars overnight.", set()),
    ("rioters of the place", M, "Rioters torched a police station in Hong Kong.", {"HKG"}),
]


@pytest.mark.parametrize(("case", "kind", "text", "sources"), RIOTERS)
def test_rioters_are_of_the_place_they_riot_in(case: str, kind: str, text: str, sources: set[str]) -> None:
    protests = [e for e in counted_events(text) if e.plover == "PROTEST"]
    assert protests, (case, kind)
    assert protests[0].source == frozenset(sources), (case, kind)
    assert {k for _, k, _, _ in RIOTERS} == ROW_KINDS


# "call" with an "as" phrase names the role its object (or passive subject) is called to ("called as
# a witness"): a summons, no telephone call (PLOVER CONSULT phone); seen on VOA
CALLED_AS = [
    ("positive", "The court called Kenya's foreign minister as a witness.", False),
    ("positive", "Two Ugandan generals were called as witnesses in the trial.", False),
    ("negative", "Kenya's president called Uganda's president on Monday.", True),
    ("near miss", "Kenya's president called Museveni as the crisis deepened.", True),
]


@pytest.mark.parametrize(("kind", "text", "phoned"), CALLED_AS)
def test_a_call_with_a_role_is_no_telephone_call(kind: str, text: str, phoned: bool) -> None:
    calls = [e for e in counted_events(text) if e.plover == "CONSULT"]
    assert bool(calls) is phoned, (kind, calls)
    assert {k for k, _, _ in CALLED_AS} == ROW_KINDS


# an arrival is a visit (PLOVER CONSULT visit) of a party of state, not of a people counted or moving
# in a mass (patterns.yaml: the arrival's party_sectors_exclude, CVL and REF); seen on VOA
ARRIVALS = [
    ("positive", "Thousands of Somalis arrived in Kenya in 2011.", False),
    ("positive", "Another wave of Afghans arrived in Iran last year.", False),
    ("negative", "The Somali president arrived in Kenya on Monday.", True),
    ("near miss", "A Somali delegation arrived in Nairobi on Monday.", True),
]


@pytest.mark.parametrize(("kind", "text", "visit"), ARRIVALS)
def test_a_people_arriving_is_no_visit(kind: str, text: str, visit: bool) -> None:
    visits = [e for e in counted_events(text) if e.plover == "CONSULT"]
    assert bool(visits) is visit, (kind, visits)
    assert {k for k, _, _ in ARRIVALS} == ROW_KINDS


# a verb of travel with a direct object carries others there (patterns.yaml: the arrival's
# no_object): a transport, no visit of the subject's own; seen on VOA ("flying them to Louisiana")
CARRIED = [
    ("positive", "Officials removed the migrants from the base, flying them to Louisiana.", False),
    ("positive", "The Qatari emir flew the freed hostages to Doha on Monday.", False),
    ("negative", "The Kenyan foreign minister flew to Cairo for talks on Monday.", True),
    ("near miss", "The Kenyan foreign minister flew with his aides to Cairo on Monday.", True),
]


@pytest.mark.parametrize(("kind", "text", "visit"), CARRIED)
def test_carrying_others_is_no_visit(kind: str, text: str, visit: bool) -> None:
    visits = [e for e in counted_events(text) if e.plover == "CONSULT"]
    assert bool(visits) is visit, (kind, visits)
    assert {k for k, _, _ in CARRIED} == ROW_KINDS


# a host's object counted by a quantity ("85% of the world's refugees") is what the quantity counts:
# refugees sheltered (CAMEO 075), no visitors received (patterns.yaml quantity_heads, the exclusions
# of an object read through its quantity); seen on VOA
HOSTED_SHARES = [
    ("positive", "Poorer countries are currently hosting more than 85% of the world's refugees.", False),
    ("positive", "Turkey is hosting about 60 percent of the Syrian refugees.", False),
    ("negative", "Qatar hosted the Taliban delegation in Doha on Monday.", True),
    ("near miss", "Kenya currently hosts more than 400,000 refugees.", False),
]


@pytest.mark.parametrize(("kind", "text", "consult"), HOSTED_SHARES)
def test_a_share_of_refugees_hosted_is_no_visit(kind: str, text: str, consult: bool) -> None:
    visits = [e for e in counted_events(text) if e.plover == "CONSULT"]
    assert bool(visits) is consult, (kind, visits)
    assert {k for k, _, _ in HOSTED_SHARES} == ROW_KINDS


# a vehicle on its route travels, it visits no one (patterns.yaml: the arrival's subjects_exclude:
# train, bus, ferry, ...); seen on VOA ("the Jaffar Express was traveling north from Quetta to Peshawar")
VEHICLES = [
    ("positive", "The Khyber Express was traveling from Peshawar to Karachi when gunmen stopped it.", False),
    ("positive", "The Nile Express travelled to Aswan overnight, the railway company said.", False),
    ("positive", "The ferry was traveling to Zanzibar with 200 people on board, officials said.", False),
    ("negative", "The Tanzanian president travelled to Zanzibar on Monday.", True),
    ("near miss", "The Tanzanian president travelled to Zanzibar by ferry on Monday.", True),
]


@pytest.mark.parametrize(("kind", "text", "visit"), VEHICLES)
def test_a_vehicle_on_its_route_is_no_visit(kind: str, text: str, visit: bool) -> None:
    visits = [e for e in counted_events(text) if e.plover == "CONSULT"]
    assert bool(visits) is visit, (kind, visits)
    assert {k for k, _, _ in VEHICLES} == ROW_KINDS
