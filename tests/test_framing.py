"""The framing stage: naming marks, lexicon terms, voice inside quotes, unattributed figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger import actors, figures
from newsledger.actors import extract_actors
from newsledger.config import Settings
from newsledger.framing import UNKNOWN_VOICE, extract_framing
from newsledger.nlp import ParsedDoc
from newsledger.records import Figure, FramingMark, Quote, Span, record_id
from tests.test_actors import write_test_dictionary


@pytest.fixture(scope="module")
def test_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = write_test_dictionary(tmp_path_factory.mktemp("framing"))
    actors.configure(Settings(actors_files=(str(path),)))
    yield path
    actors.configure(Settings())


@pytest.fixture
def framing_of(test_dictionary: Path, parse: Callable[..., ParsedDoc]) -> Callable[..., list[FramingMark]]:
    def _run(text: str, quotes: tuple[Quote, ...] = (), figs: tuple[Figure, ...] = ()) -> list[FramingMark]:
        pd = parse(text)
        return extract_framing(pd, extract_actors(pd), list(quotes), list(figs))

    return _run


def _quote(text: str, content: str, kind: str = "direct", speaker: str | None = None) -> Quote:
    s = text.index(content)
    return Quote(id="q1", article_id="a", sentence=0, start=s, end=s + len(content), kind=kind,
                 content=Span(s, s + len(content), content), speaker_actor_id=speaker)


def test_naming_marks_and_lexicon_terms_together(framing_of: Callable[..., list[FramingMark]]) -> None:
    text = "The Strelsau clique ordered the shelling, which critics called a massacre."
    marks = framing_of(text)
    got = [(f.kind, f.text, f.refers_to, f.voice) for f in marks]
    assert got == [
        ("loaded_label", "Strelsau clique", "state:RUR", "outlet"),
        ("loaded_term", "massacre", None, "outlet"),
    ]
    for f in marks:
        assert text[f.start:f.end] == f.text


def test_no_marks_in_plain_text(framing_of: Callable[..., list[FramingMark]]) -> None:
    assert framing_of("The council met on Monday to discuss bus fares.") == []


@pytest.mark.parametrize(
    ("kind", "speaker", "voice"),
    [
        ("direct", "person:anna-presta", "person:anna-presta"),
        ("partial", "person:anna-presta", "person:anna-presta"),
        ("direct", None, UNKNOWN_VOICE),  # a quote whose speaker is unknown is not the outlet's
        ("indirect", "person:anna-presta", "outlet"),  # reported speech is the outlet's wording
    ],
)
def test_voice_inside_quotes(framing_of: Callable[..., list[FramingMark]], kind: str, speaker: str | None, voice: str) -> None:
    text = "Anna Presta said: “The Strelsau clique has committed a massacre.” Critics disagreed."
    q = _quote(text, "The Strelsau clique has committed a massacre.", kind, speaker)
    marks = framing_of(text, (q,))
    assert {f.text: f.voice for f in marks} == {"Strelsau clique": voice, "massacre": voice}


def test_voice_outside_the_quote_stays_the_outlets(framing_of: Callable[..., list[FramingMark]]) -> None:
    text = "Anna Presta said: “We will win.” The Strelsau clique did not answer."
    q = _quote(text, "We will win.", "direct", "person:anna-presta")
    (mark,) = framing_of(text, (q,))
    assert mark.voice == "outlet"


def test_innermost_quote_gives_the_voice(framing_of: Callable[..., list[FramingMark]]) -> None:
    text = "Boris Kandel said: “Anna Presta told me ‘the Strelsau clique must go’ yesterday.”"
    outer = _quote(text, "Anna Presta told me ‘the Strelsau clique must go’ yesterday.", "direct", "person:boris-kandel")
    inner = _quote(text, "the Strelsau clique must go", "direct", "person:anna-presta")
    (mark,) = framing_of(text, (outer, inner))
    assert mark.voice == "person:anna-presta"


def test_unattributed_figure_marks_are_included(
    framing_of: Callable[..., list[FramingMark]], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "At least 40 civilians were killed on Monday."

    def fake(doc: ParsedDoc, figs: Any) -> list[FramingMark]:
        s = doc.text.index("At least 40 civilians")
        e = s + len("At least 40 civilians")
        mark = FramingMark(record_id("fm", doc.article_id, s, e), doc.article_id, 0, s, e, doc.text[s:e],
                           "unattributed_figure")
        return [mark, mark]  # a duplicate is dropped

    monkeypatch.setattr(figures, "unattributed_figure_marks", fake, raising=False)
    marks = framing_of(text)
    assert [(f.kind, f.text) for f in marks] == [("unattributed_figure", "At least 40 civilians")]


def test_without_the_figure_hook(framing_of: Callable[..., list[FramingMark]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(figures, "unattributed_figure_marks", raising=False)
    assert framing_of("At least 40 civilians were killed on Monday.") == []


def test_marks_are_sorted_and_unique(framing_of: Callable[..., list[FramingMark]]) -> None:
    text = ("His Eminence Omar Testa said the Strelsau clique had lied. Critics attacked ‘Ruritania’ "
            "and spoke of a massacre. His Eminence did not reply.")
    marks = framing_of(text)
    keys = [(f.start, f.end, f.kind) for f in marks]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    kinds = {f.kind for f in marks}
    assert {"honorific", "loaded_label", "scare_quotes", "loaded_term"} <= kinds
    for f in marks:
        assert text[f.start:f.end] == f.text
