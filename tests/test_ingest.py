from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from newsledger.config import Settings
from newsledger.errors import InputError
from newsledger.ingest import (
    count_articles,
    detect_language,
    normalise_text,
    parse_html,
    parse_plain_text,
    read_one,
    read_paths,
)
from newsledger.records import Article, Failure

from .builders import article_text, write_jsonl

BODY = ("The foreign minister said on Monday that talks with the neighbouring government "
        "would resume next week, according to a statement from the ministry.")

HTML = """<!DOCTYPE html><html><head><title>Talks resume | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-14T08:30:00Z">
<meta property="og:url" content="https://example.invalid/talks">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume</h1><p>{body}</p>
<p>The minister added that both sides wanted a lasting agreement and that the delegations
would meet in the capital for three days of discussions about trade and borders.</p></article>
<footer>Copyright Example Wire. All rights reserved. Cookie settings.</footer></body></html>"""


def test_plain_text_with_headers() -> None:
    raw = ("Talks resume\nURL: https://x.invalid/1\nOutlet: Example Wire\nByline: Jane Roe\n"
           f"Published: 2024-03-14\n\n{BODY}\n\nSecond paragraph here.")
    a = parse_plain_text(raw, "t.txt")
    assert (a.title, a.url, a.outlet, a.byline, a.published) == (
        "Talks resume", "https://x.invalid/1", "Example Wire", "Jane Roe", "2024-03-14")
    assert a.text.startswith("The foreign minister")
    assert "\n\nSecond paragraph" in a.text
    assert a.id == Article.create(a.text).id


def test_plain_text_byline_line_and_no_headers() -> None:
    a = parse_plain_text(f"Talks resume\n\nBy Staff, Agencies\n\n{BODY}", "t.txt")
    assert a.title == "Talks resume"
    assert a.byline == "Staff, Agencies"
    assert a.text == BODY
    b = parse_plain_text(f"Talks resume\n\n{BODY}", "t.txt")
    assert b.byline is None and b.text == BODY


def test_body_line_that_looks_like_a_header_is_body_when_key_unknown() -> None:
    a = parse_plain_text(f"Title\n\nWarning: {BODY}", "t.txt")
    assert a.text.startswith("Warning:")


def test_html_through_trafilatura() -> None:
    a = parse_html(HTML.format(body=BODY), "p.html")
    assert a.title == "Talks resume"
    assert a.byline == "Jane Roe"
    assert a.outlet == "Example Wire"
    assert a.published == "2024-03-14"
    assert a.text.startswith("The foreign minister")
    assert "Cookie" not in a.text and "Home" not in a.text
    assert "\n\n" in a.text  # paragraphs kept apart


def test_jsonl_text_html_and_gzip(tmp_path: Path) -> None:
    recs = [
        {"id": "r1", "url": "u1", "outlet": "O1", "title": "T1", "published": "2024-01-01", "text": BODY},
        {"id": "r2", "outlet": "O2", "title": "T2", "html": HTML.format(body=BODY.replace("Monday", "Tuesday"))},
    ]
    p = write_jsonl(tmp_path / "feed.jsonl", recs)
    gz = tmp_path / "feed2.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(recs[0] | {"id": "r3", "text": BODY + " More."}) + "\n")
    items = list(read_paths([p, gz]))
    assert all(isinstance(i, Article) for i in items), items
    assert [i.external_id for i in items] == ["r1", "r2", "r3"]  # type: ignore[union-attr]
    assert items[1].outlet == "O2" and items[1].title == "T2"  # type: ignore[union-attr]
    assert items[0].source_path == f"{p}:1"  # type: ignore[union-attr]


def test_directory_walk_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(article_text(1))
    (tmp_path / "b" / "c" / "d.txt").write_text(article_text(2))
    (tmp_path / "b" / "notes.csv").write_text("x,y")  # not an input format: ignored
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text(article_text(3))
    items = list(read_paths([tmp_path]))
    assert [Path(i.source_path).name for i in items] == ["a.txt", "d.txt"]  # type: ignore[union-attr]
    assert count_articles([tmp_path]) == 2


