"""Framing constructions built from any state or group name (stages/framing_labels.py), names
alone in quotation marks, distancing words, and whose voice a mark is in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.records import FramingMark, Quote, Span
from newsledger.resources import check, packaged_text
from newsledger.stages.framing import OUTLET_VOICE, voice_of
from newsledger.stages.framing_labels import LABELS_SCHEMA
from tests.builders import pipeline, stage_outputs


@pytest.fixture
def outlet_marks(parse: Callable[..., ParsedDoc]) -> Callable[[str], list[FramingMark]]:
    """The framing marks of a text, in the outlet's own voice (the real pipeline)."""
    def _run(text: str) -> list[FramingMark]:
        out = stage_outputs(parse(text), pipeline())
        return [m for m in out["framing"] if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]

    return _run


@pytest.mark.parametrize(("text", "expected"), [
    # descriptors: a name + "-run", "-backed", "-led" ..., or "run by" a name
    ("Officials of the Taliban-run ministry met aid workers in Kandahar.", ["Taliban-run ministry"]),
    ("The Kremlin-backed governor signed the decree.", ["Kremlin-backed governor"]),
    # the name inside a longer name the recogniser made of the descriptor and the body it describes
    ("She told the Kremlin-controlled NTV channel that she was afraid.", ["Kremlin-controlled NTV channel"]),
    ("She told the family-owned NTV channel that she was afraid.", []),  # near miss: no name before the hyphen
    ("The radio station, which is run by Hezbollah, went off air.", ["run by Hezbollah"]),
    ("Aid reached the Israeli-besieged enclave.", ["Israeli-besieged enclave"]),  # one mark, not two
    ("A church-run school reopened on Monday.", []),              # negative: no name before the hyphen
    ("A clinic run by the diocese reopened.", []),                # near miss: not a state or armed body
    ("The well-run ministry published its budget.", []),
    ("The Israeli-imposed closure continued.", ["Israeli-imposed closure"]),
    ("The Russian-imposed curfew continued.", ["Russian-imposed curfew"]),
    # the same description in the active voice, in a relative clause on the name: every side
    ("Hamas, which runs Gaza, denied the claim.", ["Hamas, which runs Gaza"]),
    ("Russia, which has controlled Crimea since 2014, denied it.", ["Russia, which has controlled Crimea"]),
    ("The militia that rules the valley denied the claim.", ["militia that rules the valley"]),
    ("The company, which runs three hotels, denied the claim.", []),  # near miss: no state or group
    ("Hamas runs three clinics in the camp.", []),                    # negative: no relative clause
    # a prefix of alignment before a state or group name: every side
    ("The pro-Kremlin channels celebrated the strike.", ["pro-Kremlin channels"]),
    ("A pro-Ukrainian hacker group claimed the attack.", ["pro-Ukrainian hacker group"]),
    ("Pro-democracy groups marched in the capital.", []),            # negative: no name after the prefix
    ("The proto-Kurdish dialects were studied.", []),                # near miss: no prefix "pro-"
    # the same description by the side a body opposes: every side
    ("Anti-Iranian channels based in London broadcast the video.", ["Anti-Iranian channels"]),
    ("The anti-Hamas militias advanced on the camp.", ["anti-Hamas militias"]),
    ("The anti-Kremlin channels broadcast the video.", ["anti-Kremlin channels"]),
    ("The anti-Russian sanctions took effect.", ["anti-Russian sanctions"]),
    ("The anti-tank mines were cleared.", []),                       # near miss: no name after the prefix
    # group labels: an evaluative word before a noun for a group
    ("Rockets were fired by terror groups from the north.", ["terror groups"]),
    ("The Kurdish radical group PKK claimed the attack.", ["Kurdish radical group"]),
    ("The band played in a radical new venue.", []),              # near miss: "radical" before no group noun
    # a name before a noun that labels its acts
    ("Residents fled the Hamas terror tunnels.", ["Hamas terror tunnels"]),
    ("They condemned Israeli terrorism and Russian crimes.", ["Israeli terrorism", "Russian crimes"]),
    ("The Russian siege of the city lasted months.", ["Russian siege"]),
    ("The siege ended.", []),
    ("Counter-terrorism police arrested a suspect.", []),              # near miss: no name before it
    ("The reign of terror ended.", []),                                # negative
    # a capitalised act noun inside the name of a body, work or law is the name, no label
    ("Kenya cited the Global Terrorism Index in its report.", []),
    ("Britain passed the Prevention of Terrorism Act in 2005.", []),
    # a label used as a party's name
    ("The occupation bombed the camp again.", ["occupation"]),
    ("Shells were fired by the enemy at dawn.", ["enemy"]),
    ("The occupation of Crimea began in 2014.", []),                   # near miss: named by what follows
    ("The former regime fell.", []),                                   # negative: described, not named
    ("The brutal junta jailed the reporters.", ["brutal junta"]),     # a judging adjective
    ("Regime aircraft bombed the market.", ["Regime"]),               # the owner of a force
    ("Occupation soldiers raided the camp.", ["Occupation"]),
    ("The new regime promised elections.", []),                       # near miss: a describing adjective
    ("Regime change was the goal.", []),                              # near miss: no force owned
    # a word for a government that still labels it when its name follows: every side
    ("The regime in Tehran executed protesters.", ["regime in Tehran"]),
    ("The regime in Kyiv ordered a mobilisation.", ["regime in Kyiv"]),
    ("The regime in Jerusalem ordered a mobilisation.", ["regime in Jerusalem"]),
    ("The sanctions regime in Europe was tightened.", []),             # near miss: a set of rules
    ("The regime of sanctions was tightened.", []),                   # negative: no name after it
    # the writer judging a party's account
    ("Moscow repeated its false claims about the strike.", ["its false claims"]),
    ("Kyiv dismissed the report as Russian propaganda.", ["Russian propaganda"]),
    ("The army claimed, without evidence, that the rebels fired first.", ["without evidence"]),
    ("The false alarm woke residents.", []),                           # near miss: not an account
    # an adverb judging a verb of saying; an account presented as an evasion: every side
    ("Israel falsely claimed that the shell misfired.", ["falsely claimed"]),
    ("Hamas falsely claimed that the shell misfired.", ["falsely claimed"]),
    ("Moscow wrongly blamed Kyiv for the blast.", ["wrongly blamed"]),
    ("The ministry claimed that the shell misfired.", []),             # negative: a plain verb of saying
    ("Kyiv sought to deflect blame for the blast.", ["deflect blame"]),
    ("Moscow tried to evade its responsibility for the blast.", ["evade its responsibility"]),
    ("The mayor said he would not shirk his responsibility.", []),     # near miss: negated
    ("The driver narrowly escaped injury.", []),                       # near miss: no account
    # places presented as besieged or wronged
    ("Aid trucks entered the besieged city of Mariupol.", ["besieged city"]),
    ("Sanctions followed the vote in illegally annexed Crimea.", ["illegally annexed Crimea"]),
    ("Settlers moved into the occupied West Bank.", []),          # near miss: "occupied" alone is a legal term
    ("The city was besieged for months.", []),                    # negative: said of no noun
    # a name before a noun of belonging or service describes a body by whom it serves: any side
    ("The al-Qaeda affiliate claimed the raid.", ["al-Qaeda affiliate"]),
    ("A Russian proxy force seized the town.", ["Russian proxy force"]),
    ("An Islamic State offshoot claimed the attack.", ["Islamic State offshoot"]),
    ("The franchise owner denied the claim.", []),                # negative: no name before it
    ("The bank's local affiliate denied the claim.", []),         # near miss: a name of no state or group
])
def test_constructions_from_any_name(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                     expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # responsibility for an attack in the outlet's own voice
    ("Russia kills 20 in a strike on a mall.", ["Russia kills"]),
    ("New footage proves Ukraine was not behind the blast.", ["Ukraine was not behind the blast"]),
    ("The Russian missile strike on the mall killed 20 people.", ["Russian missile strike"]),
    ("The blast came from a failed Hezbollah rocket launch.", ["failed Hezbollah rocket launch"]),
    ("Russian warplanes bombed the clinic on Tuesday.", ["Russian warplanes bombed"]),
    ("The clinic was bombed by Ukrainian jets.", ["bombed by Ukrainian jets"]),
    ("The clinic was bombed on Tuesday.", []),                        # negative: no doer named
    # the doer in a "by" phrase after the attack noun
    ("The blast came from a failed rocket launch by Hezbollah.", ["failed rocket launch by Hezbollah"]),
    ("The shelling of the clinic by Ukrainian guns killed 20.", ["shelling of the clinic by Ukrainian guns"]),
    ("The strike by the river killed 20 people.", []),               # near miss: a place, no doer
    # negative: an attack whose author is not named, or named only as the place it hit
    ("The missile strike on the mall killed 20 people.", []),
    ("The Kharkiv strike killed 20 people.", []),
    # near misses: attributed to a speaker, or hedged
    ("Officials said the Russian missile strike killed 20 people.", []),
    ("The blast was not a Russian missile strike but a stray shell, the inspectors said.", []),
    ("The Russian strike, which officials said killed 20, hit the mall.", ["Russian strike"]),
    ("If confirmed, it would be the deadliest Russian strike this year.", []),
    # a war named with its maker and its target: every side
    ("Russia's war on Georgia lasted five days.", ["Russia's war"]),
    ("Hezbollah's war against Israel widened.", ["Hezbollah's war"]),
    ("The Israeli war on Lebanon widened.", ["Israeli war"]),
    ("The Israel-Hezbollah war widened.", []),                          # negative: two names, no target
    ("The war on terror cost trillions.", []),                          # near miss: no maker named
    # more verbs of attack with a named doer
    ("Russian artillery pounded the town overnight.", ["Russian artillery pounded"]),
    ("Ukrainian guns bombarded the depot.", ["Ukrainian guns bombarded"]),
    ("Hamas gunmen stormed the kibbutz.", ["Hamas gunmen stormed"]),
    ("Israeli troops stormed the camp.", ["Israeli troops stormed"]),
    ("Heavy rain pounded the town overnight.", []),                     # near miss: no doer named
    # what hit a place, stated in a clause of its own with no doer
    ("Dozens died when an airstrike struck the clinic on Monday.", ["airstrike struck"]),
    ("A missile hit the market at noon.", ["missile hit"]),
    ("The missile strike killed 20 people.", []),                       # negative: a toll, not a cause
    ("Officials said a missile hit the market.", []),                   # near miss: reported speech
    # a hedging verb above the phrase
    ("Dozens died in what appeared to be a Russian strike.", []),
    ("Dozens died in what appeared to be an Israeli strike.", []),
    # the writer's comment in a free relative, inside a sentence that reports an account
    ("Officials reported 40 deaths in what was a Hezbollah rocket attack.", ["Hezbollah rocket attack"]),
    ("Officials reported 40 deaths in what was a Ukrainian drone attack.", ["Ukrainian drone attack"]),
    ("Officials said 40 died in a Ukrainian drone attack.", []),         # near miss: their account
    # what a noun of account holds is that account, not the outlet's statement: every side
    ("Reports that Russian jets bombed the clinic spread quickly.", []),
    ("The army released evidence the blast was a failed Hezbollah rocket.", []),
    ("Claims of an Israeli strike on the clinic spread quickly.", []),
    ("The blast was a failed Hezbollah rocket.", ["failed Hezbollah rocket"]),   # near miss: no account
])
def test_responsibility_stated_in_the_outlets_voice(outlet_marks: Callable[[str], list[FramingMark]],
                                                    text: str, expected: list[str]) -> None:
    marks = [m for m in outlet_marks(text) if m.kind == "unattributed_blame"]
    assert [m.text for m in marks] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The “Ukrainian” army shelled the village.", ["“Ukrainian”"]),   # a name alone in double quotes
    ('Officials in "Russia" said so.', ['"Russia"']),
    ("“We will stay,” the mayor said.", []),                           # negative: a quotation
    ("The “peace” plan failed.", []),                                  # near miss: not a name
    ("Nobody trusted the alleged strike footage.", ["alleged strike footage"]),  # a distancing word
    ("The report was alleged to be false.", []),                       # near miss: no term after it
    # a hedge of law before the doer of a crime is no distance taken (positive above: "alleged strike")
    ("Police arrested the alleged gunman in Queens.", []),
    ("The alleged coup plotters were charged on Monday.", []),
    # the title of a state's office or institution in quotation marks, with or without a name
    ("The “Israeli government” denied the report.", ["“Israeli government”"]),
    ("The ‘Hamas government’ collected taxes.", ["‘Hamas government’"]),
    ("“President” Putin addressed the nation.", ["“President”"]),
    ("The “President” of Ukraine spoke.", ["“President”"]),
    ("The “peace” process failed.", []),                               # negative: no title
    ("“The government will fall,” he said.", []),                     # near miss: a quotation
    # more distancing words; a verb of saying is none
    ("The self-declared republic held a vote.", ["self-declared republic"]),
    ("The self-appointed governor fled.", ["self-appointed governor"]),
    ("The lawsuit alleged the ministry lied.", []),                    # near miss: "alleged" a verb
    # in a headline, a bare name in quotation marks is still a scare quote; other words quote someone
    ("Summit urges states to cut ties with ‘Israel’\n\nThe summit opened on Monday.", ["‘Israel’"]),
    ("Summit urges states to cut ties with ‘Russia’\n\nThe summit opened on Monday.", ["‘Russia’"]),
    ("Minister calls the vote a ‘farce’\n\nThe vote was held on Monday.", []),  # near miss: a quotation
])
def test_names_in_quotation_marks_and_distancing_words(outlet_marks: Callable[[str], list[FramingMark]],
                                                       text: str, expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind == "scare_quotes"] == expected


