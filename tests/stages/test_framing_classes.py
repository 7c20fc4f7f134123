"""Classes of loaded language every conflict has on every side (issue 15, stages/framing_classes.py,
data/framing/classes.yaml): euphemisms for killing, dehumanising and criminalising nouns said of a
party, glorifying words, delegitimising words, forces named by an act, "state-backed", quoted
terms of standing inside the writer's phrase, and the loaded-label constructions widened to their
classes ("gang-ravaged", "Pakistani propaganda handles"). Each class has a row for each side it
is said of, a negative and a near miss (the word used literally). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.stages.framing import OUTLET_VOICE
from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (class, kind of row, text, the mark's words in the outlet's voice or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    # euphemisms for killing: a verb or noun of removal with people as its object
    ("killing", P, "Russian troops eliminated six Ukrainian soldiers near the village.", "eliminated six Ukrainian soldiers"),
    ("killing", P, "Ukrainian drones eliminated four Russian soldiers at the bridge.", "eliminated four Russian soldiers"),
    ("killing", P, "The Hamas commanders were eliminated in the raid on the camp.", "eliminated"),
    ("killing", P, "The army announced the liquidation of twelve militants in the forest.", "liquidation of twelve militants"),
    ("killing", P, "Ukrainian snipers took out three Russian officers at the crossing.", "took out three Russian officers"),
    ("killing", P, "Russian snipers took out three Ukrainian officers at the crossing.", "took out three Ukrainian officers"),
    ("killing", N, "The government eliminated the fuel subsidy last year.", None),
    ("killing", M, "The drone took out the radar at the airfield.", None),
    ("killing", M, "Voters demanded that the ruling party be eliminated from the ballot.", None),
    # dehumanising nouns said of a party
    ("dehumanising", P, "Russian pigs shelled the village again on Sunday.", "Russian pigs"),
    ("dehumanising", P, "Ukrainian rats fled the trenches at dawn.", "Ukrainian rats"),
    ("dehumanising", P, "Hordes of militants crossed the river before dawn.", "Hordes"),
    ("dehumanising", P, "The occupiers are animals, and the village knows it.", "animals"),
    ("dehumanising", N, "The animals of the zoo were fed by volunteers.", None),
    ("dehumanising", M, "Hordes of tourists crowded the beach in August.", None),
    # criminalising nouns said of a party
    ("criminal", P, "Israeli murderers raided the camp at night.", "Israeli murderers"),
    ("criminal", P, "Palestinian murderers attacked the settlement at night.", "Palestinian murderers"),
    ("criminal", P, "Nigerian outlaws stormed the school in Zamfara.", "Nigerian outlaws"),
    ("criminal", N, "Police arrested the killers of the shopkeeper on Friday.", None),
    ("criminal", M, "The murderers of the journalist were jailed for life.", None),
    # glorifying words before a party's fighters or operations, and the writer's own forces
    ("glorifying", P, "The brave Ukrainian soldiers held the bridge for a week.", "brave Ukrainian soldiers"),
    ("glorifying", P, "The brave Russian soldiers held the bridge for a week.", "brave Russian soldiers"),
    ("glorifying", P, "A glorious operation by the fighters of the brigade hit the base.", "glorious operation"),
    ("glorifying", P, "Our forces repelled the attack on the northern front.", "Our forces"),
    ("glorifying", P, "Israeli troops valiantly repelled the attack on the base.", "valiantly repelled"),
    ("glorifying", P, "Hezbollah fighters heroically defended the village.", "heroically defended"),
    ("glorifying", N, "It was a brave decision by the council to reopen the school.", None),
    ("glorifying", M, "She bravely spoke of her illness at the meeting.", None),
    ("glorifying", M, "Our reporters visited the northern front on Monday.", None),
    # delegitimising words before a party's government, institutions, forces or media
    ("delegitimising", P, "The illegitimate government in Kyiv ordered a new mobilisation.", "illegitimate government"),
    ("delegitimising", P, "The illegitimate government in Moscow ordered a new mobilisation.", "illegitimate government"),
    ("delegitimising", P, "The occupiers staged a sham referendum in the region.", "sham referendum"),
    ("delegitimising", P, "The apostate parliament met in the capital under guard.", "apostate parliament"),
    ("delegitimising", P, "The puppet government and its paid journalists are lying.", "paid journalists"),
    ("delegitimising", N, "The workers took a paid holiday in August.", None),
    ("delegitimising", M, "The driver made an illegal turn near the parliament.", None),
    # a force named by the act the writer ascribes to it
    ("act force", P, "The invasion forces crossed the border at dawn.", "invasion forces"),
    ("act force", P, "Invading troops entered the town of Lysychansk.", "Invading troops"),
    ("act force", N, "The invasion began at dawn.", None),
    ("act force", M, "The invading species spread across the lake.", None),
    # "state-backed": a body described as backed by the state, not "state-run"
    ("state-backed", P, "The state-backed militia burned the village.", "state-backed militia"),
    ("state-backed", P, "Residents blamed state-sponsored vigilantes for the killings.", "state-sponsored vigilantes"),
    ("state-backed", N, "The state-run broadcaster showed the parade.", None),
    ("state-backed", M, "The state-owned bank backed the loan.", None),
    # an armed body named by a common noun before a descriptor participle, of any side
    ("descriptor", P, "Thousands fled the gang-ravaged valley last week.", "gang-ravaged valley"),
    ("descriptor", P, "Aid reached the militant-held town on Monday.", "militant-held town"),
    ("descriptor", P, "Farmers left the bandit-infested forest.", "bandit-infested forest"),
    ("descriptor", N, "The war-ravaged country held elections.", None),
    ("descriptor", M, "The gang members were jailed on Monday.", None),
    # a name swallowed into a capitalised phrase at a sentence's start, read where it stands alone
    ("swallowed name", P, "Prominent Kremlin-affiliated bloggers urged strikes. The Kremlin denied it.",
     "Kremlin-affiliated bloggers"),
    ("swallowed name", P, "Prominent Hamas-affiliated bloggers urged strikes. Hamas denied it.",
     "Hamas-affiliated bloggers"),
    ("swallowed name", N, "Prominent bloggers urged strikes. The Kremlin denied it.", None),
    ("swallowed name", M, "Prominent Google-backed startups grew. Google denied it.", None),
    # a party's account judged, the party's name on the noun the account word is compounded on
    ("account", P, "Claims by Pakistani propaganda handles were shared widely.", "Pakistani propaganda handles"),
    ("account", P, "Claims by Indian propaganda handles were shared widely.", "Indian propaganda handles"),
    ("account", N, "The propaganda handles were suspended.", None),
    ("account", M, "The propaganda posters of Pakistani artists were shown.", None),
    # a quoted term of standing inside the writer's own phrase: a scare quote in double marks too
    ("quoted standing", P, 'The outlets published lists of "peaceful protesters" that include the gunmen.', '"peaceful protesters"'),
    ("quoted standing", P, 'Their sources are a Paris-based "human rights" collective.', '"human rights"'),
    ("quoted standing", P, 'The “resistance” fighters fired rockets at the town.', "“resistance”"),
    # (after a participle that modifies the phrase, however the parser hangs the noun after it)
    ("quoted standing", P, 'The list came from an Oslo-registered "innocent victims" society that never visited the area.',
     '"innocent victims"'),
    ("quoted standing", N, "Several blazes combined to create a “mega fire” north of the city.", None),
    ("quoted standing", M, 'The minister said the "peaceful" talks would continue.', None),
    # martyrdom and criminal names in the lexicon's wording of every side
    ("lexicon", P, "Five villagers embraced shahadat in the shelling.", "shahadat"),
    ("lexicon", P, "Wagner goons beat the traders in the market.", "goons"),
    ("lexicon", P, "The Russian war criminals were named in the report.", "war criminals"),
    ("lexicon", N, "The traders were beaten in the market.", None),
    ("lexicon", M, "He recited the shahada at the funeral of his brother.", None),
    # glorifying nouns: fighters named as lions or heroes, said of a party
    ("glorifying nouns", P, "Russian heroes defended the town for a month.", "Russian heroes"),
    ("glorifying nouns", P, "Ukrainian heroes defended the town for a month.", "Ukrainian heroes"),
    ("glorifying nouns", P, "The lions of the army stormed the hill at dawn.", "lions"),
    ("glorifying nouns", N, "The lions of the park were fed at noon.", None),
    ("glorifying nouns", M, "The heroes of the film won the race.", None),
    # a state's institution owned by an armed body named by a common noun
    ("owned institution", P, "The militia's health ministry said 40 people died.", "militia's health ministry"),
    ("owned institution", P, "The rebels' government collected taxes in the north.", "rebels' government"),
    ("owned institution", N, "The ministry's spokesman said 40 people died.", None),
    ("owned institution", M, "The militia's fighters collected taxes in the north.", None),
    # two group names joined by a slash: one group presented as another
    ("conflation", P, "Drones struck PKK/YPG targets in the city on Wednesday.", "PKK/YPG"),
    ("conflation", P, "The army said Hamas/ISIS gunmen attacked the post.", "Hamas/ISIS"),
    ("conflation", N, "The agencies AP/Reuters reported the blast.", None),
    ("conflation", M, "The WHO/UNICEF team reached the camp on Monday.", None),
    # an attack named a crime in the writer's voice
    ("crime", P, "In a related crime, warplanes launched two raids on the port.", "related crime"),
    ("crime", P, "This crime came hours after the drone strike on the market.", "crime"),
    ("crime", N, "Police said the crime was a robbery.", None),
    ("crime", M, "He was charged with theft, assault and other crimes of violence.", None),
    ("crime", M, "Drug crimes rose after the attack on the police station.", None),
    # an account called a lie, its telling called a peddling
    ("falsehood", P, "The mercenaries repeated the same lie after every raid.", "same lie"),
    ("falsehood", P, "Figures of 80 victims peddled by foreign media spread quickly.", "peddled"),
    ("falsehood", N, "The village lies by the river.", None),
    ("falsehood", M, "He peddled drugs in the market for years.", None),
    # a foreign force named by a word of partnership or instruction, in a sentence of fighting
    ("foreign force", P, "Backed by their Russian partners, the army launched an offensive.", "Russian partners"),
    ("foreign force", P, "American contractors guarded the convoy when the attack began.", "American contractors"),
    ("foreign force", P, "Iranian advisers joined the militia in the assault on the town.", "Iranian advisers"),
    ("foreign force", N, "Russia's trading partners signed the gas deal.", None),
    ("foreign force", M, "The French instructors taught grammar at the school.", None),
    # an evaluative word before a noun for a group's acts
    ("judged acts", P, "The terror strike on the market killed four people.", "terror strike"),
    ("judged acts", P, "It was a criminal attack on the village.", "criminal attack"),
    ("judged acts", N, "The strike on the market killed four people.", None),
    ("judged acts", M, "The criminal court adjourned the trial.", None),
    # criminalising names for armed men, used bare in the lexicon
    ("criminal lexicon", P, "Troops killed five miscreants in the forest.", "miscreants"),
    ("criminal lexicon", P, "The marauders burned the granaries.", "marauders"),
    ("criminal lexicon", P, "The negative forces crossed the lake at night.", "negative forces"),
    ("criminal lexicon", N, "The raiders burned the granaries.", None),
    ("criminal lexicon", M, "The negative effects of the drought lasted years.", None),
    # an evaluative word before a noun for a group's people or forces
    ("judged people", P, "Extremist fighters attacked the base at night.", "Extremist fighters"),
    ("judged people", P, "Radical militiamen attacked the base at night.", "Radical militiamen"),
    ("judged people", N, "The fighters attacked the base at night.", None),
    ("judged people", M, "The radical plan was rejected by the troops.", None),
]


def _check(cls: str, kind: str, text: str, marked: str | None, skipped: tuple[str, ...]) -> None:
    """The outlet's marks of ``text`` (kinds ``skipped`` aside): none, or one over ``marked``."""
    an = pipeline().analyze_text(text)
    words = [m.text for m in an.framing if m.voice == OUTLET_VOICE and m.kind not in skipped]
    if marked is None:
        assert words == [], (cls, kind, text, words)
    else:
        assert marked in words, (cls, kind, text, words)


