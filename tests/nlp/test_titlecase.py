"""Title-case headlines re-read (nlp/titlecase.py): a headline whose content words are all
capitalised is read like its sentence-case twin (tags, parse, entities), every record still at the
headline's own words; a sentence-case headline and prose keep their reading; names, acronyms and
unknown words keep their capitals in the copy. Invented headlines, with parties of every side."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp import ParsedDoc, component_cfg
from newsledger.nlp.titlecase import COMPONENT, TitleNames, cased_text, lines, sentence_cased
from tests.builders import ROW_KINDS, pipeline, row_kinds


def _read(nlp: Language, text: str) -> Doc:
    return nlp(text, component_cfg=component_cfg(nlp, pipeline().names))


def _reading(doc: Doc) -> list[tuple[str, str, int, str]]:
    """Each token's tag, dependency label, head and entity label."""
    return [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]


# (rule, kind, headline, its twin: the headline in sentence case, whether it is read like the twin)
TWIN_ROWS: list[tuple[str, str, str, str, bool]] = [
    ("title case read as sentence case", "positive", "Israeli Strike Kills 12 in Gaza Refugee Camp",
     "Israeli strike kills 12 in Gaza refugee camp", True),
    ("title case read as sentence case", "positive", "Russian Missile Strike Kills Seven in Kharkiv",
     "Russian missile strike kills seven in Kharkiv", True),
    ("title case read as sentence case", "positive", "Gunmen Abduct 30 Pupils From School in Katsina",
     "Gunmen abduct 30 pupils from school in Katsina", True),
    ("title case read as sentence case", "positive", "Hamas-Run Ministry Says 500 Dead After Airstrikes",
     "Hamas-run ministry says 500 dead after airstrikes", True),
    # (a headline in sentence case is its own twin; a title-case headline the first reading got right
    # is read the same way)
    ("title case read as sentence case", "negative", "Militants attack army post in North Waziristan",
     "Militants attack army post in North Waziristan", True),
    # (a line of title case with a final stop is prose, a dateline's capitals no title: left as read)
    ("title case read as sentence case", "near miss", "Rebel Fighters Seize Control Of Goma Airport.",
     "Rebel fighters seize control of Goma airport.", False),
]


@pytest.mark.parametrize(("rule", "kind", "text", "twin", "same"), TWIN_ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in TWIN_ROWS])
def test_a_title_case_headline_is_read_like_its_twin(nlp: Language, rule: str, kind: str, text: str, twin: str,
                                                     same: bool) -> None:
    assert (_reading(_read(nlp, text)) == _reading(_read(nlp, twin))) == same, (rule, kind)


def test_twin_rows_have_every_kind() -> None:
    assert row_kinds(TWIN_ROWS) == {"title case read as sentence case": set(ROW_KINDS)}


# (rule, kind, headline, its sentence-cased copy)
COPY_ROWS: list[tuple[str, str, str, str]] = [
    ("names keep their capitals", "positive", "Hamas Says Israeli Strike Hit Gaza School",
     "Hamas says Israeli strike hit Gaza school"),
    ("names keep their capitals", "positive", "Houthis Fire Missiles at Ships Near West Bank Coast",
     "Houthis fire missiles at ships near West Bank coast"),
    ("names keep their capitals", "positive", "Troops Kill 14 in Churachandpur Raid on Sunday",
     "Troops kill 14 in Churachandpur raid on Sunday"),
    # (an acronym stays in capitals, one the lexicon knows written in title case is put back in them;
    # a pronoun that spells a name's letters is a pronoun)
    ("names keep their capitals", "near miss", "UN Envoy Urges RSF to Let Aid Convoys Pass",
     "UN envoy urges RSF to let aid convoys pass"),
    ("names keep their capitals", "near miss", "Un Envoy Urges Both Sides to Talk", "UN envoy urges both sides to talk"),
    ("names keep their capitals", "near miss", "Warlord Tells Us Why Ceasefire Failed",
     "Warlord tells us why ceasefire failed"),
    ("names keep their capitals", "negative", "Protesters March on Courthouse as Police Watch",
     "Protesters march on courthouse as police watch"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "copy"), COPY_ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in COPY_ROWS])
