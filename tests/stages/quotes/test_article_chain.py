"""Speakers carried over the paragraphs of an article (issue 15): who issued the statement that
speaks, which speaker a pronoun stands for, the answers of an interview. Invented articles; each
rule with positive rows (on more than one side), a negative row and a near miss."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Talks and strikes\n\n"


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker's actor of the quote whose content is most nearly ``words``."""
    analysis = pipeline().analyze_text(OPENING + text)
    names = {a.id: a.name for a in analysis.actors}
    found = [q for q in analysis.quotes if words in q.content.text]
    assert found, [q.content.text for q in analysis.quotes]
    q = min(found, key=lambda q: len(q.content.text))
    return names.get(q.speaker_actor_id or "")


# the issuer of "a statement" is the subject of the verb it was said in, the subject that is an
# actor when the parser gives the verb two ("The paramilitary X": "paramilitary" read as a noun)
ISSUERS = [
    ("adjective before the issuer", "At least 22 people were killed when shells fell on a market in El "
     "Fasher on Sunday, a local rescue group said.\n\nThe paramilitary Rapid Support Forces rejected the "
     "accusation in a statement on Monday.\n\n\"Our forces do not target markets,\" the statement said.",
     "do not target markets", "Rapid Support Forces"),
    ("adjective before the issuer, other side", "At least 22 people were killed when shells fell on a market "
     "in Omdurman on Sunday, a local rescue group said.\n\nThe embattled Sudanese Armed Forces rejected the "
     "accusation in a statement on Monday.\n\n\"Our forces do not target markets,\" the statement said.",
     "do not target markets", "Sudanese Armed Forces"),
    ("adjective before the issuer, a third side", "At least 12 people were killed when a drone hit a base "
     "near Baghdad on Sunday, a local security official said.\n\nThe paramilitary Popular Mobilization Forces "
     "rejected the accusation in a statement on Monday.\n\n\"Our units do not attack foreign bases,\" the "
     "statement said.", "do not attack foreign bases", "Popular Mobilization Forces"),
    ("negative: no adjective", "Hamas rejected the accusation in a statement on Monday.\n\n\"Our fighters do "
     "not hide in hospitals,\" the statement said.", "do not hide in hospitals", "Hamas"),
    ("near miss: the body named is the object", "Sudan's army accused the paramilitary Rapid Support Forces in "
     "a statement on Monday.\n\n\"The militia shelled the market,\" the statement said.",
     "shelled the market", "Sudanese Armed Forces"),
    # the text of a communiqué speaks for its issuer as the communiqué does
    ("the text", "The Rapid Support Forces rejected the accusation in a communiqué on Monday.\n\n\"Our forces "
     "do not target markets,\" the text said.", "do not target markets", "Rapid Support Forces"),
    ("the text, other side", "Hamas rejected the accusation in a statement on Monday.\n\n\"Our fighters do "
     "not hide in hospitals,\" the text says.", "do not hide in hospitals", "Hamas"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), ISSUERS, ids=[c[0] for c in ISSUERS])
