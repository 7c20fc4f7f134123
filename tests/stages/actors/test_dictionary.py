"""The actor dictionary: packaged data, user files (CSV and YAML), overrides, office holders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.resources import Resources
from newsledger.stages.actors.dictionary import ActorDictionary
from newsledger.stages.actors.loader import load_dictionary as load_with
from newsledger.stages.actors.tables import (
    PersonEntry,
    body_words,
    date_ceiling,
    date_floor,
    norm,
    slug,
)
from tests.builders import actor_data, actor_layer, stage_data


def load_dictionary(user_files: tuple[str, ...] = ()) -> ActorDictionary:
    """The packaged dictionary merged with ``user_files``, loaded afresh."""
    return load_with(Resources(), user_files)


def _write(folder: Path, name: str, text: str) -> str:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_packaged_dictionary_loads_once_per_pipeline() -> None:
    d = stage_data("actors").dictionary
    assert d is stage_data("actors").dictionary  # kept with the pipeline's stage data
    assert d.countries["ISR"].name == "Israel"
    assert "ISR" in {r.key for r in d.lookup("Israeli")}
    assert d.country_of_word("Tehran") == "IRN"
    assert d.title_forms["prime minister"].role == "prime minister"
    assert d.rules.male_pronouns and d.rules.anaphors
    assert "georgia" in d.ambiguity
    assert not d.user_keys


@pytest.mark.parametrize(
    ("text", "key"),
    [("U.S.", "u.s."), ("Israel’s", "israel's"), ("  The   Armed Forces ", "the armed forces")],
)
def test_norm(text: str, key: str) -> None:
    assert norm(text) == key


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Ali Khamenei", "ali-khamenei"), ("Islamic Revolution Guard [IRG]", "islamic-revolution-guard-irg"), ("", "x")],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_user_csv_overrides_and_adds(tmp_path: Path) -> None:
    path = _write(tmp_path, "mine.csv",
                  "code,name,formal_name,aliases,demonyms,adjectives,capital,region,ambiguous\n"
                  "ISR,Israel (test),,,Israeli|Israelis,Israeli,Jerusalem,Western Asia,0\n"
                  "RUR,Ruritania,,,Ruritanian|Ruritanians,Ruritanian,Strelsau,Europe,0\n")
    d = load_dictionary((path,))
    assert d.countries["ISR"].name == "Israel (test)"
    assert d.countries["RUR"].capitals == ("Strelsau",)
    assert d.is_user("countries", "RUR") and d.is_user("countries", "ISR")
    assert not d.is_user("countries", "IRN")
    assert load_dictionary().countries["ISR"].name == "Israel"  # the packaged one is untouched


def test_user_yaml_people_with_several_terms(tmp_path: Path) -> None:
    path = _write(tmp_path, "mine.yaml", """
people:
  - {id: jane-roe, name: Jane Roe, country: RUR, sector: GOV, role: Prime Minister, start: "2001", end: "2004"}
  - {id: jane-roe, name: Jane Roe, aliases: Roe, country: RUR, sector: GOV, role: President, start: 2010-05-01, end: ""}
  - {id: john-doe, name: John Doe, country: RUR, sector: GOV, role: President, start: 2005-01-01, end: 2010-04-30}
