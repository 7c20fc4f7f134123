"""An embedded social-media post: its words, then a signature line of a dash, the author's name,
the handle in parentheses and the date ("— Jane Roe (@janeroe) October 17, 2026"). The author
speaks the post, and a figure in it is the author's (issue 15; hospital-strike's tuning half: a
page of reactions embedding officials' posts). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source, written_speaker

HEAD = "Ferry sinks off Marsa Linda\n\nReaction to the sinking came quickly on social media.\n\n"

# (construction, text, words of the post, the speaker as written, or None)
CASES = [
    ("positive: a post under a colon line, signed with name, handle and date",
     HEAD + "The port authority's director posted:\n\nEleven passengers are still missing. Divers resume at dawn.\n"
     "\u2014 Carla Benetti (@CBenettiPort) March 3, 2027\n\nThe ferry was carrying 140 people.",
     "Eleven passengers are still missing", "Carla Benetti"),
    ("positive: a body's account with a comma in its name, en dash, day-month date",
     HEAD + "The embassy answered:\n\nOur citizens on board are safe. We thank the coast guard.\n"
     "\u2013 Embassy of Norland, Rome (@NorlandInRome) 3 March 2027",
     "Our citizens on board are safe", "Embassy of Norland, Rome"),
    ("positive: the signature closing the post's own line, then the date",
     HEAD + "Eleven passengers are still missing. Divers resume at dawn. \u2014 Carla Benetti (@CBenettiPort) "
     "March 3, 2027\n\nThe ferry was carrying 140 people.", "Eleven passengers are still missing", "Carla Benetti"),
    ("near miss: a dash and a handle closing a line with no date are the page's aside",
     HEAD + "Eleven passengers are still missing, said the port's director \u2014 Carla Benetti (@CBenettiPort)\n\n"
     "More follows.", "Eleven passengers are still missing", "the port's director \u2014 Carla Benetti (@CBenettiPort)"),
    ("negative: a dash-credit line with no handle is no post signature",
     HEAD + "Eleven passengers are still missing, the coast guard said.\n\u2014 Carla Benetti\n\nMore follows.",
     "Eleven passengers are still missing", "the coast guard"),
    ("near miss: a handle in a sentence of the page is no signature line",
     HEAD + "Eleven passengers are still missing.\nThe mayor (@MayorLinda) asked for calm on Friday.",
     "Eleven passengers are still missing", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_signed_post_is_its_authors_quote(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(text, words) == speaker, name


def test_the_posts_figure_is_the_authors() -> None:
    assert_first_source(CASES[0][1], 11, "Carla Benetti", "figure in a signed post")
    assert_first_source(CASES[-1][1], 11, None, "figure in the page's own sentence")
