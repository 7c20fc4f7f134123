"""What the command-line modules share: the consoles, the ``--db`` option, option checks, the
printing of tables, and the mapping of library errors to one line and an exit code.

Exit codes: 0 all fine, 1 some articles failed, 2 usage or fatal error.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .config import Settings
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
def err_console() -> Console:
    """The console of messages (standard error), made on first use."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


@functools.cache
def out_console() -> Console:
    """The console of tables and reports (standard output), made on first use."""
    from rich.console import Console

    return Console()


def table_console() -> Console:
    from rich.console import Console

    out = out_console()
    return out if out.is_terminal else Console(width=PIPED_WIDTH)


def rich_table(title: str) -> RichTable:
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


def db_option(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    """``--db``, or the settings' database (NEWSLEDGER_DB, the config file's ``db``)."""
    if value:
        return value
    root = ctx.find_root().obj or {}
    settings: Settings | None = root.get("settings")
    return settings.db if settings is not None else Settings().db


def checked(check: Callable[..., str], value: str | None, *args: Any) -> str | None:
    """An option's value passed through ``check`` (storage.filters), a bad one a usage error."""
    if value is None:
        return None
    try:
        return check(value, *args)
    except NewsledgerError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from exc


def fail(message: str, code: int = EXIT_FATAL) -> None:
    err_console().print(f"[bold red]error:[/] {message}", highlight=False)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Map library errors to one clear line on stderr and exit code 2."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except InputError as exc:
            fail(f"{exc.source}: {exc.reason}")
        except (ModelNotFoundError, StoreError, ConfigError) as exc:
            fail(str(exc))
        except NewsledgerError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted; what was stored so far is kept, run the same command again to finish")
        return None

    return wrapper  # type: ignore[return-value]


def emit(table: Any, records: Any, fmt: str, title: str) -> None:
    """Print a query.Table as a table or CSV, or the records themselves as JSON."""
    if fmt == "json":
        data = [r.to_dict() for r in records] if isinstance(records, list) else records.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(table.to_csv(), nl=False)
    else:
        shown = rich_table(title)
        for col in table.columns:
            shown.add_column(col, overflow="fold")
        for row in table.rows:
            shown.add_row(*("" if v is None else str(v) for v in row))
        table_console().print(shown)
