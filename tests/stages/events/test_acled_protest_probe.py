"""A blind probe of ACLED's Protests and Riots sub-event types and of the reports outside ACLED, in the registers of
local English-language press (South Asia ``sa``, southern Africa ``za``, Latin America ``la``, and the plain
newsroom register ``gen``), written from ACLED's codebook definitions before the ACLED rules were read:

* Peaceful protest: demonstrators neither violent nor met with force (a dharna, a bandh, a gherao, a sit-in, a
  march, a rally, a strike as a labour action, a shutdown, a road blockade with no violence);
* Protest with intervention: a peaceful protest that is dispersed or suppressed without lethal force or serious
  injury (arrests or detentions of protesters, tear gas, water cannon, a lathi or baton charge, rubber bullets);
* Excessive force against protesters: peaceful protesters met with lethal force or force likely to kill or maim
  (live fire, protesters killed);
* Violent demonstration: demonstrators who are themselves violent or destructive (stone pelting, torching,
  vandalism, ransacking, clashing with police), whatever the police then do;
* Mob violence: a crowd's violence outside a demonstration (a lynching, villagers beating a suspected thief,
  communal clashes);
* Agreement (a strategic development): a ceasefire, a peace accord;
* outside ACLED (``Event.scope``): natural and man-made disasters, organised crime, claims of responsibility,
  diplomacy.

Each class has positive rows, a negative row (another class, or no event) and a near miss across its neighbours
(a fire set by protesters / a fire that broke out; a strike by workers / an air strike; police firing on
peaceful marchers / on stone-pelting ones; a mob / unknown assailants). Every sentence is invented here and its
answer written before the code was run. What is checked is the snippet's main event as the ACLED evaluation
picks it (its sub-event type or outside-ACLED scope; None: no main event). Rows the code still gets wrong are
strict xfails in ``GAPS``.

Measured on main before any rule (95ddc415; the held-out estimate; 106 rows, one answer corrected after the measurement,
marked below): sub-event type 88/106 0.830, family 91/106 0.858; by class peaceful protest 15/22, protest with
intervention 10/13, excessive force 8/9, violent demonstration 11/13, mob violence 11/12, agreement 4/5, man-made
disaster 8/8, natural disaster 5/6, organised crime 6/7, claim of responsibility 4/5, diplomacy 6/6; by register sa
44/55, gen 25/26, za 10/15, la 9/10; positives 67/78, negatives 10/12, near misses 11/16. After the branch's rules
(``test_acled_protest_rules.py``): 94/106 0.887, family 95/106 0.896 (the rows left are in ``GAPS``).
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds

PP = "Peaceful protest"
PWI = "Protest with intervention"
EF = "Excessive force against protesters"
VD = "Violent demonstration"
MV = "Mob violence"
AGR = "Agreement"
NAT = "natural_disaster"
MAN = "man_made_disaster"
ORG = "organised_crime"
CLAIM = "claim_of_responsibility"
DIPLO = "diplomacy"

# (class under test, kind, register, sentence, expected sub-event type or scope; None: no main event)
Row = tuple[str, str, str, str, str | None]
ROWS: list[Row] = [
    # Peaceful protest
    (PP, "positive", "sa", "Members of the farmers' union staged a dharna outside the district collector's office "
     "on Monday, demanding compensation for crop losses.", PP),
    (PP, "positive", "sa", "Traders observed a complete bandh in the town on Tuesday to protest against the hike in "
     "property tax.", PP),
    (PP, "positive", "sa", "Students gheraoed the vice-chancellor for three hours over the delay in the "
     "examination results.", PP),
    (PP, "positive", "sa", "Hundreds of residents staged a sit-in on the highway, demanding a bridge over the "
     "canal.", PP),
    (PP, "positive", "sa", "Contract teachers took out a march from the press club to the assembly to press for "
     "the regularisation of their jobs.", PP),
    (PP, "positive", "gen", "Opposition workers held a rally in the city centre against rising fuel prices.", PP),
    (PP, "positive", "za", "Mineworkers went on strike at the platinum mine on Wednesday, demanding a wage "
     "increase.", PP),
    (PP, "positive", "sa", "Shops and businesses remained shut across the valley as the shutdown called by the "
     "traders' body was observed.", PP),
    (PP, "positive", "za", "Nurses at the provincial hospital downed tools over unpaid overtime.", PP),
    (PP, "positive", "la", "Thousands marched through Buenos Aires to demand justice for the murdered "
     "teacher.", PP),
    (PP, "positive", "la", "Indigenous groups protested peacefully in Brasilia against the land demarcation "
     "bill.", PP),
    (PP, "positive", "za", "Community members picketed outside the municipal offices over the lack of "
     "water.", PP),
    (PP, "positive", "sa", "Lawyers boycotted the courts across the province to protest against the killing of a "
     "colleague.", PP),
    (PP, "positive", "sa", "Activists held a candlelight vigil in front of the police station, demanding the "
     "arrest of the accused.", PP),
    (PP, "positive", "sa", "Villagers blocked the road for two hours, demanding the repair of the transformer, "
     "and ended the blockade after officials assured them of action.", PP),
    (PP, "positive", "sa", "Sanitation workers sat on a hunger strike outside the municipal corporation "
     "office.", PP),
    (PP, "positive", "la", "Piqueteros blocked the access roads to the capital to demand more food aid.", PP),
    (PP, "positive", "gen", "Residents demonstrated outside the town hall against the closure of the "
     "clinic.", PP),
    (PP, "negative", "sa", "The farmers' union announced that it would stage a dharna next week.", None),
    (PP, "negative", "sa", "The traders threatened to call a bandh if the tax hike was not withdrawn.", None),
    (PP, "near miss", "gen", "Fighter jets struck militant hideouts in the mountains on Sunday.",
     "Air/drone strike"),
    (PP, "near miss", "sa", "Police arrested the convener of the protest at his home a day before the "
     "rally.", "Arrests"),
    # Protest with intervention
    (PWI, "positive", "sa", "Police lathi-charged protesting students outside the secretariat and detained 40 of "
     "them.", PWI),
    (PWI, "positive", "gen", "Police used tear gas and water cannon to disperse opposition workers marching "
     "towards the parliament.", PWI),
    (PWI, "positive", "sa", "Police dispersed the protesting farmers and took several of them into "
     "custody.", PWI),
    (PWI, "positive", "sa", "Protesters staging a sit-in outside the governor's house were detained by the "
     "police.", PWI),
    (PWI, "positive", "za", "Police fired rubber bullets to break up a service delivery protest in the "
     "township.", PWI),
    (PWI, "positive", "gen", "Officers arrested 25 activists who had gathered in the square to protest against "
     "the new law.", PWI),
    (PWI, "positive", "sa", "Police forcibly removed the striking workers from the factory gate and bundled them "
     "into vans.", PWI),
    (PWI, "positive", "sa", "The police baton-charged the demonstrators, leaving a few of them with minor "
     "injuries.", PWI),
    (PWI, "positive", "la", "Military police broke up the teachers' march in Rio de Janeiro with pepper "
     "spray.", PWI),
    (PWI, "positive", "sa", "Police detained dozens of bandh supporters who were squatting on the "
     "highway.", PWI),
    (PWI, "negative", "sa", "Students protested outside the secretariat against the fee hike.", PP),
    (PWI, "near miss", "sa", "Police fired tear gas after the protesters pelted them with stones.", VD),
    (PWI, "near miss", "gen", "Police opened fire on the marchers, killing three of them.", EF),
    # Excessive force against protesters
    (EF, "positive", "sa", "Police opened fire on villagers protesting against the water shortage, killing two of "
     "them.", EF),
    (EF, "positive", "gen", "Security forces shot dead three people who were protesting peacefully against the "
     "eviction.", EF),
    (EF, "positive", "za", "A protester died after police beat him with batons during a peaceful march.", EF),
    (EF, "positive", "gen", "Soldiers fired live rounds at unarmed demonstrators in the capital, wounding "
     "twelve.", EF),
    (EF, "positive", "sa", "Two students were killed when police fired on a peaceful protest outside the "
     "campus.", EF),
    (EF, "positive", "za", "Police fired at a crowd of striking miners, killing four.", EF),
    (EF, "negative", "gen", "Gunmen opened fire on villagers at a market, killing two.", "Attack"),
    (EF, "near miss", "sa", "Police opened fire after the protesters set a police post on fire, killing "
     "one of them.", VD),
    (EF, "near miss", "sa", "Police used water cannon on the protesters outside the assembly.", PWI),
    # Violent demonstration
    (VD, "positive", "sa", "Protesters pelted stones at the police and torched two buses during the bandh.", VD),
    (VD, "positive", "za", "Angry residents torched vehicles and blocked roads with burning tyres during a service "
     "delivery protest.", VD),
    (VD, "positive", "gen", "Demonstrators clashed with police outside the election commission office.", VD),
    (VD, "positive", "sa", "Protesting students ransacked the principal's office and vandalised "
     "classrooms.", VD),
    (VD, "positive", "za", "Workers protesting against the layoffs vandalised the company's office and set fire to "
     "a truck.", VD),
    (VD, "positive", "sa", "Supporters of the jailed leader stormed the police station and set it on fire.", VD),
    (VD, "positive", "la", "Protesters looted shops during the demonstration against the fuel price hike.", VD),
    (VD, "positive", "za", "Rioting protesters threw petrol bombs at police in the township.", VD),
    (VD, "positive", "sa", "Bandh supporters forced shops to close and damaged several vehicles in the "
     "market.", VD),
    (VD, "positive", "sa", "A mob of protesters pelted the police with stones and damaged the toll plaza.", VD),
    (VD, "negative", "sa", "Protesters staged a peaceful sit-in outside the toll plaza.", PP),
    (VD, "near miss", "gen", "Police clashed with rebels near the border, killing five of them.", "Armed clash"),
    (VD, "near miss", "sa", "Police lathi-charged the protesters, who had been sitting peacefully on the "
     "road.", PWI),
    # Mob violence
    (MV, "positive", "sa", "A mob lynched a man suspected of stealing cattle in the village.", MV),
    (MV, "positive", "za", "Villagers beat a suspected thief to death after catching him at the market.", MV),
    (MV, "positive", "sa", "A mob attacked the house of a man accused of blasphemy and set it on fire.", MV),
    (MV, "positive", "sa", "A group of villagers assaulted two migrant workers suspected of child "
     "lifting.", MV),
    (MV, "positive", "za", "Irate residents set fire to the house of a woman accused of witchcraft.", MV),
    (MV, "positive", "sa", "Members of two communities clashed with sticks and stones over a land dispute, "
     "leaving ten people injured.", MV),
    (MV, "positive", "sa", "An angry mob set ablaze a truck that had run over a child.", MV),
    (MV, "positive", "la", "Supporters of rival football clubs fought with knives and stones after the "
     "match.", MV),
    (MV, "positive", "sa", "Police rescued a man from a mob that was beating him on suspicion of theft.", MV),
    (MV, "negative", "gen", "Unknown assailants beat a shopkeeper to death in his shop.", "Attack"),
    (MV, "near miss", "sa", "A mob of protesters pelted the police with stones during the march.", VD),
    (MV, "near miss", "za", "Residents marched to the police station to demand the arrest of the suspected "
     "thief.", PP),
    # Agreement
    (AGR, "positive", "gen", "The government and the rebel group signed a ceasefire agreement in the "
     "capital.", AGR),
    (AGR, "positive", "sa", "The two tribes agreed to a truce after talks mediated by elders.", AGR),
    (AGR, "positive", "sa", "The state government signed a peace accord with the insurgent faction.", AGR),
    # (answer corrected after the first measurement, on re-reading ACLED's definitions: an attack by rebels on an army
    # post is a fight between armed sides, an armed clash; ACLED's attack is violence against civilians)
    (AGR, "negative", "gen", "The rebels attacked an army post, breaking the ceasefire.", "Armed clash"),
    (AGR, "near miss", "gen", "The foreign ministers of the two countries met to discuss a ceasefire.", DIPLO),
    # outside ACLED: man-made disaster
    (MAN, "positive", "sa", "A fire broke out at a garment factory in the industrial area, killing seven "
     "workers.", MAN),
    (MAN, "positive", "sa", "Twelve passengers died when a bus fell into a gorge.", MAN),
    (MAN, "positive", "gen", "A four-storey building collapsed in the old city, trapping dozens of "
     "residents.", MAN),
    (MAN, "positive", "sa", "A gas leak at the chemical plant left thirty people in hospital.", MAN),
    (MAN, "positive", "sa", "A boiler explosion at a pharmaceutical unit killed three workers.", MAN),
    (MAN, "positive", "za", "Nine people were killed when a minibus taxi collided with a truck on the "
     "highway.", MAN),
    (MAN, "negative", "sa", "Protesters set fire to the garment factory after a worker died.", VD),
    (MAN, "near miss", "gen", "A bomb exploded near the bus stand, killing five people.",
     "Remote explosive/landmine/IED"),
    # outside ACLED: natural disaster
    (NAT, "positive", "sa", "Floods have killed forty people in the province this week.", NAT),
    (NAT, "positive", "gen", "An earthquake of magnitude 6.1 struck the northern districts on Friday.", NAT),
    (NAT, "positive", "za", "A cholera outbreak has killed nine people in the district.", NAT),
    (NAT, "positive", "sa", "Lightning killed four farmers working in the fields.", NAT),
    (NAT, "negative", "sa", "A landslide caused by blasting at the quarry buried two labourers.", MAN),
    (NAT, "near miss", "sa", "Flood victims blocked the highway, demanding relief.", PP),
    # outside ACLED: organised crime
    (ORG, "positive", "la", "Gang members shot dead a shopkeeper who refused to pay extortion money.", ORG),
    (ORG, "positive", "la", "Drug traffickers killed two rivals in a turf war in the favela.", ORG),
    (ORG, "positive", "sa", "Customs officials seized fifty kilograms of heroin from a truck at the border "
     "crossing.", ORG),
    (ORG, "positive", "za", "A cash-in-transit gang robbed an armoured van on the highway.", ORG),
    (ORG, "positive", "la", "Members of the drug cartel kidnapped a businessman and demanded a ransom.", ORG),
    (ORG, "negative", "gen", "Unidentified gunmen shot dead a journalist outside his home.", "Attack"),
    (ORG, "near miss", "sa", "Police arrested the opposition leader on charges of sedition.", "Arrests"),
    # outside ACLED: claim of responsibility
    (CLAIM, "positive", "sa", "The Tehreek-e-Taliban Pakistan claimed responsibility for the blast at the "
     "checkpoint.", CLAIM),
    (CLAIM, "positive", "gen", "The militant group said in a statement that its fighters had carried out the "
     "attack on the convoy.", CLAIM),
    (CLAIM, "positive", "gen", "The Islamic State group claimed the suicide bombing in a message on its "
     "channel.", CLAIM),
    (CLAIM, "negative", "gen", "A roadside bomb hit a police vehicle, killing two officers.",
     "Remote explosive/landmine/IED"),
    (CLAIM, "near miss", "sa", "No group has claimed responsibility for the bombing of the market.",
     "Remote explosive/landmine/IED"),
    # outside ACLED: diplomacy
    (DIPLO, "positive", "sa", "The foreign ministers of India and Bangladesh met in Dhaka to discuss river water "
     "sharing.", DIPLO),
    (DIPLO, "positive", "gen", "The prime minister held talks with the visiting Chinese delegation on "
     "trade.", DIPLO),
    (DIPLO, "positive", "la", "The president telephoned his Argentine counterpart to discuss the border "
     "crossing.", DIPLO),
    (DIPLO, "positive", "gen", "The two countries agreed to resume direct flights after the ministers' "
     "meeting.", DIPLO),
    (DIPLO, "negative", "gen", "Demonstrators marched to the embassy to protest against the visit of the "
     "minister.", PP),
    (DIPLO, "near miss", "gen", "The government and the rebels signed a peace agreement after months of "
     "talks.", AGR),
]

# row key -> why the code still gets it wrong (strict xfails)
GAPS: dict[str, str] = {
    "Peaceful protest|The farmers' union announced that it wou": "a protest announced for later keeps its type (a "
    "rule that left announced protests untyped was dropped: it lowered set 4q's tune half, whose gold codes a vowed "
    "boycott as a peaceful protest)",
    "Peaceful protest|Nurses at the provincial hospital downed": "'downed tools' tells no event (PLOVER's event "
    "patterns)",
    "Peaceful protest|Villagers blocked the road for two hours": "a road blocked is read as ACLED's violent "
    "demonstration ('road-blocking using barricades, burning tires, or other material'); the probe reads a blockade with "
    "no barricade or violence told as peaceful",
    "Peaceful protest|Piqueteros blocked the access roads to t": "'piqueteros' names no actor: no event",
    "Peaceful protest|The traders threatened to call a bandh i": "a threat read as a verbal event is diplomacy, the "
    "residual scope",
    "Protest with intervention|Police fired rubber bullets to break up ": "rubber bullets read as excessive force (the "
    "CASE 2021 tuning half codes water cannon, tear gas and rubber bullets so)",
    "Protest with intervention|Police forcibly removed the striking wor": "'removed' and 'bundled into vans' tell no "
    "event",
    "Violent demonstration|Supporters of the jailed leader stormed ": "a building set on fire by supporters, no "
    "protest told, is read as property destruction",
    "Agreement|The foreign ministers of the two countri": "a ceasefire discussed is read as an agreement (the rules "
    "read peace talks as ACLED's agreement)",
    "natural_disaster|Flood victims blocked the highway, deman": "a road blocked is read as a violent demonstration "
    "(as above)",
    "organised_crime|A cash-in-transit gang robbed an armoure": "'robbed' tells no event",
    "claim_of_responsibility|No group has claimed responsibility for ": "the bombing named only in the claim is no "
    "event of its own",
}


def _key(row: Row) -> str:
    return f"{row[0]}|{row[3][:40]}"


def _param(row: Row) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[_key(row)])] if _key(row) in GAPS else []
    return pytest.param(*row, id=f"{row[0]}:{row[1]}:{row[2]}:{row[3][:30]}", marks=marks)


@pytest.mark.parametrize(("cls", "kind", "register", "text", "expected"), [_param(r) for r in ROWS])
def test_main_event(cls: str, kind: str, register: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (cls, kind, register, text)


def test_every_class_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 11
    assert all(k == ROW_KINDS for k in kinds.values()), kinds


def test_the_gaps_name_rows_of_the_table() -> None:
    keys = {_key(r) for r in ROWS}
    assert all(g in keys for g in GAPS), sorted(set(GAPS) - keys)
    assert len(keys) == len(ROWS)
