"""Rules written against the fourth CAMEO probe (``test_cameo4_probe.py``): construction classes it
showed coded with no event or with the wrong parties, each read from the CAMEO codebook's
definitions and the PLOVER manual's actor conventions: light verbs carrying an event noun ("paid
tribute to", "set up roadblocks", "staged a military parade", "gave a beating to", "placed a ban
on", "carried out a downgrade of"), a refusal answering what it refuses after "to", a request whose
"for" phrase names a thing, and a protest by a crowd named with no country. Words live in
``data/events/patterns.yaml``, grammar in ``stages/events``. Every rule has invented sentences
(none from a probe or a gold file): positives, a negative and a near miss;
``tests.builders.probe_ok`` holds a row when the most confident counted event is the expected
triple, or, expecting None, when no counted event is of the rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a protest by a crowd named with no country of its own (a sector or a kind of people: "rioters",
    # "indigenous groups") takes the country of the place it is held in as its source (PLOVER: the
    # protesters' country; the place tells it), as a crowd naming nothing does
    ("PROTEST countryless crowd of the place", P,
     "Rioters looted shops in the Malawian town of Zomba on Sunday.", ("PROTEST", ("MWI",), ("MWI",))),
    ("PROTEST countryless crowd of the place", P,
     "Indigenous groups held a march in Quito for water rights on Friday.", ("PROTEST", ("ECU",), ("ECU",))),
    ("PROTEST countryless crowd of the place", N,
     "Rioters looted shops on Sunday, the police said.", ("PROTEST", (), ())),
    ("PROTEST countryless crowd of the place", M,
     "Kenyan students held a march in Kampala against fee rises.", ("PROTEST", ("KEN",), ("UGA",))),
    # a refusal named by its noun answers what it refuses after "to" as after "of": "gave a flat
    # refusal to X's offer" (CAMEO 12), its target the offer's owner
    ("REJECT refusal noun answering after to", P,
     "Namibia gave a flat refusal to Angola's offer of a joint dam.", ("REJECT", ("NAM",), ("AGO",))),
    ("REJECT refusal noun answering after to", P,
     "Laos gave a curt rejection to Thailand's proposal for a border commission.", ("REJECT", ("LAO",), ("THA",))),
    ("REJECT refusal noun answering after to", N,
     "Namibia's refusal to comment on the dam surprised reporters.", None),
    ("REJECT refusal noun answering after to", M,
     "Namibia gave a warm welcome to Angola's offer of a joint dam.", None),
    # a request noun (``wrappers``: appeal, plea, request, call, demand) whose "for" phrase names a
    # thing, not an act ("a plea to X for missiles", "a request for a swap line from X"): a request
    # (CAMEO 10/02) when it names whom it is made to ("to", "from"); with no addressee, none
    ("REQUEST request noun for a thing, with its addressee", P,
     "Fiji made a formal request to Australia for patrol vessels.", ("REQUEST", ("FJI",), ("AUS",))),
    ("REQUEST request noun for a thing, with its addressee", P,
     "Malawi announced a request for fertiliser credit from Japan.", ("REQUEST", ("MWI",), ("JPN",))),
    ("REQUEST request noun for a thing, with its addressee", N,
     "Fiji made a formal request for patrol vessels on Monday.", None),
    ("REQUEST request noun for a thing, with its addressee", M,
     "Fiji turned down Australia's request for landing rights.", ("REJECT", ("FJI",), ("AUS",))),
    # praise carried by a light verb: "paid tribute to X", "paid homage to X" (CAMEO 051)
    ("SUPPORT tribute paid to a party", P,
     "Chile's foreign minister paid tribute to Uruguay's mediators at the summit.", ("SUPPORT", ("CHL",), ("URY",))),
    ("SUPPORT tribute paid to a party", N,
     "Chile's foreign minister paid a fine to the court on Monday.", None),
    ("SUPPORT tribute paid to a party", M,
     "Chile's foreign minister paid a visit to Uruguay on Monday.", ("CONSULT", ("CHL",), ("URY",))),
    # an obstruction built by a crowd: "set up roadblocks", "erected barricades" (CAMEO 144, PROTEST
    # obstruct); built by a state's forces it is no protest
    ("PROTEST roadblocks set up by a crowd", P,
     "Truck drivers set up roadblocks on a highway in Lusaka on Monday.", ("PROTEST", ("ZMB",), ("ZMB",))),
    ("PROTEST roadblocks set up by a crowd", N,
     "Police set up roadblocks on a highway in Lusaka on Monday.", None),
    ("PROTEST roadblocks set up by a crowd", M,
     "Truck drivers set up a union on a highway in Lusaka on Monday.", None),
    # armed forces displayed with no adversary: "staged a military parade" (CAMEO 150, MOBILIZE)
    ("MOBILIZE military parade staged", P,
     "Iran staged a military parade near the border with Iraq.", ("MOBILIZE", ("IRN",), ("IRQ",))),
    ("MOBILIZE military parade staged", N,
     "Iran staged a fashion show near the border with Iraq.", None),
    ("MOBILIZE military parade staged", M,
     "Iranian children watched a military parade near the border with Iraq.", None),
    # a physical assault named by its noun: "gave a beating to X", "the beating of X" (CAMEO 182)
    ("ASSAULT beating named by its noun", P,
     "Prison guards in Kampala gave a beating to three Ugandan opposition detainees.", ("ASSAULT", ("UGA",), ("UGA",))),
    ("ASSAULT beating named by its noun", N,
     "Prison guards in Kampala gave a lecture to three Ugandan opposition detainees.", None),
    ("ASSAULT beating named by its noun", M,
     "The Ugandan team took a beating in the final on Sunday.", None),
    # a restriction imposed with another light verb: "placed a ban on", "slapped restrictions on" (172)
    ("COERCE ban placed on a party", P,
     "India placed a ban on imports of Chinese steel on Friday.", ("COERCE", ("IND",), ("CHN",))),
    ("COERCE ban placed on a party", N,
     "India placed an order for Chinese steel on Friday.", None),
    ("COERCE ban placed on a party", M,
     "India lifted a ban on imports of Chinese steel on Friday.", ("CONCEDE", ("IND",), ("CHN",))),
    # a derived noun of a pattern verb (``nominalisations``): "a downgrade of its ties with X" (CAMEO 161)
    ("SANCTION downgrade of ties", P,
     "Panama carried out a downgrade of its diplomatic ties with Nicaragua.", ("SANCTION", ("PAN",), ("NIC",))),
    ("SANCTION downgrade of ties", N,
     "Panama feared a downgrade of its credit rating by the agencies.", None),
    ("SANCTION downgrade of ties", M,
     "Panama carried out an upgrade of its diplomatic ties with Nicaragua.", None),
    # a threat noun already an event of its own pattern ("its threat of X") with no party of its own:
    # the threatened act's party is its target ("a threat of sanctions against X", "a threat of a
    # blockade of X"), and the act gives the code (CAMEO 13x by the wrapper's derive table)
    ("THREATEN threat noun aimed through its act", P,
     "Algeria renewed its threat of sanctions against Morocco on Sunday.", ("THREATEN", ("DZA",), ("MAR",))),
    ("THREATEN threat noun aimed through its act", P,
     "Turkey repeated its threat of a military operation against Syria.", ("THREATEN", ("TUR",), ("SYR",))),
    ("THREATEN threat noun aimed through its act", N,
     "Algeria played down the risk of sanctions on Sunday.", None),
    ("THREATEN threat noun aimed through its act", M,
     "Algeria renewed its threat of sanctions over the gas dispute.", ("THREATEN", ("DZA",), ())),
    # a verb whose direct object is an act requested, named by its event noun (``object_request_verbs``:
    # "sought joint patrols with X", "requested joint drills with X"): a REQUEST of that act, as
    # "demanded" is; an object naming no act ("seek a second term", "sought two suspects") is none
    ("REQUEST act sought as the object", P,
     "Kenya sought joint border patrols with Ethiopia.", ("REQUEST", ("KEN",), ("ETH",))),
    ("REQUEST act sought as the object", P,
     "Mongolia requested joint military drills with South Korea.", ("REQUEST", ("MNG",), ("KOR",))),
    ("REQUEST act sought as the object", N,
     "Ghana's president will seek a second term next year.", None),
    ("REQUEST act sought as the object", M,
     "Kenyan police sought two suspects near the border with Ethiopia.", None),
    # a promise noun (``wrappers`` intent: pledge, offer, promise) whose "of" phrase names a thing, not
    # an act ("made a pledge of generators to X"): an AGREE (CAMEO 03) when a light verb carries it
    # and it names whom it is for ("to", "for", a dative); named only, or for no one, none
    ("AGREE promise noun of a thing, with its recipient", P,
     "Kuwait made a pledge of generators to Lebanon.", ("AGREE", ("KWT",), ("LBN",))),
    ("AGREE promise noun of a thing, with its recipient", P,
     "Norway made an offer of patrol boats to Ghana.", ("AGREE", ("NOR",), ("GHA",))),
    ("AGREE promise noun of a thing, with its recipient", N,
     "Norway made an offer of help on Monday.", None),
    ("AGREE promise noun of a thing, with its recipient", M,
     "Norway's offer of patrol boats to Ghana was reported by newspapers.", None),
    # a refusal, promise or threat named by its noun whose infinitive holds no event ("announced its
    # refusal to take part in X", "his intention to hand power to X"): the wrapper's own event, as
    # "refused to take part in X" is, owned by the noun's possessor or its light verb's subject; a
    # refusal to comment is none, and an owned by no one is none
    ("REJECT wrapper noun with an unpatterned infinitive", P,
     "Austria announced its refusal to take part in Germany's gas scheme.", ("REJECT", ("AUT",), ("DEU",))),
    ("REJECT wrapper noun with an unpatterned infinitive", P,
     "Gabon's president announced his intention to hand power to the Gabonese parliament.", ("AGREE", ("GAB",), ("GAB",))),
    ("REJECT wrapper noun with an unpatterned infinitive", N,
     "Austria announced its refusal to comment on the ruling.", None),
    ("REJECT wrapper noun with an unpatterned infinitive", M,
     "A refusal to take part in Germany's gas scheme would hurt Austria, analysts said.", None),
]


RULES = 13


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_cameo4_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
