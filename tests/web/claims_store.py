"""A small invented database for the claims and events pages: one disputed toll, one toll
that more sources agree on (reported later, so a date order would put it first), one toll in
the tens of thousands elsewhere, an undated article, and events reported by different numbers
of outlets. Every place, outlet and source is made up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsledger.records import Actor, Analysis, Article, Event, Figure
from tests.builders import split_sentences, text_span

VILLAGERS = Actor(id="XNG_CVL", name="Northgate villagers", type="group", country="XNG",
                  sectors=("CVL",))
FARMERS = Actor(id="XSF_CVL", name="Southfield farmers", type="group", country="XSF",
                sectors=("CVL",))


@dataclass(frozen=True)
class Toll:
    """One article stating one figure."""

    outlet: str
    published: str | None
    place: str
    sentence: str  # the article's text
    figure: str  # the figure's words in it
    low: float
    high: float
    qualifier: str | None
    source: str
    event: str | None = None  # a word of the sentence that is an ASSAULT on the place's people
    date: str | None = None  # the event's date


# The disputed toll: three sources whose ranges cannot all be true (on 2 to 4 May).
NORTHGATE = (
    Toll("Harbour Courier", "2024-05-02", "Northgate",
         "The district health board said at least 500 people were killed in Northgate.",
         "at least 500 people", 500, 500, "at least", "the district health board", "killed",
         "2024-05-01"),
    Toll("Valley Gazette", "2024-05-03", "Northgate",
         "A foreign intelligence estimate put the number killed in Northgate at 100 to 300 people.",
         "100 to 300 people", 100, 300, None, "a foreign intelligence estimate", "killed",
         "2024-05-01"),
    Toll("Plains Herald", "2024-05-04", "Northgate",
         "A visiting inspector said 10 to 50 people were killed in Northgate.",
         "10 to 50 people", 10, 50, None, "a visiting inspector", "killed", "2024-05-01"),
)
# A consistent toll with more sources and outlets, reported later (10 to 14 May).
SOUTHFIELD = tuple(
    Toll(outlet, f"2024-05-{day}", "Southfield", f"{who} said {words} were killed in Southfield.",
         words, low, high, qualifier, who)
    for outlet, day, who, words, low, high, qualifier in (
        ("Coast Daily", "10", "The mayor of Southfield", "about 20 people", 20, 20, "about"),
        ("Ridge Times", "11", "The fire service", "about 21 people", 21, 21, "about"),
        ("Delta News", "12", "A hospital director", "at least 18 people", 18, 18, "at least"),
        ("Lake Review", "13", "The regional police", "19 to 22 people", 19, 22, None),
        ("Meadow Post", "14", "A relief charity", "20 people", 20, 20, None),
    ))
# A much larger quantity elsewhere, reported last: it must not set another thread's axis.
WESTMOOR = (
    Toll("Harbour Courier", "2024-05-20", "Westmoor",
         "The census office said 12,500 people were displaced in Westmoor.",
         "12,500 people", 12500, 12500, None, "the census office"),
)
# An undated article: its claim goes in an undated lane, never on a year-2000 axis.
UNDATED = (
    Toll("Hill Bulletin", None, "Eastvale", "Rescuers said about 40 people were killed in Eastvale.",
         "about 40 people", 40, 40, "about", "Rescuers"),
)


def toll_analysis(t: Toll, n: int) -> Analysis:
    a = Article.create(t.sentence, title=f"Report {n} from {t.place}", outlet=t.outlet,
                       published=t.published)
    fig = text_span(t.sentence, t.figure)
    measure = "displaced" if "displaced" in t.sentence else "killed"
    figure = Figure(f"fig_{n}", a.id, 0, fig.start, fig.end, fig.text, t.low, t.high,
                    qualifier=t.qualifier, unit="people", measure=measure, group="people",
                    place=t.place, attribution=t.source)
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    if t.event:
        word = text_span(t.sentence, t.event)
        events = (Event(f"ev_{n}", a.id, 0, 0, len(t.sentence), t.sentence, "ASSAULT", word,
                        place=t.place, date=t.date, target_actor_ids=(VILLAGERS.id,)),)
        actors = (VILLAGERS,)
    return Analysis(article=a, sentences=split_sentences(t.sentence), figures=(figure,),
                    events=events, actors=actors)


PROTEST_TEXT = "Farmers protested in Southfield against the new water tariff."


def protest_analysis() -> Analysis:
    """The newest event, reported by one outlet only."""
    a = Article.create(PROTEST_TEXT, title="Farmers protest", outlet="Ridge Times",
                       published="2024-05-25")
    word = text_span(PROTEST_TEXT, "protested")
    return Analysis(article=a, sentences=split_sentences(PROTEST_TEXT), actors=(FARMERS,),
                    events=(Event("ev_protest", a.id, 0, 0, len(PROTEST_TEXT), PROTEST_TEXT,
                                  "PROTEST", word, place="Southfield", date="2024-05-25",
                                  source_actor_ids=(FARMERS.id,)),))


DENIAL_TEXT = "The garrison commander denied that his troops killed anyone in Northgate."


def denial_analysis() -> Analysis:
    """A report of the Northgate killings that denies them (an outlet already counted)."""
    a = Article.create(DENIAL_TEXT, title="Commander denies", outlet="Plains Herald",
                       published="2024-05-05")
    word = text_span(DENIAL_TEXT, "killed")
    return Analysis(article=a, sentences=split_sentences(DENIAL_TEXT), actors=(VILLAGERS,),
                    events=(Event("ev_denial", a.id, 0, 0, len(DENIAL_TEXT), DENIAL_TEXT, "ASSAULT",
                                  word, modality="negated", place="Northgate", date="2024-05-01",
                                  target_actor_ids=(VILLAGERS.id,)),))


def build_claims_store(path: Path) -> Path:
    from newsledger.storage.store import Store

    with Store(path) as store:
        for n, toll in enumerate(NORTHGATE + SOUTHFIELD + WESTMOOR + UNDATED):
            store.add(toll_analysis(toll, n))
        store.add(protest_analysis())
        store.add(denial_analysis())
    return path
