"""Shared syntax helpers over spaCy's English dependency parse (ClearNLP labels).

Closed-class facts about the parse live here once: which dependency labels mark a subject, a
clause, a left modifier; whether a verb is passive; a token's conjuncts. Stages import these
instead of keeping their own copies.
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from .tree import children, tree
from .words import REFLEXIVE_PRONOUNS

# subjects of a clause (nominal and clausal, active and passive)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a subject that is a noun phrase, active or passive
# clauses attached to a head
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})
# modifiers to the left of a noun inside its phrase
LEFT_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
# clauses that modify a noun: relative ("who said"), and other clauses hung on a noun
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


_VERB_POS = (VERB, AUX)
# the English tag set (Penn Treebank, as spaCy's English models use it): whether each is a verb's,
# by the number spaCy gives the tag
_PENN_TAGS = ("$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "HYPH", "IN",
              "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB",
              "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
              "WRB", "XX", "_SP", "``", "")
_VERB_TAG = MappingProxyType({get_string_id(t): t.startswith("VB") for t in _PENN_TAGS})


def is_verb(tok: Token) -> bool:
    """A verb or auxiliary, by part of speech or tag (both compared by their numbers, a tag
    outside the table by its name: this is asked of nearly every token, several times)."""
    if tok.pos in _VERB_POS:
        return True
    verb_tag = _VERB_TAG.get(tok.tag)
    return tok.tag_.startswith("VB") if verb_tag is None else verb_tag


def verb_above(tok: Token, limit: int | None = None) -> Token:
    """The verb whose clause ``tok`` belongs to: ``tok`` itself if it is a verb (``is_verb``), else
    the first verb on its way up the parse; the root when none is met, or the word reached after
    ``limit`` steps up."""
    steps = 0
    while not is_verb(tok) and tok.head.i != tok.i and (limit is None or steps < limit):
        tok = tok.head
        steps += 1
    return tok


def first_conjunct(tok: Token) -> Token:
    """The first item of the coordination ``tok`` is an item of ("the arrests" in "the killings and
    the arrests" gives "killings"): up the chain of ``conj`` heads to the left; ``tok`` itself when
    it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` from the tokens around the range only (``Doc.text`` joins every
    token's text)."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    if span is not None and len(span):
        base, text = span.start_char, span.text_with_ws
        if base <= start and end <= base + len(text):
            return text[start - base:end - base]
    return doc.text[start:end]


def semicolon_between(a: Token, b: Token) -> bool:
    """A semicolon between two tokens: it closes a clause, whatever the parser hung across it
    ("Kyiv says 40 died; Moscow says 12": "40 died" is no content of Moscow's "says")."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1:hi])


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (``Doc.text`` joins every token's text)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def has_to(verb: Token) -> bool:
    """The verb is an infinitive with "to" ("to show", "to clearly show")."""
    t = tree(verb.doc)
    return any(t.deps[j] == "aux" and t.tokens[j].lower_ == "to" for j in t.kids[verb.i])


_TIME_ENTS = frozenset({"DATE", "TIME"})


def time_adjunct(tok: Token) -> bool:
    """A time phrase hung on a verb: a preposition with a date or time ("on Monday", "late on
    Friday"), or a date or time itself ("today", "Wednesday")."""
    if tok.dep_ == "prep":
        return any(o.dep_ == "pobj" and o.ent_type_ in _TIME_ENTS for o in children(tok))
    return tok.dep_ in ("npadvmod", "advmod", "tmod") and tok.ent_type_ in _TIME_ENTS


def time_split_infinitive(verb: Token, clause: Token) -> bool:
    """``clause`` is the "to" infinitive that completes ``verb`` though the parser hung it as an
    adjunct because a time phrase stands between them ("committed on Wednesday to conclude a deal",
    "vowed on Sunday to fight on"): only time phrases (and adverbs) between the two, and the
    infinitive has no subject or subordinator of its own."""
    if clause.dep_ != "advcl" or clause.head.i != verb.i or clause.i < verb.i or not has_to(clause):
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in children(clause)):
        return False
    between = [c for c in children(verb) if verb.i < c.i < clause.i]
    return any(time_adjunct(c) for c in between) and all(time_adjunct(c) or c.dep_ == "advmod" for c in between)


def time_split_object(verb: Token) -> Token | None:
    """The object of ``verb`` that the parser hung on a time preposition before it, the date read as
    the object's first modifier ("condemned on Monday Turkey's decision": "on" -> "decision", with
    "Monday" a compound inside it): the preposition's object, when the date opens its phrase and the
    object is no date itself. None when the verb has an object or no such preposition."""
    if any(c.dep_ in ("dobj", "obj") for c in children(verb)):
        return None
    for p in children(verb):
        if p.dep_ != "prep" or p.i < verb.i or p.lower_ != "on":
            continue
        for o in children(p):
            first = o.left_edge
            if (o.dep_ == "pobj" and o.ent_type_ not in _TIME_ENTS and first.i == p.i + 1 and first.i < o.i
                    and first.ent_type_ in _TIME_ENTS and first.dep_ in ("compound", "nmod", "npadvmod")):
                return o
    return None


def clause_split_object(verb: Token) -> Token | None:
    """The object of ``verb`` that the parser read as the subject of a clause after it, when a
    reduced relative follows the object ("shortened by one hour the curfew imposed in Sudan after a
    coup toppled the government": "curfew" the subject of "toppled"; "relaxed on Monday the state of
    emergency declared in May": "state" the subject of "declared"): the common-noun subject of a
    clause on the verb, with no subordinator or auxiliary, that opens right after the verb's own
    adjuncts, the clause a participle or its subject carrying one. None when the verb has an object."""
    kids = children(verb)
    if any(c.dep_ in ("dobj", "obj") for c in kids):
        return None
    for clause in kids:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < verb.i:
            continue
        if any(c.dep_ in ("mark", "aux", "auxpass") for c in children(clause)):
            continue
        subj = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i > clause.i:
            continue
        if clause.tag_ != "VBN" and not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children(subj)):
            continue  # a reduced relative is the sign: "said on Monday the curfew ended" is a clause
        between = set(range(verb.i + 1, subj.left_edge.i))
        for c in kids:
            if c.dep_ in ("prep", "agent", "npadvmod", "advmod") and verb.i < c.i < subj.left_edge.i:
                between -= set(range(c.left_edge.i, c.right_edge.i + 1))
        if not between:
            return subj
    return None


def stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one because it read a reduced relative
    clause after it as a clause of its own ("granted asylum to five officers holed up in the
    embassy": "officers" parsed as the subject of "holed", a past tense hung on "granted"): the
    subject that opens right after the preposition, of a past-tense verb on the preposition's own
    head. None when the preposition has an object."""
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in children(prep)):
        return None
    head = prep.head
    for verb in children(head):
        if verb.i <= prep.i or verb.tag_ != "VBD":
            continue
        for subj in children(verb):
            if subj.dep_ == "nsubj" and subj.left_edge.i == prep.i + 1 and subj.i < verb.i:
                return subj
    return None


def participle_noun(tok: Token) -> Token | None:
    """The noun a preposition's gerund complement qualifies when the parser read an adjective participle as a
    gerund acting on the noun right after it ("opened fire on agitating farmers", parsed on -> agitating ->
    farmers; "fired at fleeing villagers"): that noun, the one the preposition is about. None for a gerund with
    anything else of its own ("on seeing the militants": a determiner before its object)."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    kids = [c for c in children(tok) if c.dep_ != "punct"]
    if not kids or kids[0].dep_ != "dobj" or kids[0].i != tok.i + 1:
        return None  # nothing of its own before it (a subject, an auxiliary), its object right after it
    if any(c.dep_ not in ("prep", "advmod", "npadvmod") for c in kids[1:]):
        return None  # ... and after the object only what the noun's phrase may hold ("in Bhadrak")
    noun = kids[0]
    return noun if noun.tag_ in ("NNS", "NNPS") else None


def object_predicate(verb: Token) -> Token | None:
    """What the verb predicates of its object ("called Jordan a partner": "partner"): an object
    predicate, or an apposition of the object with no punctuation before it, which the parser gives
    for the same ("called the minister a friend"; "the minister, a friend of hers," is an apposition),
    or the object of an "as" phrase on the verb ("called the minister as a witness", "were called as
    witnesses"; "called Biden as the crisis deepened" is a clause of time, no phrase)."""
    tr = tree(verb.doc)
    deps, toks = tr.deps, tr.tokens
    for c in tr.kids[verb.i]:
        if deps[c] == "oprd":  # the small parser gives one for some bare objects too: read as a predicate
            return toks[c]
        if deps[c] == "prep" and toks[c].lower_ == "as":
            role = next((a for a in tr.kids[c] if deps[a] == "pobj"), None)
            if role is not None:
                return toks[role]
        if deps[c] == "dobj":
            for a in tr.kids[c]:
                if deps[a] == "appos" and a > c and not any(t.is_punct for t in toks[c + 1:toks[a].left_edge.i]):
                    return toks[a]
    return None


def described_noun(noun: Token) -> Token | None:
    """The noun that the noun phrase headed by ``noun`` says something of: the noun it stands in
    apposition to ("Israel, the cruel terrorist state"), the subject of a copula it is the
    predicate of ("Russia is a terrorist state"), or the object of a verb it predicates of
    ("called Russia a terrorist state", "recognised the Taliban as the legitimate
    government"); None for a phrase that describes nothing ("a terrorist state attacked")."""
    t = tree(noun.doc)
    deps, h = t.deps, t.heads[noun.i]
    if h == noun.i:
        return None
    head, dep = t.tokens[h], deps[noun.i]
    if dep == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if dep == "attr" and head.lemma_ == "be":
        return next((c for c in t.children[h] if deps[c.i] in ("nsubj", "nsubjpass")), None)
    if dep in ("oprd", "appos") and deps[h] == "dobj" and object_predicate(t.head(h)) == noun:
        return head
    if dep == "oprd":  # the object before it (the small parser gives a bare object "oprd" too)
        return next((c for c in t.children[h] if deps[c.i] in ("dobj", "oprd") and c.i < noun.i), None)
    if dep == "pobj" and head.lower_ == "as" and t.head(h).pos_ in ("VERB", "AUX"):
        return next((c for c in t.children[t.heads[h]] if deps[c.i] in ("dobj", "nsubjpass")), None)
    return None


def is_passive(verb: Token, *, adjectival: bool = False) -> bool:
    """Is ``verb`` passive: it has a passive auxiliary or subject, or a "by" agent (a headline's
    reduced passive, "youth shot dead by gunmen"), or it is a past participle modifying a noun ("the
    houses destroyed"; with ``adjectival=True`` also "the destroyed houses") or heading a clause
    of its own ("…, killed in a strike")?"""
    t = tree(verb.doc)
    deps = [t.deps[j] for j in t.kids[verb.i]]
    if any(d in PASSIVE_DEPS for d in deps):
        return True
    if "agent" in deps and not ("nsubj" in deps and ("dobj" in deps or clause_split_object(verb) is not None)):
        # a headline's reduced passive: "youth shot dead by unidentified men"; with a subject and a
        # direct object of its own (or one read as a clause's subject, :func:`clause_split_object`) the verb
        # is active, its "by" a measure: "shortened by two hours the curfew"
        return True
    reduced = ("acl", "amod") if adjectival else ("acl",)
    # a clause with a subject of its own is no reduced participle: "the announcement that Ukraine had agreed"
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not {"nsubj", "aux"} & set(deps):
        return True  # a participle clause: "A commander is dead, killed in a strike" ("having killed": active)
    # a participle the tagger read as a past tense ("students abducted on Monday were freed": VBD) is one
    # when it modifies a noun with no subject of its own and the noun has a verb of its own; a noun the
    # parser left as the root has none, the past tense is its verb ("The secretary called on the premier")
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.dep_ != "ROOT")
    return participle and verb.dep_ in reduced and "nsubj" not in deps


# what a participle conjunct must lack to share its head's passive: a subject, an auxiliary, an object of its own
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl", "csubj"})


def passive_conjunct(verb: Token) -> Token | None:
    """The passive verb whose subject and auxiliaries a bare participle coordinated with it shares
    ("reporters were beaten and detained", "have been harassed and briefly detained": "detained" is
    passive too, done to the reporters), or None. The conjunct has no subject, auxiliary or object
    of its own, and is tagged a participle ("were beaten and fled": the past tense is the subject's own act)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    t = tree(verb.doc)
    if any(t.deps[j] in _OWN_CLAUSE_DEPS for j in t.kids[verb.i]):
        return None
    head = verb.head
    for _ in range(4):  # "were beaten, robbed and detained": up the chain of conjuncts
        if head.tag_ != "VBN":
            return None
        if any(t.deps[j] in PASSIVE_DEPS for j in t.kids[head.i]):
            return head
        if head.dep_ != "conj":
            return None
        head = head.head
    return None


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it, in breadth-first order."""
    t = tree(tok.doc)
    deps, kids = t.deps, t.kids
    out = [tok]
    stack = [j for j in kids[tok.i] if deps[j] == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(t.tokens[c])
        stack.extend(x for x in kids[c] if deps[x] == "conj")
    return out


HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})  # a hyphen, a non-breaking one, an en dash


def hyphen_partner(tok: Token) -> Token | None:
    """The word joined to ``tok`` on its left by a hyphen or dash as one written word, which the
    parser makes its compound ("Russia" in "the Russia-Ukraine war", "India" in "India-Pakistan
    talks"); None if there is none. Whether both name parties is for the caller to say."""
    if tok.i < 2:
        return None
    t = tree(tok.doc)
    dash, left = t.tokens[tok.i - 1], t.tokens[tok.i - 2]
    if dash.text not in HYPHENS or dash.whitespace_ or left.whitespace_ or t.heads[left.i] != tok.i:
        return None
    return left if t.deps[left.i] in ("compound", "amod", "nmod") else None


def subject_conjunct(verb: Token) -> Token:
    """The verb whose subject a conjoined verb with none of its own shares: the nearest verb
    before it in its coordination with a subject, else the head of the coordination. The parser
    hangs every conjunct on the first, so in "X called for a boycott, and Y denounced the speech
    and said ..." "said" shares Y's subject, not X's."""
    t = tree(verb.doc)
    deps, h = t.deps, t.heads[verb.i]
    if deps[verb.i] != "conj" or h == verb.i:
        return t.tokens[h]
    for sib in sorted((c for c in t.children[h] if deps[c.i] == "conj" and c.i < verb.i and is_verb(c)),
                      key=lambda x: -x.i):
        if any(deps[c] in SUBJECT_DEPS for c in t.kids[sib.i]):
            return sib
    return t.tokens[h]


def noun_clause(tok: Token, stop: Token | None = None) -> Token | None:
    """The head of the relative clause holding ``tok`` below ``stop`` (or the root): "the
    ministry, which according to aid groups has lost control, said" gives "lost" for
    "according". A phrase inside such a clause speaks of the noun it modifies, not of the
    sentence around it. A clause hung on a noun without a subject of its own is no such clause
    ("officials, speaking on condition of anonymity and citing intelligence, said"), nor is
    ``tok`` itself ("the agency, citing doctors, said"). None when there is no such clause."""
    t = tree(tok.doc)
    heads, deps = t.heads, t.deps
    end = stop.i if stop is not None else -1
    h = tok.i
    for _ in range(40):
        if heads[h] == h or heads[h] == end:
            return None
        h = heads[h]
        if deps[h] == "relcl" or (deps[h] in NOUN_CLAUSE_DEPS and any(deps[c] in SUBJECT_DEPS for c in t.kids[h])):
            return t.tokens[h]
    return None


def _clause_break(t: Token, other_times: frozenset[str]) -> bool:
    """``t`` heads a clause of another act: a clause on a noun other than the subject or an
    instrument ("ambushed soldiers who fired mortars", "shot a man carrying a grenade"), reported
    content, a clause with its own subject told at another time (a subordinator of
    ``other_times``: "after the shelling stopped"). Not a clause of the same time ("killed when a
    grenade exploded"), one on an instrument ("in a blast caused by a mine"), a subjectless
    participle ("killed them using mortars"), nor a conjunct (news coordinates the casualties of
    one attack: "four were killed and others were wounded by rockets")."""
    tr = tree(t.doc)
    deps, heads = tr.deps, tr.heads
    dep = deps[t.i]
    if dep in ("ccomp", "parataxis", "csubj", "csubjpass"):
        return True
    if dep in NOUN_CLAUSE_DEPS:  # a clause on the doer or the instrument tells the means, not one on the victim
        noun = heads[t.i]
        if deps[noun] == "nsubj":
            return False
        prep = heads[noun]  # the object of a preposition on the verb: "killed in a blast caused by a mine"
        return not (deps[noun] == "pobj" and heads[prep] != prep and is_verb(tr.head(prep)))
    if dep == "advcl":
        subject = any(deps[c] in SUBJECT_DEPS for c in tr.kids[t.i])
        return subject and any(deps[c.i] == "mark" and c.lower_ in other_times for c in tr.children[t.i])
    return False


def in_clause_of(word: Token, pred: Token, other_times: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` belongs to the act of ``pred``: no clause of another act (see
    :func:`_clause_break`) lies between them in the parse, on the word's side or the predicate's.
    "Police killed a gunman after the shelling stopped": "shelling" is not of "killed"; "a bomb
    exploded, killing two": "bomb" is of "killing", a participle without a subject of its own."""
    tr = tree(pred.doc)
    heads = tr.heads
    chain = [pred.i]
    while heads[chain[-1]] != chain[-1] and len(chain) < 40:
        chain.append(heads[chain[-1]])
    up = {i: n for n, i in enumerate(chain)}
    cur = word.i
    for _ in range(40):
        if cur in up:
            return not any(_clause_break(tr.tokens[i], other_times) for i in chain[:up[cur]])
        if cur != pred.i and _clause_break(tr.tokens[cur], other_times):
            return False
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False

__all__ = ["CLAUSE_DEPS", "LEFT_MOD_DEPS", "NOUN_CLAUSE_DEPS", "PASSIVE_DEPS", "SUBJECT_DEPS", "conjuncts",
           "described_noun", "has_to", "in_clause_of", "is_passive", "is_verb", "noun_clause"]


def parenthetical(verb: Token) -> bool:
    """A clause set between commas inside the clause it is hung on ("The toll rose to 36, the
    ministry said, up from 31"): a verb the parser made a ``parataxis`` of the verb before it, with
    a comma before its left edge and right after it. It speaks of the clause it interrupts, even
    when the parser hung the words after it on it as its own complement."""
    doc = verb.doc
    left = min((c.left_edge.i for c in verb.lefts if not c.is_punct), default=verb.i)
    return verb.dep_ == "parataxis" and verb.head.i < left and left > 0 and doc[left - 1].text == "," \
        and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def noun_phrase_bounds(tok: Token, limit: int = 10, *, trim_right: bool = True) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok``: its left modifiers and its
    compound, appositive and "of" complements (capped at ``limit`` tokens each side), without
    a coordinator or punctuation at its left edge (nor at its right with ``trim_right``)."""
    left = tok.left_edge
    right = tok
    for child in children(tok):
        if child.i < tok.i:
            continue  # the right children only
        if child.dep_ in ("compound", "flat", "appos") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge
    if right.i - left.i > limit:
        right = tok
    if tok.i - left.i > limit:
        left = tok
    while left.i < tok.i and (left.is_punct or left.dep_ == "cc"):
        left = left.doc[left.i + 1]
    while trim_right and right.i > tok.i and right.is_punct:
        right = right.doc[right.i - 1]
    return left.idx, right.idx + len(right.text)


def names_object(verb: Token) -> bool:
    """A verb with a noun as predicative complement on its object, which names the object something
    ("Hamas called the strike a massacre", "the raid was called a war crime"): the verb of naming,
    never the light verb of the object's event noun nor the doer of its act ("unions called a
    strike": theirs); an adjective there makes no name ("its refusal was made public")."""
    return any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def standing_state(verb: Token, span_words: frozenset[str]) -> bool:
    """A verb that tells a standing situation, not a change: in the simple present with no
    auxiliary ("the rebels control the town") or over a long span of time ("have controlled it
    since 2019"; "held it for years", "for two decades": a "for" phrase with one of
    ``span_words``; "for three hours" is an act that lasted), or as a participle describing a
    noun with no date of its own ("the areas controlled by the militia", "the territory occupied by
    Russia"; "the town, occupied by rebels on Monday," is an act)."""
    t = tree(verb.doc)
    kids = [t.tokens[j] for j in t.kids[verb.i]]
    if verb.tag_ in ("VBZ", "VBP") and not any(t.deps[c.i] in ("aux", "auxpass") for c in kids):
        return True
    if verb.tag_ == "VBN" and t.deps[verb.i] in ("acl", "amod") \
            and not any(g.ent_type_ in ("DATE", "TIME") for c in kids for g in c.subtree):
        return True  # a participle describing a noun with no time of its own ("areas controlled by X")
    for c in kids:
        if t.deps[c.i] != "prep" or c.lower_ not in ("since", "for"):
            continue
        if c.lower_ == "since" or any(g.lemma_.lower() in span_words for g in c.subtree):
            return True
    return False


def opening_quote(tok: Token) -> bool:
    """An opening quotation mark (the tagger's ``````: straight or curly, set off before a word)."""
    return tok.tag_ == "``"


def plural_antecedent(pron: Token, sentences: int = 1) -> Token | None:
    """The noun a plural pronoun stands for in a partitive ("31 of them"): the latest plural noun
    before the pronoun's phrase, in its sentence or the ``sentences`` before it, outside a relative
    or adverbial clause ("a gathering of fighters who had come to tax the herders": the fighters), and
    no argument of a verb over the pronoun ("Residents said 12 of them were killed": not the
    residents); None when there is none."""
    doc, first = pron.doc, pron.sent.start
    for _ in range(sentences):
        if first > 0:
            first = doc[first - 1].sent.start
    stop = pron.head.head.left_edge.i if pron.head.dep_ == "prep" else pron.i
    over = {a.i for a in pron.ancestors}
    for t in reversed(doc[first:stop]):
        if t.tag_ in ("NNS", "NNPS") and not t.like_num and t.head.i not in over and not any(
                a.dep_ in ("relcl", "acl", "advcl") and a.i not in over for a in t.ancestors):
            return t
    return None


def village_name_shape(ent: Span) -> bool:
    """An entity shaped like a place's proper name, whatever its label: two words or more, each a
    singular proper noun, itself a preposition's object ("in Kfar Sallum"; not "the Druze", "Sunni
    Arabs", nor a modifier, "in Israeli custody")."""
    return len(ent) > 1 and all(t.tag_ == "NNP" for t in ent) and ent.root.dep_ == "pobj"


def conjunct_subject(tok: Token) -> Token | None:
    """The plural noun subject of the clause that "they", the active subject of a clause joined to
    it, takes up ("the elephants change their behaviour and they kill people"; "police arrested
    the men and they beat them": the police); a passive "they" may be the object ("... and they
    were taken away"). Not a pronoun subject, which the history resolves."""
    verb = tok.head
    if not _active_subject(tok) or verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN") or first.tag_ not in ("NNS", "NNPS"):
        return None
    return first if _active_subject(first) else None


def _active_subject(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"


def without_intensive(subjects: list[Token]) -> list[Token]:
    """A verb's subjects without an intensive reflexive the parser made a second one ("The
    group, which praised the raid, itself claimed five dead": the group); a lone reflexive stays."""
    kept = [t for t in subjects if t.lower_ not in REFLEXIVE_PRONOUNS]
    return kept if kept else subjects


def named_act_verb(counted: Token) -> Token | None:
    """The verb of an act named by a noun whose "of" phrase holds ``counted``: the noun is that
    verb's object or prepositional object ("Troops carried out the arrest of 20 men": carried;
    "The raid led to the arrest of five people": led). A verb with no subject of its own that
    the parser hung as an adverbial or conjunct clause on another gives that one ("Intelligence
    collected at the scene led to ...", read with "led" under "collected"). None otherwise."""
    if counted.dep_ != "pobj" or counted.head.lower_ != "of" or counted.head.head.pos_ != "NOUN":
        return None
    noun = counted.head.head
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_verb(noun.head.head):
        verb = noun.head.head
    else:
        return None
    if verb.dep_ in ("advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head
    return verb


def partitive_member(tok: Token) -> Token | None:
    """The noun a partitive "one of" picks its member from ("one of the most hostile authorities":
    "authorities"), so what is said of the member is said of the group's kind; None for any other word."""
    if tok.lower_ != "one" or tok.pos_ not in ("NUM", "PRON", "NOUN"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")), None)
    return None


def free_relative_object(v: Token) -> Token | None:
    """The noun a free relative object names through its speaker's words: "condemned what it called a
    terrorist attack", "levied what he said was a nasty tariff" (the parser hangs the clause on ``v`` as a
    complement opened by "what"): the called or predicated noun ("attack", "tariff"); None for any other
    complement."""
    for c in v.children:
        if c.dep_ != "ccomp" or c.i < v.i or c.left_edge.tag_ != "WP" or c.left_edge.lower_ != "what":
            continue
        for head in (c, *(x for x in c.children if x.dep_ == "ccomp")):
            called = [x for x in head.children if x.dep_ in ("oprd", "attr")] + [
                o for p in head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
            named = next((x for x in called if x.pos_ in ("NOUN", "PROPN")), None)  # "what it described as interference"
            if named is not None:
                return named
    return None
