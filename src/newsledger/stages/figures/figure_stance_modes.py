"""The mode of a figure with no casualty measure (issue 15), read when nothing denies, negates or
doubts it: what its clause asks for, plans, expects or supposes, not what is so.

* **requested**: the count is in the infinitive of a verb of request (``stance_request_verbs``:
  "urged the council to spend $40 million", "asked workers to accept a 5 percent cut"), or in
  the object of a verb's preposition of request (``stance_request_prepositions``: "called for the
  wage to be raised to $18", "asked for 40 volunteers"; the preposition as a mark of a for-to
  infinitive, "called for the wage, now $9 an hour, to be raised to $18");
* **future**: the count is in the infinitive of a noun of plan (``stance_plan_nouns``: "announced
  plans to hire 400 workers"; not a plan a verb of denial rejects, "rejected a plan to build 500
  homes", a plan of that size) or of a verb of expectation (``stance_expectation_verbs``: "is
  expected to draw 40,000 visitors"; a perfect, "is expected to have cost", is a hedge);
* else the modal on the count's verb, as for a quote (:func:`newsledger.nlp.stance_prospects.prospect_stance`):
  "will spend $40 million" (future), "pledged that he would cut it by $40 million" (future of then),
  "the plan would raise $40 million, according to the auditors" (hypothetical), "up to 40,000
  tenants could be eligible" (uncertain).

A count a noun with a clause of its own describes ("could pick from the 12 candidates running for
the seat", "the 1,237 delegates he needs"), one in an apposition ("the wage, now $9 an hour, to be
raised") or one set against the clause ("versus 41 percent") takes no mode from the clause; a share of people who say something ("52 percent said they would back
it") is the subject of the saying, which has no modal. Casualty counts keep their own reading
(:func:`newsledger.stages.figures.stance.prospect`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.stance import denies, negated
from ...nlp.stance_prospects import prospect_stance
from ...nlp.stance_words import StanceWords
from ...nlp.syntax import is_verb
from ...records import Stance

# the clauses a noun may carry that describe it ("the 12 candidates running", "the delegates he needs")
_OWN_CLAUSES = frozenset({"relcl", "acl"})
# the relations of an infinitive or a clause on the noun a preposition of request governs
_ON_NOUN = frozenset({"relcl", "acl", "xcomp", "ccomp"})
_MAX_STEPS = 8


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def count_clause(tok: Token, words: StanceWords) -> tuple[Token, Token | None] | None:
    """The verb of the count's clause and the preposition just below it on the way up (if any); None
    when a noun on the way has a clause of its own, the count is in an apposition or a preposition sets
    it against the clause."""
    cur, prep = tok, None
    for _ in range(_MAX_STEPS):
        if cur.i != tok.i and is_verb(cur):
            return cur, prep
        if cur.i != tok.i and any(c.dep_ in _OWN_CLAUSES for c in cur.children):
            return None  # "the 12 candidates running for the seat"
        if cur.dep_ == "appos":
            return None  # "the wage, now $9 an hour, to be raised": an apposition says what is so
        if cur.dep_ == "prep":
            if cur.lower_ in words.stance_contrast_prepositions:
                return None  # "..., versus 41 percent against it"
            prep = cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _asks_for(verb: Token, prep: Token | None, words: StanceWords) -> bool:
    """``prep`` is ``verb``'s preposition of request ("called for", "asked for")."""
    return prep is not None and prep.head.i == verb.i and _request_word(verb, prep, words)


def _request_word(verb: Token, word: Token, words: StanceWords) -> bool:
    return word.lower_ in words.stance_request_prepositions.get(_lemma(verb), frozenset()) and not negated(verb, words)


def requested(verb: Token, prep: Token | None, words: StanceWords) -> bool:
    """The count's clause (headed by ``verb``) is what someone asks for: the object of a preposition of
    request on it, its infinitive after a verb of request, or a clause on the noun a preposition of
    request governs ("called for the wage to be raised to $18")."""
    if _asks_for(verb, prep, words):
        return True  # "asked for 40 volunteers"
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "xcomp" and _lemma(head) in words.stance_request_verbs and not negated(head, words):
        return True  # "urged the council to spend $40 million"
    if verb.dep_ in _ON_NOUN and head.dep_ == "pobj" and head.head.dep_ == "prep":
        return _asks_for(head.head.head, head.head, words)  # "asked for people to chip in $27"
    # the parser may read "for" as the mark of a for-to infinitive ("called for the wage, now $9,
    # to be raised to $18"): the mark is the verb of request's preposition
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    return verb.dep_ in ("advcl", "ccomp") and mark is not None and _request_word(head, mark, words)


def planned(verb: Token, words: StanceWords) -> bool:
    """The count's clause is the infinitive of a noun of plan or of a verb of expectation, not a perfect."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    head = verb.head
    if "to" not in aux or "have" in aux or head.i == verb.i or negated(head, words):
        return False
    if verb.dep_ == "acl" and _lemma(head) in words.stance_plan_nouns:
        # a plan rejected ("rejected a plan to build 500 homes") is a plan of that size, nothing to come
        return not (head.dep_ == "dobj" and is_verb(head.head) and denies(head.head, words))
    # by the form too: the lemmatiser may cut "slated" to "slat"
    return verb.dep_ == "xcomp" and is_verb(head) and (
        _lemma(head) in words.stance_expectation_verbs or head.lower_ in words.stance_expectation_verbs)


def figure_mode(tok: Token, words: StanceWords) -> Stance | None:
    """The mode of the count whose number is ``tok`` (see the module's doc), or None (asserted)."""
    found = count_clause(tok, words)
    if found is None:
        return None
    verb, prep = found
    if negated(verb, words):
        return None
    if requested(verb, prep, words):
        return "requested"
    if planned(verb, words):
        return "future"
    cue = verb.head if verb.dep_ == "ccomp" and verb.head.i != verb.i and is_verb(verb.head) else None
    return prospect_stance(verb, cue, words)


__all__ = ["count_clause", "figure_mode", "planned", "requested"]
