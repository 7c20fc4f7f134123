"""Stance of a proposition from the clauses above it: one construction per row, each with a
positive example, a negative example and a near miss (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.errors import ConfigError
from newsledger.nlp.stance import stance_of
from newsledger.nlp.stance_words import load_stance_words
from newsledger.resources import Resources

# (construction, sentence, the word whose stance is read, expected stance)
CASES = [
    # denial verb with a clausal complement
    ("deny that-clause", "The navy denied that it sank the ferry.", "sank", "denied"),
    ("deny that-clause: negative", "The navy said that it sank the ferry.", "sank", "asserted"),
    ("deny that-clause: near miss (did not deny)", "The navy did not deny that it sank the ferry.", "sank",
     "uncertain"),
    # denial verb with a gerund
    ("deny V-ing", "The rebels have denied shelling the market.", "shelling", "denied"),
    ("deny V-ing: negative", "The rebels have admitted shelling the market.", "shelling", "asserted"),
    # denial of a proposition noun
    ("reject the claim that", "The ministry rejected the claim that its troops looted the town.", "looted",
     "denied"),
    ("reject the plan that (no proposition noun)", "The ministry rejected the plan that would move its troops.",
     "move", "asserted"),
    ("deny any involvement in N", "The militia denied any involvement in the bombing.", "bombing", "denied"),
    ("deny the N (no proposition noun)", "The militia denied the bombing.", "bombing", "asserted"),
    ("denial noun", "The militia repeated its denial that it planted the bomb.", "planted", "denied"),
    # a claim called false
    ("claims are false", "They said the reports that the convoy was attacked are false.", "attacked", "denied"),
    ("claims are true (near miss)", "They said the reports that the convoy was attacked are accurate.", "attacked",
     "asserted"),
    ("this is a lie", "This is a lie, the spokesman said.", "is", "denied"),
    ("this is the truth (near miss)", "This is the truth, the spokesman said.", "is", "asserted"),
    # a clause on a claim that calls the claim false
    ("a claim X calls false", "Rebels said the army shelled the clinic, a claim the army calls “absurd”.", "absurd",
     "denied"),
    ("an accusation X dismissed as false", "Rebels said the army shelled the clinic, an accusation the army dismissed "
     "as fabricated.", "dismissed", "denied"),
    ("a claim X calls credible (near miss)", "Rebels said the army shelled the clinic, a claim the army calls "
     "“credible”.", "credible", "asserted"),
    ("a plan X calls absurd (negative: no proposition noun)", "Rebels said the army would move, a plan the army "
     "calls “absurd”.", "absurd", "asserted"),
    ("brushed off the report (particle)", "The ministry brushed off the report that it ran the camp.", "ran",
     "denied"),
    ("brushed up the report (another particle)", "The ministry brushed up the report that it ran the camp.", "ran",
     "asserted"),
    ("pushed back on the claim (particle parsed as an adverb)", "The ministry pushed back on claims that it ran "
     "the camp.", "ran", "denied"),
    ("pushed the claim back (near miss: no particle after the verb)", "The ministry pushed the vote back after "
     "claims that it ran the camp.", "ran", "asserted"),
    ("pushed on with the claim (negative: no particle)", "The ministry pushed on with claims that it ran the camp.",
     "ran", "asserted"),
    # a claim called false by a passive participle of falsity
    ("a relative clause on a disputed count keeps its own stance", "The toll, which the council gave as 40, is "
     "disputed.", "40", "asserted"),
    ("a complement the parser labels relative is the claim (negative: no relative pronoun)",
     "The allegations the council hid 40 deaths are disputed.", "hid", "denied"),
    ("claims were fabricated", "The army said the allegations that it shelled the school were fabricated.",
     "shelled", "denied"),
    ("claims were published (negative)", "The army said the allegations that it shelled the school were published.",
     "shelled", "asserted"),
    ("the claims fabricated evidence (near miss: active, no passive subject)",
     "The army said the men who shelled the school fabricated evidence.", "shelled", "asserted"),
    ("refused to accept responsibility", "The militia refused to accept responsibility for the bombing.",
     "bombing", "denied"),
    ("agreed to accept responsibility (near miss)", "The militia agreed to accept responsibility for the bombing.",
     "bombing", "asserted"),
    # negated clause in the outlet's voice, and under a speaker
    ("outlet negation", "No shells hit the school on Friday.", "hit", "negated"),
    ("a speaker's negation is a negation", "The army said it did not shell the school.", "shell", "negated"),
    ("a claim called false is denied (near miss)", "The army said claims that it shelled the school were false.",
     "shelled", "denied"),
    ("negative existential", "There were no casualties in the second blast, officials said.", "were", "negated"),
    ("existential: negative", "There were casualties in the second blast, officials said.", "were", "asserted"),
    # numbers
    ("not N", "There are not 300 dead, the mayor said.", "300", "negated"),
    ("concerns about N: the topic", "Kyiv dismissed concerns about Russia's threat to cut the power.", "threat",
     "asserted"),
    ("fears over N: the topic, other side", "Israel dismissed fears over the Iranian threat to close the strait.",
     "threat", "asserted"),
    ("claims about N (negative: a noun of claim)", "Kyiv dismissed claims about Russia's threat to cut the power.",
     "threat", "denied"),
    ("no longer V", "The Houthis said they will no longer grant the inspectors access to the port.", "grant",
     "negated"),
    ("longer V (negative: no negator)", "The junta said it will grant the inspectors longer access to the port.",
     "grant", "asserted"),
    ("no later than (near miss: a time limit)", "Kyiv said it will grant the inspectors access no later than May.",
     "grant", "asserted"),
    ("no fewer than N is a qualifier", "No fewer than 300 people died.", "300", "asserted"),
    ("correction after 'but rather'", "There are not 300 dead, but rather a few dozen, the mayor said.", "dozen",
     "asserted"),
    ("a coordinated clause keeps its own stance", "The shell did not hit the clinic, and 12 people died nearby.",
     "12", "asserted"),
    ("relative clause keeps its own stance", "The council rejected a truce that would free 40 prisoners.", "40",
     "asserted"),
    # doubt
    ("could not confirm that", "Reporters could not confirm that 25 people drowned.", "25", "uncertain"),
    ("confirmed that (near miss)", "Reporters confirmed that 25 people drowned.", "25", "asserted"),
    ("don't know whether", "I don't know whether it was a drone strike.", "strike", "uncertain"),
    ("not clear how many", "It was not clear how many people were hurt.", "hurt", "uncertain"),
    ("clear that (near miss)", "It was clear that many people were hurt.", "hurt", "asserted"),
    ("no details is no denial", "The mayor said he had no details on the fire.", "had", "uncertain"),
    ("no role is a negation (near miss)", "The mayor said he had no role in the fire.", "had", "negated"),
    ("an open question under a verb of knowing", "Investigators are working to establish whether 12 people drowned.",
     "12", "uncertain"),
    ("established that (near miss)", "Investigators established that 12 people drowned.", "12", "asserted"),
    ("a count that cannot be verified", "The agency's toll of 25 drowned could not be independently verified.",
     "25", "uncertain"),
    ("a count verified (negative)", "The agency's toll of 25 drowned was independently verified.", "25",
     "asserted"),
    ("a count denied, not doubted (near miss)", "The agency's toll of 25 drowned was not accurate, the mayor said.",
     "25", "negated"),
    ("evidence shown by nothing", "No evidence shows that the militia planted the bomb.", "planted", "uncertain"),
    ("evidence shown (negative)", "New evidence shows that the militia planted the bomb.", "planted", "asserted"),
    ("a clause under a negated verb of no showing (near miss)", "No witness expected that the militia planted the "
     "bomb.", "planted", "asserted"),
    ("declined to say", "The police declined to say how many people were detained.", "detained", "uncertain"),
    # a verb of distancing with a reflexive object denies the object of its preposition
    ("distanced itself from N", "Hamas distanced itself from the rocket attack on Ashkelon.", "attack", "denied"),
    ("distanced itself from V-ing (other side)", "The Israeli army distanced itself from shelling the camp.",
     "shelling", "denied"),
    ("distanced the troops from N (negative: no reflexive object)", "Moscow distanced the troops from the attack "
     "on the depot.", "attack", "asserted"),
    ("distanced itself after N (near miss: another preposition)", "Kyiv distanced itself after the attack on the "
     "depot.", "attack", "asserted"),
    # a phrase the parser hung on the verb of denial right after its object of proposition
    ("disclaimed any role | in N", "The rebels disclaimed any role in the bombing of the bridge.", "bombing",
     "denied"),
    ("admitted a role | in N (negative: no denial)", "The rebels admitted a role in the bombing of the bridge.",
     "bombing", "asserted"),
    ("denied the report on Monday after N (near miss: no object of proposition)", "The army denied the "
     "permit after the bombing of the bridge.", "bombing", "asserted"),
    # verbs of rejection deny a claim with a clause of its own, never an act
    ("condemned the claims that", "The militia condemned the claims that its fighters looted the town.", "looted",
     "denied"),
    ("denounced the accusation that (other side)", "Jerusalem denounced the accusation that its jets bombed the "
     "school.", "bombed", "denied"),
    ("condemned the looting (negative: an act)", "The militia condemned the looting of the town.", "looting",
     "asserted"),
    ("condemned the toll of N (near miss: a proposition noun with no clause)", "The ministry condemned the toll of "
     "40 dead.", "40", "asserted"),
    # truth predicates after a linking verb
    ("it is not true that", "It is not true that Israeli soldiers raided the village, the commander said.",
     "raided", "negated"),
    ("it is not the case that (other side)", "It is not the case that Hamas fighters raided the village.",
     "raided", "negated"),
    ("it is untrue that", "It is untrue that Russian troops shelled the market, the spokesman said.", "shelled",
     "denied"),
    ("it is true that (negative)", "It is true that Ukrainian troops shelled the market.", "shelled", "asserted"),
    ("it is not likely that (near miss: no truth word)", "It is not surprising that Ukrainian troops shelled the "
     "market.", "shelled", "asserted"),
    # a privative phrase: its object is not so
    ("far from V-ing", "Far from attacking the convoy, the Russian troops protected it.", "attacking", "negated"),
    ("instead of V-ing (other side)", "Instead of shelling the town, the Ukrainian army withdrew.", "shelling",
     "negated"),
    ("far from N", "Far from an air strike, it was a misfired rocket, the militia said.", "strike", "negated"),
    ("far from the front (negative: a place)", "The Israeli army attacked a convoy far from the front.",
     "attacked", "asserted"),
    ("from V-ing (near miss: no adverb before)", "Apart from shelling the town, the Hamas fighters fired rockets.",
     "shelling", "asserted"),
    # no evidence leaves a claim open
    ("there is no evidence that", "There is no evidence that the rebels fired the rocket, the official said.",
     "fired", "uncertain"),
    ("found no evidence of N (other side)", "Investigators found no evidence of an Israeli air strike.", "strike",
     "uncertain"),
    ("there is new evidence that (negative)", "There is new evidence that the army fired the rocket.", "fired",
     "asserted"),
    ("there was no time (near miss: no noun of evidence)", "There was no time to check that the army fired the "
     "rocket.", "fired", "asserted"),
    # linking verbs other than "be" take an adjective of doubt
    ("it remains unclear whether", "It remains unclear whether the militia attacked the convoy.", "attacked",
     "uncertain"),
    ("it seems uncertain whether (other side)", "It seems uncertain whether the army attacked the convoy.",
     "attacked", "uncertain"),
    ("it remains clear that (negative)", "It remains clear that the militia attacked the convoy.", "attacked",
     "asserted"),
    # no truth to a claim denies it
    ("there is no truth to reports that", "The army said there was no truth to reports that its jets bombed the "
     "school.", "bombed", "denied"),
    ("there is no truth in claims that (other side)", "Hamas said there was no truth in claims that its fighters "
     "fired the rocket.", "fired", "denied"),
    ("there is some truth to reports that (negative)", "The army said there was some truth to reports that its jets "
     "bombed the school.", "bombed", "asserted"),
    # a noun of falsity with its word of falsity as the complement of a verb of calling
    ("called the reports fake news", "Kyiv called the Russian reports fake news.", "reports", "denied"),
    ("called the reports old news (negative)", "Moscow called the Ukrainian reports old news.", "reports",
     "asserted"),
    # a count called exaggerated
    ("a toll called exaggerated", "The ministry said the toll of 500 was exaggerated.", "500", "denied"),
    ("a toll called accurate (negative)", "The militia said the toll of 500 was accurate.", "500", "asserted"),
    # doubt cast on a claim leaves it open
    ("questioned the claim that", "The army questioned the claim that 500 people died.", "500", "uncertain"),
    ("cast doubt on claims that (other side)", "Hamas cast doubt on claims that 40 soldiers died.", "40",
     "uncertain"),
    ("questioned the toll of N", "The militia questioned the toll of 40 dead.", "40", "uncertain"),
    ("questioned the suspects about N (negative: no proposition noun)", "The police questioned 12 suspects.",
     "12", "asserted"),
    ("did not question the claim (near miss: negated)", "The army did not question the claim that 500 people "
     "died.", "500", "asserted"),
    # impossible: a clause called impossible is denied, a verb of knowing called impossible leaves its object open
    ("it was impossible that", "The army said it was impossible that its jets struck the hospital.", "struck",
     "denied"),
    ("it is impossible to confirm how many (other side)", "Hamas said it was impossible to confirm how many "
     "fighters died.", "died", "uncertain"),
    ("impossible to confirm the toll of N", "It is impossible to confirm the toll of 40.", "40", "uncertain"),
    ("declined to confirm the toll of N", "The army declined to confirm the toll of 40.", "40", "uncertain"),
    ("it was possible that (negative)", "It was possible that the militia's rocket struck the hospital.", "struck",
     "asserted"),
    ("possible to confirm the toll (negative)", "It is possible to confirm the toll of 40.", "40", "asserted"),
    ("impossible to reach (near miss: no verb of knowing)", "The army said it was impossible to reach the 40 "
     "wounded.", "40", "asserted"),
    ("it remains certain that (near miss: an adjective of doubt, not negated)", "It remains certain that the "
     "militia attacked the convoy.", "attacked", "asserted"),
]

# a concessive phrase of denial, read for events only (``event=True``): the clause it modifies
# is denied, and what a verb of saying or accusing says, not the act of saying
# hedges: an adverb of likelihood, or a modal of possibility over a perfect
CASES += [
    ("hedging adverb", "Officials said five Ukrainian soldiers had likely been killed in the raid.", "five",
     "uncertain"),
    ("hedging adverb on a copula", "Israeli officials said the blast was probably caused by a rocket.", "caused",
     "uncertain"),
    ("modal of possibility over a perfect", "Hamas said 20 hostages may have died in the strikes.", "20",
     "uncertain"),
    ("no hedge (negative)", "Hamas said 20 hostages died in the strikes.", "20", "asserted"),
    ("a modal of a possibility to come (near miss)", "Russian officials said the army may attack the port.",
     "attack", "asserted"),
    ("'likely' as an adjective of a noun (near miss)", "The likely winner, Nigeria's ruling party, said 30 "
     "people were killed.", "30", "asserted"),
    # a content clause of a noun a word of falsity qualifies: the text calls it false (every side)
    ("fabricated news that", "Rebel radio is spreading fabricated news that 200 soldiers died in the ambush.", "200",
     "denied"),
    ("false claims that", "State television aired false claims that 40 police officers were killed.", "40",
     "denied"),
    ("reports that: negative", "State television aired reports that 40 police officers were killed.", "40",
     "asserted"),
    ("a word of falsity on a noun with no content clause (near miss)", "The false alarm came hours after 40 people "
     "were killed.", "40", "asserted"),
]

CONCESSIVE = [
    ("despite X's denials, after the clause", "Russian troops shelled the market, despite Moscow's denials.",
     "shelled", "denied"),
    ("in spite of denials by X, under an accusation (other side)", "In spite of denials by Hamas, Israeli "
     "officials blamed its fighters for the rocket attack on the clinic.", "attack", "denied"),
    ("the accusation itself is not denied", "In spite of denials by Hamas, Israeli officials blamed its fighters "
     "for the rocket attack on the clinic.", "blamed", "asserted"),
    ("despite X's denials, under a verb of saying", "Despite Israel's denials, officials said its jets bombed the "
     "school.", "bombed", "denied"),
    ("despite the rain (negative: no noun of denial)", "Despite the rain, Russian troops shelled the market.",
     "shelled", "asserted"),
    ("after X's denials (near miss: not concessive)", "After Moscow's denials, Russian troops shelled the market.",
     "shelled", "asserted"),
    ("despite its denial of another claim (near miss: the noun names what it denies)", "Despite its denial of the "
     "report, the Israeli army withdrew its troops from the camp.", "withdrew", "asserted"),
]


@pytest.fixture(scope="module")
def words():  # type: ignore[no-untyped-def]
    return load_stance_words(Resources())


@pytest.mark.parametrize(("construction", "sentence", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_stance_of_each_construction(nlp: Language, words, construction: str, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                     expected: str) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert stance_of(tok, words) == expected, construction


@pytest.mark.parametrize(("construction", "sentence", "word", "expected"), CONCESSIVE, ids=[c[0] for c in CONCESSIVE])
def test_concessive_denial_for_events(nlp: Language, words, construction: str, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                      expected: str) -> None:
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert stance_of(tok, words, event=True) == expected, construction
    assert stance_of(tok, words) == "asserted", construction  # a quote's or figure's stance: its speaker's


def test_every_stance_is_covered() -> None:
    assert {c[3] for c in CASES} == {"asserted", "denied", "negated", "uncertain"}
    assert len(CASES) >= 25


def test_user_data_file_extends_the_denial_verbs(nlp: Language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The navy challenged reports that it sank the ferry.")
    tok = next(t for t in doc if t.text == "sank")
    assert stance_of(tok, load_stance_words(Resources())) == "asserted"
    extra = tmp_path / "mine.yaml"
    extra.write_text("nlp/stance:\n  denial_verbs: [challenge]\n", encoding="utf-8")
    assert stance_of(tok, load_stance_words(Resources([extra]))) == "denied"


def test_unknown_key_in_a_user_stance_file_is_rejected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "bad.yaml"
    extra.write_text("nlp/stance:\n  denial_verb: [contradict]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="denial_verb"):
        load_stance_words(Resources([extra]))


# for an event, a noun is not negated by the clause it is an argument of; a verb still is, and so is a
# noun in a quote's or figure's reading (invented, each side)
EVENT_NOUNS = [
    ("a noun under a negated clause", "The Israeli ministry was not aware of the attack on the convoy.", "attack",
     "asserted", "negated"),
    ("a noun under a negated clause, other side", "Hamas officials were not present at the shelling of the camp.",
     "shelling", "asserted", "negated"),
    ("a verb under a truth predicate (negative)", "It is not true that Russian troops shelled the camp.",
     "shelled", "negated", "negated"),
    ("a noun in an asserted clause (near miss)", "The Ukrainian ministry was aware of the attack on the convoy.",
     "attack", "asserted", "asserted"),
    ("a noun under a hedged clause: the hedge is on the cause", "The explosion at the Kabul market was most "
     "likely caused by a gas leak.", "explosion", "asserted", "uncertain"),
    ("a verb under a hedge (negative)", "Officials said Israeli jets probably struck the convoy.", "struck",
     "uncertain", "uncertain"),
]


@pytest.mark.parametrize(("construction", "sentence", "word", "as_event", "otherwise"), EVENT_NOUNS,
                         ids=[c[0] for c in EVENT_NOUNS])
def test_an_event_noun_is_not_negated_by_its_clause(nlp: Language, words, construction: str, sentence: str,  # type: ignore[no-untyped-def]
                                                    word: str, as_event: str, otherwise: str) -> None:
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert stance_of(tok, words, event=True) == as_event, construction
    assert stance_of(tok, words) == otherwise, construction
