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