def test_the_sentence_cased_copy(nlp: Language, rule: str, kind: str, text: str, copy: str) -> None:
    doc = nlp(text)
    known = nlp.get_pipe(COMPONENT).known
    assert known, "the model's words were read"
    assert sentence_cased(doc[:], pipeline().names, known) == copy, (rule, kind)


def test_copy_rows_have_every_kind() -> None:
    assert row_kinds(COPY_ROWS) == {"names keep their capitals": set(ROW_KINDS)}


def test_records_point_at_the_headline_s_own_words(nlp: Language) -> None:
    text = "Israeli Strike Kills 12 in Gaza Refugee Camp\n\nThe strike hit a school on Sunday."
    doc = _read(nlp, text)
    assert doc.text == text
    ents = [(e.text, e.label_, text[e.start_char:e.end_char]) for e in doc.ents]
    assert ("Gaza", "GPE", "Gaza") in ents
    assert all(word == shown for word, _, shown in ents)
    assert [t.lemma_ for t in doc[:3]] == ["israeli", "strike", "kill"]
    assert doc[2].text == "Kills" and doc[2].tag_ == "VBZ" and doc[2].dep_ == "ROOT"
    assert cased_text(doc, text) == "Israeli strike kills 12 in Gaza refugee camp" + text[44:]


def test_prose_and_sentence_case_are_left_alone(nlp: Language) -> None:
    text = "Militants attack army post in Waziristan\n\nThe Army Said The Post Was Hit At Night."
    doc = _read(nlp, text)
    assert cased_text(doc, text) == text
    assert [s.text for s in lines(doc)] == ["Militants attack army post in Waziristan",
                                             "The Army Said The Post Was Hit At Night."]


def test_without_names_only_the_first_word_acronyms_and_unknown_words_keep_capitals(nlp: Language) -> None:
    doc = nlp("Gaza Ministry Says UN Staff Killed in Khan Younis")
    known = nlp.get_pipe(COMPONENT).known
    assert known is not None
    assert sentence_cased(doc[:], TitleNames(), known) == "Gaza ministry says UN staff killed in khan Younis"


def test_the_names_come_from_the_pipeline_s_lexicon() -> None:
    names = TitleNames.build(["Gaza", "West Bank", "army", "UN"])
    assert names.forms == {("gaza",): "Gaza", ("west", "bank"): "West Bank", ("un",): "UN"}
    assert names.longest == 2
    assert pipeline().names.forms[("gaza",)] == "Gaza"


def test_the_parsed_doc_gives_the_cased_text(parse: Callable[..., ParsedDoc]) -> None:
    pd = parse("Iranian-Backed Militias Attack Base in Syria\n\nThe base was hit.")
    assert pd.cased_text.startswith("Iranian-backed militias attack base in Syria\n\n")
    assert len(pd.cased_text) == len(pd.text)


# (rule, kind, headline, the people the reading names)
PERSON_ROWS: list[tuple[str, str, str, list[str]]] = [
    ("a person's name keeps its capitals", "positive", "Statement by Greta Walker, UNICEF Representative in Niger",
     ["Greta Walker"]),
    ("a person's name keeps its capitals", "positive", "Statement by Ngozi Shepherd, WFP Representative in Chad",
     ["Ngozi Shepherd"]),
    # (a name of English words only, or one the copy reads with a verb or as a place, is no person)
    ("a person's name keeps its capitals", "negative", "Israeli Strike Kills 12 in Gaza Refugee Camp", []),
    ("a person's name keeps its capitals", "near miss", "Houthis Fire Missiles at Ships in Red Sea", []),
    ("a person's name keeps its capitals", "near miss", "Troops Kill 14 in Churachandpur Raid", []),
]


@pytest.mark.parametrize(("rule", "kind", "text", "people"), PERSON_ROWS, ids=[f"{r[1]}:{r[2][:30]}" for r in PERSON_ROWS])
def test_a_person_s_name(nlp: Language, rule: str, kind: str, text: str, people: list[str]) -> None:
    assert [e.text for e in _read(nlp, text).ents if e.label_ == "PERSON"] == people, (rule, kind)


def test_person_rows_have_every_kind() -> None:
    assert row_kinds(PERSON_ROWS) == {"a person's name keeps its capitals": set(ROW_KINDS)}
