"""The pipeline and the stage contract: order, inputs, and data owned per pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from newsledger.errors import ConfigError
from newsledger.pipeline import Pipeline
from newsledger.stages import Stage, check_order, default_stages
from tests.builders import pipeline


class _Fake:
    def __init__(self, name: str, requires: tuple[str, ...] = ()) -> None:
        self.name = name
        self.requires = requires
        self.provides = (name,)

    def load(self, settings: Any, resources: Any) -> Any:
        return {"loaded": self.name}

    def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
        return (data, dict(inputs))


def test_default_stages_keep_the_contract_and_their_order() -> None:
    stages = default_stages()
    assert [s.name for s in stages] == ["actors", "quotes", "figures", "events", "framing"]
    for s in stages:
        assert isinstance(s, Stage)
        assert s.provides == (s.name,)
    check_order(stages)  # raises if a stage needs what no earlier stage provides
    again = default_stages()
    assert len(again) == len(stages) and all(a is not b for a, b in zip(stages, again, strict=True))


@pytest.mark.parametrize(("names", "error"), [
    ([("a", ()), ("b", ("a",))], None),                                  # positive
    ([("b", ("a",)), ("a", ())], "stage 'b' requires 'a'"),              # negative: wrong order
    ([("a", ()), ("a", ())], "both provide 'a'"),                        # near miss: two providers
])
def test_check_order(names: list[tuple[str, tuple[str, ...]]], error: str | None) -> None:
    stages = [_Fake(n, r) for n, r in names]
    if error is None:
        check_order(stages)
        return
    with pytest.raises(ConfigError, match=error):
        check_order(stages)


def test_pipeline_refuses_stages_out_of_order() -> None:
    first, second = default_stages()[:2]
    with pytest.raises(ConfigError, match="requires 'actors'"):
        Pipeline(stages=(second, first))


def test_pipeline_loads_each_stage_once_and_passes_only_what_it_requires() -> None:
    p = pipeline()
    assert set(p.data) == {"actors", "quotes", "figures", "events", "framing"}
    seen: dict[str, Any] = {}

    class Spy(_Fake):
        def run(self, doc: Any, data: Any, inputs: Mapping[str, Any]) -> Any:
            seen[self.name] = sorted(inputs)
            return super().run(doc, data, inputs)

    spy = Spy("spy", ("actors", "quotes"))
    stages = (*p.stages, spy)
    custom = Pipeline(p.settings, stages=stages)
    assert custom.data["spy"] == {"loaded": "spy"}
    analysis = custom.analyze_text("Officials in Lima said on Monday that talks would go on.")
    assert seen == {"spy": ["actors", "quotes"]}
    assert analysis.article.text.startswith("Officials")


GUARDED = '''import sys

def main():
    pass  # line 4: in a function

x = 1  # line 6: top level, unguarded
if __name__ == "__main__":
    main()  # line 8: guarded
'''


@pytest.mark.parametrize(("line", "guarded"), [(6, False), (8, True), (7, True), (1, False)])
def test_a_call_is_guarded_only_inside_the_main_block(tmp_path: Any, line: int, guarded: bool) -> None:
    from newsledger.pipeline import _guarded

    script = tmp_path / "script.py"
    script.write_text(GUARDED)
    assert _guarded(str(script), line) is guarded
    assert _guarded(str(tmp_path / "missing.py"), 6) is True  # unknown: not refused


def test_parallel_analysis_from_an_unguarded_script_fails_clearly(tmp_path: Any) -> None:
    """Starting worker processes from a script's top level without a __main__ guard is refused
    at once with an error naming the fix (it used to start workers that each did the same, and
    hang for ever); nothing is analysed and no worker is started."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text("from newsledger.config import Settings\n"
                      "from newsledger.pipeline import analyze_parallel\n"
                      "print(list(analyze_parallel([], Settings(), 2)))\n")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "NewsledgerError" in proc.stderr and "if __name__ == \"__main__\":" in proc.stderr
    assert "spacy" not in proc.stderr.lower()


@pytest.mark.parametrize(("batch_chars", "sizes"), [
    (10_000, [3]),        # three short texts fit in one batch
    (60, [2, 1]),         # the batch closes once its texts reach the budget (two of 40 characters)
    (1, [1, 1, 1]),       # near miss: every text alone reaches a tiny budget
])
def test_a_parse_batch_closes_at_batch_size_or_batch_chars(monkeypatch: pytest.MonkeyPatch, batch_chars: int,
                                                           sizes: list[int]) -> None:
    from newsledger import pipeline as module
    from newsledger.records import Article

    nl = pipeline(batch_chars=batch_chars)
    seen: list[int] = []
    real = module.parse_many

    def counting(batch: Any, nlp: Any, batch_size: int = 16, names: Any = None) -> Any:
        batch = list(batch)
        seen.append(len(batch))
        return real(batch, nlp, batch_size=batch_size, names=names)

    monkeypatch.setattr(module, "parse_many", counting)
    texts = [f"The mayor of Springfield spoke on day {i}." for i in range(3)]
    assert all(len(t) == 40 for t in texts)
    results = list(nl.analyze_many([Article.create(t) for t in texts], batch_size=16))
    assert len(results) == 3
    assert seen == sizes


@pytest.mark.parametrize(("frozen_before", "frozen_while", "frozen_after"), [
    (False, True, False),  # the heap alive at the start is frozen while analysing, and put back after
    (True, False, True),   # near miss: objects someone else froze are left alone (neither more nor thawed)
])
def test_analysis_freezes_the_long_lived_heap_only_while_it_runs(frozen_before: bool, frozen_while: bool,
                                                                 frozen_after: bool) -> None:
    import gc

    from newsledger.records import Article

    nl = pipeline()
    if frozen_before:
        gc.freeze()
    try:
        before = gc.get_freeze_count()
        counts: list[int] = []
        for _ in nl.analyze_many([Article.create(f"The mayor of Springfield spoke on day {i}.") for i in range(2)],
                                 n_process=1):
            counts.append(gc.get_freeze_count())
        assert len(counts) == 2
        assert all((c > before) == frozen_while for c in counts)
        assert all(c >= before for c in counts)
        assert (gc.get_freeze_count() == before) and ((before > 0) == frozen_after)
    finally:
        gc.unfreeze()


def test_a_documents_tree_is_dropped_once_its_stages_have_run() -> None:
    from newsledger.nlp.tree import tree
    from newsledger.records import Article

    nl = pipeline()
    pd = nl.parse(Article.create("The mayor of Springfield said the bridge would reopen."))
    made = tree(pd.doc)
    assert tree(pd.doc) is made  # kept while the stages run
    nl.run_stages(pd)
    assert tree(pd.doc) is not made  # dropped after: the document no longer holds its tokens
