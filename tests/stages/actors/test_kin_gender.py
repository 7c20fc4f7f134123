"""A kin noun beside a name tells the name's gender ("her brother-in-law, Tobias", "his daughter,
Maria", "Tobias, her brother"), so a later "he" or "she" passes over that relative for the person
of the story (issue 15, speakers: "she said" after a paragraph about a woman's male relative;
seen on the tuning half of the invented rawashda-market probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROSA = "Rosa Menendez lost her husband in the fire. "
QUOTE = "\"The street burned for hours,\" she said."

# (construction, text, the actor the quote's speaker stands for)
CASES = [
    ("positive: a man named after 'her brother-in-law'", ROSA + "Her brother-in-law, Tobias, a baker, heard the news "
     "on the radio. " + QUOTE, "Rosa Menendez"),
    ("positive: a man named after 'her son'", "Miriam Okafor waited outside the clinic all night. Her son, Daniel, was "
     "inside with a broken arm. \"The doctors were kind to us,\" she said.", "Miriam Okafor"),
    ("positive: a woman named after 'his daughter'", "Peter Lindqvist ran back into the house. His daughter, Maria, "
     "was asleep upstairs. \"I did not think about the smoke,\" he said.", "Peter Lindqvist"),
    ("positive: the kin noun after the name", ROSA + "Tobias, her brother, heard the news on the radio. " + QUOTE,
     "Rosa Menendez"),
    ("negative: a woman named after 'her sister' may be 'she'", ROSA + "Her sister, Lena, a baker, heard the news on "
     "the radio. " + QUOTE, "Lena"),
    ("near miss: 'whose wife' tells nothing of him", "Tobias Brandt, whose wife died in the fire, stood in the "
     "street. \"The street burned for hours,\" he said.", "Tobias Brandt"),
    ("near miss: a kin noun not beside the name tells nothing", ROSA + "Tobias, a baker, heard the news from her "
     "brother. " + QUOTE, "Tobias"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_kin_noun_beside_a_name_tells_its_gender(name: str, text: str, speaker: str) -> None:
    an = pipeline().analyze_text("Fire in the old town\n\n" + text)
    names = {a.id: a.name for a in an.actors}
    direct = [q for q in an.quotes if q.kind == "direct"]
    assert len(direct) == 1, (name, [(q.kind, q.content) for q in an.quotes])
    assert names.get(direct[0].speaker_actor_id or "") == speaker, (name, names.get(direct[0].speaker_actor_id or ""))
