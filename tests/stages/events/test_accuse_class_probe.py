"""A class probe of PLOVER ACCUSE: the codebook's three modes in the whole space of English wording.

PLOVER's ACCUSE (codebook and manual, ``../shared/reference``) has three modes: *disapprove*
(express disapproval, objections, complaints; condemn or decry a policy or action; criticise),
*investigate* (any investigation: commissions, judicial or political inquiries) and *allege*
(accuse formally or informally; sue; indict; charge with a crime; bring to trial, not a
conviction, which is SANCTION). Protests are PROTEST. The rows are written for this probe (news
register, parties from every region), the answers from the codebook before any rule was run, in
classes of construction:

* ``verb``: active verbs of disapproval and allegation ("berated Sweden for", "objected to");
* ``pass``: passives, agentless ones too ("was charged with", "is under investigation",
  "stand accused of");
* ``nom``: nominals ("accusations against", "a probe into", "the trial of", "a case against");
* ``light``: light verbs ("launched an investigation into", "levelled accusations at", "set up a
  commission of inquiry into", "issued a rebuke to");
* ``speech``: an accusation told in reported speech ("said Russia was responsible for", "said
  Israel had violated the ceasefire", "said Rwanda was behind"); an attack reported by the
  speaker stays the reported ASSAULT;
* ``legal``: investigating, suing, indicting, prosecuting, taking to court;
* ``judge``: an act judged with a word of disapproval ("called the sanctions illegal", "described
  the manoeuvres as a provocation", "said the operation was unacceptable") or condemned with no
  doer named ("condemned the attack on the aid convoy").

Near misses (``-n`` rows): praise, "charged the phones", "the accused", "criticism grew",
convictions, protests, "sued for peace", rescuers investigating a site, "denied the accusations".

A row of type X holds when a counted event of the sentence (``evaluation.events.predictions``:
top-level, asserted) is of type X with the row's source and target codes (the VOA gold counts
every event of a sentence, so any counted event, not only the most confident); ``!ACCUSE`` holds
when no counted event is an ACCUSE. Rows still failing are strict xfails in ``GAPS``. Rows are
split into halves by ``metrics.half(text)``; rules were written looking at tune-half failures.

Measured on main d2fb4256 before any rule (136 rows; the held-out estimate): type 0.640, triple
0.574 (tune 0.614 / 0.557, check 0.667 / 0.591); per class type / triple: verb 0.731 / 0.692,
pass 0.789 / 0.737, nom 0.550 / 0.550, light 0.842 / 0.684, speech 0.333 / 0.333, legal 0.706 /
0.647, judge 0.471 / 0.294.
After the rules of branch i16-accuse (``stages/events/judgements.py``, the ACCUSE block of
``patterns.yaml``), written looking at tune-half failures: type 0.824, triple 0.757 (tune 0.886 /
0.829, check 0.758 / 0.682); verb 0.923 / 0.885, pass 0.789 / 0.737, nom 0.600 / 0.600, light
0.842 / 0.684, speech 0.778 / 0.778, legal 0.824 / 0.765, judge 1.000 / 0.824.
"""

from __future__ import annotations

import pytest

