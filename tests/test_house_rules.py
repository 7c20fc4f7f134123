"""The house rules that can be checked by reading the code (docs/ARCHITECTURE.md).

Each rule is a function over source text, tested here on small positive and negative examples
and then applied to the whole tree.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "newsledger"
TESTS = ROOT / "tests"

MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 80
# process-wide singletons that are not configuration: the worker's pipeline in a pool process
# and the lazily loaded default pipeline behind ``newsledger.analyze``
GLOBAL_ALLOWED = {("pipeline.py", "_WORKER"), ("pipeline.py", "_DEFAULT")}


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function longer than ``limit`` lines."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            n = (node.end_lineno or node.lineno) - node.lineno + 1
            if n > limit:
                out.append((node.name, n))
    return out


def global_names(source: str) -> list[str]:
    """Names assigned through a ``global`` statement (module-level mutable state)."""
    return [name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Global) for name in node.names]


def imported_test_modules(source: str) -> list[str]:
    """Test modules (``test_*``) that a module imports."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            parts = (node.module or "").split(".")
            if any(p.startswith("test_") for p in parts):
                out.append(node.module or "")
            elif any(a.name.startswith("test_") for a in node.names):
                out.extend(a.name for a in node.names if a.name.startswith("test_"))
        elif isinstance(node, ast.Import):
            out.extend(a.name for a in node.names if any(p.startswith("test_") for p in a.name.split(".")))
    return out


CHECK_PREFIXES = ("assert_", "_assert", "check_", "_check")


def _is_check_call(stmt: ast.stmt) -> bool:
    """A call of a checking helper (``_check_output(items)``), which asserts in its body."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    fn = stmt.value.func
    name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
    return name.startswith(CHECK_PREFIXES)


def _asserts(body: list[ast.stmt], in_loop: bool, found: list[bool]) -> None:
    for stmt in body:
        if isinstance(stmt, ast.Assert) or _is_check_call(stmt):
            found.append(in_loop)
        loop = in_loop or isinstance(stmt, ast.For | ast.While | ast.AsyncFor)
        for field in ("body", "orelse", "finalbody", "handlers"):
            child = getattr(stmt, field, None)
            if isinstance(child, list):
                inner = [c for c in child if isinstance(c, ast.stmt)]
                for h in child:
                    if isinstance(h, ast.ExceptHandler):
                        inner.extend(h.body)
                _asserts(inner, loop, found)


def unguarded_loop_tests(source: str) -> list[str]:
    """Test functions whose every assert sits inside a loop: if the loop runs zero times, the
    test passes having checked nothing. (An assert outside the loops, such as a count of the
    items checked, guards it.)"""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            found: list[bool] = []
            _asserts(node.body, False, found)
            if found and all(found):
                out.append(node.name)
    return out


# names the stages give spaCy tokens; an attribute ``.head`` is always a token
TOKEN_NAMES = {"v", "tok", "token", "head", "verb", "particle", "subj", "anchor"}


def _token_like(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in TOKEN_NAMES) or \
        (isinstance(node, ast.Attribute) and node.attr == "head")


def token_identity_comparisons(source: str) -> list[int]:
    """Lines comparing spaCy tokens with ``is``: spaCy makes a new ``Token`` object on every
    access, so ``tok.head is tok`` is never true (``==`` compares the document and position)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for op, a, b in zip(node.ops, sides, sides[1:], strict=False):
                if isinstance(op, ast.Is | ast.IsNot) and not isinstance(a, ast.Constant) \
                        and not isinstance(b, ast.Constant) and (_token_like(a) or _token_like(b)):
                    out.append(node.lineno)
    return out


def test_rules_on_examples() -> None:
    long_fn = "def f():\n" + "    x = 1\n" * 90
    assert long_functions(long_fn) == [("f", 91)]
    assert long_functions("def f():\n    return 1\n") == []
    assert long_functions("def f():\n" + "    x = 1\n" * 79) == []  # 80 lines: at the limit
    assert global_names("X = 1\ndef f():\n    global X\n    X = 2\n") == ["X"]
    assert global_names("X = 1\ndef f():\n    return X\n") == []
    assert imported_test_modules("from tests.test_api import build\n") == ["tests.test_api"]
    assert imported_test_modules("from . import test_ledger as tl\n") == ["test_ledger"]
    assert imported_test_modules("from tests.builders import build\n") == []
    loop_only = "def test_a(xs):\n    for x in xs:\n        assert x\n"
    guarded = "def test_a(xs):\n    n = 0\n    for x in xs:\n        assert x\n        n += 1\n    assert n\n"
    no_loop = "def test_a():\n    assert 1\n"
    assert unguarded_loop_tests(loop_only) == ["test_a"]
    assert unguarded_loop_tests(guarded) == []
    assert unguarded_loop_tests(no_loop) == []
    nested = "def test_a(xs):\n    for x in xs:\n        if x:\n            assert x\n"
    assert unguarded_loop_tests(nested) == ["test_a"]
    helper = "def test_a(xs):\n    _check_output(xs)\n    for x in xs:\n        assert x\n"
    assert unguarded_loop_tests(helper) == []
    assert token_identity_comparisons("if tok.head is tok:\n    pass\n") == [1]
    assert token_identity_comparisons("x = [c for c in cs if c is not particle]\n") == [1]
    assert token_identity_comparisons("if tok.head == tok or tok is None:\n    pass\n") == []
    assert token_identity_comparisons("if h is m:\n    pass\n") == []  # phrases, not tokens


def _py_files(root: Path) -> list[Path]:
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    assert files, f"no Python files under {root}"
    return files


def test_modules_are_short() -> None:
    too_long = {p.relative_to(SRC).as_posix(): n for p in _py_files(SRC)
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert too_long == {}


def test_functions_are_short() -> None:
    found = {f"{p.relative_to(SRC).as_posix()}:{name}": n for p in _py_files(SRC)
             for name, n in long_functions(p.read_text(encoding="utf-8"))}
    assert found == {}


def test_tokens_are_not_compared_by_identity() -> None:
    found = {p.relative_to(SRC).as_posix(): hits for p in _py_files(SRC)
             if (hits := token_identity_comparisons(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_no_module_level_mutable_state() -> None:
    found = {(p.relative_to(SRC).as_posix(), name) for p in _py_files(SRC)
             for name in global_names(p.read_text(encoding="utf-8"))}
    assert found - GLOBAL_ALLOWED == set()


@pytest.mark.parametrize("rule", [imported_test_modules, unguarded_loop_tests])
def test_tests_keep_the_rules(rule: object) -> None:
    files = [p for p in _py_files(TESTS) if p.name.startswith("test_")]
    assert len(files) > 10
    found = {p.relative_to(TESTS).as_posix(): hits for p in files
             if (hits := rule(p.read_text(encoding="utf-8")))}  # type: ignore[operator]
    assert found == {}


def test_architecture_doc_lists_every_module() -> None:
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    layout = doc.split("## Layout", 1)[1]
    listed = set(re.findall(r"^\| `([\w/]+\.py)` \|", layout, re.M))
    modules = {p.relative_to(SRC).as_posix() for p in _py_files(SRC)}
    assert len(modules) > 50
    assert listed - modules == set(), "listed in docs/ARCHITECTURE.md but not in the package"
    assert modules - listed == set(), "in the package but not listed in docs/ARCHITECTURE.md"
