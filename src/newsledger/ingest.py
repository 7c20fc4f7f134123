"""Ingest: read articles from plain text, HTML, JSON Lines (optionally gzipped) and directories.

Readers yield ``Article`` records, or ``Failure`` records naming the file (and line) and the
reason, so that a batch goes on past a bad input. ``read_one`` raises ``InputError`` instead.

Plain text format: the title on the first line, then an optional block of ``Key: value``
header lines (URL, Outlet, Byline or Author, Published or Date), and/or a ``By …`` byline
line, then a blank line and the body, paragraphs separated by blank lines.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import InputError
from .records import Article, Failure

log = logging.getLogger(__name__)

TEXT_EXTS = {".txt", ".text", ".md"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}

HEADER_KEYS = {
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "byline": "byline",
    "author": "byline",
    "by": "byline",
    "published": "published",
    "date": "published",
    "title": "title",
    "language": "language",
}
HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,20}):\s*(.*?)\s*$")
BYLINE_LINE = re.compile(r"^\s*By\s+(.{2,120}?)\s*$")
# A wire dateline naming the outlet: "KYIV, March 9 (Pacific Dispatch) - ..."
DATELINE_OUTLET = re.compile(
    r"^[A-Z][A-Z .'/-]{1,40}(?:,[^()\n]{1,40})?\s+\(([A-Z][^()\n]{1,60})\)\s*[-–—]")

# Frequent English function words: the share of them among a text's words tells English
# text (typically 0.35 to 0.55) from other languages (under 0.08 for most).
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is that for it as was with be by on not he she they his her their
    this are or from at which an but have has had were been will would its who said also
    than more after over into about we our you i them there when what up out new one all
    some other could can may should these those no if two while against during""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_ratio(text: str, sample_words: int = 2000) -> float:
    """Share of English function words among the first ``sample_words`` words of ``text``."""
    words = _WORD.findall(text[: sample_words * 12])[:sample_words]
    if not words:
        return 0.0
    hits = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words)


def _count_words(text: str, most: int) -> int:
    """How many words ``text`` holds, counted up to ``most`` (the rest is not read)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), most))


def detect_language(text: str, min_ratio: float = 0.12, sure_ratio: float = 0.30,
                    short_confidence: float = 0.70) -> str:
    """The language of ``text``: ``"en"`` when it reads as English, else the identified code
    (``"nl"``, ``"es"``) or ``"und"``. A share of English function words of ``sure_ratio`` or more
    is English, below ``min_ratio`` not; a share in between, or a text of fewer than 12 words,
    is decided by the language identifier (:mod:`newsledger.language`). A text of fewer than 12
    words (a headline) with a share of at least ``min_ratio`` is English unless the identifier
    names another language with a confidence of ``short_confidence`` or more: on a few words it
    often guesses ("Floods kill 40 in Bangladesh": Nigerian Pidgin at 0.17)."""
    n_words = _count_words(text[:4000], 12)
    if not n_words:
        return "und"
    ratio = english_ratio(text)
    if n_words >= 12:
        if ratio >= sure_ratio:
            return "en"
        if ratio < min_ratio:
            return "und"
    from .language import identify

    code, prob = identify(text)
    if n_words < 12 and code != "en" and ratio >= min_ratio and prob < short_confidence:
        return "en"
    return code or "und"


# the characters of Unicode's general categories Cc (controls), Cs (surrogates) and Co (private use),
# which are fixed by Unicode's stability policy, but for newline and tab
_STRIPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
                       "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def normalise_text(text: str) -> str:
    """Normalise line endings and strip control characters other than newline and tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _STRIPPED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # collapse runs of blank lines, keep paragraph breaks
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary and undecodable input."""
    if not data.strip():
        raise InputError(source, "empty input")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"undecodable bytes: not valid UTF-8 at byte {exc.start} "
            f"({data[exc.start:exc.start + 4]!r}); convert the file to UTF-8",
        ) from exc
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise InputError(source, "binary file (too many control characters), not text")
    return text