BAD_FILES = [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"   \n\n  ", "empty input"),
    ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "binary file"),
    ("latin1.txt", "Title\n\nCaf\u00e9 talks were held by the minister and the envoy.".encode("latin-1"),
     "undecodable bytes"),
    ("page.html", b"<html><body><script>var x=1;</script></body></html>", "no main text"),
    ("french.txt", ("Titre\n\nLe ministre des affaires \u00e9trang\u00e8res a d\u00e9clar\u00e9 lundi "
                    "que les n\u00e9gociations avec le gouvernement voisin reprendraient la semaine "
                    "prochaine, selon un communiqu\u00e9 du minist\u00e8re.").encode(), "not English"),
    ("title-only.txt", b"Just a title\n", "no article text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_fail_with_a_specific_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    items = list(read_paths([p]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert reason in items[0].reason
    assert items[0].source == str(p)
    with pytest.raises(InputError) as exc:
        read_one(p)
    assert str(p) in str(exc.value)


def test_too_long_text_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("Title\n\n" + article_text(1, words=400))
    items = list(read_paths([p], Settings(max_article_chars=500)))
    assert isinstance(items[0], Failure) and "too long" in items[0].reason


def test_jsonl_bad_lines_are_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    p = write_jsonl(tmp_path / "f.jsonl", [
        {"id": "ok1", "text": BODY},
        "{not json",
        [1, 2],
        {"id": "nobody", "title": "x"},
        {"id": "ok2", "text": BODY + " Again."},
    ])
    items = list(read_paths([p]))
    fails = [i for i in items if isinstance(i, Failure)]
    oks = [i for i in items if isinstance(i, Article)]
    assert [a.external_id for a in oks] == ["ok1", "ok2"]
    assert [f.source for f in fails] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "malformed JSON" in fails[0].reason
    assert "expected an object" in fails[1].reason
    assert "no 'text' or 'html'" in fails[2].reason and fails[2].article_id == "nobody"


def test_missing_path_is_a_failure() -> None:
    items = list(read_paths(["/nonexistent/x.txt"]))
    assert isinstance(items[0], Failure) and "no such file" in items[0].reason


@pytest.mark.parametrize(("text", "english"), [
    (BODY, True),
    ("Der Außenminister sagte am Montag, dass die Gespräche mit der Nachbarregierung nächste Woche fortgesetzt würden.",
     False),
    ("Министр иностранных дел заявил в понедельник, что переговоры возобновятся на следующей неделе.", False),
    ("وقال وزير الخارجية يوم الاثنين إن المحادثات ستستأنف الأسبوع المقبل", False),
    # Dutch sharing many short words with English ("is", "in", "was", "over", "we"): a share of
    # English function words between the two thresholds, decided by the identifier
    ("Het kabinet is in de war over het plan, want het was al in maart klaar en we hadden het in april af. "
     "Op die manier is er in het land weinig veranderd.", False),
    ("El gobierno anunció nuevas medidas hoy.", False),  # too short for the share of function words
    ("Le gouvernement a annoncé des mesures.", False),
    ("Kyiv says Russian drones hit power plants", True),  # near miss: a short English headline
    # a headline with English function words, which the identifier guesses at on so few words
    ("Police shoot dead two protesters in Lagos", True),  # Nigerian Pidgin at 0.57
    ("Floods kill 40 in Bangladesh", True),  # Nigerian Pidgin at 0.17
    ("Gunmen kill 12 in Borno village", True),  # Swedish at 0.18
    ("Regeringen i Stockholm föll i går", False),  # near miss: "i" is English, but Swedish at 0.91
    ("Il governo ha annunciato nuove misure.", False),  # negative: no English function word
    ("Ten people were killed in Gaza on Monday.", True),
])
def test_language_detection(text: str, english: bool) -> None:
    lang = detect_language(text)
    assert (lang == "en") is english, lang
    assert lang, "a language or 'und', never empty"


def test_control_characters_and_crlf_are_normalised(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(("Title\r\n\r\n" + BODY + "\x07\r\n\r\nNext para.").encode())
    a = read_one(p)
    assert "\r" not in a.text and "\x07" not in a.text
    assert a.text.endswith("\n\nNext para.")


@pytest.mark.parametrize(("body", "outlet"), [
    (f"KYIV, March 9 (Pacific Dispatch) - {BODY}", "Pacific Dispatch"),
    (f"LIMA, April 15 (Meridian Wire) – {BODY}", "Meridian Wire"),
    (f"GENEVA (Reuters) — {BODY}", "Reuters"),
    (f"Kyiv (in the north) said {BODY}", None),  # not a dateline: not upper case
    (f"KYIV – {BODY}", None),  # a dateline without an outlet
])
def test_outlet_from_a_wire_dateline_when_no_header_gives_it(body: str, outlet: str | None) -> None:
    assert parse_plain_text(f"Title\n\n{body}", "t.txt").outlet == outlet
    assert parse_plain_text(f"Title\nOutlet: Own\n\n{body}", "t.txt").outlet == "Own"


@pytest.mark.parametrize(("value", "stored"), [
    ("2024-02-29", "2024-02-29"),
    ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z"),
    ("March 3, 2024", "2024-03-03"),
    ("3 March 2024", "2024-03-03"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00+00:00"),
    ("2024-02-30", None),  # near miss: the shape of a date, not a real one
    ("2024-01-01T25:99:99Z", None),
    ("yesterday", None),
])
def test_publication_dates_are_real_dates(tmp_path: Path, value: str, stored: str | None) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "d", "published": value, "text": BODY}) + "\n")
    items = list(read_paths([p]))
    assert len(items) == 1
    if stored is not None:
        assert isinstance(items[0], Article) and items[0].published == stored
    else:
        assert isinstance(items[0], Failure)
        assert items[0].source == f"{p}:1" and f"published {value!r} is not a date" in items[0].reason


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.reuters.com/world/middle-east/x", "reuters.com"),
    ("http://m.bbc.co.uk/news/1", "bbc.co.uk"),
    ("https://apnews.com/article/2", "apnews.com"),
    ("http://127.0.0.1:8000/a", None),  # near miss: an address, not a site
    ("notaurl", None),
])
def test_outlet_from_the_url_when_none_is_given(tmp_path: Path, url: str, outlet: str | None) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "u", "url": url, "text": BODY}) + "\n"
                 + json.dumps({"id": "v", "url": url, "outlet": "Given Name", "text": BODY + " More."}) + "\n")
    first, second = list(read_paths([p]))
    assert isinstance(first, Article) and first.outlet == outlet
    assert isinstance(second, Article) and second.outlet == "Given Name"  # a given outlet wins


def test_every_control_surrogate_and_private_use_character_is_stripped_and_no_other() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in "\r\u2028\u2029")
    kept = "".join(c for c in every if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs", "Co"))
    assert len(kept) < len(every)  # some were stripped
    expected = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", unicodedata.normalize("NFC", kept))).strip()
    assert normalise_text(every) == expected
