"""The quote stage's data: the cue lexicon, schemas that reject unknown keys, and user data
files that extend the packaged ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from newsledger.resources import Resources, check, packaged_text
from newsledger.stages.quotes.lexicon import CUES_SCHEMA, load_quotes_data
from tests.builders import pipeline, stage_data, write_data_file

ISSUE_VERBS = ["say", "tell", "add", "state", "underline", "stress", "warn", "accuse", "call", "urge",
               "claim", "deny", "announce", "insist", "argue", "note", "believe", "think"]


def test_cue_lexicon_has_the_issue_verbs() -> None:
    lex = stage_data("quotes").cues
    assert [v for v in ISSUE_VERBS if v not in lex.verbs] == []
    assert ("according", "to") in lex.phrases
    assert "on" in lex.particles["call"]  # quoted in YAML: a bare `on` would read as True


def test_packaged_cues_follow_their_schema_and_a_near_miss_is_rejected() -> None:
    raw = yaml.safe_load(packaged_text("quotes/cues.yaml") or "")
    check(raw, CUES_SCHEMA, "quotes/cues.yaml")
    raw["clause_onyl"] = raw.pop("clause_only")
    with pytest.raises(ConfigError, match=r"quotes/cues\.yaml: unknown key clause_onyl"):
        check(raw, CUES_SCHEMA, "quotes/cues.yaml")


def test_a_near_miss_in_a_user_data_file_names_file_and_key(tmp_path: Path) -> None:
    path = write_data_file(tmp_path, "quotes/cues:\n  classes:\n    speech:\n      verbz: [grumble]\n")
    with pytest.raises(ConfigError) as err:
        load_quotes_data(Resources([path]))
    assert str(path) in str(err.value) and "verbz" in str(err.value)


def test_a_user_cue_verb_makes_a_new_quote(tmp_path: Path, parse: Callable[..., ParsedDoc]) -> None:
    text = "The farmer grumbled that the rain came far too late for the wheat."
    path = write_data_file(tmp_path, "quotes/cues:\n  classes:\n    speech:\n      verbs: [grumble]\n")
    doc = parse(text)

    def quotes_with(p: object) -> list[str | None]:
        stage = next(s for s in p.stages if s.name == "quotes")  # type: ignore[attr-defined]
        return [q.cue_lemma for q in stage.run(doc, p.data["quotes"], {"actors": ActorLayer()})]  # type: ignore[attr-defined]

    assert "grumble" in quotes_with(pipeline(str(path)))
    assert "grumble" not in quotes_with(pipeline())
    assert "grumble" not in stage_data("quotes").cues.verbs


@pytest.mark.parametrize(("noun", "speaks"), [
    ("report", True),  # a text (document nouns)
    ("spokesperson", True),  # a post
    ("company", True),  # a bare body
    ("decision", False),  # near miss: a thing, on no speaker list
])
def test_speaking_nouns_are_made_once_when_the_lexicons_load(noun: str, speaks: bool) -> None:
    data = stage_data("quotes")
    assert (noun in data.speaking_nouns) is speaks
