"""Token helpers: word forms, phrases of word forms, children by label, prepositional objects,
noun phrases."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from typing import Any

from spacy.strings import StringStore
from spacy.tokens import Token

from ...nlp.syntax import conjuncts, is_verb, participle_noun, stranded_object
from ...nlp.tree import children, tree
from ...nlp.words import SPEAKER_PRONOUNS
from .types import Lexicon


def lemma_of(tok: Token) -> str:
    return tok.lemma_.lower()


@lru_cache(maxsize=4096)
def word_forms(text: str, lemma: str) -> tuple[str, ...]:
    """The lemma, then the word and its likely base forms (the small model's lemmas can be off:
    "staged" -> "stag")."""
    w = text.lower()
    out = [lemma, w]
    if w.endswith("took"):
        out.append(w[:-4] + "take")  # "retook", "overtook": the small model keeps the past form
    if w.endswith("ies") or w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if w.endswith("ed") and len(w) > 4:
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and len(w) > 3:
        out.append(w[:-1])
    return tuple(dict.fromkeys(out))


def forms_of(tok: Token) -> tuple[str, ...]:
    """:func:`word_forms` of the token's text and lower-case lemma."""
    return _forms_by_id(tok.orth, tok.lemma, tok.vocab.strings)


@lru_cache(maxsize=16384)
def _forms_by_id(orth: int, lemma: int, strings: StringStore) -> tuple[str, ...]:
    """``forms_of`` looked up by the ids of the token's text and lemma: reading a token's strings
    costs more than the look-up, and the words of a few hundred articles fit."""
    return word_forms(strings[orth], strings[lemma].lower())


class Phrases:
    """Where phrases occur in a sequence of words, each word given as the set of its forms: a
    phrase occurs at ``i`` when its n-th word is among the forms of word ``i + n``. The positions
    of each form are indexed once, so a look-up costs the occurrences of the phrase's first word,
    not the length of the sentence."""

    def __init__(self, forms: Sequence[Iterable[str]]) -> None:
        self.forms = [set(f) for f in forms]
        self._at: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            at: dict[str, list[int]] = {}
            for i, fs in enumerate(self.forms):
                for f in fs:
                    at.setdefault(f, []).append(i)
            self._at = at
        return self._at

    def starts(self, phrase: Sequence[str]) -> list[int]:
        """The positions where ``phrase`` begins, in order."""
        n, forms = len(phrase), self.forms
        if not n:
            return list(range(len(forms) + 1))
        at = self._index().get(phrase[0])
        if not at:  # the common case: the phrase's first word is not in the sentence
            return []
        if n == 1:
            return list(at)
        return [i for i in at if i + n <= len(forms) and all(phrase[j] in forms[i + j] for j in range(1, n))]

    def words(self) -> Collection[str]:
        """Every form of every word (what a phrase may begin with)."""
        return self._index().keys()

    def has_any(self, phrases: Iterable[Sequence[str]]) -> bool:
        at = self._index()  # a phrase whose first word is not here is not looked for
        return any((not p or p[0] in at) and self.starts(p) for p in phrases)

    def clear(self, i: int) -> None:
        """Word ``i`` holds no form any more (it is part of a phrase that is no cue)."""
        if self.forms[i]:
            self.forms[i] = set()
            self._at = None


def hyphened_form(tok: Token) -> str | None:
    """The lemma of a word the tokenizer split at a hyphen, with its first part ("test-fired":
    "test", "-", "fired" gives "test-fire"), or None."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "-" or tok.doc[tok.i - 1].whitespace_:
        return None
    first = tok.doc[tok.i - 2]
    if first.whitespace_ or first.head.i != tok.i:
        return None
    return f"{first.lower_}-{lemma_of(tok)}"


def form_in(tok: Token, table: dict[str, Any] | frozenset[str]) -> str | None:
    """The first form of ``tok`` that ``table`` knows."""
    for f in forms_of(tok):
        if f in table:
            return f
    return None


def first_child(tok: Token, *deps: str) -> Token | None:
    t = tree(tok.doc)
    labels = t.deps
    for j in t.kids[tok.i]:
        if labels[j] in deps:
            return t.tokens[j]
    return None


def children_of(tok: Token, *deps: str) -> list[Token]:
    t = tree(tok.doc)
    labels = t.deps
    return [t.tokens[j] for j in t.kids[tok.i] if labels[j] in deps]


def headline_doer(tok: Token) -> Token | None:
    """The doer of an event noun in a verbless headline's "on" phrase: the noun phrase the headline
    is ("Kenyan president on state visit to China", "Jailed activist on hunger strike": the copula
    "is" dropped, as "is on a visit" reads with a verb)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on" or prep.head.i == prep.i:
        return None
    root = prep.head
    return root if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") else None