def _quote(text: str, content: str, kind: str, speaker: str | None) -> Quote:
    s = text.index(content)
    return Quote(id="q", article_id="a", sentence=0, start=0, end=len(text), kind=kind,
                 content=Span(s, s + len(content), content), speaker_actor_id=speaker)


def test_voice_inside_quotations_and_reported_speech() -> None:
    text = "The minister said “the terrorists will pay” and that the “Zionist” forces had left."
    direct = _quote(text, "the terrorists will pay", "direct", "person:minister")
    term = _quote(text, "Zionist", "partial", "person:minister")       # the quotation is the term itself
    indirect = _quote(text, "the “Zionist” forces had left", "indirect", "person:minister")
    cases = [
        ("terrorists", [direct], "person:minister"),                     # the speaker's own words
        ("terrorists", [], OUTLET_VOICE),                                # negative: no quotation
        ("“Zionist”", [term, indirect], OUTLET_VOICE),                   # near miss: the scare quote itself
    ]
    for needle, quotes, voice in cases:
        s = text.index(needle)
        assert voice_of(s, s + len(needle), quotes) == voice
    assert len(cases) == 3


def test_packaged_label_rules_follow_their_schema_and_a_near_miss_is_rejected() -> None:
    raw = yaml.safe_load(packaged_text("framing/labels.yaml") or "")
    check(raw, LABELS_SCHEMA, "framing/labels.yaml")
    raw["group_noun"] = raw.pop("group_nouns")
    with pytest.raises(ConfigError, match=r"framing/labels\.yaml: unknown key group_noun\b"):
        check(raw, LABELS_SCHEMA, "framing/labels.yaml")


