"""Rows of the negation register probe (tests/stages/figures/test_negation_register_probe.py).

Invented sentences, written for this probe (issue 15), in the registers news uses to negate, deny,
correct, dispute or withdraw a figure: wire copy, live blogs, translated statements, fact-checks,
transcripts and corrections, with parties of every side. Each row is (id, class, text, value,
expected): the figure of ``value`` (the first one found) must have the expected stance:

* ``asserted``: the text asserts it (a claim: asserted or historical);
* ``denied``: its claimant denies it or the text says it is not so (denied or negated);
* ``uncertain``: the text leaves it open ("could not verify");
* ``open``: not a claim, whichever non-asserting stance (a reading may be negated or uncertain);
* ``not_injured``: not a claim that ``value`` were injured ("none of the 40 passengers was hurt":
  the 40 are passengers, not casualties), so either no figure, a non-asserting stance or no
  injury measure.
"""

from __future__ import annotations

Row = tuple[str, str, str, float, str]

ROWS: list[Row] = [
    # corrections and editors' notes
    ("corr-earlier-version", "correction", "Correction: An earlier version of this story said 50 people were killed in the "
     "blast. The toll was 35.", 50, "denied"),
    ("corr-earlier-version-right", "correction", "Correction: An earlier version of this story said 50 people were "
     "killed in the blast. The toll was 35.", 35, "asserted"),
    ("corr-previously-stated", "correction", "This article has been corrected. It previously stated that 18 miners "
     "were trapped underground.", 18, "denied"),
    ("corr-wrongly-gave", "correction", "An earlier version of this report wrongly gave the number of dead as 40.",
     40, "denied"),
    ("corr-misstated", "correction", "Editor's note: a previous version of this article misstated the number of "
     "displaced families as 3,000.", 3000, "denied"),
    ("corr-live-blog", "correction", "11:05 - Correction: we earlier reported that 25 people had died; the correct "
     "figure is 15.", 25, "denied"),
    ("corr-live-blog-right", "correction", "11:05 - Correction: we earlier reported that 25 people had died; the "
     "correct figure is 15.", 15, "asserted"),
    ("corr-incorrectly-reported", "correction", "The agency incorrectly reported on Tuesday that 70 soldiers had been "
     "killed.", 70, "denied"),
    ("corr-mistakenly", "correction", "The broadcaster mistakenly said 90 people were wounded in the shelling.",
     90, "denied"),
    ("corr-near-miss-updated", "correction", "This story has been updated to say that 22 people were killed.",
     22, "asserted"),
    # retractions and withdrawn figures
    ("retract-withdrew", "retraction", "The health ministry later withdrew the figure of 120 dead, saying some "
     "victims had been counted twice.", 120, "denied"),
    ("retract-retracted-claim", "retraction", "The army retracted its claim that 75 fighters had been killed.",
     75, "denied"),
    ("retract-walked-back", "retraction", "The governor's office walked back its statement that 200 homes had been "
     "destroyed.", 200, "denied"),
    ("retract-removed", "retraction", "The monitoring group removed the figure of 64 dead from its report.",
     64, "denied"),
    ("retract-no-longer-stands", "retraction", "The police said the figure of 31 arrests no longer stands.",
     31, "denied"),
    ("retract-near-miss-repeated", "retraction", "The army repeated its claim that 75 fighters had been killed.",
     75, "asserted"),
    # there is no truth to, is a lie, propaganda
    ("lie-no-truth", "called false", "There is no truth to reports that 300 prisoners escaped, the justice ministry "
     "said.", 300, "denied"),
    ("lie-figure-is-lie", "called false", "\"The figure of 500 dead is a lie,\" the spokesman said.", 500, "denied"),
    ("lie-propaganda-question", "called false", "\"500 dead? That is pure propaganda,\" the colonel told reporters.",
     500, "denied"),
    ("lie-fiction", "called false", "The minister called the figure of 450 victims \"pure fiction\".", 450, "denied"),
    ("lie-fake-news", "called false", "The ruling party branded claims that 600 protesters died \"fake news\".",
     600, "denied"),
    ("lie-slander", "called false", "Accusations that the police beat 40 students are slander, the interior "
     "minister said.", 40, "denied"),
    ("lie-dismissed-propaganda", "called false", "The junta dismissed as propaganda reports that 40 students were "
     "beaten.", 40, "denied"),
    ("lie-baseless", "called false", "The report that 45 soldiers died in the ambush is baseless, the defence "
     "ministry said.", 45, "denied"),
    ("lie-groundless", "called false", "The so-called reports of 100 victims are absolutely groundless, the embassy "
     "said.", 100, "denied"),
    ("lie-invention", "called false", "These 500 deaths are an invention of the opposition, the spokesman said.",
     500, "denied"),
    ("lie-fabricated", "called false", "The government said the toll of 230 was fabricated.", 230, "denied"),
    ("lie-exaggerated", "called false", "The ministry said reports of 80 dead were exaggerated.", 80, "denied"),
    ("lie-simply-not-true", "called false", "The figure of 70 injured is simply not true, the mayor said.",
     70, "denied"),
    ("lie-near-miss-accurate", "called false", "The figure of 70 injured is accurate, the mayor said.", 70, "asserted"),
    ("lie-near-miss-lie-elsewhere", "called false", "The minister said the accusations were lies and that 70 "
     "rebels had been captured.", 70, "asserted"),
    # fact-checks
    ("fact-verdict-false", "fact-check", "Claim: 5,000 people were killed in the floods. Verdict: False.",
     5000, "denied"),
    ("fact-no-did-not", "fact-check", "Fact check: No, 2,000 migrants did not drown off the coast last week.",
     2000, "denied"),
    ("fact-posts-false", "fact-check", "Posts claiming that 60 children died after the vaccination are false.",
     60, "denied"),
    ("fact-not-the-case", "fact-check", "A viral video says 300 people were buried in the mass grave. That is not "
     "the case.", 300, "denied"),
    ("fact-debunked", "fact-check", "The claim that 70 children died in the fire, which spread widely online, has "
     "been debunked.", 70, "denied"),
    ("fact-no-evidence", "fact-check", "There is no evidence that 70 children died in the fire, the inspectors "
     "said.", 70, "open"),
    ("fact-false-claim", "fact-check", "The senator repeated the false claim that 3,000 protesters were killed.",
     3000, "denied"),
    ("fact-falsely-claimed", "fact-check", "State television falsely claimed that 400 soldiers had been killed.",
     400, "denied"),
    ("fact-near-miss-true", "fact-check", "Claim: 5,000 people were killed in the floods. Verdict: True.",
     5000, "asserted"),
    ("fact-near-miss-rightly", "fact-check", "State television rightly reported that 400 soldiers had been killed.",
     400, "asserted"),
    # rhetorical questions and transcripts
    ("quest-where-are", "question", "\"Where are the 200 bodies they talk about?\" the minister asked.", 200,
     "denied"),
    ("quest-who-believes", "question", "\"Who believes that 10,000 soldiers were killed?\" the general said.",
     10000, "denied"),
    ("quest-really-no", "question", "Did 200 people really die in the attack? The hospital records say no.",
     200, "denied"),
    ("trans-not-true", "transcript", "REPORTER: Is it true that 30 soldiers were killed?\n\nGENERAL: No. That is not "
     "true.", 30, "denied"),
    ("trans-absolutely-not", "transcript", "Q: Were 50 people arrested on Friday?\n\nA: Absolutely not.", 50,
     "denied"),
    ("quest-near-miss-answered", "question", "How many were killed? At least 200, the coroner said.", 200,
     "asserted"),
    ("trans-near-miss-yes", "transcript", "Q: Were 50 people arrested on Friday?\n\nA: Yes, 50 were arrested.",
     50, "asserted"),
    # plain negation of a count
    ("neg-at-no-point", "negated count", "At no point were 500 people detained, the police said.", 500, "denied"),
    ("neg-did-not-die", "negated count", "Contrary to rumours, 40 workers did not die in the collapse.", 40,
     "denied"),
    ("neg-never-happened", "negated count", "The 80 deaths reported on Monday never happened, investigators "
     "concluded.", 80, "denied"),
    ("neg-not-killed", "negated count", "Officials insisted that 25 villagers were not killed by soldiers.", 25,
     "denied"),
    ("neg-none-of-passengers", "none of", "None of the 40 passengers was injured, the airline said.", 40,
     "not_injured"),
    ("neg-not-one-of-crew", "none of", "Not one of the 12 crew members was hurt.", 12, "not_injured"),
    ("neg-near-miss-no-fewer", "negated count", "No fewer than 30 people died in the fire.", 30, "asserted"),
    ("neg-near-miss-not-less", "negated count", "Not less than 30 people were killed, the governor said.", 30,
     "asserted"),
    ("neg-near-miss-not-only", "negated count", "Not only were 30 people killed, but the clinic was also "
     "destroyed.", 30, "asserted"),
    ("neg-near-miss-none-soldiers", "negated count", "Nearly 30 people were killed, none of them soldiers.", 30,
     "asserted"),
    # not N but M; N, not M; rather than; far from; contrary to
    ("contrast-not-but", "contrast", "The toll was not 30 but 13, the hospital said.", 30, "denied"),
    ("contrast-not-but-right", "contrast", "The toll was not 30 but 13, the hospital said.", 13, "asserted"),
    ("contrast-n-not-m", "contrast", "Officials said 13 people died, not 30 as first reported.", 30, "denied"),
    ("contrast-n-not-m-right", "contrast", "Officials said 13 people died, not 30 as first reported.", 13,
     "asserted"),
    ("contrast-rather-than", "contrast", "Rather than the 80 initially reported, 8 people died.", 80, "denied"),
    ("contrast-rather-than-right", "contrast", "Rather than the 80 initially reported, 8 people died.", 8,
     "asserted"),
    ("contrast-far-from", "contrast", "Far from the 1,000 deaths the rebels claim, the toll stands at 112, the "
     "ministry said.", 1000, "denied"),
    ("contrast-far-from-right", "contrast", "Far from the 1,000 deaths the rebels claim, the toll stands at 112, the "
     "ministry said.", 112, "asserted"),
    ("contrast-contrary", "contrast", "Contrary to rebel claims of 300 dead, only 30 bodies were found.", 300,
     "denied"),
    ("contrast-contrary-right", "contrast", "Contrary to rebel claims of 300 dead, only 30 bodies were found.", 30,
     "asserted"),
    ("contrast-it-was-not", "contrast", "It was not 20 people who died but two, the coroner said.", 20, "denied"),
    ("contrast-as-rebels-say", "contrast", "The toll is not 500, as the rebels say, but 50.", 500, "denied"),
    ("contrast-as-rebels-say-right", "contrast", "The toll is not 500, as the rebels say, but 50.", 50, "asserted"),
    ("contrast-much-lower", "contrast", "The real number is much lower than the 300 claimed by the rebels, the "
     "army said.", 300, "denied"),
    ("contrast-nowhere-near", "contrast", "The number of dead was nowhere near 600, the police chief said.", 600,
     "denied"),
    ("contrast-instead-of", "contrast", "Instead of the 90 deaths first announced, the agency now counts 19.", 90,
     "denied"),
    ("contrast-near-miss-not-but-also", "contrast", "Not just 30 but 45 people were killed, the hospital said.",
     45, "asserted"),
    ("contrast-near-miss-more-than", "contrast", "The toll is higher than the 300 first reported, the ministry "
     "said.", 300, "asserted"),
    # proved false, turned out wrong
    ("false-proved-false", "proved false", "Initial reports of 80 dead proved false.", 80, "denied"),
    ("false-turned-out-wrong", "proved false", "Reports of 80 dead turned out to be wrong.", 80, "denied"),
    ("false-was-a-hoax", "proved false", "The message saying 150 pupils had been abducted was a hoax, police said.",
     150, "denied"),
    ("false-near-miss-proved-right", "proved false", "Initial reports of 80 dead proved accurate.", 80, "asserted"),
    # denial verbs: X denies N died
    ("deny-that", "denial", "The army denies that 40 civilians died in the raid.", 40, "denied"),
    ("deny-gerund", "denial", "The militia denied killing 40 civilians in the village.", 40, "denied"),
    ("deny-noun", "denial", "The ministry denied the deaths of 40 civilians in the camp.", 40, "denied"),
    ("deny-categorically", "denial", "The police categorically denied that 60 protesters were detained.", 60,
     "denied"),
    ("deny-losing", "denial", "The rebels deny losing 200 fighters in the offensive.", 200, "denied"),
    ("deny-reports", "denial", "The military has denied reports that 15 of its soldiers were captured.", 15,
     "denied"),
    ("deny-refutes", "denial", "The Ministry categorically refutes the fabricated allegations about the killing of "
     "200 civilians.", 200, "denied"),
    ("deny-rejected-claim", "denial", "The navy rejected the claim that 35 fishermen had been shot.", 35, "denied"),
    ("deny-dismissed-reports", "denial", "The governor dismissed reports that 90 people had been killed.", 90,
     "denied"),
    ("deny-rubbished", "denial", "The commander rubbished claims that 120 of his men had deserted.", 120, "denied"),
    ("deny-embassy", "denial", "The Embassy denies the false information published about the detention of 45 "
     "citizens.", 45, "denied"),
    ("deny-near-miss-responsibility", "denial scope", "The group has denied responsibility for the bombing that "
     "killed 40 civilians.", 40, "asserted"),
    ("deny-near-miss-behind", "denial scope", "The army denied that its forces were behind the attack, which killed "
     "40 people.", 40, "asserted"),
    ("deny-near-miss-confirmed", "denial", "The army confirmed that 40 civilians died in the raid.", 40, "asserted"),
    ("deny-near-miss-did-not-deny", "double negation", "The ministry did not deny that 25 soldiers were killed.",
     25, "asserted"),
    ("deny-near-miss-nobody-disputes", "double negation", "Nobody disputes that 14 people died in the fire.", 14,
     "asserted"),
    ("deny-near-miss-not-true-no-one", "double negation", "It is not true that no one died: at least 7 people were "
     "killed.", 7, "asserted"),
    # disputed tolls and denial by one body of another's figure
    ("dispute-toll-of", "dispute", "The interior ministry disputed the toll of 65 given by the opposition.", 65,
     "denied"),
    ("dispute-rejected-estimate", "dispute", "The government rejected the UN's estimate of 2,000 displaced people.",
     2000, "denied"),
    ("dispute-figure-rejects", "dispute", "Activists say as many as 90 protesters were shot, a figure the police "
     "reject.", 90, "denied"),
    ("dispute-figure-contested", "dispute", "Medics counted 55 dead, a figure contested by the army.", 55, "denied"),
    ("dispute-questioned", "dispute", "The ministry questioned the charity's count of 300 dead.", 300, "denied"),
    ("dispute-called-inflated", "dispute", "The army called the rebels' figure of 700 dead inflated.", 700, "denied"),
    ("dispute-inflated-figure", "dispute", "The opposition's inflated figure of 700 dead was rejected by the "
     "ministry.", 700, "denied"),
    ("dispute-accused-inflating", "dispute", "The ministry accused the rebels of inflating the number of dead to "
     "700.", 700, "denied"),
    ("dispute-so-called-toll", "dispute", "The so-called toll of 900 was invented by the militia, officials said.",
     900, "denied"),
    ("dispute-downplayed", "dispute", "The police downplayed the toll, saying only 3 people had died, not 30.", 30,
     "denied"),
    ("dispute-near-miss-endorsed", "dispute", "The government endorsed the UN's estimate of 2,000 displaced people.",
     2000, "asserted"),
    ("dispute-near-miss-figure-confirms", "dispute", "Activists say 90 protesters were shot, a figure the police "
     "confirm.", 90, "asserted"),
    # could not verify, unconfirmed
    ("verify-could-not", "unverified", "Reuters could not independently verify the claim that 85 fighters were "
     "killed.", 85, "uncertain"),
    ("verify-passive", "unverified", "The figure of 85 dead could not be independently verified.", 85, "uncertain"),
    ("verify-not-confirmed", "unverified", "The ministry has not confirmed that 25 soldiers were killed.", 25,
     "uncertain"),
    ("verify-unconfirmed-reports", "unverified", "Unconfirmed reports said 40 people had died in the shelling.", 40,
     "uncertain"),
    ("verify-could-not-confirm-whether", "unverified", "It could not be confirmed whether 40 people had died.", 40,
     "uncertain"),
    ("verify-near-miss-verified", "unverified", "The agency verified the deaths of 40 people from video footage.",
     40, "asserted"),
    ("verify-near-miss-elsewhere", "unverified", "The claim could not be verified, but medics said 40 people died.",
     40, "asserted"),
    # scope: a negation or denial in one clause does not reach another figure
    ("scope-no-soldiers-but", "scope", "No soldiers were hurt but 12 civilians died, the mayor said.", 12,
     "asserted"),
    ("scope-denied-fired-but", "scope", "The army denied that its troops fired, but medics said 9 people were "
     "killed.", 9, "asserted"),
    ("scope-none-injured-semicolon", "scope", "None of the soldiers were injured; 4 militants were killed.", 4,
     "asserted"),
    ("scope-no-deaths-but-injured", "scope", "There were no deaths, but 14 people were injured.", 14, "asserted"),
    ("scope-deny-then-admit", "scope", "The rebels deny losing 200 fighters, but admit that 20 were killed.", 20,
     "asserted"),
    ("scope-deny-then-admit-denied", "scope", "The rebels deny losing 200 fighters, but admit that 20 were killed.",
     200, "denied"),
    ("scope-denied-and-said", "scope", "The ministry denied that 50 prisoners escaped and said 5 had been "
     "killed.", 5, "asserted"),
    ("scope-denied-and-said-denied", "scope", "The ministry denied that 50 prisoners escaped and said 5 had been "
     "killed.", 50, "denied"),
    ("scope-no-one-while", "scope", "Police said no one had been arrested, while activists said 60 had been "
     "detained.", 60, "asserted"),
    ("scope-relative-denial", "scope", "The government, which denies any abuse, says 300 people have been "
     "released.", 300, "asserted"),
    ("scope-denying-participle", "scope", "The minister, denying reports of mass arrests, said only 12 people were "
     "held.", 12, "asserted"),
    ("scope-not-a-single-adding", "scope", "Not a single civilian died, the army said, adding that 40 militants were "
     "killed.", 40, "asserted"),
    ("scope-denied-earlier-reports", "scope", "Officials who denied the earlier reports said 18 people had died.",
     18, "asserted"),
    ("scope-did-not-say-but", "scope", "The police did not say how many were arrested, but witnesses counted 30 "
     "arrests.", 30, "asserted"),
    ("scope-lie-then-count", "scope", "\"The rebel figure is a lie,\" he said. \"We found 17 bodies.\"", 17,
     "asserted"),
    # headlines and quoted headlines
    ("head-denies", "headline", "Army denies 40 civilians killed in raid\n\nThe army said on Monday its troops had "
     "fired only warning shots.", 40, "denied"),
    ("head-reports-false", "headline", "Ministry: reports of 300 dead are false\n\nThe health ministry said on "
     "Sunday the toll was far lower.", 300, "denied"),
    ("head-no-did-not", "headline", "No, 2,000 people did not die in the storm\n\nThe storm caused damage across the "
     "coast.", 2000, "denied"),
    ("head-near-miss-confirms", "headline", "Army confirms 40 civilians killed in raid\n\nThe army said on Monday "
     "an inquiry had been opened.", 40, "asserted"),
    ("head-quoted-false", "headline", "A state daily ran the headline \"300 dead: the lie of the rebels\" on its "
     "front page.", 300, "denied"),
    # translated statements
    ("trans-stmt-reject-so-called", "statement", "\"We reject the so-called figure of 1,500 victims,\" the "
     "statement said.", 1500, "denied"),
    ("trans-stmt-do-not-correspond", "statement", "The allegations of 250 arrests do not correspond to reality, the "
     "foreign ministry said in a statement.", 250, "denied"),
    ("trans-stmt-not-reality", "statement", "The figure of 250 arrests has nothing to do with reality, the "
     "ministry said.", 250, "denied"),
    ("trans-stmt-provocation", "statement", "The claims about 250 detained journalists are a provocation, the "
     "statement said.", 250, "denied"),
    ("trans-stmt-near-miss-regret", "statement", "The ministry regrets the deaths of 250 civilians, the statement "
     "said.", 250, "asserted"),
    ("trans-stmt-near-miss-condemn", "statement", "The ministry condemned the killing of 25 civilians by the "
     "rebels.", 25, "asserted"),
]

