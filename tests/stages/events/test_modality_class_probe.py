"""A class probe of clause modality: acts a sentence does not tell as having happened.

The VOA event gold (``/work/notes/voa-gold/README.md``, outside the repository) codes each event clause
the sentence tells as having happened or happening; requested, promised and threatened acts live inside
their REQUEST / AGREE / THREATEN and are not coded apart; bare opinions and neutral statements are no
event. So an act under a condition ("if talks fail", "unless X withdraws", "in case Y is not agreed",
"should X attack"), a purpose ("to support the ceasefire", "in order to attack", "so that", "aimed at"),
a plan or a future ("plans to", "is expected to", "will vote"), a question, a negation ("did not
attack", "no strikes"), a reported possibility ("may have", "could"), a denial ("denied attacking"), an
attempt ("tried to"), a counterfactual ("had the army attacked") is no counted event; "X dismissed Y as
Z" is X's REJECT (or its ACCUSE of Y's author); "expressed concern over" is no mobilisation, and a
commission of inquiry is no protest. The rows are written for this probe (news register, parties from
every region), their answers from the convention before any rule was run, in classes of construction:
``cond``, ``purp``, ``fut``, ``quest``, ``neg``, ``poss``, ``deny``, ``try``, ``hyp``, ``dism``,
``concern``, ``inq``; near misses (``-n`` rows) tell the act as done ("attacked the town to retake it",
"after the talks failed", "admitted attacking").

A row's answer is a list of conditions, all of which must hold over the sentence's counted events
(``evaluation.events.predictions``: top-level, neither negated nor hypothetical): ``X`` a counted event
of type X (``X|Y``: of either type), ``!X`` no counted event of type X, ``!*`` no counted event at all.
Rows still failing are strict xfails in ``GAPS`` (their failure as reason). Rows are split into halves
by ``metrics.half(text)``; rules were written looking at tune-half failures only.

Measured on main 3698d9b5 before any rule (142 rows; the held-out estimate): 0.718 (tune 0.781, check
0.667); per class: cond 0.929, purp 0.692, fut 0.769, quest 0.727, neg 1.000, poss 0.833, deny 0.333, try
0.417, hyp 0.750, dism 0.545, concern 0.800, inq 0.800.
After the rules of branch i16-modality (``nlp/clause_modes.py``, ``stages/events/frames.py``,
``stages/events/dismissals.py``, the negate wrapper's avoid/evade), written looking at tune-half failures:
0.789 (tune 0.906, check 0.692); cond 0.929, purp 0.923, fut 0.769, quest 0.909, neg 1.000, poss 0.917, deny
0.333, try 0.417, hyp 0.917, dism 0.727, concern 0.800, inq 0.800. (Denials and attempts were ruled too, then
dropped: "deny" as a negating wrapper broke the stance layer's denied claims, "tried to" the CAMEO 185 attempts.)
Merged with i16-coerce (forces sent to a place that is no party are deployed), concern-n3 holds too; with the
"as" phrase the parser hangs on the dismissed object (stages/events/dismissals.py), dism-01 too.
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.metrics import half
from tests.builders import check_class_probe_rows, counted_events

Row = tuple[str, str, str]
COND: list[Row] = [
    ("cond-01", "The minister said new sanctions would follow if Moscow attacks the port again.", "!ASSAULT"),
    ("cond-02", "Unless the rebels withdraw from the town, the talks cannot resume, the mediator said.", "!RETREAT"),
    ("cond-03", "The allies discussed further costs for Russia in case the ceasefire is not agreed.", "!AGREE"),
    ("cond-04", "Should the army shell the villages again, the regional leaders will ask the African Union for help.", "!ASSAULT"),
    ("cond-05", "The bloc said it would lift the sanctions provided that the junta releases the detained president.", "!CONCEDE"),
    ("cond-06", "If the militants kill any of the hostages, the government said, the negotiations would end.", "!ASSAULT"),
    ("cond-07", "Washington said it would respond in case the opposition candidate is arrested in Caracas.", "!COERCE"),
    ("cond-08", "If the talks fail, the mediators fear that the fighting could resume in the east.", "!ASSAULT"),
    ("cond-09", "Unless Serbia recognises the vote, Kosovo will not return to the table, its premier said.", "!SUPPORT"),
    ("cond-10", "The president threatened to strike Iranian nuclear sites if Tehran does not halt enrichment.", "THREATEN !ASSAULT"),
    ("cond-n1", "The army shelled the villages again after the talks failed on Monday.", "ASSAULT"),
    ("cond-n2", "Because the rebels withdrew from the town, the talks resumed in Nairobi.", "RETREAT"),
    ("cond-n3", "When the militants attacked the base on Sunday, two soldiers were killed.", "ASSAULT"),
    ("cond-n4", "Russia attacked the port again even though a truce had been agreed.", "ASSAULT"),
]
PURP: list[Row] = [
    ("purp-01", "Authorities said the cell was building explosives to carry out attacks in the capital.", "!ASSAULT"),
    ("purp-02", "France sent two frigates to the region to support the ceasefire.", "!SUPPORT"),
    ("purp-03", "The government moved tanks to the border in order to attack the rebels' bases.", "!ASSAULT"),
    ("purp-04", "Qatari mediators met both delegations in Doha so that the parties would sign a truce.", "!AGREE"),
    ("purp-05", "The rebels retreated into the forest to avoid being attacked by the army.", "!ASSAULT"),
    ("purp-06", "The new sanctions are aimed at punishing Minsk for the crackdown on the opposition.", "!ASSAULT"),
    ("purp-07", "The gang smuggled rifles into the city to kill rival leaders, prosecutors said.", "!ASSAULT"),
    ("purp-08", "Kenya hosted the two sides in a bid to secure a ceasefire agreement.", "!AGREE"),
    ("purp-09", "Police surrounded the building to arrest the opposition leader.", "!COERCE"),
    ("purp-n1", "The army attacked the town on Friday to retake it from the rebels.", "ASSAULT"),
    ("purp-n2", "The rebels ambushed the convoy in order to seize its weapons.", "ASSAULT"),
    ("purp-n3", "Iran fired missiles at Israel on Tuesday to retaliate for the strike on its consulate.", "ASSAULT"),
    ("purp-n4", "Protesters marched through Lagos to denounce the fuel price increase.", "PROTEST"),
]
FUT: list[Row] = [
    ("fut-01", "Iran plans to attack commercial shipping in the Gulf, U.S. officials said.", "!ASSAULT"),
    ("fut-02", "Israel is expected to withdraw its troops from the corridor by March.", "!RETREAT"),
    ("fut-03", "The two presidents are scheduled to meet in Geneva on Friday.", "!CONSULT"),
    ("fut-04", "The rebels are preparing to launch an offensive on the city of Goma.", "!ASSAULT"),
    ("fut-05", "Poland is going to close its border with Belarus next month.", "!*"),
    ("fut-06", "The militia intends to attack the army's positions around the airport.", "!ASSAULT"),
    ("fut-07", "Ghana's foreign minister will travel to Moscow next week for talks with Lavrov.", "!CONSULT"),
    ("fut-08", "Hamas is set to release three more hostages on Saturday, Egyptian mediators said.", "!CONCEDE"),
    ("fut-09", "The Ethiopian army is likely to attack the rebel-held town within days.", "!ASSAULT"),
    ("fut-n1", "Iran attacked commercial shipping in the Gulf last week, U.S. officials said.", "ASSAULT"),
    ("fut-n2", "Israel withdrew its troops from the corridor on Monday.", "RETREAT"),
    ("fut-n3", "The two presidents met in Geneva on Friday.", "CONSULT"),
    ("fut-n4", "The rebels launched an offensive on the city of Goma on Sunday.", "ASSAULT"),
]
QUEST: list[Row] = [
    ("quest-01", "Will Russia attack Moldova next?", "!ASSAULT"),
    ("quest-02", "Analysts asked whether China would invade Taiwan before 2030.", "!ASSAULT"),
    ("quest-03", "It is unclear whether Hamas will release the remaining hostages.", "!*"),
    ("quest-04", "Can the United Nations stop the fighting in Sudan?", "!ASSAULT"),
    ("quest-05", "Officials are trying to determine whether the rebels attacked the convoy.", "!ASSAULT"),
    ("quest-06", "Would Turkey bomb Kurdish positions in Syria again?", "!ASSAULT"),
    ("quest-07", "Reporters asked whether the army would withdraw from the border town.", "!RETREAT"),
    ("quest-08", "Did Rwanda send troops into Congo?", "!MOBILIZE"),
    ("quest-n1", "Russia attacked Moldova's power grid on Sunday, officials said.", "ASSAULT"),
    ("quest-n2", "Who attacked the aid convoy near El Fasher was not known.", "ASSAULT"),
    ("quest-n3", "China sent warships around Taiwan on Monday, its defense ministry said.", "MOBILIZE|ASSAULT|THREATEN"),
]
NEG: list[Row] = [
    ("neg-01", "The army did not attack the town, a military spokesman said.", "!ASSAULT"),
    ("neg-02", "There were no airstrikes on the capital overnight, residents said.", "!ASSAULT"),
    ("neg-03", "Israel has never withdrawn its forces from the territory.", "!RETREAT"),
    ("neg-04", "No protesters were arrested at the rally in Nairobi.", "!COERCE"),
    ("neg-05", "The foreign ministers failed to agree on a ceasefire in Brussels.", "!AGREE"),
    ("neg-06", "Neither side fired a shot during the talks, observers said.", "!ASSAULT"),
    ("neg-07", "Pakistan has not expelled any Afghan diplomats, the ministry said.", "!*"),
    ("neg-08", "The rebels refused to withdraw from the captured town.", "!RETREAT"),
    ("neg-n1", "The army not only attacked the town but also burned the market.", "ASSAULT"),
    ("neg-n2", "Russia attacked Kyiv with drones, not missiles, officials said.", "ASSAULT"),
    ("neg-n3", "Israel withdrew its forces from the territory, not from the whole region.", "RETREAT"),
    ("neg-n4", "Police arrested dozens of protesters at the rally in Nairobi.", "COERCE"),
]
POSS: list[Row] = [
    ("poss-01", "The militia may have attacked the convoy, a U.N. report said.", "!ASSAULT"),
    ("poss-02", "Russia could invade Moldova within months, analysts warned.", "!ASSAULT"),
    ("poss-03", "The airstrike might have killed dozens of civilians in the market.", "!ASSAULT"),
    ("poss-04", "It is possible that the rebels withdrew from the town overnight.", "!RETREAT"),
    ("poss-05", "Iran could close the Strait of Hormuz, a senior commander said.", "!*"),
    ("poss-06", "The soldiers possibly shelled the hospital by mistake, the inquiry found.", "!ASSAULT"),
    ("poss-07", "Sudan's army might retake the capital before the rainy season.", "!ASSAULT"),
    ("poss-08", "North Korea may test another missile this week, Seoul said.", "!*"),
    ("poss-n1", "The militia attacked the convoy, a U.N. report said.", "ASSAULT"),
    ("poss-n2", "Russia invaded Moldova's breakaway region, analysts said in the scenario.", "ASSAULT"),
    ("poss-n3", "The airstrike killed dozens of civilians in the market.", "ASSAULT"),
    ("poss-n4", "The soldiers shelled the hospital, the inquiry found.", "ASSAULT"),
]
DENY: list[Row] = [
    ("deny-01", "The army denied attacking the village near Timbuktu.", "!ASSAULT"),
    ("deny-02", "Rwanda denied that its troops had shelled Goma.", "!ASSAULT"),
    ("deny-03", "Hamas denied firing the rocket that hit the hospital.", "!ASSAULT"),
    ("deny-04", "The ministry rejected reports that police had beaten the detainees.", "!ASSAULT"),
    ("deny-05", "The government dismissed claims that soldiers had killed civilians in the raid.", "!ASSAULT"),
    ("deny-06", "Moscow denied sending troops across the border into Ukraine.", "!MOBILIZE"),
    ("deny-07", "Beijing denies supplying weapons to Russia for the war.", "!AID"),
    ("deny-08", "Venezuela denied detaining the American journalists.", "!COERCE"),
    ("deny-n1", "The army admitted attacking the village near Timbuktu.", "ASSAULT"),
    ("deny-n2", "Rwanda confirmed that its troops had shelled positions near Goma.", "ASSAULT"),
    ("deny-n3", "Hamas said it fired the rockets at Tel Aviv on Sunday.", "ASSAULT"),
    ("deny-n4", "Venezuela detained the American journalists on Monday.", "COERCE"),
]
TRY: list[Row] = [
    ("try-01", "The government tried to arrest the opposition leader, but he fled abroad.", "!COERCE"),
    ("try-02", "The envoy attempted to broker a ceasefire between the two factions.", "!AGREE"),
    ("try-03", "Kenya sought to mediate between Ethiopia and Somalia over the port deal.", "!AGREE"),
    ("try-04", "The rebels attempted to negotiate the release of their commander.", "!AGREE"),
    ("try-05", "Police tried in vain to detain the protest leaders in Dhaka.", "!COERCE"),
    ("try-06", "Hungary sought to block the aid package, diplomats said.", "!REJECT"),
    ("try-07", "The junta has been trying to expel the French troops for months.", "!*"),
    ("try-08", "Iran tried to send weapons to the Houthis by sea.", "!AID"),
    ("try-n1", "Police managed to arrest the opposition leader at the airport.", "COERCE"),
    ("try-n2", "The envoy brokered a ceasefire between the two factions.", "AGREE|COOPERATE"),
    ("try-n3", "Police succeeded in detaining the protest leaders in Dhaka.", "COERCE"),
    ("try-n4", "Hungary blocked the aid package, diplomats said.", "REJECT|SANCTION"),
]
HYP: list[Row] = [
    ("hyp-01", "Had the army attacked the town, hundreds would have died.", "!ASSAULT"),
    ("hyp-02", "If Russia had invaded earlier, Kyiv might have fallen.", "!ASSAULT"),
    ("hyp-03", "Without the ceasefire, the rebels would have shelled the city.", "!ASSAULT"),
    ("hyp-04", "The army would have withdrawn from the hills if it had been ordered to.", "!RETREAT"),
    ("hyp-05", "Had Mali expelled the envoy, the bloc would have imposed sanctions.", "!SANCTION"),
    ("hyp-06", "Were Israel to annex the valley, Jordan would recall its ambassador.", "!*"),
    ("hyp-07", "Even a limited strike on the plant would cause a disaster, the agency warned.", "!ASSAULT"),
    ("hyp-08", "But for the mediators, the two armies would have clashed on the border.", "!ASSAULT"),
    ("hyp-n1", "Although the army attacked the town, few people died.", "ASSAULT"),
    ("hyp-n2", "Even though they had been warned, the militants attacked the base.", "ASSAULT"),
    ("hyp-n3", "The rebels shelled the city despite the ceasefire.", "ASSAULT"),
    ("hyp-n4", "The army withdrew from the hills after it was ordered to.", "RETREAT"),
]
DISM: list[Row] = [
    ("dism-01", "Moscow dismissed the report as Western propaganda.", "REJECT|ACCUSE"),
    ("dism-02", "China dismissed the accusations as groundless on Tuesday.", "REJECT|ACCUSE"),
    ("dism-03", "The Kremlin dismissed the new sanctions as meaningless.", "REJECT|ACCUSE"),
    ("dism-04", "Tehran dismissed the American offer as a trick.", "REJECT|ACCUSE"),
    ("dism-05", "Caracas dismissed the election observers' findings as lies.", "REJECT|ACCUSE"),
    ("dism-06", "Pyongyang dismissed Seoul's proposal for talks as a ploy.", "REJECT|ACCUSE"),
    ("dism-07", "The junta brushed off the bloc's ultimatum as interference.", "REJECT|ACCUSE"),
    ("dism-n1", "The president dismissed the defense minister on Friday.", "!REJECT"),
    ("dism-n2", "The court dismissed the case against the activists.", "!ACCUSE"),
    ("dism-n3", "Parliament dismissed the chief justice after a long debate.", "!REJECT"),
    ("dism-n4", "Moscow described the report as Western propaganda.", "ACCUSE|REJECT"),
]
CONCERN: list[Row] = [
    ("concern-01", "Japan expressed concern over China's new coast guard law.", "!MOBILIZE"),
    ("concern-02", "The European Union voiced alarm over the arrests of journalists in Tbilisi.", "!MOBILIZE"),
    ("concern-03", "The United Nations expressed deep concern over the mobilisation of troops near the border.", "!MOBILIZE"),
    ("concern-04", "Germany expressed alarm at the deployment of missiles in Belarus.", "!MOBILIZE"),
    ("concern-05", "India raised concerns about the Chinese research vessel docking in Colombo.", "!MOBILIZE"),
    ("concern-06", "The Vatican expressed concern about the rising violence in Haiti.", "!ASSAULT"),
    ("concern-07", "Washington expressed worry over the military buildup in the region.", "!MOBILIZE"),
    ("concern-n1", "Russia deployed missiles in Belarus, Germany said.", "MOBILIZE"),
    ("concern-n2", "China mobilised troops near the border on Monday.", "MOBILIZE"),
    ("concern-n3", "The army deployed soldiers to the streets of Port-au-Prince.", "MOBILIZE"),
]
INQ: list[Row] = [
    ("inq-01", "Parliament set up a commission of inquiry into the shooting of protesters.", "!PROTEST"),
    ("inq-02", "The inquiry into the riots found that the police had been at fault.", "!PROTEST"),
    ("inq-03", "A commission of inquiry into the protests will report next month.", "!PROTEST"),
    ("inq-04", "The government announced an investigation into the strike at the port.", "!PROTEST"),
    ("inq-05", "Kenya appointed a panel to investigate the deaths of demonstrators.", "!PROTEST"),
    ("inq-06", "The U.N. launched an investigation into the attack on the aid convoy.", "ACCUSE"),
    ("inq-07", "An independent probe into the demonstrations was ordered by the court.", "!PROTEST"),
    ("inq-n1", "Thousands protested in the capital against the commission's findings.", "PROTEST"),
    ("inq-n2", "Students demonstrated outside parliament during the inquiry's hearings.", "PROTEST"),
    ("inq-n3", "Dock workers went on strike at the port over unpaid wages.", "PROTEST"),
]

CLASSES: dict[str, list[Row]] = {
    "cond": COND, "purp": PURP, "fut": FUT, "quest": QUEST, "neg": NEG, "poss": POSS, "deny": DENY,
    "try": TRY, "hyp": HYP, "dism": DISM, "concern": CONCERN, "inq": INQ,
}
ROWS: list[Row] = [r for rows in CLASSES.values() for r in rows]

GAPS: dict[str, str] = {
    "cond-07": "!COERCE (read ['COERCE'])",
    "purp-09": "!COERCE (read ['COERCE'])",
    "fut-05": "!* (read ['THREATEN'])",
    "fut-n3": "CONSULT (read ['NONE'])",
    "quest-n3": 'MOBILIZE|ASSAULT|THREATEN (read [])',
    "poss-04": "!RETREAT (read ['RETREAT'])",
    "deny-01": "!ASSAULT (read ['ASSAULT'])",
    "deny-02": "!ASSAULT (read ['ASSAULT'])",
    "deny-03": "!ASSAULT (read ['ASSAULT'])",
    "deny-04": "!ASSAULT (read ['ASSAULT'])",
    "deny-05": "!ASSAULT (read ['ASSAULT', 'REJECT'])",
    "deny-06": "!MOBILIZE (read ['MOBILIZE'])",
    "deny-07": "!AID (read ['AID'])",
    "deny-08": "!COERCE (read ['COERCE'])",
    "try-01": "!COERCE (read ['COERCE'])",
    "try-03": "!AGREE (read ['AGREE'])",
    "try-05": "!COERCE (read ['COERCE'])",
    "try-06": "!REJECT (read ['REJECT'])",
    "try-07": "!* (read ['SANCTION'])",
    "try-08": "!AID (read ['AID'])",
    "try-n2": "AGREE|COOPERATE (read ['CONSULT'])",
    "hyp-n4": 'RETREAT (read [])',
    "dism-03": "REJECT|ACCUSE (read ['NONE'])",
    "dism-n4": 'ACCUSE|REJECT (read [])',
    "concern-n1": "MOBILIZE (read ['AID'])",
    "inq-01": "!PROTEST (read ['PROTEST'])",
    "inq-06": 'ACCUSE (read [])',
}


def failures(row: Row) -> list[str]:
    """The conditions of ``row``'s answer that do not hold over its sentence's counted events."""
    types = {p.plover for p in counted_events(row[1])}
    out = []
    for cond in row[2].split():
        if cond == "!*":
            ok = not types
        elif cond.startswith("!"):
            ok = cond[1:] not in types
        else:
            ok = bool(types & set(cond.split("|")))
        if not ok:
            out.append(f"{cond} (read {sorted(types)})")
    return out


def probe_scores(rows: list[Row] = ROWS) -> dict[str, float]:
    """The share of rows that hold, over all rows, per half of the rows and per class."""
    held = {r[0]: not failures(r) for r in rows}
    groups: dict[str, list[bool]] = {"all": list(held.values())}
    for r in rows:
        groups.setdefault(half(r[1]), []).append(held[r[0]])
    for name, members in CLASSES.items():
        groups[name] = [held[r[0]] for r in members]
    return {name: sum(v) / len(v) for name, v in groups.items() if v}


def test_probe_rows_are_unique_and_every_class_has_near_misses() -> None:
    check_class_probe_rows(ROWS, CLASSES, GAPS, (120, 160), 5)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[0]])] if r[0] in GAPS else [])
     for r in ROWS],
)
def test_modality_row(row: Row) -> None:
    assert failures(row) == []
