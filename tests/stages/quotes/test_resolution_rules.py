"""Speaker resolution (issue 15, stop 54), from the tune half of the speaker resolution probe
(test_speaker_resolution_probe.py): five classes of resolution, each a table of invented sentences
with a positive, a negative and a near-miss row.

* an "it" or "they" after a report passes over a speaker met only inside that report ("Farmers
  said soldiers had ordered them out. “...,” they said": the farmers), but not over a second
  report joined by "and" that the content overran;
* a body that said nothing ("did not respond to requests for comment") is no antecedent of a
  pronoun speaker while another speaker was met before; a negated saying with a clause ("did not
  say how many") still speaks;
* a definite description matches a speaker's apposition ("X, the armed wing of Y, said ... the
  wing said": X) or the title before a speaker's name ("Army spokesman X said ... the army
  spokesman said": X, not the army);
* a bare "the military" / "the army" after two militaries is the military that spoke last;
* a plural noun for a movement's members ("the militants said", "the rebels said") stands for the
  movement that spoke last, a named armed movement included (not any organisation: "Reuters");
* "the warning said" after "X issued a warning": X (:mod:`newsledger.stages.quotes.issued_nouns`).
"""

from __future__ import annotations

import pytest

from tests.builders import described_speaker_names, names_match, pipeline

# (rule, kind, text, words of the quote, words of the expected speaker; "!words": not that speaker)
CASES = [
    ("reported", "positive", "Farmers in the valley said soldiers had ordered them off their land. \"We will not "
     "leave our fields,\" they told reporters.", "We will not leave our fields", "Farmers"),
    ("reported", "negative", "The army said it had shelled the village. The Karen National Union said the "
     "shelling killed four. \"We will respond,\" it said.", "We will respond", "Karen National Union"),
    ("reported", "near miss", "The Karen National Union said its fighters had taken a camp, and the junta said it "
     "had withdrawn its men. \"The withdrawal was planned,\" it said.", "The withdrawal was planned", "junta"),
    ("silent", "positive", "Somalia's army said it had retaken a town near Baidoa. Al-Shabaab did not respond to "
     "requests for comment. \"Our forces met little resistance,\" it said.", "Our forces met little resistance",
     "army|Somali"),
    ("silent", "negative", "Somalia's army said it had retaken a town near Baidoa. Al-Shabaab did not say how many "
     "fighters it had lost. \"We pulled back to spare civilians,\" it said.", "We pulled back to spare civilians",
     "Shabaab"),
    ("silent", "near miss", "Somalia's army said it had retaken a town near Baidoa. Al-Shabaab did not respond at "
     "first, but later said it had pulled back. \"We left to spare civilians,\" it said.",
     "We left to spare civilians", "Shabaab"),
    ("apposition", "positive", "Saraya al-Quds, the armed wing of Islamic Jihad, said its fighters had shelled a "
     "border post. The Israeli military said the rockets fell in open areas. \"Our rockets hit their targets,\" "
     "the armed wing said.", "Our rockets hit their targets", "Saraya al-Quds|Quds"),
    ("apposition", "negative", "Saraya al-Quds said its fighters had shelled a border post. The Israeli military "
     "said the rockets fell in open areas. \"No soldier was hurt,\" the military said.", "No soldier was hurt",
     "Israeli military|Israel Defense Forces"),
    ("apposition", "near miss", "Saraya al-Quds, the armed wing of Islamic Jihad, said its fighters had shelled a "
     "border post. The Israeli military said the rockets fell in open areas. \"Our rockets hit their targets,\" "
     "the political wing said.", "Our rockets hit their targets", "!Saraya al-Quds|Quds"),
    ("title", "positive", "Nigerian army spokesman Musa Danjuma said troops had freed 20 hostages in Zamfara. "
     "State governor Bello Aliyu thanked the army. \"The operation is continuing,\" the army spokesman said.",
     "The operation is continuing", "Musa Danjuma|Danjuma"),
    ("title", "negative", "Chadian army spokesman Idriss Mahamat said troops had freed 15 hostages near Lake Chad. "
     "\"The roads are open again,\" the police spokesman said.", "The roads are open again", "!Mahamat"),
    ("title", "near miss", "Chadian army spokesman Idriss Mahamat said troops had freed 15 hostages near Lake Chad. "
     "The regional governor, Ahmat Ousman, thanked the soldiers. \"We are grateful,\" the governor said.",
     "We are grateful", "Ahmat Ousman|Ousman"),
    ("members", "positive", "The Pakistani military said it had killed 17 militants in North Waziristan. The "
     "Pakistani Taliban denied losing any fighters. \"The army is lying,\" the militants said.", "The army is lying",
     "Taliban"),
    ("members", "negative", "Reuters said its reporters had seen the bodies near the river. \"We buried them at "
     "night,\" the rebels said.", "We buried them at night", "!Reuters"),
    ("members", "near miss", "Al-Shabaab said it had attacked a base, and the African Union mission said it had "
     "repelled the attack. \"We killed many of the invaders,\" the militants said.", "We killed many of the invaders",
     "Shabaab"),
    ("military", "positive", "The Indian army said Pakistani troops had fired on its posts, and the Pakistani army "
     "said Indian shells had hit a village. \"Two civilians were killed,\" the military said.",
     "Two civilians were killed", "Pakistan"),
    ("military", "negative", "The Indian army said Pakistani troops had fired on its posts. \"We responded in "
     "kind,\" the army said.", "We responded in kind", "Indian|India"),
    ("military", "near miss", "The Indian army said Pakistani troops had fired on its posts, and the Pakistani army "
     "said Indian shells had hit a village. \"Two civilians were killed,\" the Indian military said.",
     "Two civilians were killed", "Indian|India"),
    ("issued", "positive", "UNICEF issued an urgent appeal for the children of Darfur on Monday. \"Children are "
     "dying of cholera in the camps,\" the appeal said.", "Children are dying of cholera", "UNICEF"),
    ("issued", "negative", "UNICEF said cholera had spread to the camps. \"Children are dying of cholera in the "
     "camps,\" an appeal said.", "Children are dying of cholera", "!UNICEF"),
    ("issued", "near miss", "UNICEF received an urgent appeal from doctors in Darfur on Monday. \"Children are "
     "dying of cholera in the camps,\" the appeal said.", "Children are dying of cholera", "!UNICEF"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "words", "speaker"), CASES,
                         ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_speaker_resolution(rule: str, kind: str, text: str, words: str, speaker: str) -> None:
    found, names = described_speaker_names(pipeline().analyze_text("Reports from the front\n\n" + text), words)
    assert found, (rule, kind)
    if speaker.startswith("!"):
        assert not names_match(speaker[1:], names), (rule, kind, names)
    else:
        assert names_match(speaker, names), (rule, kind, names)