from tests.builders import (
    any_event_row_result,
    check_class_probe_rows,
    class_probe_scores,
    plover_row_params,
)

Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
# verb: active verbs of disapproval and allegation
VERB: list[Row] = [
    ("verb-01", "Germany on Tuesday criticised Hungary for blocking the European Union's aid package to Ukraine.", "ACCUSE", ("DEU",), ("HUN",)),
    ("verb-02", "The Chinese foreign ministry condemned Japan's decision to release treated water into the Pacific.", "ACCUSE", ("CHN",), ("JPN",)),
    ("verb-03", "Pakistan denounced India on Sunday over the killing of two civilians along the Line of Control.", "ACCUSE", ("PAK",), ("IND",)),
    ("verb-04", "Nigeria's president lambasted Niger's military rulers for closing the border, his office said.", "ACCUSE", ("NGA",), ("NER",)),
    ("verb-05", "Kenyan opposition leaders slammed the government over the rising cost of fuel on Monday.", "ACCUSE", ("KEN",), ("KEN",)),
    ("verb-06", "The Philippine coast guard blamed Chinese vessels for the collision near the Second Thomas Shoal.", "ACCUSE", ("PHL",), ("CHN",)),
    ("verb-07", "Armenia accused Azerbaijan on Thursday of shelling villages near the border.", "ACCUSE", ("ARM",), ("AZE",)),
    ("verb-08", "The Malian junta rebuked France for what it called interference in its internal affairs.", "ACCUSE", ("MLI",), ("FRA",)),
    ("verb-09", "The Turkish president berated Sweden for allowing a Quran-burning protest in Stockholm.", "ACCUSE", ("TUR",), ("SWE",)),
    ("verb-10", "Colombia's foreign minister faulted Venezuela for failing to stop armed groups crossing the border.", "ACCUSE", ("COL",), ("VEN",)),
    ("verb-11", "Human Rights Watch decried Egypt's crackdown on journalists in a report released on Wednesday.", "ACCUSE", ("IGO",), ("EGY",)),
    ("verb-12", "South Africa's foreign minister chided Israel over the bombing of the refugee camp.", "ACCUSE", ("ZAF",), ("ISR",)),
    ("verb-13", "Ethiopia's government castigated Sudan for harbouring Tigrayan rebels, state television reported.", "ACCUSE", ("ETH",), ("ETH", "SDN")),
    ("verb-14", "The Kremlin scolded Finland over its decision to close the border crossings.", "ACCUSE", ("RUS",), ("FIN",)),
    ("verb-15", "Bangladesh's prime minister assailed Myanmar over the Rohingya refugee crisis on Friday.", "ACCUSE", ("BGD",), ("MMR",)),
    ("verb-16", "Iraq's parliament speaker excoriated Turkey for the airstrikes in the Kurdistan region.", "ACCUSE", ("IRQ",), ("TUR",)),
    ("verb-17", "Canada criticized India on Monday for expelling a Canadian diplomat.", "ACCUSE", ("CAN",), ("IND",)),
    ("verb-18", "The Venezuelan government denounced the sanctions imposed by the United States as illegal.", "ACCUSE", ("VEN",), ("USA",)),
    ("verb-19", "Mexico's president criticized the U.S. plan to build more wall along the border on Tuesday.", "ACCUSE", ("MEX",), ("USA",)),
    ("verb-20", "The Palestinian Authority condemned the Israeli raid on the Jenin refugee camp.", "ACCUSE", ("PSE",), ("ISR",)),
    ("verb-21", "Morocco objected to Algeria's support for the Polisario Front at the United Nations.", "ACCUSE", ("MAR",), ("DZA",)),
    ("verb-22", "Thai farmers complained about Cambodian traders flooding the market with cheap rice.", "ACCUSE", ("THA",), ("KHM",)),
    ("verb-n1", "Germany praised Hungary on Tuesday for lifting its veto on the aid package to Ukraine.", "!ACCUSE", (), ()),
    ("verb-n2", "The technicians charged the phones of the stranded passengers at the station in Lviv.", "!ACCUSE", (), ()),
    ("verb-n3", "Police charged at the crowd of demonstrators with batons in central Dhaka.", "!ACCUSE", (), ()),
    ("verb-n4", "Kenya's government blamed the heavy rains for the collapse of the bridge near Nakuru.", "!ACCUSE", (), ()),
]

