"""Event stage: the constructions of each PLOVER type taken from the codebook's definitions
(visits and arrivals, welcomes, talks and calls, agreements and consensus, arson), and the PLOVER
convention for symmetric events (both parties are the source, there is no target).

Each construction has a row with a positive sentence, a negative one (no event of that type) and
a near miss (the same words in another sense, or another event). The actor layer is built by hand
(``tests.builders.event_layer``) so the rules are tested apart from actor resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Event, Mention, Quote, Span
from tests.builders import MORE_EVENT_ACTORS, event_layer, run_events, top_events

NAMES: dict[str, tuple[str, str, str | None]] = {
    **MORE_EVENT_ACTORS,
    "Madrid": ("place:madrid", "state", "ESP"),
    "Ugandan": ("country:UGA", "state", "UGA"),
    "Cairo": ("place:cairo", "state", "EGY"),
    "the Kenyan president": ("person:kenya-president", "person", "KEN"),
    "The Kenyan president": ("person:kenya-president", "person", "KEN"),
    "Rebels": ("sector:REB", "group", None),
    "Protesters": ("sector:PRO", "group", None),
    "protesters": ("sector:PRO", "group", None),
    "Peacekeeping troops": ("sector:IGO:MIL", "group", None),
    "Kenyan tourists": ("sector:KEN:CVL", "group", "KEN"),
    "peacekeeping troops": ("sector:IGO:MIL", "group", None),
    "the embassy of Chile": ("org:chile-embassy", "organisation", "CHL"),
    "the Ugandan president": ("person:uganda-president", "person", "UGA"),
    "Kenyan police": ("sector:KEN:POL", "group", "KEN"),
    "The ruling party": ("org:ruling-party", "organisation", "KEN"),
}

Row = tuple[str, str, tuple[str, tuple[str, ...], tuple[str, ...]] | None]

# (construction, text, expected (PLOVER type, sources, targets) of one top-level event, or None
# when no event of the construction's type may be found)
ROWS: list[tuple[str, str, str, tuple[tuple[str, ...], tuple[str, ...]] | None]] = [
    # visits and arrivals: the visitor is the source, the host the target
    ("arrival", "CONSULT", "The Kenyan president arrived in Madrid on Monday.", (("person:kenya-president",), ("place:madrid",))),
    ("arrival", "CONSULT", "The Kenyan president stayed home on Monday.", None),
    ("arrival", "CONSULT", "Peacekeeping troops arrived in Madrid on Monday.", None),  # a deployment, no visit
    ("journey", "CONSULT", "The Kenyan president flew to Cairo for two days.", (("person:kenya-president",), ("place:cairo",))),
    # people moved or detained arrive, they make no visit: as subjects of a verb they complement
    # ("began arriving") or of a passive ("were flown to")
    ("arrival of the moved", "CONSULT", "The first detainees began arriving in Madrid on Monday.", None),
    ("arrival of the moved", "CONSULT", "Kenyan deportees were flown to Cairo on Monday.", None),
    ("near miss: a visitor begins to arrive", "CONSULT", "The Kenyan president began arriving in Madrid on Monday.",
     (("person:kenya-president",), ("place:madrid",))),
    ("journey", "CONSULT", "The Kenyan president flew over the sea.", None),
    ("paid a visit", "CONSULT", "Kenya paid a visit to Uganda last week.", (("state:KEN",), ("state:UGA",))),
    # a host receives a visitor (the visitor the source, manual 3.2.2); an amount of money or goods
    # received is no visit (CAMEO 043)
    ("received a visitor", "CONSULT", "The Kenyan president received the Ugandan president in Madrid.",
     (("person:uganda-president",), ("person:kenya-president",))),
    ("received a visitor", "CONSULT", "Kenya received $94 million from Uganda last year.", None),
    ("received a visitor", "CONSULT", "Kenya received 40 million doses of vaccine from Uganda.", None),
    ("near miss: a visitor who brings money", "CONSULT",
     "The Kenyan president received the Ugandan president, who pledged $94 million.",
     (("person:uganda-president",), ("person:kenya-president",))),
    # a refusal is made by a party; a number, a rate or a trade that declines falls (CAMEO 120)
    ("declined an offer", "REJECT", "Kenya declined the offer from Uganda.", (("state:KEN",), ("state:UGA",))),
    ("declined an offer", "REJECT", "The number of Kenyan tourists declined to 230,000 after the agreement.", None),
    ("declined an offer", "REJECT", "Exports from Kenya to Uganda declined sharply last year.", None),
    ("declined an offer", "REJECT", "Kenya declined the offer after the talks with Uganda.", (("state:KEN",), ())),
    ("near miss: a party whose numbers fell refused", "REJECT",
     "Kenya, whose exports declined last year, rejected the offer from Uganda.", (("state:KEN",), ("state:UGA",))),
    ("paid a visit", "CONSULT", "Kenya paid its debts to Uganda last week.", None),
    ("visited", "CONSULT", "The Kenyan president visited Uganda last week.", (("person:kenya-president",), ("state:UGA",))),
    ("visited", "CONSULT", "Kenyan tourists visited Uganda last week.", None),  # private people: no political visit
    ("near miss: tourists met", "CONSULT", "Kenyan tourists praised Uganda last week.", None),
    # welcomes: the visitor is the source, the host the target (manual 3.2.2)
    ("gave a welcome", "CONSULT", "Egypt gave the Kenyan president a warm welcome.", (("person:kenya-president",), ("state:EGY",))),
    ("gave a welcome", "CONSULT", "Egypt gave the Kenyan president a frosty welcome.", None),  # a slight, no reception
    ("accorded a welcome", "CONSULT", "Egypt accorded a warm welcome to the Kenyan president.", (("person:kenya-president",), ("state:EGY",))),
    # talks, discussions and calls between two parties: both are the source
    ("held talks with", "CONSULT", "Kenya held talks with Uganda on Monday.", (("state:KEN", "state:UGA"), ())),
    ("held talks with", "CONSULT", "Kenya held a parade on Monday.", None),
    ("talks between", "CONSULT", "Talks between Kenya and Uganda ended on Monday.", (("state:KEN", "state:UGA"), ())),
    ("talks between", "CONSULT", "Talks between the two sides ended on Monday.", None),  # no party named
    ("talks were held between", "CONSULT", "Talks were held in Cairo between Kenya and Uganda.", (("state:KEN", "state:UGA"), ())),
    ("talks were held between", "CONSULT", "Talks were held in Cairo on Monday.", None),  # no party named
    ("near miss: a meeting took place between", "CONSULT", "A meeting took place between Kenya and Uganda on Monday.",
     (("state:KEN", "state:UGA"), ())),
    ("held discussions with", "CONSULT", "Egypt held discussions with Jordan.", (("state:EGY", "state:JOR"), ())),
    ("telephoned", "CONSULT", "Egypt telephoned Jordan on Monday.", (("state:EGY", "state:JOR"), ())),
    ("telephoned", "CONSULT", "Egypt called Jordan a partner on Monday.", None),
    ("had a phone call with", "CONSULT", "Egypt had a phone call with Jordan.", (("state:EGY", "state:JOR"), ())),
    ("received a call from", "CONSULT", "Egypt received a phone call from Jordan.", (("state:JOR", "state:EGY"), ())),
    ("received a welcome from", "CONSULT", "Egypt received a warm welcome from Jordan.", (("state:EGY",), ("state:JOR",))),
    ("received a welcome from", "CONSULT", "Egypt received a letter from Jordan.", None),
    ("was given a welcome", "CONSULT", "Egypt was given a warm welcome by Jordan.", (("state:EGY",), ("state:JOR",))),
    ("met with", "CONSULT", "Egypt met with Jordan in Cairo.", (("state:EGY", "state:JOR"), ())),
    # agreements: reached together, both are the source
    ("reached a consensus", "AGREE", "Egypt and Jordan reached a consensus on water.", (("state:EGY", "state:JOR"), ())),
    ("reached a consensus", "AGREE", "Egypt and Jordan reached the border.", None),
    ("reached an understanding with", "AGREE", "Egypt reached an understanding with Jordan.", (("state:EGY", "state:JOR"), ())),
    ("agreement between", "AGREE", "The agreement between Kenya and Uganda ends the dispute.", (("state:KEN", "state:UGA"), ())),
    ("agreement between", "AGREE", "The agreement ends the dispute.", None),  # no party named
    ("came to an agreement", "SUPPORT", "Kenya and Uganda came to an agreement on trade.", (("state:KEN", "state:UGA"), ())),
    ("came to an agreement", "SUPPORT", "Kenya and Uganda came to the meeting late.", None),
    ("near miss: a clash keeps its sides apart", "ASSAULT", "Kenya clashed with Somalia on Monday.", (("state:KEN",), ("state:SOM",))),
    # cooperation expanded (PLOVER COOPERATE: "initiate, resume, improve, or expand ... cooperation")
    ("expanded cooperation", "COOPERATE", "Kenya and Uganda expanded military cooperation.", (("state:KEN", "state:UGA"), ())),
    ("expanded cooperation", "COOPERATE", "Kenya and Uganda expanded their armies.", None),
    ("near miss: agreed to expand cooperation", "AGREE", "Kenya and Uganda agreed to expand trade.", (("state:KEN", "state:UGA"), ())),
    # cooperation with another: both are the source; giving to another keeps its target
    ("shared intelligence with", "COOPERATE", "Egypt shared intelligence with Jordan.", (("state:EGY", "state:JOR"), ())),
    ("near miss: provided intelligence to", "COOPERATE", "Egypt provided intelligence to Jordan.", (("state:EGY",), ("state:JOR",))),
    # codes of the CAMEO codebook that had no construction
    ("accepted mediation", "AGREE", "Sudan accepted mediation by Egypt.", (("state:SDN",), ("state:EGY",))),
    ("accepted mediation", "AGREE", "Sudan accepted a loan from Egypt.", None),
    ("rallied support for", "SUPPORT", "Kenya rallied support for Somalia.", (("state:KEN",), ("state:SOM",))),
    ("rallied support for", "SUPPORT", "Kenya rallied in Madrid.", None),
    ("deployed police", "MOBILIZE", "Kenya deployed riot police in Madrid.", (("state:KEN",), ("place:madrid",))),
    ("deployed police", "MOBILIZE", "Kenya praised the police in Madrid.", None),
    ("halted mediation", "SANCTION", "Egypt halted its mediation between Israel and Hamas.", (("state:EGY",), ("state:ISR", "org:hamas"))),
    ("halted mediation", "SANCTION", "Egypt halted its football league for a month.", None),
    ("beaten to death", "ASSAULT", "Rebels beat three Israelis to death.", (("sector:REB",), ("sector:ISR:CVL",))),
    ("beaten to death", "ASSAULT", "Rebels beat the drums until dawn.", None),
    ("human shield", "ASSAULT", "Rebels used Israelis as human shields.", (("sector:REB",), ("sector:ISR:CVL",))),
    ("human shield", "ASSAULT", "Rebels used Israelis as guides.", None),
    ("mass expulsion", "ASSAULT", "Russia's mass expulsion of Ukrainian families went on.", (("state:RUS",), ("country:UKR",))),
    ("mass expulsion", "ASSAULT", "Russia's expulsion from the league went on.", None),
    ("united against", "ACCUSE", "Egypt and Jordan united against Israel.", (("state:EGY", "state:JOR"), ("state:ISR",))),
    ("united against", "ACCUSE", "Egypt and Jordan united their power grids.", None),
    ("convicted", "SANCTION", "A court in Kenya convicted the Kenyan president.", (("state:KEN",), ("person:kenya-president",))),
    ("convicted", "ACCUSE", "Kenya was convinced by the Kenyan president.", None),
    # an explosive with no perpetrator named: the place's country is the source
    ("bomb exploded", "ASSAULT", "A car bomb exploded in Madrid on Sunday.", (("place:madrid",), ("place:madrid",))),
    ("bomb exploded", "ASSAULT", "A fuel tank exploded in Madrid on Sunday.", None),  # an accident
    ("bomb exploded", "ASSAULT", "A car bomb was found in Madrid on Sunday.", None),
    # crowd control (PLOVER ASSAULT crowd-control: tear gas, water cannon, rubber bullets)
    ("fired tear gas at", "ASSAULT", "Russian soldiers fired tear gas at Israelis.", (("sector:RUS:MIL",), ("sector:ISR:CVL",))),
    ("fired tear gas at", "ASSAULT", "Russian soldiers fired questions at Israelis.", None),
    # a passive with no agent takes its doer from the clause that says how it happened
    ("hurt when X fired", "ASSAULT", "Israelis were injured when Russian soldiers fired tear gas.", (("sector:RUS:MIL",), ("sector:ISR:CVL",))),
    ("near miss: hurt when X did something else", "ASSAULT", "Israelis were injured when Russian soldiers left the town.",
     ((), ("sector:ISR:CVL",))),
    # an active verb's "by" phrase names the doer of its object ("condemned the test by X")
    ("condemned the act by", "ACCUSE", "Norway condemned the test by Iran.", (("state:NOR",), ("state:IRN",))),
    ("condemned the act by", "ACCUSE", "Norway condemned the test by a wide margin.", None),
    ("aid package", "AID", "Norway announced an aid package for Sudan.", (("state:NOR",), ("state:SDN",))),
    ("aid package", "AID", "Norway announced a tax package for farmers.", None),
    ("aid package", "AID", "Norway worked with the aid of Sudan.", None),  # no giver of its own
    ("pulled out of", "RETREAT", "Russian soldiers pulled out of Ukraine in March.", (("sector:RUS:MIL",), ("state:UKR",))),
    ("pulled out of", "RETREAT", "Russian soldiers pulled out a map of Ukraine.", None),
    ("put on alert", "MOBILIZE", "Kenya put its troops on alert near Somalia.", (("state:KEN",), ("state:SOM",))),
    ("put on alert", "MOBILIZE", "Kenya put its troops on a plane to Somalia.", None),
    ("sentenced", "SANCTION", "A court in Kenya sentenced the Kenyan president to death.", (("state:KEN",), ("person:kenya-president",))),
    ("sentenced", "ACCUSE", "A court in Kenya sent the Kenyan president a letter.", None),
    ("granted amnesty", "SUPPORT", "Uganda granted amnesty to rebels.", (("state:UGA",), ("sector:REB",))),
    ("granted amnesty", "SUPPORT", "Uganda granted licences to rebels.", None),
    # requests for something, addressed to another ("asked X for help", "appealed to X for calm")
    ("asked X for", "REQUEST", "Egypt asked Norway for help.", (("state:EGY",), ("state:NOR",))),
    ("asked X for", "REQUEST", "Egypt asked about the weather.", None),
    ("appealed to X for", "REQUEST", "Kenya appealed to Uganda for calm.", (("state:KEN",), ("state:UGA",))),
    # a refusal named by its noun
    ("rejection of", "REJECT", "Kenya's rejection of the Ugandan proposal angered Egypt.", (("state:KEN",), ("country:UGA",))),
    ("rejection of", "REJECT", "The rejection of the proposal angered Egypt.", None),  # no one named as refusing
    # a prisoner swap is a release done together: both sides are the source, the prisoners no target
    ("swapped prisoners", "RETREAT", "Russia and Ukraine swapped prisoners on Sunday.", (("state:RUS", "state:UKR"), ())),
    ("swapped prisoners", "RETREAT", "Russia and Ukraine swapped stories on Sunday.", None),
    ("near miss: swapped prisoners with", "RETREAT", "Israel swapped prisoners with Hamas.", (("state:ISR", "org:hamas"), ())),
    # violence by a crowd is a violent protest (CAMEO 145, PLOVER PROTEST riot); by an army it stays an attack
    ("crowd violence", "PROTEST", "Protesters stoned Russian soldiers in Madrid.", (("sector:PRO",), ("sector:RUS:MIL",))),
    ("crowd violence", "PROTEST", "Russian soldiers stoned protesters in Madrid.", None),
    ("stoned", "ASSAULT", "Russian soldiers stoned Israelis in Madrid.", (("sector:RUS:MIL",), ("sector:ISR:CVL",))),
    ("stoned", "ASSAULT", "Russian soldiers stored grain in Madrid.", None),
    # disarmament, retreat, exchanges of fire, abductions
    ("handed over weapons", "RETREAT", "Rebels handed over their weapons to Kenya.", (("sector:REB",), ("state:KEN",))),
    ("handed over weapons", "RETREAT", "Rebels handed over a letter to Kenya.", None),
    ("retreated from", "RETREAT", "Russian soldiers retreated from the town.", (("sector:RUS:MIL",), ())),
    ("retreated from", "RETREAT", "Russian soldiers rested in the town.", None),
    ("exchanged fire", "ASSAULT", "Kenya and Somalia exchanged fire on Monday.", (("state:KEN", "state:SOM"), ())),
    ("exchanged fire", "ASSAULT", "Kenya and Somalia exchanged letters on Monday.", None),
    ("seized a person", "ASSAULT", "Rebels seized a tourist in Madrid.", (("sector:REB",), ("place:madrid",))),
    ("seized a person", "ASSAULT", "Rebels seized power.", None),
    # arson: property destroyed by fire (CAMEO 1712)
    ("set fire to", "ASSAULT", "Rebels set fire to the embassy of Chile.", (("sector:REB",), ("org:chile-embassy",))),
    ("set fire to", "COERCE", "Rebels set a deadline for the embassy of Chile.", None),
    ("set ablaze", "ASSAULT", "Rebels set the embassy of Chile ablaze.", (("sector:REB",), ("org:chile-embassy",))),
    # an attack repelled: the defenders fought the attackers (ASSAULT, CAMEO 190)
    ("repelled an attack", "ASSAULT", "Kenya repelled an attack on its border posts.", (("state:KEN",), ())),
    ("repelled an attack", "ASSAULT", "Kenya repelled the proposal of its neighbours.", None),
    ("repelled an attack", "ASSAULT", "Kenya repelled the mosquitoes with smoke.", None),  # near miss: no fight
    # an attack attributed to its doer: the doer is accused
    ("attributed the attack to", "ACCUSE", "Egypt attributed the attack to Hamas.", (("state:EGY",), ("org:hamas",))),
    ("attributed the attack to", "ACCUSE", "Egypt attributed the success to Hamas.", None),
    # a place stormed, a military target struck: no actor needed as the target
    # the place of what was stormed is the target when no actor is (wrappers._complete_arguments)
    ("stormed a place", "ASSAULT", "Rebels stormed a checkpoint near Madrid.", (("sector:REB",), ("place:madrid",))),
    ("stormed a place", "ASSAULT", "Rebels stormed out of the meeting in Madrid.", None),
    ("struck targets", "ASSAULT", "Kenya struck rebel positions near the border.", (("state:KEN",), ())),
    ("struck targets", "ASSAULT", "Kenya struck a deal near the border.", None),
    ("struck targets", "ASSAULT", "The earthquake struck villages near the border.", None),  # near miss: no doer
    # conversations between two parties (PLOVER CONSULT; phone: "via phone or some other remote medium")
    ("spoke with", "CONSULT", "The Kenyan president spoke with the Ugandan president on Monday.",
     (("person:kenya-president", "person:uganda-president"), ())),
    ("spoke with", "CONSULT", "The Kenyan president spoke about the Ugandan president on Monday.", None),
    ("near miss: spoke with no party", "CONSULT", "The Kenyan president spoke with a heavy accent.", None),
    ("spoke by phone with", "CONSULT", "The Kenyan president spoke by phone with the Ugandan president.",
     (("person:kenya-president", "person:uganda-president"), ())),
    ("spoke by phone with", "CONSULT", "The Kenyan president paid by phone for the Ugandan flowers.", None),
    ("held a video call with", "CONSULT", "Kenya held a video call with Uganda on Friday.", (("state:KEN", "state:UGA"), ())),
    ("held a video call with", "CONSULT", "Kenya posted a video of Uganda on Friday.", None),
    ("exchanged views with", "CONSULT", "Kenya exchanged views with Uganda on security.", (("state:KEN", "state:UGA"), ())),
    ("exchanged views with", "CONSULT", "Kenya shares the view of Uganda on security.", None),
    ("near miss: exchanged views together", "CONSULT", "Kenya and Uganda exchanged views on security.", (("state:KEN", "state:UGA"), ())),
    # what is discussed is its topic, never a party ("discussed China's role")
    ("discussed X with", "CONSULT", "Egypt discussed the water plan of Jordan with Kenya.", (("state:EGY", "state:KEN"), ())),
    ("discussed X with", "CONSULT", "Egypt discussed the role of Jordan.", None),
    ("near miss: two parties discussed a topic", "CONSULT", "Egypt and Kenya discussed the role of Jordan.",
     (("state:EGY", "state:KEN"), ())),
    # praise and sympathy (PLOVER SUPPORT: "express support for, commend")
    ("credited X for", "SUPPORT", "Egypt credited Jordan for the ceasefire.", (("state:EGY",), ("state:JOR",))),
    ("credited X for", "SUPPORT", "Egypt credited the money to its account.", None),
    ("expressed solidarity with", "SUPPORT", "Norway expressed solidarity with Sudan.", (("state:NOR",), ("state:SDN",))),
    ("expressed solidarity with", "SUPPORT", "Norway expressed its doubts to Sudan.", None),
    ("expressed solidarity with", "SUPPORT", "Kenya sent condolences to Uganda after the floods.", (("state:KEN",), ("state:UGA",))),
    ("near miss: sent a letter", "SUPPORT", "Kenya sent a letter to Uganda after the floods.", None),
    ("conferred an honour on", "SUPPORT", "Kenya conferred its highest honour on the Ugandan president.",
     (("state:KEN",), ("person:uganda-president",))),
    ("conferred an honour on", "SUPPORT", "Kenya conferred its highest honour on a poet.", None),  # no actor honoured
    ("near miss: conferred with", "CONSULT", "Kenya conferred with the Ugandan president on the border.",
     (("state:KEN", "person:uganda-president"), ())),
    # agreeing with what another proposed: the proposer is the target, no party to a joint agreement
    ("agreed with a proposal of", "AGREE", "Kenya agreed with the Ugandan proposal.", (("state:KEN",), ("country:UGA",))),
    ("agreed with a proposal of", "AGREE", "Kenya argued with the Ugandan proposal.", None),
    ("near miss: agreed with a party", "AGREE", "Kenya agreed with Uganda on a plan.", (("state:KEN", "state:UGA"), ())),
    # exchanges ended (PLOVER SANCTION: "curtail, decrease, break, or terminate ... exchanges")
    ("ceased aid to", "SANCTION", "Norway ceased its aid to Sudan.", (("state:NOR",), ("state:SDN",))),
    ("ceased aid to", "SANCTION", "Norway ceased its criticism of Sudan.", None),
    ("near miss: ceased talks with", "SANCTION", "Kenya ceased talks with Somalia.", (("state:KEN",), ("state:SOM",))),
    # expelled from a party or body (PLOVER SANCTION expel), not from a country
    ("expelled from the party", "SANCTION", "The ruling party expelled the Kenyan president from the party.",
     (("org:ruling-party",), ("person:kenya-president",))),
    ("expelled from the party", "SANCTION", "The ruling party elected the Kenyan president to the party board.", None),
    ("expelled from the party", "SANCTION", "The ruling party expelled protesters from the square.", None),
    # trade or investment increased is cooperation only with a partner
    ("increased trade with", "COOPERATE", "Kenya increased trade with Uganda.", (("state:KEN", "state:UGA"), ())),
    ("increased trade with", "COOPERATE", "Kenya increased its investments.", None),
    ("near miss: two parties increased trade", "COOPERATE", "Kenya and Uganda increased trade.", (("state:KEN", "state:UGA"), ())),
    # weapons tested (PLOVER MOBILIZE weapons: "test weapons systems")
    ("conducted a missile test", "MOBILIZE", "Iran conducted a missile test near Israel.", (("state:IRN",), ("state:ISR",))),
    ("conducted a missile test", "MOBILIZE", "Iran conducted a driving test near Israel.", None),
    # debt forgiven (PLOVER AID: "provide debt forgiveness or loan cancellations")
    ("cancelled the debt of", "AID", "Norway cancelled the debt of Sudan.", (("state:NOR",), ("state:SDN",))),
    ("cancelled the debt of", "AID", "Norway cancelled the visit of Sudan.", None),
    ("near miss: counted the debt", "AID", "Norway counted the debt of Sudan.", None),
    # a raid by the police (PLOVER COERCE seize: "a law enforcement raid"); by soldiers it is an attack
    ("police raided", "COERCE", "Kenyan police raided the embassy of Chile.", (("sector:KEN:POL",), ("org:chile-embassy",))),
    ("police raided", "COERCE", "Kenyan police guarded the embassy of Chile.", None),
    ("near miss: soldiers raided", "COERCE", "Russian soldiers raided the embassy of Chile.", None),
    # an act ordered: the one who orders it is its source ("ordered the arrest of X")
    ("ordered the arrest of", "COERCE", "Prosecutors in Kenya ordered the arrest of the Kenyan president, whom Uganda had praised.",
     (("state:KEN",), ("person:kenya-president",))),
    ("ordered the arrest of", "COERCE", "A court in Kenya ordered the release of the Kenyan president.", None),
    ("near miss: ordered a person to", "COERCE", "A court in Kenya ordered the Kenyan president to attend.", None),
    # economic measures (PLOVER SANCTION): the measure as an instrument, tariffs raised, a state sanctioning another
    ("hit with sanctions", "SANCTION", "Norway hit Sudan with new sanctions.", (("state:NOR",), ("state:SDN",))),
    ("hit with sanctions", "SANCTION", "Norway hit Sudan with heavy artillery.", None),  # an attack
    ("near miss: hit a thing with", "SANCTION", "Norway hit the ball with a bat.", None),
    ("raised tariffs on", "SANCTION", "Canada raised tariffs on Egypt.", (("state:CAN",), ("state:EGY",))),
    ("raised tariffs on", "SANCTION", "Canada raised funds for Egypt.", None),
    ("sanctioned", "SANCTION", "Canada sanctioned Hamas.", (("state:CAN",), ("org:hamas",))),
    ("sanctioned", "SANCTION", "Canada sanctioned the plan.", None),  # approved: no actor punished
    # troops sent to one's own country are deployed (MOBILIZE troops), not given as aid
    ("sent troops home", "MOBILIZE", "Kenya sent troops to Kenya's northern border.", (("state:KEN",), ("state:KEN",))),
    ("sent troops home", "MOBILIZE", "Kenya sent letters to Kenya's northern border.", None),
    ("near miss: sent troops to another country", "AID", "Kenya sent troops to Somalia.", (("state:KEN",), ("state:SOM",))),
    # missiles fired into the sea: a show of weapons (MOBILIZE weapons); fired into a country: an attack
    ("fired missiles into the sea", "MOBILIZE", "Iran fired two missiles into the sea.", (("state:IRN",), ())),
    ("fired missiles into the sea", "MOBILIZE", "Iran fired two missiles into Israel.", None),
    # a named person "eliminated" is killed (the euphemism of official statements)
    ("eliminated a named person", "ASSAULT", "Russian soldiers eliminated William Ruto in Kharkiv.",
     (("sector:RUS:MIL",), ("person:william-ruto",))),
    ("eliminated a named person", "ASSAULT", "Russian soldiers eliminated poverty in Kharkiv.", None),
    # utilities withheld (PLOVER COERCE withhold: "shut off power/internet/water")
    ("shut down the internet", "COERCE", "Russia shut down the internet in Kharkiv.", (("state:RUS",), ("country:UKR",))),
    ("shut down the internet", "COERCE", "Russia shut down the factory in Kharkiv.", None),
    # humanitarian access allowed (PLOVER RETREAT access)
    ("allowed aid trucks into", "RETREAT", "Egypt allowed aid trucks into Sudan.", (("state:EGY",), ("state:SDN",))),
    ("allowed aid trucks into", "RETREAT", "Egypt allowed tourists into Sudan.", None),
    # a joint event in an adjunct with its other party: the clause's subject is the first party
    ("after talks with X, Y", "CONSULT", "After talks with Uganda, Kenya said the border would open.", (("state:KEN", "state:UGA"), ())),
    ("after talks with X, Y", "CONSULT", "After a flood in Uganda, Kenya said the border would open.", None),
    ("near miss: after talks, no party named", "CONSULT", "After talks, Kenya said the border would open.", None),
    ("during a meeting with X, Y", "CONSULT", "Kenya raised the border issue during a meeting with Uganda.",
     (("state:KEN", "state:UGA"), ())),
    ("during a meeting with X, Y", "CONSULT", "Kenya raised the border issue during a flood in Uganda.", None),
    # a ruling or warrant refused (REJECT)
    ("rejected the ruling", "REJECT", "Kenya rejected the ruling of the court in Uganda.", (("state:KEN",), ("state:UGA",))),
    ("rejected the ruling", "REJECT", "Kenya read the ruling of the court in Uganda.", None),
    # criticism voiced with a light verb of force ("levelled criticism at X"): ACCUSE, nothing destroyed
    ("levelled criticism at", "ACCUSE", "Kenya levelled a string of criticisms at Uganda.", (("state:KEN",), ("state:UGA",))),
    ("levelled criticism at", "ACCUSE", "Kenya levelled a string of villages in Uganda.", None),
    ("near miss: levelled a place", "ASSAULT", "Russian soldiers levelled the embassy of Chile.", (("sector:RUS:MIL",), ("org:chile-embassy",))),
    ("near miss: levelled a place", "ASSAULT", "Kenya levelled a string of criticisms at Uganda.", None),
    # a warning to another is a threat; a warning against a thing is advice
    ("warned X", "THREATEN", "Egypt warned Israel against any attack.", (("state:EGY",), ("state:ISR",))),
    ("warned X", "THREATEN", "Egypt warned against travel to Israel.", None),  # a travel advisory
    ("near miss: warned against an actor", "THREATEN", "Egypt warned against Hamas.", (("state:EGY",), ("org:hamas",))),
    # a welcome to a measure or a change is approval, not a host receiving a visitor
    ("welcomed a visitor", "CONSULT", "Egypt welcomed the Kenyan president in Cairo.", (("person:kenya-president",), ("state:EGY",))),
    ("welcomed a visitor", "CONSULT", "Egypt welcomed the closure of the embassy of Chile.", None),
    # a joint act in the passive with no doer named: the parties named in what was done did it
    ("a deal between X and Y was signed", "SUPPORT", "A deal between Kenya and Uganda was signed on Monday.",
     (("state:KEN", "state:UGA"), ())),
    ("a deal between X and Y was signed", "SUPPORT", "A deal between Kenya and Uganda was discussed on Monday.", None),
    ("near miss: a one-sided act in the passive", "AGREE", "Kenya and Uganda were invited to the talks.", ((), ("state:KEN", "state:UGA"))),
    # mediation by a third party (CAMEO 045): the mediator is the source, the parties its target
    ("brokered a ceasefire between", "CONSULT", "Egypt brokered a ceasefire between Israel and Hamas.",
     (("state:EGY",), ("state:ISR", "org:hamas"))),
    ("brokered a ceasefire between", "CONSULT", "Egypt broke a ceasefire with Israel.", None),
    ("near miss: levelled a place", "ASSAULT", "Russian soldiers levelled a string of villages in Kharkiv.",
     (("sector:RUS:MIL",), ("country:UKR",))),
    # a reaction to news that someone acted targets the one who acted
    ("welcomed the announcement that X", "SUPPORT", "Norway welcomed the announcement that Sudan had agreed to a ceasefire.",
     (("state:NOR",), ("state:SDN",))),
    ("welcomed the announcement that X", "SUPPORT", "Norway welcomed the announcement that the rain had stopped.", None),
    ("the act announced", "AGREE", "Norway welcomed the announcement that Sudan had agreed to a ceasefire.",
     (("state:SDN",), ())),
    ("the act announced", "AGREE", "Norway welcomed the announcement that Sudan had voted on a ceasefire.", None),
    # a hostile answer promised is a threat (PLOVER THREATEN), aimed at whom it would answer
    ("vowed to retaliate", "THREATEN", "Iran vowed to retaliate against Israel.", (("state:IRN",), ("state:ISR",))),
    ("vowed to retaliate", "THREATEN", "Hamas swore to avenge the killing of Egypt's envoy.", (("org:hamas",), ())),
    ("vowed to retaliate", "THREATEN", "Kenya vowed to cooperate with Uganda.", None),
    ("near miss: a promise to cooperate", "AGREE", "Kenya vowed to cooperate with Uganda.",
     (("state:KEN",), ("state:UGA",))),
]


def _top(events: list[Event], plover: str) -> list[Event]:
    return [e for e in top_events(events) if e.plover == plover and e.modality == "asserted"]


@pytest.mark.parametrize(("construction", "plover", "text", "expected"), ROWS)
def test_construction(
    parse: Callable[..., ParsedDoc], construction: str, plover: str, text: str,
    expected: tuple[tuple[str, ...], tuple[str, ...]] | None,
) -> None:
    pd = parse(text)
    hits = _top(run_events(pd, layer=event_layer(pd, NAMES)), plover)
    if expected is None:
        assert hits == [], construction
        return
    assert hits, construction
    ev = max(hits, key=lambda e: e.confidence)
    sources, targets = expected
    assert ev.source_actor_ids == sources, construction
    assert ev.target_actor_ids == targets, construction


def test_every_construction_has_a_positive_and_a_negative_row() -> None:
    positives = {c for c, _, _, e in ROWS if e is not None}
    negatives = {c for c, _, _, e in ROWS if e is None}
    assert positives and negatives
    assert {c for c in positives if not c.startswith("near miss")} - negatives <= {
        "journey", "accorded a welcome", "held discussions with", "had a phone call with", "met with",
        "reached an understanding with", "shared intelligence with", "set ablaze", "received a call from",
        "was given a welcome", "hurt when X fired", "appealed to X for",
    }


def test_suicide_bomber_is_a_suicide_attack_not_an_air_strike(parse: Callable[..., ParsedDoc]) -> None:
    pd = parse("A suicide bomber from Hamas killed Israelis in a bus.")
    ev = next(e for e in top_events(run_events(pd, layer=event_layer(pd, NAMES))) if e.plover == "ASSAULT")
    assert ev.mode == "suicide-attack"
    pd = parse("Israel killed rebels with a bomber aircraft.")
    ev = next(e for e in top_events(run_events(pd, layer=event_layer(pd, NAMES))) if e.plover == "ASSAULT")
    assert ev.mode == "aerial"


# headlines: names joined by a bare comma are coordinated subjects; "X to V" is X's plan
HEADLINES = [
    ("comma-joined subjects", "Kenya, Uganda sign trade pact", "SUPPORT", ("state:KEN", "state:UGA"), (), "asserted"),
    ("comma-joined subjects", "Uganda, Kenya sign trade pact", "SUPPORT", ("state:KEN", "state:UGA"), (), "asserted"),
    ("negative: an apposition is no second subject", "Uganda, Kenya's neighbour, signed a trade pact.", "SUPPORT",
     ("state:UGA",), (), "asserted"),
    ("near miss: a full sentence", "Kenya and Uganda signed a trade pact.", "SUPPORT", ("state:KEN", "state:UGA"), (), "asserted"),
    ("a headline infinitive is a plan", "Kenyan president to visit Uganda next week", "CONSULT",
     ("country:KEN",), ("state:UGA",), "future"),
    ("near miss: an infinitive on a noun of a full clause", "The Kenyan president has a plan to visit Uganda.", "CONSULT",
     None, None, None),
]


@pytest.mark.parametrize(("case", "text", "plover", "sources", "targets", "modality"), HEADLINES)
def test_headline(parse: Callable[..., ParsedDoc], case: str, text: str, plover: str,
                  sources: tuple[str, ...] | None, targets: tuple[str, ...] | None, modality: str | None) -> None:
    pd = parse(text)
    names = {**NAMES, "Kenyan president": ("country:KEN", "state", "KEN")}
    events = [e for e in run_events(pd, layer=event_layer(pd, names)) if e.plover == plover]
    if sources is None:
        assert all(e.modality != "future" or e.parent_id is not None for e in events), case
        return
    assert events, case
    ev = max(events, key=lambda e: e.confidence)
    assert (set(ev.source_actor_ids), ev.target_actor_ids, ev.modality) == (set(sources), targets, modality), case


# the most confident event of a sentence with several: an act ordered is the order-giver's own, in the main clause
MOST_CONFIDENT = [
    ("ordered the arrest of", "A court in Kenya ordered the arrest of the Kenyan president over a ruling Uganda criticised.",
     "COERCE"),
    ("near miss: ordered a person to", "A court in Kenya ordered the Kenyan president to attend, after Uganda criticised him.",
     "REQUEST"),
]


@pytest.mark.parametrize(("case", "text", "plover"), MOST_CONFIDENT)
def test_most_confident_event(parse: Callable[..., ParsedDoc], case: str, text: str, plover: str) -> None:
    pd = parse(text)
    events = [e for e in top_events(run_events(pd, layer=event_layer(pd, NAMES))) if e.modality == "asserted"]
    assert events, case
    assert max(events, key=lambda e: e.confidence).plover == plover, case


# an interview is no consultation: a conversation whose only other party is a news outlet
INTERVIEWS = [
    ("spoke with an outlet", "The Kenyan president spoke with the Daily Courier on Monday.", ("MED",), False),
    ("near miss: spoke with a body that is no outlet", "The Kenyan president spoke with the Daily Courier on Monday.",
     ("GOV",), True),
    ("spoke by phone with an outlet", "The Kenyan president spoke by phone with the Daily Courier.", ("MED",), False),
    ("an outlet spoke with a leader", "The Daily Courier spoke with the Kenyan president on Monday.", ("MED",), False),
]


@pytest.mark.parametrize(("case", "text", "sectors", "consult"), INTERVIEWS)
def test_a_conversation_with_a_news_outlet_is_no_consultation(
    parse: Callable[..., ParsedDoc], case: str, text: str, sectors: tuple[str, ...], consult: bool,
) -> None:
    pd = parse(text)
    names = {**NAMES, "the Daily Courier": ("org:courier", "organisation", "KEN"),
             "The Daily Courier": ("org:courier", "organisation", "KEN")}
    layer = event_layer(pd, names)
    layer = ActorLayer(mentions=layer.mentions, actors=tuple(
        replace(a, sectors=sectors) if a.id == "org:courier" else a for a in layer.actors))
    assert any(a.id == "org:courier" for a in layer.actors)
    hits = _top(run_events(pd, layer=layer), "CONSULT")
    assert bool(hits) == consult, case


# (convention, text, the top-level events as (PLOVER, sources, targets), the child events likewise)
CONVENTIONS = [
    ("the accused does the act charged, as the accusation's content",
     "Egypt accused Hamas of attacking Israelis.",
     [("ACCUSE", ("state:EGY",), ("org:hamas",))], [("ASSAULT", ("org:hamas",), ("sector:ISR:CVL",))]),
    ("near miss: after a temporal preposition the subject does the act",
     "Egypt attacked Hamas after accusing Israel.",
     [("ASSAULT", ("state:EGY",), ("org:hamas",)), ("ACCUSE", ("state:EGY",), ("state:ISR",))], []),
    ("negative: a charge with no accuser found is no event",
     "Kenya lodged a protest with Uganda, charging Uganda with attacking Israelis.",
     [("ACCUSE", ("state:KEN",), ("state:UGA",))], []),
    ("a reaction's target is the doer of the event it reacts to",
     "Norway welcomed the release of Israelis by Hamas.",
     [("SUPPORT", ("state:NOR",), ("org:hamas",)), ("RETREAT", ("org:hamas",), ("sector:ISR:CVL",))], []),
    ("near miss: a release with no doer named is no event of its own",
     "Norway welcomed the release of a report.",
     [], []),
    ("the act an agreement is for is its content, still to happen",
     "Kenya and Uganda signed an agreement today to expand trade.",
     [("SUPPORT", ("state:KEN", "state:UGA"), ())], [("COOPERATE", ("state:KEN", "state:UGA"), ())]),
    ("near miss: a purpose of an act that carries no agreement keeps its own event",
     "Kenya and Uganda met on Monday to expand trade.",
     [("CONSULT", ("state:KEN", "state:UGA"), ()), ("COOPERATE", ("state:KEN", "state:UGA"), ())], []),
    ("the request a refusal answers is part of it",
     "Rebels rejected an appeal from Kenya to lay down their arms.",
     [("REJECT", ("sector:REB",), ("state:KEN",))], [("REQUEST", ("state:KEN",), ()), ("RETREAT", (), ())]),
    ("the approval of an agreement names its parties",
     "Norway welcomed the agreement between Kenya and Uganda.",
     [("SUPPORT", ("state:NOR",), ("state:KEN", "state:UGA")), ("AGREE", ("state:KEN", "state:UGA"), ())], []),
]


@pytest.mark.parametrize(("convention", "text", "tops", "children"), CONVENTIONS)
def test_argument_convention(
    parse: Callable[..., ParsedDoc], convention: str, text: str,
    tops: list[tuple[str, tuple[str, ...], tuple[str, ...]]], children: list[tuple[str, tuple[str, ...], tuple[str, ...]]],
) -> None:
    pd = parse(text)
    events = run_events(pd, layer=event_layer(pd, NAMES))
    got_tops = sorted((e.plover, e.source_actor_ids, e.target_actor_ids) for e in events if e.parent_id is None)
    got_children = sorted((e.plover, e.source_actor_ids, e.target_actor_ids) for e in events if e.parent_id is not None)
    assert got_tops == sorted(tops), convention
    assert got_children == sorted(children), convention


# (case, text, speaker phrase, speaker actor, expected sources of the ASSAULT)
QUOTED = [
    ("'we' is the body named in the speaker's phrase", '"We attacked the base," a spokesman for Hamas said.',
     "a spokesman for Hamas", "org:hamas", ("org:hamas",)),
    ("'they' is not the speaker's country", '"They killed Israelis," an official of Israel said.',
     "an official of Israel", "state:ISR", ()),
    ("near miss: 'they' resolved to another actor stays", '"Hamas fighters came at night. They killed Israelis," an official of Israel said.',
     "an official of Israel", "state:ISR", ("org:hamas",)),
]


@pytest.mark.parametrize(("case", "text", "speaker", "speaker_id", "sources"), QUOTED)
def test_pronouns_in_a_speakers_own_words(
    parse: Callable[..., ParsedDoc], case: str, text: str, speaker: str, speaker_id: str, sources: tuple[str, ...],
) -> None:
    pd = parse(text)
    end = text.rindex('"') + 1
    s = text.index(speaker)
    quote = Quote(id="q_1", article_id=pd.article_id, sentence=0, start=0, end=len(text), kind="direct",
                  content=Span(0, end, text[:end]), speaker=Span(s, s + len(speaker), speaker),
                  speaker_actor_id=speaker_id)
    layer = event_layer(pd, NAMES)
    if case.startswith("near miss"):  # the actor stage resolved "They" to the fighters named before
        t = text.index("They")
        layer = ActorLayer(mentions=(*layer.mentions, Mention(id="m_they", article_id=pd.article_id, sentence=1,
                                                                start=t, end=t + 4, text="They", label="PRONOUN",
                                                                actor_id="org:hamas", kind="pronoun")),
                           actors=layer.actors)
    events = run_events(pd, layer, (quote,))
    ev = next(e for e in events if e.plover == "ASSAULT")
    assert ev.source_actor_ids == sources, case
    assert ev.claimed_by == speaker_id, case
