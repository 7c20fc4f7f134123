"""The extent of a mention: which words around an actor's name or noun are part of it.

The tests use the small test dictionary (see ``conftest.py``) merged with the packaged one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import ActorLayer
from tests.builders import ROW_KINDS, row_kinds

# (rule, kind, sentence, a mention that must be there, a mention that must not)
EXTENT_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # phrases.np_extent: a proper name modifying a noun takes no possessor of that noun
    ("name modifier", "positive", "China used its Security Council veto to block the text.", "Security Council",
     "its Security Council"),
    ("name modifier", "positive", "Israel said its NATO ties were strong.", "NATO", "its NATO"),
    ("name modifier", "positive", "The group's Hamas allies rejected the plan.", "Hamas", "The group's Hamas"),
    # (a common noun modifying a noun keeps the possessive: the army is its)
    ("name modifier", "negative", "Mali said its army trucks were ambushed.", "its army", None),
    # (a possessive on the name itself is the name's: the council's own veto; an article stays)
    ("name modifier", "near miss", "The Security Council's veto angered Ukraine.", "The Security Council", None),
    ("name modifier", "near miss", "The Security Council veto angered Ukraine.", "The Security Council", None),
    # phrases.np_extent, coref.yaml resultative_adjectives: the result of a verb before a number or an
    # article is no adjective of the noun after it
    ("resultative adjective", "positive", "Rebel fighters shot dead two teenagers, Sudanese medics said.", "teenagers",
     "dead two teenagers"),
    ("resultative adjective", "positive", "Militants shot dead a teacher on Monday.", "a teacher", "dead a teacher"),
    # negative: an adjective of the noun itself
    ("resultative adjective", "negative", "The two dead soldiers were buried in Kyiv.", "The two dead soldiers", None),
    # near miss: the same word with nothing between it and the noun
    ("resultative adjective", "near miss", "The dead farmers were buried in Tillaberi.", "The dead farmers", None),
    # phrases.hyphen_joined: two names joined by a hyphen into one word are two mentions
    ("hyphen pair", "positive", "Diplomats urged a ceasefire in the Russia-Ukraine war.", "Ukraine",
     "the Russia-Ukraine"),
    ("hyphen pair", "positive", "India-Pakistan talks resumed in Geneva on Monday.", "India", "India-Pakistan"),
    ("hyphen pair", "positive", "The Israel-Hamas war entered its second year.", "Israel", "The Israel-Hamas"),
    ("hyphen pair", "positive", "Ethiopia signed a deal ending the Ethiopia-Eritrea war.", "Eritrea",
     "the Ethiopia-Eritrea"),  # (atoms.entity_over_names: read as one organisation by the recogniser)
    # negative: one name written with a hyphen stays one mention
    ("hyphen pair", "negative", "Al-Shabaab fighters attacked a base in Somalia.", "Al-Shabaab fighters", None),
    # near miss: a name before a hyphen and a patron word is its own mention, the group another
    ("hyphen pair", "near miss", "The Iran-backed Houthis fired a missile.", "Iran", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "present", "absent"), EXTENT_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in EXTENT_ROWS])
def test_mention_extent(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str, present: str,
                        absent: str | None) -> None:
    texts = [m.text for m in layer_of(text).mentions]
    assert present in texts, (rule, kind, texts)
    assert absent not in texts, (rule, kind, texts)


def test_every_extent_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(EXTENT_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