# pass: passives, agentless ones too
PASS: list[Row] = [
    ("pass-01", "A former Peruvian president was accused on Monday of taking bribes from a Brazilian construction firm.", "ACCUSE", (), ("PER",)),
    ("pass-02", "Two Russian diplomats were accused by Poland of spying for Moscow.", "ACCUSE", ("POL",), ("RUS",)),
    ("pass-03", "Three Iranian nationals were charged with plotting to attack a synagogue in Germany.", "ACCUSE", (), ("IRN",)),
    ("pass-04", "Uganda's opposition leader was charged with treason on Tuesday, his lawyer said.", "ACCUSE", (), ("UGA",)),
    ("pass-05", "A former Sri Lankan army commander has been indicted for war crimes by a court in Colombo.", "ACCUSE", ("LKA",), ("LKA",)),
    ("pass-06", "Israel has been accused of using starvation as a weapon of war in Gaza.", "ACCUSE", (), ("ISR",)),
    ("pass-07", "The Sudanese army has been blamed for the bombing of a market in Omdurman.", "ACCUSE", (), ("SDN",)),
    ("pass-08", "The Hungarian government has been criticised by the European Commission for its media law.", "ACCUSE", ("IGO",), ("HUN",)),
    ("pass-09", "Russia's invasion of Ukraine was condemned by 141 countries at the United Nations General Assembly.", "ACCUSE", (), ("RUS",)),
    ("pass-10", "A Chinese businessman is under investigation in Singapore for money laundering.", "ACCUSE", ("SGP",), ("CHN",)),
    ("pass-11", "A former Pakistani prime minister is being investigated over the sale of state gifts.", "ACCUSE", (), ("PAK",)),
    ("pass-12", "Wagner fighters stand accused of killing hundreds of civilians in the Malian town of Moura.", "ACCUSE", (), ("RUS",)),
    ("pass-13", "A Nigerian senator was sued by a Lagos businessman over unpaid debts.", "ACCUSE", ("NGA",), ("NGA",)),
    ("pass-14", "A former Guatemalan president was prosecuted for corruption in a Guatemala City court.", "ACCUSE", (), ("GTM",)),
    ("pass-15", "A Senegalese opposition leader faces charges of insurrection and conspiracy.", "ACCUSE", (), ("SEN",)),
    ("pass-n1", "A former Peruvian president was convicted of taking bribes and sentenced to 20 years in prison.", "!ACCUSE", (), ()),
    ("pass-n2", "The accused were led into the court in Nairobi under heavy police guard.", "!ACCUSE", (), ()),
    ("pass-n3", "The batteries were charged overnight at the army base near Kharkiv.", "!ACCUSE", (), ()),
    ("pass-n4", "The Sudanese army was praised by the United Nations for opening a humanitarian corridor.", "!ACCUSE", (), ()),
]

# nom: nominal accusations, criticism, charges, probes
NOM: list[Row] = [
    ("nom-01", "India's accusations against Canada over the killing of a Sikh separatist strained ties further.", "ACCUSE", ("IND",), ("CAN",)),
    ("nom-02", "The charges against the Turkish journalist include spreading terrorist propaganda.", "ACCUSE", (), ("TUR",)),
    ("nom-03", "The French criticism of Algeria's migration policy angered officials in Algiers.", "ACCUSE", ("FRA",), ("DZA",)),
    ("nom-04", "The European Union's condemnation of the coup in Niger was swift.", "ACCUSE", ("IGO",), ("NER",)),
    ("nom-05", "Ghana's lawsuit against a Chinese mining company is due to be heard next month.", "ACCUSE", ("GHA",), ("CHN",)),
    ("nom-06", "The U.N. inquiry into Israel's conduct in Gaza reported its findings on Tuesday.", "ACCUSE", ("IGO",), ("ISR",)),
    ("nom-07", "A Ukrainian investigation into Russian war crimes in Bucha has identified dozens of suspects.", "ACCUSE", ("UKR",), ("RUS",)),
    ("nom-08", "The trial of the former Bolivian interim president opened in La Paz on Monday.", "ACCUSE", (), ("BOL",)),
    ("nom-09", "Pakistan's allegations against Afghanistan's Taliban of sheltering militants were rejected in Kabul.", "ACCUSE", ("PAK",), ("AFG",)),
    ("nom-10", "An ICC probe into alleged crimes in Venezuela continued despite objections from Caracas.", "ACCUSE", ("IGO",), ("VEN",)),
    ("nom-11", "China's complaint against Australia at the World Trade Organization was upheld.", "ACCUSE", ("CHN",), ("AUS",)),
    ("nom-12", "Brazil's criticism of the Israeli offensive drew a sharp response from Jerusalem.", "ACCUSE", ("BRA",), ("ISR",)),
    ("nom-13", "The indictment of a former Honduran president in New York shocked Tegucigalpa.", "ACCUSE", ("USA",), ("HND",)),
    ("nom-14", "The prosecution of the Tunisian opposition leaders began on Tuesday.", "ACCUSE", (), ("TUN",)),
    ("nom-15", "A corruption case against Malaysia's former prime minister resumed in Kuala Lumpur.", "ACCUSE", (), ("MYS",)),
    ("nom-16", "Washington's accusation that Beijing supplied drones to Russia was dismissed by Chinese officials.", "ACCUSE", ("USA",), ("CHN",)),
    ("nom-n1", "Criticism grew in Washington on Monday as the budget talks stalled.", "!ACCUSE", (), ()),
    ("nom-n2", "The investigation of the crash site by rescuers continued through the night in Nepal.", "!ACCUSE", (), ()),
    ("nom-n3", "The charges for electricity in Lagos rose by 30 percent on Monday.", "!ACCUSE", (), ()),
    ("nom-n4", "The trial of a new malaria vaccine began in Burkina Faso on Monday.", "!ACCUSE", (), ()),
]

