"""Parties and state bodies whose names many countries share ("the Liberal Party", "the House of
Representatives", "the Main Intelligence Directorate"): the dictionary gives each name to one
country's body; another country's word before it, or an article about another country, makes it
that country's body (readings.foreign_namesake, readings.namesakes_in_focus, atoms.after_country_word).
The packaged dictionary; parties of every side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger.nlp import ParsedDoc
from tests.builders import ROW_KINDS, actor_layer, mention_of, row_kinds

# (rule, kind, text, mention, nth, expected actor id, expected country)
ROWS: list[tuple[str, str, str, str, int, str, str | None]] = [
    # a country's word before the name: the body of that country, the dictionary's when it has one
    ("country word", "positive", "Ukraine's Main Intelligence Directorate said its drones hit a depot.",
     "Ukraine's Main Intelligence Directorate", 0, "org:hur", "UKR"),
    ("country word", "positive", "Canada's Liberal Party won the vote in Ottawa.",
     "Canada's Liberal Party", 0, "org:liberal-party-canada", "CAN"),
    ("country word", "positive", "South Korea's Democratic Party called for a vote.",
     "South Korea's Democratic Party", 0, "org:democratic-party-korea", "KOR"),
    ("country word", "positive", "Nigeria's House of Representatives passed the budget.",
     "Nigeria's House of Representatives", 0, "org:nigerian-house-of-representatives", "NGA"),
    ("country word", "negative", "Russia's Main Intelligence Directorate denied the report.",
     "Russia's Main Intelligence Directorate", 0, "org:gru", "RUS"),
    ("country word", "negative", "Brazil's Liberal Party backed the bill.",
     "Brazil's Liberal Party", 0, "org:pl-brazil", "BRA"),
    # near miss: a patron word makes the country no owner ("Iran-backed" is not Iran's)
    ("country word", "near miss", "The US-backed Main Intelligence Directorate of Ukraine said it hit a depot.",
     "The US-backed Main Intelligence Directorate of Ukraine", 0, "org:hur", "UKR"),
    # the same name again, with no country word: the same body
    ("same body again", "positive", "Canada's Liberal Party won the vote. The Liberal Party said it would cut taxes.",
     "The Liberal Party", 0, "org:liberal-party-canada", "CAN"),
    ("same body again", "negative", "Brazil's Liberal Party won the vote. The Liberal Party said it would cut taxes.",
     "The Liberal Party", 0, "org:pl-brazil", "BRA"),
    ("same body again", "near miss", "Canada's Liberal Party won the vote. The Labour Party of Britain lost.",
     "The Labour Party", 0, "org:labour-party-uk", "GBR"),
    # a bare shared name in an article about another country (named at least twice, more than the
    # dictionary's): that country's body when the dictionary has it, else a body of no country said
    ("country in focus", "positive", "Ukrainian lawmakers met in Kyiv. Parliament voted to extend martial law, "
     "a Ukrainian official said, as Britain watched.", "Parliament", 0, "org:verkhovna-rada", "UKR"),
    ("country in focus", "positive", "Israeli judges met in Jerusalem. The Supreme Court ruled on the law, an "
     "Israeli official said, as the United States watched.", "The Supreme Court", 0, "org:israel-supreme-court", "ISR"),
    ("country in focus", "positive", "Thai lawmakers in the House of Representatives criticised the United "
     "States. Thailand's prime minister said Thai police would act.",
     "the House of Representatives", 0, "org:house-of-representatives", None),
    ("country in focus", "negative", "The House of Representatives passed the bill in Washington, and American "
     "lawmakers said the United States would act.",
     "The House of Representatives", 0, "org:us-house", "USA"),
    # a shared name inside a longer name the dictionary does not know, in an article about another
    # country: the name tells no country (entities.outnumbered_namesake)
    ("inside a name", "positive", "Thai lawmakers met in Bangkok. Somchai Wong, deputy chair of the House of "
     "Representatives Committee on Justice, said Thailand would act, as the United States watched.",
     "Somchai Wong", 0, "person:somchai-wong", None),
    ("inside a name", "negative", "American lawmakers met in Washington. John Miller, deputy chair of the House "
     "of Representatives Committee on Justice, said the United States would act.",
     "John Miller", 0, "person:john-miller", "USA"),
    ("inside a name", "near miss", "Thai lawmakers met in Bangkok. Somchai Wong, deputy chair of the U.S. House "
     "Committee on Justice, said Thailand would act.", "Somchai Wong", 0, "person:somchai-wong", "USA"),
    # near miss: the other country named once only is no focus
    ("country in focus", "near miss", "The House of Representatives in Washington condemned Thailand.",
     "The House of Representatives", 0, "org:us-house", "USA"),
]


@pytest.fixture
def packaged_layer(parse: Any) -> Callable[[str], Any]:
    def _layer(text: str) -> Any:
        doc: ParsedDoc = parse(text, published="2025-06-01")
        return actor_layer(doc)

    return _layer


def test_every_rule_has_each_kind_of_row() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 4 and all(k == ROW_KINDS for k in kinds.values()), kinds


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "nth", "actor_id", "country"), ROWS)
def test_a_shared_name_is_the_body_of_the_country_written_or_in_focus(
    packaged_layer: Callable[[str], Any], rule: str, kind: str, text: str, mention: str, nth: int,
    actor_id: str, country: str | None,
) -> None:
    layer = packaged_layer(text)
    m = mention_of(layer, mention, nth)
    actor = layer.actor(m.actor_id)
    assert (m.actor_id, actor.country if actor else None) == (actor_id, country), (rule, kind)


# an alias of several bodies ("RSF": Sudan's Rapid Support Forces, Reporters Without Borders): the
# one whose country the article names (readings.reading_evidence), unless the text defines the
# short name in parentheses (phrases.acronym_of)
ALIAS_ROWS: list[tuple[str, str, str, str, int, str]] = [
    ("country named", "positive", "Fighting between the army and the RSF has killed thousands in Sudan.",
     "the RSF", 0, "org:rsf-sudan"),
    ("country named", "positive", "Sudan's army fought the RSF near the capital.", "the RSF", 0, "org:rsf-sudan"),
    ("country named", "negative", "RSF said 50 journalists were jailed in Turkey.", "RSF", 0,
     "org:reporters-without-borders"),
    ("country named", "near miss", "Reporters Without Borders (RSF) said 50 journalists were jailed in Sudan. "
     "RSF called for their release.", "RSF", 1, "org:reporters-without-borders"),
    ("defined in parentheses", "positive", "Reporters Without Borders (RSF) said 50 journalists were jailed in "
     "Sudan.", "RSF", 0, "org:reporters-without-borders"),
    ("defined in parentheses", "positive", "The Rapid Support Forces (RSF) attacked El Fasher in Chad. RSF "
     "fighters looted the market.", "RSF", 0, "org:rsf-sudan"),
    ("defined in parentheses", "negative", "Reporters Without Borders said 50 journalists were jailed in Turkey. "
     "RSF called for their release.", "RSF", 0, "org:reporters-without-borders"),
    ("defined in parentheses", "near miss", "The United Nations (UN) said aid to Sudan was blocked.", "UN", 0,
     "org:un"),
    # the name before the parentheses is the shortest phrase ending there: a name with its owner nested in it
    # ("Somalia's ...") or the last of a coordination
    ("defined after an owner", "positive", "The raid was carried out by Somalia's National Intelligence and Security "
     "Agency (NISA) on Monday. According to NISA, 16 militants died.", "NISA", 1,
     "org:national-intelligence-and-security-agency"),
    ("defined after an owner", "negative", "Somalia's intelligence agency said 16 militants died on Monday. NISA said "
     "the raid dealt a blow to al-Shabab.", "NISA", 0, "org:nisa"),
    ("defined after an owner", "near miss", "Somalia's intelligence agency and Kenya's National Police Service (NPS) "
     "met on Monday. The NPS said 16 militants died.", "The NPS", 0, "org:national-police-service"),
]


def test_every_alias_rule_has_each_kind_of_row() -> None:
    kinds = row_kinds(ALIAS_ROWS)
    assert len(kinds) == 3 and all(k == ROW_KINDS for k in kinds.values()), kinds


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "nth", "actor_id"), ALIAS_ROWS)
def test_an_alias_of_several_bodies(packaged_layer: Callable[[str], Any], rule: str, kind: str, text: str,
                                    mention: str, nth: int, actor_id: str) -> None:
    assert mention_of(packaged_layer(text), mention, nth).actor_id == actor_id, (rule, kind)


# parties of the dictionary by their spellings in the news (organisations.csv): Zimbabwe's, seen on VOA
@pytest.mark.parametrize(("kind", "text", "mention", "actor_id"), [
    ("positive", "Zanu PF officials in Harare rejected the report.", "Zanu PF officials", "org:zanu-pf"),
    ("positive", "ZANU-PF won the vote in Zimbabwe, and the opposition CCC rejected the result.", "the opposition CCC",
     "org:ccc-zimbabwe"),
    # negative: an ambiguous acronym with its country nowhere in the text is no Zimbabwean party
    ("negative", "The CCC met in Geneva on Monday.", "The CCC", "org:ccc"),
    # near miss: a party's name inside a longer name is another body (a coalition the text names)
    ("near miss", "The Movement for Democratic Change Alliance split in Zimbabwe.",
     "The Movement for Democratic Change Alliance", "org:movement-for-democratic-change-alliance"),
])
def test_zimbabwes_parties(packaged_layer: Callable[[str], Any], kind: str, text: str, mention: str,
                           actor_id: str) -> None:
    assert mention_of(packaged_layer(text), mention).actor_id == actor_id, kind


# a de facto administration of an armed movement is its own body, not the government of the
# country it governs part of (organisations.csv; seen on VOA)
@pytest.mark.parametrize(("kind", "text", "mention", "actor_id"), [
    ("positive", "The Kurdish-led Autonomous Administration in north and east Syria rejected the constitution.",
     "The Kurdish-led Autonomous Administration in north and east Syria", "org:aanes"),
    ("positive", "Officials of the AANES met Damascus envoys in Hasakah.", "the AANES", "org:aanes"),
    # negative: Syria's own government
    ("negative", "The Syrian government rejected the plan of the Kurds.", "The Syrian government", "state:SYR"),
    # near miss: its armed wing is another body
    ("near miss", "The Syrian Democratic Forces rejected the constitution.", "The Syrian Democratic Forces", "org:sdf"),
])
def test_de_facto_administrations(packaged_layer: Callable[[str], Any], kind: str, text: str, mention: str,
                                  actor_id: str) -> None:
    assert mention_of(packaged_layer(text), mention).actor_id == actor_id, kind


# Sudan's National Congress Party (organisations.csv; seen on VOA), not India's National Congress,
# whose alias "Congress" its name holds
@pytest.mark.parametrize(("kind", "text", "mention", "actor_id"), [
    ("positive", "Sudan's new law dissolves the National Congress Party of former president Omar al-Bashir.",
     "the National Congress Party", "org:ncp-sudan"),
    ("positive", "Protesters in Khartoum demanded that his National Congress Party be eliminated.",
     "his National Congress Party", "org:ncp-sudan"),
    # negative: India's party by its own alias
    ("negative", "The Congress party won the vote in Kerala, India.", "The Congress party", "org:inc"),
    # near miss: the acronym, ambiguous, with India the article's country, is not Sudan's party
    ("near miss", "The NCP won seats in Maharashtra, India.", "The NCP", "org:ncp"),
])
def test_sudans_national_congress_party(packaged_layer: Callable[[str], Any], kind: str, text: str, mention: str,
                                        actor_id: str) -> None:
    assert mention_of(packaged_layer(text), mention).actor_id == actor_id, kind
