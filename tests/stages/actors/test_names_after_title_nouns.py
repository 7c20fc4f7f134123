"""A person's name right after a title noun in lower case that the entity recogniser missed or
read as an organisation ("Army spokesperson Chipo Ndlovu denied ...": no entity; "Council
spokesperson Amara Okonkwo": ORG) is a person, so the quote after it ("..., she said") is the
person's, not another person's named earlier (issue 15; seen on the tuning half of the invented
nairobi-protest probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_person_speakers

OPENING = "Border clash\n\n"


# (construction, text, the person every quote's speaker must be, or None: no quote's speaker is a person)
CASES = [
    ("positive: an army spokesperson, no entity", "Army spokesperson Chipo Ndlovu denied that soldiers had "
     "entered the camp. \"Our units stayed outside,\" she said.", "Chipo Ndlovu"),
    ("positive: a council spokesperson read as an organisation", "Council spokesperson Amara Okonkwo denied the "
     "claim. \"The market will reopen,\" she said.", "Amara Okonkwo"),
    ("negative: a title with no name", "The police spokesman declined to comment on Tuesday. \"We will not say "
     "more,\" he said.", None),
    ("near miss: a title before a time, not a name", "The army spokesman on Tuesday Morning denied the claim. "
     "\"We never entered the village,\" he said.", None),
]


@pytest.mark.parametrize(("name", "text", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_name_after_a_title_noun_is_a_person(name: str, text: str, person: str | None) -> None:
    assert_person_speakers(OPENING + text, person, name)
