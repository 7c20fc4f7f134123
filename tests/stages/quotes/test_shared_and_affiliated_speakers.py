"""Speakers of three constructions of live coverage and social media (issue 15, speaker
accuracy; the mogadishu-hotel probe's tuning half):

* the possessor at the head of a speaker's phrase ("Radio Okapi's Jean Mukendi said ...") is
  the speaker's affiliation, not the antecedent of the "he said" that follows;
* a post shared with a handle and a colon ("RT @CityPolice: “...”") is the handle's words;
* an "as" clause of saying after an alternative set apart by a comma and "not" ("the toll
  stood at 27, not 35, as some pages claim") reports only that alternative."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the quote, the actor's name of its speaker)
AFFILIATED = [
    # positive: a reporter named with the outlet's possessive, then "he said"
    ("outlet's reporter", "Camp emptied\n\nSpeaking from Goma, Radio Okapi's Jean Mukendi said the camp was "
     "\"almost empty\".\n\n\"The families left at dawn,\" he said.", "The families left", "Jean Mukendi"),
    ("outlet's correspondent", "Roads cut\n\nReporting from the capital, Sahel Today's Idrissa Kane said the roads "
     "were \"completely blocked\".\n\n\"Nobody can reach the villages now,\" he said.", "Nobody can reach",
     "Idrissa Kane"),
    # negative: no possessor; the speaker met before stays
    ("no affiliation", "Roads cut\n\nIdrissa Kane said the roads were \"completely blocked\".\n\n\"Nobody can "
     "reach the villages now,\" he said.", "Nobody can reach", "Idrissa Kane"),
    # near miss: a possessive person named after the speaker, in what the speaker says
    ("possessor in the words", "Roads cut\n\nIdrissa Kane said Moussa Diallo's convoy was \"completely blocked\"."
     "\n\n\"Nobody can reach the villages now,\" he said.", "Nobody can reach", "Idrissa Kane"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), AFFILIATED, ids=[c[0] for c in AFFILIATED])
def test_a_possessor_in_the_speakers_phrase_is_no_antecedent(name: str, text: str, words: str, speaker: str) -> None:
    an, quotes = quotes_holding(text, words)
    assert len(quotes) == 1, name
    actor = an.actor(quotes[0].speaker_actor_id)
    assert actor is not None and actor.name == speaker, name


# (construction, text, words of the quote, the speaker as written, or None)
SHARED = [
    # positive: a reposted or retweeted post
    ("reposting", "Ministry update\n\nReposting @SahelHealthMin: \"Clinics reopened. Vaccines delivered.\"",
     "Clinics reopened", "@SahelHealthMin"),
    ("retweet", "Road news\n\nRT @CityPolice: \u201cRoad closed until noon.\u201d", "Road closed", "@CityPolice"),
    # negative: a colon after a pronoun's verb keeps its speaker
    ("pronoun", "Road news\n\nShe wrote: \"We are tired of waiting.\"", "We are tired", "She"),
    # near miss: a handle in the paragraph, but not the word before the colon
    ("handle elsewhere", "Road news\n\nThanks to @CityPolice for the update: \"Road closed until noon.\"",
     "Road closed", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), SHARED, ids=[c[0] for c in SHARED])
def test_a_shared_post_is_its_handles_words(name: str, text: str, words: str, speaker: str | None) -> None:
    _, quotes = quotes_holding(text, words)
    assert len(quotes) == 1, name
    written = quotes[0].speaker.text if quotes[0].speaker is not None else None
    assert written == speaker, name


# (construction, text, the speaker of the "as" clause, what that clause reports)
AS_CLAUSES = [
    # positive: "A, not B, as X claim": X's words are "not B" only
    ("not B, as X claim", "Toll revised\n\nThe ministry said the toll stood at 27, \"not 35, as some pages are "
     "claiming\".", "some pages", "not 35"),
    ("not B as X claimed", "Toll revised\n\nThe governor said 12 people had died, not 20 as the rebels claimed.",
     "the rebels", "not 20"),
    # negative: an "as" clause agreeing with the whole clause
    ("as X claimed", "Toll revised\n\nThe army said 8 soldiers died, as the rebels had claimed.", "the rebels",
     "8 soldiers died"),
    # near miss: the "not" negates the clause's own verb: the whole clause is reported
    ("negated verb", "Toll revised\n\nThe army said 8 soldiers did not die, as the rebels claimed.", "the rebels",
     "8 soldiers did not die"),
]


@pytest.mark.parametrize(("name", "text", "speaker", "content"), AS_CLAUSES, ids=[c[0] for c in AS_CLAUSES])
def test_an_as_clause_after_not_reports_the_alternative(name: str, text: str, speaker: str, content: str) -> None:
    an, _ = quotes_holding(text, "")
    theirs = [q for q in an.quotes if q.speaker is not None and q.speaker.text == speaker]
    assert len(theirs) == 1, name
    assert theirs[0].content.text.strip("\"“” ,") == content, name