@pytest.mark.parametrize(("cls", "kind", "text", "marked"), ROWS)
def test_a_class_of_loaded_language(cls: str, kind: str, text: str, marked: str | None) -> None:
    _check(cls, kind, text, marked, ("unattributed_figure",))


def test_every_class_has_every_kind_of_row() -> None:
    classes = {c for c, *_ in ROWS}
    assert len(classes) == 21
    for cls in classes:
        kinds = [k for c, k, *_ in ROWS if c == cls]
        assert P in kinds and N in kinds and M in kinds, cls
        assert kinds.count(P) >= 2, cls  # a row for more than one side


# i15-framing6: the classes widened by definition (classes.yaml people_modifiers, water crowd
# nouns, junta and dictatorship as institutions, process and label status words; labels.yaml
# authorities as judged nouns); blame marks aside
MORE: list[tuple[str, str, str, str | None]] = [
    ("people modifier", P, "Separatist rats attacked the post near Kidal.", "Separatist rats"),
    ("people modifier", P, "Settler gangs burned the olive trees near Nablus.", "Settler gangs"),
    ("people modifier", P, "The bandit kingpin was seen near Maru.", "bandit kingpin"),
    ("people modifier", N, "Armed men burned the olive trees near Nablus.", None),
    ("people modifier", M, "Separatist leaders met the envoy in Algiers.", None),
    ("water", P, "A tide of refugees reached the island of Lesbos.", "tide"),
    ("water", P, "A flood of migrants crossed the river at Ciudad Juarez.", "flood"),
    ("water", N, "Thousands of refugees reached the island of Lesbos.", None),
    ("water", M, "A flood of raids followed in the capital.", None),
    ("institution", P, "The illegitimate junta in Conakry banned the rally.", "illegitimate junta"),
    ("institution", P, "The separatist authorities in Tiraspol closed the border.", "separatist authorities"),
    ("institution", N, "The local authorities in Tiraspol closed the border.", None),
    ("institution", M, "The illegal parking in Conakry annoyed residents.", None),
    ("status", P, "Aid trucks waited for days during the “ceasefire” in Rafah.", "“ceasefire”"),
    ("status", P, "Nine men were jailed as “smugglers” in Kalamata.", "“smugglers”"),
    ("status", N, "Aid trucks waited for days during the ceasefire in Rafah.", None),
    ("status", M, "The chef served a “mega burger” at the fair.", None),
    ("conquest", P, "With its Turkish partners, the government is retaking the northern villages.", "Turkish partners"),
    ("conquest", P, "Helped by their Iranian advisers, the rebels seized the airport road.", "Iranian advisers"),
    ("conquest", N, "With its allies, the government is retaking the northern villages.", None),
    ("conquest", M, "With its Turkish partners, the firm is opening new shops.", None),
]


@pytest.mark.parametrize(("cls", "kind", "text", "marked"), MORE)
def test_a_widened_class(cls: str, kind: str, text: str, marked: str | None) -> None:
    _check(cls, kind, text, marked, ("unattributed_figure", "unattributed_blame"))
    assert {c for c, *_ in MORE} == {"people modifier", "water", "institution", "status", "conquest"}
