"""The rules added for the regional-press probe (tests/stages/events/test_acled_regional.py): each construction
the probe found missing (nlp/syntax.py, stages/events/acled_roles.py, data/events/acled.yaml and reports.yaml) has
a positive sentence, a negative one and a near miss, invented, with parties of different sides and countries.
What is checked is the snippet's main event as the ACLED evaluation picks it (its sub-event type or
outside-ACLED scope; ``NONE``: no ACLED event)."""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    AGR,
    ARR,
    ATK,
    CHG,
    DIP,
    DIS,
    EXF,
    GRT,
    HQ,
    LOO,
    MOB,
    NAT,
    NONE,
    NVT,
    ORG,
    PEA,
    PWI,
    REM,
    ROW_KINDS,
    SEX,
    VDM,
    acled_main_parties,
    acled_row_holds,
    row_kinds,
)

# (construction, kind, sentence, label of the main event)
ROWS: list[tuple[str, str, str, str]] = [
    # nlp/syntax.participle_noun, acled.yaml target_cues "agitate": the participle before the people fired on, which
    # the parser reads as a gerund acting on them ("on agitating farmers"), says who they are: protesters
    ("participle qualifies the people fired on", "positive", "Police opened fire on agitating villagers in Bhadrak, "
     "killing two of them.", EXF),
    ("participle qualifies the people fired on", "positive", "Police fired on agitating students outside the "
     "university in Sylhet, killing one.", EXF),
    ("participle qualifies the people fired on", "negative", "Police opened fire on villagers in Bhadrak, killing two "
     "of them.", ATK),
    ("participle qualifies the people fired on", "near miss", "Police opened fire on agitated villagers in Bhadrak, "
     "killing two of them.", EXF),
    # acled.yaml mob violence cues "accused of", "suspected of": a crowd that kills the man it accuses of a crime
    # does mob justice, whatever the crime (a rape the victim was accused of is no sexual violence)
    ("crowd kills the man it accuses", "positive", "Residents set fire to the hut of a man accused of raping a "
     "schoolgirl and beat him to death in Tembisa.", MOB),
    ("crowd kills the man it accuses", "positive", "Angry villagers stoned to death a man suspected of raping a "
     "child in Jhansi.", MOB),
    ("crowd kills the man it accuses", "negative", "Soldiers shot dead a man accused of supporting the rebels in "
     "Bambari.", ATK),
    ("crowd kills the man it accuses", "near miss", "Villagers accused soldiers of raping women in Rutshuru.", SEX),
    # acled.yaml former_words, acled_roles.armed_target: a target named by what it was is a civilian now
    ("former members are civilians", "positive", "Gunmen shot dead a retired army officer outside his home in "
     "Kaduna.", ATK),
    ("former members are civilians", "positive", "Armed men killed a former FARC guerrilla at his farm in "
     "Putumayo.", ATK),
    ("former members are civilians", "negative", "Gunmen shot dead an army officer outside his home in Kaduna.", AC),
    ("former members are civilians", "near miss", "Armed men killed a FARC guerrilla at his camp in Putumayo.", AC),
    # acled.yaml excessive force, cue "killing": crowd control that kills, told by its consequence participle
    ("lethal crowd control participle", "positive", "Riot police fired tear gas into a crowd of protesters in "
     "Conakry, killing a teenager.", EXF),
    ("lethal crowd control participle", "negative", "Riot police fired tear gas into a crowd of protesters in "
     "Conakry.", PWI),
    ("lethal crowd control participle", "near miss", "Riot police fired tear gas into a crowd of rioters in "
     "Conakry, killing a teenager.", VDM),
    # reports.yaml base_established: the armed side named by the regional words for its fighters or by a force the
    # dictionary knows; a "lair"
    ("base set up by regional names", "positive", "Naxals have set up a new camp in the forests of Narayanpur.", HQ),
    ("base set up by regional names", "positive", "Abu Sayyaf gunmen set up a new lair on the island of Jolo.", HQ),
    ("base set up by regional names", "negative", "The charity has set up a new relief camp near Petrapole.", NONE),
    ("base set up by regional names", "near miss", "Naxals attacked a new police camp in the forests of "
     "Narayanpur.", AC),
    # reports.yaml group_change "break away", committees merged; group_alliance and acled.yaml "new front": an armed
    # group that splits, merges its units or creates a new front
    ("armed group splits or forms a front", "positive", "A faction of the ADF broke away from the group under a "
     "new commander.", CHG),
    ("armed group splits or forms a front", "positive", "FARC dissidents announced the creation of a new front in "
     "Narino.", CHG),
    ("armed group splits or forms a front", "positive", "Naxals merged two of their area committees in "
     "Gadchiroli.", CHG),
    ("armed group splits or forms a front", "negative", "The ruling party's youth wing broke away from the party.",
     NONE),
    ("armed group splits or forms a front", "near miss", "The trade unions announced the creation of a new front "
     "against the price rise.", NONE),
    # reports.yaml disrupted_weapons "detect", "deactivate", "minefield"
    ("explosives detected or deactivated", "positive", "A landmine was detected and defused by army engineers near "
     "Kupwara.", DIS),
    ("explosives detected or deactivated", "positive", "Soldiers deactivated a minefield laid by rebels near a "
     "school in Kachin.", DIS),
    ("explosives detected or deactivated", "negative", "A landmine exploded near Kupwara, killing a porter.", REM),
    ("explosives detected or deactivated", "near miss", "Engineers deactivated the alarm system at the bank in "
     "Kupwara.", NONE),
    # acled.yaml disrupted weapons use: explosives a state force found, then destroyed (the destruction strikes no one)
    ("found explosives destroyed", "positive", "Soldiers found three landmines buried near a school in Kachin and "
     "destroyed them.", DIS),
    ("found explosives destroyed", "positive", "Police recovered a pressure-cooker bomb from a culvert in Gaya and "
     "destroyed it in a controlled explosion.", DIS),
    ("found explosives destroyed", "negative", "Soldiers destroyed three houses near a school in Kachin.", LOO),
    ("found explosives destroyed", "near miss", "Soldiers found three rebels hiding near a school in Kachin and "
     "destroyed their camp.", LOO),
    # acled.yaml natural disaster cues "cyclonic", "dust storm": a storm named by its kind
    ("storm by its kind", "positive", "A cyclonic storm ripped through coastal Bangladesh, killing 20 people.", NAT),
    ("storm by its kind", "positive", "A dust storm uprooted trees across Agra, killing nine people.", NAT),
    ("storm by its kind", "negative", "Troops stormed a hideout in Agra, killing nine militants.", AC),
    ("storm by its kind", "near miss", "A storm of criticism followed the minister's remarks in Agra.", NONE),
    # reports.yaml gherao: people or an office encircled by protesters
    ("gherao", "positive", "Students gheraoed the principal demanding a cut in exam fees in Patna.", PEA),
    ("gherao", "positive", "Angry farmers gheraoed the tehsildar over the delay in crop compensation.", PEA),
    ("gherao", "negative", "Students met the principal to ask for a cut in exam fees in Patna.", NONE),
    ("gherao", "near miss", "Students garlanded the principal after the results in Patna.", NONE),
    # reports.yaml protest, protest_fallback exclude "flag march", "route march": a show of force, no protest
    ("flag march of forces", "positive", "Security forces staged a flag march through the tense areas of Bhadohi.",
     NONE),
    ("flag march of forces", "positive", "Paramilitary personnel took out a flag march in the old city on Friday.",
     NONE),
    ("flag march of forces", "negative", "Villagers staged a march through Bhadohi demanding compensation.", PEA),
    ("flag march of forces", "near miss", "Weavers staged a march through Bhadohi on Friday, waving black flags.",
     PEA),
    # reports.yaml territory_handed_over objects "centre": forces that withdraw from a district centre
    ("withdrawal from a centre", "positive", "Government forces withdrew from the district centre of Alasay.", NVT),
    ("withdrawal from a centre", "positive", "Troops pulled out of the district centre of Alasay overnight, and "
     "militants moved in.", NVT),
    ("withdrawal from a centre", "negative", "Government forces withdrew from the peace talks.", NONE),
    ("withdrawal from a centre", "near miss", "Government forces recaptured the district centre of Alasay.", GRT),
    # acled.yaml agreement: sides that agree to end, stop or halt their violence (PLOVER reads a threat)
    ("agreement to end violence", "positive", "Tiv and Jukun elders agreed to end reprisal raids in Taraba.", AGR),
    ("agreement to end violence", "negative", "The two foreign ministers agreed to end visa fees.", DIP),
    ("agreement to end violence", "near miss", "The two clans agreed to raid the village of their rivals.", NONE),
    # patterns.yaml repel objects, acled.yaml mob violence exclude: armed attackers repelled by the people they
    # attacked is a fight of two armed sides, not a mob's violence
    ("attackers repelled", "positive", "Vigilantes repelled bandits who attacked Dutsin Ma, killing four of them.",
     AC),
    ("attackers repelled", "negative", "Vigilantes lynched two suspected bandits in Dutsin Ma.", MOB),
    ("attackers repelled", "near miss", "Vigilantes beat a suspected thief to death in Dutsin Ma.", MOB),
    # reports.yaml smuggled_goods_seized: goods the sentence calls smuggled or contraband, whatever they are
    ("smuggled goods seized", "positive", "Customs officers seized 300 bags of smuggled sugar at the Jibiya border.",
     ORG),
    ("smuggled goods seized", "positive", "Forest guards impounded two trucks of illicit sandalwood near Hosur.",
     ORG),
    ("smuggled goods seized", "negative", "Customs officers weighed 300 bags of sugar at the Jibiya border.", NONE),
    ("smuggled goods seized", "near miss", "Soldiers seized a cache of smuggled grenades at the Jibiya border.", DIS),
    # reports.yaml road_blockade, acled.yaml peaceful protest: a road blockade staged against or for something
    ("road blockade of protest", "positive", "Truck drivers parked across the Panamericana in a road blockade against "
     "toll charges.", PEA),
    ("road blockade of protest", "positive", "Coca growers mounted a road blockade in the Chapare demanding the "
     "release of their leader.", PEA),
    ("road blockade of protest", "negative", "Soldiers mounted a road blockade in the Chapare to stop coca "
     "growers.", "Other"),  # ACLED's other strategic development, no protest
    ("road blockade of protest", "near miss", "Landslides caused a road blockade on the Panamericana for hours.",
     NONE),
    # acled.yaml non-violent transfer, cues "turn over": a place turned over to another side
    ("place turned over", "positive", "The army turned over the former rebel camp to the Bangsamoro government.",
     NVT),
    ("place turned over", "negative", "The rebels turned over their weapons to the army at the camp.", CHG),
    ("place turned over", "near miss", "The army overran the former rebel camp near Butig.", GRT),
    # reports.yaml people_disappeared objects "him", "her", "them": the person taken named by a pronoun
    ("taken and missing, by a pronoun", "positive", "A blogger went missing in Karachi after men in plain clothes "
     "bundled him into a car.", ABD),
    ("taken and missing, by a pronoun", "negative", "A blogger went missing in Karachi after he boarded a bus.", NONE),
    # reports.yaml people_taken_by_forces: people taken from their homes by a state's forces with no arrest, charge or
    # custody told: a forced disappearance
    ("taken by forces, no custody", "positive", "Security forces have taken six people from their homes in Kech "
     "district.", ABD),
    ("taken by forces, no custody", "positive", "Paramilitary troops have taken four villagers from Mashkay, "
     "relatives said.", ABD),
    ("taken by forces, no custody", "negative", "Security forces have taken six people to hospital in Kech "
     "district.", NONE),
    ("taken by forces, no custody", "near miss", "Security forces have taken six people into custody in Kech "
     "district.", ARR),
    ("taken and missing, by a pronoun", "near miss", "A blogger went missing in Karachi during a storm, and "
     "relatives found him a day later.", NONE),
]


