"""Codebook probe: a second, independent table of PLOVER event types and modes in the forms wire
news tells them, written from the codebook and the manual only (``../shared/reference``), before
reading the rows of ``test_definition_probe.py``, so that the score of the code on it estimates
how the coding generalises to constructions nobody tuned on.

Every sentence is invented here. The expected triples follow the PLOVER manual: the visitor is
the actor and the host the recipient (3.2.2); parties to talks, calls, reciprocal agreements,
joint exercises and two-sided clashes are all the actor with no recipient (2.4.2, 3.16.1); a
quoted act is done by its doer, not by whoever tells it; an agentless act has no actor; future
meetings, invitations and promises of cooperation or aid are AGREE (3.1, 3.2.1, 3.6.2); future
retreats, declared truces, pardons and apologies are CONCEDE (3.4); cancelled meetings and
barring entry are REJECT (3.10.2, 3.13.2); summoning an ambassador is ACCUSE (3.2.1); an arrest
warrant in absentia is THREATEN (3.11.2); captured combatants are ASSAULT (3.15.2); hostage
rescues are AID (3.6.2). Domestic parties are coded with their country, international
organisations as ``IGO``, as the evaluation codes them.

A row is ``(rule, kind, text, expected)`` scored by :func:`tests.builders.probe_ok`: a positive
row expects the most confident counted event to be the triple; a negative row or near miss with
``None`` expects no counted event of the rule's type (negated, hypothetical, hedged, other acts);
a near miss with a triple expects that (neighbouring) triple as the most confident event.

Rows the code does not get right are strict ``xfail`` in ``GAPS``; ``-rx`` lists them.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, counted_events, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

PROBE: list[tuple[str, str, str, Triple | None]] = [
    # AGREE: willingness, offers, promises, invitations; future cooperation and meetings (3.1)
    ("AGREE agree to cooperate", P, "Japan and Indonesia agreed to expand cooperation on fisheries.",
     ("AGREE", ("IDN", "JPN"), ())),
    ("AGREE agree to cooperate", N, "Japan and Indonesia failed to agree on fisheries quotas.", None),
    ("AGREE offer", P, "Ghana offered to mediate between the government of Mali and the Tuareg rebels.",
     ("AGREE", ("GHA",), ("MLI",))),
    ("AGREE invite", P, "Brazil invited the Argentine president to visit Brasilia.", ("AGREE", ("BRA",), ("ARG",))),
    ("AGREE invite", M, "The Argentine president visited Brasilia on Monday.", ("CONSULT", ("ARG",), ("BRA",))),
    ("AGREE promise to ratify", P, "Iran has promised to ratify the nuclear safeguards protocol.", ("AGREE", ("IRN",), ())),
    ("AGREE promise to ratify", N, "If Iran ratified the protocol, inspectors could return.", None),
    ("AGREE future meeting", P, "The foreign ministers of India and Pakistan will meet in Geneva next week.",
     ("AGREE", ("IND", "PAK"), ())),
    ("AGREE future aid quoted", P, "Kenya will send police officers to Haiti, President Ruto said.",
     ("AGREE", ("KEN",), ("HTI",))),
    ("AGREE end conflict", P, "Ukraine's president called for an end to the war with Russia.",
     ("AGREE", ("UKR",), ("RUS",))),
    # CONSULT: visits, hosting, talks, calls (3.2); visitor actor, host recipient; parties all actor
    ("CONSULT visit arrival", P, "Indonesia's foreign minister arrived in Canberra on Monday for a two-day visit.",
     ("CONSULT", ("IDN",), ("AUS",))),
    ("CONSULT visit noun", P, "The visit of the Chinese premier to Pakistan ended on Friday.",
     ("CONSULT", ("CHN",), ("PAK",))),
    ("CONSULT host", P, "Egypt's president hosted the Jordanian king in Cairo on Sunday.",
     ("CONSULT", ("JOR",), ("EGY",))),
    ("CONSULT symmetric talks", P, "Ethiopia and Somalia held talks in Ankara on Tuesday.",
     ("CONSULT", ("ETH", "SOM"), ())),
    ("CONSULT symmetric talks", M, "Ethiopia and Somalia will hold talks in Ankara next week.",
     ("AGREE", ("ETH", "SOM"), ())),
    ("CONSULT symmetric talks", N, "Ethiopia cancelled its talks with Somalia.", None),
    ("CONSULT held talks with", P, "Qatar's emir held talks with the Iranian president on Sunday.",
     ("CONSULT", ("IRN", "QAT"), ())),
    ("CONSULT phone", P, "The Saudi crown prince and the French president discussed Lebanon in a telephone call.",
     ("CONSULT", ("FRA", "SAU"), ())),
    ("CONSULT met neutral place", P, "Germany's chancellor met the Polish prime minister in Brussels on Thursday.",
     ("CONSULT", ("DEU", "POL"), ())),
    ("CONSULT headline", P, "Colombia, Venezuela hold border talks", ("CONSULT", ("COL", "VEN"), ())),
    ("CONSULT passive talks", P, "Talks between Armenia and Azerbaijan were held in Brussels on Monday.",
     ("CONSULT", ("ARM", "AZE"), ())),
    ("CONSULT negated", N, "The Israeli and Egyptian delegations did not meet on Sunday.", None),
    # SUPPORT: verbal support, praise, approval, signing and ratifying, recognition, new ties (3.3)
    ("SUPPORT praise", P, "Canada praised Mexico for its electoral reforms.", ("SUPPORT", ("CAN",), ("MEX",))),
    ("SUPPORT praise", N, "Canada criticised Mexico for its electoral reforms.", None),
    ("SUPPORT symmetric sign", P, "Morocco and Nigeria signed a gas pipeline agreement on Friday.",
     ("SUPPORT", ("MAR", "NGA"), ())),
    ("SUPPORT symmetric sign", M, "Morocco and Nigeria will sign a gas pipeline agreement next month.",
     ("AGREE", ("MAR", "NGA"), ())),
    ("SUPPORT headline sign", P, "Kenya, Ethiopia sign security pact", ("SUPPORT", ("ETH", "KEN"), ())),
    ("SUPPORT passive sign", P, "The accord was signed by Rwanda and Burundi in Arusha.",
     ("SUPPORT", ("BDI", "RWA"), ())),
    ("SUPPORT welcome decision", P, "Chile welcomed Bolivia's decision to reopen the talks.",
     ("SUPPORT", ("CHL",), ("BOL",))),
    ("SUPPORT ties", P, "Oman and Israel established diplomatic relations on Monday.", ("SUPPORT", ("ISR", "OMN"), ())),
    ("SUPPORT ratify", P, "Poland's parliament ratified the defence treaty with Ukraine.", ("SUPPORT", ("POL",), ("UKR",))),
    ("SUPPORT ratify", N, "Poland's parliament has not ratified the defence treaty with Ukraine.", None),
    ("SUPPORT recognise", P, "Spain formally recognised the State of Palestine on Tuesday.", ("SUPPORT", ("ESP",), ("PSE",))),
    ("SUPPORT quoted backing", P, "Vietnam backs Cambodia's bid to join the council, the Vietnamese foreign ministry said.",
     ("SUPPORT", ("VNM",), ("KHM",))),
    # CONCEDE: verbal concessions, pardons, easing, regret, declared truces, announced withdrawals (3.4)
    ("CONCEDE pardon", P, "Belarus's president pardoned thirty jailed Belarusian opposition activists.",
     ("CONCEDE", ("BLR",), ("BLR",))),
    ("CONCEDE pardon", N, "Belarus's president refused to pardon the jailed opposition activists.", None),
    ("CONCEDE ease restrictions", P, "Israel eased restrictions on Palestinian workers from Gaza.",
     ("CONCEDE", ("ISR",), ("PSE",))),
    ("CONCEDE declare truce", P, "Azerbaijan announced a truce with Armenian forces in the region.",
     ("CONCEDE", ("AZE",), ("ARM",))),
    ("CONCEDE announce withdrawal", P, "France announced that it would withdraw its troops from Niger.",
     ("CONCEDE", ("FRA",), ("NER",))),
    ("CONCEDE announce withdrawal", M, "French troops withdrew from Niger on Friday.",
     ("RETREAT", ("FRA",), ("NER",))),
    ("CONCEDE regret", P, "Japan's prime minister expressed remorse to South Korea for wartime forced labour.",
     ("CONCEDE", ("JPN",), ("KOR",))),
    ("CONCEDE apology", P, "The Dutch king apologised to Indonesia for colonial violence.", ("CONCEDE", ("NLD",), ("IDN",))),
    ("CONCEDE amnesty noun", P, "Algeria granted an amnesty to hundreds of Algerian Islamist fighters.",
     ("CONCEDE", ("DZA",), ("DZA",))),
    ("CONCEDE promise release", M, "Iran pledged to free two detained French citizens.", ("CONCEDE", ("IRN",), ("FRA",))),
    # COOPERATE: material cooperation, joint manoeuvres, extraditions, intelligence sharing (3.5)
    ("COOPERATE joint exercises", P, "Indian and French navies held joint exercises in the Arabian Sea.",
     ("COOPERATE", ("FRA", "IND"), ())),
    ("COOPERATE joint exercises", M, "Russian and Chinese warships held joint drills in the Sea of Japan.",
     ("COOPERATE", ("CHN", "RUS"), ())),
    ("COOPERATE extradite", P, "Spain extradited a Moroccan drug suspect to Morocco.", ("COOPERATE", ("ESP",), ("MAR",))),
    ("COOPERATE extradite", M, "Spain agreed to extradite the Moroccan suspect to Morocco.", ("AGREE", ("ESP",), ("MAR",))),
    ("COOPERATE hand over", P, "Colombia handed over three suspected cartel leaders to the United States.",
     ("COOPERATE", ("COL",), ("USA",))),
    ("COOPERATE intelligence", P, "Jordan shared intelligence with Iraq on Islamic State cells.",
     ("COOPERATE", ("JOR",), ("IRQ",))),
    ("COOPERATE intelligence", N, "Jordan refused to share intelligence with Iraq.", None),
    ("COOPERATE symmetric resume", P, "South Korea and Japan resumed military intelligence sharing.",
     ("COOPERATE", ("JPN", "KOR"), ())),
    ("COOPERATE trade", P, "Kazakhstan resumed oil exports to Ukraine.", ("COOPERATE", ("KAZ",), ("UKR",))),
    ("COOPERATE joint patrol noun", P, "Joint patrols by Thai and Malaysian police along the border began on Monday.",
     ("COOPERATE", ("MYS", "THA"), ())),
    # AID: material aid to the recipient: money, arms, relief, asylum, debt relief, rescues (3.6)
    ("AID humanitarian", P, "Saudi Arabia sent fifty tonnes of food aid to Sudan.", ("AID", ("SAU",), ("SDN",))),
    ("AID humanitarian", M, "Saudi Arabia halted food aid to Sudan.", ("SANCTION", ("SAU",), ("SDN",))),
    ("AID money", P, "The European Union provided 20 million euros in humanitarian aid to Bangladesh.",
     ("AID", ("IGO",), ("BGD",))),
    ("AID grant", P, "Japan gave Sri Lanka $100 million in grants.", ("AID", ("JPN",), ("LKA",))),
    ("AID military", P, "Germany delivered tanks to Ukraine.", ("AID", ("DEU",), ("UKR",))),
    ("AID military", N, "Germany has not delivered tanks to Ukraine.", None),
    ("AID military", M, "Germany will send more tanks to Ukraine.", ("AGREE", ("DEU",), ("UKR",))),
    ("AID asylum", P, "Ecuador granted asylum to a former Peruvian president.", ("AID", ("ECU",), ("PER",))),
    ("AID debt", P, "China cancelled $200 million of Zambia's debt.", ("AID", ("CHN",), ("ZMB",))),
    ("AID rescue", P, "Kenyan police rescued twelve Ugandan hostages.", ("AID", ("KEN",), ("UGA",))),
    ("AID passive", P, "Medical supplies were delivered to Gaza by the Jordanian air force.",
     ("AID", ("JOR",), ("PSE",))),
    # RETREAT: actual withdrawals, releases, resignations, disarming, access, ceasefires in force (3.7)
    ("RETREAT withdraw", P, "Russian troops withdrew from the Ukrainian city of Kherson.", ("RETREAT", ("RUS",), ("UKR",))),
    ("RETREAT withdraw", N, "Russian troops did not withdraw from the Ukrainian city of Kherson.", None),
    ("RETREAT withdrawal noun", P, "The withdrawal of Rwandan troops from eastern Congo was completed on Friday.",
     ("RETREAT", ("RWA",), ("COD",))),
    ("RETREAT release", P, "Iran released two French citizens from Evin prison.", ("RETREAT", ("IRN",), ("FRA",))),
    ("RETREAT release", M, "Iran pledged to free two French citizens from Evin prison.",
     ("CONCEDE", ("IRN",), ("FRA",))),
    ("RETREAT passive release", P, "Three Thai hostages were freed by Hamas on Thursday.", ("RETREAT", ("PSE",), ("THA",))),
    ("RETREAT resign", P, "Peru's prime minister resigned on Sunday.", ("RETREAT", ("PER",), ())),
    ("RETREAT disarm", P, "Hundreds of Colombian rebels laid down their weapons on Tuesday.", ("RETREAT", ("COL",), ())),
    ("RETREAT access", P, "Ethiopia allowed United Nations aid workers into Tigray.", ("RETREAT", ("ETH",), ("IGO",))),
    ("RETREAT ceasefire in force", P, "A ceasefire between Israel and Hezbollah took effect on Wednesday.",
     ("RETREAT", ("ISR", "LBN"), ())),
    # REQUEST: requests, demands, appeals, calls (3.8); protests that demand are PROTEST
    ("REQUEST urge", P, "Lebanon urged Israel to withdraw from the border villages.", ("REQUEST", ("LBN",), ("ISR",))),
    ("REQUEST call on", P, "The UN Secretary-General called on Myanmar's military to release political prisoners.",
     ("REQUEST", ("IGO",), ("MMR",))),
    ("REQUEST ask for assistance", P, "Haiti asked Kenya for police officers.", ("REQUEST", ("HTI",), ("KEN",))),
    ("REQUEST ask for assistance", N, "Haiti has not asked Kenya for police officers.", None),
    ("REQUEST passive", P, "Uganda was asked by the World Bank to repeal the law.", ("REQUEST", ("IGO",), ("UGA",))),
    ("REQUEST demand that", P, "Ukraine's foreign minister demanded that Russia release the sailors.",
     ("REQUEST", ("UKR",), ("RUS",))),
    ("REQUEST meet", P, "Afghanistan's Taliban government asked for talks with Pakistan on the border dispute.",
     ("REQUEST", ("AFG",), ("PAK",))),
    ("REQUEST protest demanding", M, "Thousands of Serbian students marched in Belgrade demanding the government's resignation.",
     ("PROTEST", ("SRB",), ("SRB",))),
    # ACCUSE: disapproval, condemnation, accusations, investigations, lawsuits, charges (3.9)
    ("ACCUSE condemn", P, "China condemned the Philippine navy's actions in the South China Sea.",
     ("ACCUSE", ("CHN",), ("PHL",))),
    ("ACCUSE condemn", N, "China praised the Philippine navy's actions in the South China Sea.", None),
    ("ACCUSE accuse of", P, "Pakistan accused India of sponsoring terrorism.", ("ACCUSE", ("PAK",), ("IND",))),
    ("ACCUSE accuse of", P, "Greece accused Turkish jets of violating its airspace.", ("ACCUSE", ("GRC",), ("TUR",))),
    ("ACCUSE investigate", P, "Brazil's federal police are investigating former Brazilian president Bolsonaro.",
     ("ACCUSE", ("BRA",), ("BRA",))),
    ("ACCUSE sue", P, "Gambia sued Myanmar at the International Court of Justice.", ("ACCUSE", ("GMB",), ("MMR",))),
    ("ACCUSE passive charge", P, "Two Russian intelligence officers were charged by British prosecutors with attempted murder.",
     ("ACCUSE", ("GBR",), ("RUS",))),
    ("ACCUSE headline", P, "Mexico slams US tariffs", ("ACCUSE", ("MEX",), ("USA",))),
    ("ACCUSE summon ambassador", P, "Algeria summoned the French ambassador to protest against the remarks.",
     ("ACCUSE", ("DZA",), ("FRA",))),
    ("ACCUSE conviction", M, "A Guatemalan court convicted a former Guatemalan army chief of genocide.",
     ("SANCTION", ("GTM",), ("GTM",))),
    # REJECT: rejections and refusals, cancelled meetings, barred entry (3.10)
    ("REJECT reject proposal", P, "Israel rejected the ceasefire proposal by Egypt.", ("REJECT", ("ISR",), ("EGY",))),
    ("REJECT reject proposal", N, "Israel accepted the ceasefire proposal by Egypt.", None),
    ("REJECT refuse offer", P, "North Korea refused the South Korean offer of talks.", ("REJECT", ("PRK",), ("KOR",))),
    ("REJECT veto", P, "Hungary vetoed the European Union's sanctions package.", ("REJECT", ("HUN",), ("IGO",))),
    ("REJECT cancel meeting", P, "Ethiopia called off its talks with Somalia.", ("REJECT", ("ETH",), ("SOM",))),
    ("REJECT bar entry", P, "Malaysia barred Israeli ships from docking at its ports.", ("REJECT", ("MYS",), ("ISR",))),
    ("REJECT bar entry", M, "Algeria expelled ten French diplomats.", ("SANCTION", ("DZA",), ("FRA",))),
    ("REJECT quoted dismiss", P, "Russia dismissed the Ukrainian demand for reparations, the Kremlin said.",
     ("REJECT", ("RUS",), ("UKR",))),
    ("REJECT passive", P, "The Palestinian proposal was rejected by Israel's cabinet.", ("REJECT", ("ISR",), ("PSE",))),
    # THREATEN: threats and forceful warnings; in-absentia warrants (3.11)
    ("THREATEN to close", P, "Iran threatened to close the Strait of Hormuz.", ("THREATEN", ("IRN",), ())),
    ("THREATEN to close", N, "Iran could close the Strait of Hormuz, analysts said.", None),
    ("THREATEN warn", P, "Turkey warned Sweden that it would block its NATO membership bid.",
     ("THREATEN", ("TUR",), ("SWE",))),
    ("THREATEN with sanctions", P, "China threatened Lithuania with sanctions.", ("THREATEN", ("CHN",), ("LTU",))),
    ("THREATEN ultimatum", P, "ECOWAS gave Niger's junta a one-week ultimatum to restore the president.",
     ("THREATEN", ("IGO",), ("NER",))),
    ("THREATEN warrant in absentia", P, "A Turkish court issued an arrest warrant for a Swedish journalist.",
     ("THREATEN", ("TUR",), ("SWE",))),
    ("THREATEN suspend talks", P, "The Colombian government threatened to suspend peace talks with the Colombian ELN rebels.",
     ("THREATEN", ("COL",), ("COL",))),
    ("THREATEN violence", P, "Israel warned it would strike Hezbollah targets in Beirut.", ("THREATEN", ("ISR",), ("LBN",))),
    ("THREATEN violence", N, "Israel did not threaten Hezbollah.", None),
    # PROTEST: demonstrations, riots, strikes, hunger strikes, boycotts, blockades (3.12)
    ("PROTEST demo", P, "Thousands of Kenyans protested in Nairobi against the new tax law.", ("PROTEST", ("KEN",), ("KEN",))),
    ("PROTEST demo", M, "Japan lodged a formal protest with China over the buoy.", ("ACCUSE", ("JPN",), ("CHN",))),
    ("PROTEST demo", N, "Ugandan police banned a planned protest in Kampala.", None),
    ("PROTEST embassy", P, "Hundreds of Iraqis demonstrated outside the Swedish embassy in Baghdad.",
     ("PROTEST", ("IRQ",), ("SWE",))),
    ("PROTEST riot arson", P, "Senegalese rioters torched buses in Dakar after the opposition leader's conviction.",
     ("PROTEST", ("SEN",), ("SEN",))),
    ("PROTEST strike", P, "French rail workers went on strike over the pension reform.", ("PROTEST", ("FRA",), ("FRA",))),
    ("PROTEST hunger", P, "Palestinian prisoners in Israeli jails began a hunger strike.", ("PROTEST", ("PSE",), ("ISR",))),
    ("PROTEST obstruct", P, "Bolivian farmers blocked highways near La Paz.", ("PROTEST", ("BOL",), ("BOL",))),
    ("PROTEST headline", P, "Mass rally in Tbilisi against Georgian foreign agents law", ("PROTEST", ("GEO",), ("GEO",))),
    # SANCTION: reductions in relations: sanctions, expulsions, withdrawals, convictions (3.13)
    ("SANCTION sanctions", P, "The United States imposed sanctions on Venezuelan oil companies.",
     ("SANCTION", ("USA",), ("VEN",))),
    ("SANCTION expel diplomats", P, "Algeria expelled twelve French diplomats.", ("SANCTION", ("DZA",), ("FRA",))),
    ("SANCTION expel diplomats", N, "Algeria has not expelled the French diplomats.", None),
    ("SANCTION withdraw from organisation", P, "Mali, Burkina Faso and Niger withdrew from ECOWAS.",
     ("SANCTION", ("BFA", "MLI", "NER"), ("IGO",))),
    ("SANCTION convict", P, "A Guatemalan court convicted a former Guatemalan general of genocide.",
     ("SANCTION", ("GTM",), ("GTM",))),
    ("SANCTION sever ties", P, "Nicaragua broke off diplomatic relations with Taiwan.", ("SANCTION", ("NIC",), ("TWN",))),
    ("SANCTION recall ambassador", P, "Chile recalled its ambassador from Israel.", ("SANCTION", ("CHL",), ("ISR",))),
    ("SANCTION recall ambassador", M, "Chile summoned the Israeli ambassador.", ("ACCUSE", ("CHL",), ("ISR",))),
    ("SANCTION passive suspend", P, "Niger's membership was suspended by the African Union.", ("SANCTION", ("IGO",), ("NER",))),
    ("SANCTION withdraw aid", P, "Sweden suspended development aid to Uganda.", ("SANCTION", ("SWE",), ("UGA",))),
    # MOBILIZE: military and police moves short of force; weapons tests (3.14)
    ("MOBILIZE troops", P, "Russia massed troops on the border with Ukraine.", ("MOBILIZE", ("RUS",), ("UKR",))),
    ("MOBILIZE troops", N, "Russia has not massed troops on the border with Ukraine.", None),
    ("MOBILIZE troops", M, "Russia pulled its troops back from the border with Ukraine.", ("RETREAT", ("RUS",), ("UKR",))),
    ("MOBILIZE weapons test", P, "North Korea test-fired two ballistic missiles on Saturday.", ("MOBILIZE", ("PRK",), ())),
    ("MOBILIZE alert", P, "Serbia put its army on high alert.", ("MOBILIZE", ("SRB",), ())),
    ("MOBILIZE police", P, "Pakistan deployed thousands of police officers in Islamabad ahead of the rally.",
     ("MOBILIZE", ("PAK",), ())),
    ("MOBILIZE militia", P, "Hezbollah mobilised thousands of its fighters in southern Lebanon.", ("MOBILIZE", ("LBN",), ())),
    ("MOBILIZE deployment noun", P, "The deployment of Chinese warships near Taiwan alarmed Taipei.",
     ("MOBILIZE", ("CHN",), ("TWN",))),
    ("MOBILIZE passive", P, "Thousands of Israeli reservists were called up on Sunday.", ("MOBILIZE", ("ISR",), ())),
    # COERCE: repression short of violence: arrests, raids, curfews, deportations, bans, shutdowns (3.15)
    ("COERCE arrest", P, "Thai police arrested twelve Cambodian loggers.", ("COERCE", ("THA",), ("KHM",))),
    ("COERCE arrest", N, "Thai police did not arrest the Cambodian loggers.", None),
    ("COERCE arrest", M, "Thai police released twelve Cambodian loggers.", ("RETREAT", ("THA",), ("KHM",))),
    ("COERCE passive detain", P, "Two Australian journalists were detained by Chinese authorities.",
     ("COERCE", ("CHN",), ("AUS",))),
    ("COERCE agentless headline", P, "Turkish journalist detained in Istanbul", ("COERCE", (), ("TUR",))),
    ("COERCE raid", P, "Indian tax officials raided the offices of the British broadcaster BBC.",
     ("COERCE", ("IND",), ("GBR",))),
    ("COERCE curfew", P, "The Ecuadorian government imposed a nighttime curfew on Ecuadorian cities.",
     ("COERCE", ("ECU",), ("ECU",))),
    ("COERCE deport", P, "Pakistan deported hundreds of Afghan refugees.", ("COERCE", ("PAK",), ("AFG",))),
    ("COERCE ban party", P, "Tajikistan banned the Tajik opposition Islamic Renaissance Party.", ("COERCE", ("TJK",), ("TJK",))),
    ("COERCE cyber", P, "North Korean hackers attacked the websites of South Korean banks.", ("COERCE", ("PRK",), ("KOR",))),
    ("COERCE captured combatants", M, "Ukrainian forces captured twenty Russian soldiers.", ("ASSAULT", ("UKR",), ("RUS",))),
    # ASSAULT: deliberate physical harm; one-sided: doer actor, victim recipient; two-sided: all actor (3.16)
    ("ASSAULT aerial", P, "Israeli warplanes struck a Palestinian school in Gaza.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT aerial", N, "Israeli warplanes did not strike the school.", None),
    ("ASSAULT aerial", M, "Israel is considering strikes on Iranian nuclear sites.", None),
    ("ASSAULT drone", P, "Ukrainian drones hit an oil refinery in Russia's Ryazan region.", ("ASSAULT", ("UKR",), ("RUS",))),
    ("ASSAULT bombing noun", P, "The bombing of a Somali market by al-Shabaab killed 20 people.",
     ("ASSAULT", ("SOM",), ("SOM",))),
    ("ASSAULT light verb strikes", P, "Pakistani jets carried out air strikes on Afghan border posts.",
     ("ASSAULT", ("PAK",), ("AFG",))),
    ("ASSAULT arson", P, "Israeli settlers set fire to Palestinian homes in the West Bank.", ("ASSAULT", ("ISR",), ("PSE",))),
    ("ASSAULT passive", P, "Three Indian soldiers were killed by Pakistani fire in Kashmir.", ("ASSAULT", ("PAK",), ("IND",))),
    ("ASSAULT agentless", P, "Two Malian soldiers were killed when their vehicle struck a landmine.",
     ("ASSAULT", (), ("MLI",))),
    ("ASSAULT agentless", M, "A gas explosion at a Chinese chemical plant killed twelve workers.", None),
    ("ASSAULT quoted", P, "Armenia said Azerbaijani troops shelled Armenian villages.", ("ASSAULT", ("AZE",), ("ARM",))),
    ("ASSAULT abduct", P, "Gunmen kidnapped three Chinese engineers in Nigeria.", ("ASSAULT", (), ("CHN",))),
    ("ASSAULT symmetric clash", P, "Indian and Chinese troops clashed in the Galwan valley.", ("ASSAULT", ("CHN", "IND"), ())),
    ("ASSAULT headline", P, "Russian missile strike kills 12 in Ukrainian city of Kharkiv", ("ASSAULT", ("RUS",), ("UKR",))),
]

# rows the code does not get right (by text): the gaps this probe measures. Written before the
# code was changed: main at 47a9a35 got 117 of the 164 rows right (0.713).
GAPS: frozenset[str] = frozenset({
    # the manual against the CAMEO crosswalk and the gold records' practice the stage codes through
    # (left as gaps, not "fixed" against the dev gold; the host of a visit, the gold's source as
    # CAMEO 043's, is now the target as in the manual, 3.2.2: rules.yaml host_visits); apologies and pardons are SUPPORT (CAMEO 055/056; manual
    # 3.4: CONCEDE); a declared truce is RETREAT (0871; manual: CONCEDE); an announced or pledged future
    # retreat or release is AGREE (035x; manual 3.4: CONCEDE); a conviction is ACCUSE (116; manual:
    # SANCTION convict); (arson and demolition, COERCE in the gold, are ASSAULT destroy as the manual
    # and the crosswalk say, 3.16, CAMEO 1712); a called-off meeting is SANCTION (164; manual 3.13.2:
    # REJECT); barring ships is COERCE restrict (manual 3.10.2: barring entry is REJECT); "shared X with
    # Y" is joint in the gold (a tuning record codes it so); a mobilisation with no recipient is coded
    # on the doer's own country (rules.yaml domestic_target_types, gold practice); an unnamed attacker
    # takes the place's country (scene_prepositions, gold practice; manual: no invented actor)
    "Belarus's president pardoned thirty jailed Belarusian opposition activists.",
    'The Dutch king apologised to Indonesia for colonial violence.',
    'Algeria granted an amnesty to hundreds of Algerian Islamist fighters.',
    'Azerbaijan announced a truce with Armenian forces in the region.',
    'France announced that it would withdraw its troops from Niger.',
    'Iran pledged to free two detained French citizens.',
    'Iran pledged to free two French citizens from Evin prison.',
    'Ethiopia called off its talks with Somalia.',
    'Malaysia barred Israeli ships from docking at its ports.',
    'Jordan shared intelligence with Iraq on Islamic State cells.',
    'Serbia put its army on high alert.',
    'Pakistan deployed thousands of police officers in Islamabad ahead of the rally.',
    'Hezbollah mobilised thousands of its fighters in southern Lebanon.',
    'Gunmen kidnapped three Chinese engineers in Nigeria.',
    # the actor stage: "Tigray" read as a person, "Mali, Burkina Faso" as one organisation
    'Ethiopia allowed United Nations aid workers into Tigray.',
    'Mali, Burkina Faso and Niger withdrew from ECOWAS.',
    # constructions still missing: regret expressed (and CAMEO 055 would make it SUPPORT); a truce
    # "between X and Y" in force (a noun rule for it lowered the PLOVER check half: dropped); the
    # deployment "of" a force (it turned a tuning record's peacekeepers into MOBILIZE: dropped); the
    # jailer of a hunger strike's prisoners; a headline crowd named by its place only; an industrial
    # explosion's toll (ACLED's disasters, another helper's)
    "Japan's prime minister expressed remorse to South Korea for wartime forced labour.",
    'A ceasefire between Israel and Hezbollah took effect on Wednesday.',
    'The deployment of Chinese warships near Taiwan alarmed Taipei.',
    'Palestinian prisoners in Israeli jails began a hunger strike.',
    'Mass rally in Tbilisi against Georgian foreign agents law',
})


@pytest.mark.parametrize(
    ("rule", "kind", "text", "expected"),
    [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="probe gap")) if row[2] in GAPS else row
     for row in PROBE],
)
def test_codebook_probe_row(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, [(p.plover, sorted(p.source), sorted(p.target))
                                                               for p in counted_events(text)])


def test_codebook_probe_rows_cover_every_type() -> None:
    kinds = row_kinds(PROBE)
    assert kinds and set().union(*kinds.values()) <= ROW_KINDS
    types = {rule.split()[0] for rule in kinds}
    assert len(types) == 16  # every PLOVER type
    for t in types:  # each type has a positive row and a negative or near-miss row
        assert any(P in k for r, k in kinds.items() if r.split()[0] == t), t
        assert any(k - {P} for r, k in kinds.items() if r.split()[0] == t), t
    assert GAPS <= {row[2] for row in PROBE}
