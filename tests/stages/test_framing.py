"""The framing stage: naming marks, lexicon terms, voice inside quotes, unattributed figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from newsledger.errors import ConfigError
from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Figure, FramingMark, Quote, Span, record_id
from newsledger.resources import check, packaged_text
from newsledger.stages.framing import SCARE_SCHEMA, UNKNOWN_VOICE
from tests.builders import pipeline, stage_outputs, write_data_file, write_test_dictionary


@pytest.fixture(scope="module")
def test_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_test_dictionary(tmp_path_factory.mktemp("framing"))


def run_framing(p: object, doc: ParsedDoc, layer: ActorLayer, quotes: tuple[Quote, ...],
                figs: tuple[Figure, ...]) -> list[FramingMark]:
    stage = next(s for s in p.stages if s.name == "framing")  # type: ignore[attr-defined]
    inputs = {"actors": layer, "quotes": quotes, "figures": figs}
    return list(stage.run(doc, p.data["framing"], inputs))  # type: ignore[attr-defined]


@pytest.fixture
def framing_of(test_dictionary: Path, parse: Callable[..., ParsedDoc]) -> Callable[..., list[FramingMark]]:
    def _run(text: str, quotes: tuple[Quote, ...] = (), figs: tuple[Figure, ...] = ()) -> list[FramingMark]:
        pd = parse(text)
        p = pipeline(actors_files=(str(test_dictionary),))
        return run_framing(p, pd, stage_outputs(pd, p)["actors"], quotes, figs)

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
        ("loaded_term", "massacre", None, "sector:OPP+CVL"),  # what critics called it: their word
    ]
    assert [f.text for f in marks] == [text[f.start:f.end] for f in marks]


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


def _casualty_figure(doc: ParsedDoc, words: str, attribution: str = "unattributed") -> Figure:
    s = doc.text.index(words)
    e = s + len(words)
    return Figure(id=record_id("fig", doc.article_id, s, e), article_id=doc.article_id, sentence=0, start=s,
                  end=e, text=words, value_low=40, value_high=40, measure="killed", kind="count",
                  attribution=attribution)


def test_unattributed_figure_marks_are_included(
    framing_of: Callable[..., list[FramingMark]], parse: Callable[..., ParsedDoc]
) -> None:
    text = "At least 40 civilians were killed on Monday."
    fig = _casualty_figure(parse(text), "At least 40 civilians")
    marks = framing_of(text, (), (fig, fig))  # a duplicate is dropped
    assert [(f.kind, f.text, f.note) for f in marks] == [
        ("unattributed_figure", "At least 40 civilians", "killed figure stated without a source")
    ]


def test_attributed_figures_and_no_figures_make_no_figure_marks(
    framing_of: Callable[..., list[FramingMark]], parse: Callable[..., ParsedDoc]
) -> None:
    text = "At least 40 civilians were killed on Monday."
    assert framing_of(text) == []
    fig = _casualty_figure(parse(text), "At least 40 civilians", attribution="the ministry")
    assert framing_of(text, (), (fig,)) == []


def test_marks_are_sorted_and_unique(framing_of: Callable[..., list[FramingMark]]) -> None:
    text = ("His Eminence Omar Testa said the Strelsau clique had lied. Critics attacked ‘Ruritania’ "
            "and spoke of a massacre. His Eminence did not reply.")
    marks = framing_of(text)
    keys = [(f.start, f.end, f.kind) for f in marks]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    kinds = {f.kind for f in marks}
    assert {"honorific", "loaded_label", "scare_quotes", "loaded_term"} <= kinds
    assert [f.text for f in marks] == [text[f.start:f.end] for f in marks]


# ---- scare quotes around any short term, "so-called", new lexicon terms -------------------------


@pytest.fixture
def marks_of(test_dictionary: Path, parse: Callable[..., ParsedDoc]) -> Callable[[str], list[FramingMark]]:
    """Framing marks with the real quote stage, so that quotations are told from scare quotes."""
    def _run(text: str) -> list[FramingMark]:
        pd = parse(text)
        p = pipeline(actors_files=(str(test_dictionary),))
        out = stage_outputs(pd, p)
        return run_framing(p, pd, out["actors"], out["quotes"], ())

    return _run


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ("The union sanctioned the so-called ‘shadow fleet’ of old tankers.", ["so-called ‘shadow fleet’"]),
        ("The ‘price cap’ has failed to cut revenues.", ["‘price cap’"]),
        ("Officials visited the 'market' on Monday.", ["'market'"]),
        ("Videos of the so-called market spread quickly.", ["so-called market"]),
        ("The so-called “special zone” was closed.", ["so-called “special zone”"]),
        # a name someone uses, which the writer keeps at a distance
        ("What Western media call the ‘shadow fleet’ keeps sailing.", ["‘shadow fleet’"]),
        # negative: a quotation with a speech cue
        ("The minister described the strike as ‘a war crime’.", []),
        # negative: a quoted clause, a quoted utterance
        ("‘We will win,’ he said.", []),
        # negative: double quotes around a term quote someone
        ("The minister called it a “provocation” on Monday.", []),
        # negative: too long to be a scare quote
        ("They spoke of a ‘very long and very cold night’ in the camp.", []),
        # negative: apostrophes, and the slogan on a banner
        ("Ruritania’s ministry and the farmers’ union met.", []),
        ("The protesters carried a banner reading ‘Bread and Peace’.", []),
        # negative: in a headline, single quotation marks quote someone
        ("Minister calls strike a ‘mistake’, aides say\n\nThe aides spoke on Sunday.", []),
        # a name in quotation marks right after a noun of a work is its title, on every side (seen on
        # VOA: Canada's national anthem, “O Canada,” was a scare-quoted Canada)
        ("The crowd sang the national anthem, “O Canada,” at the game.", []),
        ("The crowd sang the song “Free Palestine” at the rally.", []),
        ("The crowd sang the anthem “Glory to Ukraine” at the rally.", []),
        # near miss: the noun of a work is not right before the quoted name
        ("The anthem praised the “Russia” of old.", ["“Russia”"]),
        # negative: a distancing word still marks a quoted name
        ("The crowd mocked the so-called ‘Israel’ at the rally.", ["so-called ‘Israel’"]),
    ],
)
def test_scare_quotes_around_short_terms(
    marks_of: Callable[[str], list[FramingMark]], text: str, scare: list[str]
) -> None:
    marks = marks_of(text)
    assert [f.text for f in marks if f.kind == "scare_quotes"] == scare
    assert [f.text for f in marks] == [text[f.start:f.end] for f in marks]


def test_a_scare_quoted_term_refers_to_the_actor_it_names(marks_of: Callable[[str], list[FramingMark]]) -> None:
    marks = marks_of("Critics mocked the so-called ‘Ruritanian government’ in exile.")
    assert [(f.text, f.refers_to) for f in marks if f.kind == "scare_quotes"] == [
        ("so-called ‘Ruritanian government’", "state:RUR")
    ]


@pytest.mark.parametrize(
    ("text", "term", "refers_to"),
    [
        # each side's labels for the other side's forces, and for its own
        ("Ukrainian militants shelled the town.", "Ukrainian militants", "sector:UKR:MIL"),
        ("A temporary deployment point of neo-Nazi formations was hit.", "neo-Nazi formations", "sector:UKR:MIL"),
        ("Russian terrorists shelled the town.", "Russian terrorists", "sector:RUS:MIL"),
        ("Ukrainian defenders held the line.", "Ukrainian defenders", "sector:UKR:MIL"),
        ("The defenders of Donbas held the line.", "defenders of Donbas", "sector:RUS:MIL"),
        # general terms, used by every side of the other
        ("The envoy condemned a string of provocations.", "provocations", None),
        ("The minister condemned the hybrid attacks on the border.", "hybrid attacks", None),
        ("Opposition leaders spoke of a stolen election.", "stolen election", None),
        # judging words for an act, in the outlet's voice, whoever did it
        ("Russian forces carried out a brutal bombardment of the town.", "brutal", None),
        ("Ukrainian forces carried out an indiscriminate bombardment of the town.", "indiscriminate", None),
        ("The rebels accused the army of using villagers as human shields.", "human shields", None),
        ("The army accused the rebels of using villagers as human shields.", "human shields", None),
    ],
)
def test_balanced_lexicon_terms(
    marks_of: Callable[[str], list[FramingMark]], text: str, term: str, refers_to: str | None
) -> None:
    got = [(f.text, f.refers_to) for f in marks_of(text) if f.kind != "scare_quotes"]
    assert (term, refers_to) in got


@pytest.mark.parametrize(
    ("text", "term", "refers_to"),
    [
        # a label said of a named party (in apposition, as a copula's or an object's predicate, after
        # "as") denotes that party, whichever the lexicon gives (seen on VOA: Erdogan's "Israel, the
        # cruel terrorist state" was a label for Russia, and "recognized the Taliban as the legitimate
        # government" one for Yemen's government)
        ("Israel, the cruel terrorist state, shelled the camp, the cleric said.", "terrorist state", "state:ISR"),
        ("The envoy called Ukraine a terrorist state.", "terrorist state", "state:UKR"),
        ("Iran is a terrorist state, the senator said.", "terrorist state", "state:IRN"),
        ("No country has recognised the Taliban as the legitimate government.", "legitimate government",
         "org:taliban"),
        # negative: a label said of no party keeps the lexicon's referent (in a story that names a
        # party of the label's conflict: see test_framing_labels for a shared label elsewhere)
        ("A terrorist state shelled Kharkiv, the minister said.", "terrorist state", "state:RUS"),
        # near misses: the label is an argument, not said of the subject
        ("Saudi Arabia backs the legitimate government in Yemen.", "legitimate government", "state:YEM"),
        ("Ukraine accused a terrorist state of arming the militia.", "terrorist state", "state:RUS"),
    ],
)
def test_a_label_said_of_a_named_party_denotes_it(
    marks_of: Callable[[str], list[FramingMark]], text: str, term: str, refers_to: str | None
) -> None:
    got = [(f.text, f.refers_to) for f in marks_of(text) if f.kind != "scare_quotes"]
    assert (term, refers_to) in got


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a group label's lexicon referent counts where the article names the group, one of its members or
        # a country of the label's conflict (seen on VOA: the "resistance" of Myanmar's protesters and
        # a Baloch group's "resistance workers" were Iran-aligned groups)
        ("Hezbollah praised the resistance in a statement.", True),
        ("Israel struck Gaza, where the resistance fired rockets.", True),
        ("The junta shelled the town in Myanmar, but the resistance held out.", False),
        ("Russian troops shelled the town in Ukraine, but the resistance held out.", False),
    ],
)
def test_a_group_label_refers_to_the_group_only_where_its_parties_are_named(
    marks_of: Callable[[str], list[FramingMark]], text: str, group: bool
) -> None:
    (mark,) = [f for f in marks_of(text) if f.text == "resistance"]
    # elsewhere the label denotes no actor, rather than a guess from the words around it
    assert mark.refers_to == ("group:iran-aligned-groups" if group else None)


@pytest.mark.parametrize(
    ("text", "label", "refers_to"),
    [
        # a singular group label goes on naming the one member of the group the story named in a
        # sentence before it (referents.sole_member)
        ("The Islamic Resistance in Lebanon fired rockets at a base. The Resistance said it was a response.",
         "Resistance", "org:hezbollah"),
        # negative: two members named, the label keeps the group
        ("Hezbollah and Hamas fired rockets at a base. The resistance said it was a response.",
         "resistance", "group:iran-aligned-groups"),
        # near misses: the member named only in the label's own sentence (another party than itself),
        # and a plural label
        ("Hezbollah praised the resistance in a statement.", "resistance", "group:iran-aligned-groups"),
        ("Hezbollah fired rockets at a base. Israel vowed to punish the terror proxies.", "terror proxies",
         "group:iran-aligned-groups"),
    ],
)
def test_a_singular_group_label_names_the_one_member_named_before(
    marks_of: Callable[[str], list[FramingMark]], text: str, label: str, refers_to: str
) -> None:
    got = {f.refers_to for f in marks_of(text) if f.text == label}
    assert got == {refers_to}


def test_no_courtesy_titles_among_honorifics(marks_of: Callable[[str], list[FramingMark]]) -> None:
    assert marks_of("Mr Marek met Dr Lind and Mrs Presta.") == []


@pytest.mark.parametrize(
    ("text", "honorific"),
    [
        # an honorific word inside a person's name is part of the name (actors.framing_terms.inside_name)
        ("Somalia's President Hassan Sheikh Mohamud called for calm.", False),
        ("The envoy met Abdullah Sheikh Ali in Mogadishu.", False),
        # negative: a title before the name
        ("Sheikh Mohammed bin Rashid visited Cairo on Monday.", True),
        # near miss: a title after another title, before the name
        ("Dubai's ruler, Sheikh Mohammed bin Rashid, visited Cairo.", True),
    ],
)
def test_an_honorific_word_inside_a_name_is_no_honorific(
    marks_of: Callable[[str], list[FramingMark]], text: str, honorific: bool
) -> None:
    assert any(m.kind == "honorific" and m.text == "Sheikh" for m in marks_of(text)) == honorific


# ---- data ------------------------------------------------------------------------------------


def test_packaged_scare_rules_follow_their_schema_and_a_near_miss_is_rejected() -> None:
    raw = yaml.safe_load(packaged_text("framing/scare_quotes.yaml") or "")
    check(raw, SCARE_SCHEMA, "framing/scare_quotes.yaml")
    raw["max_word"] = raw.pop("max_words")
    with pytest.raises(ConfigError, match=r"framing/scare_quotes\.yaml: unknown key max_word\b"):
        check(raw, SCARE_SCHEMA, "framing/scare_quotes.yaml")


def test_a_user_distancing_word_makes_a_new_scare_quote(tmp_path: Path, parse: Callable[..., ParsedDoc]) -> None:
    text = "Videos of the ersatz market spread quickly."
    doc = parse(text)
    path = write_data_file(tmp_path, "framing/scare_quotes:\n  distancing: [ersatz]\n")

    def scare(p: object) -> list[str]:
        out = stage_outputs(doc, p)
        return [f.text for f in out["framing"] if f.kind == "scare_quotes"]

    assert scare(pipeline(str(path))) == ["ersatz market"]
    assert scare(pipeline()) == []


@pytest.mark.parametrize(("text", "marks"), [
    # a judging word and the doer named in the outlet's voice: two marks side by side
    ("The savage assault by the Russian army killed 14 villagers.",
     {("loaded_term", "savage"), ("unattributed_blame", "savage assault by the Russian army")}),
    ("The savage assault by the Ukrainian army killed 14 villagers.",
     {("loaded_term", "savage"), ("unattributed_blame", "savage assault by the Ukrainian army")}),
    # near miss: a label naming a party holds the word: one mark, the label
    ("The brutal junta jailed the reporters.", {("loaded_label", "brutal junta")}),
    # negative: a plain assault names a doer, with no judging word
    ("The assault by the Russian army killed 14 villagers.", {("unattributed_blame", "assault by the Russian army")}),
])
def test_a_judging_word_and_a_blame_are_two_marks(marks_of: Callable[[str], list[FramingMark]], text: str,
                                                     marks: set[tuple[str, str]]) -> None:
    got = {(f.kind, f.text) for f in marks_of(text) if f.kind in ("loaded_term", "loaded_label", "unattributed_blame")}
    assert got == marks
