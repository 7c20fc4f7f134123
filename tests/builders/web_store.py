"""A database of hand-made analyses for the web app's tests, and the web jobs' fakes."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.errors import InputError
from newsledger.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Figure,
    FramingMark,
    Mention,
    Quote,
    Sentence,
    Span,
)
from newsledger.storage.store import Store
from tests.builders.basics import article_text

# -- web: a database of hand-made analyses (``build_store``) for the web app's tests, so that
# nothing there depends on how well the extraction stages do

MAIN_TEXT = (
    "Officials in Eastport said on Tuesday that at least 42 people were killed in the floods, "
    "according to the regional health office. \"We will rebuild every bridge,\" Mayor Ana Lind "
    "said. The opposition called the relief effort a fiasco and urged the council to resign."
)
SECOND_TEXT = (
    "Rescue teams in Eastport said on Thursday that 45 people were killed in the floods, citing "
    "the regional health office. The council met again and the opposition urged it to resign."
)
THIRD_TEXT = (
    "Officials in Eastport said on Friday that 38 people were killed in the floods, a figure "
    "the regional health office disputed."
)
HTML_TEXT = (
    "Protesters gathered outside <b>parliament</b> in Westvale on Friday. "
    "<script>window.__pwned = 1;</script> Organisers said <img src=x onerror=\"window.__pwned=2\"> "
    "about 300 people took part & the march ended peacefully."
)
HTML_TITLE = "<script>window.__pwned=3</script>March in <i>Westvale</i>"
N_FILLER = 28
N_NAMED = 4

EASTPORT = Actor(id="XEP_GOV", name="Eastport city government", type="organisation",
                 country="XEP", sectors=("GOV",))
LIND = Actor(id="XEP_LIND", name="Ana Lind", type="person", country="XEP", sectors=("GOV",))
COUNCIL = Actor(id="XEP_COUNCIL", name="Eastport council", type="organisation", country="XEP",
                sectors=("LEG",))
WESTVALE = Actor(id="XWV", name="Westvale", type="state", country="XWV")
RESIDENTS = Actor(id="XEP_CVL", name="Eastport residents", type="group", country="XEP",
                  sectors=("CVL",))


def text_span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, m in enumerate(re.finditer(r"[.!?](\"|\s|$)", text)):
        out.append(Sentence(index=i, paragraph=0, start=start, end=m.end()))
        start = m.end()
    return tuple(out)


def sentence_of(sentences: tuple[Sentence, ...], char: int) -> int:
    return next((s.index for s in sentences if s.start <= char < s.end), 0)


def main_analysis() -> Analysis:
    """An article with every record type, and overlapping spans (event in quote, framing in name)."""
    t = MAIN_TEXT
    a = Article.create(t, title="Flood toll rises in Eastport", outlet="Daily Planet",
                       published="2024-03-01", url="https://example.invalid/floods",
                       byline="Jo Reporter")
    sents = split_sentences(t)

    def s(span: Span) -> int:
        return sentence_of(sents, span.start)

    eastport, lind = text_span(t, "Eastport"), text_span(t, "Mayor Ana Lind")
    opposition, council = text_span(t, "The opposition"), text_span(t, "the council")
    mentions = (
        Mention("m_eastport", a.id, s(eastport), eastport.start, eastport.end, eastport.text, "GPE",
                actor_id=EASTPORT.id),
        Mention("m_lind", a.id, s(lind), lind.start, lind.end, lind.text, "PERSON", actor_id=LIND.id),
        Mention("m_opposition", a.id, s(opposition), opposition.start, opposition.end,
                opposition.text, "NOMINAL", kind="nominal"),
        Mention("m_council", a.id, s(council), council.start, council.end, council.text, "NOMINAL",
                actor_id=COUNCIL.id, kind="nominal"),
    )
    content, cue = text_span(t, "We will rebuild every bridge,"), text_span(t, "said", 1)
    quote = Quote("q_lind", a.id, s(content), content.start - 1, cue.end, "direct", content,
                  cue=cue, cue_lemma="say", speaker=Span(lind.start, lind.end, lind.text),
                  speaker_actor_id=LIND.id)
    fig = text_span(t, "at least 42 people")
    figure = Figure("f_42", a.id, s(fig), fig.start, fig.end, fig.text, 42, 42, qualifier="at least",
                    unit="people", measure="killed", group="people", place="Eastport",
                    attribution="the regional health office")
    killed, rebuild, urged = text_span(t, "killed"), text_span(t, "rebuild"), text_span(t, "urged")
    events = (
        Event("e_killed", a.id, s(killed), sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
              "ASSAULT", killed, modality="asserted", claimed_by="outlet", place="Eastport",
              date="2024-02-27", target_actor_ids=(RESIDENTS.id,)),
        Event("e_rebuild", a.id, s(rebuild), content.start, content.end, content.text, "AID",
              rebuild, modality="future", claimed_by=LIND.id, quote_id=quote.id,
              source_actor_ids=(LIND.id,), source=Span(lind.start, lind.end, lind.text)),
        Event("e_urge", a.id, s(urged), sents[-1].start, sents[-1].end, t[sents[-1].start:],
              "REQUEST", urged, modality="asserted", claimed_by="outlet",
              target_actor_ids=(COUNCIL.id,), source=opposition, target=council),
    )
    fiasco, mayor = text_span(t, "a fiasco"), text_span(t, "Mayor")
    framing = (
        FramingMark("fr_fiasco", a.id, s(fiasco), fiasco.start, fiasco.end, fiasco.text,
                    "loaded_label", voice="outlet", note="the outlet's word, not a quote"),
        FramingMark("fr_mayor", a.id, s(mayor), mayor.start, mayor.end, mayor.text, "honorific",
                    refers_to=LIND.id),
    )
    return Analysis(article=a, sentences=sents, mentions=mentions,
                    actors=(EASTPORT, LIND, COUNCIL, RESIDENTS),
                    quotes=(quote,), figures=(figure,), events=events, framing=framing)


def second_analysis() -> Analysis:
    """Another outlet's report of the same toll, two days later and with a different figure."""
    t = SECOND_TEXT
    a = Article.create(t, title="Eastport toll climbs to 45", outlet="Morning Wire",
                       published="2024-03-03")
    sents = split_sentences(t)
    fig, killed, eastport = text_span(t, "45 people"), text_span(t, "killed"), text_span(t, "Eastport")
    urged, council = text_span(t, "urged"), text_span(t, "The council")
    return Analysis(
        article=a, sentences=sents, actors=(EASTPORT, COUNCIL, RESIDENTS),
        mentions=(Mention("m2_eastport", a.id, 0, eastport.start, eastport.end, eastport.text, "GPE",
                          actor_id=EASTPORT.id),
                  Mention("m2_council", a.id, 1, council.start, council.end, council.text,
                          "NOMINAL", actor_id=COUNCIL.id, kind="nominal")),
        figures=(Figure("f2_45", a.id, 0, fig.start, fig.end, fig.text, 45, 45, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="the regional health office"),),
        events=(Event("e2_killed", a.id, 0, sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
                      "ASSAULT", killed, place="Eastport", date="2024-02-27",
                      target_actor_ids=(RESIDENTS.id,)),
                Event("e2_urge", a.id, 1, sents[1].start, sents[1].end, t[sents[1].start:],
                      "REQUEST", urged, target_actor_ids=(COUNCIL.id,))),
    )


