"""Definition probe: PLOVER event types and modes in the forms wire news tells them, through the
whole pipeline (actor resolution included), scored as the PLOVER evaluation scores a record.

Every sentence is invented for this table; the expected values come from the PLOVER codebook's
definitions and the manual's actor conventions (``../shared/reference``), never from what the
code outputs: the visitor is the source and the host the target; parties to talks, calls and
reciprocal agreements are all the source, with no target; a quoted act is done by its doer, not
by the one who tells it; nobody is invented as the doer of an agentless act. The codes are those
of the evaluation (an actor's country, ``IGO`` for an international organisation).

A row is ``(rule, kind, text, expected)``: ``rule`` names the type and construction, ``kind`` is
positive, negative or near miss. A positive row expects the most confident counted event (top
level, neither negated nor hypothetical) to be ``(type, sources, targets)``; a negative row or a
near miss with ``None`` expects no counted event of the rule's type at all; a near miss with a
triple expects that triple as the most confident event (a neighbouring type).

Rows the code does not yet get right are marked ``xfail`` (strict), so the table measures the
coverage: ``python -m pytest tests/stages/events/test_definition_probe.py -rx`` lists the gaps.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, counted_events, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

PROBE: list[tuple[str, str, str, Triple | None]] = [
    # AGREE: offers, promises, invitations, agreement to cooperate in the future
    ("AGREE agreed to cooperate", P, "Japan and China agreed to cooperate on maritime security.",
     ("AGREE", ("CHN", "JPN"), ())),
    ("AGREE agreed to cooperate", N, "Japan and China disagreed on maritime security.", None),
    ("AGREE offered to", P, "Norway offered to host peace talks between Colombia and its rebels.",
     ("AGREE", ("NOR",), ("COL",))),
    ("AGREE invited to visit", P, "Iran invited the Saudi foreign minister to visit Tehran.", ("AGREE", ("IRN",), ("SAU",))),
    ("AGREE invited to visit", M, "The Saudi foreign minister visited Tehran on Monday.", ("CONSULT", ("SAU",), ("IRN",))),
    ("AGREE consensus", N, "Ethiopia and Eritrea reached the border on foot.", None),
    ("AGREE consensus", P, "Brazil and Argentina reached a consensus on tariffs.", ("AGREE", ("ARG", "BRA"), ())),
    ("AGREE promised", P, "Indonesia promised to ratify the fisheries treaty with Vietnam.", ("AGREE", ("IDN",), ("VNM",))),
    ("AGREE willing to end conflict", P, "Azerbaijan said it was ready to end the conflict with Armenia.",
     ("AGREE", ("AZE",), ("ARM",))),
    # CONSULT: visits (visitor the source, host the target), talks and calls (both parties the source)
    ("CONSULT visit verb", P, "Indian Prime Minister Narendra Modi visited Japan on Tuesday.", ("CONSULT", ("IND",), ("JPN",))),
    ("CONSULT visit verb", N, "German tourists visited Kenya on Tuesday.", None),
    ("CONSULT visit noun", P, "The French president's visit to Nigeria began on Monday.", ("CONSULT", ("FRA",), ("NGA",))),
    # a visit or talks called off did not happen
    ("CONSULT visit noun", M, "The French president's visit to Nigeria was cancelled on Monday.", None),
    ("CONSULT called off", N, "The Kenyan president's visit to Uganda was postponed because of the floods.", None),
    ("CONSULT called off", P, "The Kenyan president's visit to Uganda went ahead despite the floods.", ("CONSULT", ("KEN",), ("UGA",))),
    ("CONSULT called off", M, "Kenya postponed talks with Somalia.", None),
    # the host phrase the parser hangs on the visitor ("a visit by X to Y"), never an "of" phrase
    ("CONSULT visit by X to Y", P, "A visit by the Turkish foreign minister to Iraq ended on Friday.", ("CONSULT", ("TUR",), ("IRQ",))),
    ("CONSULT visit by X to Y", P, "A visit by the Kenyan president to Ghana ended on Friday.", ("CONSULT", ("KEN",), ("GHA",))),
    ("CONSULT visit by X to Y", N, "A visit by the Turkish foreign minister ended on Friday.", None),
    ("CONSULT visit by X to Y", M, "A visit by the foreign minister of Iraq ended on Friday.", None),
    ("CONSULT arrival", P, "The Egyptian foreign minister arrived in Sudan on Sunday for talks.", ("CONSULT", ("EGY",), ("SDN",))),
    ("CONSULT arrival", M, "A shipment of Egyptian cotton arrived in Sudan on Sunday.", None),
    ("CONSULT paid a visit", P, "The Chinese premier paid an official visit to Ghana.", ("CONSULT", ("CHN",), ("GHA",))),
    # the visitor is the source of a visit hosted, the host its target (manual 3.2.2; the gold records
    # keep CAMEO 043's host as source)
    ("CONSULT hosted", P, "Qatar hosted a delegation from Afghanistan in Doha.", ("CONSULT", ("AFG",), ("QAT",))),
    ("CONSULT welcome", P, "Ghana gave the Chinese premier a warm welcome in Accra.", ("CONSULT", ("CHN",), ("GHA",))),
    ("CONSULT welcome", M, "Ghana welcomed the decision of China to cancel its debt.", ("SUPPORT", ("GHA",), ("CHN",))),
    ("CONSULT held talks", P, "Pakistan and India held talks in Islamabad on Monday.", ("CONSULT", ("IND", "PAK"), ())),
    ("CONSULT held talks", P, "Argentina held talks with Chile on the border dispute.", ("CONSULT", ("ARG", "CHL"), ())),
    ("CONSULT held talks", N, "Argentina held elections on Sunday.", None),
    ("CONSULT talks noun", P, "Talks between Serbia and Kosovo resumed in Brussels.", ("CONSULT", ("SRB", "XKX"), ())),
    ("CONSULT met", P, "The presidents of Mali and Niger met in Bamako on Monday.", ("CONSULT", ("MLI", "NER"), ())),
    ("CONSULT met", P, "The Kenyan president met his Ugandan counterpart in Kampala.", ("CONSULT", ("KEN", "UGA"), ())),
    ("CONSULT phone", P, "The Saudi crown prince telephoned the Iranian president on Monday.", ("CONSULT", ("IRN", "SAU"), ())),
    ("CONSULT phone", P, "Vietnam's president spoke by telephone with the Philippine president.",
     ("CONSULT", ("PHL", "VNM"), ())),
    ("CONSULT phone", M, "Vietnam's president spoke about the Philippine president.", None),
    ("CONSULT phone noun", P, "In a phone call with the Turkish president, Germany's chancellor discussed trade.",
     ("CONSULT", ("DEU", "TUR"), ())),
    ("CONSULT quoted", P, "Officials said the presidents of Kenya and Uganda met in Kampala.", ("CONSULT", ("KEN", "UGA"), ())),
    # SUPPORT: praise, support, approval, signing an agreement, diplomatic ties
    ("SUPPORT praised", P, "Germany praised Ghana for holding peaceful elections.", ("SUPPORT", ("DEU",), ("GHA",))),
    ("SUPPORT praised", N, "Germany praised the weather on Sunday.", None),
    ("SUPPORT expressed support", P, "Turkey expressed support for Azerbaijan.", ("SUPPORT", ("TUR",), ("AZE",))),
    ("SUPPORT signed an accord", P, "Mexico and Cuba signed a cooperation accord.", ("SUPPORT", ("CUB", "MEX"), ())),
    ("SUPPORT signed an accord", M, "Mexico and Cuba agreed to sign a cooperation accord.", ("AGREE", ("CUB", "MEX"), ())),
    # where the parties of a joint act met is no party to it
    ("SUPPORT venue is no party", P, "Mexico and Cuba signed a cooperation accord in Havana.", ("SUPPORT", ("CUB", "MEX"), ())),
    ("SUPPORT venue is no party", P, "Chile and Peru signed a fisheries pact in Lima on Friday.", ("SUPPORT", ("CHL", "PER"), ())),
    ("SUPPORT venue is no party", N, "Chile and Peru praised nothing in Lima on Friday.", None),
    ("SUPPORT venue is no party", M, "Chile signed a border treaty with Peru on Friday.", ("SUPPORT", ("CHL", "PER"), ())),
    ("SUPPORT commended", P, "The United Nations commended Liberia for its peaceful vote.", ("SUPPORT", ("IGO",), ("LBR",))),
    ("SUPPORT diplomatic ties", P, "Fiji and Indonesia established diplomatic relations on Friday.",
     ("SUPPORT", ("FJI", "IDN"), ())),
    ("SUPPORT welcomed", P, "Egypt welcomed the decision of Israel to reopen the crossing.", ("SUPPORT", ("EGY",), ("ISR",))),
    # COOPERATE: economic, military, judicial, intelligence cooperation
    ("COOPERATE joint exercises", P, "Russia and India held joint naval exercises in the Bay of Bengal.",
     ("COOPERATE", ("IND", "RUS"), ())),
    ("COOPERATE joint exercises", M, "Russia and India held joint talks in the Bay of Bengal.", ("CONSULT", ("IND", "RUS"), ())),
    ("COOPERATE extradited", P, "Spain extradited a Moroccan suspect to Morocco.", ("COOPERATE", ("ESP",), ("MAR",))),
    ("COOPERATE joint patrols", P, "Colombia and Ecuador launched joint patrols along their border.",
     ("COOPERATE", ("COL", "ECU"), ())),
    ("COOPERATE expanded trade", P, "Kenya and Tanzania expanded trade ties on Monday.", ("COOPERATE", ("KEN", "TZA"), ())),
    ("COOPERATE expanded trade", M, "Kenya and Tanzania agreed to expand trade ties.", ("AGREE", ("KEN", "TZA"), ())),
    ("COOPERATE expanded trade", N, "Kenya expanded its army on Monday.", None),
    ("COOPERATE expanded trade", M, "Kenya and Tanzania expanded diplomatic ties on Monday.", ("SUPPORT", ("KEN", "TZA"), ())),
    ("COOPERATE expanded trade", P, "Brazil restored trade ties with Venezuela.", ("COOPERATE", ("BRA", "VEN"), ())),
    # AID: monetary, military, humanitarian aid, asylum
    ("AID sent aid", P, "Japan sent humanitarian aid to the Philippines after the typhoon.", ("AID", ("JPN",), ("PHL",))),
    ("AID sent aid", N, "Japan sent a protest note to the Philippines.", None),
    ("AID loan", P, "The World Bank granted a loan to Pakistan.", ("AID", ("IGO",), ("PAK",))),
    ("AID asylum", P, "Ecuador granted asylum to a former Bolivian minister.", ("AID", ("ECU",), ("BOL",))),
    ("AID military assistance", P, "The United States provided military assistance to Ukraine.", ("AID", ("USA",), ("UKR",))),
    # asylum or refugee status granted (PLOVER AID: "grant asylum"); a crossing opened to another (as the gold
    # records code a border opened to people: AID)
    ("AID asylum", P, "The Polish government granted refugee status to 20 Belarusian activists.", ("AID", ("POL",), ("BLR",))),
    ("AID asylum", N, "The Polish government denied visas to 20 Belarusian activists.", None),
    ("AID asylum", M, "The Polish government granted broadcasting licences to 20 Belarusian activists.", None),
    ("AID crossing opened", P, "Egypt reopened the Rafah crossing with Gaza for the first time in months.", ("AID", ("EGY",), ("PSE",))),
    ("AID crossing opened", N, "Egypt reopened its embassy in Libya.", None),
    ("AID crossing opened", M, "Egypt closed the Rafah crossing with Gaza on Monday.", ("COERCE", ("EGY",), ("PSE",))),
    # police officers sent abroad are police assistance (PLOVER AID); promised, an AGREE; sent at home, mobilised
    ("AID police sent", P, "Kenya sent 1,000 police officers to Haiti.", ("AID", ("KEN",), ("HTI",))),
    ("AID police sent", P, "The Kenyan government said it would send 1,000 police officers to Haiti.", ("AGREE", ("KEN",), ("HTI",))),
    ("AID police sent", N, "Kenya sent 1,000 letters to Haiti.", None),
    ("AID police sent", M, "Kenya sent riot police to Kenya's coast.", ("MOBILIZE", ("KEN",), ("KEN",))),
    # the recipient as the object, the gift after "with"; arms of every kind supplied
    ("AID provided X with", P, "Germany provided Ukraine with tanks.", ("AID", ("DEU",), ("UKR",))),
    ("AID provided X with", P, "Jordan provided Syrian refugees with food.", ("AID", ("JOR",), ("SYR",))),
    ("AID provided X with", N, "Germany provided Ukraine with a list of demands.", None),
    ("AID provided X with", M, "Kenya equipped its army with new rifles.", ("MOBILIZE", ("KEN",), ("KEN",))),
    ("AID arms supplied", P, "Turkey supplied drones to Azerbaijan.", ("AID", ("TUR",), ("AZE",))),
    ("AID arms supplied", N, "Turkey bought drones from Azerbaijan.", None),
    ("AID arms supplied", M, "Turkey will supply drones to Azerbaijan.", ("AGREE", ("TUR",), ("AZE",))),
    ("AID passive", P, "Emergency supplies were delivered to Haiti by Canada.", ("AID", ("CAN",), ("HTI",))),
    ("AID pledged", M, "Canada pledged to deliver emergency supplies to Haiti.", ("AGREE", ("CAN",), ("HTI",))),
    # RETREAT: withdrawals, releases, disarmament, access (only when it happens)
    ("RETREAT withdrew", P, "Russian troops withdrew from Syria in December.", ("RETREAT", ("RUS",), ("SYR",))),
    ("RETREAT withdrew", M, "Russia refused to withdraw its troops from Syria.", ("REJECT", ("RUS",), ("SYR",))),
    ("RETREAT withdrawal noun", P, "The withdrawal of Turkish troops from Iraq was completed on Friday.",
     ("RETREAT", ("TUR",), ("IRQ",))),
    ("RETREAT released", P, "Israel released fifty Palestinian prisoners on Sunday.", ("RETREAT", ("ISR",), ("PSE",))),
    ("RETREAT released", N, "Israel released its budget figures on Sunday.", None),
    ("RETREAT freed", P, "Pirates from Somalia freed a Greek tanker and its crew.", ("RETREAT", ("SOM",), ("GRC",))),
    ("RETREAT released passive", P, "Three Thai hostages were released by Hamas on Friday.", ("RETREAT", ("PSE",), ("THA",))),
    # REQUEST: requests for aid, change, release, meetings
    ("REQUEST asked for", P, "Lebanon asked France for financial aid.", ("REQUEST", ("LBN",), ("FRA",))),
    # aid asked of another (CAMEO 023, PLOVER REQUEST assist)
    ("REQUEST requested from", P, "Ukraine requested weapons from Germany.", ("REQUEST", ("UKR",), ("DEU",))),
    ("REQUEST requested from", P, "Somalia sought help from Kenya after the floods.", ("REQUEST", ("SOM",), ("KEN",))),
    ("REQUEST requested from", N, "Ukraine bought weapons from Germany.", None),
    ("REQUEST requested from", M, "Kenya sought clarification from Uganda.", None),
    ("REQUEST asked for", N, "Lebanon thanked France for its financial aid.", None),
    ("REQUEST asked for", M, "Lebanon received financial aid from France.", ("AID", ("FRA",), ("LBN",))),
    ("REQUEST urged to", P, "Poland urged Germany to send more tanks to Ukraine.", ("REQUEST", ("POL",), ("DEU",))),
    # the day between the addressee and the infinitive: the parser makes it a purpose clause
    ("REQUEST called on X on a day to", P, "Kenya called on Somalia on Monday to release the hostages.",
     ("REQUEST", ("KEN",), ("SOM",))),
    ("REQUEST called on X on a day to", P, "The American president called on the Israeli prime minister on Sunday to end the war.",
     ("REQUEST", ("USA",), ("ISR",))),
    ("REQUEST called on X on a day to", N, "Kenya waited for Somalia on Monday to release the hostages.", None),
    ("REQUEST called on X on a day to", M, "Kenya met Somalia on Monday to discuss the hostages.", ("CONSULT", ("KEN", "SOM"), ())),
    ("REQUEST called on", P, "Kenya called on Somalia to release the hostages.", ("REQUEST", ("KEN",), ("SOM",))),
    ("REQUEST appealed", P, "Pakistan appealed to the United Nations for help after the floods.", ("REQUEST", ("PAK",), ("IGO",))),
    ("REQUEST demanded", P, "Egypt demanded that Ethiopia stop filling the dam.", ("REQUEST", ("EGY",), ("ETH",))),
    # a state that protests to another complains (ACCUSE: "objections and complaints"); a crowd demonstrates
    ("ACCUSE protested to", P, "Egypt protested to Ethiopia over the dam.", ("ACCUSE", ("EGY",), ("ETH",))),
    ("ACCUSE protested to", N, "Egypt responded to Ethiopia over the dam.", None),
    ("ACCUSE protested to", M, "Thousands of Egyptian students protested outside the embassy of Ethiopia.",
     ("PROTEST", ("EGY",), ("ETH",))),
    # ACCUSE: criticism, accusation, investigation, lawsuits
    ("ACCUSE condemned", P, "China condemned Japan's decision to release the water.", ("ACCUSE", ("CHN",), ("JPN",))),
    ("ACCUSE accused of", P, "Venezuela accused Colombia of harbouring rebels.", ("ACCUSE", ("VEN",), ("COL",))),
    ("ACCUSE criticised", P, "Iran sharply criticised Saudi Arabia on Monday.", ("ACCUSE", ("IRN",), ("SAU",))),
    ("ACCUSE criticised", N, "Iran sharply increased its oil output on Monday.", None),
    ("ACCUSE sued", P, "Argentina sued Chile at the international court.", ("ACCUSE", ("ARG",), ("CHL",))),
    # a state or government protesting makes an official complaint; people named after it still demonstrate
    ("ACCUSE state protest", P, "Japan protested China's decision to build a dam.", ("ACCUSE", ("JPN",), ("CHN",))),
    ("ACCUSE state protest", P, "The Ugandan foreign ministry protested to Kenya over the arrests.", ("ACCUSE", ("UGA",), ("KEN",))),
    ("ACCUSE state protest", N, "Japan praised China's decision to build a dam.", None),
    ("ACCUSE state protest", M, "Kenyan government supporters protested in Nairobi.", ("PROTEST", ("KEN",), ("KEN",))),
    # another state's envoy summoned is a complaint to that state; one's own recalled, relations reduced
    ("ACCUSE summoned envoy", P, "Germany summoned the Russian ambassador on Monday.", ("ACCUSE", ("DEU",), ("RUS",))),
    ("ACCUSE summoned envoy", P, "The Philippines summoned the Chinese ambassador to protest the water cannon attack.",
     ("ACCUSE", ("PHL",), ("CHN",))),
    ("ACCUSE summoned envoy", N, "Germany thanked the Russian ambassador on Monday.", None),
    ("ACCUSE summoned envoy", M, "Germany recalled its ambassador from Russia on Monday.", ("SANCTION", ("DEU",), ("RUS",))),
    ("ACCUSE investigation", P, "The United Nations opened an investigation into abuses by the army of Myanmar.",
     ("ACCUSE", ("IGO",), ("MMR",))),
    ("ACCUSE investigation", N, "The United Nations opened an office in the capital on Monday.", None),
    ("ACCUSE investigation", M, "The United Nations opened an investigation into the abuses.", None),  # no one investigated
    # REJECT: refusals of requests
    ("REJECT rejected request", P, "Israel rejected a request from Egypt for a ceasefire.", ("REJECT", ("ISR",), ("EGY",))),
    ("REJECT rejected proposal", P, "Ethiopia rejected Sudan's proposal for talks.", ("REJECT", ("ETH",), ("SDN",))),
    ("REJECT refused", P, "North Korea refused to meet envoys from South Korea.", ("REJECT", ("PRK",), ("KOR",))),
    ("REJECT rejected request", M, "Israel asked Egypt for a ceasefire.", ("REQUEST", ("ISR",), ("EGY",))),
    # a gerund right after a refusal is what is refused, though the parser makes it an adjunct
    ("REJECT ruled out gerund", P, "Serbia ruled out recognising Kosovo's independence.", ("REJECT", ("SRB",), ("XKX",))),
    ("REJECT ruled out gerund", N, "Serbia refused, saying Kosovo's independence was illegal.", None),
    ("REJECT ruled out gerund", M, "Serbia began recognising Kosovo's passports.", None),
    # THREATEN
    ("THREATEN threatened to", P, "Turkey threatened to launch a military operation against Syria.", ("THREATEN", ("TUR",), ("SYR",))),
    ("THREATEN threatened to", P, "Russia threatened to cut gas supplies to Moldova.", ("THREATEN", ("RUS",), ("MDA",))),
    ("THREATEN warned", P, "China warned Taiwan against declaring independence.", ("THREATEN", ("CHN",), ("TWN",))),
    # revenge vowed is a threat of force (CAMEO 138)
    ("THREATEN vowed revenge", P, "Iran vowed revenge against Israel.", ("THREATEN", ("IRN",), ("ISR",))),
    ("THREATEN vowed revenge", N, "Iran vowed support for Israel's neighbours.", None),
    ("THREATEN vowed revenge", M, "Iran vowed to rebuild the city of Bam.", None),
    ("THREATEN threatened to", M, "Russia cut gas supplies to Moldova.", ("SANCTION", ("RUS",), ("MDA",))),
    # PROTEST: demonstrations, strikes, hunger strikes, boycotts, blockades
    ("PROTEST demonstrated", P, "Thousands of Kenyans demonstrated outside the embassy of Uganda in Nairobi.",
     ("PROTEST", ("KEN",), ("UGA",))),
    ("PROTEST hunger strike", P, "Palestinian prisoners began a hunger strike in Israeli jails.", ("PROTEST", ("PSE",), ("ISR",))),
    ("PROTEST boycott", P, "Argentina boycotted the summit in Chile.", ("PROTEST", ("ARG",), ("CHL",))),
    ("PROTEST strike", N, "Argentina struck a deal with Chile.", None),
    # SANCTION
    ("SANCTION imposed sanctions", P, "The European Union imposed sanctions on Belarus.", ("SANCTION", ("IGO",), ("BLR",))),
    ("SANCTION cut ties", P, "Morocco cut diplomatic ties with Iran.", ("SANCTION", ("MAR",), ("IRN",))),
    ("SANCTION suspended aid", P, "The United States suspended aid to Niger.", ("SANCTION", ("USA",), ("NER",))),
    ("SANCTION expelled diplomats", P, "Kuwait expelled the Iraqi ambassador.", ("SANCTION", ("KWT",), ("IRQ",))),
    ("SANCTION cut ties", M, "Morocco restored diplomatic ties with Iran.", ("SUPPORT", ("IRN", "MAR"), ())),
    # MOBILIZE
    ("MOBILIZE deployed troops", P, "India deployed thousands of troops to its border with China.", ("MOBILIZE", ("IND",), ("CHN",))),
    ("MOBILIZE missile test", P, "North Korea test-fired a ballistic missile on Sunday.", ("MOBILIZE", ("PRK",), ())),
    ("MOBILIZE missile test", N, "North Korea tested the patience of its neighbours on Sunday.", None),
    ("MOBILIZE missile test", M, "North Korean soldiers fired rockets at South Korea.", ("ASSAULT", ("PRK",), ("KOR",))),
    ("MOBILIZE on alert", P, "Venezuela put its troops on alert along the border with Guyana.", ("MOBILIZE", ("VEN",), ("GUY",))),
    # troops on one's own border face the party across it, and are deployed, not given as aid
    ("MOBILIZE own border", P, "Russia massed troops on its border with Ukraine.", ("MOBILIZE", ("RUS",), ("UKR",))),
    ("MOBILIZE own border", N, "Russia massed support for its border treaty with Ukraine.", None),
    ("MOBILIZE own border", M, "Kenya sent troops to Somalia.", ("AID", ("KEN",), ("SOM",))),
    # COERCE: arrests, raids, bans, curfews; arson is ASSAULT (CAMEO 1712 in the crosswalk, the codebook's ASSAULT destroy)
    ("COERCE arrested", P, "Iranian authorities detained a French tourist.", ("COERCE", ("IRN",), ("FRA",))),
    ("COERCE arrested passive", P, "A French tourist was detained by Iranian authorities.", ("COERCE", ("IRN",), ("FRA",))),
    ("COERCE arrested", N, "Iranian authorities welcomed a French tourist.", None),
    ("COERCE curfew", P, "Egypt imposed a curfew in the city of Suez.", ("COERCE", ("EGY",), ("EGY",))),
    ("COERCE curfew", N, "Egypt discussed a curfew in the city of Suez.", None),
    ("COERCE curfew", M, "Egypt imposed a curfew on Palestinians in the city of Suez.", ("COERCE", ("EGY",), ("PSE",))),
    ("ASSAULT arson", P, "Israeli settlers set fire to a Palestinian mosque.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT arson", M, "Israeli settlers set a date for the Palestinian elections.", None),
    ("COERCE banned", P, "Turkey banned the party of the Kurdish opposition.", ("COERCE", ("TUR",), ("TUR",))),
    # ASSAULT: attacks by every means, abductions, killings
    ("ASSAULT air strikes", P, "Israeli warplanes struck targets in southern Lebanon.", ("ASSAULT", ("ISR",), ("LBN",))),
    ("ASSAULT carried out strikes", P, "Turkish jets carried out air strikes on Syria.", ("ASSAULT", ("TUR",), ("SYR",))),
    ("ASSAULT shelled", P, "Russian artillery shelled the Ukrainian city of Kharkiv.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ASSAULT opened fire", P, "Indian troops opened fire on Pakistani soldiers.", ("ASSAULT", ("IND",), ("PAK",))),
    ("ASSAULT opened fire", M, "Indian troops opened a school for Pakistani children.", None),
    ("ASSAULT passive", P, "A Kenyan police post was attacked by Somali militants.", ("ASSAULT", ("SOM",), ("KEN",))),
    ("ASSAULT quoted", P, "Ukraine said Russian drones attacked Odesa overnight.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ASSAULT kidnapped", P, "Nigerian gunmen kidnapped three Chinese engineers.", ("ASSAULT", ("NGA",), ("CHN",))),
    ("ASSAULT killed", P, "Malian soldiers killed ten Burkinabe civilians.", ("ASSAULT", ("MLI",), ("BFA",))),
    ("ASSAULT attack noun", P, "An attack by Sudanese troops on a town in Chad killed five people.", ("ASSAULT", ("SDN",), ("TCD",))),
    # the protests an act drew are its aftermath: the act is what the sentence tells
    ("ASSAULT bombing noun", P, "The Pakistani bombing of Afghan border villages drew protests.", ("ASSAULT", ("PAK",), ("AFG",))),
    ("ASSAULT bombing noun", N, "The Pakistani budget drew protests on Monday.", None),
    ("ASSAULT bombing noun", M, "Thousands of Afghans protested against the Pakistani bombing of their villages.",
     ("PROTEST", ("AFG",), ("PAK",))),
    ("ASSAULT clash", P, "Armenian and Azerbaijani troops clashed on the border.", ("ASSAULT", ("ARM", "AZE"), ())),
    ("ASSAULT attack", N, "The Kenyan president suffered a heart attack.", None),
    # CONCEDE: promises of concessions, declared ceasefires, eased restrictions
    ("CONCEDE declared ceasefire", P, "Yemeni rebels declared a ceasefire with Saudi Arabia.", ("CONCEDE", ("YEM",), ("SAU",))),
    ("CONCEDE lifted curfew", P, "Sri Lanka lifted the curfew in Colombo.", ("CONCEDE", ("LKA",), ("LKA",))),
    ("CONCEDE lifted curfew", P, "The Sri Lankan president lifted the state of emergency.", ("CONCEDE", ("LKA",), ("LKA",))),
    ("CONCEDE lifted curfew", M, "Sri Lanka imposed a curfew in Colombo.", ("COERCE", ("LKA",), ("LKA",))),
    ("CONCEDE promised to withdraw", P, "Russia promised to withdraw its troops from Syria.", ("CONCEDE", ("RUS",), ("SYR",))),
    ("CONCEDE accepted a request", P, "Israel accepted a request from Egypt for a ceasefire.", ("CONCEDE", ("ISR",), ("EGY",))),
    ("CONCEDE accepted a request", N, "Israel rejected a request from Egypt for a ceasefire.", None),
    # wire style: attributions, titles, dates and appositions around the same constructions
    ("CONSULT wire visit", P, "Chinese Foreign Minister Wang Yi arrived in Pakistan on Saturday for a three-day official visit, "
     "the state news agency said.", ("CONSULT", ("CHN",), ("PAK",))),
    ("CONSULT wire visit", P, "South Korea's president began a state visit to Vietnam on Thursday, officials said.",
     ("CONSULT", ("KOR",), ("VNM",))),
    ("CONSULT wire talks", P, "Syrian and Lebanese officials held talks in Damascus on Sunday on the return of refugees, "
     "a Lebanese minister said.", ("CONSULT", ("LBN", "SYR"), ())),
    ("CONSULT wire call", P, "Qatar's emir and the Egyptian president discussed the Gaza truce in a telephone call on Monday, "
     "the emir's office said.", ("CONSULT", ("EGY", "QAT"), ())),
    ("CONSULT wire call", M, "Qatar's emir and the Egyptian president praised the Gaza truce on Monday, "
     "the emir's office said.", ("SUPPORT", ("EGY", "QAT"), ())),
    ("AGREE wire accord", P, "Chad and Sudan have agreed to deploy a joint force along their border, the Chadian "
     "government said on Tuesday.", ("AGREE", ("SDN", "TCD"), ())),
    ("SUPPORT wire signed", P, "Kenya and Ethiopia on Friday signed a defence pact in Nairobi, the Kenyan presidency said.",
     ("SUPPORT", ("ETH", "KEN"), ())),
    ("AID wire aid", P, "Saudi Arabia gave Jordan $500 million in aid, the Jordanian news agency reported on Sunday.",
     ("AID", ("SAU",), ("JOR",))),
    ("ASSAULT wire attack", P, "Suspected Boko Haram fighters attacked a village in northeast Nigeria on Sunday, killing "
     "at least 12 people, residents said.", ("ASSAULT", ("NGA",), ("NGA",))),
    ("ASSAULT wire strikes", P, "Saudi-led coalition warplanes bombed a market in northern Yemen, Houthi officials said.",
     ("ASSAULT", ("SAU",), ("YEM",))),
    ("ACCUSE wire accuse", P, "Rwanda on Monday accused Burundi of sheltering rebels who attacked its territory.",
     ("ACCUSE", ("RWA",), ("BDI",))),
    ("REQUEST wire urge", P, "The African Union urged Ethiopia and Eritrea to respect the peace deal, a statement said.",
     ("REQUEST", ("IGO",), ("ERI", "ETH"))),
    ("COERCE wire arrest", P, "Turkish police detained dozens of Syrian migrants in Istanbul on Monday, state media reported.",
     ("COERCE", ("TUR",), ("SYR",))),
    ("THREATEN wire warn", P, "Iran warned the United States on Sunday that it would retaliate against any attack.",
     ("THREATEN", ("IRN",), ("USA",))),
    ("PROTEST wire protest", P, "Thousands of Moroccans marched in Rabat on Sunday against the Israeli offensive.",
     ("PROTEST", ("MAR",), ("ISR",))),
    ("SANCTION wire expel", P, "Mali expelled the French ambassador on Monday, giving him 72 hours to leave.",
     ("SANCTION", ("MLI",), ("FRA",))),
    ("RETREAT wire release", P, "Colombian rebels freed four Ecuadorian soldiers on Tuesday, the Red Cross said.",
     ("RETREAT", ("COL",), ("ECU",))),
    # visits, hosting and welcomes, calls and talks, told in more ways
    ("CONSULT received", P, "The Syrian president was received in Moscow by the Russian president.", ("CONSULT", ("SYR",), ("RUS",))),
    ("CONSULT hosted", P, "The Russian president hosted the Turkish president at his residence in Sochi.",
     ("CONSULT", ("TUR",), ("RUS",))),
    ("CONSULT welcomed person", P, "The Saudi king welcomed the Egyptian president at the airport in Riyadh.",
     ("CONSULT", ("EGY",), ("SAU",))),
    ("CONSULT welcomed person", M, "The Saudi king welcomed the decision of the Egyptian president.", ("SUPPORT", ("SAU",), ("EGY",))),
    ("CONSULT phone", P, "The Russian and French presidents spoke by phone on Friday.", ("CONSULT", ("FRA", "RUS"), ())),
    ("CONSULT called", P, "The American president called the Israeli prime minister on Sunday to discuss the war.",
     ("CONSULT", ("ISR", "USA"), ())),
    ("CONSULT called", M, "The American president called the Israeli prime minister a friend.", None),
    ("CONSULT called", N, "Kenyan unions called a strike on Monday.", None),
    ("CONSULT called", P, "The Kenyan president called the Ugandan president to congratulate him.", ("CONSULT", ("KEN", "UGA"), ())),
    ("CONSULT talks noun", P, "Talks between Kenyan and Somali officials opened in Nairobi on Monday.", ("CONSULT", ("KEN", "SOM"), ())),
    ("CONSULT hosted talks", P, "Egypt hosted talks between Israel and Hamas in Cairo.", ("CONSULT", ("EGY",), ("ISR", "PSE"))),
    ("CONSULT met", P, "Iraqi and Iranian officials met in Baghdad on Sunday to discuss border security.", ("CONSULT", ("IRN", "IRQ"), ())),
    ("CONSULT summit", P, "Leaders of Brazil and Argentina held a summit in Buenos Aires on Tuesday.", ("CONSULT", ("ARG", "BRA"), ())),
    ("CONSULT delegation", P, "A delegation from North Korea arrived in Seoul for talks on Monday.", ("CONSULT", ("PRK",), ("KOR",))),
    ("CONSULT envoy visit", P, "The American envoy to the Middle East visited Israel and Jordan this week.",
     ("CONSULT", ("USA",), ("ISR", "JOR"))),
    # a counterpart is the party its adjective names; reporters met are no party
    ("CONSULT counterpart", P, "Japan's foreign minister met with his Chinese counterpart in Beijing.", ("CONSULT", ("CHN", "JPN"), ())),
    ("CONSULT counterpart", N, "Japan's foreign minister met with reporters in Beijing.", None),
    ("CONSULT counterpart", M, "Japan agreed with the Chinese proposal.", ("AGREE", ("JPN",), ("CHN",))),
    # a leader landing in a country visits it; shells and soldiers that land make no visit
    ("CONSULT landed", P, "Sudan's president landed in Egypt on Tuesday on his first trip abroad since the coup.",
     ("CONSULT", ("SDN",), ("EGY",))),
    ("CONSULT landed", N, "Two Russian shells landed in Ukraine on Tuesday.", None),
    ("CONSULT landed", M, "Russian paratroopers landed in Ukraine on Tuesday.", None),
    # agreements and accords, reached, signed or promised
    ("SUPPORT accord noun", P, "The accord signed by Israel and Jordan ends decades of war.", ("SUPPORT", ("ISR", "JOR"), ())),
    ("AGREE agreed to restore", P, "Kenya and Somalia have agreed to restore diplomatic relations.", ("AGREE", ("KEN", "SOM"), ())),
    ("AGREE agreed joint exercises", P, "Russia and China agreed to hold joint military exercises next year.",
     ("AGREE", ("CHN", "RUS"), ())),
    ("AGREE agreed joint exercises", M, "Russian and Chinese warships held joint exercises in the Sea of Japan.",
     ("COOPERATE", ("CHN", "RUS"), ())),
    ("AGREE consensus", P, "France and Germany reached a broad consensus on the budget, officials said.", ("AGREE", ("DEU", "FRA"), ())),
    ("AGREE agreement noun", P, "Under an agreement between Armenia and Azerbaijan, prisoners will be exchanged.",
     ("AGREE", ("ARM", "AZE"), ())),
    ("SUPPORT welcomed accord", P, "The United Nations welcomed the accord between Sudan and South Sudan.",
     ("SUPPORT", ("IGO",), ("SDN", "SSD"))),
    # a dispute or conflict settled, or the will to end it (CAMEO 037; PLOVER AGREE "express willingness to end a conflict")
    ("AGREE settled dispute", P, "Kenya and Somalia settled their border dispute.", ("AGREE", ("KEN", "SOM"), ())),
    ("AGREE settled dispute", N, "Kenya and Somalia settled in Nairobi.", None),
    ("AGREE settled dispute", M, "Kenya settled its debts with Somalia.", None),
    # demands acceded to (CAMEO 083, PLOVER CONCEDE)
    ("CONCEDE bowed to", P, "The government of Kenya bowed to demands from protesters.", ("CONCEDE", ("KEN",), ("KEN",))),
    ("CONCEDE bowed to", N, "The Kenyan president bowed his head.", None),
    ("CONCEDE bowed to", M, "The government of Kenya rejected demands from protesters.", ("REJECT", ("KEN",), ("KEN",))),
    # property burned or demolished (CAMEO 1712 through the crosswalk: ASSAULT destroy); by a crowd, a violent protest
    ("ASSAULT torched", P, "Militants in Nigeria burned down a school run by the government of Nigeria.", ("ASSAULT", ("NGA",), ("NGA",))),
    ("PROTEST torched embassy", P, "Iraqi protesters torched the Iranian consulate in Najaf.", ("PROTEST", ("IRQ",), ("IRN",))),
    ("ASSAULT demolished", P, "The Israeli army demolished the homes of two Palestinian attackers.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT arson noun", P, "An arson attack by Israeli settlers destroyed a Palestinian mosque.", ("ASSAULT", ("ISR",), ("PSE",))),
    # requests, support, reports and quotes
    ("REQUEST asked to mediate", P, "Ethiopia asked Kenya to mediate in the dispute.", ("REQUEST", ("ETH",), ("KEN",))),
    ("SUPPORT backed", P, "Washington backed the Saudi plan for Yemen.", ("SUPPORT", ("USA",), ("SAU",))),
    ("ASSAULT quoted", P, "Pakistan said Indian troops killed two of its soldiers in Kashmir.", ("ASSAULT", ("IND",), ("PAK",))),
    ("ACCUSE quoted", P, "Israel accused Hezbollah of firing rockets at northern towns.", ("ACCUSE", ("ISR",), ("LBN",))),
    ("RETREAT quoted release", P, "Hamas released an Israeli soldier on Tuesday, Egyptian mediators said.", ("RETREAT", ("PSE",), ("ISR",))),
    ("AID delivered", P, "Turkish planes delivered food and medicine to Somalia.", ("AID", ("TUR",), ("SOM",))),
    ("THREATEN warned", P, "Russia warned NATO on Monday against expanding eastward.", ("THREATEN", ("RUS",), ("IGO",))),
    # an audience granted is a host receiving a visitor (CAMEO 043)
    ("CONSULT audience", P, "The Kenyan president gave an audience to the Ugandan foreign minister in Nairobi.",
     ("CONSULT", ("UGA",), ("KEN",))),
    ("CONSULT audience", N, "The Kenyan president gave a speech to the Ugandan parliament in Nairobi.", None),
    ("CONSULT audience", M, "The concert drew a large audience in Nairobi.", None),
    # aid of every kind suspended (PLOVER SANCTION: "withdraw aid from a recipient")
    ("SANCTION suspended support", P, "The European Union suspended budget support to Niger after the coup.",
     ("SANCTION", ("IGO",), ("NER",))),
    ("SANCTION suspended support", N, "The European Union discussed budget support to Niger after the coup.", None),
    ("SANCTION suspended support", M, "The European Union increased budget support to Niger after the coup.", None),
    # gatherings banned (PLOVER COERCE restrict: "impose restrictions on political freedoms")
    ("COERCE banned gatherings", P, "Zimbabwe's government banned public gatherings in Harare ahead of the vote.",
     ("COERCE", ("ZWE",), ("ZWE",))),
    ("COERCE banned gatherings", N, "Zimbabwe's government praised public gatherings in Harare ahead of the vote.", None),
    ("COERCE banned gatherings", M, "Zimbabwe's government allowed public gatherings in Harare ahead of the vote.", None),
    # a boat stopped on its way (CAMEO 191 "restrict movement", coded COERCE through the crosswalk)
    ("COERCE blocked boat", P, "Chinese coast guard vessels blocked a Philippine supply boat near the shoal.",
     ("COERCE", ("CHN",), ("PHL",))),
    # former states are coded as their continuators, as the gold records code them; the era's adjective is no actor
    ("SUPPORT former state", P, "The Soviet Union and West Germany signed a trade agreement in Moscow today.",
     ("SUPPORT", ("DEU", "RUS"), ())),
    ("RETREAT former state", P, "Soviet troops began withdrawing from Afghanistan on Sunday.", ("RETREAT", ("RUS",), ("AFG",))),
    ("ASSAULT former state", P, "Yugoslav federal troops shelled the Croatian town of Vukovar.", ("ASSAULT", ("SRB",), ("HRV",))),
    ("ASSAULT former state", M, "Ukrainian forces fired Soviet-era rockets at Russian positions.", ("ASSAULT", ("UKR",), ("RUS",))),
    ("SANCTION former state", P, "Czechoslovakia expelled two American diplomats.", ("SANCTION", ("CZE",), ("USA",))),
    ("SANCTION former state", N, "Czechoslovakia welcomed two American diplomats.", None),
]


# rows the code does not get right yet (by text): the gaps the probe measures. Two of them set the
# codebook against the CAMEO crosswalk the stage codes through (CAMEO2PLOVER: 0871 "declare truce"
# is RETREAT ceasefire, 0356 "express intent to de-escalate" is AGREE; the codebook: declarations of
# ceasefires and promises to withdraw are CONCEDE)
GAPS: frozenset[str] = frozenset({
    "In a phone call with the Turkish president, Germany's chancellor discussed trade.",  # "in" adjunct party
    "North Korea refused to meet envoys from South Korea.",  # envoys "from" a country are not its own
    "Yemeni rebels declared a ceasefire with Saudi Arabia.",  # crosswalk: RETREAT
    "Russia promised to withdraw its troops from Syria.",  # crosswalk: AGREE
    "Qatar's emir and the Egyptian president praised the Gaza truce on Monday, the emir's office said.",
    # a pattern for boats blocked added an event to a check-half record of the PLOVER dev set: left out
    "Chinese coast guard vessels blocked a Philippine supply boat near the shoal.",
})


@pytest.mark.parametrize(
    ("rule", "kind", "text", "expected"),
    [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="probe gap")) if row[2] in GAPS else row
     for row in PROBE],
)
def test_probe_row(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, [(p.plover, sorted(p.source), sorted(p.target))
                                                               for p in counted_events(text)])


def test_probe_rows_are_positive_negative_or_near_miss() -> None:
    kinds = row_kinds(PROBE)
    assert kinds and set().union(*kinds.values()) <= ROW_KINDS
    types = {rule.split()[0] for rule in kinds}
    assert len(types) == 16  # every PLOVER type
    assert all(any(P in k for r, k in kinds.items() if r.split()[0] == t) for t in types)
    assert all(any(k - {P} for r, k in kinds.items() if r.split()[0] == t) for t in types)
