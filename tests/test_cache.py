"""The cache of derived files (newsledger.cache) and the pipeline's use of it: a second pipeline
with the same code, data files and settings reads the stages' data back instead of loading it;
anything else loads afresh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsledger import cache
from newsledger.config import Settings
from newsledger.pipeline import Pipeline, stage_data_cache_name
from newsledger.stages import default_stages


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def test_written_whole_read_back_and_old_files_removed(folder: Path) -> None:
    for i in range(cache.KEEP + 2):
        cache.write(f"thing-{i:04d}.bin", b"x" * i)
        os.utime(folder / f"thing-{i:04d}.bin", ns=(i * 10**9, i * 10**9))
    cache.write("thing-zzzz.bin", b"new")
    kept = sorted(f.name for f in folder.glob("thing-*"))
    assert len(kept) == cache.KEEP and "thing-zzzz.bin" in kept and "thing-0000.bin" not in kept
    assert cache.read("thing-zzzz.bin") == b"new"
    assert cache.read("absent.bin") is None  # negative: no file
    assert not list(folder.glob(".tmp-*"))  # no half-written file left


def test_off_means_no_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache.write("thing-1.bin", b"x")
    assert cache.cache_dir() is None and cache.read("thing-1.bin") is None
    assert not list(tmp_path.rglob("*"))


def test_the_stamps_change_when_a_file_changes(tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text("a: 1", encoding="utf-8")
    before = cache.file_stamps([tmp_path])
    f.write_text("a: 12", encoding="utf-8")
    assert cache.file_stamps([tmp_path]) != before
    assert cache.file_stamps([tmp_path / "missing.csv"]) == [f"{tmp_path / 'missing.csv'} missing"]


def test_a_second_pipeline_reads_the_stage_data_back(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Pipeline(Settings())
    name = stage_data_cache_name(first.settings)
    assert (folder / name).is_file()
    loads: list[str] = []
    for stage in default_stages():
        monkeypatch.setattr(type(stage), "load", lambda self, *a, **k: loads.append(self.name))
    second = Pipeline(Settings())
    assert loads == []  # nothing loaded from the data files
    assert set(second.data) == set(first.data)
    text = "Title\n\nRussian missiles killed 12 people in Kharkiv, the governor said."
    assert second.analyze_text(text).to_dict() == first.analyze_text(text).to_dict()


def test_other_settings_or_files_get_their_own_file(folder: Path, tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text("id,name,aliases,country,sectors,type,parent,note\n", encoding="utf-8")
    plain = stage_data_cache_name(Settings())
    with_user = stage_data_cache_name(Settings(actors_files=(str(user),)))
    assert plain != with_user
    user.write_text("id,name,aliases,country,sectors,type,parent,note\nx,X,,,GOV,organisation,,\n",
                    encoding="utf-8")
    assert stage_data_cache_name(Settings(actors_files=(str(user),))) != with_user  # the file changed
    # near miss: settings that change nothing the stages load share the file
    assert stage_data_cache_name(Settings(db="other.db", batch_size=4)) == plain


def test_a_broken_file_is_loaded_afresh(folder: Path) -> None:
    name = stage_data_cache_name(Settings())
    (folder / name).write_bytes(b"not a pickle")
    p = Pipeline(Settings())
    assert set(p.data) == {s.name for s in default_stages()}
    assert (folder / name).read_bytes() != b"not a pickle"  # written again


def test_custom_stages_are_not_cached(folder: Path) -> None:
    Pipeline(Settings(), stages=default_stages())
    assert not list(folder.glob("stage-data-*"))


def _cycles(n: int) -> list[list[object]]:
    """``n`` objects that refer to themselves: garbage only the cyclic collector frees."""
    made = []
    for _ in range(n):
        x: list[object] = []
        x.append(x)
        made.append(x)
    return made


def test_gc_paused_runs_no_collection_and_gives_the_thresholds_back() -> None:
    import gc

    before = gc.get_threshold()
    runs: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        with cache.gc_paused():
            assert gc.get_threshold()[0] == 0
            gc.enable()  # as spaCy's model loader does (srsly): the pause holds all the same
            _cycles(5 * max(before[0], 1))
            assert runs == []
        assert gc.get_threshold() == before
        _cycles(5 * max(before[0], 1))  # after the block, collections run again
        assert runs, "no collection ran after the block"
        with pytest.raises(RuntimeError), cache.gc_paused():  # an error gives them back too
            raise RuntimeError("boom")
        assert gc.get_threshold() == before
    finally:
        gc.callbacks.remove(seen)


def test_write_with_streams_the_file_and_leaves_nothing_when_the_writer_fails(folder: Path) -> None:
    cache.write_with("stream-0001.bin", lambda f: f.write(b"abc"))
    assert cache.read("stream-0001.bin") == b"abc"

    def broken(f: object) -> None:
        raise ValueError("cannot write this")

    with pytest.raises(ValueError):
        cache.write_with("stream-0002.bin", broken)
    assert cache.read("stream-0002.bin") is None
    assert not list(folder.glob(".tmp-*"))  # the part written is removed


# (language, text): invented sentences the identifier decides (their share of English function words is low)
LANGUAGE_TEXTS = [
    ("nl", "Het kabinet heeft gisteren besloten de steun aan de boeren met een jaar te verlengen."),
    ("es", "El gobierno anunció ayer nuevas medidas para los agricultores del norte del país."),
    ("de", "Die Regierung hat gestern neue Hilfen für die Landwirte im Norden beschlossen."),
]


def test_the_language_model_read_back_from_the_cache_decides_the_same(folder: Path) -> None:
    from newsledger import language

    cold = [language.load_identifier().classify(text) for _, text in LANGUAGE_TEXTS]  # from the model file
    assert len(list(folder.glob("langid-model-*.pickle"))) == 1  # and cached
    assert len(list(folder.glob("langid-*.npy"))) == 2  # its two large tables, to be mapped
    warm = [language.load_identifier().classify(text) for _, text in LANGUAGE_TEXTS]  # read back from the cache
    assert warm == cold
    assert [code for code, _ in warm] == [lang for lang, _ in LANGUAGE_TEXTS]