def third_analysis() -> Analysis:
    """A third outlet with a lower toll: it disagrees with the two before."""
    t = THIRD_TEXT
    a = Article.create(t, title="Eastport officials give lower toll", outlet="Evening Star",
                       published="2024-03-04")
    fig, killed = text_span(t, "38 people"), text_span(t, "killed")
    return Analysis(
        article=a, sentences=split_sentences(t), actors=(RESIDENTS,),
        figures=(Figure("f3_38", a.id, 0, fig.start, fig.end, fig.text, 38, 38, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="officials"),),
        events=(Event("e3_killed", a.id, 0, 0, len(t), t, "ASSAULT", killed, place="Eastport",
                      date="2024-02-28", target_actor_ids=(RESIDENTS.id,)),),
    )


def html_analysis() -> Analysis:
    """An article whose text and title carry HTML and script tags: they must stay inert text."""
    t = HTML_TEXT
    a = Article.create(t, title=HTML_TITLE, outlet="Westvale <i>Herald</i>", published="2024-02-20",
                       url="javascript:alert(1)")
    fig, place = text_span(t, "about 300 people"), text_span(t, "Westvale")
    return Analysis(
        article=a, sentences=split_sentences(t), actors=(WESTVALE,),
        mentions=(Mention("mh_westvale", a.id, 0, place.start, place.end, place.text, "GPE",
                          actor_id=WESTVALE.id),),
        figures=(Figure("fh_300", a.id, 2, fig.start, fig.end, fig.text, 300, 300, qualifier="about",
                        unit="people", measure="protesters", attribution="Organisers"),),
    )