# quotes and events of denial: (id, class, text, whether a quote or event over the sentence is a denial)
DENIALS: list[tuple[str, str, str, bool]] = [
    ("den-denied-that", "denial", "The army denied that its troops had fired on the crowd.", True),
    ("den-rejected-claims", "denial", "The ministry rejected claims that its jets struck the market.", True),
    ("den-dismissed", "denial", "The governor dismissed reports that the dam had been sabotaged.", True),
    ("den-no-truth", "denial", "The police said there was no truth to reports that officers beat the students.",
     True),
    ("den-categorically", "denial", "The embassy categorically denied that its staff had been expelled.", True),
    ("den-never", "denial", "\"Our forces never attacked the hospital,\" the colonel said.", True),
    ("den-did-not", "denial", "The rebels said they did not shell the town.", True),
    ("den-refuted", "denial", "The foreign ministry refuted the accusations of torture.", True),
    ("den-false", "denial", "The militia called the accusations of looting false.", True),
    ("den-called-baseless", "called false", "The army said reports that its jets hit the school were baseless.",
     True),
    ("den-quoted-did-not", "quoted", "\"We did not carry out any strike on the camp,\" the ministry said.", True),
    ("den-rejected-involvement", "denial", "The rebels rejected accusations of involvement in the bombing.", True),
    ("den-called-provocation", "called false", "The foreign ministry called the report a provocation.", True),
    ("den-any-role", "denial", "Officials denied any role in the disappearance of the journalist.", True),
    ("den-not-claimed-denies", "denial", "The group has not claimed responsibility and denies involvement.", True),
    ("den-insisted-not", "negation", "The police insisted officers had not opened fire.", True),
    ("den-video-fake", "called false", "The ministry said the video was fake.", True),
    ("den-dismissed-as", "called false", "The governor dismissed the claims as enemy propaganda.", True),
    ("den-not-responsible", "negation", "The army said it was not responsible for the blast.", True),
    ("den-repeatedly", "denial", "The government has repeatedly denied targeting civilians.", True),
    ("den-this-is-a-lie", "called false", "\"This is a lie,\" the spokesman said of the report.", True),
    ("den-nothing-to-do", "negation", "The militia says it had nothing to do with the attack.", True),
    ("den-no-diplomats", "negation", "The embassy said no diplomats had been expelled.", True),
    ("den-near-miss-fired-on", "denial", "The army said its troops fired on armed men.", False),
    ("den-near-miss-video-showed", "denial", "The ministry said the video showed the strike.", False),
    ("den-near-miss-claimed", "denial", "The group claimed responsibility for the bombing.", False),
    ("den-near-miss-confirmed", "denial", "The army confirmed that its troops had fired on the crowd.", False),
    ("den-near-miss-admitted", "denial", "The ministry admitted that its jets struck the market.", False),
    ("den-near-miss-accused", "denial", "The rebels accused the army of shelling the town.", False),
]
