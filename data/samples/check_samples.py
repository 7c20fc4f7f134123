"""Check the bundled sample corpus: formats, metadata, word counts and expected.json.

Run from anywhere:  python data/samples/check_samples.py
Uses only the standard library (it does not import newsledger), so it checks the
sample files themselves, not the pipeline. Exits with status 1 on any problem.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER_KEYS = {"URL", "Outlet", "Byline", "Published"}
JSONL_KEYS = {"id", "url", "outlet", "title", "published"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
MIN_WORDS, MAX_WORDS = 250, 700

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class ArticleText(HTMLParser):
    """Collects <title>, meta tags, and the text of <h1> and <p> inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.paras: list[str] = []
        self._in_title = self._in_article = 0
        self._cur: list[str] | None = None
        self._cur_tag = ""
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key and "content" in a:
                self.meta[key] = a["content"] or ""
            return
        if tag in {"br", "img", "input", "link", "hr"}:
            return
        self._stack.append(tag)
        if tag == "title":
            self._in_title = 1
        elif tag == "article":
            self._in_article += 1
        elif self._in_article and tag in {"p", "h1"} and self._cur is None:
            self._cur, self._cur_tag = [], tag

    def handle_endtag(self, tag):
        if tag in {"br", "img", "input", "link", "hr", "meta"}:
            return
        if not self._stack or self._stack[-1] != tag:
            raise ValueError(f"mismatched </{tag}> (open: {self._stack[-3:]})")
        self._stack.pop()
        if tag == "title":
            self._in_title = 0
        elif tag == "article":
            self._in_article -= 1
        elif self._cur is not None and tag == self._cur_tag:
            text = norm("".join(self._cur))
            if tag == "h1":
                self.h1 = text
            else:
                self.paras.append(text)
            self._cur = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._cur is not None:
            self._cur.append(data)

    def finish(self):
        self.close()
        if self._stack:
            raise ValueError(f"unclosed tags at end: {self._stack}")


def parse_html(raw: str, where: str) -> dict:
    p = ArticleText()
    try:
        p.feed(raw)
        p.finish()
    except Exception as exc:  # noqa: BLE001
        problem(f"{where}: HTML not well formed: {exc}")
        return {"title": "", "text": "", "paras": []}
    for key in ("og:site_name", "author", "article:published_time", "og:url"):
        if key not in p.meta and where.endswith(".html"):
            problem(f"{where}: missing meta {key}")
    if not p.paras:
        problem(f"{where}: no <p> paragraphs inside <article>")
    # paragraphs that are page furniture, not body text
    body = [t for t in p.paras if not re.match(r"^(By |Tags:|This report will be updated)", t)]
    return {"title": p.h1 or norm(p.title), "text": "\n\n".join(body), "paras": body, "meta": p.meta}