ODD_TEXT = (
    "Zoë O'Hara & the \"Northmere Alliance\" said <on Monday> that 0.00001 percent of the "
    "harbour fund, some 20 quadrillion dollars, was lost. \"We deny it,\" said Ravi Sen of "
    "Southmere's port board \u2013 a claim the 'watchdog' called a scandal. Troops shelled the "
    "hills near Lowmarsh.\n\nAbout 0.3 percent of residents fled."
)
NORTHMERE = Actor(id="XNM/alliance o'hara", name="Northmere Alliance <NMA>", type="organisation",
                  country="XNM", sectors=("OPP", "CVL"))
SEN = Actor(id="XSM_SEN", name="Ravi Sen", type="person", country="XSM", sectors=("BUS",),
            members=("XSM", "XSM_PORT"), source="user")


def odd_values_analysis() -> Analysis:
    """An article whose records carry what rendering can get wrong: quotes, apostrophes, '&'
    and '<' in text, names and ids; non-ASCII; floats of every size; unresolved actor ids;
    nested and overlapping spans; a denied quote and an event coded from its place."""
    t = ODD_TEXT
    a = Article.create(t, title="Fund \"lost\" & O'Hara's <claim>", outlet="Harbour & Co",
                       published="2024-05-06", byline="A. Writer <desk>", url="http://example.invalid/a?b=1&c='2'")
    sents = split_sentences(t)

    def s(span: Span) -> int:
        return sentence_of(sents, span.start)

    zoe, alliance, sen = text_span(t, "Zoë O'Hara"), text_span(t, "\"Northmere Alliance\""), text_span(t, "Ravi Sen")
    mentions = (
        Mention("m_zoe", a.id, s(zoe), zoe.start, zoe.end, zoe.text, "PERSON", confidence=0.123456789),
        Mention("m_alliance", a.id, s(alliance), alliance.start, alliance.end, alliance.text, "ORG",
                actor_id=NORTHMERE.id, confidence=0.30000000000000004),
        Mention("m_sen", a.id, s(sen), sen.start, sen.end, sen.text, "PERSON", actor_id=SEN.id),
    )
    content, cue = text_span(t, "We deny it,"), text_span(t, "said", 1)
    quote = Quote("q_sen", a.id, s(content), content.start - 1, sen.end, "direct", content, cue=cue,
                  cue_lemma="say", speaker=sen, speaker_actor_id=SEN.id, confidence=0.95, stance="denied")
    small, huge, share = (text_span(t, "0.00001 percent"), text_span(t, "20 quadrillion dollars"),
                          text_span(t, "About 0.3 percent of residents"))
    figures = (
        Figure("f_small", a.id, s(small), small.start, small.end, small.text, 1e-05, 1e-05,
               unit="percent", kind="percent", attribution="Zoë O'Hara & the alliance",
               attribution_actor_id=NORTHMERE.id),
        Figure("f_huge", a.id, s(huge), huge.start, huge.end, huge.text, 2e16, 2.5e16, qualifier="some",
               unit="dollars", kind="money", time_scope="since <2020>", quote_id="q_missing"),
        Figure("f_share", a.id, s(share), share.start, share.end, share.text, 0.1 + 0.2, 0.3,
               qualifier="about", unit="percent", measure="displaced", group="residents",
               group_actor_id="XLM_CVL", perpetrator="the \"troops\"", part_of="f_huge",
               stance="negated", confidence=2.5e-07),
    )
    shelled, troops, hills = text_span(t, "shelled"), text_span(t, "Troops"), text_span(t, "the hills")
    deny = text_span(t, "deny")
    events = (
        Event("e_shell", a.id, s(shelled), troops.start, hills.end, t[troops.start:hills.end], "ASSAULT",
              shelled, mode="aerial", contexts=("military", "a&b"), cameo="195", quad_class=4,
              goldstein=-9.5, source_actor_ids=("XLM",), target_actor_ids=("XLM_CVL", SEN.id),
              source=troops, target=hills, place="Lowmarsh", date="2024-05-05", source_basis="place",
              acled_type="Explosions/Remote violence", acled_subtype="Shelling/artillery/missile attack",
              scope="acled", confidence=1e-09),
        Event("e_deny", a.id, s(deny), content.start, content.end, content.text, "ACCUSE", deny,
              modality="negated", claimed_by=SEN.id, quote_id=quote.id, stance="denied",
              source_actor_ids=(SEN.id,), source=sen, goldstein=0.0, parent_id="e_shell"),
    )
    scandal, watchdog = text_span(t, "a scandal"), text_span(t, "'watchdog'")
    framing = (
        FramingMark("fr_scandal", a.id, s(scandal), scandal.start, scandal.end, scandal.text,
                    "loaded_label", voice=SEN.id, note="a <loaded> word & more"),
        FramingMark("fr_watchdog", a.id, s(watchdog), watchdog.start, watchdog.end, watchdog.text,
                    "scare_quotes", refers_to=NORTHMERE.id),
    )
    return Analysis(article=a, sentences=sents, mentions=mentions, actors=(NORTHMERE, SEN),
                    quotes=(quote,), figures=figures, events=events, framing=framing,
                    pipeline={"version": "0.0-test", "model": "none & \"fake\""})