# light: light verbs with accusation, inquiry, legal nouns
LIGHT: list[Row] = [
    ("light-01", "Kenyan police launched an investigation into the deaths of protesters in Nairobi.", "ACCUSE", ("KEN",), ()),
    ("light-02", "The International Criminal Court opened a probe into alleged war crimes in Sudan's Darfur region.", "ACCUSE", ("IGO",), ("SDN",)),
    ("light-03", "Argentina filed a lawsuit against a British oil company drilling off the Falklands.", "ACCUSE", ("ARG",), ("GBR",)),
    ("light-04", "Prosecutors in Seoul brought charges against a former South Korean defence minister on Friday.", "ACCUSE", ("KOR",), ("KOR",)),
    ("light-05", "Serbia levelled accusations at Kosovo over the arrest of three Serbian police officers.", "ACCUSE", ("SRB",), ("XKX",)),
    ("light-06", "Rwanda voiced criticism of Congo's decision to expel its ambassador.", "ACCUSE", ("RWA",), ("COD",)),
    ("light-07", "The Indian government set up a commission of inquiry into the violence in Manipur.", "ACCUSE", ("IND",), ()),
    ("light-08", "Egypt lodged a complaint with the U.N. Security Council against Ethiopia over the dam.", "ACCUSE", ("EGY",), ("ETH",)),
    ("light-09", "South Africa brought a case against Israel at the International Court of Justice.", "ACCUSE", ("ZAF",), ("ISR",)),
    ("light-10", "The European Commission opened an inquiry into Chinese subsidies for electric cars.", "ACCUSE", ("IGO",), ("CHN",)),
    ("light-11", "Poland made accusations against Belarus of pushing migrants across the border.", "ACCUSE", ("POL",), ("BLR",)),
    ("light-12", "The Nigerian senate launched a probe into the oil subsidy payments by the state oil company.", "ACCUSE", ("NGA",), ()),
    ("light-13", "Ukraine's prosecutors initiated criminal proceedings against a Russian general over the strike.", "ACCUSE", ("UKR",), ("RUS",)),
    ("light-14", "The Zambian opposition expressed outrage at the government's arrest of its leader.", "ACCUSE", ("ZMB",), ("ZMB",)),
    ("light-15", "Britain issued a strong rebuke to Iran over the detention of a British-Iranian aid worker.", "ACCUSE", ("GBR",), ("IRN",)),
    ("light-n1", "Kenyan police launched an operation to rescue the kidnapped tourists near Lamu.", "!ACCUSE", (), ()),
    ("light-n2", "The Nigerian senate opened a debate on the budget on Tuesday.", "!ACCUSE", (), ()),
    ("light-n3", "Argentina filed an application to join the BRICS group of nations.", "!ACCUSE", (), ()),
    ("light-n4", "Serbia expressed gratitude to China for the delivery of vaccines.", "!ACCUSE", (), ()),
]

# speech: accusation told in reported speech
SPEECH: list[Row] = [
    ("speech-01", "Ukraine's foreign minister said Russia was responsible for the attack on the dam.", "ACCUSE", ("UKR",), ("RUS",)),
    ("speech-02", "The Lebanese army said Israel had violated the ceasefire more than 100 times.", "ACCUSE", ("LBN",), ("ISR",)),
    ("speech-03", "Seoul said North Korea had breached the 2018 military agreement by flying drones into the South.", "ACCUSE", ("KOR",), ("PRK",)),
    ("speech-04", "Somalia's president said Ethiopia's port deal with Somaliland was a violation of Somali sovereignty.", "ACCUSE", ("SOM",), ("ETH",)),
    ("speech-05", "Sudan's army said the Rapid Support Forces had committed atrocities against civilians in El Fasher.", "ACCUSE", ("SDN",), ("SDN",)),
    ("speech-06", "The Iranian foreign ministry said the United States bore responsibility for the killing of the commander.", "ACCUSE", ("IRN",), ("USA",)),
    ("speech-07", "Guyana's president said Venezuela's referendum on the Essequibo region was illegal.", "ACCUSE", ("GUY",), ("VEN",)),
    ("speech-08", "China said the Philippines had provoked the confrontation by sending ships into its waters.", "ACCUSE", ("CHN",), ("PHL",)),
    ("speech-09", "Amnesty International said Saudi border guards had killed hundreds of Ethiopian migrants.", "ACCUSE", ("IGO",), ("SAU",)),
    ("speech-n5", "Azerbaijan's defence ministry said Armenian forces had opened fire on its positions, a charge Yerevan denied.", "ASSAULT", ("ARM",), ("AZE",)),
    ("speech-11", "Congo's government said Rwanda was behind the M23 rebel offensive in North Kivu.", "ACCUSE", ("COD",), ("RWA",)),
    ("speech-12", "Taiwan's defence ministry said China's military drills were an irresponsible provocation.", "ACCUSE", ("TWN",), ("CHN",)),
    ("speech-13", "\"Russia is committing genocide in Ukraine,\" the Polish president told reporters on Monday.", "ACCUSE", ("POL",), ("RUS",)),
    ("speech-n6", "Chad's foreign minister said Sudan's army had bombed refugee camps inside Chadian territory.", "ASSAULT", ("SDN",), ("TCD",)),
    ("speech-n1", "Ukraine's foreign minister said the talks with Poland on grain exports had gone well.", "!ACCUSE", (), ()),
    ("speech-n2", "The Lebanese army said the situation along the southern border was calm on Monday.", "!ACCUSE", (), ()),
    ("speech-n3", "Seoul said it would hold talks with Tokyo next month on trade.", "!ACCUSE", (), ()),
    ("speech-n4", "Russia denied the accusations that it had attacked the dam.", "!ACCUSE", (), ()),
]