def parse_txt(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8").split("\n")
    title = lines[0].strip()
    if not title or ":" in title.split(" ")[0]:
        problem(f"{path}: bad title line {title!r}")
    headers, i = {}, 1
    while i < len(lines) and lines[i].strip():
        m = re.match(r"^([A-Za-z]+): (.+)$", lines[i])
        if not m or m.group(1) not in HEADER_KEYS:
            problem(f"{path}: bad header line {lines[i]!r}")
        else:
            headers[m.group(1)] = m.group(2)
        i += 1
    if "Published" in headers and not ISO_DATE.match(headers["Published"]):
        problem(f"{path}: Published is not an ISO date")
    body = "\n".join(lines[i:]).strip()
    if "\n\n\n" in body:
        problem(f"{path}: more than one blank line between paragraphs")
    paras = [p.strip() for p in body.split("\n\n")]
    for p in paras:
        if "\n" in p:
            problem(f"{path}: paragraph with a hard line break: {p[:40]!r}")
    return {"title": title, "headers": headers, "text": body, "paras": paras}


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problem(f"{where}: bad JSON: {exc}")
                continue
            missing = JSONL_KEYS - rec.keys()
            if missing:
                problem(f"{where}: missing keys {sorted(missing)}")
            if not ISO_DATE.match(str(rec.get("published", ""))):
                problem(f"{where}: published is not an ISO date")
            if ("text" in rec) == ("html" in rec):
                problem(f"{where}: needs exactly one of text / html")
            if "html" in rec:
                h = parse_html(rec["html"], where)
                text, paras = h["text"], h["paras"]
            else:
                text = rec["text"]
                paras = text.split("\n\n")
            out.append({"file": path, "id": rec.get("id"), "title": rec.get("title"),
                        "outlet": rec.get("outlet"), "published": rec.get("published"),
                        "format": "jsonl+html" if "html" in rec else "jsonl",
                        "text": text, "paras": paras})
    return out


def load_corpus() -> dict[tuple[str, str | None], dict]:
    docs: dict[tuple[str, str | None], dict] = {}
    for path in sorted(HERE.rglob("*")):
        if not path.is_file() or path.name in {"README.md", "expected.json"} or path.suffix == ".py":
            continue
        rel = path.relative_to(HERE).as_posix()
        if path.suffix == ".txt":
            d = parse_txt(path)
            d.update(format="txt", outlet=d["headers"].get("Outlet"), published=d["headers"].get("Published"))
            docs[(rel, None)] = d
        elif path.suffix == ".html":
            d = parse_html(path.read_text(encoding="utf-8"), str(path))
            meta = d.get("meta", {})
            d.update(format="html", outlet=meta.get("og:site_name"),
                     published=meta.get("article:published_time", "")[:10])
            docs[(rel, None)] = d
        elif path.name.endswith((".jsonl", ".jsonl.gz")):
            for rec in read_jsonl(path):
                docs[(rel, rec["id"])] = rec
        else:
            problem(f"{rel}: unexpected file in the corpus")
    return docs


def check_expected(docs) -> None:
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    seen = set()
    for e in expected:
        key = (e["file"], e.get("id"))
        where = f"expected.json[{e['file']}{'#' + e['id'] if e.get('id') else ''}]"
        if key not in docs:
            problem(f"{where}: no such article")
            continue
        seen.add(key)
        d = docs[key]
        text = norm(d["text"])
        for field in ("title", "outlet", "published", "format"):
            if field in e and d.get(field) is not None and norm(str(d[field])) != norm(str(e[field])):
                problem(f"{where}: {field} {e[field]!r} != article {d[field]!r}")
        for q in e.get("quotes", []):
            if q["kind"] not in {"direct", "partial", "indirect"}:
                problem(f"{where}: bad quote kind {q['kind']!r}")
            for key in ("content_contains", "continuation_contains"):
                if key in q and norm(q[key]) not in text:
                    problem(f"{where}: quote {key} not found: {q[key]!r}")
        for f in e.get("figures", []):
            if norm(f["text"]) not in text:
                problem(f"{where}: figure text not found: {f['text']!r}")
            v = f["value"]
            if not (isinstance(v, (int, float)) or (isinstance(v, list) and len(v) == 2)):
                problem(f"{where}: bad figure value {v!r}")
        for m in e.get("framing", []):
            if m["kind"] not in {"loaded_label", "scare_quotes", "honorific", "euphemism"}:
                problem(f"{where}: bad framing kind {m['kind']!r}")
            if norm(m["text"]) not in text:
                problem(f"{where}: framing text not found: {m['text']!r}")
        for s in e.get("not_figures", []):
            if norm(s) not in text:
                problem(f"{where}: not_figures text not found: {s!r}")
    for key in docs.keys() - seen:
        problem(f"expected.json: no entry for {key}")


def main() -> int:
    docs = load_corpus()
    hashes = {}
    print(f"{'file':<68} {'id':<28} {'format':<10} words")
    for (rel, rid), d in sorted(docs.items()):
        words = len(WORD.findall(d["text"]))
        flag = "" if MIN_WORDS <= words <= MAX_WORDS else "  <-- out of range"
        if flag:
            problem(f"{rel} {rid or ''}: {words} words")
        h = hash(norm(d["text"]))
        if h in hashes:
            problem(f"{rel}: same text as {hashes[h]}")
        hashes[h] = rel
        print(f"{rel:<68} {rid or '':<28} {d['format']:<10} {words}{flag}")
    print(f"{len(docs)} articles, {len({d['outlet'] for d in docs.values()} - {None})} outlets in metadata")
    if (HERE / "expected.json").exists():
        check_expected(docs)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
