"""A penalty held over a party under a condition (``stages/events/penalties.py``; ``patterns.yaml``
``penalty_nouns``, ``penalty_verbs``, ``condition_nouns``): a THREATEN from whoever would impose it to the
party it would hit, not a penalty imposed; invented sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, kind, sentence, the target codes of the counted THREATEN, None: no THREATEN)
ROWS = [
    ("costs discussed in case", "positive", "The ministers discussed imposing further costs on Kenya in case a truce "
     "is not agreed.", ("KEN",)),
    ("sanctions weighed, an if clause", "positive", "The European Union weighed imposing sanctions on Iran if it does "
     "not free the sailors.", ("IRN",)),
    ("sanctions imposed, no condition", "negative", "The European Union imposed sanctions on Iran on Monday.", None),
    ("a condition on a measure that is no penalty", "near miss", "The European Union discussed lifting sanctions on "
     "Iran in case it frees the sailors.", None),
    ("a penalty under a condition aimed at no party", "near miss", "The ministers discussed imposing further costs "
     "in case the talks fail.", None),
]


@pytest.mark.parametrize(("name", "kind", "text", "codes"), ROWS, ids=[f"{r[0]} ({r[1]})" for r in ROWS])
def test_a_penalty_under_a_condition_is_a_threat(name: str, kind: str, text: str,
                                                 codes: tuple[str, ...] | None) -> None:
    an = pipeline().analyze_text("Sanctions\n\n" + text)
    actors = {a.id: a for a in an.actors}
    threats = [e for e in an.events if e.plover == "THREATEN" and e.parent_id is None
               and e.modality not in ("negated", "hypothetical")]
    if codes is None:
        assert not threats, (name, kind, [(e.plover, e.predicate) for e in threats])
        return
    assert threats, (name, kind, [(e.plover, e.predicate, e.modality) for e in an.events])
    got = tuple(sorted({actors[i].country or "" for i in threats[0].target_actor_ids if i in actors}))
    assert got == codes, (name, kind, got)


SOURCES = [
    # (construction, kind, text, the names the counted THREATEN's source holds): who would impose the penalty
    ("a first person in a quotation: its speaker", "positive", "“We called for talks,” the G7 ministers said.\n\n“We "
     "discussed imposing further costs on Kenya in case a truce is not agreed.”", "G7"),
    ("a named subject", "negative", "The European Union weighed imposing sanctions on Iran if it does not free the "
     "sailors.", "European Union"),
    ("a first person with no quotation: no one named", "near miss", "We discussed imposing further costs on Kenya in "
     "case a truce is not agreed.", ""),
]


@pytest.mark.parametrize(("name", "kind", "text", "source"), SOURCES, ids=[f"{r[0]} ({r[1]})" for r in SOURCES])
def test_the_threat_is_the_imposers(name: str, kind: str, text: str, source: str) -> None:
    an = pipeline().analyze_text("Sanctions\n\n" + text)
    actors = {a.id: a for a in an.actors}
    threats = [e for e in an.events if e.plover == "THREATEN" and e.parent_id is None]
    assert threats, (name, kind, [(e.plover, e.predicate, e.modality) for e in an.events])
    names = " ".join(actors[i].name for i in threats[0].named_source_ids if i in actors)
    assert (source in names) if source else not names, (name, kind, names)