@pytest.mark.parametrize(("rule", "kind", "text", "label"), ROWS)
def test_main_event(rule: str, kind: str, text: str, label: str) -> None:
    assert acled_row_holds(label, text), (rule, kind, text)


# (construction, kind, sentence, role of the main event (source or target), a word of that role's span; None: the
#  role has no span)
PARTY_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # patterns.yaml actor_nouns: a doer named by its criminal trade is an actor with no name of its own
    ("doers named by a criminal trade", "positive", "Hitmen shot dead a PRD councillor outside his home in Tlapa.",
     "source", "Hitmen"),
    ("doers named by a criminal trade", "positive", "Dacoits waylaid a bus near Gaya and robbed its passengers.",
     "source", "Dacoits"),
    ("doers named by a criminal trade", "negative", "A PRD councillor was shot dead outside his home in Tlapa.",
     "source", None),
    ("doers named by a criminal trade", "near miss", "Police shot dead two suspected robbers near Gaya.", "source",
     "Police"),
    # patterns.yaml actor_nouns: a person named by a post in a village or a movement, a patrol of forces, is who was
    # attacked (not the place it happened)
    ("people named by a post, patrols", "positive", "Suspected NPA rebels shot dead a barangay captain in Sipalay, "
     "Negros Occidental.", "target", "captain"),
    ("people named by a post, patrols", "positive", "Maoists opened fire on a CoBRA patrol near Bhejji.", "target",
     "patrol"),
    ("people named by a post, patrols", "negative", "Maoists opened fire near Bhejji.", "target", "Bhejji"),
    ("people named by a post, patrols", "near miss", "Soldiers on patrol shot dead a farmer in Sipalay.", "target",
     "farmer"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "role", "word"), PARTY_ROWS)
def test_main_event_party(rule: str, kind: str, text: str, role: str, word: str | None) -> None:
    source, target = acled_main_parties(text)
    got = source if role == "source" else target
    assert (got is None if word is None else word in (got or "")), (rule, kind, text, got)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert row_kinds(PARTY_ROWS) == {"doers named by a criminal trade": ROW_KINDS,
                                     "people named by a post, patrols": ROW_KINDS}
    kinds = row_kinds(ROWS)
    assert len(kinds) == 19
    checked = 0
    for rule, got in kinds.items():
        assert got == ROW_KINDS, rule
        checked += 1
    assert checked == len(kinds)
