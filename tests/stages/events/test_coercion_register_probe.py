"""A blind class probe of THREATEN, COERCE, SANCTION and REQUEST as news words them (issue 16).

Every sentence is invented here and coded, before the code was run, from the PLOVER codebook's
definitions (``../shared/reference/PLOVER_codebook.csv``; CAMEO 10 / 13 / 16 / 17 for the borders)
and the VOA gold's conventions (requested / threatened acts sit inside their REQUEST / THREATEN and
are not coded apart; sources and targets are country codes, ``IGO`` for international bodies and
NGOs, "" when the sentence names no actor's country).

Decisions taken from the codebook: THREATEN is any coercive or forceful warning with serious
repercussions (threats to attack, to sanction, to cut ties, to ban, arrest or expel; ultimatums;
conditional "if ... will" warnings); a threat reported as denied, a "threat" as a topic and a
warning of weather or prices are no THREATEN. COERCE's "arrest or detain people" has no political
qualifier, so a police arrest of criminal suspects is COERCE just as a political detention is;
convictions and sentences are SANCTION (codebook mode convict; the stop-50 convention). SANCTION
is any cut in relations (sanctions, asset freezes, blacklists, tariffs, embargoes, aid cut, ties
broken, ambassador recalled, diplomats expelled, suspension from a body, withdrawal from a treaty).
REQUEST is every request, demand, appeal or order ("called on X to", "urged", "appealed to",
"asked X to", "pressed X for", "demanded"); demands made by protesting crowds are PROTEST, not
REQUEST. Crowd-control weapons, mass expulsions, abductions and executions are ASSAULT (codebook
modes), the border rows of COERCE.

Near misses (type ``NOT``) hold when no counted event of the five classes is found.
A typed row holds when the most confident counted event is the expected (type, source, target);
rows still failing are strict xfails in ``GAPS``.

Measured (rows / type right / triple right) on main before any rule (ddc974fd; the held-out
estimate): all 117/102/88 (type 0.872, triple 0.752; tune half 61/54/47, check half 56/48/41 by
half(text)); THREATEN 28/26/22, COERCE 28/21/15, SANCTION 18/17/17, REQUEST 20/18/16, ASSAULT 5/4/2,
NOT 18/16/16. After the rules of ``test_threat_coerce_rules.py``: unchanged (their constructions are other than
these rows'); COERCE words that fixed coerce-ban-03, coerce-evict-01 and coerce-block-01 (117/105/91) were dropped:
they added a spurious event on the PLOVER dev check half.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.builders import counted_events, triple_row_result

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
CLASSES = frozenset({"THREATEN", "COERCE", "SANCTION", "REQUEST", "ASSAULT"})


def _r(rid: str, text: str, plover: str, source: str = "", target: str = "") -> Row:
    return rid, text, plover, tuple(source.split()), tuple(target.split())


THREATEN: list[Row] = [
    _r("threat-to-01", "North Korea threatened to launch a nuclear strike on the United States.", "THREATEN", "PRK", "USA"),
    _r("threat-to-02", "Houthi rebels threatened to attack Saudi oil facilities.", "THREATEN", "YEM", "SAU"),
    _r("threat-to-03", "Sudan's army chief threatened to expel the United Nations mission from the country.", "THREATEN", "SDN", "IGO"),
    _r("threat-to-04", "Pakistan threatened to cut diplomatic ties with Afghanistan over the cross-border attacks.", "THREATEN", "PAK", "AFG"),
    _r("threat-to-05", "The Kenyan government threatened to ban the main opposition party.", "THREATEN", "KEN", "KEN"),
    _r("threat-to-06", "President Trump threatened to impose tariffs of 25 percent on Mexican goods.", "THREATEN", "USA", "MEX"),
    _r("threat-to-07", "Iran threatened to close the Strait of Hormuz.", "THREATEN", "IRN", ""),
    _r("threat-to-08", "Niger's junta threatened to try the ousted president for high treason.", "THREATEN", "NER", "NER"),
    _r("threat-to-09", "Ethiopian authorities threatened to arrest opposition leaders who join the protests.", "THREATEN", "ETH", "ETH"),
    _r("threat-obj-01", "The European Union threatened Hungary with the loss of billions of euros in funding.", "THREATEN", "IGO", "HUN"),
    _r("threat-obj-02", "The United States threatened sanctions against Uganda over its new law.", "THREATEN", "USA", "UGA"),
    _r("threat-obj-03", "Armed settlers threatened Palestinian farmers near Hebron.", "THREATEN", "ISR", "PSE"),
    _r("threat-warn-01", "Iran's foreign minister warned Israel of a crushing response if it attacked Iranian nuclear sites.", "THREATEN", "IRN", "ISR"),
    _r("threat-warn-02", "China warned Taiwan that any move toward independence would mean war.", "THREATEN", "CHN", "TWN"),
    _r("threat-warn-03", "Washington warned Beijing of serious consequences if it supplied weapons to Russia.", "THREATEN", "USA", "CHN"),
    _r("threat-warn-04", "Israel's defense minister warned that Hezbollah would pay a heavy price for any attack.", "THREATEN", "ISR", "LBN"),
    _r("threat-warn-05", "Moscow warned Finland of retaliatory measures after it joined NATO.", "THREATEN", "RUS", "FIN"),
    _r("threat-warn-06", "Azerbaijan's president warned Armenia that his army would not hesitate to use force.", "THREATEN", "AZE", "ARM"),
    _r("threat-warn-07", "Hamas warned it would kill hostages if Israeli airstrikes continued.", "THREATEN", "PSE", "ISR"),
    _r("threat-vow-01", "Turkey's president vowed to retaliate against Syrian government forces.", "THREATEN", "TUR", "SYR"),
    _r("threat-vow-02", "Colombia's president vowed to hunt down the guerrilla commanders behind the bombing.", "THREATEN", "COL", "COL"),
    _r("threat-vow-03", "Iran's supreme leader vowed revenge against the United States for the killing of the general.", "THREATEN", "IRN", "USA"),
    _r("threat-ultimatum-01", "Russia gave Ukraine an ultimatum to withdraw its troops from the region by Friday.", "THREATEN", "RUS", "UKR"),
    _r("threat-ultimatum-02", "West African leaders issued an ultimatum to Niger's junta to restore the president within a week.", "THREATEN", "IGO", "NER"),
    _r("threat-cond-01", "Greece said it would respond with force if Turkish ships entered its waters.", "THREATEN", "GRC", "TUR"),
    _r("threat-cond-02", "Poland said it would close its border with Belarus if the provocations continued.", "THREATEN", "POL", "BLR"),
    _r("threat-prospect-01", "Venezuela's president raised the prospect of annexing the disputed Essequibo region of Guyana.", "THREATEN", "VEN", "GUY"),
    _r("threat-noun-01", "China issued a stern warning to the Philippines over its patrols near the shoal.", "THREATEN", "CHN", "PHL"),
]

COERCE: list[Row] = [
    _r("coerce-arrest-01", "Police in Harare arrested a Zimbabwean journalist on Friday.", "COERCE", "ZWE", "ZWE"),
    _r("coerce-arrest-02", "Kenyan police arrested two men suspected of robbing a bank in Mombasa.", "COERCE", "KEN", ""),
    _r("coerce-arrest-03", "The Taliban detained a British aid worker in Kabul.", "COERCE", "AFG", "GBR"),
    _r("coerce-arrest-04", "Saudi police detained a U.S. citizen over his social media posts.", "COERCE", "SAU", "USA"),
    _r("coerce-arrest-05", "Dozens of protesters were detained by Georgian police outside parliament.", "COERCE", "GEO", "GEO"),
    _r("coerce-arrest-06", "Authorities in Tunisia detained a former prime minister on Monday.", "COERCE", "TUN", "TUN"),
    _r("coerce-arrest-07", "Thai police took the student activist into custody.", "COERCE", "THA", "THA"),
    _r("coerce-arrest-08", "Cuban police rounded up dozens of dissidents ahead of the planned march.", "COERCE", "CUB", "CUB"),
    _r("coerce-house-01", "Russian authorities placed the opposition politician under house arrest.", "COERCE", "RUS", "RUS"),
    _r("coerce-deport-01", "Algeria deported hundreds of migrants from Niger across the desert border.", "COERCE", "DZA", "NER"),
    _r("coerce-deport-02", "Nicaragua expelled a Catholic bishop to the United States.", "COERCE", "NIC", "NIC"),
    _r("coerce-ban-01", "Hong Kong authorities outlawed the pro-democracy group.", "COERCE", "HKG", "HKG"),
    _r("coerce-ban-02", "Iranian authorities shut down the newspaper after it published a cartoon.", "COERCE", "IRN", "IRN"),
    _r("coerce-ban-03", "Guinea's junta dissolved the country's main opposition coalition.", "COERCE", "GIN", "GIN"),
    _r("coerce-ban-04", "Zimbabwe's government banned public gatherings ahead of the election.", "COERCE", "ZWE", "ZWE"),
    _r("coerce-censor-01", "Bangladesh blocked access to mobile internet in the capital.", "COERCE", "BGD", "BGD"),
    _r("coerce-censor-02", "Russia's media regulator blocked the website of an independent broadcaster.", "COERCE", "RUS", "RUS"),
    _r("coerce-censor-03", "India suspended mobile internet services in Haryana after the clashes.", "COERCE", "IND", "IND"),
    _r("coerce-curfew-01", "Indian authorities imposed a curfew in parts of Manipur.", "COERCE", "IND", "IND"),
    _r("coerce-curfew-02", "Myanmar's junta imposed martial law in several townships of Yangon.", "COERCE", "MMR", "MMR"),
    _r("coerce-seize-01", "Egyptian police confiscated the passports of several rights activists.", "COERCE", "EGY", "EGY"),
    _r("coerce-seize-02", "Ugandan soldiers seized the ballot boxes at a polling station.", "COERCE", "UGA", ""),
    _r("coerce-raid-01", "Turkish police raided the offices of a pro-Kurdish party in Ankara.", "COERCE", "TUR", "TUR"),
    _r("coerce-crack-01", "Chinese security forces cracked down on Uyghur Muslims in Xinjiang.", "COERCE", "CHN", "CHN"),
    _r("coerce-evict-01", "Israeli police evicted Palestinian families from their homes in East Jerusalem.", "COERCE", "ISR", "PSE"),
    _r("coerce-block-01", "Chinese coast guard ships blocked a Philippine supply vessel near the shoal.", "COERCE", "CHN", "PHL"),
    _r("coerce-cordon-01", "Pakistani security forces cordoned off the area around parliament in Islamabad.", "COERCE", "PAK", ""),
    _r("coerce-strip-01", "Belarusian authorities stripped the exiled opposition leader of her citizenship.", "COERCE", "BLR", "BLR"),
]

SANCTION: list[Row] = [
    _r("sanction-impose-01", "The United States imposed sanctions on three Iranian oil companies.", "SANCTION", "USA", "IRN"),
    _r("sanction-freeze-01", "The European Union froze the assets of 20 Russian officials.", "SANCTION", "IGO", "RUS"),
    _r("sanction-black-01", "The U.S. Treasury blacklisted a Venezuelan businessman accused of money laundering.", "SANCTION", "USA", "VEN"),
    _r("sanction-aid-01", "Germany cut development aid to Niger after the coup.", "SANCTION", "DEU", "NER"),
    _r("sanction-recall-01", "Morocco recalled its ambassador from Paris.", "SANCTION", "MAR", "FRA"),
    _r("sanction-ties-01", "Bolivia broke off diplomatic relations with Israel.", "SANCTION", "BOL", "ISR"),
    _r("sanction-tariff-01", "China imposed tariffs on Australian wine.", "SANCTION", "CHN", "AUS"),
    _r("sanction-talks-01", "Canada suspended trade talks with India.", "SANCTION", "CAN", "IND"),
    _r("sanction-embargo-01", "Washington slapped an arms embargo on South Sudan.", "SANCTION", "USA", "SSD"),
    _r("sanction-expel-01", "Mali's junta expelled the French ambassador.", "SANCTION", "MLI", "FRA"),
    _r("sanction-withdraw-01", "Burkina Faso withdrew from the Economic Community of West African States.", "SANCTION", "BFA", "IGO"),
    _r("sanction-suspend-01", "The African Union suspended Gabon after the military takeover.", "SANCTION", "IGO", "GAB"),
    _r("sanction-travel-01", "Britain imposed a travel ban on two Israeli settlers.", "SANCTION", "GBR", "ISR"),
    _r("sanction-imports-01", "China halted imports of Japanese seafood.", "SANCTION", "CHN", "JPN"),
    _r("sanction-fund-01", "The World Bank suspended funding to Uganda.", "SANCTION", "IGO", "UGA"),
    _r("sanction-convict-01", "An Iranian court convicted the French researcher of espionage.", "SANCTION", "IRN", "FRA"),
    _r("sanction-sentence-01", "A Moscow court sentenced the American journalist to 16 years in prison.", "SANCTION", "RUS", "USA"),
    _r("sanction-passive-01", "Sanctions were imposed on North Korea by the Security Council.", "SANCTION", "IGO", "PRK"),
]

REQUEST: list[Row] = [
    _r("request-callon-01", "The U.N. secretary-general called on both sides to agree to a ceasefire.", "REQUEST", "IGO", ""),
    _r("request-callon-02", "Canada called on Rwanda to stop supporting the M23 rebels.", "REQUEST", "CAN", "RWA"),
    _r("request-urge-01", "France urged Iran to release the two French citizens it holds.", "REQUEST", "FRA", "IRN"),
    _r("request-urge-02", "The United States urged Serbia to pull back its troops from the border.", "REQUEST", "USA", "SRB"),
    _r("request-urge-03", "Iran was urged by the IAEA to grant inspectors access to its sites.", "REQUEST", "IGO", "IRN"),
    _r("request-appeal-01", "Ukraine's president appealed to Western allies for more air defence systems.", "REQUEST", "UKR", ""),
    _r("request-appeal-02", "Lebanon's prime minister pleaded with donors for emergency aid.", "REQUEST", "LBN", ""),
    _r("request-ask-01", "Pakistan asked the Taliban government to act against militants on Afghan soil.", "REQUEST", "PAK", "AFG"),
    _r("request-ask-02", "Brazil's president asked Washington for help in protecting the Amazon.", "REQUEST", "BRA", "USA"),
    _r("request-ask-03", "Japan asked China to lift its ban on Japanese seafood.", "REQUEST", "JPN", "CHN"),
    _r("request-ask-04", "Armenia asked Russia to send peacekeepers to the border.", "REQUEST", "ARM", "RUS"),
    _r("request-press-01", "The European Union pressed China for access to Xinjiang.", "REQUEST", "IGO", "CHN"),
    _r("request-request-01", "Somalia requested that the African Union delay the withdrawal of its troops.", "REQUEST", "SOM", "IGO"),
    _r("request-request-02", "South Korea requested a meeting with North Korean officials.", "REQUEST", "KOR", "PRK"),
    _r("request-demand-01", "Germany demanded an explanation from Russia over the detention of its citizen.", "REQUEST", "DEU", "RUS"),
    _r("request-demand-02", "Kenya's opposition leader demanded the resignation of the election commission chairman.", "REQUEST", "KEN", "KEN"),
    _r("request-callfor-01", "Human Rights Watch called for an independent investigation into the killings in Ethiopia.", "REQUEST", "IGO", "ETH"),
    _r("request-sought-01", "The Philippines sought U.S. assistance in monitoring the South China Sea.", "REQUEST", "PHL", "USA"),
    _r("request-order-01", "Israel told residents of northern Gaza to move south.", "REQUEST", "ISR", "PSE"),
    _r("request-order-02", "Mali's junta ordered the U.N. peacekeeping mission to leave the country.", "REQUEST", "MLI", "IGO"),
]

ASSAULT: list[Row] = [
    _r("assault-gas-01", "Senegalese police fired tear gas at opposition supporters in Dakar.", "ASSAULT", "SEN", "SEN"),
    _r("assault-cleanse-01", "Ethiopian forces expelled thousands of ethnic Tigrayans from western Tigray.", "ASSAULT", "ETH", "ETH"),
    _r("assault-abduct-01", "Gunmen kidnapped 30 students from a school in northern Nigeria.", "ASSAULT", "", "NGA"),
    _r("assault-execute-01", "Saudi Arabia executed seven men convicted of terrorism.", "ASSAULT", "SAU", ""),
    _r("assault-beat-01", "Zimbabwean police beat opposition activists in custody, the party said.", "ASSAULT", "ZWE", "ZWE"),
]

NEAR: list[Row] = [
    _r("not-warn-01", "The weather service warned of heavy rain in Bangladesh this week.", "NOT"),
    _r("not-warn-02", "Doctors warned that the outbreak could spread to neighbouring countries.", "NOT"),
    _r("not-warn-03", "Economists warned that inflation would rise in Turkey next year.", "NOT"),
    _r("not-threat-01", "Russia denied threatening Moldova.", "NOT"),
    _r("not-threat-02", "The foreign minister said his country posed no threat to its neighbours.", "NOT"),
    _r("not-threat-03", "Climate change is a threat to food security in Africa, the report said.", "NOT"),
    _r("not-threat-04", "Analysts said North Korea could one day threaten Japan with longer-range missiles.", "NOT"),
    _r("not-arrest-01", "The new drug arrested the spread of the disease in mice.", "NOT"),
    _r("not-arrest-02", "The documentary about the detention camps won an award in Berlin.", "NOT"),
    _r("not-curfew-01", "The curfew in Kaduna was lifted on Friday.", "NOT"),
    _r("not-release-01", "The jailed Belarusian activist was released on Thursday.", "NOT"),
    _r("not-sanction-01", "The Senate debated a bill on sanctions against Iran.", "NOT"),
    _r("not-sanction-02", "The sanctions on Iraq were lifted in 2003.", "NOT"),
    _r("not-sanction-03", "Russia said Western sanctions had failed to damage its economy.", "NOT"),
    _r("not-request-01", "Thousands marched in Tbilisi demanding the government's resignation.", "NOT"),
    _r("not-request-02", "Iran rejected calls to halt uranium enrichment.", "NOT"),
    _r("not-request-03", "The request for comment went unanswered.", "NOT"),
    _r("not-ban-01", "The ban on plastic bags was first proposed by Kenya a decade ago.", "NOT"),
]

ROWS: list[Row] = THREATEN + COERCE + SANCTION + REQUEST + ASSAULT + NEAR

# rows main gets wrong (strict xfail until a rule fixes them): rid -> what main does
GAPS: dict[str, str] = {
    "threat-to-03": "wrong argument: THREATEN SDN->-",
    "threat-obj-03": "wrong argument: THREATEN PSE->PSE",
    "threat-warn-07": "wrong argument: THREATEN PSE->-",
    "threat-vow-02": "type: got ASSAULT -->-",
    "threat-ultimatum-02": "wrong argument: THREATEN (every African state) -> NER",
    "threat-prospect-01": "type: got nothing",
    "coerce-arrest-02": "wrong argument: COERCE KEN->KEN",
    "coerce-deport-02": "wrong argument: COERCE NIC->-",
    "coerce-ban-01": "wrong argument: COERCE HKG->-",
    "coerce-ban-03": "type: got nothing",
    "coerce-ban-04": "wrong argument: COERCE ZWE->-",
    "coerce-censor-01": "wrong argument: COERCE BGD->-",
    "coerce-censor-03": "type: got ASSAULT -->-",
    "coerce-seize-02": "type: got nothing",
    "coerce-crack-01": "type: got ASSAULT CHN->CHN",
    "coerce-evict-01": "type: got nothing",
    "coerce-block-01": "type: got nothing",
    "coerce-cordon-01": "wrong argument: COERCE PAK->PAK",
    "coerce-strip-01": "type: got nothing",
    "sanction-freeze-01": "type: got COERCE IGO->RUS",
    "request-appeal-02": "type: got nothing",
    "request-demand-02": "wrong argument: REQUEST KEN->-",
    "request-callfor-01": "wrong argument: REQUEST IGO->-",
    "request-order-02": "type: got SANCTION MLI->IGO",
    "assault-cleanse-01": "type: got COERCE ETH->ETH",
    "assault-abduct-01": "wrong argument: ASSAULT NGA->NGA",
    "assault-beat-01": "wrong argument: ASSAULT ZWE->-",
    "not-arrest-01": "type: got COERCE -->-",
    "not-arrest-02": "type: got COERCE -->-",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) for one row: the most confident counted event's type and triple
    (``tests.builders.triple_row_result``); a ``NOT`` row holds when no counted event of the five classes
    is found."""
    if row[2] == "NOT":
        ok = all(p.plover not in CLASSES for p in counted_events(row[1]))
        return ok, ok
    return triple_row_result(row)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, Any]:
    """(rows, type right, triple right) over ``rows``, by expected class and for all."""
    by: dict[str, list[tuple[bool, bool]]] = {}
    for row in rows:
        res = row_result(row)
        by.setdefault(row[2], []).append(res)
        by.setdefault("all", []).append(res)
    return {key: (len(res), sum(t for t, _ in res), sum(x for _, x in res)) for key, res in by.items()}


def test_probe_rows_are_unique_and_cover_the_classes() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 110
    assert set(GAPS) <= set(ids)
    types = Counter(r[2] for r in ROWS)
    assert set(types) == CLASSES | {"NOT"} and min(types.values()) >= 5, types


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_coercion_register_row(row: Row) -> None:
    assert row_result(row) == (True, True)