# dates as written in article headers ("March 3, 2024", "3 March 2024", "Mar. 3, 2024",
# "2024/03/03"): read as ISO dates
WRITTEN_DATES = ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%B %d %Y", "%Y/%m/%d")


def normalise_published(value: str | None, source: str) -> str | None:
    """A publication date or time as ISO 8601: ISO input is kept as written once it is a real
    date ("2024-02-30" and "2024-01-01T25:99:99Z" are not), a written date ("March 3, 2024")
    or an e-mail/RSS date ("Tue, 05 Mar 2024 10:00:00 GMT") becomes ISO; anything else is an
    InputError naming the value."""
    import datetime as dt
    from email.utils import parsedate_to_datetime

    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            dt.date.fromisoformat(text)
        else:
            dt.datetime.fromisoformat(text)
        return text
    except ValueError:
        pass
    for form in WRITTEN_DATES:
        try:
            return dt.datetime.strptime(text.replace(".", ""), form).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        raise InputError(source, f"published {value!r} is not a date or time "
                                 "(ISO 8601 such as 2024-03-05 or 2024-03-05T10:00:00Z)") from None


def check_article(article: Article, source: str, settings: Settings) -> Article:
    """``article`` checked for analysis (text present, not too long, English, a real
    publication date), with its date in ISO form; raises InputError with the reason."""
    published = normalise_published(article.published, source)
    if published != article.published:
        article = article.replace(published=published)
    text = article.text
    if not text.strip():
        raise InputError(source, "no article text (empty body)")
    if len(text) > settings.max_article_chars:
        raise InputError(
            source,
            f"text too long for the parser: {len(text):,} characters "
            f"(limit {settings.max_article_chars:,}; set max_article_chars to raise it)",
        )
    if _count_words(text, 3) < 3:
        raise InputError(source, "too little text to analyse (fewer than 3 words)")
    lang = detect_language(text, settings.min_english_ratio, settings.sure_english_ratio,
                           settings.short_text_confidence)
    if lang != "en":
        raise InputError(
            source,
            f"not English (language {lang!r}, {english_ratio(text):.0%} English function words); skipped",
        )
    return article


