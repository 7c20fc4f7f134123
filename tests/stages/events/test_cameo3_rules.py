"""Rules written against the third CAMEO probe (``test_cameo3_probe.py``): the construction
classes it showed coded with no event, the wrong type or the wrong parties, each read from the
CAMEO codebook's definitions and the PLOVER manual's actor conventions: event nouns under reporting
and light verbs, wrapper nouns whose act sits in their "for" or "of" phrase, promises of an act
named by its noun, a protest's parties, a verbless headline's "X on N". Words live in
``data/events/patterns.yaml``, grammar in ``stages/events``. Every rule has invented sentences
(none from a probe or a gold file), parties from every region: positives, a negative and a near
miss; ``tests.builders.probe_ok`` holds a row when the most confident counted event is the
expected triple, or, expecting None, when no counted event is of the rule's type (its first
word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a nominalisation as the object of a verb whose reaction reading is held to its own objects
    # ("announce" is a pardon only of an amnesty): the verb reports the act, it does not react to it;
    # a reaction verb of any object ("condemned") still takes the act as its topic
    ("COERCE nominalisation under a restricted reaction verb", P,
     "Bolivia announced the confiscation of Peruvian-owned farmland on Friday.", ("COERCE", ("BOL",), ("PER",))),
    ("COERCE nominalisation under a restricted reaction verb", N,
     "Bolivia announced an amnesty for Peruvian smugglers on Friday.", None),
    ("COERCE nominalisation under a restricted reaction verb", M,
     "Bolivia condemned the confiscation of Peruvian-owned farmland on Friday.", ("ACCUSE", ("BOL",), ("PER",))),
    # derived nouns of pattern verbs (``nominalisations``): "the suspension of aid to X", "the deportation
    # of X", "the return of X to Y", "the removal of sanctions on X"; with no "of", possessor or "by"
    # phrase they name no act ("a suspension bridge", "tax returns")
    ("SANCTION derived nominalisation", P,
     "Norway announced the suspension of development aid to Mali on Tuesday.", ("SANCTION", ("NOR",), ("MLI",))),
    ("SANCTION derived nominalisation", P,
     "Kenya ordered a drawdown of its troops from Somalia.", ("RETREAT", ("KEN",), ("SOM",))),
    ("SANCTION derived nominalisation", P,
     "Iran announced the return of 40 Afghan prisoners to Afghanistan.", ("RETREAT", ("IRN",), ("AFG",))),
    ("SANCTION derived nominalisation", N, "A suspension bridge over the Zambezi was opened by Zambia.", None),
    ("SANCTION derived nominalisation", M,
     "Norway announced the suspension of its ferry service to Denmark for repairs.", None),
    # a wrapper noun whose act is the event noun of its "for" phrase (a request) or its "of" phrase (a
    # promise, a threat), carried by a light verb or owned by a possessor: the owner's REQUEST, AGREE or
    # THREATEN of that act, the party named "to"/"on"/"from" (a request) or "for"/"to" (a promise)
    ("REQUEST wrapper noun with its act in a phrase", P,
     "Nepal issued an appeal to India for emergency food aid after the landslides.", ("REQUEST", ("NPL",), ("IND",))),
    ("REQUEST wrapper noun with its act in a phrase", P,
     "Peru made an offer of mediation to Ecuador and Colombia on Monday.", ("AGREE", ("PER",), ("ECU", "COL"))),
    ("REQUEST wrapper noun with its act in a phrase", N,
     "Nepal issued an appeal to India over the border map on Monday.", None),
    ("REQUEST wrapper noun with its act in a phrase", M,
     "Nepal issued a report to India on emergency food aid after the landslides.", None),
    # a promising verb (``intent_predicates``) whose object is an event noun: a promise of that act
    # (AGREE by the noun's code), as "pledged to cooperate" would be; a promise of no act is none
    ("AGREE promise of an act named by its noun", P,
     "Laos pledged closer cooperation with Cambodia on river transport.", ("AGREE", ("LAO",), ("KHM",))),
    ("AGREE promise of an act named by its noun", P,
     "Armenia vowed deeper cooperation with Georgia on energy.", ("AGREE", ("ARM",), ("GEO",))),
    ("AGREE promise of an act named by its noun", N, "Laos pledged its loyalty to the party congress.", None),
    ("AGREE promise of an act named by its noun", M,
     "Laos praised closer cooperation with Cambodia on river transport.", None),
    # a protest's parties as PLOVER codes them: the protesters' country as source and the country where
    # it is held as target; a protest by groups of one country that names no target is aimed at their
    # own country; one whose crowd names no country takes the country of its place as its target (and,
    # found by a pattern rather than a report, as its source too); a crowd named by a people of no
    # country keeps no source ("Kurds rallied in Stockholm")
    ("PROTEST parties from the protesters or the place", P,
     "Ugandan teachers and nurses went on strike on Monday.", ("PROTEST", ("UGA",), ("UGA",))),
    ("PROTEST parties from the protesters or the place", P,
     "Hundreds rallied in Asuncion against the new pension law.", ("PROTEST", (), ("PRY",))),
    ("PROTEST parties from the protesters or the place", N,
     "Mali protested to Algeria over the border incident.", None),
    ("PROTEST parties from the protesters or the place", M,
     "Kurds rallied in Stockholm against Turkey's offensive.", ("PROTEST", (), ("TUR",))),
    # an investigation noun's "by" phrase told after its "into" phrase names the doers of what is
    # investigated, not the investigator (the light verb's subject); before it, the investigator
    ("ACCUSE doer of the act investigated", P,
     "Chile launched an investigation into torture by Chilean police officers.", ("ACCUSE", ("CHL",), ("CHL",))),
    ("ACCUSE doer of the act investigated", P,
     "The ICC opened an investigation into war crimes by Israeli forces in Gaza.", ("ACCUSE", ("IGO",), ("ISR",))),
    ("ACCUSE doer of the act investigated", N, "Chile published a report on torture by Chilean police officers.", None),
    ("ACCUSE doer of the act investigated", M,
     "An investigation by Chile into the riots in Santiago began on Monday.", ("ACCUSE", ("CHL",), ("CHL",))),
    # a request rejected is rejected whatever wrapper noun names it: "plea" with "call", "appeal" and
    # "request" ("rejected X's plea for debt relief": X is refused)
    ("REJECT a plea refused", P, "Austria rejected Slovenia's plea for flood relief.", ("REJECT", ("AUT",), ("SVN",))),
    ("REJECT a plea refused", N, "Austria heard Slovenia's plea for flood relief.", None),
    ("REJECT a plea refused", M, "Austria rejected Slovenia's flood relief.", None),
    # a verbless headline's "X on N" reads as "X is on N" (the copula dropped): X does what the event
    # noun names; an "on" phrase with no event noun, or on an adjective, tells no act
    ("CONSULT verbless headline on an event noun", P,
     "Peruvian foreign minister on official visit to Bolivia", ("CONSULT", ("PER",), ("BOL",))),
    ("CONSULT verbless headline on an event noun", P,
     "Zambian opposition leader on hunger strike in Lusaka", ("PROTEST", ("ZMB",), ("ZMB",))),
    ("CONSULT verbless headline on an event noun", N, "Peruvian foreign minister on Bolivia's election", None),
    ("CONSULT verbless headline on an event noun", M,
     "Peruvian foreign minister keen on closer ties with Bolivia", None),
    # aid stopped named as lending or as arms sales (CAMEO 162, 1621, 1622): what a bank lends and what
    # a state sells of arms are assistance; other sales are trade
    ("SANCTION lending or arms sales halted", P,
     "The Asian Development Bank froze new lending to Myanmar.", ("SANCTION", ("IGO",), ("MMR",))),
    ("SANCTION lending or arms sales halted", P,
     "Canada halted arms sales to Saudi Arabia.", ("SANCTION", ("CAN",), ("SAU",))),
    ("SANCTION lending or arms sales halted", N, "Ghana halted car sales to Togo.", None),
    ("SANCTION lending or arms sales halted", M, "The Asian Development Bank increased lending to Myanmar.", None),
    # aid groups and charities expelled (CAMEO 1663, PLOVER SANCTION expel), as aid agencies and staff are;
    # other foreigners expelled are deported (COERCE 174)
    ("SANCTION aid groups expelled", P, "Eritrea expelled three foreign aid groups.", ("SANCTION", ("ERI",), ("IGO",))),
    ("SANCTION aid groups expelled", N, "Eritrea expelled three foreign tourists.", None),
    ("SANCTION aid groups expelled", M, "Eritrea praised three foreign aid groups.", None),
    # yielding told by a phrasal idiom ("gave way to", "bowed to"), only with what is yielded to: a
    # thing that gives way, or bowing out, yields to nobody
    ("CONCEDE yielding idiom with what is yielded to", P,
     "Serbia gave way to EU pressure over the border crossing.", ("CONCEDE", ("SRB",), ("IGO",))),
    ("CONCEDE yielding idiom with what is yielded to", N, "The bridge gave way under the trucks.", None),
    ("CONCEDE yielding idiom with what is yielded to", M, "Serbia bowed out of the race for the UN seat.", None),
    # praise and support named by their nouns and carried by a light verb ("voiced praise for X", "lent
    # its support to X"); a light verb carrying a veto ("cast a veto against X"); without a light verb
    # or with another noun ("voiced concern", "cast doubt"), none
    ("SUPPORT praise or support carried by a light verb", P,
     "Chad voiced praise for Niger's election.", ("SUPPORT", ("TCD",), ("NER",))),
    ("SUPPORT praise or support carried by a light verb", P,
     "Peru lent its support to Bolivia's bid.", ("SUPPORT", ("PER",), ("BOL",))),
    ("SUPPORT praise or support carried by a light verb", N, "The praise for Niger was loud.", None),
    ("SUPPORT praise or support carried by a light verb", M, "Chad voiced concern over Niger's election.", None),
    ("REJECT veto carried by a light verb", P,
     "China cast a veto against the Security Council resolution.", ("REJECT", ("CHN",), ("IGO",))),
    ("REJECT veto carried by a light verb", N, "Voters cast their ballots in Lima.", None),
    ("REJECT veto carried by a light verb", M, "China cast doubt on the resolution.", None),
    # a promise, undertaking, assurance or guarantee given to a party, its to-infinitive the act promised
    # (the parser may take it for a relative clause): the giver's AGREE of that act; an infinitive of
    # purpose on another noun, or an undertaking with no act, promises nothing
    ("AGREE undertaking given with its act", P,
     "Kazakhstan gave Russia a guarantee to return the detained Russian pilots.", ("AGREE", ("KAZ",), ("RUS",))),
    ("AGREE undertaking given with its act", P,
     "Nepal gave India an undertaking to free the detained Indian traders.", ("AGREE", ("NPL",), ("IND",))),
    ("AGREE undertaking given with its act", N, "Ghana gave Ivory Coast the trucks to carry the cocoa.", None),
    ("AGREE undertaking given with its act", M, "Ghana gave Ivory Coast an undertaking on cocoa prices.", None),
    # the recipient of a promised act with no pattern of its own named in a "to" phrase the parser reads
    # as a dative ("pledged to send fuel trucks to Yemen"): the promise's target, when it is of a country
    ("AGREE dative recipient of a promised act", P,
     "Oman pledged to send fuel trucks to Yemen.", ("AGREE", ("OMN",), ("YEM",))),
    ("AGREE dative recipient of a promised act", N,
     "Chile promised to ship generators to a civilian council.", ("AGREE", ("CHL",), ())),
    ("AGREE dative recipient of a promised act", M,
     "Chile promised to ship generators to the port of Arica.", ("AGREE", ("CHL",), ())),
    # dissent halted named as a walkout or a stoppage (CAMEO 082, PLOVER CONCEDE), and its refusal under a
    # reported "would not" (REJECT 1242); a walkout begun is the protest itself
    ("CONCEDE walkout called off", P, "Kenyan nurses called off their walkout on Monday.", ("CONCEDE", ("KEN",), ("KEN",))),
    ("CONCEDE walkout called off", P,
     "Striking Peruvian miners said they would not end their walkout despite the new wage offer.",
     ("REJECT", ("PER",), ("PER",))),
    ("CONCEDE walkout called off", N, "Kenyan nurses began a walkout on Monday.", None),
    ("CONCEDE walkout called off", M, "The navy ended its blockade of the port.", None),
]


RULES = 16


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_cameo3_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
