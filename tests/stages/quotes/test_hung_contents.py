"""A content clause the parser hung on the noun of a phrase after the cue, past that noun's own
"of" phrase, is what the cue says: "An official told AFP on condition of anonymity that ...",
"X said on the sidelines of the summit that ..." (issue 15; the stop-53 speaker probe's tune rows). A
noun's own complement clause right after it ("on condition that he not be named") and a relative
clause whose "that" is its subject are no content. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the content, the speaker as written: None for no quote holding them)
CASES = [
    ("positive: on condition of anonymity that", "A port official told the Gazette on condition of anonymity "
     "that three cranes had been sold abroad.", "three cranes had been sold", "A port official"),
    ("positive: a quoted clause past the of phrase", "A customs officer told reporters on condition of anonymity "
     "that \"the ledgers were burned on purpose.\"", "the ledgers were burned", "A customs officer"),
    ("positive: on the sidelines of the summit that", "The fisheries minister said on the sidelines of the summit "
     "that the quota would be halved.", "the quota would be halved", "The fisheries minister"),
    ("negative: the noun's own that clause", "A port official told the Gazette on condition that his name be "
     "withheld.", "his name be withheld", None),
    ("near miss: a relative clause past the of phrase", "The fisheries minister told reporters at the end of "
     "the talks that ran into the night.", "ran into the night", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_clause_past_the_of_phrase_is_the_content(name: str, text: str, words: str, speaker: str | None) -> None:
    quotes = quotes_holding("Harbour news\n\n" + text, words)[1]
    if speaker is None:
        assert quotes == [], (name, quotes)
        return
    assert len(quotes) >= 1 and all(q.speaker is not None and q.speaker.text == speaker for q in quotes), (name, quotes)
