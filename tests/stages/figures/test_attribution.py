"""Attribution chains of figures: the body that states a figure, not its carrier (issue 15).

Each construction has a positive example, a negative one and a near miss, in invented sentences."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, [(f.text, f.value_low) for f in found]
    return found[-1]


# (construction, text, value, the source's words, or None for the outlet's own voice)
CASES = [
    # a count as the subject of a reporting verb is what is counted, not who states it
    ("a count reports nothing", "Flood report\n\nThe toll showed 50 people dead.", 50, None),
    ("a count with an issuer reports for it", "Flood report\n\nOn Monday the council's toll showed that 50 people were dead.", 50,
     "council"),
    ("a body reports", "Flood report\n\nThe council said 50 people died.", 50, "council"),
    # owner of a count noun
    ("owner", "Flood report\n\nThe district council's toll of 41 was questioned by relief groups.", 41,
     "district council"),
    ("owner: an issued count", "Flood report\n\nThe toll of 41 given by the district council was questioned.", 41,
     "district council"),
    ("owner: negative", "Flood report\n\nThe toll of 41 was questioned by relief groups.", 41, None),
    ("owner of a range", "Flood report\n\nThe district council's estimate of 30-41 dead was questioned.", 30,
     "district council"),
    ("owner of a range: between", "Flood report\n\nThe UNICEF estimate of between 30 and 41 deaths was "
     "questioned.", 30, "UNICEF"),
    ("owner: near miss, a possessor that is no count", "Flood report\n\nThe council's 41 trucks reached the valley.",
     41, None),
    # the agent of a passive reporting verb states what its subject counts
    ("passive reporter", "Flood report\n\nA toll of 41 dead was announced by the district council.", 41,
     "the district council"),
    ("passive reporter: negative, the agent of the deaths", "Flood report\n\nAt least 41 people were killed by the "
     "floods, residents said.", 41, "residents"),
    ("passive reporter: near miss, the agent of the reported act",
     "Flood report\n\nForty-one people were reported killed by the militia.", 41, None),
    # the nearest reporting verb governing the figure
    ("clause", "Storm toll\n\nThe regional authority said 30 people died when the bridge fell.", 30,
     "regional authority"),
    ("clause: the nearer of two reporters",
     "Storm toll\n\nA weather agency believes 60 people died, local radio reported on Sunday, and a senior "
     "rescuer put the toll at 25 or fewer.", 25, "senior rescuer"),
    ("clause: negative", "Storm toll\n\nThirty people died when the bridge fell on Sunday.", 30, None),
    # verbs of keeping a count ("has registered", "logged") state it
    ("registered", "Storm toll\n\nThe regional authority has registered 30 deaths since the storm.", 30,
     "regional authority"),
    ("registered: near miss, no agent", "Storm toll\n\nAbout 30 deaths were registered since the storm.", 30, None),
    # a document as reporter gives its issuer
    ("document", "Storm toll\n\nFigures from the regional authority show 30 people died.", 30, "regional authority"),
    ("document: near miss, no issuer named", "Storm toll\n\nNew figures show 30 people died.", 30, "New figures"),
    # an inverted reporting clause closing the sentence
    ("inverted", "Quake\n\nAt least 80 people were hurt in the quake, reported provincial officials.", 80,
     "provincial officials"),
    ("inverted: near miss, a clause of its own",
     "Quake\n\nAt least 80 people were hurt in the quake, reported to be the strongest in years.", 80, None),
    # an anaphoric report in the next sentence
    ("next sentence", "Mine blast\n\nNo fewer than 19 miners died in the blast. Union leaders disclosed this.", 19,
     "Union leaders"),
    ("next sentence: negative", "Mine blast\n\nNo fewer than 19 miners died in the blast. Union leaders met today.",
     19, None),
    ("next sentence: near miss, a pronoun reporter",
     "Mine blast\n\nNo fewer than 19 miners died in the blast. They disclosed this.", 19, None),
    # a sentence about the figures before it that names their source
    ("next sentence names the source", "Mine blast\n\nNo fewer than 19 miners died in the blast. That is "
     "according to the union.", 19, "the union"),
    ("next sentence: the figures come from", "Mine blast\n\nNo fewer than 19 miners died in the blast. The "
     "figures come from the union.", 19, "the union"),
    ("next sentence: negative, no source named", "Mine blast\n\nNo fewer than 19 miners died in the blast. "
     "The figures shocked the town.", 19, None),
    ("next sentence: near miss, the subject is no figure", "Mine blast\n\nNo fewer than 19 miners died in the "
     "blast. Aid came from the union.", 19, None),
    # a report with no content of its own in the sentence before
    ("previous sentence", "Ferry\n\nThe coast guard said on Friday:\n\n\"Fifty-two passengers are missing.\"", 52,
     "coast guard"),
    ("previous sentence: negative, the report has its own content",
     "Ferry\n\nThe coast guard said the weather was calm. Fifty-two passengers are missing.", 52, None),
    # a pronoun owner stands for the source of the figure before it
    ("pronoun owner", "Mine blast\n\nThe union maintains that 19 miners died. Its first toll of 25 was "
     "withdrawn.", 25, "The union"),
    # negative: with no figure before, the pronoun stays as written (an unresolved source)
    ("pronoun owner: negative, no figure before", "Mine blast\n\nIts first toll of 25 was withdrawn.", 25, "Its"),
    # a count named again is the count given before with that value
    ("count named again", "Mine blast\n\nThe union said 19 miners died. The owners disputed the toll of 19.", 19,
     "The union"),
    # a citing phrase inside a relative clause on the speaker is not whom the speaker cites
    ("relative clause cites for itself", "Mine blast\n\nThe union, which according to the owners has lost half its "
     "members, said 19 miners died.", 19, "The union"),
    ("relative clause: negative, citing between speaker and cue", "Mine blast\n\nThe union, citing the owners, "
     "said 19 miners died.", 19, "the owners"),
    ("relative clause: near miss, according to in the main clause", "Mine blast\n\nNineteen miners died, "
     "according to the owners, who have lost half their workers.", 19, "the owners"),
    # a relative pronoun as the speaker stands for the noun its clause is on, an actor or not (seen on an
    # invented Iran probe: "The regime's propaganda outlets, which on Friday spoke of three dead" had "which")
    ("relative pronoun speaker", "Protest\n\nThe state channels, which on Friday spoke of three dead, changed "
     "their story.", 3, "The state channels"),
    ("relative pronoun speaker, other side", "Protest\n\nThe exile websites, which reported 20 dead on Friday, "
     "changed their story.", 20, "The exile websites"),
    ("relative pronoun speaker: negative, a named speaker", "Protest\n\nThe state channels spoke of three dead "
     "on Friday.", 3, "The state channels"),
    # a reporting verb elsewhere in the sentence that reports a clause of its own
    ("reports another clause", "Storm toll\n\nThirty people died in the storm, with the mayor saying the "
     "roads would reopen.", 30, None),
    ("reports another clause: negative, a parenthetical reporter", "Storm toll\n\nThirty people died in the "
     "storm, the mayor said on Sunday.", 30, "the mayor"),
    ("reports another clause: near miss, the figure in its clause", "Storm toll\n\nThe roads were shut, with the "
     "mayor saying that 30 people died.", 30, "the mayor"),
    # an object's non-restrictive relative clause is the writer's aside, not the speaker's words
    ("aside on an object", "Storm toll\n\nThe mayor condemned the looting, which left 30 people dead.", 30, None),
    ("aside: negative, a restrictive clause stays in the content",
     "Storm toll\n\nThe mayor confirmed reports that 30 people died.", 30, "The mayor"),
    ("aside: near miss, the clause on a reported clause's subject",
     "Storm toll\n\nThe mayor said the flood, which left 30 people dead, was the worst in years.", 30, "The mayor"),
    # a reporter inside a quote's content states the figure; the quote's speaker carries it
    ("reporter inside a quote", "Mine blast\n\nLocal radio reported that the union had put the toll at 19.", 19,
     "the union"),
    ("reporter inside a quote: a verb of counting", "Mine blast\n\nThe agency said the union counted 19 dead.", 19,
     "the union"),
    # a pronoun reporter inside the content is the speaker (seen on an invented Iran probe: "A resident ... said
    # by phone that he had counted at least 15 bodies" took the source of the figure before, "local sources")
    ("reporter inside a quote: a pronoun", "Mine blast\n\nThe union said 19 miners died. The mayor said he had "
     "counted 25 bodies.", 25, "The mayor"),
    ("reporter inside a quote: a pronoun, other side", "Mine blast\n\nThe union said 19 miners died. The owners "
     "said they had counted 12 bodies.", 12, "The owners"),
    ("reporter inside a quote: 'according to' in the content", "Mine blast\n\nThe mayor told reporters that, "
     "according to the union, 19 miners had died.", 19, "the union"),
    ("reporter inside a quote: near miss, 'according to' a report that names no one",
     "Mine blast\n\nThe mayor told reporters that, according to early reports, 19 miners had died.", 19,
     "The mayor"),
    # a clause coordinated with a reporting verb's clause is not reported by that verb
    ("coordinated clause", "Flood\n\nThe Sudanese governor said the state had declared a curfew and that 25 of the "
     "wounded were in critical condition.", 25, "governor"),
    ("coordinated clause: another side", "Flood\n\nThe Israeli minister said the army had announced a closure and "
     "that 25 of the wounded were in critical condition.", 25, "minister"),
    ("coordinated clause: negative, the figure in the reported clause", "Flood\n\nThe governor said the state "
     "had declared that 25 of the wounded were in critical condition.", 25, "the state"),
    ("coordinated clause: near miss, coordinated clauses under one reporter", "Flood\n\nThe governor said 40 "
     "people died and that 25 of the wounded were in critical condition.", 25, "The governor"),
    ("reporter inside a quote: the speaker's own pronoun", "Mine blast\n\n“I counted 19 bodies myself,” said "
     "Ali Haidar, a Lebanese rescuer.", 19, "Ali Haidar"),
    ("reporter inside a quote: the speaker's own pronoun, plural", "Mine blast\n\n“We recorded 19 deaths at our "
     "clinic,” said Miriam Levy, an Israeli nurse.", 19, "Miriam Levy"),
    ("reporter inside a quote: near miss, a third party inside", "Mine blast\n\n“The union counted 19 bodies,” "
     "said Ali Haidar, a Lebanese rescuer.", 19, "The union"),
    ("reporter inside a quote: negative, no reporter inside", "Mine blast\n\nLocal radio reported that the blast "
     "killed 19 miners.", 19, "Local radio"),
    ("reporter inside a quote: near miss, a reporter outside the figure's clause", "Mine blast\n\nLocal radio "
     "reported that 19 miners died after the union had warned of gas.", 19, "Local radio"),
    # datelines and wire credits are never sources
    ("dateline", "Ferry\n\nPORTO (Wire) - Fifty-two passengers are missing after the ferry sank.", 52, None),
    # a title-case dateline the parser reads as a second subject of the verb: the subject nearest the verb
    ("dateline read as a subject", "Raid\n\nAl Lomka, March 9 (SNA) - The North Borova Ministry of Health raised "
     "on Monday the death toll of the shelling of the Lomka market by the rebel militia from 43 to 52 dead.", 52,
     "North Borova Ministry of Health"),
    ("dateline read as a subject: the other side", "Raid\n\nBeit Lomka, March 9 (INA) - The South Borova Ministry "
     "of Health raised on Monday the death toll of the shelling of the Lomka market by the army from 43 to 52 dead.",
     52, "South Borova Ministry of Health"),
    ("dateline read as a subject: negative, no subject after it", "Ferry\n\nLomka, March 9 (Wire) - "
     "Fifty-two passengers are missing after the ferry sank.", 52, None),
    # a pronoun source that stands for an actor is written as the actor was last named before it
    ("pronoun written as its actor", "Strikes\n\nHamas issued new figures on Friday. It said 41 people had died "
     "in the strikes.", 41, "Hamas"),
    ("pronoun written as its actor: a person", "Strikes\n\nVladimir Putin spoke on Friday. He said 41 soldiers "
     "had died.", 41, "Vladimir Putin"),
    ("pronoun written as its actor: by its name over a later title", "Strikes\n\nVladimir Putin met his generals "
     "on Friday. The president was asked about the war. He said 41 soldiers had died.", 41, "Vladimir Putin"),
    ("pronoun written as its actor: negative, no one named before", "Strikes\n\nIt said 41 people had died in the "
     "strikes.", 41, "It"),
    ("pronoun written as its actor: near miss, a pronoun inside the source", "Strikes\n\nThe Israeli military "
     "gave details on Friday. Its spokesman said 41 rockets had been fired.", 41, "Its spokesman"),
    ("pronoun written as its actor: near miss, the actor named in what is said", "Mine blast\n\nThe union issued a "
     "new toll on Sunday. At least 21 miners have died, it said.", 21, "The union"),
    # a pronoun source onto no actor stands for the subject before it when its kind fits the pronoun
    ("pronoun: the subject before", "Strikes\n\nSheikh Hasina addressed parliament on Tuesday. She said 150 people "
     "had died.", 150, "Sheikh Hasina"),
    ("pronoun: the subject before: negative, a plural for 'it'", "Strikes\n\nThe rebels issued a statement on "
     "Tuesday. It said 150 people had died.", 150, "It"),
    ("pronoun: the subject before: near miss, an organisation for 'she'", "Strikes\n\nThe Kenyan Red Cross sent "
     "teams to Lamu on Tuesday. She said 150 people had died.", 150, "She"),
    # "list" reports what it counts: its subject (or a document's issuer) states the figure
    ("listed", "Flood report\n\nThe Kenyan Red Cross listed 41 people as missing.", 41, "Red Cross"),
    ("listed: a document", "Flood report\n\nThe annual report of the Mexican interior ministry listed 41 "
     "disappearances.", 41, "interior ministry"),
    ("listed: negative, no one lists", "Flood report\n\nForty-one people were listed as missing.", 41, None),
    ("listed: near miss, a company listed on a market", "Flood report\n\nThe Israeli firm, which was listed in "
     "2010, employs 41 people.", 41, None),
    # a document attributed to X (attributing_verbs) is X's
    ("attributed document", "Raid\n\nA statement attributed to Hezbollah said 3 of its fighters died.", 3,
     "Hezbollah"),
    ("attributed document: ascribed", "Raid\n\nA message ascribed to the Taliban said 14 police officers were "
     "killed.", 14, "Taliban"),
    ("attributed document: negative, read to someone", "Raid\n\nA statement read to the Ukrainian soldiers said 14 "
     "of their comrades were killed.", 14, "A statement"),
    ("attributed document: near miss, an act attributed", "Raid\n\nA strike attributed to Israel killed 20 "
     "people in Damascus.", 20, None),
    # a citing or "according to" phrase that gives a reason or a norm names no source (reason_nouns)
    ("citing a reason", "Port strike\n\nCiting the cost of fuel, the ferry company cut 14 crossings.", 14, None),
    ("according to a norm", "Aid report\n\nFood was handed out according to need, and 640 families were fed in "
     "Tigray.", 640, None),
    ("citing a reason: ill health", "Port strike\n\nThe Israeli minister resigned, citing ill health, after 22 "
     "years in office.", 22, None),
    ("according to a norm: negative, according to a body", "Aid report\n\nFood was handed out to 640 families, "
     "according to the Palestinian Red Crescent.", 640, "Red Crescent"),
    ("citing a reason: near miss, citing people", "Port strike\n\nCiting hospital doctors, the Sudanese "
     "broadcaster said 14 people died.", 14, "hospital doctors"),
    # a phrase of circumstance on a reporting verb: its figure is not what the verb's subject states
    ("circumstance on a reporter", "Mourning\n\nThe Israeli town declared two days of mourning after the rocket "
     "strike, which killed 27 people.", 27, None),
    ("circumstance on a reporter: the source after it", "Mourning\n\nKharkiv declared two days of mourning after "
     "the strike, which killed 27 people, according to data from the regional prosecutor.", 27,
     "regional prosecutor"),
    ("circumstance on a reporter: negative, the content", "Mourning\n\nThe Gaza health ministry declared that "
     "the strike had killed 27 people.", 27, "health ministry"),
    ("circumstance on a reporter: near miss, a count placed 'at'", "Mourning\n\nThe Russian ministry put the toll "
     "of the strike at 27.", 27, "ministry"),
    # a subject that names no one states nothing
    ("no one as the reporter", "Market strike\n\nNo official source has put the toll anywhere near 300.", 300,
     None),
    ("no one as the reporter: negative, a body", "Market strike\n\nThe Sudanese army has put the toll at 300.",
     300, "army"),
    ("no one as the reporter: near miss, a number", "Market strike\n\nTwo RSF sources have put the toll at 300.",
     300, "RSF sources"),
    # the owner of a count noun that is the subject of a verb of level
    ("owner of a level's subject", "Toll\n\nThe regional prosecutor's count stood at 27 dead on Wednesday.", 27,
     "regional prosecutor"),
    ("owner of a level's subject: rose to", "Toll\n\nThe Israeli army's tally rose to 12 soldiers.", 12,
     "Israeli army"),
    ("owner of a level's subject: negative, no owner", "Toll\n\nThe count stood at 27 dead on Wednesday.", 27,
     None),
    ("owner of a level's subject: near miss, no count noun", "Toll\n\nThe prosecutor's convoy grew to 27 "
     "vehicles.", 27, None),
    # ... and of a copula's subject (seen on an invented Iran probe: "The Iranian authorities' own count is
    # seven" took the UN office of the sentence before as its source)
    ("owner of a copula's subject", "Toll\n\nThe UN office cited a toll of 12. The army's own count is seven.", 7,
     "army"),
    ("owner of a copula's subject, other side", "Toll\n\nThe UN office cited a toll of 12. The rebels' tally "
     "is 30.", 30, "rebels"),
    ("owner of a copula's subject: negative, no owner", "Toll\n\nThe count is 27.", 27, None),
    ("owner of a copula's subject: near miss, no count noun", "Toll\n\nThe rebels' convoy is 27 trucks long.",
     27, None),
    # a sentence opening on a count that continues the one before goes on with its source
    ("continued count", "Strike\n\nAccording to the Ukrainian emergency service, rescuers pulled 23 bodies from the "
     "rubble. Another 52 were taken to hospitals.", 52, "emergency service"),
    ("continued count, other side", "Strike\n\nThe Israeli army said 12 soldiers were killed. A further 30 were "
     "wounded.", 30, "army"),
    ("continued count: negative, no source before", "Strike\n\nRescuers pulled 23 bodies from the rubble in Gaza. "
     "Another 52 were taken to hospitals.", 52, None),
    ("continued count: near miss, no casualty count", "Strike\n\nThe Russian army said 12 soldiers were killed. "
     "Another 30 homes were destroyed.", 30, None),
    # the same with "others" or "more" after the opening number
    ("continued count: others", "Raid\n\nA Fulani elder said soldiers had taken away 23 men. Six others were "
     "wounded.", 6, "elder"),
    ("continued count: more", "Strike\n\nThe Israeli army said 12 soldiers were killed. Two more died overnight.", 2,
     "army"),
    ("continued count: others, negative, no source before", "Strike\n\nThe strike killed 23 people in Gaza. Six others "
     "were wounded.", 6, None),
    ("continued count: others, near miss, not the opening number", "Strike\n\nThe Russian army said 12 soldiers were "
     "killed. Medics treated six others.", 6, None),
    # a verb of boasting reports
    ("a boast reports", "Front\n\nThe Ukrainian brigade boasted that it had killed 40 soldiers.", 40, "brigade"),
    ("a boast reports: a claim coordinated after it", "Front\n\nThe Russian channel boasted that \"the convoy was "
     "hit\" and claimed up to 50 fighters killed.", 50, "Russian channel"),
    # circulating a count states it; circulating anything else is no report
    ("circulating figures", "Toll\n\nThe Ukrainian regional administration is circulating figures of 20 or more "
     "dead civilians.", 20, "regional administration"),
    ("circulating figures: negative, a video", "Toll\n\nRussian activists circulated a video of 20 wounded "
     "protesters.", 20, None),
    ("a boast reports: negative, a verb of no report", "Front\n\nThe Russian channel laughed that \"the convoy was "
     "hit\" and posted a photo of 50 fighters.", 50, None),
    # a semicolon closes the figure's clause: the reporter of the next clause does not report it, whatever
    # the parser hung across it (seen on the mali-market probe's liveblog)
    ("semicolon", "Front\n\nKyiv says 40 Russian soldiers died; Moscow says 12 Ukrainians were killed.", 40, "Kyiv"),
    ("semicolon", "Raid\n\nThe army says about 30 \"terrorists\" were neutralised; residents say dozens of civilians "
     "were killed.", 30, "army"),
    ("semicolon: negative, the next clause's own figure", "Front\n\nKyiv says 40 Russian soldiers died; Moscow says "
     "12 Ukrainians were killed.", 12, "Moscow"),
    ("semicolon: near miss, a reporter closing the sentence", "Toll\n\nThe toll was 40; 12 more died overnight, "
     "Gaza medics said.", 40, "medics"),
    # a gapped conjunct, its verb of saying left out, is stated by the noun phrase after the join (seen on
    # an invented DR Congo probe: "the UN humanitarian office reported at least 31 and MSF at least 29")
    ("gapped conjunct", "Camp\n\nThe UN office reported at least 31 Congolese dead and MSF at least 29.", 29, "MSF"),
    ("gapped conjunct, other side", "Raid\n\nThe Rwandan army counted 14 bodies, while the M23 rebels 20.", 20,
     "M23 rebels"),
    ("gapped conjunct: negative, a verb of its own", "Raid\n\nThe Rwandan army counted 14 bodies, and the M23 "
     "rebels said 20.", 20, "M23 rebels"),
    # an "as X claims" clause speaks of its own clause only; a participle of stating a count hung on a verb
    # of saying is the sayer's; a pronoun sayer is whom the quote chain made it (seen on an invented DR
    # Congo probe: '"There were not forty dead, as the regime's propagandists claim," it said, putting the
    # number of dead at "fewer than fifteen"' gave the fifteen to the propagandists)
    ("as-clause and participle", "Raid\n\n\"There were not forty dead, as the army claims,\" the rebels said, "
     "putting the toll at fewer than fifteen.", 15, "rebels"),
    ("as-clause and participle, other side", "Raid\n\n\"There were not 30 dead, as the M23 claims,\" the Congolese "
     "army said, putting the toll at nine.", 9, "Congolese army"),
    ("as-clause and participle, a pronoun sayer", "Raid\n\nThe Congolese army rejected the rebels' account on "
     "Tuesday.\n\n\"There were not 40 dead, as the M23 claims,\" it said, putting the toll at 12.", 12,
     "Congolese army"),
    ("as-clause and participle: negative, a participle with its own subject", "Raid\n\nThe rebels said the raid "
     "failed, with the army putting the toll at 12.", 12, "army"),
    ("gapped conjunct: near miss, a counted noun after the number", "Raid\n\nMedics said 40 Congolese soldiers and "
     "the mayor's 12 bodyguards were killed.", 12, "Medics"),
    # "claim" with lives or victims as its object tells deaths, no claim (attribution.yaml other_sense_objects)
    ("claimed lives: positive", "Outbreak\n\nThe disease has claimed 300 lives in Congo, the ministry said.", 300,
     "the ministry"),
    ("claimed lives: positive, victims", "Outbreak\n\nCholera has claimed 41 victims in Kasai, the governor said.",
     41, "the governor"),
    ("claimed lives: negative, a claim with a clause", "Outbreak\n\nThe ministry claimed that 300 lives were lost.",
     300, "ministry"),
    ("claimed lives: near miss, people said to have died", "Outbreak\n\nThe ministry claimed 300 people had died.",
     300, "ministry"),
    # a claim to land or water (or seats won) is no statement: its subject states no figure in its object
    ("claimed land: positive", "Sea dispute\n\nBrunei, Malaysia and Vietnam claim all or parts of the "
     "1.4 million-square-mile sea.", 1.4e6, None),
    ("claimed land: positive, a region", "Border\n\nBoth countries claim the 300-kilometer border region.", 300, None),
    ("claimed land: positive, a share of it", "Sea dispute\n\nChina claims about 90% of the sea.", 90, None),
    ("claimed land: negative, a claim of a count", "Border\n\nBoth countries claim 300 soldiers were killed.", 300,
     "Both countries"),
    ("claimed land: near miss, a claim with a clause about land", "Border\n\nThe ministry claimed that 300 "
     "square kilometers of land had been seized.", 300, "ministry"),
    # ... nor in an inverted clause closing the sentence: the count of lives is no reporter
    ("claiming lives, inverted: positive", "Floods\n\nThe floods swept through 12 villages, claiming at least 40 "
     "lives.", 12, None),
    ("inverted reporter: negative", "Floods\n\nAt least 40 people were killed, reported local authorities.",
     40, "local authorities"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_figure_source(name: str, text: str, value: float, source: str | None) -> None:
    f = figure(text, value)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)


DOCUMENTS = [
    # a speaker that is a document speaks for its issuer
    ("document speaker", "according to the latest figures from the district council.", "the district council"),
    ("negative: no issuer named", "according to the latest figures.", "the latest figures"),
    ("near miss: what it is about is no issuer", "according to the latest figures on the floods.",
     "the latest figures on the floods"),
    ("near miss: what 'of' names is an issuer only if it is an actor", "according to the latest report of the "
     "damage.", "the latest report of the damage"),
]


@pytest.mark.parametrize(("name", "tail", "source"), DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_a_document_speaker_gives_its_issuer(name: str, tail: str, source: str) -> None:
    f = figure(f"Flood report\n\nThe toll stood at 41, {tail}", 41)
    assert f.attribution == source, name


CITED_DOCUMENTS = [
    # citing a document gives its issuer when the phrase names one
    ("issuer named", "The agency, citing figures from the district council, said 14 people were burned in the fire.",
     "the district council"),
    ("issuer named, cited after", "The agency reported that 14 people were burned, citing figures from the "
     "district council.", "the district council"),
    # negative: a document that names no one: the citer states the figure
    ("no issuer", "The agency, citing hospital records, said 14 people were burned in the fire.", "The agency"),
    ("no issuer, cited after", "The agency reported that 14 people were burned, citing hospital records.",
     "The agency"),
    # near miss: people cited are the source
    ("people", "The agency, citing hospital doctors, said 14 people were burned in the fire.", "hospital doctors"),
]


@pytest.mark.parametrize(("name", "text", "source"), CITED_DOCUMENTS, ids=[c[0] for c in CITED_DOCUMENTS])
def test_citing_a_document_gives_its_issuer_or_no_one(name: str, text: str, source: str) -> None:
    assert figure(f"Fire\n\n{text}", 14).attribution == source, name


REPORTED_BY = [
    # a count "reported by" someone is theirs
    ("reported by", "The toll of 14, first reported by the district council, was later revised.",
     "the district council"),
    # negative: seen by someone is not stated by them
    ("seen by", "The toll of 14 seen by reporters was later revised.", "unattributed"),
    # near miss: a count in a report names no one
    ("in a report", "The toll of 14 in the report was later revised.", "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "source"), REPORTED_BY, ids=[c[0] for c in REPORTED_BY])
def test_a_count_reported_by_someone_is_theirs(name: str, text: str, source: str) -> None:
    assert figure(f"Fire\n\n{text}", 14).attribution == source, name


def test_citing_gives_the_cited_source() -> None:
    text = "Fire\n\nThe agency, citing hospital doctors, said 14 people were burned in the fire."
    f = figure(text, 14)
    assert f.attribution == "hospital doctors"
    near = figure("Fire\n\nThe agency, after a long delay, said 14 people were burned in the fire.", 14)
    assert near.attribution == "The agency"
    first = figure("Fire\n\nCiting hospital doctors, the agency said 14 people were burned in the fire.", 14)
    assert first.attribution == "hospital doctors"
    after = figure("Fire\n\nThe agency reported that 14 people were burned, citing hospital doctors.", 14)
    assert after.attribution == "hospital doctors"
    inverted = figure("Fire\n\nFourteen people were burned, the agency reported, quoting hospital doctors.", 14)
    assert inverted.attribution == "hospital doctors"


CITING_REPORTERS = [
    # positive: a participle on a reporting verb's subject names whom it cites (no quote made)
    ("quoting, on the subject", "Mine blast\n\nThe mayor, quoting the miners' union, put the toll at 19.",
     "the miners' union"),
    # negative: no participle: the reporter states it
    ("no participle", "Mine blast\n\nThe mayor put the toll at 19.", "The mayor"),
    # near miss: a participle of a verb that cites no one, though its object is a body
    ("thanking, on the subject", "Mine blast\n\nThe mayor, thanking the miners' union, put the toll at 19.",
     "The mayor"),
]


@pytest.mark.parametrize(("name", "text", "source"), CITING_REPORTERS, ids=[c[0] for c in CITING_REPORTERS])
def test_a_reporter_citing_someone_gives_whom_it_cites(name: str, text: str, source: str) -> None:
    assert figure(text, 19).attribution == source, name


COMMON_NOUN_OWNERS = [
    # positive: a common noun naming a body before a count noun owns the count
    ("body noun", "Mine blast\n\nThe mayor cited a police toll of 19 dead.", "police"),
    # negative: a noun naming no one is what is counted, not who counts it
    ("death toll", "Mine blast\n\nThe mayor cited a death toll of 19.", "The mayor"),
    # near miss: a body named after the count noun is no owner of it
    ("after the noun", "Mine blast\n\nThe mayor cited a toll of 19 dead at the police station.", "The mayor"),
]


@pytest.mark.parametrize(("name", "text", "source"), COMMON_NOUN_OWNERS, ids=[c[0] for c in COMMON_NOUN_OWNERS])
def test_a_body_named_by_a_common_noun_owns_its_count(name: str, text: str, source: str) -> None:
    assert figure(text, 19).attribution == source, name


def test_a_cited_source_keeps_its_actor() -> None:
    """ "N, citing M, said": the figure's actor is M's, not left empty (profiles read it)."""
    analysis = pipeline().analyze_text("Fire\n\nThe agency, citing the Red Cross, said 14 people were burned.")
    f = next(f for f in analysis.figures if f.value_low == 14)
    names = {a.id: a.name for a in analysis.actors}
    assert f.attribution == "the Red Cross"
    assert "Red Cross" in names.get(f.attribution_actor_id or "", "")


ISSUED_COUNTS = [
    # positive: a count with a relative clause whose subject issued it
    ("relative clause", "Mine blast\n\nThe mayor said the toll of 19 that the union announced was too low.",
     "the union"),
    # positive: a count noun in apposition to the figure, issued by someone
    ("apposition", "Mine blast\n\nThe blast killed 19 miners, a figure given by the union.", "the union"),
    # positive: a bare number with a participle and its agent
    ("participle on the number", "Mine blast\n\nThe toll rose to 25, up from the 19 reported by the union.",
     "the union"),
    # negative: a relative clause whose subject did something else with the count
    ("relative, another verb", "Mine blast\n\nThe mayor said the toll of 19 that the union feared was too low.",
     "The mayor"),
    # near miss: a count seen, not issued, by someone
    ("seen by", "Mine blast\n\nThe blast killed 19 miners, a figure seen by reporters.", "unattributed"),
    # near miss: a document aired by a broadcaster, who carries it, speaks for itself
    ("aired by", "Mine blast\n\nAn assessment aired by the broadcaster says 19 miners died.", "An assessment"),
]


@pytest.mark.parametrize(("name", "text", "source"), ISSUED_COUNTS, ids=[c[0] for c in ISSUED_COUNTS])
def test_a_count_issued_by_someone_is_theirs(name: str, text: str, source: str) -> None:
    assert figure(text, 19).attribution == source, name


OUTLET_ASIDES = [
    # positive: an adverbial clause of the reporting verb is the outlet's circumstance
    ("adverbial clause of the report", "Mine blast\n\nThe union blamed the owners after 19 miners were killed.",
     "unattributed"),
    # negative: what the cue reports is the speaker's
    ("reported clause", "Mine blast\n\nThe union said the blast killed 19 miners.", "The union"),
    # near miss: a relative clause on a noun inside the report is the speaker's too
    ("relative clause inside the report", "Mine blast\n\nThe union said the blast, which killed 19 miners, was no "
     "accident.", "The union"),
]


@pytest.mark.parametrize(("name", "text", "source"), OUTLET_ASIDES, ids=[c[0] for c in OUTLET_ASIDES])
def test_the_outlet_identifies_the_event_a_speaker_speaks_of(name: str, text: str, source: str) -> None:
    assert figure(text, 19).attribution == source, name


RELATIVE_REPORTERS = [
    # "which" as a figure's reporter stands for what it refers to: the body, or a document's issuer
    ("body", "The move follows a report by Amnesty International, which found that security forces killed 40 "
     "protesters in May.", "Amnesty International"),
    ("body, other side", "The move follows a report by the Iranian interior ministry, which found that rioters "
     "killed 40 police officers in May.", "the Iranian interior ministry"),
    ("document", "The move follows new data from the Israeli army, which showed that militants killed 40 soldiers "
     "in May.", "the Israeli army"),
    ("document, other side", "The move follows new data from the Hamas health ministry, which showed that "
     "air strikes killed 40 civilians in May.", "the Hamas health ministry"),
    # negative: a named reporter stays as written
    ("named", "Amnesty International said that security forces killed 40 protesters in May.",
     "Amnesty International"),
    # near miss: a relative clause on a person beside the reporter leaves the person
    ("person with a relative clause", "Anna Berg, who saw the raid, said that police killed 40 protesters in May.",
     "Anna Berg"),
]


@pytest.mark.parametrize(("name", "text", "source"), RELATIVE_REPORTERS, ids=[c[0] for c in RELATIVE_REPORTERS])
def test_a_relative_pronoun_reporter_is_what_it_stands_for(name: str, text: str, source: str) -> None:
    assert figure(f"Report\n\n{text}", 40).attribution == source, name


CITED_REASONS = [
    # citing a reason is not citing a source: the reporter states the figure
    ("a reason", "The Iranian agency, citing security concerns, said 40 people died in the blast.",
     "The Iranian agency"),
    ("a reason, other side", "The Israeli agency, citing security concerns, said 40 people died in the blast.",
     "The Israeli agency"),
    ("a reason after the report", "The agency reported that 40 people died in the blast, citing security "
     "concerns.", "The agency"),
    # negative: citing people names who states it
    ("people", "The agency reported that 40 people died in the blast, citing local doctors.", "local doctors"),
    # near miss: citing a body between speaker and cue
    ("a body", "The agency, citing the Gaza health ministry, said 40 people died in the blast.",
     "the Gaza health ministry"),
]


@pytest.mark.parametrize(("name", "text", "source"), CITED_REASONS, ids=[c[0] for c in CITED_REASONS])
def test_citing_a_reason_names_no_source(name: str, text: str, source: str) -> None:
    assert figure(f"Report\n\n{text}", 40).attribution == source, name


COUNT_VERBS = [
    # a verb that reports a figure only through a count: with anything else as its object it is
    # an act, and its subject states nothing (the outlet does, or the speaker around it)
    ("an act: released people", "The rebels released 40 hostages on Friday.", None),
    ("an act, other side", "The army released 40 detainees on Friday.", None),
    ("an act in a quote: the speaker states it", "The Palestinian ministry said the guards had released 40 "
     "prisoners.", "The Palestinian ministry"),
    ("an act in a quote, other side", "The Israeli ministry said the militia had released 40 prisoners.",
     "The Israeli ministry"),
    ("an act: goods given", "A local charity has given 40 tents to the camp, its director said.", "its director"),
    # negative: the same verbs with a count as object report it
    ("a count raised", "The health ministry raised the toll to 40 on Friday.", "The health ministry"),
    ("a count revised, passive", "The toll was revised to 40 by the health ministry.", "the health ministry"),
    ("a count put at a number", "Rescuers put the dead at 40 on Friday.", "Rescuers"),
    # near miss: a place 'at' is no estimate
    ("near miss: at a place", "The army placed 40 soldiers at the border crossing.", None),
]


@pytest.mark.parametrize(("name", "text", "source"), COUNT_VERBS, ids=[c[0] for c in COUNT_VERBS])
def test_a_count_verb_reports_only_a_count(name: str, text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 40)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert f.attribution == source, (name, f.attribution)


COUNTED_BY = [
    # positive: the owner of a count in a "by" phrase on the figure's clause states the figure
    ("By the Palestinian ministry's count, 40 people have died since the war began.", "the Palestinian ministry"),
    ("By the Israeli army's count, 40 people have died since the war began.", "the Israeli army"),
    ("At least 40 people have died, by the Ukrainian ministry's tally.", "the Ukrainian ministry"),
    # negative: a count no one owns names no source
    ("At least 40 people have died, by some estimates.", None),
    # near miss: "by" naming the cause is no count
    ("At least 40 people were killed by the blast on Monday.", None),
]


@pytest.mark.parametrize(("text", "source"), COUNTED_BY, ids=[c[0][:40] for c in COUNTED_BY])
def test_a_count_in_a_by_phrase_gives_its_owner(text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 40)
    assert f.attribution == (source or UNATTRIBUTED), f.attribution


TOLL_VERBS = [
    # positive: a body that increases or pegs a toll states it
    ("The civil protection agency increased the death toll from the quake to 40.", "The civil protection agency"),
    ("Palestinian health officials pegged the death toll at 40.", "Palestinian health officials"),
    ("Israeli officials pegged the death toll at 40.", "Israeli officials"),
    # negative: what increased a toll names no one who states it
    ("The aftershocks increased the hardship of the 40 families.", None),
]


@pytest.mark.parametrize(("text", "source"), TOLL_VERBS, ids=[c[0][:40] for c in TOLL_VERBS])
def test_a_toll_increased_or_pegged_is_stated(text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 40)
    assert f.attribution == (source or UNATTRIBUTED), f.attribution


# a dateline the parser reads into the subject's phrase is no part of the source as written
DATELINE_SUBJECTS = [
    ("KHARKIV, Ukraine, Nov 18 (Reuters) - Ukraine raised the toll of the strike to 27 on Wednesday, officials "
     "said.", 27, "Ukraine"),
    ("ASHKELON, Israel, Oct 9 (Reuters) - Israel raised the toll of the rocket attack to 27 on Monday, officials "
     "said.", 27, "Israel"),
    # negative: no dateline
    ("Toll\n\nUkraine raised the toll of the strike to 27 on Wednesday, officials said.", 27, "Ukraine"),
]


@pytest.mark.parametrize(("text", "value", "source"), DATELINE_SUBJECTS, ids=[c[2] + str(i) for i, c in
                                                                           enumerate(DATELINE_SUBJECTS)])
def test_a_dateline_read_into_the_subject_is_no_part_of_the_source(text: str, value: float, source: str) -> None:
    assert figure(text, value).attribution == source
# (construction, outlet, text, value, the source's words, or None for the outlet's own voice)
PUBLISHERS = [
    ("a group's own release names itself", "Valley Rights Watch",
     "Valley Rights Watch said today that the raid killed 31 villagers.", 31, None),
    ("an office's release in the first person", "Office of the Special Envoy",
     "Our staff documented 12 deaths among the displaced families.", 12, None),
    ("data compiled by the outlet itself", "Border Voice News",
     "Shelling has killed 400 people this year, according to data compiled by Border Voice.", 400, None),
    ("the wire a paper carries", "Evening Ledger (Reuters)",
     "Reuters counted 27 bodies at the morgue on Tuesday.", 27, None),
    ("negative: another body in a group's release keeps its name", "Valley Rights Watch",
     "The provincial health ministry said the raid killed 31 villagers.", 31, "health ministry"),
    ("near miss: a name sharing one word with the outlet", "Valley Post",
     "Valley authorities said the raid killed 31 villagers.", 31, "authorities"),
    ("near miss: first person inside a quote is the speaker", "Valley Rights Watch",
     "\"We buried 14 fighters of the army,\" said a rebel commander.", 14, "rebel commander"),
    # the short form of the name the release gives in full (seen on an invented Iran probe: "Hawar Rights
    # Monitor has confirmed ... Hawar has recorded the arrest of at least 230 citizens" credited Hawar)
    ("the short form of the outlet's full name", "Sarwa Rights Watch",
     "Sarwa Rights Watch visited the camp. Sarwa has recorded the arrest of at least 230 villagers.", 230, None),
    ("the short form of the outlet's full name, other side", "Mountain Peace Institute",
     "The Mountain Peace Institute sent a team. Mountain has counted 40 soldiers killed.", 40, None),
    ("negative: a short form the text never gives in full", "Sarwa Rights Watch",
     "The team visited the camp. Sarwa has recorded the arrest of at least 230 villagers.", 230, "Sarwa"),
    ("near miss: a place that begins the outlet's name", "Gaza Daily",
     "Gaza Daily sent a reporter. Gaza said 40 soldiers were killed.", 40, "Gaza"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "value", "source"), PUBLISHERS, ids=[c[0] for c in PUBLISHERS])
def test_the_publisher_stating_a_figure_is_the_outlets_voice(name: str, outlet: str, text: str, value: float,
                                                             source: str | None) -> None:
    found = [f for f in pipeline().analyze_text("Report\n\n" + text, outlet=outlet).figures if f.value_low == value]
    assert found, name
    if source is None:
        assert found[-1].attribution == UNATTRIBUTED, (name, found[-1].attribution)
    else:
        assert source in found[-1].attribution, (name, found[-1].attribution)


# (construction, text, value, the source's words)
GOVERNING_PHRASES = [
    # two conjuncts with a source phrase each: each figure's own (every side)
    ("second conjunct's own phrase", "Some 40 rebels were killed, according to the army, and 12 soldiers were "
     "wounded, according to the rebels.", 12, "the rebels"),
    ("first conjunct's own phrase", "Some 40 rebels were killed, according to the army, and 12 soldiers were "
     "wounded, according to the rebels.", 40, "the army"),
    ("a war-wide total and a national one", "More than 900 civilians have been killed since the coup, according "
     "to a local monitoring group, and 40,000 people have fled, according to the United Nations.", 40000,
     "the United Nations"),
    # negative: one phrase for both
    ("one phrase before both", "According to the militia, 40 soldiers were killed and 12 were wounded.", 12,
     "the militia"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), GOVERNING_PHRASES, ids=[c[0] for c in GOVERNING_PHRASES])
def test_each_conjunct_takes_its_own_source_phrase(name: str, text: str, value: float, source: str) -> None:
    found = [f for f in pipeline().analyze_text("Report\n\n" + text).figures if f.value_low == value]
    assert found, name
    assert found[-1].attribution == source, (name, found[-1].attribution)