def outlet_of_url(url: str) -> str | None:
    """The site an article's address names, as its outlet when none is given:
    "https://www.reuters.com/world/..." → "reuters.com" (None for no host or an IP address)."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    if not host or re.fullmatch(r"[\d.:]+", host) or "." not in host:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host


def _make_article(text: str, source: str, settings: Settings, **meta: Any) -> Article:
    text = normalise_text(text)
    clean = {k: (str(v).strip() if v is not None else None) or None for k, v in meta.items()}
    if not clean.get("outlet"):
        m = DATELINE_OUTLET.match(text)
        if m:
            clean["outlet"] = m.group(1).strip()
        elif clean.get("url"):
            clean["outlet"] = outlet_of_url(str(clean["url"]))
    article = Article.create(text, source_path=source, **clean)
    return check_article(article, source, settings)


def parse_plain_text(raw: str, source: str, settings: Settings | None = None) -> Article:
    """A plain-text article: title line, optional headers and byline, then the body."""
    settings = settings or Settings()
    lines = normalise_text(raw).split("\n")
    if not lines or not lines[0].strip():
        raise InputError(source, "empty input")
    meta: dict[str, Any] = {}
    i = 0
    first = HEADER_LINE.match(lines[0])
    if not (first and first.group(1).strip().lower() in HEADER_KEYS and first.group(1).lower() == "title"):
        meta["title"] = lines[0].strip()
        i = 1
    # header block: Key: value lines, blank lines and a "By ..." line, before the body
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = HEADER_LINE.match(line)
        if m and m.group(1).strip().lower() in HEADER_KEYS and len(line) < 300:
            meta[HEADER_KEYS[m.group(1).strip().lower()]] = m.group(2)
            i += 1
            continue
        b = BYLINE_LINE.match(line)
        if b and "byline" not in meta and len(line.split()) <= 12:
            meta["byline"] = b.group(1)
            i += 1
            continue
        break
    body = "\n".join(lines[i:])
    return _make_article(body, source, settings, **meta)


def parse_html(raw: str, source: str, settings: Settings | None = None, **meta: Any) -> Article:
    """An HTML page: main text and metadata through trafilatura."""
    settings = settings or Settings()
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    if "<" not in raw:
        raise InputError(source, "malformed HTML: no markup found")
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise InputError(source, f"malformed HTML: {exc}") from exc
    if doc is None or not (doc.text or "").strip():
        raise InputError(source, "malformed HTML or no main text found in the page")
    title = meta.pop("title", None) or doc.title
    lines = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    if title:
        # the page's headline (and any breadcrumb or kicker above it) is not body text
        head = [i for i, ln in enumerate(lines[:4]) if ln == title.strip()]
        if head:
            lines = lines[head[0] + 1:]
    body = "\n\n".join(lines)
    fields = {
        "title": title,
        "byline": meta.pop("byline", None) or doc.author,
        "published": meta.pop("published", None) or doc.date,
        "outlet": meta.pop("outlet", None) or doc.sitename,
        "url": meta.pop("url", None) or doc.url,
    }
    fields.update(meta)
    return _make_article(body, source, settings, **fields)


def jsonl_record(obj: Any, source: str, settings: Settings) -> Article:
    if not isinstance(obj, dict):
        raise InputError(source, f"JSON record is a {type(obj).__name__}, expected an object")
    text, html = obj.get("text"), obj.get("html")
    meta = {
        "url": obj.get("url"),
        "outlet": obj.get("outlet"),
        "title": obj.get("title"),
        "published": obj.get("published"),
        "byline": obj.get("byline") or obj.get("author"),
        "external_id": obj.get("id"),
    }
    for k, v in meta.items():
        if v is not None and not isinstance(v, str | int | float):
            raise InputError(source, f"field {k!r} must be a string")
    if isinstance(text, str) and text.strip():
        return _make_article(text, source, settings, **meta)
    if isinstance(html, str) and html.strip():
        return parse_html(html, source, settings, **{k: v for k, v in meta.items() if v is not None})
    raise InputError(source, "record has no 'text' or 'html' field with content")


def read_jsonl(path: Path, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles from a JSON Lines file (``.gz`` too), one per line; bad lines become failures."""
    settings = settings or Settings()
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:  # type: ignore[operator]
            yield from _read_jsonl_stream(fh, str(path), settings)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Failure(source=str(path), reason=f"cannot read file: {exc}")


