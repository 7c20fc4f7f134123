"""Benchmark: the cross-source ledger over a synthetic database of many articles.

Generates a database of ``--articles`` articles (default 100,000) with events, event actors,
casualty and other figures, quotes, framing marks and actor mentions, inserted directly with
SQL in bulk (no spaCy, no extraction stages). Invented incidents are each reported by one or
more outlets over a day or two, with varying names for the same actors, places given or not,
dates, modalities and casualty figures, so that linking and claim threading have real work.
It then builds the ledger, times each ledger query and reports whether each answers in under
one second. With ``--doc`` the results are written to a Markdown file (section
``## Ledger queries``).

Usage: python bench/bench_ledger.py [--articles 100000] [--db PATH] [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsledger.exports import export  # noqa: E402
from newsledger.ledger import (  # noqa: E402
    actor_profile,
    build_ledger,
    claim_threads,
    ledger_events,
    ledger_status,
    outlet_profile,
    outlet_profiles,
)
from newsledger.records import content_id  # noqa: E402
from newsledger.storage.store import Store  # noqa: E402

SYLLABLES = ["al", "bor", "cen", "dar", "el", "fen", "gor", "hal", "ir", "jun", "kel", "lor", "mar",
             "nor", "ost", "pel", "qua", "ris", "sol", "tam", "ur", "vel", "wen", "yar", "zan"]
TYPES = ["ASSAULT"] * 6 + ["COERCE"] * 2 + ["ACCUSE", "CONSULT", "AGREE", "REQUEST", "REJECT",
                                             "THREATEN", "PROTEST", "SANCTION", "AID", "SUPPORT"]
COMPATIBLE = {"ASSAULT": "COERCE", "COERCE": "ASSAULT", "AGREE": "COOPERATE", "SANCTION": "COERCE"}
PREDICATE = {"ASSAULT": "attacked", "COERCE": "raided", "ACCUSE": "accused", "CONSULT": "met",
             "AGREE": "agreed with", "REQUEST": "urged", "REJECT": "rejected", "THREATEN": "threatened",
             "PROTEST": "protested against", "SANCTION": "sanctioned", "AID": "sent aid to",
             "SUPPORT": "backed", "COOPERATE": "worked with"}
CAMEO = {"ASSAULT": "190", "COERCE": "170", "ACCUSE": "112", "CONSULT": "040", "AGREE": "030",
         "REQUEST": "100", "REJECT": "120", "THREATEN": "130", "PROTEST": "140", "SANCTION": "160",
         "AID": "070", "SUPPORT": "051", "COOPERATE": "060"}
QUAD = {"0": 1, "1": 3}
LABELS = {"loaded_label": ["regime", "terrorists", "occupiers", "militants", "thugs"],
          "scare_quotes": ["liberation", "special operation", "peacekeepers"],
          "honorific": ["His Excellency", "the esteemed"], "euphemism": ["collateral damage", "neutralised"]}
GROUPS = ["people", "people", "civilians", None, "residents", "children", "soldiers"]
QUALIFIERS = [None, None, "at least", "about", "more than"]


@dataclass
class Incident:
    id: int
    day: date
    plover: str
    source: str  # actor id
    target: str | None
    place: str
    toll: int
    reports: int = 0


@dataclass
class Rows:
    articles: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    event_actors: list[tuple[Any, ...]] = field(default_factory=list)
    figures: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    framing: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)


def split_rows(rows: Rows, ids: set[str]) -> tuple[Rows, Rows]:
    """``rows`` split in two: the articles whose ids are not in ``ids`` with their records, and
    those whose ids are (an event's actors go with their event)."""
    first, late = Rows(), Rows()
    for name in ("articles", "events", "figures", "quotes", "framing", "mentions"):
        col = 0 if name == "articles" else 1
        for r in getattr(rows, name):
            getattr(late if r[col] in ids else first, name).append(r)
    late_events = {r[0] for r in late.events}
    for r in rows.event_actors:
        (late if r[0] in late_events else first).event_actors.append(r)
    return first, late


def _rid(prefix: str, *parts: object) -> str:
    return f"{prefix}_{hashlib.sha1('|'.join(map(str, parts)).encode()).hexdigest()[:12]}"


def make_world(rng: random.Random) -> dict[str, Any]:
    countries = []
    names: set[str] = set()
    while len(countries) < 40:
        name = (rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(["ia", "ova", "and", "ar"])).title()
        if name in names:
            continue
        names.add(name)
        code = f"X{chr(65 + len(countries) // 26)}{chr(65 + len(countries) % 26)}"
        countries.append((code, name))
    actors: list[tuple[str, str, str, str | None, list[str]]] = []  # id, name, type, country, sectors
    variants: dict[str, list[str]] = {}
    by_country: dict[str, list[str]] = {}
    for code, name in countries:
        adj = name[:-1] + "n" if name.endswith("a") else name + "ian"
        for suffix, sectors, typ, forms in (
                ("", [], "state", [name, f"{name}'s government", adj]),
                ("GOV", ["GOV"], "organisation", [f"the {adj} government", f"{name}'s cabinet"]),
                ("MIL", ["MIL"], "organisation", [f"{adj} forces", f"the {adj} army", f"{adj} troops"]),
                ("CVL", ["CVL"], "group", [f"{adj} civilians", f"residents of {name}"]),
                ("HLH", ["GOV", "MED"], "organisation", [f"{name}'s health ministry"]),
                ("P1", ["GOV"], "person", [f"President {rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}"]),
        ):
            aid = f"{code}-{suffix}" if suffix else code
            actors.append((aid, forms[0], typ, code, sectors))
            variants[aid] = forms
            by_country.setdefault(code, []).append(aid)
    for i in range(20):
        aid = f"org-{i:02d}"
        actors.append((aid, f"Council of {rng.choice(SYLLABLES).title()}{i}", "organisation", None, ["IGO"]))
        variants[aid] = [actors[-1][1], "the council"]
    places = [(f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}{i}", countries[i % 40][0])
              for i in range(600)]
    outlets = [f"Outlet {i:02d} News" for i in range(30)]
    weights = [1 / (i + 1) for i in range(30)]
    return {"countries": countries, "actors": actors, "variants": variants, "by_country": by_country,
            "places": places, "outlets": outlets, "weights": weights}


def generate(n_articles: int, rng: random.Random, world: dict[str, Any], chunk: int = 10_000) -> Iterator[Rows]:
    """The rows of ``n_articles`` articles, ``chunk`` articles at a time."""
    rows = Rows()
    start = date(2022, 1, 1)
    days = 730
    pool: deque[Incident] = deque()
    n_inc = 0
    actor_ids = [a[0] for a in world["actors"]]
    by_country = world["by_country"]
    variants = world["variants"]
    for i in range(n_articles):
        if i and i % chunk == 0:
            yield rows
            rows = Rows()
        day = start + timedelta(days=int(i * days / n_articles))
        while pool and (day - pool[0].day).days > 2:
            pool.popleft()
        outlet = rng.choices(world["outlets"], world["weights"])[0]
        parts: list[str] = [f"Report {i} from {outlet}. "]
        pos = len(parts[0])
        art_events: list[tuple[Any, ...]] = []
        art_figs: list[tuple[Any, ...]] = []
        art_actor_ids: list[str] = []
        art_ment: list[tuple[int, int, str, str]] = []
        sentence = 1
        for _ in range(rng.randint(1, 5)):
            if pool and rng.random() < 0.6:
                inc = rng.choice(pool)
            else:
                code = rng.choice(world["countries"])[0]
                tcode = rng.choice(world["countries"])[0]
                place = rng.choice(world["places"])[0]
                inc = Incident(n_inc, day - timedelta(days=rng.randint(0, 1)), rng.choice(TYPES),
                               rng.choice(by_country[code][:3]),
                               rng.choice(by_country[tcode][:4]) if rng.random() < 0.85 else None,
                               place, rng.randint(1, 400))
                n_inc += 1
                pool.append(inc)
            inc.reports += 1
            plover = COMPATIBLE.get(inc.plover, inc.plover) if rng.random() < 0.08 else inc.plover
            src = inc.source
            if rng.random() < 0.3:  # another name level for the same country
                src = rng.choice(by_country[src.split("-")[0]][:3])
            tgt = inc.target if rng.random() < 0.8 else None
            src_text = rng.choice(variants[src])
            tgt_text = rng.choice(variants[tgt]) if tgt else None
            place = inc.place if rng.random() < 0.75 else None
            pred = PREDICATE[plover]
            s_start = pos
            text = src_text + " " + pred
            src_span = (pos, pos + len(src_text))
            pred_span = (pos + len(src_text) + 1, pos + len(src_text) + 1 + len(pred))
            tgt_span = None
            if tgt_text:
                text += " " + tgt_text
                tgt_span = (pos + len(text) - len(tgt_text), pos + len(text))
            if place:
                text += f" in {place}"
            fig = None
            if inc.plover in ("ASSAULT", "COERCE") and rng.random() < 0.7:
                value = max(1, inc.toll + rng.randint(-inc.toll // 5 - 1, inc.toll // 5 + 1))
                qual = rng.choice(QUALIFIERS)
                group = rng.choice(GROUPS)
                written = f"{qual + ' ' if qual else ''}{value} {group or 'dead'}"
                text += ", killing " if rng.random() < 0.75 else ", injuring "
                measure = "killed" if text.endswith("killing ") else "injured"
                f_start = pos + len(text)
                text += written
                src_actor = rng.choice(by_country[inc.target.split("-")[0]]) if inc.target and rng.random() < 0.5 else None
                attribution = rng.choice(variants[src_actor]) if src_actor else rng.choice(
                    ["officials", "witnesses", "unattributed", "unattributed", "local media"])
                if attribution != "unattributed":
                    text += f", {attribution} said"
                fig = (f_start, f_start + len(written), written, value, qual, group, measure, attribution,
                       src_actor, place)
            text += ". "
            modality = rng.choices(["asserted", "negated", "hypothetical", "historical"], [85, 5, 5, 5])[0]
            claimed = "outlet" if rng.random() < 0.7 else rng.choice(actor_ids)
            ev_date = inc.day.isoformat() if rng.random() < 0.2 else None
            eid = _rid("e", i, pos)
            aid = f"a{i}"
            record = {
                "id": eid, "article_id": aid, "sentence": sentence, "start": s_start,
                "end": s_start + len(text) - 1, "text": text.strip(), "plover": plover,
                "predicate": {"start": pred_span[0], "end": pred_span[1], "text": pred},
                "mode": None, "contexts": [], "cameo": CAMEO[plover], "quad_class": None, "goldstein": None,
                "source_actor_ids": [src], "target_actor_ids": [tgt] if tgt else [],
                "source": {"start": src_span[0], "end": src_span[1], "text": src_text},
                "target": {"start": tgt_span[0], "end": tgt_span[1], "text": tgt_text} if tgt_span else None,
                "modality": modality, "claimed_by": claimed, "quote_id": None, "date": ev_date,
                "place": place, "confidence": round(rng.uniform(0.5, 1.0), 2)}
            art_events.append((eid, sentence, s_start, s_start + len(text) - 1, text.strip(), plover, pred,
                               src_text, tgt_text, modality, claimed, ev_date, place, record, src, tgt))
            art_ment.append((src_span[0], src_span[1], src_text, src))
            if tgt_span and tgt:
                art_ment.append((tgt_span[0], tgt_span[1], tgt_text or "", tgt))
            art_actor_ids.append(src)
            if tgt:
                art_actor_ids.append(tgt)
            if fig:
                art_figs.append((sentence, *fig))
            parts.append(text)
            pos += len(text)
            sentence += 1
        # non-casualty figure, quotes, framing
        extra = f"The budget of {rng.randint(2, 90)} million was discussed. "
        parts.append(extra)
        money = (sentence, pos + len("The budget of "), pos + len("The budget of ") + 2)
        pos += len(extra)
        sentence += 1
        quotes = []
        for _ in range(rng.randint(1, 3)):
            speaker_id = rng.choice(art_actor_ids) if rng.random() < 0.7 else None
            speaker = rng.choice(variants[speaker_id]) if speaker_id else rng.choice(["a witness", "an analyst"])
            content = rng.choice(["We will respond", "This cannot go on", "The talks were useful",
                                  "Nobody was warned"]) + f" {rng.randint(1, 99)}"
            q = f'{speaker} said: "{content}." '
            c_start = pos + len(speaker) + len(' said: "')
            quotes.append((sentence, pos, pos + len(q) - 1, c_start, c_start + len(content), content, speaker,
                           speaker_id))
            art_ment.append((pos, pos + len(speaker), speaker, speaker_id or ""))
            parts.append(q)
            pos += len(q)
            sentence += 1
        frames = []
        for _ in range(rng.randint(0, 3)):
            kind = rng.choice(list(LABELS))
            word = rng.choice(LABELS[kind])
            f_text = f"Critics spoke of {word}. "
            f_start = pos + len("Critics spoke of ")
            frames.append((sentence, f_start, f_start + len(word), word, kind, rng.choice(art_actor_ids),
                           "outlet" if rng.random() < 0.8 else rng.choice(actor_ids)))
            parts.append(f_text)
            pos += len(f_text)
            sentence += 1
        text = "".join(parts)
        aid_real = content_id(text)
        published = f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
        rows.articles.append((aid_real, None, outlet, f"Report {i}", None, published, "en", None, None, text,
                              "{}", "2024-01-01T00:00:00+00:00"))
        for (eid, sent, s, e, etext, plover, pred, st, tt, mod, cb, ed, place, rec, src, tgt) in art_events:
            rec["article_id"] = aid_real
            rows.events.append((eid, aid_real, sent, s, e, etext, plover, None, rec["cameo"], None, None, pred,
                                st, tt, mod, cb, None, ed, place, rec["confidence"], json.dumps(rec)))
            rows.event_actors.append((eid, src, "source"))
            if tgt:
                rows.event_actors.append((eid, tgt, "target"))
        for (sent, fs, fe, written, value, qual, group, measure, attribution, src_actor, place) in art_figs:
            fid = _rid("f", aid_real, fs)
            rec = {"id": fid}
            rows.figures.append((fid, aid_real, sent, fs, fe, written, value, value, qual, group, measure, "count",
                                 group, None, None, None, place, None, attribution, src_actor, None, 1.0,
                                 json.dumps(rec)))
        fid = _rid("f", aid_real, money[1])
        rows.figures.append((fid, aid_real, money[0], money[1], money[2], "budget", 1.0, 1.0, None, "dollars",
                             None, "money", None, None, None, None, None, None, "unattributed", None, None, 1.0,
                             json.dumps({"id": fid})))
        for (sent, s, e, cs, ce, content, speaker, speaker_id) in quotes:
            qid = _rid("q", aid_real, s)
            rows.quotes.append((qid, aid_real, sent, s, e, "direct", 0, cs, ce, content, "said", "say", speaker,
                                speaker_id, None, 1.0, json.dumps({"id": qid})))
        for (sent, s, e, word, kind, refers, voice) in frames:
            rows.framing.append((_rid("fr", aid_real, s), aid_real, sent, s, e, word, kind, refers, None, voice))
        for (s, e, mtext, actor) in art_ment:
            rows.mentions.append((_rid("m", aid_real, s, e), aid_real, 0, s, e, mtext, "ORG", "name", 1.0,
                                  actor or None))
    yield rows


def populate(path: Path, n_articles: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    world = make_world(rng)
    store = Store(path)
    c = store.conn
    c.execute("PRAGMA synchronous = OFF")
    with c:
        c.executemany("INSERT INTO actors(id, name, type, country, sectors, members, source, code)"
                      " VALUES (?,?,?,?,?,'[]','dictionary',?)",
                      [(a[0], a[1], a[2], a[3], json.dumps(a[4]), " ".join([a[3] or "", *a[4]]).strip())
                       for a in world["actors"]])
    for rows in generate(n_articles, rng, world):
        insert(c, rows)
    counts = store.counts()
    store.close()
    return counts


def _record_column(c: sqlite3.Connection, table: str) -> str:
    """Where a row's whole record JSON goes: ``record`` where it is stored, else (migration 7:
    ``record`` computed from the columns) ``extra``, the JSON merge patch over what the columns
    give, which the whole record is too; a view over a compact table, schema 11's ``quotes``,
    computes it too)."""
    if c.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?", (table,)).fetchone():
        return "extra"
    stored = {r[1] for r in c.execute(f"PRAGMA table_xinfo({table})") if r[6] == 0}
    return "record" if "record" in stored else "extra"


def insert(c: sqlite3.Connection, rows: Rows) -> None:
    ev, fig, quo = (_record_column(c, t) for t in ("events", "figures", "quotes"))
    with c:
        c.executemany("INSERT INTO articles(id, url, outlet, title, byline, published, language, source_path,"
                      " external_id, text, pipeline, analysed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows.articles)
        c.executemany('INSERT INTO events(id, article_id, sentence, start, "end", text, plover, mode, cameo,'
                      " quad_class, goldstein, predicate, source_text, target_text, modality, claimed_by,"
                      f" quote_id, date, place, confidence, {ev}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      rows.events)
        c.executemany("INSERT INTO event_actors(event_id, actor_id, role) VALUES (?,?,?)", rows.event_actors)
        c.executemany('INSERT INTO figures(id, article_id, sentence, start, "end", text, value_low, value_high,'
                      ' qualifier, unit, measure, kind, "group", group_actor_id, part_of, time_scope, place,'
                      f" perpetrator_actor_id, attribution, attribution_actor_id, quote_id, confidence, {fig})"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.figures)
        c.executemany('INSERT INTO quotes(id, article_id, sentence, start, "end", kind, paragraph, content_start,'
                      " content_end, content, cue, cue_lemma, speaker, speaker_actor_id, parent_id, confidence,"
                      f" {quo}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.quotes)
        c.executemany('INSERT INTO framing(id, article_id, sentence, start, "end", text, kind, refers_to, note,'
                      " voice) VALUES (?,?,?,?,?,?,?,?,?,?)", rows.framing)
        c.executemany('INSERT INTO mentions(id, article_id, sentence, start, "end", text, label, kind, confidence,'
                      " actor_id) VALUES (?,?,?,?,?,?,?,?,?,?)", rows.mentions)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    times = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return times, result


def run(args: argparse.Namespace) -> dict[str, Any]:
    tmpdir = None
    if args.db:
        path = Path(args.db)
    else:
        tmpdir = tempfile.TemporaryDirectory(prefix="nl-bench-ledger-")
        path = Path(tmpdir.name) / "ledger_bench.db"
    info: dict[str, Any] = {"articles": args.articles, "repeat": args.repeat}
    if not path.exists() or args.regenerate:
        if path.exists():
            path.unlink()
        t = time.perf_counter()
        info["counts"] = populate(path, args.articles, args.seed)
        info["generate_s"] = round(time.perf_counter() - t, 1)
    store = Store(path)
    info.setdefault("counts", store.counts())
    t = time.perf_counter()
    summary = build_ledger(store)
    info["build_s"] = round(time.perf_counter() - t, 1)
    info["build_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    info["summary"] = summary.to_dict()
    store.close()

    store = Store(path, readonly=True)
    c = store.conn
    top_actor = c.execute("SELECT a.name FROM ledger_event_actors x JOIN actors a ON a.id = x.actor_id"
                          " GROUP BY x.actor_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    top_actor_id = c.execute("SELECT id FROM actors WHERE name = ?", (top_actor,)).fetchone()[0]
    top_outlet = c.execute("SELECT outlet FROM ledger_outlets ORDER BY articles DESC LIMIT 1").fetchone()[0]
    source_actor = c.execute("SELECT a.name FROM claim_thread_actors x JOIN actors a ON a.id = x.actor_id"
                             " GROUP BY x.actor_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    mid = c.execute("SELECT date_start FROM ledger_events ORDER BY date_start LIMIT 1 OFFSET"
                    " (SELECT COUNT(*) / 2 FROM ledger_events)").fetchone()[0]
    since = (date.fromisoformat(mid) - timedelta(days=15)).isoformat()
    until = (date.fromisoformat(mid) + timedelta(days=15)).isoformat()
    queries: list[tuple[str, Callable[[], Any]]] = [
        (f"events by actor ({top_actor!r}, name match)", lambda: ledger_events(store, actor=top_actor)),
        ("events by actor id, as source", lambda: ledger_events(store, actor=top_actor_id, role="source")),
        ("events by type (ASSAULT)", lambda: ledger_events(store, type="ASSAULT")),
        (f"events by date ({since} to {until})", lambda: ledger_events(store, since=since, until=until)),
        ("events by actor, type and date", lambda: ledger_events(store, actor=top_actor, type="ASSAULT",
                                                                  since=since, until=until)),
        ("events reported by >= 3 outlets", lambda: ledger_events(store, min_outlets=3)),
        ("events, page 100 (offset 5,000)", lambda: ledger_events(store, offset=5000)),
        ("claims by measure (killed)", lambda: claim_threads(store, measure="killed")),
        (f"claims by actor ({source_actor!r})", lambda: claim_threads(store, actor=source_actor)),
        (f"outlet profile ({top_outlet})", lambda: outlet_profile(store, top_outlet)),
        ("all outlet profiles", lambda: outlet_profiles(store)),
        (f"actor profile ({top_actor})", lambda: actor_profile(store, top_actor)),
        ("staleness check (ledger_status)", lambda: ledger_status(store)),
    ]
    results = []
    for name, fn in queries:
        times, result = timed(fn, args.repeat)
        n = len(result) if isinstance(result, list) else (1 if result is not None else 0)
        results.append({"query": name, "first_s": round(times[0], 4),
                        "median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4),
                        "results": n, "under_1s": max(times) < 1.0})
    with tempfile.TemporaryDirectory(prefix="nl-bench-export-") as out:
        for fmt, dest in (("gdelt", Path(out) / "gdelt"), ("plover", Path(out) / "plover.jsonl")):
            t = time.perf_counter()
            report = export(store, fmt, dest)
            info[f"export_{fmt}_s"] = round(time.perf_counter() - t, 1)
            info[f"export_{fmt}_rows"] = report.rows
    store.close()
    info["queries"] = results
    info["db_mb"] = round(path.stat().st_size / 1e6)
    if tmpdir is not None:
        tmpdir.cleanup()
    return info


def markdown(info: dict[str, Any]) -> str:
    counts = info["counts"]
    s = info["summary"]
    lines = [
        "## Ledger queries",
        "",
        f"Measured by `bench/bench_ledger.py` on {platform.machine()} ({os.cpu_count()} CPUs, shared with other work),",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}.",
        "",
        f"Synthetic database: {counts['articles']:,} articles, {counts['outlets']} outlets, "
        f"{counts['events']:,} events, {counts['event_actors']:,} event actors, {counts['figures']:,} figures, "
        f"{counts['quotes']:,} quotes, {counts['framing']:,} framing marks, {counts['mentions']:,} mentions "
        f"({info['db_mb']:,} MB after the build).",
        "",
        f"Ledger build: {info['build_s']} s (peak RSS of the process {info['build_peak_rss_mb']:,} MB): "
        f"{s['events_considered']:,} event mentions -> {s['ledger_events']:,} ledger events "
        f"({s['linked_events']:,} with two or more mentions, {s['cross_outlet_events']:,} reported by two or more "
        f"outlets); {s['claims']:,} claims -> {s['claim_threads']:,} claim threads "
        f"({s['series_threads']:,} series, {s['disagreement_threads']:,} with a disagreement).",
        "",
        f"Each query was run {info['repeat']} times on one new read-only connection (the first run is the coldest in",
        "the process; the operating system's file cache is warm after the build); times in seconds.",
        "",
        "| query | results | first | median | max | under 1 s |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for q in info["queries"]:
        lines.append(f"| {q['query']} | {q['results']} | {q['first_s']:.4f} | {q['median_s']:.4f} | "
                     f"{q['max_s']:.4f} | {'yes' if q['under_1s'] else '**no**'} |")
    lines += [
        "",
        f"Exports of the whole ledger (not timed against the 1 s goal): GDELT event and mention tables "
        f"{info['export_gdelt_s']} s ({info['export_gdelt_rows']:,} rows), PLOVER records "
        f"{info['export_plover_s']} s ({info['export_plover_rows']:,} records).",
        "",
        "Reproduce: `python bench/bench_ledger.py --articles 100000 --doc docs/PERFORMANCE.md`",
        "(generating the synthetic database takes a few minutes; `--db PATH` keeps it for reruns).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", help="Keep the synthetic database here (reused when it exists).")
    ap.add_argument("--regenerate", action="store_true", help="Rebuild the database given with --db.")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--doc", help="Write the results to this Markdown file.")
    ap.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = ap.parse_args()
    info = run(args)
    text = markdown(info)
    if args.json:
        sys.stdout.write(json.dumps(info, indent=2) + "\n")
    else:
        sys.stdout.write(text + "\n")
    if args.doc:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from docsection import replace_section

        replace_section(Path(args.doc), "ledger", text)
    if not all(q["under_1s"] for q in info["queries"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
