"""Shared syntax helpers (``newsledger.nlp.syntax``): one construction per row, with a positive
example, a negative example and a near miss (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.syntax import (
    clause_split_object,
    has_to,
    hyphen_partner,
    in_clause_of,
    is_passive,
    is_verb,
    noun_clause,
    object_predicate,
    standing_state,
)

# (construction, sentence, the word asked about, the head of the clause holding it, or None)
NOUN_CLAUSES = [
    ("a phrase inside a relative clause", "The union, which according to the owners has lost members, said 19 "
     "miners died.", "according", "lost"),
    ("negative: a phrase in the main clause", "Nineteen miners died, according to the owners.", "according", None),
    ("near miss: a participle hung on the subject heads no clause around itself",
     "The union, citing the owners, said 19 miners died.", "citing", None),
]


@pytest.mark.parametrize(("name", "text", "word", "head"), NOUN_CLAUSES, ids=[c[0] for c in NOUN_CLAUSES])
def test_noun_clause(nlp: Language, name: str, text: str, word: str, head: str | None) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    found = noun_clause(tok)
    assert (found.text if found is not None else None) == head, name


# (construction, sentence, the verb asked about, passive?)
PASSIVES = [
    ("a reduced relative participle is passive", "The houses destroyed in the storm stood empty.", "destroyed", True),
    ("negative: a that-clause with its own subject is active", "The announcement that Kenya had agreed surprised us.",
     "agreed", False),
    ("near miss: a passive auxiliary", "The houses were destroyed in the storm.", "destroyed", True),
    ("a headline's reduced passive with a by-agent", "Youth shot dead by unidentified men in Ludhiana", "shot", True),
    ("negative: a headline's active verb", "Gunmen shoot dead youth in Ludhiana", "shoot", False),
    ("near miss: an active verb with a by-phrase of place", "The soldiers stood by the gate.", "stood", False),
    ("negative: a subject and an object of its own make a by-phrase a measure",
     "The Pakistani president on Thursday shortened by two hours the curfew imposed on Karachi.", "shortened", False),
    ("negative: a measure before the object, another region",
     "The Peruvian government on Monday cut by half the fuel subsidy paid to bus companies.", "cut", False),
    ("near miss: a by-agent with a subject and no object stays passive",
     "Three Malian soldiers shot dead by gunmen near Gao on Sunday.", "shot", True),
    ("a reduced relative the tagger read as a past tense (VBD) is passive",
     "Students abducted on Monday were freed.", "abducted", True),
    ("negative: a past tense with its own subject is active", "Gunmen abducted the students on Monday.", "abducted", False),
    ("near miss: a relative clause with its subject is active",
     "The men who abducted the students on Monday were freed.", "abducted", False),
    ("negative: a past tense on a noun the parser left as the root is the noun's verb",
     "The Indian foreign secretary called on the Nepali prime minister in Kathmandu.", "called", False),
]


@pytest.mark.parametrize(("name", "text", "word", "passive"), PASSIVES, ids=[c[0] for c in PASSIVES])
def test_is_passive(nlp: Language, name: str, text: str, word: str, passive: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert is_passive(tok) is passive, name


# (case, sentence, a word whose tag is set by hand or None): is_verb, by the numbers of the part of
# speech and tag, says what their names say
VERB_TOKENS = [
    ("verbs, auxiliaries and other words", "The ministers had said that talks would resume on Monday.", None),
    ("negative: no verb", "A quiet morning in the northern hills.", None),
    ("near miss: a tag outside the table, of a verb's shape", "Officials blorked the report.", ("blorked", "VBX")),
    ("near miss: a tag outside the table, of a noun's shape", "Officials read the blork.", ("blork", "NNX")),
]


@pytest.mark.parametrize(("name", "text", "retag"), VERB_TOKENS, ids=[c[0] for c in VERB_TOKENS])
def test_is_verb_by_numbers_agrees_with_the_names(nlp: Language, name: str, text: str,
                                                  retag: tuple[str, str] | None) -> None:
    doc = nlp(text)
    if retag is not None:
        tok = next(t for t in doc if t.text == retag[0])
        tok.pos_, tok.tag_ = "X", retag[1]
    checked = 0
    for t in doc:
        assert is_verb(t) == (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")), (name, t.text)
        checked += 1
    assert checked == len(doc)
    if retag is not None:
        assert is_verb(next(t for t in doc if t.text == retag[0])) == retag[1].startswith("VB"), name


@pytest.mark.parametrize(("text", "word", "infinitive"), [
    ("The minister called on Kenya to show restraint.", "show", True),            # positive
    ("The minister called on Kenya to clearly show restraint.", "show", True),    # an adverb between
    ("The minister showed restraint.", "showed", False),                          # negative: a finite verb
    ("The minister went to Nairobi.", "went", False),                             # near miss: "to" a preposition
])
def test_has_to(nlp: Language, text: str, word: str, infinitive: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert has_to(tok) is infinitive


@pytest.mark.parametrize(("kind", "text", "predicate"), [
    ("positive", "Egypt called Jordan a partner on Monday.", "partner"),                  # an object predicate
    ("positive", "The president called the minister a friend.", "friend"),                # the parser's apposition
    ("negative", "The president called the minister on Monday.", None),                  # no predicate
    ("near miss", "Kenya's president called the Ugandan leader, an old ally, on Monday.", None),  # a true apposition
    # an "as" phrase on the verb is the role it names its object (or passive subject) to
    ("positive", "The court called the minister as a witness.", "witness"),
    ("positive", "Two former generals were called as witnesses in the trial.", "witnesses"),
    # near miss: "as" opening a clause of time names nothing
    ("near miss", "The president called the minister as the crisis deepened.", None),
])
def test_object_predicate(nlp: Language, kind: str, text: str, predicate: str | None) -> None:
    got = object_predicate(next(t for t in nlp(text) if t.lemma_ == "call"))
    assert (got.text if got is not None else None) == predicate, kind


# (rule, kind, sentence, the word asked about, the predicate, whether the word is of its clause)
CLAUSE_OF = [
    ("a clause of its own", "positive", "Troops fired on the crowd with rifles.", "rifles", "fired", True),
    ("a clause of its own", "negative", "Police arrested a farmer after the riot ended.", "riot", "arrested", False),
    ("a clause of its own", "near miss", "Police arrested a farmer when the riot ended.", "riot", "arrested", True),
    ("a clause on a noun", "negative", "The militia shot a trader who sold knives.", "knives", "shot", False),
    ("a clause on a noun", "positive", "The militia shot a trader with a rifle fitted with a scope.", "scope", "shot",
     True),
    ("a clause on a noun", "positive", "The blast, which a car bomb caused, killed two guards.", "bomb", "killed",
     True),
    ("a clause on a noun", "near miss", "The militia shot a trader with knives.", "knives", "shot", True),
    ("a subjectless participle", "positive", "A bomb exploded in the square, killing two guards.", "bomb",
     "killing", True),
    ("a subjectless participle", "negative", "A bomb exploded in the square before the guards fled.", "bomb",
     "fled", False),
    ("a subjectless participle", "near miss", "The rebels attacked the post using mortars.", "mortars",
     "attacked", True),
]


def test_every_clause_of_rule_has_its_three_rows() -> None:
    kinds: dict[str, set[str]] = {}
    for row in CLAUSE_OF:
        kinds.setdefault(row[0], set()).add(row[1])
    assert len(kinds) == 3 and all(k == {"positive", "negative", "near miss"} for k in kinds.values())


@pytest.mark.parametrize(("rule", "kind", "text", "word", "pred", "inside"), CLAUSE_OF,
                         ids=[f"{c[0]}:{c[1]}" for c in CLAUSE_OF])
def test_in_clause_of(nlp: Language, rule: str, kind: str, text: str, word: str, pred: str, inside: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    verb = next(t for t in doc if t.text == pred)
    assert in_clause_of(tok, verb, frozenset({"after", "before"})) is inside, (rule, kind)


# (kind, sentence, the word, its hyphen partner or None)
HYPHEN_ROWS: list[tuple[str, str, str, str | None]] = [
    ("positive", "A ceasefire in the Russia-Ukraine war was proposed.", "Ukraine", "Russia"),
    ("positive", "India-Pakistan talks resumed in Geneva.", "Pakistan", "India"),
    ("positive", "The Israel-Hamas war entered its second year.", "Hamas", "Israel"),
    # negative: a word before a hyphen that is no modifier of the word after ("Iran-backed" rebels)
    ("negative", "The Iran-backed rebels fired a missile.", "backed", None),
    ("negative", "Talks between Russia and Ukraine resumed.", "Ukraine", None),
    # near miss: a dash written between spaces joins no word ("Russia - Ukraine")
    ("near miss", "The Russia - Ukraine talks resumed.", "Ukraine", None),
]


@pytest.mark.parametrize(("kind", "text", "word", "partner"), HYPHEN_ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in HYPHEN_ROWS])
def test_hyphen_partner(nlp: Language, kind: str, text: str, word: str, partner: str | None) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    got = hyphen_partner(tok)
    assert (got.text if got is not None else None) == partner, (kind, text)


def test_every_hyphen_kind_has_a_row() -> None:
    assert {r[0] for r in HYPHEN_ROWS} == {"positive", "negative", "near miss"}


# (kind, sentence, the verb, a standing situation)
STANDING_ROWS: list[tuple[str, str, str, bool]] = [
    ("positive", "The rebels control the town.", "control", True),
    ("positive", "Russia has occupied Crimea since 2014.", "occupied", True),
    ("positive", "Israel occupied the Golan Heights for decades.", "occupied", True),
    # negative: a past act, an act of an auxiliary's tense
    ("negative", "Russian forces occupied the town on Monday.", "occupied", False),
    ("negative", "The rebels will control the town.", "control", False),
    # near miss: a short span is an act that lasted
    ("near miss", "Protesters occupied the ministry for three hours.", "occupied", False),
    # a participle describing a noun: the state of the thing named, no act of its own
    ("positive", "Aid cannot reach people living in areas controlled by the militia.", "controlled", True),
    ("positive", "Aid workers cannot enter the territory occupied by Russian forces.", "occupied", True),
    ("near miss", "The town, occupied by rebels on Monday, is now empty.", "occupied", False),
]


@pytest.mark.parametrize(("kind", "text", "word", "standing"), STANDING_ROWS,
                         ids=[f"{r[0]}:{r[1][:30]}" for r in STANDING_ROWS])
def test_standing_state(nlp: Language, kind: str, text: str, word: str, standing: bool) -> None:
    verb = next(t for t in nlp(text) if t.text == word)
    assert standing_state(verb, frozenset({"year", "decade", "month"})) is standing, (kind, text)


def test_every_standing_kind_has_a_row() -> None:
    assert {r[0] for r in STANDING_ROWS} == {"positive", "negative", "near miss"}


# (construction, sentence, the verb asked about, its object read as a clause's subject)
CLAUSE_SPLITS = [
    ("an object with a reduced relative read as the subject of a later clause",
     "President Evo Morales on Friday shortened by one hour the nightly curfew imposed in Bolivia after a May 12 "
     "revolt toppled the regional government.", "shortened", "curfew"),
    ("the object read as the subject of its own participle, another region",
     "President Hosni Mubarak on Sunday lifted by decree the state of emergency imposed in Egypt after a 1981 "
     "attack killed the president.", "lifted", "state"),
    ("negative: a verb with its object", "The Ethiopian prime minister on Friday shortened by one hour the curfew "
     "in Addis Ababa.", "shortened", None),
    ("negative: a reported clause with its own subject", "The Chilean minister said on Monday the curfew ended in "
     "Santiago.", "said", None),
    ("near miss: a clause with a complementizer", "The Thai minister said on Monday that the curfew imposed in "
     "Yala ended.", "said", None),
]


@pytest.mark.parametrize(("name", "text", "word", "obj"), CLAUSE_SPLITS, ids=[c[0] for c in CLAUSE_SPLITS])
def test_clause_split_object(nlp: Language, name: str, text: str, word: str, obj: str | None) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    found = clause_split_object(tok)
    assert (found.text if found is not None else None) == obj, name