@dataclass(frozen=True)
class Sample:
    db: Path
    main: str
    second: str
    third: str
    html: str


def build_store(path: Path) -> Sample:
    """A database with the three analyses above and filler articles for pagination."""
    from newsledger.storage.store import Store

    main, second, third, html = main_analysis(), second_analysis(), third_analysis(), html_analysis()
    with Store(path) as store:
        for an in (main, second, third, html):
            store.add(an)
        for i in range(N_FILLER):
            text = article_text(i, words=40)
            art = Article.create(text, title=f"Filler report {i}", outlet=("Filler Times", "Filler Post")[i % 2],
                                 published=f"2023-01-{i % 28 + 1:02d}")
            store.add(Analysis(article=art, sentences=split_sentences(text)))
    return Sample(db=path, main=main.article.id, second=second.article.id, third=third.article.id,
                  html=html.article.id)


class FakePipeline:
    """Stands in for the pipeline in POST tests: records nothing, rejects texts starting 'bad'."""

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        if text.startswith("bad"):
            raise InputError("<text>", "not English (only 2% English function words); skipped")
        return Analysis(article=Article.create(text, **meta))



def web_client(app: Any) -> Any:
    """A FastAPI TestClient of ``app`` on http://127.0.0.1."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette now prefers httpx2
        from fastapi.testclient import TestClient

    return TestClient(app, base_url="http://127.0.0.1")


def inline_or_remote_assets(html: str) -> list[str]:
    """What in a page breaks the Content-Security-Policy or loads from another origin: inline or
    remote scripts, inline event handlers and styles, links to assets elsewhere."""
    problems = [f"inline or remote script: {tag}" for tag in re.findall(r"<script\b[^>]*>", html)
                if not re.search(r'\ssrc="/', tag)]
    tags = re.findall(r"<[a-zA-Z][^>]*>", html)
    problems += [f"inline event handler: {tag}" for tag in tags if re.search(r"\son[a-z]+\s*=", tag)]
    problems += [f"inline style: {tag}" for tag in tags if "style=" in tag]
    if re.search(r'(src|href)="(https?:)?//', html.replace('href="https://example.invalid/floods"', "")):
        problems.append("asset from another origin")
    return problems


# -- web jobs (web/jobs.py) ---------------------------------------------------------------------

class EchoPipeline:
    """A pipeline that analyses nothing: refuses texts starting 'bad' (an input error), fails on
    'crash' (a bug); picklable, for the web app's lane processes."""

    def analyze_text(self, text: str, **meta: Any) -> Any:
        from newsledger.errors import InputError
        from newsledger.records import Analysis, Article

        if text.startswith("bad"):
            raise InputError("<text>", "not English")
        if text.startswith("crash"):
            raise ValueError("a bug")
        return Analysis(article=Article.create(text, **meta))


class EchoFactory:
    def __call__(self) -> EchoPipeline:
        return EchoPipeline()


def synthetic_ledger_db(db: Path, n: int, seed: int) -> Path:
    """A store of ``n`` synthetic articles from the ledger benchmark's generator (its actors, then
    the articles of a world drawn with ``seed``), as the ledger tests build on."""
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from bench_ledger import generate, insert, make_world, populate

    rng = random.Random(seed)
    populate(db, 0, seed)
    with Store(db) as store:
        for rows in generate(n, rng, make_world(random.Random(seed)), chunk=100):
            insert(store.conn, rows)
    return db
