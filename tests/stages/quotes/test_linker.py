"""Linking a quotation to the cue after it (stages/quotes/linker.py): a quotation closed by a full
stop ends its sentence, and a cue in the next sentence attributes it only when that sentence is
no more than the attribution (“… .” Said the minister.); a sentence that goes on past its cue
(“… .” Both capitals disagreed about who started the war.) says something of its own. Invented
sentences, with parties from each side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Border talks\n\n"


def speaker_text(text: str, words: str) -> str | None:
    """The speaker as written of the innermost quote whose content holds ``words``."""
    analysis = pipeline().analyze_text(OPENING + text)
    found = sorted((q for q in analysis.quotes if words in q.content.text), key=lambda q: len(q.content.text))
    assert found, [q.content.text for q in analysis.quotes]
    return found[0].speaker.text if found[0].speaker is not None else None


CASES = [
    # a quotation after "X said." continues X's words; the next sentence has its own verb and object
    ("continued", "“Kyiv does not keep its word,” Ivanov said. “We saw what happened in Donbas.” Moscow and "
     "Minsk also disagreed about who started the war.", "happened in Donbas", "Ivanov"),
    ("continued, other side", "“Moscow does not keep its word,” Kovalenko said. “We saw what happened in "
     "Bucha.” Kyiv and Warsaw also disagreed about who started the war.", "happened in Bucha", "Kovalenko"),
    # a date inside what the next sentence says does not make it a circumstance of the saying
    ("continued, a date inside", "“Kyiv does not keep its word,” Ivanov said. “We saw what happened in "
     "Donbas.” Moscow and Minsk also disagreed about who started the three-year war.", "happened in Donbas",
     "Ivanov"),
    ("continued, a date inside, other side", "“Moscow does not keep its word,” Kovalenko said. “We saw what "
     "happened in Bucha.” Kyiv and Warsaw also disagreed about who started the three-year war.",
     "happened in Bucha", "Kovalenko"),
    # quoted words inside reported speech stay with that speech, not with the next sentence's speaker
    ("inside reported speech", "A State Department spokesperson said the department does not comment on "
     "such matters but “remains focused on stopping arms transfers.” Iran's envoy responded to the reports in a "
     "briefing, asserting that Tehran abides by its obligations.", "stopping arms transfers",
     "A State Department spokesperson"),
    ("inside reported speech, other side", "An Iranian foreign ministry spokesperson said the ministry does "
     "not comment on such matters but “remains focused on stopping arms transfers.” The U.S. envoy "
     "responded to the reports in a briefing, asserting that Washington abides by its obligations.",
     "stopping arms transfers", "An Iranian foreign ministry spokesperson"),
    # negative: a sentence that only attributes the quotation before it still does
    ("bare attribution", "“We will never give up our land.” The Palestinian minister said on Monday in a "
     "televised address.", "give up our land", "The Palestinian minister"),
    ("bare attribution, other side", "“We will never give up our land.” The Israeli minister said on "
     "Monday in a televised address.", "give up our land", "The Israeli minister"),
    # negative: the sentence goes on in lower case (“… .” she said, adding …): its attribution
    ("lower case", "“The shelling is almost over.” the Armenian minister said, adding that talks would "
     "resume.", "almost over", "the Armenian minister"),
    ("lower case, other side", "“The shelling is almost over.” the Azerbaijani minister said, adding that talks "
     "would resume.", "almost over", "the Azerbaijani minister"),
    # negative: after the cue and a comma, a participle goes on with the speaker's own words
    ("a participle after the cue", "“The ceasefire was applied unevenly.” Petrosyan said, adding that the "
     "border stayed closed.", "applied unevenly", "Petrosyan"),
    ("a participle after the cue, other side", "“The ceasefire was applied unevenly.” Aliyeva said, adding "
     "that the border stayed closed.", "applied unevenly", "Aliyeva"),
    # near miss: a quotation closed by a comma belongs to the cue after it, whatever follows the cue
    ("comma", "“We will never give up our land,” the Armenian minister said about the talks.",
     "give up our land", "the Armenian minister"),
    ("comma, other side", "“We will never give up our land,” the Azerbaijani minister said about the talks.",
     "give up our land", "the Azerbaijani minister"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_full_stop_quotation_and_the_cue_after_it(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_text(text, words) == speaker, name


# a quotation closed by a question (or exclamation) mark, then words other than a speaker before a
# cue that holds the quotation after it: the cue is not the first quotation's (linker._closed_before)
CLOSED = [
    ("continued question", "“I expect a missile,” said General Ivan Petrov, the commander. “It is a matter of "
     "when. Will it come on New Year's Day?” Earlier this month, Kyiv said, “It is up to Moscow what it does.”",
     "a matter of when", "General Ivan Petrov, the commander"),
    ("continued question, other side", "“I expect a missile,” said General Olena Bondar, the commander. “It is "
     "a matter of when. Will it come on New Year's Day?” Earlier this month, Moscow said, “It is up to Kyiv "
     "what it does.”", "a matter of when", "General Olena Bondar, the commander"),
    # negative: the cue after the question holds it ("“…?” asked X")
    ("asked after", "“Why now?” asked a teacher from Gaza. The school stayed shut.", "Why now", "a teacher"),
    ("asked after, other side", "“Why now?” asked a teacher from Sderot. The school stayed shut.", "Why now",
     "a teacher"),
    # near miss: only the speaker comes between the question and the cue
    ("speaker between", "“Who fired first?” the Israeli envoy asked. The talks went on.", "Who fired first",
     "the Israeli envoy"),
    ("speaker between, other side", "“Who fired first?” the Lebanese envoy asked. The talks went on.",
     "Who fired first", "the Lebanese envoy"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CLOSED, ids=[c[0] for c in CLOSED])
def test_a_closed_quotation_before_another_speakers_cue(name: str, text: str, words: str, speaker: str) -> None:
    assert speaker_text(text, words) == speaker, name
