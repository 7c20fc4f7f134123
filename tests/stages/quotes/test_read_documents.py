"""A document that shows its words by "read", which the tagger misreads: as a noun with a subject of
its own ('A statement from the interior ministry read: "..."', '"...," a statement from Hamas
read.': stages/quotes/misparse.noun_read_as_cue), or, inverted after the closing quotation, as a base
form ('"...," read a statement from the interior ministry': cues.yaml ``base_form_pasts``, the issuer's
phrase the parser hung on the verb joined to the speaker by ``issuer_preps``). Before, the quotation
had no speaker, and a cue inside it took the whole sentence as its content. Not an order after a
quotation ('"Stay inside," tell the children.'), nor a person who reads words out."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

P, N, M = "positive", "negative", "near miss"

# (kind, text, words of the quotation, the speaker as written)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, 'A statement from the interior ministry read: "The attackers will be found."', "attackers",
     "A statement from the interior ministry"),
    (P, '"We will rebuild every house," a statement from Hamas read.', "rebuild",
     "a statement from Hamas"),
    (P, '"We will rebuild every house," read a statement from the interior ministry.', "rebuild",
     "a statement from the interior ministry"),
    (P, 'A Facebook post read: "We will respond."', "respond", "A Facebook post"),
    (N, 'The minister read: "We will not forget the dead of this town."', "forget", "The minister"),
    (M, '"Stay inside," tell the children.', "Stay inside", None),
]


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), ROWS)
def test_a_document_that_reads_speaks(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, f"{kind}: {text}")


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