""")
    d = load_dictionary((path,))
    assert "person:jane-roe" in d.people
    assert len(d.person_terms["person:jane-roe"]) == 2
    assert d.people["person:jane-roe"].aliases == ("Roe",)
    holder = d.office_holder("president", "RUR", "2007-06-01")
    assert holder is not None and holder.id == "person:john-doe"
    holder = d.office_holder("president", "RUR", None)  # no date: the current holder
    assert holder is not None and holder.id == "person:jane-roe"
    assert d.office_holder("prime minister", "RUR", "2003-12-31") is not None
    assert d.office_holder("prime minister", "RUR", "2005-01-01") is None  # nobody on that date
    assert d.held_on("person:jane-roe", "2002-02-02") and not d.held_on("person:jane-roe", "2008-01-01")


@pytest.mark.parametrize(
    ("start", "end", "date", "held"),
    [
        ("2001", "2004", "2004-12-31", True),  # a year means the whole year
        ("2001", "2004", "2005-01-01", False),
        ("2010-05-01", "", "2030-01-01", True),  # no end: still in office
        ("2010-05-01", "", "2010-04-30", False),
        ("2010-05-01", "", None, True),
        ("2001", "2004", None, False),  # no date: only current terms count
    ],
)
def test_holds_on(start: str, end: str, date: str | None, held: bool) -> None:
    p = PersonEntry(id="person:x", name="X", start=start, end=end)
    assert p.holds_on(date) is held


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", "foo,bar\n1,2\n", "cannot tell which actor table"),
        ("bad.yaml", "weapons:\n  - {term: x}\n", "unknown table"),
        ("list.yaml", "- 1\n- 2\n", "expected a mapping"),
        ("broken.yaml", "people: [\n", "invalid YAML"),
        ("rows.yaml", "people: {id: x}\n", "must be a list of rows"),
    ],
)
def test_bad_user_files_are_refused(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(ConfigError, match=message):
        load_dictionary((path,))


def test_missing_user_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_dictionary((str(tmp_path / "nope.csv"),))


def test_table_told_by_file_name_when_columns_are_partial(tmp_path: Path) -> None:
    path = _write(tmp_path, "extra_titles_mine.csv", "term,sectors,kind\ngrand vizier,GOV,office\n")
    d = load_dictionary((path,))
    assert d.title_forms["grand vizier"].sectors == ("GOV",)


def test_user_files_reach_the_actor_stage(tmp_path: Path, parse: Callable[..., ParsedDoc]) -> None:
    path = _write(tmp_path, "orgs.csv", "id,name,aliases,country,sectors,type\n"
                  "blue-lantern,Blue Lantern,Blue Lantern Brigade,RUS,REB,armed group\n")
    layer = actor_layer(parse("The Blue Lantern Brigade said it had withdrawn."), actor_data(path))
    m = next(m for m in layer.mentions if "Blue Lantern" in m.text)
    assert m.actor_id == "org:blue-lantern"
    a = layer.actor(m.actor_id)
    assert a is not None and a.code == "RUS REB" and a.source == "user"
    # without the user file the name is not in the dictionary
    layer = actor_layer(parse("The Blue Lantern Brigade said it had withdrawn."))
    assert layer.mentions
    assert all(m.actor_id != "org:blue-lantern" for m in layer.mentions)


def test_earlier_office_holders_come_from_extra_people() -> None:
    d = load_dictionary()
    assert "extra_people.csv" in d.sources
    # every term ends after it starts
    terms = [(pid, r) for pid, rows in d.person_terms.items() for r in rows]
    assert len(terms) > 100
    bad = [(pid, r.start, r.end) for pid, r in terms if r.end and date_floor(r.start) > date_ceiling(r.end)]
    assert bad == []
    # an office looked up by date finds the holder of that time, and none outside any term
    assert d.office_holder("president", "USA", "1995-06-01").name == "Bill Clinton"
    assert d.office_holder("president", "USA", "2003-06-01").name == "George W. Bush"
    # with no date, a former holder is never taken for the current one
    current = d.office_holder("president", "RUS", None)
    assert current is not None and current.name == "Vladimir Putin"
    # an earlier tenure of a person already in people.csv joins that person's terms
    assert len(d.person_terms["person:vladimir-putin"]) >= 3
    assert d.person_on("person:dmitry-medvedev", "2010-01-01").role == "President"


def test_coref_rules_for_residence_and_context_load() -> None:
    r = load_dictionary().rules
    assert r.preferred_readings["congolese"] == "COD"
    assert "ethnic" in r.ethnic_markers and "serbs" in r.ethnic_forms
    assert "anti" in r.stance_prefixes and "if" in r.background_marks
    assert "new" in r.subset_modifiers and "international" in r.international_words


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ministry of Foreign Affairs", "foreign ministry", True),
        ("Ministry of Defense", "defence ministry", True),
        ("Department of the Treasury", "treasury department", True),
        # negative: other words, another body
        ("Ministry of Foreign Affairs", "health ministry", False),
    ],
)
def test_body_words_ignore_word_order_and_spelling(a: str, b: str, same: bool) -> None:
    assert (body_words(a.split()) == body_words(b.split())) is same


@pytest.mark.parametrize(
    ("country", "words", "org_id"),
    [
        ("CHN", ["coast", "guard"], "org:china-coast-guard"),
        ("RUS", ["Ministry", "of", "Foreign", "Affairs"], "org:russian-foreign-ministry"),
        # negative: no such body of that country in the dictionary
        ("JPN", ["foreign", "ministry"], None),
        ("CHN", ["health", "ministry"], None),
    ],
)
def test_bodies_of_a_country(country: str, words: list[str], org_id: str | None) -> None:
    o = load_dictionary().body_of(country, words)
    assert (o.id if o is not None else None) == org_id


@pytest.mark.parametrize(
    ("parent", "words", "org_id"),
    [
        ("org:un", ["human", "rights", "office"], "org:ohchr"),
        # negative: no body of the UN by that description
        ("org:un", ["fisheries", "office"], None),
        # several bodies fit ("the U.N. mission": one of the missions in Congo, South Sudan, Kosovo, ...): none
        ("org:un", ["mission"], None),
        # near miss: the words of one mission's name name that one
        ("org:un", ["mission", "in", "South", "Sudan"], "org:unmiss"),
    ],
)
def test_bodies_of_an_organisation(parent: str, words: list[str], org_id: str | None) -> None:
    o = load_dictionary().child_body(parent, words)
    assert (o.id if o is not None else None) == org_id


def test_rules_for_bodies_speakers_and_framing_load() -> None:
    r = load_dictionary().rules
    assert "it" in r.neuter_pronouns and "say" in r.reporting_verbs
    assert "ministry" in r.body_nouns and "embassy" in r.abroad_bodies
    assert "spokesman" in r.spokesperson_nouns and "regime" in r.regime_nouns
    assert "name" in r.name_nouns and "husband" in r.kin_nouns
    # organisation nouns point back only to an organisation of that name ...
    an = load_dictionary().anaphors["headquarters"]
    assert an.named and an.targets == ("organisation",)
    # ... and nouns with common other senses do not point back at all
    assert "centre" in r.organisation_heads and "centre" not in load_dictionary().anaphors
