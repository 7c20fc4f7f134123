"""The pipeline: parse once with spaCy, then run each stage over the parsed document.

>>> from newsledger import Pipeline
>>> nl = Pipeline()                      # loads the model once
>>> analysis = nl.analyze_text("Title\\n\\nBody text ...")
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import logging
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from . import __version__, cache
from .config import Settings, load_settings
from .errors import InputError, NewsledgerError
from .ingest import check_article, normalise_text
from .nlp import ParsedDoc, component_cfg, load_model, parse_many
from .nlp.abbreviations import keep_abbreviations
from .nlp.titlecase import TitleNames
from .nlp.tree import release
from .records import Analysis, Article, Failure
from .resources import Resources
from .stages import Stage, check_order, default_stages
from .stages.actors.data import ActorsData, name_forms

log = logging.getLogger(__name__)


# settings that do not change what the stages load
_NOT_DATA_SETTINGS = ("db", "n_process", "batch_size", "batch_chars")
_SOURCE_SUFFIXES = (".py", ".yaml", ".yml", ".csv", ".tsv", ".json", ".txt")


def stage_data_cache_name(settings: Settings) -> str:
    """The cache file of the default stages' data for ``settings``: its name holds a hash of the
    versions, the settings, and the size and time of every code and data file of the package and
    every user file the settings name (see :mod:`newsledger.cache`)."""
    package = Path(__file__).resolve().parent
    sources = sorted(f for f in package.rglob("*") if f.suffix in _SOURCE_SUFFIXES and "__pycache__" not in f.parts)
    fields = {k: v for k, v in dataclasses.asdict(settings).items() if k not in _NOT_DATA_SETTINGS}
    user = [*settings.actors_files, *settings.events_files, *settings.data_files]
    parts = [__version__, sys.version, repr(sorted(fields.items())), *cache.file_stamps([*sources, *user])]
    return f"stage-data-{cache.digest(parts)}.pickle"


class Pipeline:
    """A loaded pipeline: the spaCy model, the stages and each stage's data, loaded once.

    The pipeline owns everything the stages read: two pipelines built from different settings
    (user dictionaries, data files) never see each other's data.
    """

    def __init__(self, settings: Settings | None = None, *, stages: tuple[Stage, ...] | None = None,
                 **overrides: Any) -> None:
        self.settings = (settings or load_settings()).with_overrides(**overrides)
        self.nlp = load_model(self.settings.model)
        self.stages: tuple[Stage, ...] = stages if stages is not None else default_stages()
        check_order(self.stages)
        self.resources = Resources(self.settings.data_files)
        keep_abbreviations(self.nlp, self.resources)  # "Lt. Col. X said": one sentence
        self.data: dict[str, Any] = self._load_data(cached=stages is None)
        actors = self.data.get("actors")
        self.names = TitleNames.build(name_forms(actors)) if isinstance(actors, ActorsData) else TitleNames()

    def _load_data(self, cached: bool) -> dict[str, Any]:
        """Each stage's data: loaded from the data files, or (default stages only) read back from
        the cache file a process with the same code, data files and settings wrote."""
        name = stage_data_cache_name(self.settings) if cached else None
        raw = cache.read(name) if name else None
        if raw is not None:
            try:
                data = pickle.loads(raw)
                if isinstance(data, dict) and set(data) == {s.name for s in self.stages}:
                    return data
            except Exception as exc:  # a file another version wrote, or cut short: load afresh
                log.debug("stage data cache %s unreadable (%s): loading the data files", name, exc)
        data = {s.name: s.load(self.settings, self.resources) for s in self.stages}
        if name:
            cache.write(name, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        return data

    def run_stages(self, doc: ParsedDoc) -> Analysis:
        """Run every stage, in order, over one parsed document."""
        outputs: dict[str, Any] = {}
        try:
            for stage in self.stages:
                inputs = {name: outputs[name] for name in stage.requires}
                outputs[stage.name] = stage.run(doc, self.data[stage.name], inputs)
        finally:
            release(doc.doc)  # the document's tree holds its tokens: freed with the document, not by the collector
        actors = outputs["actors"]
        return Analysis(
            article=doc.article,
            sentences=tuple(doc.sentences),
            mentions=actors.mentions,
            actors=actors.actors,
            quotes=tuple(outputs["quotes"]),
            figures=tuple(outputs["figures"]),
            events=tuple(outputs["events"]),
            framing=tuple(outputs["framing"]),
            pipeline=dict(self.info),
        )

    @cached_property
    def model_name(self) -> str:
        """The model's name and version (read once: spaCy's ``Language.meta`` builds its whole
        description on every call, and every analysis records it)."""
        meta = self.nlp.meta
        return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    @property
    def info(self) -> dict[str, str]:
        return {"newsledger": __version__, "model": self.model_name}

    def parse(self, article: Article) -> ParsedDoc:
        return ParsedDoc.build(article, self.nlp(article.text, component_cfg=component_cfg(self.nlp, self.names)))

    def analyze(self, article: Article) -> Analysis:
        """Analyse one article."""
        return self.run_stages(self.parse(article))

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        """Analyse a text given directly (metadata as keyword arguments)."""
        article = Article.create(normalise_text(text), **meta)
        article = check_article(article, meta.get("source_path") or "<text>", self.settings)
        return self.analyze(article)

    def analyze_many(
        self,
        articles: Iterable[Article | Failure],
        n_process: int | None = None,
        batch_size: int | None = None,
        on_result: Callable[[Analysis | Failure], None] | None = None,
    ) -> Iterator[Analysis | Failure]:
        """Analyse many articles; failures pass through, and a failing article does not stop the rest.

        With ``n_process > 1`` the articles are shared out to worker processes, each of which
        loads the pipeline once and runs ``nlp.pipe`` over its batches.
        """
        n_process = n_process or self.settings.n_process
        batch_size = batch_size or self.settings.batch_size
        if n_process <= 1:
            yield from self.analyze_serial(articles, batch_size)
            return
        yield from self._analyze_parallel(articles, n_process, batch_size)

    def analyze_serial(self, items: Iterable[Article | Failure], batch_size: int) -> Iterator[Analysis | Failure]:
        """Analyse in this process, ``batch_size`` articles per ``nlp.pipe`` call, fewer when
        their texts reach ``Settings.batch_chars`` characters (a batch of long articles would
        raise the parser's peak memory by hundreds of megabytes)."""
        batch: list[Article] = []
        chars = 0
        with long_lived_frozen():
            for item in items:
                if isinstance(item, Failure):
                    yield item
                    continue
                batch.append(item)
                chars += len(item.text)
                if len(batch) >= batch_size or chars >= self.settings.batch_chars:
                    yield from self._analyze_batch(batch, batch_size)
                    batch, chars = [], 0
            if batch:
                yield from self._analyze_batch(batch, batch_size)

    def _analyze_batch(self, batch: list[Article], batch_size: int) -> Iterator[Analysis | Failure]:
        try:
            docs = list(parse_many(batch, self.nlp, batch_size=batch_size, names=self.names))
        except Exception:  # one bad text must not sink the batch: retry one by one
            log.exception("batch parse failed; retrying articles one by one")
            for article in batch:
                yield self._safe_analyze(article)
            return
        for doc in docs:
            try:
                yield self.run_stages(doc)
            except Exception as exc:  # a stage bug is recorded against the article
                log.exception("analysis failed for %s", doc.article.source_path)
                yield Failure(doc.article.source_path or doc.article.id, f"analysis error: {exc!r}", doc.article.id)

    def _safe_analyze(self, article: Article) -> Analysis | Failure:
        try:
            return self.analyze(article)
        except Exception as exc:
            return Failure(article.source_path or article.id, f"analysis error: {exc!r}", article.id)

    def _analyze_parallel(self, items: Iterable[Article | Failure], n_process: int, batch_size: int) -> Iterator[Analysis | Failure]:
        yield from analyze_parallel(items, self.settings, n_process, batch_size)


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """While analysing: the objects alive at the start (the loaded model, the stages' data) left
    out of the garbage collector's full collections (``gc.freeze``), and put back after. A full
    collection walks every object of the loaded pipeline (160,000) to find none to free: three
    of them took 0.25-0.28 s of CPU in an ingest of 84 articles, 0.03 s frozen. Left alone when
    something else of this process has frozen objects already (it may mean to keep them so)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def analyze_parallel(items: Iterable[Article | Failure], settings: Settings, n_process: int,
                     batch_size: int | None = None) -> Iterator[Analysis | Failure]:
    """Analyse in ``n_process`` worker processes, each loading its own pipeline from
    ``settings``; this process loads none (``ingest -j N`` calls this directly).

    The workers are started with "spawn", which imports the main script again in each of them:
    a script that starts them from its top level without ``if __name__ == "__main__":`` would
    start workers from every worker, and is refused with an error saying so."""
    import multiprocessing as mp  # here, not at start-up: one process needs none of it

    _check_main_guard()
    batch_size = batch_size or settings.batch_size
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(settings,)) as pool:
        def chunks() -> Iterator[list[Article | Failure]]:
            chunk: list[Article | Failure] = []
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch_size:
                    yield chunk
                    chunk = []
            if chunk:
                yield chunk

        yield from itertools.chain.from_iterable(pool.imap(_worker_run, chunks()))


MAIN_GUARD_ERROR = ("analysing with several processes (n_process > 1) starts them with 'spawn', which runs the"
                    " main script again in each: put the script's top-level code under"
                    " 'if __name__ == \"__main__\":' (see the multiprocessing docs, 'safe importing of main module')")


def _check_main_guard() -> None:
    """Raise ``NewsledgerError`` when worker processes cannot start: this is a worker importing
    the main script, or the main script calls this from top-level code that is not under an
    ``if __name__ == "__main__":`` block (each worker would do the same, and wait for ever)."""
    import inspect

    main = sys.modules.get("__main__")
    if main is None:
        return
    if getattr(main, "__name__", "") == "__mp_main__":  # a spawned process importing the script
        raise NewsledgerError(MAIN_GUARD_ERROR)
    path = getattr(main, "__file__", None)
    if not path:
        return  # interactive, or python -c: nothing is imported again
    frame = inspect.currentframe()
    while frame is not None and not (frame.f_code.co_name == "<module>" and frame.f_globals is vars(main)):
        frame = frame.f_back
    if frame is None:
        return  # called from a function only: the script's top level is not on the way
    if not _guarded(path, frame.f_lineno):
        raise NewsledgerError(MAIN_GUARD_ERROR)


def _guarded(path: str, line: int) -> bool:
    """True when ``line`` of the script ``path`` lies in an ``if __name__ == "__main__":`` block
    (True too when the script cannot be read: then nothing is known)."""
    import ast

    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return True
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "__name__" in ast.unparse(node.test) and "__main__" in ast.unparse(node.test):
            if node.lineno <= line <= (node.end_lineno or node.lineno):
                return True
    return False


_WORKER: Pipeline | None = None


def _worker_init(settings: Settings) -> None:
    global _WORKER
    _WORKER = Pipeline(settings)


def _worker_run(chunk: list[Article | Failure]) -> list[Analysis | Failure]:
    assert _WORKER is not None
    return list(_WORKER.analyze_serial(chunk, len(chunk)))


_DEFAULT: Pipeline | None = None


def get_pipeline() -> Pipeline:
    """The process-wide default pipeline, loaded on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze(text_or_article: str | Article, **meta: Any) -> Analysis:
    """Analyse one article (an ``Article`` or a text) with the default pipeline."""
    nl = get_pipeline()
    if isinstance(text_or_article, Article):
        return nl.analyze(text_or_article)
    if not isinstance(text_or_article, str):
        raise InputError("<text>", f"expected text or Article, got {type(text_or_article).__name__}")
    return nl.analyze_text(text_or_article, **meta)
