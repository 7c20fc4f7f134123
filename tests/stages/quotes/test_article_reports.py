"""A second probe of speakers across whole articles (issue 15), of the constructions by which
reports of one incident from many outlets carry their sources: an intelligence assessment that
speaks over paragraphs ("the report said", "it said"), an anonymous official of another country,
a spokesman for a ministry, a daily update, "wrote on X", a televised speech, "X quoted Y as
saying", "told the BBC in an interview", "according to a statement from his office", and two
bodies' statements one after the other. Invented articles, parties of every side; rows, checks
and matching as in ``test_article_speakers``."""

from __future__ import annotations

import pytest

from tests.builders import ArticleRow, ProbeArticle, names_match, pipeline, speaker_names

ARTICLES: list[ProbeArticle] = [
    ("blast-assessment", (
        "U.S. intelligence says hospital blast was not an Israeli strike",
        "WASHINGTON (Reuters) - U.S. intelligence agencies believe the blast at a Gaza hospital was not caused "
        "by an Israeli strike, according to an unclassified intelligence report seen by Reuters.",
        "\"We assess with high confidence that the explosion was not caused by an Israeli strike,\" the report "
        "said.",
        "The report said analysts had reviewed overhead imagery and intercepted communications. \"Analysts "
        "found no crater consistent with a bomb,\" it said.",
        "A senior European intelligence official, speaking on condition of anonymity, said his service had "
        "reached the same conclusion. \"The evidence points to a misfired rocket,\" the official said.",
        "The Gaza health ministry rejected the assessment. \"The occupation and its allies are lying to cover "
        "up the massacre,\" ministry spokesman Ashraf Hamdan said.",
    ), (
        ("the report said", "We assess with high confidence", "intelligence|U.S.|United States"),
        ("it said, report", "Analysts found no crater consistent", "intelligence|U.S.|United States"),
        ("the official said", "The evidence points to a misfired rocket", "European|official"),
        ("spokesman after quote", "The occupation and its allies are lying", "Hamdan"),
    )),
    ("daily-update", (
        "British intelligence says Russia lost hundreds of vehicles near Avdiivka",
        "LONDON (AFP) - Russia has probably lost more than 200 armoured vehicles in its offensive on the "
        "Ukrainian town of Avdiivka, British military intelligence said on Saturday.",
        "\"Russia's forces have likely suffered some of their heaviest losses of the war,\" the Ministry of "
        "Defence said in its daily intelligence update.",
        "\"The offensive has made only minor gains,\" the update said.",
        "Russia's defence ministry, in a post on Telegram, said Ukrainian units had suffered heavy losses. "
        "\"The enemy lost up to 400 servicemen in the past day,\" it wrote.",
    ), (
        ("the ministry said in its update", "have likely suffered some of their heaviest",
         "British|Ministry of Defence|UK|United Kingdom"),
        ("the update said", "The offensive has made only minor gains", "British|Ministry of Defence|UK|United Kingdom"),
        ("it wrote", "The enemy lost up to 400 servicemen", "Russia|Russian"),
    )),
    ("gaza-ministry", (
        "Gaza hospitals near collapse, ministry says",
        "GAZA (Reuters) - Most hospitals in northern Gaza are out of service, the Gaza health ministry said on "
        "Sunday, as Israeli strikes continued across the enclave.",
        "Ministry spokesman Ashraf Hamdan said fuel had run out at the largest hospitals. \"The generators "
        "stopped at midnight and the incubators with them,\" he told Al Jazeera.",
        "\"We appeal to the whole world to stop this crime,\" the spokesman said.",
        "The Israeli military said Hamas used hospitals as command centres. \"Hamas is using the patients as "
        "human shields,\" military spokesman Rear Admiral Eli Dor told a televised briefing.",
        "\"We have offered to help evacuate the babies,\" Dor said.",
    ), (
        ("he told outlet", "The generators stopped at midnight", "Hamdan"),
        ("the spokesman said", "We appeal to the whole world", "Hamdan"),
        ("title and name after quote", "Hamas is using the patients", "Dor"),
        ("name", "We have offered to help evacuate", "Dor"),
    )),
    ("who-statement", (
        "WHO says medical convoy attacked in Gaza",
        "GENEVA (AP) — The World Health Organization said on Friday that a convoy carrying medical supplies to "
        "a hospital in Gaza City had come under fire.",
        "WHO spokesman Christian Lindqvist said two drivers were wounded. “This is the third attack on a "
        "health convoy this month,” Lindqvist told reporters in Geneva.",
        "The agency said in a statement that it had informed both parties of the convoy's route in advance. "
        "“Health workers and patients must never be a target,” the statement said.",
        "The Israeli military said it was looking into the report.",
    ), (
        ("told reporters", "This is the third attack on a health", "Lindqvist"),
        ("the agency's statement", "Health workers and patients must never", "World Health|WHO"),
    )),
    ("khartoum-speech", (
        "Sudan's army chief vows to fight on",
        "PORT SUDAN (Reuters) - Sudan's army chief, General Abdel Rahim Musa, vowed on Monday to fight on "
        "against the paramilitary Rapid Support Forces, rejecting calls for a ceasefire.",
        "\"There will be no truce while the militia occupies our cities,\" Musa said in a televised speech to "
        "troops in Omdurman.",
        "In the speech, he also accused foreign states of arming the RSF. \"They send the weapons and they "
        "send the mercenaries,\" he said.",
        "RSF commander Hamdan Taha, in an audio message posted on Telegram, said the army had lost the war. "
        "\"Their leaders are hiding in Port Sudan,\" he said.",
    ), (
        ("name", "There will be no truce while the militia", "Musa"),
        ("he said in the speech", "They send the weapons and they send", "Musa"),
        ("he said, audio message", "Their leaders are hiding in Port Sudan", "Taha"),
    )),
    ("irna-quoted", (
        "Iran warns of wider war",
        "DUBAI (Reuters) - Iran's foreign minister warned on Sunday that the war in Gaza could spread to other "
        "fronts, state media reported.",
        "The state news agency IRNA quoted Foreign Minister Davoud Rahimi as saying: \"If the aggression does "
        "not stop, no one can guarantee the control of the situation.\"",
        "Israel's foreign ministry dismissed the warning. \"Iran is the head of the snake,\" ministry spokesman "
        "Gil Amitai wrote on X.",
        "In Washington, a State Department spokesman, Carl Benning, said the United States did not seek a "
        "wider conflict. \"Our message to Iran is simple: don't,\" Benning said.",
    ), (
        ("quoted as saying", "If the aggression does not stop", "Rahimi"),
        ("wrote on X", "Iran is the head of the snake", "Amitai"),
        ("name", "Our message to Iran is simple", "Benning"),
    )),
    ("bbc-interview", (
        "Kenyan minister defends Haiti mission",
        "NAIROBI (AFP) - Kenya's interior minister defended the deployment of Kenyan police to Haiti on "
        "Wednesday after two officers were wounded in an ambush in Port-au-Prince.",
        "\"Our officers went to Haiti to save lives, and they will finish the job,\" Interior Minister Peter "
        "Wanjiku told the BBC in an interview.",
        "Opposition leader Grace Akinyi said the mission had never been approved by parliament. \"The "
        "government is sending our sons to die in a war that is not ours,\" she told a rally in Kisumu.",
        "In Port-au-Prince, gang leader Jimmy Cherestal said in a video posted online that his men would "
        "fight \"any foreign occupier.\"",
    ), (
        ("told the BBC in an interview", "Our officers went to Haiti to save", "Wanjiku"),
        ("she told a rally", "The government is sending our sons", "Akinyi"),
        ("partial quote, video", "any foreign occupier", "Cherestal"),
    )),
    ("two-statements", (
        "Militant groups deny responsibility for hospital blast",
        "GAZA (AFP) - Hamas and Islamic Jihad on Wednesday denied responsibility for the blast at a Gaza "
        "hospital, which Israel's military blamed on a misfired rocket.",
        "Hamas said in a statement that the blast was \"a massacre committed by the occupation.\"",
        "Islamic Jihad said in a separate statement that the accusation was false. \"The Zionist enemy is "
        "trying hard to evade its responsibility for the brutal massacre,\" it said.",
        "The Israeli military said its systems showed a rocket fired from inside Gaza had failed. \"The "
        "rocket was fired by Islamic Jihad from a cemetery near the hospital,\" it said.",
    ), (
        ("partial quote in statement", "a massacre committed by the occupation", "Hamas"),
        ("it said, labelled enemy", "The Zionist enemy is trying hard", "Islamic Jihad"),
        ("it said after a second body", "The rocket was fired by Islamic Jihad", "Israeli|Israel|IDF"),
    )),
    ("cairo-call", (
        "Egypt's president urges aid corridor in call with Turkish leader",
        "CAIRO (Reuters) - Egypt's president, Hossam Farouk, told Turkey's president in a phone call on "
        "Thursday that aid must reach Gaza without delay, according to a statement from his office.",
        "\"Egypt will not accept the displacement of Palestinians into Sinai,\" Farouk said, according to the "
        "statement.",
        "The Turkish presidency said the two leaders had agreed to coordinate aid. \"The bombing of hospitals "
        "is a crime against humanity,\" it quoted President Kemal Aydin as saying.",
    ), (
        ("name, according to the statement", "Egypt will not accept the displacement", "Farouk"),
        ("it quoted X as saying", "The bombing of hospitals is a crime", "Aydin"),
    )),
    ("beijing-briefing", (
        "China calls for ceasefire, criticises Israel",
        "BEIJING (AP) — China on Monday called for an immediate ceasefire in Gaza and said Israel's actions "
        "had gone \"beyond the scope of self-defence.\"",
        "Foreign ministry spokesperson Wang Lei told a daily briefing that Beijing opposed \"any action that "
        "harms civilians.\" “The international community must act now,” Wang said.",
        "Asked about U.S. criticism of China's position, the spokesperson said: “China stands on the side of "
        "peace and justice.”",
        "Israel's embassy in Beijing said it was disappointed. “We expected a clear condemnation of the Hamas "
        "massacre,” the embassy said in a post on Weibo.",
    ), (
        ("lede partial quote", "beyond the scope of self-defence", "China|Chinese"),
        ("partial quote", "any action that harms civilians", "Wang"),
        ("name", "The international community must act now", "Wang"),
        ("the spokesperson said colon", "China stands on the side of peace", "Wang"),
        ("the embassy said", "We expected a clear condemnation", "Israel|Israeli|embassy"),
    )),
    ("leaders-react", (
        "Leaders react to hospital blast: 'It appears it was done by the other team'",
        "TEL AVIV (AP) — U.S. President Daniel Harlow said on Wednesday that the blast at a Gaza hospital "
        "appeared to have been caused by \"the other team,\" not Israel.",
        "“Based on what I've seen, it appears as though it was done by the other team, not you,” Harlow told "
        "the Israeli prime minister at the start of their meeting in Tel Aviv.",
        "“But there's a lot of people out there not sure,” he added.",
        "Russia's President Pavel Arkhipov, speaking in Beijing, called the blast \"a huge tragedy\" and said it "
        "should be a signal to end the conflict.",
        "Turkey's president, Kerem Ozdag, wrote on X that striking a hospital was \"the latest example of "
        "attacks devoid of the most basic human values.\"",
    ), (
        ("quote with told after", "appears as though it was done by the other", "Harlow"),
        ("he added after break", "there's a lot of people out there not sure", "Harlow"),
        ("called it", "a huge tragedy", "Arkhipov"),
        ("wrote on X", "the latest example of attacks devoid", "Ozdag"),
    )),
    ("surgeon-account", (
        "Surgeon describes the night of the blast",
        "GAZA (AFP) - A British-Palestinian surgeon who was working at the hospital on the night of the blast "
        "said the ceiling of the operating theatre had collapsed.",
        "\"We were operating when we heard a loud explosion and the ceiling fell onto the operating theatre,\" "
        "Dr. Samir Haddad wrote on Facebook.",
        "\"This is a massacre,\" he wrote.",
        "The Palestinian Red Crescent said its teams had evacuated dozens of wounded. \"Our ambulances could "
        "not reach the hospital for an hour,\" the organisation's spokeswoman, Lina Farhat, told CNN.",
    ), (
        ("Dr. title after quote", "We were operating when we heard a loud", "Haddad"),
        ("he wrote after break", "This is a massacre", "Haddad"),
        ("spokeswoman of the organisation", "Our ambulances could not reach", "Farhat"),
    )),
    ("royal-court", (
        "Jordan cancels summit after hospital blast",
        "AMMAN (Reuters) - Jordan cancelled a summit with the U.S. president after the hospital blast in Gaza, "
        "Foreign Minister Hani Safadi told state television.",
        "\"Jordan will only host the summit when the parties agree to stop this war,\" Safadi said.",
        "King Hassan Talal said in a statement issued by the royal court that the strike was \"a war crime "
        "that cannot be tolerated.\"",
        "\"The world must stop this catastrophe,\" the statement quoted the king as saying.",
    ), (
        ("name", "Jordan will only host the summit", "Safadi"),
        ("statement issued by the royal court", "a war crime that cannot be tolerated", "Talal"),
        ("the statement quoted the king as saying", "The world must stop this catastrophe", "Talal|king"),
    )),
    ("briefing-night", (
        "Israeli military says rocket misfire caused blast",
        "JERUSALEM (Reuters) - The Israeli military said on Wednesday that a rocket misfired by Islamic Jihad "
        "had caused the blast at a Gaza hospital.",
        "Military spokesman Rear Admiral Eli Dor told a televised briefing that radar showed a barrage fired "
        "from Gaza at the time of the blast. \"There was no direct hit on the hospital,\" he said.",
        "\"The damage is in the car park, not the building,\" Dor said, showing aerial images.",
        "Islamic Jihad dismissed the claim. In a statement, the group said the military was \"trying hard to "
        "evade its responsibility.\"",
        "British Prime Minister Oliver Brand told parliament the blast was \"likely caused by a missile, or part "
        "of one, launched from within Gaza.\"",
    ), (
        ("he said after told a briefing", "There was no direct hit on the hospital", "Dor"),
        ("name with participle", "The damage is in the car park", "Dor"),
        ("in a statement, the group said", "trying hard to evade its responsibility", "Islamic Jihad"),
        ("told parliament", "likely caused by a missile, or part", "Brand"),
    )),
]