@pytest.mark.parametrize(("text", "voices"), [
    # a statement in quotation marks with no speaker found: not the outlet's words
    ("The leaflet read: “The occupation army will pay for every martyr in the camp.” Shops closed.",
     {"martyr": "unknown"}),
    # negative: the same word outside any quotation
    ("Shops closed as the camp buried a martyr on Monday.", {"martyr": OUTLET_VOICE}),
    # near miss: a short term in quotation marks (too short to be a statement) stays the outlet's
    ("The camp mourned its “martyr” on Monday.", {"martyr": OUTLET_VOICE}),
])
def test_marks_inside_unattributed_quotations(parse: Callable[..., ParsedDoc], text: str,
                                              voices: dict[str, str]) -> None:
    marks = stage_outputs(parse(text), pipeline())["framing"]
    got = {m.text: m.voice for m in marks if m.text in voices}
    assert got == voices


@pytest.mark.parametrize(("text", "expected"), [
    # dehumanising nouns, for the people of any side
    ("These savages burned the village.", ["savages"]),
    ("The settlers were called vermin on the radio.", ["vermin"]),
    ("The savage dog bit a child.", ["savage"]),                        # near miss: the adjective is its own entry
    # judging adjectives for acts, with the counterpart for one's own side
    ("The horrific attack on the kibbutz killed dozens.", ["horrific"]),
    ("The horrific attack on the camp killed dozens.", ["horrific"]),
    ("The heroic operation killed dozens of soldiers.", ["heroic"]),
    ("The fallen heroes were buried on Friday.", ["fallen heroes"]),
    ("The operation killed dozens of soldiers.", []),                   # negative: no judging word
    # an attack named as terror, with no party named
    ("The terror attack in the market killed three.", ["terror attack"]),
    ("The attack in the market killed three.", []),                     # negative
    # a territory presented as a prison
    ("Gaza, an open-air prison, was bombed again.", ["open-air prison"]),
    ("The prison in the city was bombed again.", []),                   # near miss: a real prison
    # a given name is no label: "Shahid" is left out of the lexicon, "shaheed" stays
    ("Spokesman Shahid Rind said the road was closed.", []),
    ("The shaheed was buried on Friday.", ["shaheed"]),
])
def test_judging_and_dehumanising_words(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                        expected: list[str]) -> None:
    kinds = ("loaded_term", "loaded_label", "pejorative")
    assert [m.text for m in outlet_marks(text) if m.kind in kinds] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an evaluative word before a state's body or what a group holds ("judged_nouns"): every side
    ("The puppet government in Minsk jailed the editor.", ["puppet government"]),
    ("The fascist military burned the village.", ["fascist military"]),
    ("The fascist opposition called a march.", ["fascist opposition"]),
    ("Soldiers destroyed terror infrastructure near the border.", ["terror infrastructure"]),
    ("Jihadi groups recruited in the hills.", ["Jihadi groups"]),
    ("The apostate army will fall.", ["apostate army"]),
    ("The new government took office.", []),                              # negative: a describing word
    ("The infrastructure minister resigned.", []),                        # negative: no evaluative word
    ("The government, which runs three hospitals, cut the budget.", []),  # near miss: a body, no group
    # "-administered" and "governs" are the neutral wording of wire style; "-run", "runs" label
    ("Police raided a house in Indian-administered Kashmir.", []),
    ("Police raided a house in Pakistan-administered Kashmir.", []),
    ("Hamas, which governs Gaza, denied the claim.", []),
    ("Police raided a house in Pakistan-occupied Kashmir.", ["Pakistan-occupied Kashmir"]),
    ("Police raided a house in Indian-occupied Kashmir.", ["Indian-occupied Kashmir"]),
    # a headline drops the article before a party word: positive, negative, near misses (an act, a compound)
    ("Occupation bombs Gaza hospital, killing dozens", ["Occupation"]),
    ("Government frees two journalists in Tehran", []),
    ("Occupation of the West Bank enters 57th year", []),
    ("Regime change is not the goal, minister says", []),
    # one thing a group holds, singular ("terror tunnel"): positive, negative, near miss
    ("Militants built a terror tunnel under the school.", ["terror tunnel"]),
    ("Miners dug a tunnel under the river.", []),
    ("Police found a smugglers' tunnel under the border.", []),
    # a group denied lawful standing ("illegal"): positive, negative, near miss (no group)
    ("The illegal armed formations laid down their arms.", ["illegal armed formations"]),
    ("The armed formations laid down their arms.", []),
    ("Illegal logging fines rose in Borneo.", []),
    # a body described by the party it sides with ("-sympathising", "-loving")
    ("The Hamas-sympathising mob marched through the city.", ["Hamas-sympathising mob"]),
    ("The crowd marched through the city.", []),
    ("A music-loving crowd filled the park.", []),
])
def test_judged_bodies_and_neutral_descriptors(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                               expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a war at home named on each side (seen on an invented Ethiopia probe): the government's labels
    # for its armed opponents and its euphemism for its campaign, and its opponents' label for it
    ("Anti-peace forces burned a clinic near the town.", ["Anti-peace forces"]),
    ("The army routed anti-peace elements in the zone.", ["anti-peace elements"]),
    ("The Abiy regime sent more drones to the region.", ["Abiy regime"]),
    ("The fighters vowed to resist the Prosperity regime.", ["Prosperity regime"]),
    ("The army pressed on with its law enforcement operation in the north.", ["law enforcement operation"]),
    ("The peace talks resumed in Pretoria.", []),                           # negative: neutral wording
    ("Law enforcement agencies met in the capital.", []),                   # near miss: no operation
    ("The federal government sent more drones to the region.", []),        # near miss: the neutral name
])
def test_a_war_at_home_labelled_on_each_side(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                            expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's name with "occupation" used as the name of that state or its rule, for every state
    # the lexicon has such usage for, and the labels each side's counterpart uses
    ("The Moroccan occupation banned the protest.", ["Moroccan occupation"]),
    ("The Polisario militias fired shells.", ["Polisario militias"]),
    ("The Turkish occupation shelled Kobani.", ["Turkish occupation"]),
    ("The Russian occupation of Crimea began in 2014.", ["Russian occupation"]),
    ("Protesters denounced the Indian occupation.", ["Indian occupation"]),
    ("The Armenian occupation ended in 2020.", ["Armenian occupation"]),
    ("The Azerbaijani occupation of Karabakh began in 2023.", ["Azerbaijani occupation"]),
    ("The Armenian armed formations withdrew.", ["Armenian armed formations"]),
    ("The TPLF clique fled.", ["TPLF clique"]),
    ("Destructive elements burned a school.", ["Destructive elements"]),
    ("The Moroccan occupational therapists met.", []),                   # near miss: another word
    ("The Turkish army withdrew from the town.", []),                    # negative: neutral wording
])
def test_occupation_as_a_name_on_every_side(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                            expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


@pytest.mark.parametrize(("text", "referent"), [
    # a label the lexicon ties to one country's forces, with another country named before it in
    # the phrase, denotes that country's forces
    ("Kinshasa said the Rwandan occupation forces shelled the camp near Goma.", "sector:RWA:MIL"),
    ("Rabat said the Algerian occupation army crossed the berm.", "sector:DZA:MIL"),
    # negative: alone, the lexicon's country
    ("The Palestinian health ministry said occupation forces raided Jenin.", "sector:ISR:MIL"),
    # near miss: the lexicon's own country named before it
    ("The Palestinian health ministry said Israeli occupation forces raided Jenin.", "sector:ISR:MIL"),
])
def test_a_country_named_before_a_label_is_its_referent(parse: Callable[..., ParsedDoc], text: str,
                                                        referent: str) -> None:
    marks = [m for m in stage_outputs(parse(text), pipeline())["framing"] if "occupation" in m.text]
    assert len(marks) == 1, [(m.text, m.refers_to) for m in marks]
    assert marks[0].refers_to == referent


@pytest.mark.parametrize(("text", "referent"), [
    # a label the parties of several conflicts use of each other ("shared" in framing.csv), in a
    # story that names no country of the lexicon's conflict, denotes no actor
    ("Kinshasa said occupation forces shelled the camp near Goma.", None),
    ("Rebels said the occupiers burned the granary near Bamako.", None),
    ("The Polisario said a terrorist state had bombed the convoy.", None),
    # negative: the same labels where a party of the lexicon's conflict is named
    ("The Palestinian health ministry said occupation forces shelled the camp near Gaza City.", "sector:ISR:MIL"),
    ("Officials in Kyiv said the occupiers burned the granary.", "sector:RUS:MIL"),
    # near miss: a label only one conflict's side uses keeps its referent wherever it is read
    ("Rebels said the Zionist regime had bombed the convoy.", "state:ISR"),
])
def test_a_shared_label_denotes_its_party_only_where_the_conflict_is_named(
        parse: Callable[..., ParsedDoc], text: str, referent: str | None) -> None:
    marks = [m for m in stage_outputs(parse(text), pipeline())["framing"] if m.kind == "loaded_label"]
    assert len(marks) == 1, [(m.text, m.refers_to) for m in marks]
    assert marks[0].refers_to == referent


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case noun for a body of power before the hyphen: every side
    ("Shells fell on the army-held town of Lomka.", ["army-held town"]),
    ("Shells fell on the rebel-held town of Lomka.", ["rebel-held town"]),
    ("The militia-run checkpoint was closed.", ["militia-run checkpoint"]),
    ("The government-aligned forces withdrew.", ["government-aligned forces"]),
    # a nationality the actor stage reads as its country
    ("The Emirati-backed forces withdrew.", ["Emirati-backed forces"]),
    ("The Qatari-funded channel aired the video.", ["Qatari-funded channel"]),
    # negative: neutral wording; near misses: "state-run" (a government's own outlets), a
    # lower-case noun for no body of power
    ("The army withdrew from the town of Lomka.", []),
    ("The state-run agency reported the blast.", []),
    ("The family-run bakery was closed.", []),
])
def test_descriptors_of_bodies_of_power_written_in_lower_case(
        outlet_marks: Callable[[str], list[FramingMark]], text: str, expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a descriptor on a name inside a longer mention (the place it describes): every side
    ("Aid trucks reached Hamas-ruled Gaza.", ["Hamas-ruled Gaza"]),
    ("Aid trucks reached Houthi-held Sanaa.", ["Houthi-held Sanaa"]),
    ("Aid trucks reached Russian-held Donetsk.", ["Russian-held Donetsk"]),
    ("Aid trucks reached family-held farmland.", []),                  # near miss: no state or group
    # a descriptor or a place word beside a label it is said of: both stand
    ("French-backed jihadists attacked a post.", ["French-backed", "jihadists"]),
    ("Kremlin-backed separatists attacked a post.", ["Kremlin-backed", "separatists"]),
    ("Aid waited at the edge of besieged Artsakh.", ["besieged", "Artsakh"]),
    ("Aid waited at the edge of the besieged Gaza Strip.", ["besieged Gaza Strip"]),  # one mark
    ("Aid waited at the edge of Artsakh.", ["Artsakh"]),                # negative: no place word
    # the initials of a body or self-declared state alone in quotation marks
    ("Officials of the “DPR” announced a curfew.", ["“DPR”"]),
    ("The “SADR” flag was raised in Tifariti.", ["“SADR”"]),
    ("Officials of the “TRNC” met the envoy.", ["“TRNC”"]),
    ("Officials of the DPR announced a curfew.", []),                   # negative: no quotation marks
    ("He said “OK” and left.", []),                                     # near miss: no initials
])
def test_names_inside_places_and_marks_side_by_side(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                                    expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # general terms each side uses of the other: imperialism, a government as a drug enterprise
    ("Kyiv denounced Russian imperialism.", ["imperialism"]),
    ("Caracas denounced American imperialism.", ["imperialism"]),
    ("The imperialist blockade hurt the economy.", ["imperialist"]),
    ("The narco-regime in Caracas banned the march.", ["narco-regime"]),
    ("Cocaine flows through the narco-state on the coast.", ["narco-state"]),  # (a "called" one is the caller's word)
    ("The imperial palace reopened.", []),                  # near miss: another word
    ("Narcotics police seized a shipment.", []),            # negative
    # the portmanteau of the Ukrainian side as an adjective, "fakes" of either side's reports
    ("It was the third rashist missile attack on the town.", ["rashist"]),
    ("Moscow's channels spread fakes about Ukrainian losses.", ["fakes"]),
    ("Kyiv's bloggers spread fakes about Russian losses.", ["fakes"]),
    ("The rashness of the decision surprised them.", []),   # near miss: another word
    # a state's words for protesters and for its own forces, and the opposition's for those forces (seen
    # on an invented Iran probe): every side
    ("The seditionists set fire to two banks.", ["seditionists"]),
    ("Two defenders of security were killed in the riots.", ["defenders of security"]),
    ("The repressive forces raided homes on Saturday night.", ["repressive forces"]),
    ("The defenders of the homeland repelled the attack.", ["defenders of the homeland"]),
    ("The judge heard the sedition case.", []),                         # near miss: another word
    ("The defenders of the castle held out.", []),                      # near miss: no state's forces
    ("The security forces raided homes on Saturday night.", []),        # negative
    # a force presented as another's tool, forces praised by their own side: any side
    ("The regime and its Russian auxiliaries shelled the town.", ["regime", "auxiliaries"]),
    ("Iranian auxiliaries crossed the border at dawn.", ["auxiliaries"]),
    # (an adjective of valour before a noun for fighters: the phrase, stages/framing_classes.py)
    ("Our valiant fighters repelled the assault.", ["Our valiant fighters"]),
    ("The valiant defenders of the city held the line.", ["valiant"]),
    ("The auxiliary generator failed.", []),                # near miss: another word
    ("The soldiers repelled the assault.", []),             # negative
    # Mali: the pro-junta word for France's former deployment, and its critics' word for the
    # Russian forces that replaced it
    ("State television again denounced the French occupation.", ["French occupation"]),
    ("Exile media blamed the Wagner mercenaries for the raid.", ["Wagner mercenaries"]),
    ("The French embassy reopened in the capital.", []),    # negative: neutral wording
    # Haiti (seen on the invented haiti-gangs probe): the word for armed gangs' members, and their
    # and rights groups' word for the police and the vigilante brigades
    ("The gangsters set fire to every house on the street.", ["gangsters"]),
    ("Residents blamed a police death squad for the killings.", ["death squad"]),
    ("A squad of paramedics reached the street at dawn.", []),           # near miss: another squad
    ("The gang members set fire to every house on the street.", []),     # negative: neutral wording
    # north-west Nigeria (seen on the invented zamfara-abduction probe): officials' words for armed
    # gangs, and the praise every side's releases give their own forces
    ("Hoodlums set the market on fire on Sunday.", ["Hoodlums"]),
    ("The raid was the work of criminal elements, the statement said.", ["criminal elements"]),
    ("Gallant troops repelled the raid on the camp.", ["Gallant troops"]),
    ("The elements of the plan were agreed in March.", []),            # near miss: other elements
    ("Young men set the market on fire on Sunday.", []),               # negative: neutral wording
])
def test_general_terms_each_side_uses(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                      expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a word for a government as the object of any preposition: every side
    ("Farmers in the valley took up arms against the junta last year.", ["junta"]),
    ("Fuel shipments to the regime resumed in March.", ["regime"]),
    ("Volunteers fought alongside the occupation against the rebels.", []),  # near miss: not a word for a government
    ("Sanctions were eased under the sanctions regime of the treaty.", []),  # near miss: a set of rules
    ("The visa regime for students was relaxed.", []),                      # negative
    # the owner of a spokesman, officials or media
    ("A junta spokesman did not answer calls.", ["junta"]),
    ("Regime officials denied the report.", ["Regime"]),
    ("A government spokesman did not answer calls.", []),                   # negative: a neutral word
    ("The occupation spokesman did not answer calls.", ["occupation"]),
    # a side named by the writer's word for its enemy: "anti-" and a party word
    ("The army bombed a village held by anti-junta fighters.", ["anti-junta fighters"]),
    ("Anti-regime protesters gathered in the square.", ["Anti-regime protesters"]),
    ("Anti-government protesters gathered in the square.", []),             # negative: a neutral word
    ("The anti-aircraft battery fired at the drones.", []),                 # near miss: no party word
    # "The" opening a sentence before a party word lies in its mention: still a label
    ("The regime, which lost the border towns last year, denied the strike.", ["regime"]),
    ("The junta, which seized power in 2021, denied the strike.", ["junta"]),
    # the writer judging an account as fabricated news: every side
    ("The rebel radio aired fabricated news about the battle.", ["fabricated news"]),
    ("State television spread fake news about the battle.", ["fake news"]),
    ("The radio spread news about the battle.", []),                         # negative
])
def test_party_words_as_objects_owners_and_prefixes(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                                    expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capture of a place presented as its freeing, on every front (seen on an invented DR Congo probe:
    # "Since the liberation of Goma" in a rebel-zone paper's own voice was not marked)
    ("Since the liberation of Goma, residents have lived under rebel rule.", ["liberation of Goma"]),
    ("State television hailed the liberation of Avdiivka.", ["liberation of Avdiivka"]),
    ("Residents of the liberated zones mourned the dead.", ["liberated zones"]),
    ("Troops entered the newly liberated territories on Monday.", ["liberated territories"]),
    # negative: people freed are no captured place
    ("The liberation of the prisoners took a week.", []),
    ("The army welcomed the liberated hostages at the airport.", []),
    # near miss: a name with the word in it
    ("The National Liberation Front held a rally in the capital.", []),
    # an evaluative word before a group noun compounded on the head labels the group (the army's
    # "ragtag militia allies" was not marked); every side
    ("Both sides have artillery, and so do the army's ragtag militia allies.", ["the army's ragtag militia allies"]),
    ("The rebels' radical militia commanders refused to talk.", ["The rebels' radical militia commanders"]),
    ("The rebels' student commanders refused to talk.", []),                 # negative: no evaluative word
    ("The ragtag convoy of aid trucks arrived.", []),                        # near miss: no group noun
])
def test_liberated_places_and_judged_compound_groups(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                                     expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text) if m.kind != "unattributed_blame"] == expected


# labels of each side in coverage of Israel and the West Bank, in the outlet's own voice (seen on an
# invented Israel bus-stop probe): an Israeli outlet's "hotbed of terror" for a Palestinian town, and
# the "illegal settlement" and "occupied al-Quds" of Iranian and allied outlets; the neutral names
# ("the village", "the settlement", "Jerusalem") are not marked
@pytest.mark.parametrize(("text", "expected"), [
    # positive: each side's label in the outlet's narration
    ("The gunmen came from a village that has become a hotbed of terror.", ["hotbed of terror"]),
    ("The shooting took place at the entrance of the illegal settlement of Givat Ram.", ["illegal settlement"]),
    ("Crowds gathered northwest of occupied al-Quds on Friday.", ["occupied al-Quds"]),
    # negative: the neutral names
    ("The gunmen came from a village near Tulkarem.", []),
    ("The shooting took place at the entrance of the settlement of Givat Ram.", []),
    # near miss: a word of the label in another phrase
    ("Police found the car near Jerusalem, a hotbed of tourism in summer.", []),
])
def test_each_side_labels_in_the_outlet_voice(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                              expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text)] == expected
