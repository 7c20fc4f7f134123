"""Constructions found missing by the CAMEO-code probe (test_cameo_probe.py), one rule each, in
invented sentences with a positive row, a negative row and a near miss.

* AGREE: a gift promised ("promised Jordan a grant", "pledged medicine for ...") is an offer of
  aid, like "offered" and "pledged" already were (CAMEO 033x via the intent predicates).
* COERCE: property confiscated is what is owned and worked (farms, boats, factories: CAMEO 1711),
  not a place taken by force.
* RETREAT: people or property returned to a party (CAMEO 0841, 0842), not a person coming home or
  a document sent back.
* PROTEST: a road or port shut by the public is an obstruction (CAMEO 144); shut by a state's own
  forces or offices it is no protest (a blockade, CAMEO 191, when the verb says so).
* Domestic target: what actors inside a country (workers, students, a union, the police) act on
  when no actor resolves it ("against the government", "the interior minister") is in their own
  country, as when they name no target; a state's own acts and a target of another country named
  by its adjective keep their target.
* Light constructions named by their noun (CAMEO definitions): reform promised as a thing
  ("promised voters electoral reforms", 034: AGREE), recognition granted (054: SUPPORT), a right
  granted to one's people (0833: CONCEDE), demands agreed to (083: CONCEDE), disapproval voiced at
  a party (110: ACCUSE), cooperation or aid refused (121: REJECT).
* Target of a promise, threat or refusal whose action has no target of its own: an actor named in
  the complement of the action's object ("threatened to cancel the contracts of Australian
  exporters"), the party of its small clause ("refused to let Moroccan trucks cross"), else the
  place where it would be done ("agreed to postpone the rally in Tbilisi"); the doer's own things
  name no target, nor do those an event noun was done to ("avenge the killing of X": X was killed,
  the threat is not aimed at X).
* Alert raised (CAMEO 151 police, 152 military: MOBILIZE) named by its level or status ("raised
  their alert level"); forces withdrawn are the doer's own, the target is where they leave ("pulled
  its troops out of Congo", 087 RETREAT); a measure taken back is a concession on policy ("reversed
  the fuel price increase", 0832 CONCEDE).
* A joint undertaking named by its noun ("launched a joint mining project", "a shared customs post")
  is cooperation by its parties together (060 COOPERATE), only with two parties or more.
* "Found X guilty": the party found guilty is the subject of the adjective's small clause (CAMEO 116; PLOVER
  SANCTION convict, as the codebook defines a conviction, not the crosswalk's ACCUSE).
* A visit hosted: the visitor named by "by"/"from" is the source, the host its target (043 read as the
  visit it is, 042 CONSULT visit: PLOVER manual 3.2.2, rules.yaml host_visits).
* Working with a partner ("worked with", "teamed up with") is cooperation done together (060
  COOPERATE), only with a partner and not with the press.
* Ordered or told to leave is an expulsion (166 SANCTION: "ordered the U.N. mission to leave the
  country"); protests allowed ease political dissent (082 CONCEDE: "allowed opposition rallies").
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, probe_ok, row_kinds

ROWS: list[tuple[str, str, str, Triple | None]] = [
    ("AGREE gift promised", "positive", "Kuwait promised Jordan a grant of 500 million dollars.",
     ("AGREE", ("KWT",), ("JOR",))),
    ("AGREE gift promised", "positive", "Brazil pledged medicine and tents for flood victims in Bolivia.",
     ("AGREE", ("BRA",), ("BOL",))),
    ("AGREE gift promised", "negative", "Kuwait sent Jordan a letter on Monday.", None),
    ("AGREE gift promised", "near miss", "Kuwait promised Jordan an answer within a week.", None),
    ("COERCE property confiscated", "positive", "Uganda confiscated the farms of Kenyan traders.",
     ("COERCE", ("UGA",), ("KEN",))),
    ("COERCE property confiscated", "positive", "Vietnamese customs officers seized a Chinese fishing boat.",
     ("COERCE", ("VNM",), ("CHN",))),
    ("COERCE property confiscated", "negative", "Ugandan farmers planted crops on the land.", None),
    ("COERCE property confiscated", "near miss", "Rebels seized the town of Kasese.", None),
    ("RETREAT returned", "positive", "Ukraine returned two captured Russian pilots to Russia.",
     ("RETREAT", ("UKR",), ("RUS",))),
    ("RETREAT returned", "positive", "Argentina returned a seized Chilean fishing boat to Chile.",
     ("RETREAT", ("ARG",), ("CHL",))),
    ("RETREAT returned", "negative", "Two Russian pilots returned home on Friday.", None),
    ("RETREAT returned", "near miss", "Ukraine returned the draft treaty to Russia with comments.", None),
    ("PROTEST obstruction by the public", "positive", "Chilean farmers blocked the highway to Santiago.",
     ("PROTEST", ("CHL",), ("CHL",))),
    ("PROTEST obstruction by the public", "positive", "Palestinian youths blocked the road to the settlement.",
     ("PROTEST", ("PSE",), ("PSE",))),
    ("PROTEST obstruction by the public", "positive", "Israeli settlers blocked the road to Nablus.",
     ("PROTEST", ("ISR",), ("PSE",))),
    ("PROTEST obstruction by the public", "negative", "Egyptian troops blocked the road to the Rafah crossing.", None),
    ("PROTEST obstruction by the public", "near miss", "Indian border guards blocked the highway to Nepal.", None),
    ("PROTEST obstruction by the public", "near miss", "Russian warships blockaded the Ukrainian port of Odesa.", None),
    ("domestic target unresolved", "positive", "Kenyan teachers went on strike against the government's pay freeze.",
     ("PROTEST", ("KEN",), ("KEN",))),
    ("domestic target unresolved", "positive", "Peruvian miners threatened a national strike against the government.",
     ("THREATEN", ("PER",), ("PER",))),
    ("domestic target unresolved", "positive", "Israeli reservists protested against the government's judicial plan.",
     ("PROTEST", ("ISR",), ("ISR",))),
    ("domestic target unresolved", "positive", "Palestinian students demonstrated against the authority's new tax.",
     ("PROTEST", ("PSE",), ("PSE",))),
    ("domestic target unresolved", "negative", "Russia threatened a trade war against the European bloc.",
     ("THREATEN", ("RUS",), ())),
    ("domestic target unresolved", "near miss", "Kenyan teachers protested against the Ugandan government.",
     ("PROTEST", ("KEN",), ("UGA",))),
    ("domestic target unresolved", "near miss", "Russian pensioners protested against the American sanctions.",
     ("PROTEST", ("RUS",), ("USA",))),
    ("AGREE reform promised", "positive", "The Kenyan president promised voters electoral reforms.",
     ("AGREE", ("KEN",), ("KEN",))),
    ("AGREE reform promised", "positive", "Nepal's prime minister promised Nepali students a referendum on the monarchy.",
     ("AGREE", ("NPL",), ("NPL",))),
    ("AGREE reform promised", "negative", "The Kenyan president praised electoral reforms.", None),
    ("AGREE reform promised", "near miss", "The Kenyan president promised voters a better future.", None),
    ("SUPPORT recognition granted", "positive", "Cuba granted diplomatic recognition to Palestine.",
     ("SUPPORT", ("CUB",), ("PSE",))),
    ("SUPPORT recognition granted", "negative", "The coach gave the players recognition for their effort.", None),
    ("SUPPORT recognition granted", "near miss", "Cuba granted a visa to a Palestinian student.", None),
    ("CONCEDE right granted", "positive", "Kuwait granted stateless residents the right to work.",
     ("CONCEDE", ("KWT",), ("KWT",))),
    ("CONCEDE right granted", "negative", "Kuwait denied stateless residents the right to work.", None),
    ("CONCEDE right granted", "near miss", "Kuwait granted stateless residents a loan.", None),
    ("CONCEDE demands agreed to", "positive", "The Thai government agreed to farmers' demands for higher rice prices.",
     ("CONCEDE", ("THA",), ("THA",))),
    ("CONCEDE demands agreed to", "positive", "Ghana's government agreed to the demands of Ghanaian nurses.",
     ("CONCEDE", ("GHA",), ("GHA",))),
    ("CONCEDE demands agreed to", "negative", "The Thai government rejected farmers' demands for higher rice prices.", None),
    ("CONCEDE demands agreed to", "near miss", "Venezuela agreed to a proposal from Brazil.", None),
    ("ACCUSE disapproval voiced", "positive", "Poland expressed outrage over Russia's missile strike.",
     ("ACCUSE", ("POL",), ("RUS",))),
    ("ACCUSE disapproval voiced", "positive", "Russia voiced indignation at the Finnish decision.",
     ("ACCUSE", ("RUS",), ("FIN",))),
    ("ACCUSE disapproval voiced", "negative", "Turkey expressed support for Azerbaijan.", None),
    ("ACCUSE disapproval voiced", "near miss", "Ghana expressed anger over the decision.", None),
    ("REJECT cooperation refused", "positive", "Eritrea refused aid from the United Nations.",
     ("REJECT", ("ERI",), ("IGO",))),
    ("REJECT cooperation refused", "positive", "Pakistan rejected cooperation with the Taliban on border security.",
     ("REJECT", ("PAK",), ("AFG",))),
    ("REJECT cooperation refused", "negative", "Eritrea accepted aid from the United Nations.", None),
    ("REJECT cooperation refused", "near miss", "Eritrea refused to comment on the report.", None),
    ("wrapped action's party", "positive", "Algeria refused to let Moroccan trucks cross the border.",
     ("REJECT", ("DZA",), ("MAR",))),
    ("wrapped action's party", "positive", "Israel refused to let Palestinian farmers reach their fields.",
     ("REJECT", ("ISR",), ("PSE",))),
    ("wrapped action's party", "positive", "China threatened to cancel the contracts of Australian exporters.",
     ("THREATEN", ("CHN",), ("AUS",))),
    ("wrapped action's party", "positive", "Kenya offered to build a road for Ugandan farmers.",
     ("AGREE", ("KEN",), ("UGA",))),
    ("wrapped action's party", "positive", "The Georgian opposition agreed to postpone the rally in Tbilisi.",
     ("AGREE", ("GEO",), ("GEO",))),
    ("wrapped action's party", "negative", "Kenya offered to build a road.", ("AGREE", ("KEN",), ())),
    ("wrapped action's party", "near miss", "China threatened to cancel its contracts.", ("THREATEN", ("CHN",), ())),
    ("wrapped action's party", "near miss", "Hezbollah vowed to avenge the killing of Lebanese fighters.",
     ("THREATEN", ("LBN",), ())),
    ("MOBILIZE alert raised", "positive", "Belgian police raised their alert level after the bombing.",
     ("MOBILIZE", ("BEL",), ())),
    ("MOBILIZE alert raised", "positive", "Japanese forces raised their alert status as North Korean missiles flew overhead.",
     ("MOBILIZE", ("JPN",), ())),
    ("MOBILIZE alert raised", "negative", "Belgian police raised concerns about the bombing.", None),
    ("MOBILIZE alert raised", "near miss", "Belgian police raised their salaries.", None),
    ("RETREAT own forces withdrawn", "positive", "Rwanda pulled its troops out of Congo.", ("RETREAT", ("RWA",), ("COD",))),
    ("RETREAT own forces withdrawn", "positive", "Israel pulled its soldiers out of southern Lebanon.",
     ("RETREAT", ("ISR",), ("LBN",))),
    ("RETREAT own forces withdrawn", "negative", "Rwanda sent its troops into Congo.", None),
    ("RETREAT own forces withdrawn", "near miss", "Rwanda pulled its troops back.", ("RETREAT", ("RWA",), ())),
    ("CONCEDE measure taken back", "positive", "Argentina's government reversed the electricity price increase.",
     ("CONCEDE", ("ARG",), ("ARG",))),
    ("CONCEDE measure taken back", "positive",
     "The Ghanaian government scrapped the fuel tax after protests by Ghanaian traders.", ("CONCEDE", ("GHA",), ("GHA",))),
    ("CONCEDE measure taken back", "negative", "The Ghanaian government raised the fuel tax.", None),
    ("CONCEDE measure taken back", "near miss", "The Ghanaian court reversed the verdict.", None),
    ("COOPERATE joint undertaking", "positive", "Egypt launched a joint venture with Saudi Arabia.",
     ("COOPERATE", ("EGY", "SAU"), ())),
    ("COOPERATE joint undertaking", "positive", "Kenya and Tanzania opened a shared border post at Namanga.",
     ("COOPERATE", ("KEN", "TZA"), ())),
    ("COOPERATE joint undertaking", "negative", "Kenya launched a mining project in Turkana.", None),
    ("COOPERATE joint undertaking", "near miss", "Kenya launched a joint mining project.", None),
    ("SANCTION found guilty", "positive", "A Kenyan court found two Somali men guilty of terrorism.",
     ("SANCTION", ("KEN",), ("SOM",))),
    ("SANCTION found guilty", "positive", "A Russian court found the American journalist guilty of espionage.",
     ("SANCTION", ("RUS",), ("USA",))),
    ("SANCTION found guilty", "negative", "A Kenyan court found the evidence convincing.", None),
    ("SANCTION found guilty", "near miss", "A Kenyan court found two Somali men innocent.", None),
    ("CONSULT visit hosted", "positive", "Saudi Arabia hosted a visit by the Pakistani prime minister.",
     ("CONSULT", ("PAK",), ("SAU",))),
    ("CONSULT visit hosted", "positive", "Vietnam hosted a delegation from Cuba.", ("CONSULT", ("CUB",), ("VNM",))),
    ("CONSULT visit hosted", "negative", "Saudi Arabia hosted the World Cup.", None),
    ("CONSULT visit hosted", "near miss", "Saudi Arabia cancelled a visit by the Pakistani prime minister.", None),
    ("COOPERATE worked with", "positive", "Mexican police worked with Guatemalan police to dismantle the gang.",
     ("COOPERATE", ("MEX", "GTM"), ())),
    ("COOPERATE worked with", "positive", "Brazil teamed up with Argentina to build the bridge.",
     ("COOPERATE", ("BRA", "ARG"), ())),
    ("COOPERATE worked with", "negative", "Kenya worked hard on the budget.", None),
    ("COOPERATE worked with", "near miss", "Chile worked with reporters from the BBC.", None),
    ("SANCTION ordered to leave", "positive", "Niger ordered the French ambassador to leave the country.",
     ("SANCTION", ("NER",), ("FRA",))),
    ("SANCTION ordered to leave", "positive", "Mali told French diplomats to leave the country.",
     ("SANCTION", ("MLI",), ("FRA",))),
    ("SANCTION ordered to leave", "negative", "Mali ordered French troops to stop patrols.", None),
    ("SANCTION ordered to leave", "near miss", "Mali ordered French diplomats to stay.", None),
    ("CONCEDE protests allowed", "positive", "Zimbabwe's government permitted opposition rallies in Harare.",
     ("CONCEDE", ("ZWE",), ("ZWE",))),
    ("CONCEDE protests allowed", "positive", "Belarus allowed opposition rallies in Minsk.", ("CONCEDE", ("BLR",), ("BLR",))),
    ("CONCEDE protests allowed", "negative", "Belarus banned opposition rallies in Minsk.", None),
    ("CONCEDE protests allowed", "near miss", "Belarus feared opposition rallies in Minsk.", None),
    # a member state suspended by a body, the body unnamed after "from" (CAMEO 166, PLOVER SANCTION expel)
    ("SANCTION member suspended", "positive", "The African Union suspended Gabon after the military coup.",
     ("SANCTION", ("IGO",), ("GAB",))),
    ("SANCTION member suspended", "positive", "The Commonwealth suspended Fiji over the coup.", ("SANCTION", ("IGO",), ("FJI",))),
    ("SANCTION member suspended", "negative", "Zimbabwe's government suspended the opposition leader Nelson Chamisa.", None),
    ("SANCTION member suspended", "near miss", "ECOWAS suspended Guinea from its decision-making bodies.",
     ("SANCTION", ("IGO",), ("GIN",))),
    # a deportation named by its noun (CAMEO 174, PLOVER COERCE deport): the possessor or "by" deports, "of" is deported
    ("COERCE deportation noun", "positive", "Uganda's deportation of 50 Kenyan traders angered Nairobi.",
     ("COERCE", ("UGA",), ("KEN",))),
    ("COERCE deportation noun", "positive", "The deportation of 30 Sudanese refugees by Egypt drew criticism.",
     ("COERCE", ("EGY",), ("SDN",))),
    ("COERCE deportation noun", "negative", "Deportation flights to Haiti resumed.", None),
    ("COERCE deportation noun", "near miss", "Egypt deported 30 Sudanese refugees.", ("COERCE", ("EGY",), ("SDN",))),
    # a visit told by the light verb it is on or ended with ("is on a visit to", "wrapped up a visit to": CAMEO 042)
    ("CONSULT visit light verb", "positive", "The Chinese foreign minister is on a three-day visit to Kenya.",
     ("CONSULT", ("CHN",), ("KEN",))),
    ("CONSULT visit light verb", "positive", "The Cuban president wrapped up a visit to Russia.", ("CONSULT", ("CUB",), ("RUS",))),
    ("CONSULT visit light verb", "negative", "The focus is on talks with Iran.", None),
    ("CONSULT visit light verb", "near miss", "The Indian prime minister began a state visit to France on Monday.",
     ("CONSULT", ("IND",), ("FRA",))),
]


def test_every_rule_has_each_kind_of_row() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 24
    for rule, got in kinds.items():
        assert got == ROW_KINDS, rule


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_construction(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
