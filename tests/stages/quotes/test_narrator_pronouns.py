"""A narrator's "he said" goes on with the narrator's own people (issue 15; seen on real political
news, PolNeAR's train articles, where a pronoun speaker took a person named only inside quoted or
reported words):

* the actor layer gives a pronoun outside quotation marks no antecedent from inside them: a
  person a quotation names or calls "he" is the quoted speaker's topic, not the speaker;
* the speaker chain does not take for "he" or "she" a person who speaks only inside another
  speaker's reported words ("X pointed out that the paper's Y had reported that ..."): the
  reporter goes on.

Invented sentences, speakers of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Campaign trail\n\n"


def last_speaker(text: str) -> str | None:
    """The actor name of the speaker of the article's last quote."""
    analysis = pipeline().analyze_text(OPENING + text)
    actors = {a.id: a.name for a in analysis.actors}
    quotes = sorted(analysis.quotes, key=lambda q: q.content.start)
    assert quotes
    return actors.get(quotes[-1].speaker_actor_id or "")


# (construction, text, the last quote's speaker)
QUOTED_ANTECEDENT = [
    ("positive: a man the quote calls 'he'", "Rafael Ortiz, a pollster, looked at the numbers, Ortiz said. "
     "\"It is not clear whether he can win the state,\" he said of Senator Daniel Weber.", "Rafael Ortiz"),
    ("positive: a man the quote names", "Lena Fischer spoke for an hour, Fischer said. \"Karim Haddad "
     "will not win this seat,\" she said.", "Lena Fischer"),
    ("negative: no one named inside the quote", "Rafael Ortiz, a pollster, looked at the numbers. "
     "\"It is not clear whether anyone can win the state,\" he said.", "Rafael Ortiz"),
    ("near miss: the pronoun inside the quotation is the quoted speaker's", "Rafael Ortiz, a pollster, "
     "spoke to Daniel Weber. \"He told me he can win the state,\" Ortiz said.", "Rafael Ortiz"),
]

EMBEDDED_SPEAKER = [
    ("positive: a reporter named inside a report", "Maria Lopez turned the story back on the newspaper, "
     "pointing out that the paper's Tomas Berg had reported in June that her campaign was failing. "
     "\"Apparently not,\" she said.", "Maria Lopez"),
    ("positive: 'he' after a man reported inside a man's words", "Ahmed Nasser said on Monday that the "
     "minister Yusuf Demir had told parliament the budget was final. \"That was never true,\" he said.",
     "Ahmed Nasser"),
    ("negative: the second man speaks in the narrator's own sentence", "Ahmed Nasser spoke first. Yusuf "
     "Demir, the minister, told parliament the budget was final. \"That was never in doubt,\" he said.",
     "Yusuf Demir"),
    ("near miss: a pronoun inside the report stands for the reporter", "Ahmed Nasser said on Monday "
     "that he had asked the minister Yusuf Demir to resign. \"That was never true,\" he said.", "Ahmed Nasser"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), QUOTED_ANTECEDENT + EMBEDDED_SPEAKER,
                         ids=[c[0] for c in QUOTED_ANTECEDENT + EMBEDDED_SPEAKER])
def test_a_narrators_pronoun_goes_on_with_the_narrators_people(name: str, text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker, name


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    for table in (QUOTED_ANTECEDENT, EMBEDDED_SPEAKER):
        assert {name.split(":")[0] for name, _, _ in table} == {"positive", "negative", "near miss"}
