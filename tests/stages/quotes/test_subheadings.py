"""A subheading run into the next sentence (a story whose paragraphs were joined) is no part of
the quote after it: 'Resistance continues "...," the mayor said' quotes the mayor's words only,
and 'Aid surges According to the report, X' reports X (:mod:`newsledger.stages.quotes.subheadings`)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline


@pytest.mark.parametrize(("name", "text", "contents"), [
    ("positive: a subheading with a verb before a quotation",
     'The talks ended on Monday. Resistance continues "We will not give up," the mayor said.',
     ['"We will not give up,"']),
    ("positive: a noun phrase before a quotation told to an outlet",
     'The talks ended on Monday. Border dispute "So far, nothing has moved," Ana Ruiz, a local farmer, told VOA.',
     ['"So far, nothing has moved,"']),
    ("positive: before According to",
     "The talks ended on Monday. Aid surges According to the annual report released last week, donations rose 40% last year.",
     ["donations rose 40% last year"]),
    ("negative: a sentence opening with According to",
     "The talks ended on Monday. According to the annual report, donations rose 40% last year.",
     ["donations rose 40% last year"]),
    ("near miss: a cue before a quotation",
     'The talks ended on Monday. The mayor said "We will not give up," adding that more talks were planned.',
     ['"We will not give up,"', "that more talks were planned"]),
])
def test_run_in_subheading_is_left_out(name: str, text: str, contents: list[str]) -> None:
    an = pipeline().analyze_text(text)
    assert sorted(q.content.text for q in an.quotes) == sorted(contents), name
