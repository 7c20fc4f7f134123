"""Prefixed verbs re-read (nlp/prefixes.py): a verb glued to a hyphened prefix ("lathi-charged",
"cane-charge") that the parser read with the prefix as its subject, or as a noun, is read as the
verb of its clause with its subject; participles before a noun and words of other kinds keep their
parse. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.builders import ROW_KINDS, row_kinds

# (rule, kind, text, the verb, its subject, whether the verb is read with that subject and the prefix on it)
ROWS: list[tuple[str, str, str, str, str, bool]] = [
    ("a hyphened prefix read as the subject", "positive", "Police lathi-charged the striking nurses in Patna.",
     "charged", "Police", True),
    ("a hyphened prefix read as the subject", "positive", "Cops cane-charge jobless youths in Ranchi", "charge",
     "Cops", True),
    ("a hyphened prefix read as the subject", "positive", "Police lathi-charged striking doctors in Karachi.",
     "charged", "Police", True),
    # (a participle before its noun, in a clause with its own verb, is no act told)
    ("a hyphened prefix read as the subject", "negative", "Rebel-held town falls to army", "held", "Rebel", False),
    # (a compound adjective is no verb, however the prefix reads)
    ("a hyphened prefix read as the subject", "near miss", "A well-known activist was arrested in Dhaka.", "known",
     "activist", False),
    # (a modal's prefix makes an adjective: "would-be" is no verb "be")
    ("a hyphened prefix read as the subject", "near miss",
     "Two would-be suicide bombers blew themselves up near a checkpoint in Kano.", "be", "Two", False),
]


@pytest.mark.parametrize(("rule", "kind", "text", "verb", "subject", "read"), ROWS,
                         ids=[f"{r[1]}:{r[2][:30]}" for r in ROWS])
def test_prefixed_verb(nlp: Language, rule: str, kind: str, text: str, verb: str, subject: str, read: bool) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    prefix = doc[v.i - 2]
    got = any(c.dep_ == "nsubj" and c.text == subject for c in v.children) and prefix.head.i == v.i \
        and prefix.dep_ != "nsubj"
    assert got == read, (rule, kind)


def test_rows_have_every_kind() -> None:
    assert row_kinds(ROWS) == {"a hyphened prefix read as the subject": set(ROW_KINDS)}
