"""Speakers the parser put out of reach of a cue verb (issue 15; seen on the tuning half of the
blind VOA speaker gold): a participle of saying hung on the verb of the direct quotation before
its reporting clause ("“...,” X said, adding that ...": the quotation's "we" is not the speaker),
and a name with a description set off by dashes read as two subjects of one verb ("X — a
spokesman for the Y movement that ... — said": X speaks, not Y). Invented sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsledger.stages.quotes.hung_subjects import reporting_clause_subject
from tests.builders import pipeline

# (construction, words with (tag, pos, dep, head) as the parser gave them, the participle, the
# speaker expected or None)
W = tuple[str, str, str, str, int]
QUOTED = [("“", "``", "PUNCT", "punct", 3), ("We", "PRP", "PRON", "nsubj", 3), ("will", "MD", "AUX", "aux", 3),
          ("sign", "VB", "VERB", "ROOT", 3), ("it", "PRP", "PRON", "dobj", 3), (",", ",", "PUNCT", "punct", 3)]
TAIL = [("that", "IN", "SCONJ", "mark", 13), ("talks", "NNS", "NOUN", "nsubj", 13),
        ("continue", "VBP", "VERB", "ccomp", 10), (".", ".", "PUNCT", "punct", 3)]
HUNG: list[W] = [*QUOTED, ("”", "''", "PUNCT", "punct", 8), ("Moreau", "NNP", "PROPN", "nsubj", 8),
                 ("said", "VBD", "VERB", "parataxis", 3), (",", ",", "PUNCT", "punct", 8),
                 ("adding", "VBG", "VERB", "advcl", 3), *TAIL]
RIGHT: list[W] = [*QUOTED[:3], ("sign", "VB", "VERB", "ccomp", 8), *QUOTED[4:],
                  ("”", "''", "PUNCT", "punct", 8), ("Moreau", "NNP", "PROPN", "nsubj", 8),
                  ("said", "VBD", "VERB", "ROOT", 8), (",", ",", "PUNCT", "punct", 8),
                  ("adding", "VBG", "VERB", "advcl", 8), *TAIL[:3], (".", ".", "PUNCT", "punct", 8)]
# no reporting clause between the quotation and the participle: nothing to take the speaker from
BARE: list[W] = [*QUOTED, ("”", "''", "PUNCT", "punct", 3), (",", ",", "PUNCT", "punct", 3),
                 ("adding", "VBG", "VERB", "advcl", 3), *[(w, t, p, d, h - 2 if h > 3 else h) for w, t, p, d, h in TAIL]]

PARSES = [
    ("positive: the participle hung on the quotation's verb", HUNG, 10, "Moreau"),
    ("negative: the participle hung on the reporting verb", RIGHT, 10, None),
    ("near miss: a quotation with no reporting clause before the participle", BARE, 8, None),
]


def _doc(words: list[W]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=[w[0] for w in words], tags=[w[1] for w in words],
               pos=[w[2] for w in words], deps=[w[3] for w in words], heads=[w[4] for w in words])


@pytest.mark.parametrize(("name", "words", "participle", "speaker"), PARSES, ids=[p[0] for p in PARSES])
def test_a_participle_hung_inside_the_quotation_takes_the_reporting_subject(
        name: str, words: list[W], participle: int, speaker: str | None) -> None:
    doc = _doc(words)
    assert doc[participle].text == "adding", name
    found = reporting_clause_subject(doc[participle])
    assert (found.text if found is not None else None) == speaker, name


# (construction, text, the speaker as written)
SENTENCES = [
    ("positive: a name, a dashed description naming a movement, the verb",
     "Al-Masri — a spokesman for the Islamist Hamas movement that runs the Gaza Strip — said the offer was "
     "“an insult to the families of the dead.”", "Al-Masri"),
    ("positive: the same with another name and verb in the clause",
     "Al-Bakri — a spokesman for the Islamist Hamas movement that governs Gaza — said the proposal was "
     "“a trap for the Palestinian people.”", "Al-Bakri"),
    ("negative: the parser reads the description as an apposition",
     "Al-Zahar — a founder of the Islamist Hamas movement that controls the Gaza Strip — said the ceasefire was "
     "“a gift to the occupation.”", "Al-Zahar — a founder of the Islamist Hamas movement that controls the Gaza Strip"),
    ("near miss: the description set off by commas",
     "Al-Masri, a spokesman for the Islamist Hamas movement that runs the Gaza Strip, said the offer was "
     "“an insult to the families of the dead.”",
     "Al-Masri, a spokesman for the Islamist Hamas movement that runs the Gaza Strip"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_a_name_before_a_dashed_description_speaks(name: str, text: str, speaker: str) -> None:
    an = pipeline().analyze_text(text)
    said = [q for q in an.quotes if q.cue_lemma == "say" and q.speaker is not None]
    assert said, name
    names = {a.id: a.name for a in an.actors}
    for q in said:
        assert q.speaker is not None and q.speaker.text == speaker, (name, q.speaker.text if q.speaker else None)
        assert "Hamas" not in names.get(q.speaker_actor_id or "", ""), name
