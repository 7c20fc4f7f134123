"""The actor layer: framing marks found while naming, unresolved mentions, offsets and ids.

The tests use the small test dictionary (see ``conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from tests.builders import actor_layer, mention_of

# ---- framing marks while naming -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "refers_to"),
    [
        ("Officials criticised the ‘Ruritanian’ government for the delay.", "‘Ruritanian’", "state:RUR"),
        ("The 'Israeli' army said it had withdrawn.", "'Israeli'", "state:ISR"),
        ("Critics attacked ‘Israel’s’ allies on Sunday.", "‘Israel’s’", "state:ISR"),
        ("Critics attacked ‘Israel’ on Sunday.", "‘Israel’", "state:ISR"),
    ],
)
def test_scare_quotes(layer_of: Callable[..., ActorLayer], text: str, quoted: str, refers_to: str) -> None:
    marks = [f for f in layer_of(text).framing if f.kind == "scare_quotes"]
    assert [(f.text, f.refers_to) for f in marks] == [(quoted, refers_to)]


@pytest.mark.parametrize(
    "text",
    [
        "'We will not give up,' she said.",  # a real quote
        "Israel's army said it had withdrawn from the border.",  # an apostrophe
        "Protesters chanted “Israel” outside the embassy.",  # double quotes
        "Critics called the shelling ‘a massacre’ on Sunday.",  # not a name
    ],
)
def test_no_scare_quotes(layer_of: Callable[..., ActorLayer], text: str) -> None:
    assert [f for f in layer_of(text).framing if f.kind == "scare_quotes"] == []


def test_loaded_label_refers_to_its_referent(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The Strelsau clique has ignored the protests.")
    marks = [f for f in layer.framing if f.kind == "loaded_label"]
    assert [(f.text, f.refers_to) for f in marks] == [("Strelsau clique", "state:RUR")]
    assert mention_of(layer, "The Strelsau clique").actor_id == "state:RUR"


# ---- unresolved mentions are kept; offsets ---------------------------------------------------------


def test_unresolved_mentions_are_kept(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Officials in Zembla said the dam was safe. He said it would hold.")
    texts = {m.text: m.actor_id for m in layer.mentions}
    assert "Officials" in texts and texts["Officials"] is None
    assert "He" in texts and texts["He"] is None


def test_offsets_and_ids_are_valid(test_actor_data: Any, parse: Callable[..., ParsedDoc]) -> None:
    text = ("Leader of the Revolution His Eminence Sayyed Omar Testa said on Sunday that the ‘Ruritanian’ "
            "government and the Strelsau clique had failed.\n\nHis Eminence said Israeli troops and "
            "Ruritanian police were on alert. They said the leaders of Germany, France and Italy had "
            "stayed silent.")
    pd = parse(text)
    layer = actor_layer(pd, test_actor_data)
    assert layer.mentions and layer.framing
    ids = [m.id for m in layer.mentions]
    assert len(ids) == len(set(ids))
    for m in layer.mentions:
        assert text[m.start:m.end] == m.text
        assert m.sentence == pd.sentence_index(m.start)
        assert m.actor_id is None or layer.actor(m.actor_id) is not None
    for f in layer.framing:
        assert text[f.start:f.end] == f.text
        assert f.refers_to is None or layer.actor(f.refers_to) is not None
    members = [member for a in layer.actors for member in a.members]
    assert members  # "the leaders of Germany, France and Italy"
    for member in members:
        assert layer.actor(member) is not None


def test_empty_text(parse: Callable[..., ParsedDoc], test_actor_data: Any) -> None:
    assert actor_layer(parse(""), test_actor_data) == ActorLayer()


def test_user_files_are_read_into_the_stage_data(test_actor_data: Any, nlp: Any) -> None:
    d = test_actor_data.dictionary
    assert "RUR" in d.countries
    assert d.is_user("countries", "RUR")
    # the matcher is built with the data and knows the user's forms
    assert any(key.lower() == "rur" or "ruritan" in key.lower()
               for _, key in test_actor_data.matcher.labels.values())
