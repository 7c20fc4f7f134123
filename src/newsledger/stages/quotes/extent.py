"""How far the content of a cue's attribution reaches: the clause chosen on one side of the cue,
its right edge, a tail the parser hung on another word, a cut at a semicolon, and the clause a
cue set after its content heads ("The strike, the ministry said, killed ..."), also when that
clause's verb is a cue of its own (:func:`interrupting`).

Part of the cue finder (see :mod:`newsledger.stages.quotes.cues`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.syntax import SUBJECT_DEPS, first_conjunct
from .claim_nouns import claim_apposition, claimed_clause
from .misparse import noun_read_as_cue
from .types import COMPLEMENTIZERS, QUOTE_GLYPHS, RIGHT_STOP_DEPS, CueLexicon


def misattached_tail(v: Token, chosen: list[Token]) -> int:
    """End of the phrases coordinated with a fronted content that the parser hung on its closing
    cue ("X was caused by A, and not by B, the minister said": "not by B" on "said"): they
    continue the content. Only a phrase opened by a conjunction or a negator counts: "…: In May,
    with …, the two said" opens the cue's own clause. 0 when there are none."""
    last = max(c.right_edge.i for c in chosen)
    subjects = [c.left_edge.i for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < v.i]
    if not subjects:
        return 0
    end = 0
    for c in v.children:
        first = c.left_edge
        opened = first.dep_ in ("cc", "neg") or v.doc[first.i - 1].dep_ == "cc"
        if last < c.i < subjects[0] and c.dep_ in ("prep", "agent", "advmod", "npadvmod") and opened:
            r = c.right_edge
            end = max(end, r.idx + len(r.text))
    return end


def sentence_start(v: Token) -> int:
    """Offset of the first word of the sentence holding ``v`` (leading punctuation skipped)."""
    doc = v.doc
    i = v.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    while i < v.i and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in QUOTE_GLYPHS)):
        i += 1
    return doc[i].idx


def right_extent(v: Token, chosen: list[Token], lex: CueLexicon) -> int:
    """End of the verb phrase after a non-clausal content: "cited X as examples of Y" runs on
    over the cue's later complements, up to a coordinated verb, a clause or a comma."""
    first = min(c.i for c in chosen)
    end = 0
    for c in v.rights:
        if c.i < first:
            continue
        if (
            c.dep_ in RIGHT_STOP_DEPS
            or c.dep_ == "npadvmod"
            or (c.dep_ == "prep" and c not in chosen and _circumstance(c, lex))
        ):
            break
        r = c.right_edge
        end = max(end, r.idx + len(r.text))
    return end


def _circumstance(prep: Token, lex: CueLexicon) -> bool:
    """A prepositional phrase of time, place or medium ("on Monday", "in a statement")."""
    if prep.lower_ in lex.circumstance_preps:
        return True
    for t in prep.subtree:
        if t.ent_type_ in ("DATE", "TIME") or (
            t.dep_ == "pobj" and t.lemma_.lower() in lex.medium_nouns
        ):
            return True
    return False


def adverbial_mark(tok: Token) -> bool:
    """A clause introduced by "as", "while", "because" …: circumstance, not content."""
    return any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in tok.children)


def one_side(v: Token, ccomps: list[Token]) -> list[Token]:
    """Content clauses on one side of the cue: “…,” X said, as …: the left one when the cue
    follows it directly, else those on the right. A right clause its complementizer marks as
    the cue's own ("..., NISA said Wednesday that it closed 12 outlets") is the content: a verb
    says one thing, and a clause before it with no mark is then a misparse (a subheading run into
    the sentence, a fronted adverbial)."""
    left = [c for c in ccomps if c.i < v.i]
    right = [c for c in ccomps if c.i > v.i]
    if not left or not right:
        return ccomps
    if any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and m.i > v.i for c in right for m in c.children):
        return right
    return left if any(c.right_edge.i >= v.i - 6 for c in left) else right


def semicolon_cue_cut(v: Token, chosen: list[Token], lex: CueLexicon) -> int:
    """Where a content stops at a semicolon before a cue of its own that the parser hung in it:
    in "The army says 30 were killed; residents say dozens died", the army's content ends at the
    semicolon, whatever the parser made of "say" (a semicolon closes a clause)."""
    cut = 1 << 62
    for c in chosen:
        entry = lex.verbs.get(c.lemma_.lower())
        if c.i < v.i or entry is None or not entry.speech:
            continue
        subjects = [x for x in c.children if x.dep_ in SUBJECT_DEPS and x.i > v.i]
        semis = [t for t in c.doc[v.i + 1:subjects[0].i] if t.text == ";"] if subjects else []
        if semis:
            cut = min(cut, semis[0].idx)
    return cut


