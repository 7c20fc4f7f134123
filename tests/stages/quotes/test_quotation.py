"""Quotation marks and paragraphs as the quote stage reads them (``newsledger.nlp.quotation``),
and the quote holding a stretch of text (``newsledger.nlp.attribution.quote_at``)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import quote_at
from newsledger.nlp.quotation import Blocks, MarkSet, Quotation
from newsledger.nlp.quotation import find_quotations as find_with
from newsledger.nlp.quotation import text_blocks as blocks_with
from newsledger.records import Quote, Span
from tests.builders import stage_data


def marks() -> MarkSet:
    return stage_data("quotes").marks  # type: ignore[no-any-return]


def find_quotations(text: str) -> list[Quotation]:
    return find_with(text, marks())


def text_blocks(text: str) -> Blocks:
    return blocks_with(text, marks())

# --------------------------------------------------------------------------- quotation marks


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "They didn’t visit Israel’s border in the ’90s, nor the students’ union."
    assert find_quotations(text) == []


def test_quotation_nesting_and_continuation() -> None:
    text = "“He told me ‘go home now’ and left.\n\n“Then it rained,” she said.\n\nNo marks here."
    qs = find_quotations(text)
    outer = [q for q in qs if q.depth == 0]
    inner = [q for q in qs if q.depth == 1]
    assert len(outer) == 1 and outer[0].continued and outer[0].closed
    assert outer[0].text.endswith("she said.") is False and outer[0].text.endswith("rained,”")
    assert len(inner) == 1 and inner[0].text == "‘go home now’"
    assert [q.text for q in qs] == [text[q.start : q.end] for q in qs]


def test_unclosed_quotation_is_capped_at_paragraph_end() -> None:
    text = "He said “this never ends\n\nNext paragraph."
    qs = find_quotations(text)
    assert len(qs) == 1 and not qs[0].closed
    assert qs[0].end == text.index("\n\n")


LEFT_OPEN = [
    # positive: a double mark opening a sentence inside an open double quotation starts a new one
    ("“The port is shut. It stays shut. “We will reopen it,” he added.",
     ["“The port is shut. It stays shut. ", "“We will reopen it,”"]),
    # negative: a quotation inside a quotation in single marks nests
    ("“The port is shut. ‘We will reopen it,’ they told us,” he said.",
     ["“The port is shut. ‘We will reopen it,’ they told us,”", "‘We will reopen it,’"]),
    # near miss: a double mark inside a sentence of an open quotation does not start anew
    ("“The port is shut, and “the harbour” too,” he said.",
     ["“The port is shut, and “the harbour” too,”", "“the harbour”"]),
]


@pytest.mark.parametrize(("text", "quotations"), LEFT_OPEN, ids=[str(i) for i in range(len(LEFT_OPEN))])
def test_a_quotation_left_open_ends_where_a_new_one_opens(text: str, quotations: list[str]) -> None:
    assert [q.text for q in find_quotations(text)] == quotations


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("A is here.\n\n\nB said so.\r\n\r\nC ends.", ["A is here.", "B said so.", "C ends."]),
        # one paragraph per line: most line breaks follow a sentence end or open a quotation
        ("One.\nTwo said.\n“Three.”\nFour", ["One.", "Two said.", "“Three.”", "Four"]),
        # hard-wrapped lines inside a paragraph are not paragraphs
        (
            "A line that wraps\nin the middle of\na sentence.\n\nNext.",
            ["A line that wraps\nin the middle of\na sentence.", "Next."],
        ),
    ],
)
def test_text_blocks(text: str, blocks: list[str]) -> None:
    b = text_blocks(text)
    assert [text[s:e] for s, e in zip(b.starts, b.ends, strict=True)] == blocks


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "yes" twice.', "yes"),
        ("He said “yes” twice.", "yes"),
        ("He said ‘yes’ twice.", "yes"),
        ("He said «yes» twice.", "yes"),
        ("He said ''yes'' twice.", "yes"),
    ],
)
def test_all_mark_styles(text: str, inner: str) -> None:
    qs = find_quotations(text)
    assert len(qs) == 1
    assert text[qs[0].inner_start : qs[0].inner_end] == inner


# --------------------------------------------------------------------------- helpers and data


def _quote(qid: str, start: int, end: int, parent: str | None = None) -> Quote:
    return Quote(
        id=qid,
        article_id="a",
        sentence=0,
        start=start,
        end=end,
        kind="indirect",
        content=Span(start, end, "x" * (end - start)),
        parent_id=parent,
    )


def test_quote_at_returns_innermost() -> None:
    outer = _quote("outer", 0, 100)
    inner = _quote("inner", 20, 40, parent="outer")
    assert quote_at([outer, inner], 25, 30) is inner
    assert quote_at([outer, inner], 50, 60) is outer
    assert quote_at([outer, inner], 90, 120) is None
    assert quote_at([], 0, 1) is None