# checks the pipeline does not yet read (strict xfails), keyed as in test_article_speakers
GAPS: set[tuple[str, str]] = {
    ('beijing-briefing', 'any action that harms civilians'),
    ('surgeon-account', 'Our ambulances could not reach'),
}


def rows() -> list[ArticleRow]:
    return [(aid, c, words, expected) for aid, _, checks in ARTICLES for c, words, expected in checks]


def row_passes(row: ArticleRow) -> bool:
    aid, _, words, expected = row
    text = "\n\n".join(next(p for a, p, _ in ARTICLES if a == aid))
    found, names = speaker_names(pipeline().analyze_text(text), words)
    return found and names_match(expected, names)


def _params() -> list[object]:
    return [pytest.param(r, id=f"{r[0]}:{r[2][:30]}",
                         marks=[pytest.mark.xfail(strict=True, reason="a gap of article speakers")]
                         if (r[0], r[2][:40]) in GAPS else [])
            for r in rows()]


@pytest.mark.parametrize("row", _params())
def test_speaker(row: ArticleRow) -> None:
    assert row_passes(row), row


def test_gaps_are_rows_and_rows_are_many() -> None:
    keys = [(r[0], r[2][:40]) for r in rows()]
    assert len(keys) == len(set(keys)) and len(keys) >= 40 and len(ARTICLES) >= 14
    assert GAPS <= set(keys), GAPS - set(keys)