def _postposed(v: Token) -> tuple[int, int] | None:
    """A closing "…, X said (on Friday)." that the parser coordinated with the clause before it
    (``conj`` of that clause's verb, as after a long "not A, but B" content; or an ``advcl`` with
    no subordinating mark, hung on that verb as a modifier): the content is the
    sentence up to the comma before the speaker, over every clause coordinated before it. None
    for a real coordination ("…, and X said …": a conjunction, not a comma, before the speaker)
    or a cue with a content of its own."""
    h = v.head
    # the sentence's last word, before its closing punctuation and a paragraph break
    last = max((t.i for t in v.sent if not (t.is_space or t.is_punct)), default=v.i)
    if v.dep_ not in ("conj", "advcl") or v.i < h.i or v.right_edge.i < last:
        return None
    subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < v.i]
    if not subjects or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > v.i for c in v.children):
        return None
    comma = subjects[0].left_edge.i - 1
    # "A, and B, X informed.": hung on the last of coordinated clauses, it reports them all
    h = first_conjunct(h)
    if comma <= h.left_edge.i or v.doc[comma].text != ",":
        return None
    return v.doc[h.left_edge.i].idx, v.doc[comma].idx


def head_clause(v: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """The clause a cue interrupts or follows: "…, X said." / "It is necessary, X said, to …";
    the clause a claim noun stands for ("…, a claim the group denied")."""
    h = v.head
    if h == v:
        return None
    claim = claim_apposition(v, lex)
    if claim is not None:
        return claimed_clause(v, claim, lex)
    if v.dep_ == "conj":
        return _postposed(v)
    unmarked = v.dep_ == "advcl" and not any(c.dep_ == "mark" for c in v.children)
    if unmarked and _postposed(v) is not None:  # "..., X informed." hung on the clause as a modifier
        return _postposed(v)
    as_clause = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
    if v.dep_ not in ("parataxis", "ccomp") and not as_clause:
        return None
    if v.dep_ == "ccomp" and (v.i < h.i or any(c.dep_ == "mark" for c in v.children)):
        return None  # "… that the convoy was attacked": a complement clause, not a closing "X said"
    if h.lemma_.lower() in lex.verbs and (h.tag_.startswith("VB") or noun_read_as_cue(h)) and not interrupting(v):
        return None  # "voters say they would consider …": the head is the attribution
    doc = v.doc
    lo, hi = h.left_edge.i, h.right_edge.i
    vlo, vhi = v.left_edge.i, v.right_edge.i
    if vlo <= lo and vhi >= hi:
        return None
    if vhi >= hi:
        hi = vlo - 1
    elif vlo <= lo:
        lo = vhi + 1
    if hi < lo:
        return None
    if as_clause and hi < vlo:
        lo = _contrasted_from(doc, lo, hi, h)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def interrupting(v: Token) -> bool:
    """``v`` is a cue set off by commas between its head's subject and its head ("The library,
    Mr. Hale said, celebrated his heroes"): it reports the whole clause it interrupts, even when
    that clause's own verb is one of saying or judging (which speaks for its subject only)."""
    doc, h = v.doc, v.head
    lo, hi = v.left_edge.i, v.right_edge.i
    # the commas may hang on the cue itself or on its head
    lo, hi = (lo if doc[lo].text == "," else lo - 1), (hi if doc[hi].text == "," else hi + 1)
    if v.dep_ != "parataxis" or lo < 0 or hi >= len(doc) or doc[lo].text != "," or doc[hi].text != ",":
        return False
    return hi < h.i and any(c.dep_ in SUBJECT_DEPS and c.i < lo for c in h.children)


def _contrasted_from(doc: Doc, lo: int, hi: int, head: Token) -> int:
    """Where the words an "as" clause of saying reports start: at the alternative set apart by a
    comma and "not" right before it ("the toll stood at 27, not 35, as some pages claim": only
    "not 35" is theirs), else at ``lo``. A "not" negating the clause's own verb ("8 did not die,
    as the army said") leaves the whole clause reported."""
    for t in reversed(doc[lo + 1:hi + 1]):
        if t.lower_ == "not" and t.head != head:
            prev = next((p for p in reversed(doc[lo:t.i]) if p.text not in QUOTE_GLYPHS), None)
            return t.i if prev is not None and prev.text == "," else lo
    return lo