# inv: investigating, suing, indicting, prosecuting (legal and political)
LEGAL: list[Row] = [
    ("legal-01", "U.S. prosecutors indicted a Chinese hacker on Thursday for stealing trade secrets.", "ACCUSE", ("USA",), ("CHN",)),
    ("legal-02", "A Kenyan businessman sued the Ugandan government over the seizure of his property.", "ACCUSE", ("KEN",), ("UGA",)),
    ("legal-03", "Brazilian federal police investigated the former president over the forged vaccination records.", "ACCUSE", ("BRA",), ("BRA",)),
    ("legal-04", "French prosecutors charged a Syrian former officer with crimes against humanity.", "ACCUSE", ("FRA",), ("SYR",)),
    ("legal-05", "German prosecutors are investigating a Russian national suspected of plotting sabotage.", "ACCUSE", ("DEU",), ("RUS",)),
    ("legal-06", "The Argentine judge probed the former vice president's ties to a construction firm.", "ACCUSE", ("ARG",), ("ARG",)),
    ("legal-07", "A South African court put the former president on trial for corruption on Monday.", "ACCUSE", ("ZAF",), ("ZAF",)),
    ("legal-08", "The Indian opposition party accused the prime minister of shielding a business tycoon from scrutiny.", "ACCUSE", ("IND",), ("IND",)),
    ("legal-09", "Swiss prosecutors prosecuted a former Liberian rebel commander for war crimes.", "ACCUSE", ("CHE",), ("LBR",)),
    ("legal-10", "Nicaragua took Germany to the International Court of Justice over its arms sales to Israel.", "ACCUSE", ("NIC",), ("DEU",)),
    ("legal-11", "The Dutch government summoned the Turkish ambassador to protest the detention of a Dutch journalist.", "ACCUSE", ("NLD",), ("TUR",)),
    ("legal-12", "A U.N. commission is investigating ceasefire violations by both sides in eastern Ukraine.", "ACCUSE", ("IGO",), ()),
    ("legal-n1", "Rescuers investigated the site of the collapsed building in Istanbul on Monday.", "!ACCUSE", (), ()),
    ("legal-n2", "A Paris court convicted a former Rwandan police officer of genocide on Thursday.", "!ACCUSE", (), ()),
    ("legal-n3", "Thousands of Kenyans protested in Nairobi against the new finance bill.", "!ACCUSE", (), ()),
    ("legal-n4", "The Ugandan government sued for peace with the rebels after months of fighting.", "!ACCUSE", (), ()),
    ("legal-n5", "Scientists in Chile are investigating the causes of the wildfires.", "!ACCUSE", (), ()),
]

