"""Three readings of what a count measures from the words around it: a bare number set off after a
count as another value it is compared with ("buried 23 people, higher than the 17 confirmed by the
police", "17 deaths, fewer than the 23 reported by residents") counts what that count counts, but a
number with a measure of its own keeps it ("against 12 injured"); the participle or adjective the
parser hangs on a counting noun after its "of" phrase ("the number of people missing after the
landslide", "the number of students unaccounted for") says what the counted are; and the people a
phrasal measure verb takes "along with" or "together with" its object ("whisked away 121 boys,
along with four teachers") are counted by the same verb, not things ("along with two trucks")."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

P, N, M = "positive", "negative", "near miss"

# (kind, text, the figure's value, its measure)
ROWS: list[tuple[str, str, float, str | None]] = [
    # a value compared with the count before it
    (P, "Villagers said they buried 31 people on Friday, higher than the 19 confirmed by the army.", 19, "killed"),
    (P, "The ministry counted 12 injured, fewer than the 20 given by the hospital.", 20, "injured"),
    (P, "Officials said 40 people were abducted, compared with 52 in the first report.", 52, "held hostage"),
    (N, "The death toll rose to 40, against 12 injured.", 12, "injured"),
    (N, "The council met 12 times, more than the 9 meetings of last year.", 9, None),
    (M, "Rescuers said 40 people were killed, and more than 19 were found alive.", 19, "rescued"),
    # the participle or adjective the parser hangs on the counting noun
    (P, "The number of people missing after the landslide stands at 31.", 31, "missing"),
    (P, "The number of pupils unaccounted for now stands at 164.", 164, "missing"),
    (N, "The number of people in the square stands at 3,000.", 3000, None),
    (M, "The number of pupils enrolled at the school stands at 164.", 164, None),
    # people taken "along with" the object of a phrasal measure verb
    (P, "Gunmen whisked away 80 girls, along with three guards.", 3, "held hostage"),
    (P, "Soldiers took away 12 men together with two boys.", 2, "detained"),
    (N, "Soldiers took away 12 crates along with two trucks.", 2, None),
    (M, "Soldiers took away 12 crates along with two guards.", 12, None),
]


@pytest.mark.parametrize(("kind", "text", "value", "measure"), ROWS)
def test_what_the_count_measures(kind: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(text, value)
    assert [f.measure for f in found] == [measure], (kind, text, [(f.text, f.measure) for f in found])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