def topic_doers(tok: Token) -> list[Token]:
    """The "by" objects the parser hung on a noun after its "into" phrase: the doers of what the
    "into" phrase names ("an investigation into war crimes by Russian forces": the forces
    committed them, the investigation is the light verb's subject's)."""
    into = [o.i for o in prep_objects(tok, "into")]
    return [o for o in prep_objects(tok, "by") if into and min(into) < o.i]


def prep_objects(tok: Token, prep: str) -> list[Token]:
    out = []
    for c in children(tok):
        if c.dep_ in ("prep", "agent", "dative") and lemma_of(c) == prep:
            out.extend(participle_noun(c2) or c2 for c2 in children(c) if c2.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "prep" and c.text.lower() == prep:
            out.extend(c2 for c2 in children(c) if c2.dep_ == "pobj")
        else:
            continue
        stranded = stranded_object(c)  # "asylum to five officers holed up in ...": a reduced relative misparsed
        if stranded is not None:
            out.append(stranded)
    return out


def np_words(noun: Token) -> set[str]:
    """Lemmas of a noun and its left modifiers (for matching multiword nouns), and the noun
    written whole when the tokenizer split it at a hyphen ("cease-fire")."""
    out = {lemma_of(noun)}
    for c in children(noun):
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and c.i < noun.i:
            out.add(lemma_of(c))
            out.add(c.text.lower())
            if c.i == noun.i - 2 and noun.doc[c.i + 1].text == "-":
                out.add(f"{c.text}-{noun.text}".lower())
            for cc in children(c):
                if cc.dep_ in ("compound", "amod"):
                    out.add(lemma_of(cc))
    return out


def np_matches(noun: Token, words: tuple[str, ...]) -> bool:
    if len(words) > 2 and words[1] in ("of", "against"):
        if lemma_of(noun) != words[0]:
            return False
        return any(np_matches(o, words[2:]) for o in prep_objects(noun, words[1]))
    if len(words) == 1 and "-" in words[0] and words[0] in np_words(noun):
        return True  # "cease-fire", split by the tokenizer
    if words[-1] not in forms_of(noun):
        return False
    if len(words) == 1:
        return True
    mods = np_words(noun)
    return all(w in mods for w in words[:-1])


def object_heads(lex: Lexicon, obj: Token) -> list[Token]:
    """The nouns an object stands for: itself, its conjuncts, "part of X", "Operation X", what an
    amount is in ("$425 million in security assistance"), what a vehicle carries ("a plane carrying
    50 tonnes of medical supplies")."""
    out: list[Token] = []
    for c in conjuncts(obj):
        out.append(c)
        if lemma_of(c) in lex.quantity_heads or lemma_of(c) in lex.of_heads or c.pos_ == "NUM":
            for o in prep_objects(c, "of"):
                out.extend(conjuncts(o))
        if c.ent_type_ == "MONEY":
            out.extend(x for o in prep_objects(c, "in") for x in conjuncts(o))
        for load in (x for x in children(c) if x.dep_ == "acl" and lemma_of(x) in lex.carrying_verbs):
            out.extend(h for o in children(load) if o.dep_ == "dobj" for h in object_heads(lex, o))
        if c.pos_ == "PROPN":
            out.extend(x for x in children(c) if x.dep_ == "compound")
    return out


def up_to(prt: Token) -> bool:
    """"up" in "up to 16 people": a count, not a verb particle."""
    if prt.lower_ != "up" or prt.i + 1 >= len(prt.doc):
        return False
    to = prt.nbor(1)
    return to.lower_ == "to" and any(
        o.like_num or any(n.dep_ == "nummod" for n in children(o)) for o in to.subtree if o.i != to.i
    )


def first_person(tok: Token | None) -> bool:
    """"We must ...", "you should ...": an exhortation, not a request to a third party."""
    return tok is not None and tok.pos_ == "PRON" and tok.text.lower() in SPEAKER_PRONOUNS


def clause_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(10):
        if is_verb(cur) and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return cur if is_verb(cur) else None
        cur = cur.head
    return None


def clause_tokens(clause: Token) -> list[Token]:
    out = [clause]
    stack = [c for c in children(clause) if c.dep_ not in ("ccomp", "advcl", "conj", "parataxis", "relcl")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in children(t) if c.dep_ not in ("ccomp", "advcl", "parataxis", "relcl"))
    return sorted(out, key=lambda t: t.i)
