"""A definite description that tells its body apart by a modifier ("the health ministry", "the
foreign ministry") is not the last speaker with the same head noun when that one was told apart
by another ("Iran's Interior Ministry", "Russia's defence ministry"); a bare description ("the
ministry") or one with the same modifier still is (issue 15, speakers)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the last quote's content, its speaker's actor name, or None)
CASES = [
    # positive: another modifier names another body
    ("another ministry after the interior ministry", "Iran's Interior Ministry said 12 protesters had been "
     "arrested.\n\nThe health ministry said 20 people were treated for burns.", "treated for burns",
     "Iranian health ministry"),
    ("foreign ministry after the defence ministry", "Russia's defence ministry said its forces had downed 20 "
     "drones.\n\nThe foreign ministry said the attack was a provocation.", "a provocation", None),
    # negative: the same modifier names the same body again
    ("the interior ministry again", "Iran's Interior Ministry said 12 protesters had been arrested.\n\nThe "
     "Interior Ministry said three more were held on Sunday.", "three more", "Iranian Interior Ministry"),
    # near miss: a bare description stands for the last ministry that spoke
    ("bare description", "Russia's defence ministry said its forces had downed 20 drones.\n\nThe ministry "
     "said the attack was a provocation.", "a provocation", "Russian Defence Ministry"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_description_with_its_own_modifier_names_its_own_body(name: str, text: str, content: str,
                                                                 speaker: str | None) -> None:
    an, quotes = quotes_holding(text, content)
    assert quotes, name
    actor = an.actor(quotes[-1].speaker_actor_id)
    assert (actor.name if actor is not None else None) == speaker, name


def test_a_description_adding_a_modifier_to_an_unmodified_speaker_is_that_speaker() -> None:
    """Near miss: "the business owner" after "an owner of a printing press" (told apart by
    nothing before) is the same speaker described anew."""
    text = ("Printers complain\n\nAn owner of a printing press in the province, who requested anonymity, told "
            "reporters that officials had banned 40 titles. \"We must ask for permission first,\" said the business "
            "owner.")
    _, banned = quotes_holding(text, "banned 40 titles")
    _, asked = quotes_holding(text, "permission first")
    assert banned and asked
    first, last = banned[0], asked[-1]
    assert first.speaker_actor_id is not None and last.speaker_actor_id == first.speaker_actor_id
