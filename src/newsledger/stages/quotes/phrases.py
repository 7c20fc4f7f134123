"""Where a speaker's phrase runs ("GAZA CITY, Gaza Strip: The ministry said" gives "The
ministry") and the attributions cued by a phrase such as "according to X": the content is the
rest of the clause, or only the relative clause the phrase stands in ("the ministry, which
according to aid groups has lost control, said ...")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import noun_clause
from .types import SPEAKER_CUT_DEPS, Attribution, CueEntry, CueLexicon


def speaker_range(tok: Token) -> tuple[int, int, int]:
    """The speaker phrase headed by ``tok``: its subtree without a trailing relative clause
    (of the head, or set off by a comma anywhere in the phrase), and without what a colon before
    it closes ("GAZA CITY, Gaza Strip: The ministry said")."""
    mark = next((t for t in tok.rights if dateline_mark(t)), None)
    after = next((c for c in tok.rights if mark is not None and c.i > mark.i and c.dep_ == "appos"), None)
    if after is not None:
        return speaker_range(after)  # the dateline was parsed as the subject, the speaker as its apposition
    left = tok.left_edge.i
    left = max([left, *(t.i + 1 for t in tok.doc[left:tok.i] if dateline_mark(t))])
    right = tok.right_edge.i
    for c in tok.rights:
        if c.dep_ in SPEAKER_CUT_DEPS:
            right = min(right, c.left_edge.i - 1)
    doc = tok.doc
    right = _split_name_end(tok, right)
    for t in tok.subtree:  # "A doctor at the city hospital, who asked not to be named, said"
        if t.i > tok.i and t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",":
            right = min(right, t.left_edge.i - 1)
    while right > left and (doc[right].is_punct or doc[right].is_space):
        if doc[right].text in ")]" and any(doc[j].text in "([" for j in range(left, right)):
            break
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right < tok.i:
        right = tok.i
    return doc[left].idx, doc[right].idx + len(doc[right].text), tok.idx




def idiom_entry(v: Token, lex: CueLexicon) -> CueEntry | None:
    """The cue a verb makes only as an idiom of saying (``idioms``): "As the minister put it,
    ...": the verb in an "as" clause with the idiom's pronoun as its object cues the clause the
    "as" clause hangs on, as "say" does; None for any other use ("put it on the table")."""
    obj = lex.idioms.get(v.lemma_.lower())
    say = lex.verbs.get("say")
    if obj is None or say is None or v.dep_ != "advcl":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == obj for c in v.children) \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
        return None
    return CueEntry(v.lemma_.lower(), frozenset({"clause"}), say.confidence, True)


def dateline_mark(t: Token) -> bool:
    """The mark that ends a dateline: a colon, or a dash after a word in capitals ("DUBAI -") or
    after an agency's credit that closes a sentence's opening run of names ("GAZA (AFP) -",
    "Kyiv, Ukraine (Reuters) -")."""
    if t.text == ":":
        return True
    if t.text not in ("-", "\u2014", "\u2013") or t.i == 0:
        return False
    before = t.nbor(-1)
    return (before.is_upper and before.is_alpha) or _credit_closes_dateline(before)


def _credit_closes_dateline(close: Token) -> bool:
    """``close`` ends "(AFP)" after nothing but capitalised names and commas from the start of
    its sentence ("GAZA (AFP)", "KYIV, Ukraine (Reuters)")."""
    doc = close.doc
    if close.text != ")" or close.i < 3 or doc[close.i - 2].text != "(":
        return False
    credit = doc[close.i - 1]
    opening = doc[close.sent.start:close.i - 2]
    return credit.is_alpha and (credit.is_upper or credit.is_title) and len(opening) > 0 and all(
        w.text == "," or w.is_space or (w.is_alpha and (w.is_upper or w.is_title)) for w in opening)




def phrase_attributions(starts: list[Token], lex: CueLexicon, confidence: float) -> list[Attribution]:
    """Attributions cued by a phrase such as "according to X": content is the rest of the clause."""
    out: list[Attribution] = []
    firsts = {p[0]: p for p in lex.phrases}
    for tok in starts:
        doc = tok.doc
        phrase = firsts.get(tok.lower_)
        if phrase is None:
            continue
        n = len(phrase)
        if tok.i + n > len(doc) or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != phrase:
            continue
        last = doc[tok.i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next(
                (t for t in doc[last.i + 1 : last.i + 4] if t.pos_ in ("PROPN", "NOUN", "PRON")),
                None,
            )
        if pobj is None:
            continue
        att = Attribution(tok.idx, last.idx + len(last.text), " ".join(phrase), confidence, True)
        att.speaker_start, att.speaker_end, att.speaker_head = speaker_range(pobj)
        sent = tok.sent
        phrase_lo = min(tok.left_edge.i, tok.i)
        phrase_hi = max(pobj.right_edge.i, last.i)
        clause = noun_clause(tok)
        host = tok.head
        if clause is not None:  # "the ministry, which according to X has lost control, said": X says only that
            lo, hi = _clause_without(clause, phrase_lo, phrase_hi)
        elif host.dep_ == "conj" and host.i > phrase_hi and host.head.i < phrase_lo:
            # "the army says it holds the town, but according to X, fighting goes on": X says the
            # conjunct the phrase stands in, not the clause before it
            lo, hi = _clause_without(host, phrase_lo, phrase_hi)
            while lo < hi and doc[lo].is_punct:
                lo += 1
        elif phrase_lo <= sent.start:
            lo, hi = phrase_hi + 1, sent.end - 1
        else:
            lo, hi = sent.start, phrase_lo - 1
            if phrase_hi < sent.end - 2 and not doc[phrase_hi + 1].is_punct:
                hi = sent.end - 1
        if hi < lo:
            continue
        att.content_start, att.content_end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        out.append(att)
    return out




def _clause_without(clause: Token, phrase_lo: int, phrase_hi: int) -> tuple[int, int]:
    """The tokens of a relative clause on the side of an attributing phrase that holds its verb,
    without its relative pronoun ("who, according to X, is considering a run": "is considering
    a run")."""
    lo, hi = clause.left_edge.i, clause.right_edge.i
    doc = clause.doc
    while lo < hi and (doc[lo].tag_ in ("WDT", "WP") or doc[lo].is_punct):
        lo += 1
    if clause.i > phrase_hi:
        return max(lo, phrase_hi + 1), hi
    return lo, min(hi, phrase_lo - 1)


__all__ = ["dateline_mark", "phrase_attributions", "speaker_range"]


def _split_name_end(tok: Token, right: int) -> int:
    """The end of a name the parser split after its first word ("said Padoh Saw Kler Say, a KNU
    spokesman": "Saw" read as a verb, "Say" as a second subject): a speaker that is one proper
    noun, followed by capitalised words up to a punctuation mark, none of them a date or a time;
    else ``right``."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or right != tok.i:
        return right
    j = right + 1
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start \
            and doc[j].ent_type_ not in ("DATE", "TIME"):
        j += 1
    return j - 1 if j > right + 1 and (j == len(doc) or doc[j].is_punct) else right
