"""The claim-ledger evaluation: matching rules on small cases, and one run end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.evaluation.claims import (
    METRICS,
    NO_SIDE,
    Sources,
    Tally,
    all_spans,
    evaluate,
    find_span,
    half,
    label_side,
    qualifier_class,
    side_metrics,
    value_agrees,
)
from newsledger.records import Article, Figure
from tests.builders import pipeline


def _fig(text: str, low: float, high: float, qualifier: str | None = None) -> Figure:
    return Figure(id="f", article_id="a", sentence=0, start=0, end=len(text), text=text,
                  value_low=low, value_high=high, qualifier=qualifier, measure="killed")


@pytest.mark.parametrize(("fig", "gold", "ok"), [
    (_fig("500 people", 500, 500), 500, True),                        # positive
    (_fig("100 to 300", 100, 300), [300, 100], True),                 # a range, in any order
    (_fig("hundreds", 200, 900), None, True),                         # vague matches vague
    (_fig("500 people", 500, 500), 471, False),                       # negative
    (_fig("10 to 500", 10, 500), 500, False),                         # near miss: a misread range
    (_fig("at least 500", 500, 500, "at least"), 500, True),
    (_fig("200 people", 200, 200), None, False),                      # digits are not vague
    (_fig("three", 3, 3), None, False),                               # nor a number in words
])
def test_value_agrees(fig: Figure, gold: object, ok: bool) -> None:
    assert value_agrees(fig, gold) is ok


@pytest.mark.parametrize(("fig", "cls"), [
    (_fig("at least 500", 500, 500, "at least"), "at_least"),
    (_fig("500", 500, 500), "exact"),
    (_fig("100-300", 100, 300), "range"),
    (_fig("dozens", 24, 120, "dozens"), "vague"),
    (_fig("nearly 500", 500, 500, "nearly"), "about"),
    # a number written in words is exact (or qualified), not vague; a vague amount is vague
    (_fig("three", 3, 3), "exact"),
    (_fig("over a hundred", 100, 100, "over"), "more_than"),
    (_fig("tens of thousands", 20000, 99999, "tens of thousands"), "vague"),
])
def test_qualifier_class(fig: Figure, cls: str) -> None:
    assert qualifier_class(fig) == cls


def test_sources_map_surface_forms_and_surnames() -> None:
    s = Sources({"Gaza Health Ministry": ["health ministry in Gaza", "Ashraf al-Qidra"],
                 "Israeli military": ["IDF", "Israel Defense Forces"]})
    assert s.canonical(["the health ministry in Gaza"]) == {"Gaza Health Ministry"}   # contains an alias
    assert s.canonical(["the IDF's spokesman"]) == set()                             # near miss: "idf's"
    assert s.canonical(["Reuters"]) == set()                                         # negative
    assert s.same("Daniel Hagari", ["Rear Admiral Daniel Hagari"])                   # same surname
    assert not s.same("Daniel Hagari", ["Jonathan Conricus"])
    # a gold speaker written as a surface form maps through the aliases as the record does
    assert s.same("Ashraf al-Qidra", ["Gaza's health ministry in Gaza"]) and s.same("IDF", ["Israel Defense Forces"])
    assert not s.same("IDF", ["Ashraf al-Qidra"])


def test_find_span_tolerates_whitespace_and_halves_are_stable() -> None:
    text = "He said:  at least\n500 people died."
    assert find_span(text, "at least 500") == (10, 22)
    assert find_span(text, "at most 500") is None
    assert half("ahli-04") == half("ahli-04") and {half(f"x-{i}") for i in range(20)} == {"tune", "check"}


ARTICLES = [
    {"id": "t-1", "outlet": "Wire One", "published": "2023-10-18", "title": "Blast at hospital",
     "text": "Blast at hospital\n\nAt least 500 people were killed in the blast, the health ministry in Gaza said. "
             "The army denied that it had struck the hospital."},
    {"id": "t-2", "outlet": "Wire Two", "published": "2023-10-18", "title": "Toll disputed",
     "text": "Toll disputed\n\nThe ministry said 471 people were killed in the blast at the hospital."},
]


def _corpus(tmp_path: Path, gold_articles: list[dict[str, object]]) -> Path:
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    gold = {"incident": "test", "sources": {"Gaza Health Ministry": ["health ministry in Gaza", "ministry"]},
            "articles": gold_articles}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def _gold_figure(text: str, value: int, qualifier: str, negated: bool = False) -> dict[str, object]:
    return {"text": text, "value": value, "qualifier": qualifier, "measure": "killed", "victims": "people",
            "scope": "incident", "source": "Gaza Health Ministry", "negated": negated}


def test_end_to_end_on_a_small_incident(tmp_path: Path) -> None:
    gold = [{"id": "t-1", "figures": [_gold_figure("At least 500 people were killed", 500, "at_least")],
             "claims": [{"claimant": "army", "stance": "denies", "claim": "x",
                         "text": "The army denied that it had struck the hospital"}],
             "quotes": [], "framing": []},
            {"id": "t-2", "figures": [_gold_figure("471 people were killed", 471, "exact"),
                                      _gold_figure("the blast", 9999, "exact", negated=True)],
             "claims": [], "quotes": [], "framing": []}]
    result = evaluate(_corpus(tmp_path, gold), pipeline())
    m = result.metrics
    assert result.n_docs == 2
    assert m["figures_recall"] == 1.0 and m["measure_accuracy"] == 1.0
    assert m["qualifier_accuracy"] == 1.0
    assert m["figure_source_accuracy"] == 1.0
    assert m["negated_false_claims"] == 0.0          # the negated gold value matches no figure
    assert m["claim_recall"] == 1.0
    assert 0.0 < m["incident_thread_completeness"] <= 1.0
    assert set(result.details["halves"]["tune"]) | set(result.details["halves"]["check"]) == {"t-1", "t-2"}


def test_missing_records_score_zero(tmp_path: Path) -> None:
    gold = [{"id": "t-1", "figures": [_gold_figure("At least 500 people were killed", 12345, "at_least")],
             "claims": [], "quotes": [{"text": "words nobody said", "speaker": "nobody"}],
             "framing": ["no such label"]},
            {"id": "t-2", "figures": [], "claims": [], "quotes": [], "framing": []}]
    m = evaluate(_corpus(tmp_path, gold), pipeline()).metrics
    assert m["figures_recall"] == 0.0          # the value disagrees: not matched
    assert m["quote_recall"] == 0.0 and m["framing_recall"] == 0.0


def test_a_negated_gold_figure_kept_as_a_claim_is_counted(tmp_path: Path) -> None:
    gold = [{"id": "t-1", "figures": [], "claims": [], "quotes": [], "framing": []},
            {"id": "t-2", "figures": [_gold_figure("471 people were killed", 471, "exact", negated=True)],
             "claims": [], "quotes": [], "framing": []}]
    m = evaluate(_corpus(tmp_path, gold), pipeline()).metrics
    assert m["negated_false_claims"] == 1.0     # the ledger keeps 471 as an asserted claim
    assert m["figures_recall"] == 0.0           # a negated figure is not one to find


def test_a_label_takes_the_side_of_the_party_it_names() -> None:
    text = ("The Kremlin-backed governor visited the besieged city of Kharkiv after the alleged strike. "
            "Ukrainian forces said Russian troops had left.")
    an = pipeline().analyze(Article(id="side", text=text))
    cases = [
        ("Kremlin-backed governor", "rus"),          # the party named in the label
        ("Russian troops", "rus"),
        ("Ukrainian forces", "ukr"),                 # near miss: the other party, named by its adjective
        ("alleged strike", NO_SIDE),                 # negative: the label names no party
    ]
    for label, side in cases:
        assert label_side(an, all_spans(text, label)) == side, label
    assert len(cases) == 4


def test_side_recalls_and_the_gap_between_the_parties() -> None:
    t = Tally()
    t.n.update({"gold_labels_side_isr": 4, "labels_found_side_isr": 3,
                "gold_labels_side_pse": 5, "labels_found_side_pse": 5,
                "gold_labels_side_none": 4, "labels_found_side_none": 0,     # reported, not compared
                "gold_labels_side_usa": 2, "labels_found_side_usa": 0})      # too few labels to compare
    m = side_metrics(t)
    assert m["framing_recall_side_isr"] == 0.75 and m["framing_recall_side_pse"] == 1.0
    assert m["framing_recall_side_none"] == 0.0 and m["framing_recall_side_usa"] == 0.0
    assert m["framing_side_gap"] == 0.25
    assert side_metrics(Tally())["framing_side_gap"] == 0.0 and "framing_side_gap" in METRICS


@pytest.mark.parametrize(("text", "quotes", "recall"), [
    # a direct quote interrupted by its cue is one record that covers both gold quotes
    ("Night of shelling\n\n\"The shelling went on all night,\" the Israeli mayor said. \"Nobody in the town slept.\"",
     ["The shelling went on all night,", "Nobody in the town slept."], 1.0),
    ("Night of shelling\n\n\"The drones came at dawn,\" a Russian governor said. \"Two houses burned down.\"",
     ["The drones came at dawn,", "Two houses burned down."], 1.0),
    # negative: words the record does not hold are not covered
    ("Night of shelling\n\n\"The shelling went on all night,\" the Palestinian mayor said. \"Nobody slept.\"",
     ["The shelling went on all night,", "words nobody said"], 0.5),
    # near miss: two speakers' quotes, each its own record
    ("Night of shelling\n\n\"The shelling went on all night,\" the Ukrainian mayor said.\n\n\"We lost power,\" "
     "a nurse said.", ["The shelling went on all night,", "We lost power,"], 1.0),
])
def test_a_record_covers_the_gold_quotes_it_holds(tmp_path: Path, text: str, quotes: list[str],
                                                  recall: float) -> None:
    article = {"id": "q-1", "outlet": "Wire One", "published": "2024-05-02", "title": "Night of shelling",
               "text": text}
    (tmp_path / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    gold = {"incident": "test", "sources": {}, "articles": [
        {"id": "q-1", "figures": [], "claims": [], "framing": [],
         "quotes": [{"text": q, "speaker": "mayor"} for q in quotes]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert evaluate(tmp_path, pipeline()).metrics["quote_recall"] == recall


def test_source_and_speaker_errors_are_counted_by_kind(tmp_path: Path) -> None:
    """Errors are counted by kind in the details, per half, with no text: the health ministry's
    figure credited where the gold says the outlet's (credited), given to the ministry where the
    gold names the army (another source), and a quote given to the army where the gold names
    someone else (another speaker); a right source counts no error."""
    outlet = {**_gold_figure("At least 500 people were killed", 500, "at_least"), "source": "outlet"}
    army = {**_gold_figure("471 people were killed", 471, "exact"), "source": "Israeli army"}
    gold = [{"id": "t-1", "figures": [outlet], "claims": [],
             "quotes": [{"text": "it had struck the hospital", "speaker": "a hospital guard"}], "framing": []},
            {"id": "t-2", "figures": [army], "claims": [], "quotes": [], "framing": []}]
    result = evaluate(_corpus(tmp_path, gold), pipeline())
    counts = result.details["counts"]["all"]
    assert counts.get("source_err_credited") == 1
    assert counts.get("source_err_other") == 1
    assert counts.get("source_err_unattributed", 0) == 0
    assert counts.get("speaker_err_other") == 1 and counts.get("speaker_err_none", 0) == 0
    assert result.metrics["figure_source_accuracy"] == 0.0
    halves = [result.details["counts"][h] for h in ("tune", "check")]
    assert sum(c.get("source_err_credited", 0) + c.get("source_err_other", 0) for c in halves) == 2
    # finer kinds: both wrong sources are named in the figure's own sentence; the army the gold
    # names is named nowhere (it is no alias of the ministry's); the speaker chosen is a
    # description, and the guard the gold names is named nowhere
    assert counts.get("source_err_credited_at_sentence") == 2
    assert counts.get("source_err_gold_absent") == 1 and counts.get("source_err_gold_sentence", 0) == 0
    assert counts.get("speaker_err_mention_description") == 1
    assert counts.get("speaker_err_gold_absent") == 1