def test_the_issuer_of_a_statement(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# "he said" after a quote stands for a speaker met before the quote, never for one the quote itself
# reports speaking ("“The president wanted these men home,” he said" is not the president)
REPORTED_INSIDE = [
    ("president inside", "Venezuela freed six Americans on Saturday. U.S. envoy Thomas Grell told reporters "
     "on the plane that no concessions had been made. \"The president wanted these men home and they are "
     "home,\" he said.", "these men home", "Thomas Grell"),
    ("prime minister inside, other side", "Israel and Hamas blamed each other for the collapse of the talks. "
     "Hamas negotiator Omar Saleh told reporters that the mediators had tried hard. \"The prime minister "
     "wants this war to go on,\" he said.", "this war to go on", "Omar Saleh"),
    ("negative: the president spoke before, outside the quote", "Venezuela freed six Americans on Saturday. "
     "Venezuelan President Nicolas Maduro told reporters the men had been treated well. \"We kept our "
     "word,\" he said.", "kept our word", "Nicolás Maduro"),
    ("reported in the quote before", "Venezuela freed six Americans on Saturday. \"The president wanted "
     "these men home,\" Thomas Grell told reporters. \"He kept his word,\" he said.", "He kept his word",
     "Thomas Grell"),
    ("near miss: reported in a quote, then speaking", "Venezuela freed six Americans on Saturday. \"The "
     "president wanted these men home,\" Thomas Grell told reporters.\n\nVenezuelan President Nicolas Maduro, "
     "speaking in Caracas, said the release was a gesture. \"We kept our word,\" he said.", "kept our word",
     "Nicolás Maduro"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), REPORTED_INSIDE, ids=[c[0] for c in REPORTED_INSIDE])
def test_a_speaker_reported_inside_the_quote_is_not_he(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# an interview set as questions and answers: an answer's speaker is the interviewee, the first
# person named before the first question
INTERVIEWS = [
    ("answer", "ISLAMABAD — Pakistan's foreign minister, Farah Qureshi, spoke to our correspondent on "
     "Tuesday.\n\nQ: Does Pakistan expect another strike?\n\nA: We cannot rule anything out.\n\nQ: Will you "
     "meet your counterpart?\n\nA: If there is a sincere offer, we will consider it.",
     "sincere offer", "Farah Qureshi"),
    ("answer, other side", "JERUSALEM — Israel's defence minister, Noam Peretz, spoke to our correspondent "
     "on Tuesday.\n\nQ: Will the army enter the city?\n\nA: We will go wherever the fighters hide.\n\nQ: "
     "When?\n\nA: When the time is right.", "wherever the fighters hide", "Noam Peretz"),
    ("answer, a third side", "RAMALLAH — Palestinian negotiator Rana Khoury answered our questions on "
     "Tuesday.\n\nQ: Are the talks over?\n\nA: The talks are frozen until the shelling stops.\n\nQ: Will "
     "you return to Cairo?\n\nA: Only with guarantees.", "talks are frozen", "Rana Khoury"),
    ("negative: no question", "KYIV — The mayor, Oleh Marchenko, spoke on Friday about the night's attack."
     "\n\nA: The city has power again in most districts.\n\nA: The schools stay closed.",
     "city has power again", None),
    ("near miss: named only after the first question", "An interview about the border.\n\nQ: Who are you?"
     "\n\nA: My name is Farah Qureshi and I speak for the ministry.\n\nQ: Will you meet them?\n\nA: No.",
     "speak for the ministry", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), INTERVIEWS, ids=[c[0] for c in INTERVIEWS])
def test_an_answer_is_the_interviewee_s(name: str, text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


# "he said" goes on with the speaker met earlier in its own paragraph, not with a person the actor
# layer met in a paragraph before ("A Fano commander ... told Reuters that ... “...,” he said")
PARAGRAPH_SPEAKERS = [
    ("anonymous commander", "The state broadcaster quoted a regional official, Getachew Worku, as saying the "
     "army had pushed the extremists out.\n\nA Fano commander, who asked not to be named, told Reuters by "
     "phone that his fighters held the town centre. \"The regime's soldiers ran away,\" he said.",
     "soldiers ran away", "Fano"),
    ("anonymous officer, other side", "Fano spokesman Asres Mekonnen said his fighters had taken the town."
     "\n\nAn Ethiopian army officer, who asked not to be named, told Reuters by phone that the army still "
     "held the airport. \"The militia will be driven out within days,\" he said.", "driven out within days",
     "Ethiopian National Defense Force"),
    ("negative: nobody spoke in the paragraph", "The state broadcaster quoted a regional official, Getachew "
     "Worku, as saying the army had pushed the extremists out.\n\nThe town has had no power for a week. "
     "\"The extremists are gone,\" he said.", "extremists are gone", "Getachew Worku"),
    ("near miss: the paragraph's speakers are many", "The state broadcaster quoted a regional official, "
     "Getachew Worku, as saying the army had pushed the extremists out.\n\nFano fighters told Reuters by "
     "phone that they held the town centre. \"The extremists are gone,\" he said.", "extremists are gone",
     "Getachew Worku"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), PARAGRAPH_SPEAKERS, ids=[c[0] for c in PARAGRAPH_SPEAKERS])
def test_he_goes_on_with_the_speaker_of_its_paragraph(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# an update or an assessment is a document that speaks for its issuer ("the update said")
DOCUMENTS = [
    ("update", "Russia lost more than 200 armoured vehicles near Avdiivka, Britain said on Saturday.\n\n"
     "Britain's Ministry of Defence gave the figure in its daily intelligence update. \"Russia's forces have "
     "suffered heavy losses,\" the ministry said.\n\n\"The offensive has made only minor gains,\" the update "
     "said.", "only minor gains", "Ministry of Defence (UK)"),
    ("update, other side", "Ukraine lost more than 200 armoured vehicles near Pokrovsk, Russia said on "
     "Saturday.\n\nRussia's defence ministry gave the figure in its daily update. \"Ukrainian formations have "
     "suffered heavy losses,\" the ministry said.\n\n\"The enemy has made no gains,\" the update said.",
     "made no gains", "Russian Defence Ministry"),
    ("assessment", "U.S. officials said Iran had supplied the drones. The CIA gave its view in an assessment "
     "shared with lawmakers.\n\n\"Tehran shipped at least 400 drones in the past year,\" the assessment said.",
     "400 drones", "Central Intelligence Agency"),
    ("assessment, other side", "Iranian officials said the drones were made in Russia. Iran's intelligence "
     "ministry gave its view in an assessment shared with lawmakers.\n\n\"The drones were not shipped from "
     "Iran,\" the assessment said.", "not shipped from Iran", "Ministry of Intelligence"),
    ("negative: no issuer and nobody spoke", "Heavy fighting continued near Pokrovsk on Friday.\n\n\"The enemy "
     "has made no gains,\" the update said.", "made no gains", None),
    ("near miss: an update seen by an outlet", "Russia lost more than 200 armoured vehicles near Avdiivka, "
     "according to a Ukrainian military update seen by Reuters.\n\n\"The offensive has made only minor "
     "gains,\" the update said.", "only minor gains", "Armed Forces of Ukraine"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_an_update_speaks_for_its_issuer(name: str, text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


# a loaded label for a group rules out that group as the speaker, not everyone of its country (the
# army of a country at civil war names the militia of the same country); a label for a state rules
# out its country ("the Kyiv regime": no Ukrainian speaker)
LABELS = [
    ("army chief labels the militia", "Sudan's army chief, General Abdel Rahim Musa, vowed on Monday to fight "
     "on against the paramilitary Rapid Support Forces, rejecting calls for a ceasefire.\n\n\"There will be no "
     "truce while the militia occupies our cities,\" Musa said in a televised speech to troops in Omdurman."
     "\n\nIn the speech, he also accused foreign states of arming the RSF. \"They send the weapons and they "
     "send the mercenaries,\" he said.", "send the mercenaries", "Abdel Rahim Musa"),
    ("opposition labels the junta", "The spokesman of Myanmar's shadow National Unity Government, Kyaw Zaw "
     "Lin, vowed on Monday to fight on against the military, rejecting calls for a ceasefire.\n\n\"There will "
     "be no truce while the army bombs our villages,\" Kyaw Zaw Lin said in a video message.\n\nIn the "
     "message, he also accused foreign states of arming the military. \"They send the jets to the brutal "
     "junta,\" he said.", "brutal junta", "Kyaw Zaw Lin"),
    ("negative: a state's label still rules out its country", "Russia's defence ministry said its units had "
     "repelled an attack. The Ukrainian army denied any attack took place.\n\n\"The Kyiv regime is trying to "
     "hide its losses,\" it said.", "hide its losses", "Russian Defence Ministry"),
    ("near miss: the nearest body is the labelled group", "Sudan's army said its troops had pushed the "
     "militia back. The paramilitary Rapid Support Forces said on Monday they still held the town.\n\n\"The "
     "mercenaries fled into the desert,\" it said.", "mercenaries fled", "Sudanese Armed Forces"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), LABELS, ids=[c[0] for c in LABELS])
def test_a_label_for_a_group_rules_out_the_group(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# a dateline ending in an agency's credit ("GAZA (AFP) -") that the parser made the subject is
# never the speaker: the names in apposition after its dash are
DATELINES = [
    ("dateline with a credit", "GAZA (AFP) - Hamas and Islamic Jihad on Wednesday denied responsibility for "
     "the blast at a Gaza hospital.", "responsibility for the blast", "Hamas and Palestinian Islamic Jihad"),
    ("dateline with a credit, other side", "JERUSALEM (AFP) - Israel and the United States on Wednesday denied "
     "responsibility for the blast at a Gaza hospital.", "responsibility for the blast",
     "Israel and United States governments"),
    ("negative: the subject parsed as such", "MOSCOW (AFP) - Russia and Belarus on Wednesday denied "
     "responsibility for the blast at the Kharkiv market.", "responsibility for the blast",
     "Russia and Belarus governments"),
    ("near miss: a parenthesis and a dash inside a sentence", "Officials from Hamas (Gaza) - speaking on "
     "Wednesday - denied responsibility for the blast.", "responsibility for the blast", "Hamas"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), DATELINES, ids=[c[0] for c in DATELINES])
def test_a_dateline_with_a_credit_is_no_speaker(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker
