"""Two ACCUSE rules, each a class of construction. The standing-accused rule of
``stages/events/standing.py`` (``accused_states``,
``figurative_states``, ``state_verbs``, ``state_reason_preps`` in ``patterns.yaml``): a party a
verb of state puts under an inquiry or under criticism is the target of an ACCUSE (PLOVER ACCUSE
investigate: "investigations, inquiries"; disapprove: "criticize, condemn"), its accuser after
"from" or "by"; "fire" and "attack" are so only with a reason after "over" or "for". Positive
rows, negative rows and near misses, sentences written for these tests. The ominous-message rule
of ``stages/events/judgements.py`` (``message_nouns``, ``ominous_words``): a reported clause that
says a thing done sends an ominous message or sets an ominous precedent judges it (PLOVER ACCUSE
disapprove), the speaker the accuser; so does one that says a law or a text fails at what it is
for (``judged_texts``, not ``passage_verbs``: "failed to pass" is a vote lost).

A row (kind, text, expected) holds when ``expected`` is None and no counted event of the sentence
is an ACCUSE, or when a counted ACCUSE has the expected (source codes, target codes).
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

Row = tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]] | None]

ROWS: list[Row] = [
    # positive: under an inquiry, with a verb of state
    ("pos", "A former Brazilian governor is under investigation for embezzlement.", ((), ("BRA",))),
    ("pos", "The Ghanaian finance minister remains under investigation in Accra.", ((), ("GHA",))),
    # positive: under criticism, the accuser after "from"
    ("pos", "The Hungarian prime minister came under sharp criticism from Brussels over the media law.", (("IGO",), ("HUN",))),
    # positive: figurative fire and attack, with a reason
    ("pos", "The Hungarian prime minister came under fire from Brussels over the new media law.", (("IGO",), ("HUN",))),
    ("pos", "Nigeria's army has come under attack from Amnesty International for the deaths of villagers.", (("IGO",), ("NGA",))),
    # negative: fire with no reason is shots, not criticism
    ("neg", "Thai troops came under fire from insurgents near the Malaysian border on Monday.", None),
    # negative: a state that accuses no one, or a thing under inquiry
    ("neg", "The Turkish mayor is under pressure from Ankara to resign.", None),
    ("neg", "The cause of the blaze in the market is under investigation.", None),
    # near misses: negated, a span of time after "for", a verb of no state
    ("near", "The Ghanaian finance minister is not under investigation, his office said.", None),
    ("near", "Thai troops came under fire for two hours near the Malaysian border.", None),
    ("near", "The Ghanaian finance minister hid the files under the desk in Accra.", None),
]

MESSAGE_ROWS: list[Row] = [
    ("pos", "Kenya's opposition leader said the arrest of the journalist sent a chilling message to reporters.", (("KEN",), ())),
    ("pos", "The Ugandan minister said the new law sends the wrong signal to investors.", (("UGA",), ())),
    ("pos", "Human rights groups said the verdict against the activist set a dangerous precedent.", (("IGO",), ())),
    ("neg", "Kenya's opposition leader said the election result sent a clear message to the government.", None),
    ("neg", "The Ugandan minister said the ruling set a new precedent for land disputes.", None),
    ("near", "The Ugandan minister sent a chilling message to the rebels in a radio address.", None),
]

# a law or a text said to fail at what it is for (``judged_texts``, ``passage_verbs``)
FAILING_ROWS: list[Row] = [
    ("pos", "Women's groups in Kenya said the new law fails to protect victims of domestic violence.", (("KEN",), ())),
    ("pos", "Legal scholars argue that the draft constitution fails to reflect Iraq's religious diversity.", ((), ())),
    ("neg", "The Kenyan minister said the talks failed to produce a deal on Tuesday.", None),
    ("near", "The Kenyan minister said the bill failed to pass the senate on Tuesday.", None),
]


def row_holds(row: Row) -> bool:
    _kind, text, expected = row
    accused = [p for p in counted_events(text) if p.plover == "ACCUSE"]
    if expected is None:
        return not accused
    return any((p.source, p.target) == (frozenset(expected[0]), frozenset(expected[1])) for p in accused)


def test_rows_of_every_kind() -> None:
    kinds = [r[0] for r in ROWS]
    assert {k: kinds.count(k) for k in ("pos", "neg", "near")} == {"pos": 5, "neg": 3, "near": 3}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_standing_accused(row: Row) -> None:
    assert row_holds(row)


def test_message_rows_of_every_kind() -> None:
    kinds = [r[0] for r in MESSAGE_ROWS]
    assert {k: kinds.count(k) for k in ("pos", "neg", "near")} == {"pos": 3, "neg": 2, "near": 1}


@pytest.mark.parametrize("row", MESSAGE_ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(MESSAGE_ROWS)])
def test_ominous_message(row: Row) -> None:
    assert row_holds(row)


@pytest.mark.parametrize("row", FAILING_ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(FAILING_ROWS)])
def test_failing_text(row: Row) -> None:
    assert row_holds(row)


def test_literal_fire_stays_an_assault() -> None:
    """Shots with no reason are left to the assault rules: the troops are fired on."""
    preds = counted_events("Thai troops came under fire from insurgents near the Malaysian border on Monday.")
    assert [p.plover for p in preds] == ["ASSAULT"]
