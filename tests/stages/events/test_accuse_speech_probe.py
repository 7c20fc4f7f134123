"""A blind class probe of ACCUSE told in reported political speech (issue 16, branch i16-accuse-speech).

Written before reading any events code: every sentence invented here, coded from the PLOVER codebook's
ACCUSE modes (disapprove: objections, complaints, condemning or decrying a policy or act, criticising or
denigrating responsible parties; investigate; allege: accuse formally or informally, sue, indict, charge,
bring to trial) and the VOA gold conventions (bare opinions and neutral statements are no event; a state's
organs, officials and parties carry its country code; IGOs and the EU are ``IGO``; an unnamed party ``""``).

Construction classes (the id's first word): ``saideval`` (an evaluative predicate about a named party or its
act inside a said clause), ``saidwrong`` (a said clause telling a named party's wrongdoing: lying, meddling,
stoking, sabotaging), ``attack`` (verbs of verbal attack: slammed, blasted, lashed out, hit out, took aim at,
rebuked, chided, scolded, castigated, faulted, questioned X's, assailed, berated), ``pushback``
("contradicted", "pushed back against", "disputed X's account", "expressed frustration / anger / dismay /
disappointment with / at / that", "reacted angrily to"), ``nominal`` ("X's criticism of Y", "accusations that",
"X's rebuke of Y"), ``legal`` (charged, indicted, sued, faces charges, opened a probe into, stand trial),
``called`` ("called X a liar", "called X's plan reckless", branded, labelled, described as), ``blame``
("blamed X for", "held X responsible / accountable"), ``quote`` (a quoted judgement of a named party).

Near misses that are not ACCUSE (``-``: no counted event is ACCUSE; ``NONE``: no counted event at all):
``praise``, ``self`` (self-criticism), ``opinion`` (a bare opinion about no party), ``deny`` (a denial or
rejection: REJECT or no event), ``req`` (a request, even for an investigation), ``lex`` (the words' other
senses: a fee charged, a shot aimed at a goal, a forecast contradicted).

Measured on main ddc974fd before any rule (answers written first: the held-out estimate,
:func:`probe_scores`): rows right 78/121 0.645; ACCUSE rows 56/97 0.577; ACCUSE triple (or near miss held)
0.603. Failing by class: saideval 7/15, saidwrong 7/10, attack 1/16, pushback 11/14, nominal 3/9, legal 1/14,
called 7/8, blame 3/8, quote 1/3; near misses 2/24 (a fee charged read as ACCUSE, a shot at goal as PROTEST).

After the rules of ``test_accuse_speech_rules.py`` (written against this probe, so no longer a held-out
estimate): rows right 103/121 0.851; ACCUSE rows 81/97 0.835 (the contradicted pattern dropped: pushback-01/02
fail again); the rows left are GAPS below.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.builders import accuse_probe_scores, accuse_row_holds

Row = tuple[str, str, str, str, str]
A = "ACCUSE"
NOT_ACCUSE = "-"

ROWS: list[Row] = [
    # --- saideval: evaluative predicate about a named party inside a said clause ---
    ("saideval-01", "Germany's foreign minister said Russia's conduct in the talks was deeply irresponsible.", A, "DEU", "RUS"),
    ("saideval-02", "The Chinese embassy said Canada's decision was hypocritical and short-sighted.", A, "CHN", "CAN"),
    ("saideval-03", "Japan's prime minister said North Korea's behavior was reckless and dangerous.", A, "JPN", "PRK"),
    ("saideval-04", "Turkey said Sweden had been far too lenient toward Kurdish militants.", A, "TUR", "SWE"),
    ("saideval-05", "France's defence minister said Mali's junta had been dishonest with its partners.", A, "FRA", "MLI"),
    ("saideval-06", "The Philippine coast guard said China's actions near the shoal were aggressive and illegal.", A, "PHL", "CHN"),
    ("saideval-07", "The Indian foreign ministry said Pakistan's statement was baseless and malicious.", A, "IND", "PAK"),
    ("saideval-08", "Republicans in Congress said the president's budget was reckless.", A, "USA", "USA"),
    ("saideval-09", "A spokesman for Hungary's government said the European Commission was behaving like a bully.", A, "HUN", "IGO"),
    ("saideval-10", "South Korea's unification ministry said Pyongyang's claims were absurd.", A, "KOR", "PRK"),
    ("saideval-11", "The Kenyan opposition said President Ruto's tax plan was cruel to ordinary families.", A, "KEN", "KEN"),
    ("saideval-12", "Ukraine's president said Hungary's position on the loan was shameful.", A, "UKR", "HUN"),
    ("saideval-13", "Egypt's foreign minister said Ethiopia's filling of the dam was a reckless unilateral step.", A, "EGY", "ETH"),
    ("saideval-14", "The Brazilian president said the American tariffs were unfair and arrogant.", A, "BRA", "USA"),
    ("saideval-15", "Democrats said the White House's response to the storm was incompetent.", A, "USA", "USA"),
    # --- saidwrong: a said clause telling a named party's wrongdoing ---
    ("saidwrong-01", "Greece's prime minister said Turkey had broken its promises on migration.", A, "GRC", "TUR"),
    ("saidwrong-02", "Zambia's opposition leader said President Hichilema was lying about the economy.", A, "ZMB", "ZMB"),
    ("saidwrong-03", "Beijing said Washington was deliberately stoking tensions in the Taiwan Strait.", A, "CHN", "USA"),
    ("saidwrong-04", "Moscow said Kyiv was sabotaging peace efforts.", A, "RUS", "UKR"),
    ("saidwrong-05", "Azerbaijan said Armenia was dragging its feet on the peace treaty.", A, "AZE", "ARM"),
    ("saidwrong-06", "The Georgian prime minister said the United States had meddled in Georgia's election.", A, "GEO", "USA"),
    ("saidwrong-07", "Iraq's foreign ministry said Turkey had violated its sovereignty with the air strikes.", A, "IRQ", "TUR"),
    ("saidwrong-08", "The Venezuelan government said Guyana was stealing its oil.", A, "VEN", "GUY"),
    ("saidwrong-09", "Senate Democrats said the administration had misled Congress about the cost of the war.", A, "USA", "USA"),
    ("saidwrong-10", "Serbia's president said Kosovo was persecuting the Serb minority.", A, "SRB", "XKX"),
    # --- attack: verbs of verbal attack ---
    ("attack-01", "Brazil's president slammed the United States for imposing tariffs on steel.", A, "BRA", "USA"),
    ("attack-02", "Mexico's foreign minister blasted Washington's deportation policy as cruel.", A, "MEX", "USA"),
    ("attack-03", "The Venezuelan leader lashed out at Colombia over the border closure.", A, "VEN", "COL"),
    ("attack-04", "Hungary's prime minister hit out at the European Commission on Thursday, saying it was punishing his country.", A, "HUN", "IGO"),
    ("attack-05", "Senate Republicans took aim at the Pentagon's spending on contractors.", A, "USA", "USA"),
    ("attack-06", "The Chinese foreign ministry rebuked Australia for its remarks about the South China Sea.", A, "CHN", "AUS"),
    ("attack-07", "Egypt's president scolded Ethiopia over the dam, saying it ignored downstream countries.", A, "EGY", "ETH"),
    ("attack-08", "Iran's state media castigated Saudi Arabia for its role in Yemen.", A, "IRN", "SAU"),
    ("attack-09", "Nigeria's auditor-general faulted the finance ministry for failing to account for oil revenue.", A, "NGA", "NGA"),
    ("attack-10", "American lawmakers questioned the Pentagon's decision to withdraw troops from Niger.", A, "USA", "USA"),
    ("attack-11", "The French president assailed Russia's disinformation campaigns in Africa.", A, "FRA", "RUS"),
    ("attack-12", "Ukraine's foreign minister berated Hungary for blocking the aid package.", A, "UKR", "HUN"),
    ("attack-13", "Pakistan's army chief excoriated India over the missile strikes.", A, "PAK", "IND"),
    ("attack-14", "Kenya's president decried Britain's colonial-era abuses.", A, "KEN", "GBR"),
    ("attack-15", "The U.N. secretary-general chided Israel for blocking aid convoys.", A, "IGO", "ISR"),
    ("attack-16", "Poland's prime minister railed against Germany's energy policy.", A, "POL", "DEU"),
    # --- pushback: contradicting, pushing back, frustration and anger ---
    ("pushback-01", "The defense secretary contradicted the president's claim that the missiles had all been destroyed.", A, "USA", "USA"),
    ("pushback-02", "Israel's military contradicted the Palestinian account of the shooting.", A, "ISR", "PSE"),
    ("pushback-03", "Germany pushed back against France's proposal for joint European debt.", A, "DEU", "FRA"),
    ("pushback-04", "Russia pushed back against NATO's plans to station troops in the Baltic states.", A, "RUS", "IGO"),
    ("pushback-05", "Japan expressed frustration with South Korea over the stalled talks.", A, "JPN", "KOR"),
    ("pushback-06", "Kyiv expressed anger at Hungary's decision to block the loan.", A, "UKR", "HUN"),
    ("pushback-07", "The Canadian government expressed dismay that India had expelled its diplomats.", A, "CAN", "IND"),
    ("pushback-08", "Washington expressed disappointment with Pakistan's decision to release the militant.", A, "USA", "PAK"),
    ("pushback-09", "The European Union voiced displeasure at Turkey's drilling off Cyprus.", A, "IGO", "TUR"),
    ("pushback-10", "Australian officials expressed outrage over China's detention of a journalist.", A, "AUS", "CHN"),
    ("pushback-11", "Ethiopian officials reacted angrily to Egypt's comments on the dam.", A, "ETH", "EGY"),
    ("pushback-12", "Seoul's envoy disputed Tokyo's account of the radar incident.", A, "KOR", "JPN"),
    ("pushback-13", "The Mexican president expressed frustration that the United States had not shared the intelligence.", A, "MEX", "USA"),
    ("pushback-14", "Senate Democrats pushed back against the president's plan to cut funding for NATO.", A, "USA", "USA"),
    # --- nominal: criticism, accusations, rebukes as nouns ---
    ("nominal-01", "Turkey's criticism of Sweden intensified after the protest in Stockholm.", A, "TUR", "SWE"),
    ("nominal-02", "Beijing's criticism of Manila's naval exercises drew a sharp response.", A, "CHN", "PHL"),
    ("nominal-03", "India's accusations that Canada was harboring separatists strained ties between the two countries.", A, "IND", "CAN"),
    ("nominal-04", "Washington's condemnation of Russia's strike on the hospital came within hours.", A, "USA", "RUS"),
    ("nominal-05", "The European Union's rebuke of Hungary was its sharpest yet.", A, "IGO", "HUN"),
    ("nominal-06", "Serbia's complaints about Kosovo's police raids went unanswered.", A, "SRB", "XKX"),
    ("nominal-07", "Pakistan's charge that India had backed the bombers was repeated at the U.N.", A, "PAK", "IND"),
    ("nominal-08", "Brazil's objections to the European Union's deforestation law were raised at the summit.", A, "BRA", "IGO"),
    ("nominal-09", "China's attacks on Japan's plan to release the water grew louder this week.", A, "CHN", "JPN"),
    # --- legal: charges, indictments, lawsuits, investigations, trials ---
    ("legal-01", "Federal prosecutors charged a former Pentagon official with leaking secrets to China.", A, "USA", "USA"),
    ("legal-02", "A Turkish court indicted 20 Saudi officials over the killing of the journalist.", A, "TUR", "SAU"),
    ("legal-03", "The state of Texas sued the federal government over the border buoys.", A, "USA", "USA"),
    ("legal-04", "Kenya's former finance minister faces corruption charges.", A, "", "KEN"),
    ("legal-05", "Argentina's prosecutors opened a probe into the former president's dealings with Iran.", A, "ARG", "ARG"),
    ("legal-06", "Ukraine's prosecutor-general opened an investigation into Russian strikes on the power grid.", A, "UKR", "RUS"),
    ("legal-07", "South Africa filed a case against Israel at the International Court of Justice.", A, "ZAF", "ISR"),
    ("legal-08", "Brazilian police indicted former President Bolsonaro over the alleged coup plot.", A, "BRA", "BRA"),
    ("legal-09", "A Guatemalan judge ordered the former president to stand trial for corruption.", A, "GTM", "GTM"),
    ("legal-10", "The U.S. Justice Department filed a lawsuit against the state of California.", A, "USA", "USA"),
    ("legal-11", "Prosecutors in Seoul brought charges against the former defense minister.", A, "KOR", "KOR"),
    ("legal-12", "The European Commission launched an inquiry into Chinese subsidies for electric cars.", A, "IGO", "CHN"),
    ("legal-13", "Peru's congress opened an investigation into the president over the missing watches.", A, "PER", "PER"),
    ("legal-14", "Two Russian officers were accused in a lawsuit of torturing Ukrainian prisoners.", A, "", "RUS"),
    # --- called: naming verbs with a judgement ---
    ("called-01", "The Venezuelan president called the U.S. secretary of state a liar.", A, "VEN", "USA"),
    ("called-02", "The senator called the administration's trade plan reckless.", A, "USA", "USA"),
    ("called-03", "China called Japan's plan to release the water selfish and irresponsible.", A, "CHN", "JPN"),
    ("called-04", "Iran's foreign minister called Washington's sanctions economic terrorism.", A, "IRN", "USA"),
    ("called-05", "North Korea called South Korea's president a traitor.", A, "PRK", "KOR"),
    ("called-06", "Hungary's foreign minister labelled Ukraine's claims a lie.", A, "HUN", "UKR"),
    ("called-07", "The Russian ambassador described Britain's move as hostile.", A, "RUS", "GBR"),
    ("called-08", "Turkey's president branded Israel a terrorist state.", A, "TUR", "ISR"),
    # --- blame: blame and responsibility held ---
    ("blame-01", "Pakistan blamed Afghanistan's Taliban government for the rise in militant attacks.", A, "PAK", "AFG"),
    ("blame-02", "The White House blamed congressional Republicans for the government shutdown.", A, "USA", "USA"),
    ("blame-03", "Moldova's president blamed Russia for the power outages.", A, "MDA", "RUS"),
    ("blame-04", "Niger's junta blamed France for the worsening security situation.", A, "NER", "FRA"),
    ("blame-05", "Armenia blamed Azerbaijan for the collapse of the talks.", A, "ARM", "AZE"),
    ("blame-06", "Ukraine holds Russia responsible for the damage to the dam.", A, "UKR", "RUS"),
    ("blame-07", "Lebanon held Israel responsible for the killing of the journalist.", A, "LBN", "ISR"),
    ("blame-08", "Greek officials held Turkey accountable for the surge in migrant crossings.", A, "GRC", "TUR"),
    # --- quote: a quoted judgement of a named party ---
    ("quote-01", "\"Russia is committing war crimes every day,\" Ukraine's foreign minister said.", A, "UKR", "RUS"),
    ("quote-02", "\"The Chinese government is bullying its neighbors,\" the Philippine defense secretary told reporters.", A, "PHL", "CHN"),
    ("quote-03", "\"Washington has betrayed its allies,\" the Iraqi prime minister said.", A, "IRQ", "USA"),
    # --- near misses: praise ---
    ("praise-01", "Japan's prime minister praised South Korea for its handling of the talks.", NOT_ACCUSE, "JPN", "KOR"),
    ("praise-02", "The senator said the president's trade plan was bold and wise.", NOT_ACCUSE, "USA", "USA"),
    ("praise-03", "Germany welcomed Poland's decision to send more troops to the border.", NOT_ACCUSE, "DEU", "POL"),
    ("praise-04", "The president thanked Qatar for mediating the release of the hostages.", NOT_ACCUSE, "USA", "QAT"),
    ("praise-05", "The minister said Germany had been a reliable partner.", NOT_ACCUSE, "", "DEU"),
    # --- near misses: self-criticism ---
    ("self-01", "The minister admitted that his government had made mistakes in its response to the floods.", NOT_ACCUSE, "", ""),
    ("self-02", "Germany's chancellor acknowledged that Berlin had been too slow to help Ukraine.", NOT_ACCUSE, "DEU", "DEU"),
    ("self-03", "The party leader said his own campaign had been poorly run.", NOT_ACCUSE, "", ""),
    # --- near misses: bare opinion about no party ---
    ("opinion-01", "The economist said inflation was likely to remain high this year.", "NONE", "", ""),
    ("opinion-02", "The minister said the situation on the border was difficult.", "NONE", "", ""),
    ("opinion-03", "Officials said the talks had been long and complicated.", "NONE", "", ""),
    ("opinion-04", "The governor said the storm was the worst in decades.", "NONE", "", ""),
    ("opinion-05", "The minister expressed frustration with the slow pace of the recovery.", NOT_ACCUSE, "", ""),
    # --- near misses: denials and rejections ---
    ("deny-01", "Russia denied that its troops had shelled the hospital.", NOT_ACCUSE, "RUS", ""),
    ("deny-02", "Beijing rejected the accusations as groundless.", NOT_ACCUSE, "CHN", ""),
    ("deny-03", "India denied any role in the killing.", NOT_ACCUSE, "IND", ""),
    ("deny-04", "Moscow said its forces had repelled an attack near the border.", NOT_ACCUSE, "RUS", ""),
    # --- near misses: requests ---
    ("req-01", "The opposition called for an investigation into the election results.", NOT_ACCUSE, "", ""),
    ("req-02", "Kenya's president urged the courts to act quickly on the corruption cases.", NOT_ACCUSE, "KEN", "KEN"),
    ("req-03", "Lawmakers asked the Pentagon to explain the withdrawal.", NOT_ACCUSE, "USA", "USA"),
    # --- near misses: other senses of the words ---
    ("lex-01", "The company charged customers a fee for late payments.", "NONE", "", ""),
    ("lex-02", "The striker took aim at the goal from thirty meters.", "NONE", "", ""),
    ("lex-03", "The new data contradicted earlier forecasts of a mild winter.", "NONE", "", ""),
    ("lex-04", "Investors questioned whether the central bank would cut rates.", "NONE", "", ""),
]

# rows the code still gets wrong (strict: a row that starts passing leaves); filled from the measurement
GAPS: dict[str, str] = {
    "blame-06": "no event: 'holds Y responsible for' (object-predicative responsible)",
    "blame-07": "type: 'held Y responsible for the killing' gives only the killing (ASSAULT)",
    "blame-08": "no event: 'held Y accountable for' (object-predicative accountable)",
    "saideval-02": "no event: 'was hypocritical and short-sighted' parsed with the hyphened word as the predicate",
    "saideval-04": "no event: 'had been far too lenient toward Y' (an excess degree judging a party)",
    "saideval-09": "no event: 'was behaving like a bully' (a simile of an epithet)",
    "saidwrong-05": "no event: 'was dragging its feet on' (an idiom of stalling)",
    "saidwrong-09": "no event: 'the administration' names no actor, so no party is judged",
    "pushback-01": "no event: 'contradicted Y's claim' (a pattern was tried and dropped: it lowered a claims probe's check half)",
    "pushback-02": "no event: 'contradicted the Palestinian account' (as pushback-01)",
    "pushback-12": "type: 'disputed Y's account' read as REJECT (the house convention of set 4q: an account disputed is REJECT)",
    "nominal-06": "no event: 'X's complaints about Y's raids' (the complaint noun reads only 'against')",
    "nominal-08": "no event: 'X's objections to Y's law' (the objection noun reads only 'against')",
    "nominal-09": "type: 'China's attacks on Japan's plan' read as ASSAULT (a figurative attack on a plan)",
    "legal-09": "type: 'ordered X to stand trial' read as REQUEST (the order wraps the trial)",
    "called-04": "type: 'called Washington's sanctions economic terrorism' misparsed; only the sanctions found",
    "lex-01": "spurious ACCUSE: 'charged customers a fee' (the fee sense of charge)",
    "lex-02": "spurious PROTEST: 'took aim at the goal' (a shot at goal)",
}


def row_holds(row: Row) -> bool:
    """Whether the code gives the row's expected type (tests.builders.accuse_row_holds)."""
    return accuse_row_holds(row)


def test_probe_rows_are_unique_and_cover_every_class() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids)) >= 120
    assert set(GAPS) <= set(ids)
    classes = Counter(r[0].split("-")[0] for r in ROWS)
    assert len(classes) == 15, classes
    kinds = Counter(r[2] for r in ROWS)
    assert kinds[A] >= 90 and kinds["NONE"] >= 8 and kinds[NOT_ACCUSE] >= 15, kinds


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_accuse_speech_row(row: Row) -> None:
    assert row_holds(row)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """Rows right, ACCUSE rows right and the ACCUSE triple right (tests.builders.accuse_probe_scores)."""
    return accuse_probe_scores(rows)
