"""The rules added for the ACLED family-boundary probe (tests/stages/events/test_acled_families.py): each
rule (data/events/acled.yaml, reports.yaml, or the roles read in stages/events/acled_roles.py) that the probe
found missing has a positive sentence, a negative one and a near miss, invented, with parties of different
sides and countries. What is checked is the snippet's main event as the ACLED evaluation picks it (its
sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # reports.yaml fire_traded, acled.yaml: fire exchanged or traded is shot by both sides, an armed clash (or
    # with a heavy weapon a shelling), not a fire that broke out
    ("fire traded", "positive",
     "Rival factions of the Free Patriots and Colombian border guards exchanged fire near Cucuta overnight.",
     "Armed clash"),
    ("fire traded", "positive", "Thai, Cambodian troops trade mortar fire near temple", "Shelling/artillery/missile attack"),
    ("fire traded", "negative", "A fire broke out at a timber market near Cucuta overnight, destroying 40 stalls.",
     "man_made_disaster"),
    ("fire traded", "near miss",
     "Rival factions of the Free Patriots and Colombian border guards exchanged prisoners near Cucuta overnight.",
     "Agreement"),
    # acled.yaml: property burned in an attack that killed or hurt people is the attack (ACLED codes the harm to
    # people), property burned with no one hurt is property destruction
    ("harm before property", "positive",
     "Bandits raided Tsafe village, killing seven residents and burning their granaries.", "Attack"),
    ("harm before property", "positive",
     "Ranchers' gunmen attacked an indigenous settlement in Mato Grosso, wounding four and burning huts.", "Attack"),
    ("harm before property", "negative",
     "Bandits raided Tsafe village at night and burned its granaries.", "Looting/property destruction"),
    ("harm before property", "near miss",
     "Militiamen burned huts in an indigenous settlement in Mato Grosso; no one was reported hurt.",
     "Looting/property destruction"),
    # acled.yaml: sexual violence is read before the doer's crime (ACLED codes it whoever commits it)
    ("sexual violence by criminals", "positive",
     "Members of a criminal gang raped a teenage girl in a township near Johannesburg.", "Sexual violence"),
    ("sexual violence by criminals", "negative",
     "Members of a criminal gang robbed a teenage girl in a township near Johannesburg.", "organised_crime"),
    ("sexual violence by criminals", "near miss",
     "Members of a criminal gang robbed a bus full of nuns in a township near Johannesburg.", "organised_crime"),
    # acled.yaml: a factory set on fire by people is arson, not an industrial accident
    ("arson is no accident", "positive",
     "Unidentified men set fire to a warehouse in Karachi overnight.", "Looting/property destruction"),
    ("arson is no accident", "positive",
     "Sugar cane farmers angry over unpaid dues torched a sugar factory in Bijnor.", "Looting/property destruction"),
    ("arson is no accident", "negative",
     "A fire broke out at a textile factory in Faisalabad, killing three workers.", "man_made_disaster"),
    ("arson is no accident", "near miss",
     "Workers were evacuated after a boiler exploded at a textile factory in Faisalabad.", "man_made_disaster"),
    # acled_roles.aimed_at: after what an act was aimed at ("on", "against", "into"), an "at" phrase tells where
    # it happened ("opened fire on a minibus at a checkpoint": the minibus was fired on)
    ("at is where after on", "positive",
     "Soldiers opened fire on a bus at a checkpoint near Bamenda, killing two traders.", "Attack"),
    ("at is where after on", "negative",
     "Separatist fighters opened fire on an army checkpoint near Bamenda, killing two soldiers.", "Armed clash"),
    ("at is where after on", "near miss",
     "Separatist fighters opened fire at an army checkpoint near Bamenda, killing two passengers.", "Armed clash"),
    # acled.py Sentence: a verb's particle opens no phrase of not_cues ("handed over control" hands control over;
    # "fought over control" is what a fight is for)
    ("particle is no not-cue", "positive",
     "M23 rebels handed over control of Bunagana to East African troops on Tuesday.",
     "Non-violent transfer of territory"),
    ("particle is no not-cue", "negative",
     "M23 rebels and Congolese troops fought over control of Bunagana on Tuesday.", "Armed clash"),
    ("particle is no not-cue", "near miss",
     "M23 rebels handed over two captured soldiers to the Red Cross in Bunagana on Tuesday.", None),
    # acled.yaml: a gun battle or a bombing is no mob's ("vigilantes and militiamen fought a gun battle": an armed
    # clash); a crowd fights with what it finds
    ("gun battle is no mob's", "positive",
     "Bakassi Boys vigilantes and Ijaw militiamen fought a gun battle in Onitsha, leaving six dead.", "Armed clash"),
    ("gun battle is no mob's", "negative", "A mob of vigilantes beat two suspected thieves to death in Onitsha.",
     "Mob violence"),
    ("gun battle is no mob's", "near miss", "Vigilantes chased and stoned a suspected thief in Onitsha on Sunday.",
     "Mob violence"),
    # acled.yaml: criminals who attack armed men clash with them (organised crime only against the unarmed)
    ("criminals against armed men", "positive",
     "Members of a drug cartel ambushed a National Guard patrol in Michoacan, wounding three guardsmen.", "Armed clash"),
    ("criminals against armed men", "negative",
     "Members of a drug cartel ambushed a family's car in Michoacan, wounding three.", "organised_crime"),
    ("criminals against armed men", "near miss", "Cattle rustlers attacked herders guarding their cows in Zamfara.",
     "organised_crime"),
    # acled.yaml: striking workers who clash with the police are demonstrators in a violent demonstration
    ("striking workers", "positive", "Striking nurses clashed with police outside the health ministry in Harare.",
     "Violent demonstration"),
    ("striking workers", "negative", "Striking nurses marched peacefully to the health ministry in Harare.",
     "Peaceful protest"),
    ("striking workers", "near miss", "Soldiers clashed with police outside the health ministry in Harare.",
     "Armed clash"),
    # acled.yaml: people arrested as they stage a protest are a protest with intervention; arrested later, an arrest
    ("arrested while protesting", "positive",
     "Police arrested 18 farmers staging a sit-in outside the district office in Bathinda.",
     "Protest with intervention"),
    ("arrested while protesting", "negative", "Police arrested three opposition leaders in Dhaka on Tuesday.", "Arrests"),
    ("arrested while protesting", "near miss",
     "Police arrested 18 farmers a week after they staged a sit-in in Bathinda.", "Arrests"),
    # acled.yaml: a place left or taken without fighting changes hands without violence
    ("without fighting", "positive",
     "The army took control of the town of Ghazni after the Taliban left it without fighting.",
     "Non-violent transfer of territory"),
    ("without fighting", "negative",
     "The army took control of the town of Ghazni after heavy fighting with the Taliban.",
     "Government regains territory"),
    ("without fighting", "near miss",
     "The Taliban took control of the town of Ghazni after fierce fighting with the army.",
     "Non-state actor overtakes territory"),
    # reports.py verb_trigger, reports.yaml property_burned, acled.yaml: property set on fire, the object between
    # ("set a church on fire", the parser hanging "on fire" on the object), is arson, no accident
    ("set on fire", "positive", "Jihadists set a church on fire in Djibo, residents said.",
     "Looting/property destruction"),
    ("set on fire", "negative", "A gas leak set a house on fire in Soweto.", "man_made_disaster"),
    ("set on fire", "near miss", "Unknown men set a deadline for the closure of a girls' school in Diamer.", None),
    # acled.py tellers, acled.yaml report_verbs: the subject of a reporting verb tells the acts of its reported
    # clause and is no party to them, its words no cue ("police said villagers beat a man": no police there)
    ("teller is no party", "positive",
     "Police said a group of villagers beat a suspected cattle thief to death in Gumla.", "Mob violence"),
    ("teller is no party", "negative",
     "Police beat a suspected cattle thief to death in Gumla, villagers said.", "Attack"),
    ("teller is no party", "near miss",
     "Villagers said police beat a suspected cattle thief to death in Gumla.", "Attack"),
    # acled.yaml: an abduction whose ransom is demanded stays an abduction (ACLED codes it whoever commits it)
    ("abduction for ransom", "positive",
     "The kidnappers took the engineer to a forest near Lokoja and demanded a ransom.",
     "Abduction/forced disappearance"),
    ("abduction for ransom", "negative",
     "A gang robbed a rice trader on the Lokoja highway and shot him in the leg.", "organised_crime"),
    ("abduction for ransom", "near miss",
     "Robbers shot a rice trader on the Lokoja highway and took his money.", "organised_crime"),
    # acled.py backer: a party's backers, named in the "by" phrase of "backed", "supported" ..., tell neither the doer
    # nor its weapon when the act engages armed men ("soldiers backed by gunships fought rebels": an armed clash, no
    # air strike; "troops backed by warplanes attacked the town" stays the air attack, tests/stages/events/test_acled.py)
    ("backers are no weapon", "positive",
     "Soldiers backed by helicopter gunships fought rebels for control of Kiwanja on Friday.", "Armed clash"),
    ("backers are no weapon", "positive",
     "Afghan commandos supported by US drones attacked a Taliban compound in Helmand.", "Armed clash"),
    ("backers are no weapon", "negative", "Helicopter gunships fired on rebel positions near Kiwanja on Friday.",
     "Air/drone strike"),
    ("backers are no weapon", "near miss",
     "Soldiers and helicopter gunships pounded rebel positions near Kiwanja on Friday.", "Air/drone strike"),
    # acled.yaml (seen on VOA): the words of crowd control used of an armed group are a fight with armed men,
    # not a protest with intervention
    ("crowd control of armed men", "positive", "Government forces crushed the rebels in the north on Monday.",
     "Armed clash"),
    ("crowd control of armed men", "positive", "The Nigerian army suppressed the insurgency in Borno last year.",
     "Armed clash"),
    ("crowd control of armed men", "negative", "Police crushed the protest in Caracas on Monday.",
     "Protest with intervention"),
    ("crowd control of armed men", "near miss", "Police dispersed the angry protesters in Dhaka with tear gas.",
     "Protest with intervention"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_rule_row(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    checked = 0
    for rule, found in kinds.items():
        assert found == ROW_KINDS, rule
        checked += 1
    assert checked == len(kinds) >= 6
