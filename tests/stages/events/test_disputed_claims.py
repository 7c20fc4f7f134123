"""Claims rejected with no owner named (``stages/events/disputed_claims.py``; ``patterns.yaml``
``disputed_claim_nouns``, ``accusing_verbs``): the REJECT's target is the party the sentence's own accusing
participle or conjunct accuses, else no one, never the rejecter's own country; invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, kind, sentence, the REJECT's target codes)
ROWS = [
    ("claims dismissed, an accusing participle", "positive", "Hamas dismissed the claims, accusing Israel of trying "
     "to evade blame.", ("ISR",)),
    ("allegations rejected, an accusing conjunct", "positive", "Hamas rejected the allegations and blamed Israel for "
     "the killings.", ("ISR",)),
    ("claims dismissed, no one accused", "positive", "Kenya's opposition party dismissed the claims.", ()),
    ("a proposal rejected, no owner: the rejecter's own country as before", "negative", "Kenya's opposition party "
     "rejected the plan.", ("KEN",)),
    ("claims whose owner is named", "near miss", "Kenya's opposition party rejected the government's claims.",
     ("KEN",)),
]


@pytest.mark.parametrize(("name", "kind", "text", "codes"), ROWS, ids=[f"{r[0]} ({r[1]})" for r in ROWS])
def test_claims_rejected_with_no_owner_reject_the_accused_or_no_one(name: str, kind: str, text: str,
                                                                   codes: tuple[str, ...]) -> None:
    an = pipeline().analyze_text("Claims\n\n" + text)
    actors = {a.id: a for a in an.actors}
    rejects = [e for e in an.events if e.plover == "REJECT"]
    assert rejects, (name, [(e.plover, e.predicate) for e in an.events])
    got = tuple(sorted({actors[i].country or "" for i in rejects[0].target_actor_ids if i in actors}))
    assert got == codes, (name, kind, got)
