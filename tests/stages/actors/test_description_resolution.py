"""Which body a description names (issue 15, branch i15-srcres54, from the tune half of the figure-source
resolution probe, tests/stages/figures/test_source_resolution_probe.py), of invented sentences:

- the incident's place over the article's focus: an unqualified government body with no country in
  its own sentence ("the ministry said") is the body of the country where the sentences before it,
  in its paragraph, put what happened, not the dateline's or the most named country's
  (:func:`newsledger.stages.actors.placement.incident_country`);
- a creed word is no sector the antecedent must have: "the Islamist movement" after a rebel group
  and party goes back to it (:func:`newsledger.stages.actors.pronouns.modifier_sectors`);
- a name modifying an apposition's head ("JNIM, an al-Qaeda affiliate,") is no antecedent of a
  later "the group": the apposed body is
  (:func:`newsledger.stages.actors.pronouns.apposed_modifier`);
- a definite description of an organisation's body ("the U.N. agency") after one of its bodies of
  that kind was named ("the World Food Programme", a "UN food agency") is that body, not the
  organisation (:func:`newsledger.stages.actors.descriptions.named_child`; from invented sentences
  of the probe's class of descriptions after bodies of two sides);
- a bare noun with no determiner repeats the phrase of the same head named before ("Haitian police
  and Kenyan officers ... Police said": the Haitian police), as "the" + noun does
  (:func:`newsledger.stages.actors.descriptions.same_head`, for anaphors only)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (rule, kind, text, the mention's words, words of its actor's name (None: no actor), its country)
ROWS: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("incident place", P, "TEL AVIV (AP) — Israeli jets struck a camp in Khan Younis overnight. At least 19 "
     "people died, the ministry said.", "the ministry", "ministry", "PSE"),
    ("incident place", P, "MOSCOW (AP) — Russian missiles hit a power plant in Kharkiv on Monday. Four workers "
     "were hurt, the ministry said.", "the ministry", "ministry", "UKR"),
    ("incident place", N, "KYIV (AP) — The ministry said a dozen soldiers were hurt in training.",
     "The ministry", "ministry", "UKR"),
    ("incident place", M, "MOSCOW (AP) — Russian missiles hit a power plant in Kharkiv on Monday.\n\nFour "
     "workers were hurt, the ministry said.", "the ministry", "ministry", "RUS"),
    ("incident place", M, "TEL AVIV (AP) — Israeli jets struck a camp in Khan Younis overnight. Seven people "
     "were hurt in Sderot, the ministry said.", "the ministry", "ministry", "ISR"),
    ("creed word", P, "Israeli troops raided a house in Nablus, and Hamas called a general strike. The "
     "Islamist group said four of its members were detained.", "The Islamist group", "Hamas", "PSE"),
    ("creed word", P, "The Houthis said U.S. jets had struck Sanaa. The Islamist movement said two "
     "people died.", "The Islamist movement", "Houthi", "YEM"),
    ("creed word", N, "The Islamist movement said two people died.", "The Islamist movement", None, None),
    ("creed word", M, "Hamas said the talks had stalled. The farmers' movement said prices had doubled.",
     "The farmers' movement", None, None),
    ("apposed name", P, "Islamic Jihad, a Hamas ally, fired rockets at Ashdod. The group said two of its "
     "fighters died.", "The group", "Islamic Jihad", "PSE"),
    ("apposed name", P, "JNIM, an al-Qaeda offshoot, ambushed soldiers near Gao. The group said it had "
     "seized weapons.", "The group", "JNIM", "MLI"),
    ("apposed name", N, "A Hamas official said the talks had stalled. The group said it would not "
     "disarm.", "The group", "Hamas", "PSE"),
    ("organisation's body", P, "The World Food Programme said its convoy was looted near the border. The "
     "U.N. agency said 9 trucks were lost.", "The U.N. agency", "World Food Programme", None),
    ("organisation's body", P, "UNICEF said the schools had closed, and Israel denied it. The U.N. agency "
     "said 300 classrooms were damaged.", "The U.N. agency", "UNICEF", None),
    ("organisation's body", N, "Hamas said the U.N. agency was biased.", "the U.N. agency", "United Nations",
     None),
    ("organisation's body", M, "The U.N. Security Council met on Friday. The U.N. agency said 4 nurses had "
     "died.", "The U.N. agency", "United Nations", None),
    ("bare repeated noun", P, "Haitian police and Kenyan officers cleared the road to the port. Police said "
     "8 gang members were arrested.", "Police", "Haitian police", "HTI"),
    ("bare repeated noun", P, "Haitian police patrolled the market with Kenyan officers. Police said the "
     "gang had fled.", "Police", "Haitian police", "HTI"),
    ("bare repeated noun", N, "Kenyan officers joined Haitian police at the port. Police said the gang had "
     "fled.", "Police", "Haitian police", "HTI"),
    ("bare repeated noun", M, "Haitian police and Kenyan officers cleared the road. Those officers said the "
     "gang had fled.", "Those officers", "Kenyan", "KEN"),
    ("apposed name", M, "JNIM said it was not involved, and an al-Qaeda statement praised the attack. The "
     "group said it had seized weapons.", "The group", "al-Qaeda", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "words", "name", "country"), ROWS)
def test_description_resolves(rule: str, kind: str, text: str, words: str, name: str | None,
                              country: str | None) -> None:
    an = pipeline().analyze_text("Headline\n\n" + text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (rule, kind, [(m.text, m.actor_id) for m in an.mentions])
    actor = an.actor(found[0].actor_id) if found[0].actor_id else None
    if name is None:
        assert actor is None, (rule, kind, actor)
        return
    assert actor is not None and name.lower() in actor.name.lower(), (rule, kind, actor)
    assert country is None or actor.country == country, (rule, kind, actor)


def test_every_kind_of_row_is_there() -> None:
    kinds = {rule: {k for r, k, *_ in ROWS if r == rule} for rule in {r[0] for r in ROWS}}
    assert len(kinds) == 5 and all(ks == {P, N, M} for ks in kinds.values()), kinds
