"""The words of a sentence as the ACLED rules read them for cue words (``Sentence``): per token its forms, with
the words that tell no act of the sentence cleared (a date, a phrase of ``not_cues``, a topic of a protest or a
statement, what a protest answers, who tells the act)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct
from ...nlp.tree import tree
from .tokens import Phrases, forms_of


class Sentence:
    """A sentence's words for cue matching: per token its lemma, its form and its likely base forms
    (hyphens dropped; "Rockets" opening a sentence keeps its plural as lemma); the words of a date
    are no cue ("began March 6" holds no march), nor those of a phrase in ``not_cues`` ("riot
    police" holds no riot), nor a word of ``topics`` that is what something is against, about or
    denounced (``topics``: the topic words and their governors, see :func:`topic_word`): "rallied
    against violence" tells of no violent rally; nor a word of what a protest answers
    (``antecedents``, see :func:`antecedent_word`): "rallied after soldiers shot dead a teenager"
    tells of no force used on the rally."""

    def __init__(self, tokens: Sequence[Token], not_cues: Iterable[tuple[str, ...]] = (),
                 topics: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 antecedents: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                 tellers: frozenset[int] = frozenset()) -> None:
        self.tokens = [t for t in tokens if t.text not in ("-", "–")]
        # the words of who tells the act are no cue of it ("police said a crowd set him on fire": no police there)
        self.phrases = Phrases([set() if t.ent_type_ in ("DATE", "TIME") or t.i in tellers else forms_of(t)
                               for t in self.tokens])
        for phrase in not_cues:  # "riot police" holds no riot
            for at in self.phrases.starts(phrase):
                if self.tokens[at].dep_ == "prt":
                    continue  # a verb's particle opens no such phrase: "handed over control" hands control over
                for j in range(at, min(at + len(phrase), len(self.tokens))):
                    self.phrases.clear(j)
        self.topic_tokens: set[int] = set()  # the topic words cleared (see :meth:`is_topic`)
        for j, t in enumerate(self.tokens):
            if topic_word(t, *topics):
                self.topic_tokens.add(t.i)
            if t.i in self.topic_tokens or antecedent_word(t, *antecedents):
                self.phrases.clear(j)
        self._found: dict[tuple[str, ...], list[Token]] = {}  # phrase -> its tokens, asked by many rules
        self._cues: dict[int, list[Token]] = {}  # id of a rule's cue tuple -> its cue words here
        self._lengths: dict[tuple[int, int], int] = {}  # (id of a rule's cues, first token) -> words of its cue
        self._at = {t.idx: t for t in self.tokens}

    @property
    def forms(self) -> list[set[str]]:
        """Each token's forms (none for the words of a date or of a phrase that is no cue)."""
        return self.phrases.forms

    def find(self, phrase: tuple[str, ...]) -> Token | None:
        """The first token of ``phrase`` in the sentence, or None."""
        return next(iter(self.find_all(phrase)), None)

    def find_all(self, phrase: tuple[str, ...]) -> list[Token]:
        """The first token of each occurrence of ``phrase`` in the sentence."""
        found = self._found.get(phrase)
        if found is None:
            found = self._found[phrase] = [self.tokens[i] for i in self.phrases.starts(phrase)]
        return found

    def cue_tokens(self, cues: tuple[tuple[str, ...], ...]) -> list[Token]:
        """The first tokens of every occurrence of any of ``cues`` (a rule's), asked once per
        sentence whatever the number of its events."""
        found = self._cues.get(id(cues))
        if found is None:
            words = self.phrases.words()  # most cues' first word is not in the sentence: not looked for
            found = self._cues[id(cues)] = []
            for c in cues:
                if c and c[0] not in words:
                    continue
                for tok in self.find_all(c):
                    found.append(tok)
                    key = (id(cues), tok.i)
                    self._lengths[key] = max(self._lengths.get(key, 1), len(c))
        return found

    def cue_length(self, cues: tuple[tuple[str, ...], ...], tok: Token) -> int:
        """The words of the longest of ``cues`` found starting at ``tok`` (after :meth:`cue_tokens`)."""
        return self._lengths.get((id(cues), tok.i), 1)

    def token_at(self, char: int) -> Token | None:
        """The token starting at character ``char`` (an event's predicate)."""
        return self._at.get(char)

    def has_any(self, phrases: Iterable[tuple[str, ...]]) -> bool:
        return any(self.find(p) is not None for p in phrases)

    def is_topic(self, char: int) -> bool:
        """The token starting at character ``char`` is a topic word, no cue for the sentence's other
        acts ("condemned the rape of two girls"); an event it is the predicate of is read by the words
        of the sentence with its topics left in: the rape is what that event is."""
        tok = self._at.get(char)
        return tok is not None and tok.i in self.topic_tokens


def topic_word(tok: Token, words: frozenset[str], governors: frozenset[str]) -> bool:
    """A word of ``words`` (or a conjunct of one) that is the topic of a protest or a statement, or
    what did not happen: the object of a preposition or verb of ``governors`` ("marched against
    violence", "protests over the killing", "rallied to denounce the attack", "passed off without
    violence", "despite fears of violence", "demanded an end to violence"), one with the determiner "no" ("no damage was
    reported"), or an adjective of such a word ("against the violent crackdown": the crackdown is
    what is protested, not what the crowd did)."""
    if not words or not governors:
        return False
    cur = tok.head if tok.dep_ == "amod" else tok
    if not ({cur.lower_, cur.lemma_.lower()} & words or {tok.lower_, tok.lemma_.lower()} & words):
        return False
    cur = first_conjunct(cur)  # "against the killings and the arrests"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
        return True  # "no violence was reported": none happened
    if cur.dep_ == "pobj":
        prep = cur.head  # "without violence"; "despite fears of violence": what is feared, through "of"
        return prep.lower_ in governors or (prep.lower_ in ("of", "to") and prep.head.lemma_.lower() in governors)
    return cur.dep_ == "dobj" and cur.head.lemma_.lower() in governors


def antecedent_word(tok: Token, marks: frozenset[str], heads: frozenset[str]) -> bool:
    """A word of a clause or phrase of earlier time (a subordinator or preposition of ``marks``)
    that depends on a protest predicate (a lemma of ``heads``): what the protest answers, told
    before it happened ("hundreds rallied after soldiers shot dead a teenager", "marched following
    the killing of a student"), not what happened at it."""
    if not marks or not heads:
        return False
    tr = tree(tok.doc)
    up, deps, toks = tr.heads, tr.deps, tr.tokens
    cur = tok.i
    while up[cur] != cur:
        head = toks[up[cur]]
        if head.lemma_.lower() in heads or head.lower_ in heads:
            if deps[cur] == "prep" and toks[cur].lower_ in marks:
                return True
            return deps[cur] == "advcl" and any(deps[c] == "mark" and toks[c].lower_ in marks for c in tr.kids[cur])
        cur = up[cur]
    return False


def tellers(pred: Token | None, verbs: frozenset[str]) -> frozenset[int]:
    """The tokens of the subject of a reporting verb (one of ``verbs``) whose reported clause holds the
    predicate ("police said a crowd dragged the suspect out and set him on fire": the police tell the act, they
    are no party to it); none when the predicate is the reporting verb or its clause is not reported."""
    if pred is None or not verbs:
        return frozenset()
    cur = pred
    for _ in range(8):
        if cur.head.i == cur.i:
            return frozenset()
        head = cur.head
        if cur.dep_ == "ccomp" and head.lemma_.lower() in verbs:
            return frozenset(t.i for c in head.children if c.dep_ == "nsubj" for t in c.subtree)
        cur = head
    return frozenset()
