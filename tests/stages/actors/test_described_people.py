"""A definite description of one person stands for the person the article named before with it
(issue 15, branch i15-resolve55; :mod:`newsledger.stages.actors.described_people`), of invented
sentences:

- its head noun is a word of the person's introduction: the title before the name, a description in
  apposition ("Ana Ruiz, a paramedic, ... the paramedic"), an office ("Chilean President X ... the
  Chilean president"), and each of its modifiers is a word of that introduction or names the
  person's country; not a person whose introduction has another head noun or whose country
  differs; a modifier naming a body ("the navy spokesman") makes it a post that speaks for its body
  (the quote stage's convention: "the UNICEF director" speaks for UNICEF);
- a noun of leading (``leading_nouns``: "the Bolivian leader") with a country stands for the person
  named before with that country; with an organisation's name ("the Hamas leader") and no
  person for it, for that organisation; not a bare "the leader", nor a person of another body."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (rule, kind, text, the mention's words, words of its actor's name; "!" before them: any actor but
# one of that name; None: no actor)
ROWS: list[tuple[str, str, str, str, str | None]] = [
    ("same head", P, "Ana Ruiz, a paramedic from Valparaiso, was in the ambulance when the roof fell. "
     "The paramedic said the lights went out.", "The paramedic", "Ana Ruiz"),
    ("same head", M, "Navy spokesman Commander Felix Aranda said the frigate had been hit. Two sailors were "
     "missing, the navy spokesman added.", "the navy spokesman", "!Felix Aranda"),
    ("same head", P, "Chilean President Rosa Ibarra flew to the border on Friday. The Chilean president "
     "promised aid to the flooded towns.", "The Chilean president", "Rosa Ibarra"),
    ("same head", P, "Pilar Ochoa, a midwife at the clinic, and the mayor Jorge Salas spoke to reporters. "
     "The midwife said nine babies had been born in the shelter.", "The midwife", "Pilar Ochoa"),
    ("same head", N, "Ana Ruiz, a paramedic from Valparaiso, was in the ambulance when the roof fell. "
     "The farmer said the lights went out.", "The farmer", "!Ana Ruiz"),
    ("same head", N, "Navy spokesman Commander Felix Aranda said the frigate had been hit. The fisherman "
     "said he saw smoke.", "The fisherman", "!Felix Aranda"),
    ("same head", M, "Peruvian President Hugo Quispe met the envoy on Friday. The Chilean president "
     "promised aid to the flooded towns.", "The Chilean president", "!Hugo Quispe"),
    ("same head", M, "Police spokesman Ivo Marek said the march was calm. The army spokesman said troops "
     "had fired in the air.", "The army spokesman", "!Ivo Marek"),
    ("leading noun", P, "Hamas's deputy political chief Karim Nasser spoke on television. The "
     "Hamas leader said the group would answer.", "The Hamas leader", "Hamas"),
    ("leading noun", P, "Bolivian President Marco Tupa met miners in Oruro. The Bolivian leader said the "
     "strike had to end.", "The Bolivian leader", "Marco Tupa"),
    ("leading noun", N, "Hezbollah's deputy secretary-general Karim Nasser spoke on television. The "
     "leader said the group would answer.", "The leader", "!Karim Nasser"),
    ("leading noun", M, "Israeli army chief Gadi Ronen toured the border on Monday. The Hezbollah leader "
     "said the group would answer.", "The Hezbollah leader", "!Gadi Ronen"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "words", "name"), ROWS)
def test_description_names_the_person(rule: str, kind: str, text: str, words: str, name: str | None) -> None:
    an = pipeline().analyze_text("Headline\n\n" + text)
    found = [m for m in an.mentions if m.text == words]
    assert len(found) == 1, (rule, kind, [(m.text, m.actor_id) for m in an.mentions])
    actor = an.actor(found[0].actor_id) if found[0].actor_id else None
    if name is None:
        assert actor is None, (rule, kind, actor)
    elif name.startswith("!"):
        assert actor is None or name[1:].lower() not in actor.name.lower(), (rule, kind, actor)
    else:
        assert actor is not None and name.lower() in actor.name.lower(), (rule, kind, actor)


def test_every_kind_of_row_is_there() -> None:
    kinds = {rule: {k for r, k, *_ in ROWS if r == rule} for rule in {r[0] for r in ROWS}}
    assert len(kinds) == 2 and all(ks == {P, N, M} for ks in kinds.values()), kinds