def read_jsonl_range(path: Path, start: int, end: int, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles from the lines of an uncompressed JSON Lines file that *start* in the bytes
    ``[start, end)``: a line running across ``start`` belongs to the range before, so ranges
    that tile the file read every line once. A line's source is ``path@OFFSET`` (its byte
    offset: line numbers are unknown without reading the file from its start)."""
    settings = settings or Settings()
    try:
        with open(path, "rb") as fh:
            if start > 0:
                fh.seek(start - 1)
                if fh.read(1) != b"\n":
                    fh.readline()  # the rest of a line that started before the range
            while True:
                offset = fh.tell()
                if offset >= end:
                    break
                raw = fh.readline()
                if not raw:
                    break
                if raw.strip():
                    yield from _read_jsonl_stream([raw], f"{path}@{offset}", settings, numbered=False)
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read file: {exc}")


def _read_jsonl_stream(fh: io.BufferedIOBase | Any, name: str, settings: Settings,
                       numbered: bool = True) -> Iterator[Article | Failure]:
    n = 0
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        n += 1
        source = f"{name}:{lineno}" if numbered else name
        if len(raw) > settings.max_line_bytes:
            yield Failure(source, f"line too long: {len(raw):,} bytes (limit {settings.max_line_bytes:,})")
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Failure(source, f"undecodable bytes: not valid UTF-8 at byte {exc.start}")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield jsonl_record(obj, source, settings)
        except InputError as exc:
            yield Failure(source, exc.reason, _safe_id(obj))
    if n == 0:
        yield Failure(name, "empty input: no JSON records")


def _safe_id(obj: Any) -> str | None:
    return str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") is not None else None


def detect_format(path: Path, head: bytes = b"") -> str:
    """``text``, ``html`` or ``jsonl`` from the file name, else from its first bytes."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in HTML_EXTS:
        return "html"
    if suffix in JSONL_EXTS:
        return "jsonl"
    if suffix in TEXT_EXTS:
        return "text"
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def read_bytes(data: bytes, source: str, fmt: str | None = None,
               settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles from raw bytes (a file's content or standard input)."""
    settings = settings or Settings()
    fmt = fmt or detect_format(Path(source), data[:512])
    if fmt == "jsonl":
        yield from _read_jsonl_stream(io.BytesIO(data), source, settings)
        return
    try:
        text = decode_bytes(data, source)
        if fmt == "html":
            yield parse_html(text, source, settings)
        else:
            yield parse_plain_text(text, source, settings)
    except InputError as exc:
        yield Failure(source=exc.source, reason=exc.reason)


def read_file(path: str | os.PathLike[str], settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles from one file of any supported format."""
    p = Path(path)
    settings = settings or Settings()
    if p.name.lower().endswith((".jsonl.gz", ".ndjson.gz", ".jsonl", ".ndjson")):
        yield from read_jsonl(p, settings)
        return
    try:
        size = p.stat().st_size
        if size > settings.max_article_chars * 8 + 1_000_000:
            yield Failure(str(p), f"file too large: {size:,} bytes")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield Failure(str(p), f"cannot read file: {exc.strerror or exc}")
        return
    if p.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Failure(str(p), f"cannot read gzip file: {exc}")
            return
    yield from read_bytes(data, str(p), settings=settings)


def _is_input_file(p: Path) -> bool:
    name = p.name.lower()
    if name.startswith(".") or name in {"readme.md", "expected.json"}:
        return False
    base = name[:-3] if name.endswith(".gz") else name
    return Path(base).suffix in TEXT_EXTS | HTML_EXTS | JSONL_EXTS


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to read: named files as given, directories walked recursively in sorted order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for sub in sorted(p.rglob("*")):
                if sub.is_file() and _is_input_file(sub) and not any(
                    part.startswith(".") for part in sub.relative_to(p).parts
                ):
                    yield sub
        else:
            yield p


def read_paths(paths: Iterable[str | os.PathLike[str]], settings: Settings | None = None) -> Iterator[Article | Failure]:
    """Articles from files and directories; unreadable inputs become ``Failure`` records."""
    for p in iter_paths(paths):
        if not p.exists():
            yield Failure(str(p), "no such file or directory")
            continue
        yield from read_file(p, settings)


def read_one(path: str | os.PathLike[str], settings: Settings | None = None) -> Article:
    """Exactly one article from a file (``-`` for standard input); raises ``InputError``."""
    import sys

    if str(path) == "-":
        items = list(read_bytes(sys.stdin.buffer.read(), "<stdin>", settings=settings))
    else:
        if not Path(path).exists():
            raise InputError(str(path), "no such file or directory")
        items = list(read_file(path, settings))
    for item in items:
        if isinstance(item, Article):
            return item
    if items and isinstance(items[0], Failure):
        raise InputError(items[0].source, items[0].reason)
    raise InputError(str(path), "no article found")


def count_articles(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many articles (or failures) reading ``paths`` will yield, for progress bars."""
    n = 0
    for p in iter_paths(paths):
        name = p.name.lower()
        if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            try:
                with opener(p, "rb") as fh:  # type: ignore[operator]
                    lines = sum(1 for line in fh if line.strip())
                n += max(lines, 1)
            except (OSError, EOFError):
                n += 1
        else:
            n += 1
    return n
