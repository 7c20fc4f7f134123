"""Rows of the held-out stance probe (``tests/nlp/test_stance_probe.py``): invented sentences, one
construction class of English negation, denial, doubt or condition per group, written from the
grammar of those constructions before any rule was written for them (issue 15).

A row is (construction class, text, target, expected). The target is a figure (``fig``: the number
as written, once in the text), a quote (``quo``: words a quote's content holds) or an event
(``ev``: the word of its predicate). ``expected`` is the stance the record should get; "a|b" when
either is right (a denial the text reports as the speaker's negation: both mark a denial, and
neither makes a figure a claim)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsledger.ledger.claims import CLAIM_STANCES
from newsledger.records import Analysis
from tests.builders import pipeline


@dataclass(frozen=True)
class Target:
    kind: str  # fig | quo | ev
    words: str


def fig(number: str) -> Target:
    return Target("fig", number)


def quo(words: str) -> Target:
    return Target("quo", words)


def ev(word: str) -> Target:
    return Target("ev", word)


HEADLINE = "News from the regions\n\n"


@cache
def _analysis(text: str) -> Analysis:
    return pipeline().analyze_text(HEADLINE + text)


def _span(text: str, words: str) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(rf"(?<![\w.,]){re.escape(words)}(?![\w]|[.,]\d)", text)]
    assert len(hits) == 1, (words, text)
    return hits[0]


def found_stance(text: str, target: Target) -> str | None:
    """The stance of the record the target names (the narrowest that covers it), None if none does."""
    an = _analysis(text)
    start, end = _span(an.article.text, target.words)
    if target.kind == "fig":
        spans = [(f.end - f.start, f.stance) for f in an.figures if f.start < end and start < f.end]
    elif target.kind == "quo":
        spans = [(q.content.end - q.content.start, q.stance) for q in an.quotes
                 if q.content.start <= start and end <= q.content.end]
    else:
        spans = [(e.predicate.end - e.predicate.start, e.stance) for e in an.events
                 if e.predicate.start < end and start < e.predicate.end]
    return min(spans)[1] if spans else None


def is_claim(stance: str) -> bool | None:
    """Whether a figure of this expected stance ("a|b": either) is a claim; None: the row does not say."""
    kinds = {s in CLAIM_STANCES for s in stance.split("|")}
    return kinds.pop() if len(kinds) == 1 else None


DN = "denied|negated"  # either marks a denial; neither is a claim

Row = tuple[str, str, Target, str]

# denial verbs with each complement: that-clause, gerund, "any role in", a noun of claim
DENIAL_VERBS: list[Row] = [
    ("deny that", "The army denied that 40 civilians were killed in the raid on Kalme.", fig("40"), "denied"),
    ("deny that", "Police in Tarvo denied on Monday that officers had shot 12 protesters.", fig("12"), "denied"),
    ("deny that", "The rebels denied that their fighters shelled the market in Ostra.", ev("shelled"), "denied"),
    ("deny that, zero that", "The ministry denied its troops had burned 60 homes in the valley.", fig("60"),
     "denied"),
    ("deny that, passive", "It was denied by the garrison that 25 prisoners had been executed.", fig("25"),
     "denied"),
    ("deny V-ing", "The militia denied abducting 30 students from the school in Bara.", fig("30"), "denied"),
    ("deny V-ing", "The navy has denied sinking the fishing boat off Dalmo.", ev("sinking"), "denied"),
    ("deny having V-en", "The commander denied having ordered the killing of 15 villagers.", fig("15"), "denied"),
    ("deny any role in V-ing", "The Kigamba militia denied any role in shelling the bridge.", ev("shelling"),
     "denied"),
    ("deny involvement in N of N", "The group denied involvement in the killing of nine guards.", fig("nine"),
     "denied"),
    ("deny the report that", "Officials denied the report that 200 soldiers had deserted.", fig("200"), "denied"),
    ("deny reports of N", "The governor denied reports of 70 deaths in the camp.", fig("70"), "denied"),
    ("deny, coordinated", "The army denied the claim and said 30 of its men were alive.", fig("30"), "asserted"),
    ("reject claims that", "The interior ministry rejected claims that guards beat 14 inmates to death.",
     fig("14"), "denied"),
    ("reject the accusation that", "Sorvia rejected the accusation that its drones struck a wedding.",
     ev("struck"), "denied"),
    ("reject reports of N", "The council rejected reports of 300 arrests as exaggerated.", fig("300"), "denied"),
    ("dismiss reports that", "The ministry dismissed reports that 60 fishermen drowned.", fig("60"), "denied"),
    ("dismiss reports of N", "The governor dismissed reports of 200 deaths as rumours.", fig("200"), "denied"),
    ("dismiss the claims as", "The police dismissed as lies claims that 45 people were tortured.", fig("45"),
     "denied"),
    ("refute", "The regional command refuted reports that 25 soldiers were captured.", fig("25"), "denied"),
    ("refute, a figure", "Health officials refuted the toll of 80 given by the opposition.", fig("80"), "denied"),
    ("dispute that", "The government disputed that 300 people had died in the floods.", fig("300"), "denied"),
    ("contest the claim", "The company contested the claim that 50 workers were poisoned.", fig("50"), "denied"),
    ("rule out", "The coast guard ruled out that more than 20 migrants were aboard.", fig("20"), "denied"),
    ("brush aside", "The minister brushed aside reports that 90 tanks were lost.", fig("90"), "denied"),
    ("disavow", "The party disavowed the statement that 40 rivals should be jailed.", fig("40"), "denied"),
]

DENIAL_VERB_MISSES: list[Row] = [
    ("near miss: confirm that", "The army confirmed that 40 civilians were killed in the raid.", fig("40"),
     "asserted"),
    ("near miss: did not deny", "The militia did not deny abducting 30 students.", fig("30"), "uncertain"),
    ("near miss: nobody denied", "Nobody denied that 30 people died in the fire.", fig("30"), "asserted|uncertain"),
    ("near miss: denied access to N", "The border guards denied 300 refugees entry to the port.", fig("300"),
     "asserted"),
    ("near miss: denied N access", "The prison denied the 40 detainees access to lawyers.", fig("40"), "asserted"),
    ("near miss: rejected a request", "The court rejected a request to free 12 protesters.", fig("12"), "asserted"),
    ("near miss: dismissed N workers", "The mine dismissed 200 workers after the accident.", fig("200"),
     "asserted"),
    ("near miss: disputed territory", "Shelling killed 11 people in the disputed district of Harn.", fig("11"),
     "asserted"),
    ("near miss: rejected and said", "The army rejected the truce offer and said 20 rebels were killed.",
     fig("20"), "asserted"),
    ("near miss: denial after the count", "At least 35 people were killed, though the army later denied firing.",
     fig("35"), "asserted"),
    ("near miss: denied by a rival of another act", "The rebels said 50 soldiers died; the army denied shelling "
     "the town.", fig("50"), "asserted"),
    ("near miss: deny involvement in an attack that killed N", "The group denied involvement in the attack that "
     "killed nine guards.", fig("nine"), "asserted"),
    ("near miss: deny responsibility for a strike that killed N", "The air force denied responsibility for the "
     "strike that killed 18 people.", fig("18"), "asserted"),
    ("near miss: refused treatment", "Doctors said 16 wounded men were refused treatment.", fig("16"), "asserted"),
]

# nouns and predicates of denial and falsity
DENIAL_NOUNS: list[Row] = [
    ("a denial that", "The ministry issued a denial that 50 prisoners had escaped.", fig("50"), "denied"),
    ("its denial of", "The army repeated its denial of any role in the shelling of Ravo.", ev("shelling"),
     "denied"),
    ("a rejection of", "In a firm rejection of reports that 30 sailors died, the navy published a list.",
     fig("30"), "denied"),
    ("branded as false", "Officials branded as false the reports that 70 homes were burned.", fig("70"), "denied"),
    ("branded false", "The army branded reports of 70 burned homes false.", fig("70"), "denied"),
    ("called fabricated", "Kostra called reports of 15 dead soldiers fabricated.", fig("15"), "denied"),
    ("called baseless", "The spokesman called the allegation that troops fired on 20 mourners baseless.",
     fig("20"), "denied"),
    ("called propaganda", "The junta called the claim that 90 villagers died propaganda.", fig("90"), "denied"),
    ("described as lies", "The governor described as lies the reports that 40 girls were taken.", fig("40"),
     "denied"),
    ("dismissed as fake", "The ministry dismissed the toll of 500 as fake news.", fig("500"), DN),
    ("the figure is false", "The figure of 300 dead is false, the ministry said.", fig("300"), DN),
    ("the report is untrue", "Reports that 60 miners are trapped are untrue, the company said.", fig("60"), DN),
    ("the claim is wrong", "The claim that 45 police died is wrong, a spokeswoman said.", fig("45"), DN),
    ("the toll is exaggerated", "The rebels' toll of 250 is grossly exaggerated, the army said.", fig("250"), DN),
    ("the toll is inflated", "Officials said the toll of 120 was inflated.", fig("120"), DN),
    ("a fabricated toll", "State radio accused the exiles of spreading a fabricated toll of 400 dead.", fig("400"),
     "denied"),
    ("no truth to", "There is no truth to reports that 30 hostages were freed, the army said.", fig("30"),
     "denied"),
    ("not accurate", "The ministry said the toll of 80 was not accurate.", fig("80"), DN),
    ("it is not true that", "It is not true that 50 people were killed, the governor said.", fig("50"), DN),
    ("it is false that", "It is false that our soldiers killed 20 farmers, the colonel said.", fig("20"), DN),
    ("a lie, anaphoric", "Rebels say 40 people died in the strike. This is a lie, the army said.", quo("This is a lie"),
     "denied"),
]

DENIAL_NOUN_MISSES: list[Row] = [
    ("near miss: the figure is accurate", "The figure of 300 dead is accurate, the ministry said.", fig("300"),
     "asserted"),
    ("near miss: a false alarm", "A false alarm emptied the hall where 30 people had died a year ago.", fig("30"),
     "asserted"),
    ("near miss: fake documents", "Police arrested 14 men carrying fake documents.", fig("14"), "asserted"),
    ("near miss: a denial of service", "A denial of service attack cut power to 40,000 homes.", fig("40,000"),
     "asserted"),
    ("near miss: it is true that", "It is true that 50 people were killed, the governor said.", fig("50"),
     "asserted"),
    ("near miss: not only true", "The toll of 80 is not only accurate but conservative, the UN said.", fig("80"),
     "asserted"),
    ("near miss: propaganda in another clause", "Rebels said 90 soldiers died, while state radio broadcast "
     "propaganda.", fig("90"), "asserted"),
]

# negated existence and quantity
NEGATED_QUANTITY: list[Row] = [
    ("there are not N", "There are not 200 dead in the town, the mayor said.", fig("200"), "negated"),
    ("not N but a few dozen", "There were not 500 victims but a few dozen, the colonel said.", fig("500"),
     "negated"),
    ("not N but M: the correction", "There were not 500 victims but 40, the colonel said.", fig("40"), "asserted"),
    ("not N or M", "There are not 100 or 300 dead, only a handful, the governor said.", fig("300"), "negated"),
    ("rather than N", "About 30 people died, rather than the 500 first reported.", fig("500"), "negated"),
    ("rather than N: the value kept", "About 30 people died, rather than the 500 first reported.", fig("30"),
     "asserted"),
    ("instead of N", "The ministry now counts 70 dead instead of 700.", fig("700"), "negated"),
    ("not N, M", "The toll is not 90, it is 19, the minister insisted.", fig("90"), "negated"),
    ("it is not N", "It was not 300 people who died but 30, the police said.", fig("300"), "negated"),
    ("it is not true that N", "It is not true that 80 fishermen were lost at sea.", fig("80"), DN),
    ("never N", "There were never 50 soldiers at the post, the officer said.", fig("50"), "negated"),
    ("the toll did not reach N", "The toll did not reach 100, the governor said.", fig("100"), "negated"),
    ("not even N", "Not even 20 people attended the rally, organisers admitted.", fig("20"), "negated|asserted"),
    ("no one killed, N injured", "No one was killed in the blast, but 14 people were injured.", fig("14"),
     "asserted"),
    ("no deaths among the N", "There were no deaths among the 40 passengers.", fig("40"), "negated"),
    ("not a single one of the N", "Not a single one of the 30 hostages was harmed, the negotiator said.",
     fig("30"), "asserted"),
    ("none of the N arrested", "Police said none of the 200 protesters was arrested.", fig("200"), "negated"),
    ("none of the N were civilians", "The army said none of the 25 dead were civilians.", fig("25"), "asserted"),
    ("no civilians among the N killed", "There were no children among the 16 killed, the ministry said.",
     fig("16"), "asserted"),
]

NEGATION_SCOPE_MISSES: list[Row] = [
    ("near miss: no fewer than", "No fewer than 40 people died in the crush.", fig("40"), "asserted"),
    ("near miss: not fewer than", "Not fewer than 60 houses were destroyed, the council said.", fig("60"),
     "asserted"),
    ("near miss: no more than", "No more than 15 people were hurt, police said.", fig("15"), "asserted"),
    ("near miss: not more than", "Not more than 25 people were on the bus, the driver said.", fig("25"),
     "asserted"),
    ("near miss: no less than", "No less than 70 percent of the city lost power.", fig("70"), "asserted"),
    ("near miss: not only N but M", "Not only were 20 people killed, but 30 more were wounded.", fig("20"),
     "asserted"),
    ("near miss: not only N but M (second)", "Not only were 20 people killed, but 30 more were wounded.",
     fig("30"), "asserted"),
    ("near miss: none other than", "None other than the mayor said 25 people died in the fire.", fig("25"),
     "asserted"),
    ("near miss: not far from", "The shells landed not far from the 12 villages on the ridge.", fig("12"),
     "asserted"),
    ("near miss: not until", "The 18 bodies were not recovered until Friday.", fig("18"), "asserted"),
    ("near miss: not without", "The 40 families left, not without losses.", fig("40"), "asserted"),
    ("no longer missing: the state has ended", "The nine fishermen are no longer missing, they were found dead.",
     fig("nine"), "negated"),
    ("near miss: negation in another clause", "Twelve people died after the ambulance did not arrive.",
     fig("Twelve"), "asserted"),
    ("near miss: negated relative clause", "The 30 people who did not flee were killed.", fig("30"), "asserted"),
    ("near miss: negation before the count's clause", "Rescuers could not reach the village, where 45 people "
     "died.", fig("45"), "asserted"),
    ("near miss: failed to save", "Doctors failed to save 11 of the wounded.", fig("11"), "asserted"),
    ("near miss: unable to flee", "At least 60 people were unable to flee the fire.", fig("60"), "asserted"),
    ("near miss: no sooner", "No sooner had 200 people gathered than the police fired.", fig("200"), "asserted"),
    ("near miss: not a single but many", "It was not a single strike but three, killing 27 people.", fig("27"),
     "asserted"),
]

# negated attribution: the source does not say, or never said, what is reported
NEGATED_ATTRIBUTION: list[Row] = [
    ("did not say that", "The ministry did not say that 40 people died.", fig("40"), "uncertain|negated"),
    ("never claimed that", "Hamdan never claimed that 20 soldiers were killed.", fig("20"), "uncertain|negated"),
    ("never said", "The general never said that his men killed 30 rebels.", fig("30"), "uncertain|negated"),
    ("neither X nor Y claimed", "Neither the army nor the rebels claimed that 70 people died.", fig("70"),
     "uncertain|negated"),
    ("neither X nor Y claimed (an act)", "Neither the Red Hand nor the army has claimed the bombing of the bus.",
     ev("bombing"), "uncertain|negated|asserted"),
    ("no one claimed", "No one claimed that more than 10 people were hurt.", fig("10"), "uncertain|negated"),
    ("did not report", "The agency did not report that 60 houses collapsed.", fig("60"), "uncertain|negated"),
    ("did not confirm a figure", "The police did not confirm the figure of 35 arrests.", fig("35"), "uncertain"),
    ("near miss: did say", "The ministry did say that 40 people died.", fig("40"), "asserted"),
    ("near miss: did not say when", "The ministry did not say when the 40 people died.", fig("40"), "asserted"),
    ("near miss: not only said", "The ministry not only said 40 people died, it named them.", fig("40"), "asserted"),
    ("near miss: said it did not know", "The ministry said 40 people died but did not say how.", fig("40"),
     "asserted"),
]

# correction and retraction
CORRECTION: list[Row] = [
    ("revised down from N", "The ministry revised its toll down from 80 to 35.", fig("35"), "asserted"),
    ("withdrew the figure", "The agency withdrew the figure of 120 dead it had published on Monday.", fig("120"),
     DN),
    ("retracted the report", "The newspaper retracted its report that 50 students were arrested.", fig("50"), DN),
    ("corrected its earlier report", "The broadcaster corrected its earlier report that 300 people died.",
     fig("300"), DN),
    ("erroneously reported", "State television erroneously reported that 40 soldiers were killed.", fig("40"),
     DN),
    ("falsely claimed", "Several accounts falsely claimed that 100 children had died.", fig("100"), DN),
    ("near miss: confirmed its earlier report", "The broadcaster confirmed its earlier report that 300 people died.",
     fig("300"), "asserted"),
    ("near miss: withdrew N troops", "The army withdrew 120 troops from the town.", fig("120"), "asserted"),
    ("near miss: corrected N", "The ministry corrected the spelling of 30 names on the list of dead.", fig("30"),
     "asserted"),
]

# hedges: could not confirm, unverified, unclear whether, I don't know
HEDGES: list[Row] = [
    ("could not confirm", "Reuters could not confirm that 25 people drowned.", fig("25"), "uncertain"),
    ("could not independently verify", "The BBC could not independently verify the toll of 60.", fig("60"),
     "uncertain"),
    ("could not be verified", "The claim that 40 fighters died could not be verified.", fig("40"), "uncertain"),
    ("unverified", "Unverified reports said 90 people were killed.", fig("90"), "uncertain"),
    ("unconfirmed", "An unconfirmed toll of 30 circulated on Sunday.", fig("30"), "uncertain"),
    ("it was not clear whether", "It was not clear whether 12 of the dead were soldiers.", fig("12"), "uncertain"),
    ("it was unclear how many", "It was unclear how many of the 300 residents had fled.", fig("300"),
     "uncertain|asserted"),
    ("I don't know whether", "“I don't know whether it was a drone strike,” the mayor said.",
     quo("whether it was a drone strike"), "uncertain"),
    ("did not know how many", "The governor said he did not know how many people had died.", ev("died"),
     "uncertain"),
    ("declined to confirm", "The army declined to confirm that 18 soldiers were captured.", fig("18"),
     "uncertain"),
    ("refused to say", "Police refused to say whether 20 people had been arrested.", fig("20"), "uncertain"),
    ("no independent confirmation", "There was no independent confirmation of the toll of 70.", fig("70"),
     "uncertain"),
    ("no way to verify", "There is no way to verify that 50 people died.", fig("50"), "uncertain"),
    ("may have died", "Officials said 40 people may have died.", fig("40"), "uncertain"),
    ("probably", "Probably 30 people were killed, a medic said.", fig("30"), "uncertain"),
    ("near miss: could confirm", "Reuters could confirm that 25 people drowned.", fig("25"), "asserted"),
    ("near miss: independently verified", "The BBC independently verified the toll of 60.", fig("60"),
     "asserted"),
    ("near miss: it was clear that", "It was clear that 12 of the dead were soldiers.", fig("12"), "asserted"),
    ("near miss: confirmed reports", "Confirmed reports said 90 people were killed.", fig("90"), "asserted"),
    ("near miss: knew that", "The governor knew that 30 people had died.", fig("30"), "asserted"),
    ("near miss: verified that", "Our reporters verified that 25 people drowned.", fig("25"), "asserted"),
]

# conditional and future
CONDITIONAL: list[Row] = [
    ("could rise to", "The toll could rise to 100, officials warned.", fig("100"), "uncertain|hypothetical|future"),
    ("if confirmed", "If confirmed, the toll of 80 would make it the deadliest attack this year.", fig("80"),
     "uncertain|hypothetical"),
    ("would die if", "Some 300 patients would die if the power failed, doctors said.", fig("300"), "hypothetical"),
    ("will die", "Hundreds more will die unless aid arrives, the UN said.", ev("die"), "future|hypothetical"),
    ("threatened to kill", "The kidnappers threatened to kill 12 hostages.", fig("12"),
     "hypothetical|future|requested"),
    ("near miss: rose to", "The toll rose to 100 on Monday, officials said.", fig("100"), "asserted"),
    ("near miss: confirmed toll", "The confirmed toll of 80 makes it the deadliest attack this year.", fig("80"),
     "asserted"),
]

# reported denials inside quotes and indirect speech, every side
QUOTED: list[Row] = [
    ("a direct quote that negates", "“We did not fire a single shell at the hospital,” the colonel said.",
     quo("We did not fire"), "negated|denied"),
    ("a direct quote that denies", "“We categorically deny that our forces killed 30 civilians,” the ministry said.",
     fig("30"), "denied"),
    ("a direct quote that denies (the quote)", "“We categorically deny that our forces killed 30 civilians,” the "
     "ministry said.", quo("our forces killed"), "denied"),
    ("a quote: not N", "“There were not 200 dead, there were eight,” the police chief said.", fig("200"),
     "negated"),
    ("a quote: the correction", "“There were not 200 dead, there were eight,” the police chief said.",
     fig("eight"), "asserted"),
    ("a quote: no one was killed", "“No one was killed in our operation,” a spokesman said.",
     quo("No one was killed"), "negated"),
    ("indirect: said it did not", "The navy said it did not shell the port.", ev("shell"), "negated"),
    ("indirect: said that no", "The army said that no civilians were harmed in the raid on Telo.",
     quo("no civilians were harmed"), "negated"),
    ("indirect: a denial reported", "The spokesman said the ministry denied that 45 detainees died.", fig("45"),
     "denied"),
    ("indirect: insisted that none", "The army insisted that none of its shells hit the school.",
     quo("none of its shells"), "negated"),
    ("a quote: this is fabricated", "“This figure of 400 is fabricated,” the minister said.", fig("400"), DN),
    ("a quote: rejected reports", "“We reject the reports that we held 70 people,” the commander said.",
     fig("70"), "denied"),
    ("a quote: I cannot confirm", "“I cannot confirm that 15 soldiers died,” the spokesman said.", fig("15"),
     "uncertain"),
    ("a quote of another's claim", "“The rebels say 50 died, but that is a lie,” the governor said.", fig("50"),
     "denied|negated|asserted"),
    ("a quote: near miss, an assertion", "“Our forces killed 30 fighters,” the ministry said.", fig("30"),
     "asserted"),
    ("a quote: near miss, no one else", "“No one else can say that 40 died; we counted them,” the mayor said.",
     fig("40"), "asserted"),
    ("a quote: near miss, never again", "“We will never forget the 81 who died,” the mayor said.", fig("81"),
     "asserted"),
    ("a quote: near miss, not just", "“It was not just 10, it was 40 people,” the mayor said.", fig("40"),
     "asserted"),
]

# denials of acts (events): the claimant denies it happened
DENIED_ACTS: list[Row] = [
    ("event: denied attacking", "Moscow has denied targeting civilians in the strike on Orlin.", ev("targeting"),
     "denied"),
    ("event: denied it attacked", "Israel denied it attacked the convoy near Rafah.", ev("attacked"), "denied"),
    ("event: denied that it bombed", "The coalition denied that its jets bombed the market.", ev("bombed"),
     "denied"),
    ("event: rejected accusations it shelled", "Baku rejected accusations that it shelled the village.",
     ev("shelled"), "denied"),
    ("event: dismissed claims that troops looted", "The army dismissed claims that troops looted shops in Doma.",
     ev("looted"), "denied"),
    ("event: denied responsibility for the abduction", "The gang denied responsibility for abducting the "
     "nurses.", ev("abducting"), "denied"),
    ("event: said it had not struck", "The air force said it had not struck the hospital.", ev("struck"), DN),
    ("event: far from attacking", "Far from attacking the camp, the troops guarded it.", ev("attacking"),
     "negated"),
    ("event: did not deny", "The rebels did not deny shelling the town.", ev("shelling"), "uncertain|asserted"),
    ("event: near miss, admitted", "The rebels admitted shelling the town.", ev("shelling"), "asserted"),
    ("event: near miss, accused", "The rebels accused the army of shelling the town.", ev("shelling"), "asserted"),
    ("event: near miss, denied aid", "The rebels shelled the town and denied aid convoys entry.", ev("shelled"),
     "asserted"),
]

ROWS: list[Row] = (DENIAL_VERBS + DENIAL_VERB_MISSES + DENIAL_NOUNS + DENIAL_NOUN_MISSES + NEGATED_QUANTITY
                   + NEGATION_SCOPE_MISSES + NEGATED_ATTRIBUTION + CORRECTION + HEDGES + CONDITIONAL + QUOTED
                   + DENIED_ACTS)

# a second batch, written after the first batch's rules, before any rule for it: the same classes in
# other words, tenses and word orders (held out from the frames of branch i15-stance)
SECOND: list[Row] = [
    ("2: deny, perfect passive", "That 33 detainees had died in custody was denied by the prison service.", fig("33"),
     "denied"),
    ("2: deny, inverted report", "“No prisoner has died here,” said the warden, denying reports that 33 had died.",
     fig("33"), "denied"),
    ("2: strongly denied", "Commanders strongly denied that their units had killed 24 shepherds.", fig("24"),
     "denied"),
    ("2: deny, object clause after a comma", "The militia, in a statement, denied that 57 recruits had been "
     "kidnapped.", fig("57"), "denied"),
    ("2: disputed the figure of", "The government disputed the figure of 310 dead cited by the rebels.", fig("310"),
     "denied|uncertain"),
    ("2: rejected as false", "The navy rejected as false the reports that 85 sailors drowned.", fig("85"), "denied"),
    ("2: labelled a fabrication", "The ministry labelled the report of 95 deaths a fabrication.", fig("95"),
     "denied"),
    ("2: described as exaggerated", "Officials described the toll of 410 as wildly exaggerated.", fig("410"),
     "denied|negated"),
    ("2: the claims are unfounded", "Claims that 36 aid workers were detained are unfounded, the junta said.",
     fig("36"), "denied|negated"),
    ("2: the story is fake", "The story that 61 conscripts deserted is fake, the general said.", fig("61"),
     "denied|negated"),
    ("2: a denial issued", "The embassy issued a denial of reports that 28 diplomats were expelled.", fig("28"),
     "denied"),
    ("2: rebuffed claims", "The council rebuffed claims that 39 homes were demolished.", fig("39"),
     "denied|asserted"),
    ("2: there was not one death among", "There was not one death among the 74 passengers, the airline said.",
     fig("74"), "negated"),
    ("2: nobody was hurt, N evacuated", "Nobody was hurt, but 210 residents were evacuated.", fig("210"),
     "asserted"),
    ("2: not N but M (dead)", "Not 60 but 16 people died in the crash, the police said.", fig("60"), "negated"),
    ("2: not N but M (kept)", "Not 60 but 16 people died in the crash, the police said.", fig("16"), "asserted"),
    ("2: the toll is not N", "The toll is not 400, a spokesman insisted.", fig("400"), "negated"),
    ("2: fewer than N, not M", "Fewer than 20 people died, not 200 as reported.", fig("200"), "negated"),
    ("2: rather than N, quoted", "“We lost 12 men, rather than the 90 the enemy claims,” the captain said.",
     fig("90"), "negated"),
    ("2: never said N", "The ministry has never said that 77 people died in the storm.", fig("77"),
     "uncertain|negated"),
    ("2: at no point claimed", "At no point did the police claim that 19 protesters were shot.", fig("19"),
     "uncertain|negated"),
    ("2: retracted a toll", "The governor's office retracted a toll of 66 it had given hours earlier.", fig("66"),
     "denied"),
    ("2: walked back", "The agency later withdrew its claim that 44 militants were killed.", fig("44"), "denied"),
    ("2: could not verify the N", "The Associated Press could not verify the 49 deaths reported by activists.",
     fig("49"), "uncertain"),
    ("2: not possible to confirm", "It was not possible to confirm that 37 people drowned.", fig("37"),
     "uncertain"),
    ("2: unconfirmed reports of N", "There were unconfirmed reports of 53 deaths in the north.", fig("53"),
     "uncertain"),
    ("2: impossible to independently verify", "Their claim of 81 dead was impossible to independently verify.",
     fig("81"), "uncertain"),
    ("2: it remains unknown whether", "It remains unknown whether 14 of the victims were children.", fig("14"),
     "uncertain"),
    ("2: might reach", "The toll might reach 150, officials fear.", fig("150"), "uncertain|hypothetical|future"),
    ("2: threatened to execute", "The gang threatened to execute 17 captives unless paid.", fig("17"),
     "future|hypothetical"),
    ("2: plans to deport", "The government plans to deport 3,000 migrants next year.", fig("3,000"),
     "future|hypothetical"),
    ("2: quote, we never killed", "“We never killed 40 civilians in that village,” the colonel said.", fig("40"),
     "negated|denied"),
    ("2: quote, it is a lie that", "“It is a lie that 25 of our soldiers surrendered,” the minister said.",
     fig("25"), "denied|negated"),
    ("2: indirect, insisted no more than", "The army insisted no more than 12 civilians had died.", fig("12"),
     "asserted"),
    ("2: near miss, denied bail to N", "A judge denied bail to 14 of the suspects.", fig("14"), "asserted"),
    ("2: near miss, rejected N applications", "Officials rejected 230 asylum applications last month.",
     fig("230"), "asserted"),
    ("2: near miss, not only", "Not only did 30 people die, but hundreds lost their homes.", fig("30"), "asserted"),
    ("2: near miss, no fewer", "No fewer than 18 bodies were recovered.", fig("18"), "asserted"),
    ("2: near miss, until", "The 27 miners were not found until Tuesday.", fig("27"), "asserted"),
    ("2: near miss, none other", "None other than the president announced that 35 soldiers died.", fig("35"),
     "asserted"),
    ("2: near miss, confirmed falsely accused", "The court found that 13 men had been falsely accused.",
     fig("13"), "asserted"),
    ("2: near miss, no-one denied", "No one has denied that 44 people were killed.", fig("44"),
     "asserted|uncertain"),
    ("2: near miss, a lie in another sentence", "The council said 58 people died. Rumours of a curfew are a lie, "
     "the mayor said.", fig("58"), "asserted"),
    ("2: event, denied having bombed", "The air force denied having bombed the market.", ev("bombed"), "denied"),
    ("2: event, called reports that it shelled fabricated", "Kavo called reports that its army shelled the "
     "camp fabricated.", ev("shelled"), "denied"),
    ("2: event, near miss, admitted", "The air force admitted having bombed the market.", ev("bombed"),
     "asserted"),
]

ROWS += SECOND