# judge: an act judged with a word of disapproval (a naming verb's complement, a reported copula), or condemned
JUDGE: list[Row] = [
    ("judge-01", "The Russian foreign ministry called the new U.S. sanctions illegal on Friday.", "ACCUSE", ("RUS",), ("USA",)),
    ("judge-02", "Beijing described the Philippine navy's manoeuvres as a dangerous provocation.", "ACCUSE", ("CHN",), ("PHL",)),
    ("judge-03", "Iran's foreign minister branded the Israeli strike a violation of international law.", "ACCUSE", ("IRN",), ("ISR",)),
    ("judge-04", "Egypt's foreign ministry said the Israeli operation in Rafah was unacceptable.", "ACCUSE", ("EGY",), ("ISR",)),
    ("judge-05", "The Ghanaian government said the Burkinabe junta's decision to expel diplomats was regrettable and unjustified.", "ACCUSE", ("GHA",), ("BFA",)),
    ("judge-06", "Venezuela's president called the Guyanese oil concessions a provocation.", "ACCUSE", ("VEN",), ("GUY",)),
    ("judge-07", "The African Union condemned the killing of peacekeepers in Mali on Monday.", "ACCUSE", ("IGO",), ()),
    ("judge-08", "Nigeria's foreign ministry denounced the arrest of three Nigerian traders in Ghana.", "ACCUSE", ("NGA",), ()),
    ("judge-09", "Jordan condemned the attack on the aid convoy near Khan Younis.", "ACCUSE", ("JOR",), ()),
    ("judge-10", "The Arab League criticised the detention of the Sudanese journalists on Wednesday.", "ACCUSE", ("IGO",), ()),
    ("judge-11", "Kazakhstan's president said the Russian gas price rise was unfair to Kazakh consumers.", "ACCUSE", ("KAZ",), ("RUS",)),
    ("judge-12", "Seoul's unification ministry said Pyongyang's missile launch was a reckless provocation.", "ACCUSE", ("KOR",), ("PRK",)),
    ("judge-n1", "The Russian foreign ministry called the talks with Turkey useful on Friday.", "!ACCUSE", (), ()),
    ("judge-n2", "Egypt's foreign ministry said the weather in Rafah was unusually cold for the season.", "!ACCUSE", (), ()),
    ("judge-n3", "The African Union welcomed the release of the peacekeepers in Mali on Monday.", "!ACCUSE", (), ()),
    ("judge-n4", "Beijing described the Philippine delegation's visit as a friendly exchange.", "!ACCUSE", (), ()),
    ("judge-n5", "The Kenyan president called the election a peaceful one.", "!ACCUSE", (), ()),
]

CLASSES: dict[str, list[Row]] = {"verb": VERB, "pass": PASS, "nom": NOM, "light": LIGHT, "speech": SPEECH, "legal": LEGAL,
                                 "judge": JUDGE}
ROWS: list[Row] = [r for rows in CLASSES.values() for r in rows]

# rows the coder still gets wrong (strict: a row that starts passing must leave)
GAPS: dict[str, str] = {
    "verb-13": "arguments: [['ETH'], ['SDN']]",
    "verb-22": "read as no counted event",
    "pass-09": "arguments: [['IGO'], ['RUS']]",
    "pass-10": "read as no counted event",
    "pass-12": "read as no counted event",
    "nom-02": "read as no counted event",
    "nom-03": "read as no counted event",
    "nom-08": "read as no counted event",
    "nom-09": "read as REJECT",
    "nom-13": "read as no counted event",
    "nom-14": "read as no counted event",
    "nom-15": "read as NONE",
    "nom-16": "read as REJECT",
    "light-01": "arguments: [['KEN'], ['KEN']]",
    "light-07": "read as no counted event",
    "light-08": "arguments: [['EGY'], ['IGO']]",
    "light-12": "arguments: [['NGA'], ['NGA']]",
    "light-15": "read as COERCE",
    "speech-06": "read as no counted event",
    "speech-09": "read as ASSAULT",
    "legal-10": "read as ASSAULT",
    "legal-12": "arguments: [['IGO'], ['UKR']]",
    "judge-08": "arguments: [['NGA'], ['NGA']]",
    "judge-10": "arguments: [['IGO'], ['SDN']]",
}


def row_result(row: Row) -> tuple[bool, bool]:
    """(type right, triple right) of one row, over every counted event of the sentence."""
    return any_event_row_result(row)


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """Type and triple accuracy over ``rows``, per half of the rows and per class."""
    return class_probe_scores(rows, CLASSES, row_result)


def test_probe_rows_are_unique_and_every_class_has_near_misses() -> None:
    check_class_probe_rows(ROWS, CLASSES, GAPS, (120, 160), 8)


@pytest.mark.parametrize("row", plover_row_params(ROWS, GAPS))
def test_accuse_row(row: Row) -> None:
    assert row_result(row) == (True, True)
