"""Linking quotations to attributions: a content that lies (mostly) in quotation marks makes a
direct quote, a cue next to a quotation attributes it (“…,” he said / He said: “…”), and
quoted words inside reported speech become partial quotes of that attribution."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.quotation import Quotation, QuoteFilters, find_quotations, text_blocks
from ...nlp.reporters import withheld
from .types import AFTER_GAP_CHARS, DASH_SOURCE, SENTENCE_END, Attribution, QuotesData

# what may follow a cue verb in a sentence that only attributes the quotation before it
_BARE_CUE_DEPS = frozenset({"punct", "nsubj", "npadvmod", "advmod", "dative", "agent", "prt"})


@dataclass(frozen=True)
class QuoteInfo:
    words: int
    has_verb: bool
    name_like: bool
    title_case: bool
    ends_sentence: bool


def quote_info(pd: ParsedDoc, q: Quotation) -> QuoteInfo:
    span = (
        pd.doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
        if q.inner_end > q.inner_start
        else None
    )
    toks = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    words = len(toks)
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in toks)
    name_like = bool(toks) and all(
        t.pos_ == "PROPN"
        or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")
        or t.lower_ in ("’s", "'s")
        for t in toks
    )
    alpha = [t for t in toks if t.is_alpha and len(t.text) > 3]
    title_case = len(toks) >= 2 and bool(alpha) and all(t.text[0].isupper() for t in alpha)
    inner = pd.text[q.inner_start : q.inner_end].rstrip()
    ends_sentence = bool(inner) and inner[-1] in ".?!,…—-"
    return QuoteInfo(words, has_verb, name_like, title_case, ends_sentence)


def is_utterance(info: QuoteInfo) -> bool:
    return (info.words >= 3 and info.has_verb) or info.words >= 7


def is_title(pd: ParsedDoc, q: Quotation, info: QuoteInfo, filters: QuoteFilters) -> bool:
    """The quotation is the title of a work (\"a report titled “…”\", a Title-Case name after \"the film\"
    or before \"program\": ABC's “This Week” program)."""
    before = pd.text[max(q.start - 40, 0) : q.start]
    words = re.findall(r"[\w-]+", before.lower())[-3:]
    if any(w in filters.strong_title_cues for w in words):
        return True
    if not info.title_case or info.ends_sentence:
        return False
    after = re.match(r"\s*([\w-]+)", pd.text[q.end : q.end + 30])
    return any(w in filters.title_cues for w in words) or bool(
        after and after.group(1).lower() in filters.title_nouns_after
    )


def at_sentence_start(text: str, pos: int, para_start: int) -> bool:
    before = text[para_start:pos].rstrip()
    return not before or before[-1] in '.!?:;"”’»)' or before.endswith(("—", "–"))


def _nonspace(text: str, a: int, b: int) -> int:
    return sum(1 for c in text[a:b] if not c.isspace())


class Linker:
    """Ties quotations to attributions and builds the quotes of one article."""

    def __init__(self, pd: ParsedDoc, data: QuotesData) -> None:
        self.pd = pd
        self.th = data.thresholds
        self.cues = data.cues
        self.words = data.attribution
        self.text = pd.text
        self.blocks = text_blocks(self.text, data.marks)
        self.quotations = find_quotations(self.text, data.marks, self.blocks)
        self.q_starts = [q.start for q in self.quotations]
        self.max_len = max((q.end - q.start for q in self.quotations), default=0)
        self.infos = [quote_info(pd, q) for q in self.quotations]
        self.assigned: list[Attribution | None] = [None] * len(self.quotations)
        self.cue_starts: list[int] = []  # cue offsets of the attributions being linked, sorted
        self.partial_of: list[Attribution | None] = [None] * len(self.quotations)
        self.reported: set[int] = set()  # quotations inside the content of an indirect attribution

    # quotations around and inside ranges
    def enclosing(self, start: int, end: int) -> int | None:
        """Index of the innermost quotation holding [start, end)."""
        best = None
        lo = bisect.bisect_left(self.q_starts, start - self.max_len)
        for i in range(bisect.bisect_right(self.q_starts, start) - 1, lo - 1, -1):
            q = self.quotations[i]
            if (
                q.start <= start
                and end <= q.end
                and (best is None or q.depth > self.quotations[best].depth)
            ):
                best = i
        return best

    def overlapping(self, start: int, end: int) -> list[int]:
        hi = bisect.bisect_left(self.q_starts, end)
        lo = bisect.bisect_left(self.q_starts, start - self.max_len)
        return [i for i in range(lo, hi) if self.quotations[i].end > start]

    def link(self, atts: list[Attribution]) -> None:
        """Direct quotes first (by content, then by adjacency), then partial quotes."""
        for att in atts:
            if att.cue_start is not None:
                k = self.enclosing(att.cue_start, att.cue_end or att.cue_start)
                att.inside_quote = k is not None
        self.cue_starts = [a.cue_start or 0 for a in atts]
        usable = [a for a in atts if a.has_content and not (a.inside_quote and not a.speech)]
        for att in usable:
            self._balance(att)
        pending: list[tuple[Attribution, list[int]]] = []
        for att in usable:
            cands = self._content_quotations(att)
            if cands and not self._link_direct(att, cands):
                pending.append((att, cands))
        # quoted words inside an indirect content ('said the department "remains focused ..."')
        self.reported = {k for att, cands in pending if att.kind != "direct" for k in cands}
        self._link_adjacent(atts)
        for att, cands in pending:
            if att.kind != "direct":
                self._link_partials(att, cands)
        self._inner_sayers(atts)

    def _inner_sayers(self, atts: list[Attribution]) -> None:
        """A quotation made a partial of an outer report that is the object of a cue inside that
        report's content, right after the cue, which has no content of its own ("X told Y that a
        passenger said “about 750”"): the inner cue's speaker says it, when named (a pronoun there,
        "X said she wanted to speak “...”", is the outer speaker again)."""
        for k, q in enumerate(self.quotations):
            outer = self.partial_of[k]
            if outer is None or outer.content_start is None or outer.content_end is None:
                continue
            inner = [a for a in atts if a is not outer and self._no_content_before(a, q.start) and a.speaker_start is not None
                     and a.cue_start is not None and a.cue_end is not None
                     and outer.content_start <= a.cue_start < q.start and self._cue_then_quote(a, q.start)
                     and _named(self.pd.token_at(a.speaker_start))]  # "X said she wanted to speak “...”": X
            if inner:
                self.partial_of[k] = max(inner, key=lambda a: a.cue_start or 0)

    @staticmethod
    def _no_content_before(a: Attribution, start: int) -> bool:
        """``a`` has no content, or only its cue's object before a quotation at ``start`` ("ordered
        them: “...”": "them" is who was ordered, not what)."""
        if not a.has_content:
            return True
        return a.content_start is not None and a.content_end is not None and a.cue_end is not None \
            and a.cue_end <= a.content_start and a.content_end <= start

    def _cue_then_quote(self, a: Attribution, start: int) -> bool:
        """Nothing stands between the cue of ``a`` and a quotation at ``start`` but, before a colon,
        the cue's own object ("the gunmen ordered them: “...”")."""
        gap = self.pd.text[a.cue_end:start].strip()
        if not gap:
            return True
        cue = self.pd.token_at(a.cue_start or 0)
        if cue is None or not gap.endswith(":"):
            return False
        words = [t for t in self.pd.doc if (a.cue_end or 0) <= t.idx < start and not t.is_punct and not t.is_space]
        return bool(words) and all(t.head.i == cue.i and t.dep_ in ("dobj", "dative") for t in words)

    def _link_adjacent(self, atts: list[Attribution]) -> None:
        """Whole-utterance quotations left over: attributed by a cue or a dash next to them."""
        for k in range(len(self.quotations)):
            if self.assigned[k] is not None or not self._quote_like(k):
                continue
            att = self._adjacent(k, atts)
            if att is None:
                att = self._dash_source(k)
                if att is not None:
                    i = bisect.bisect_right(self.cue_starts, att.cue_start or 0)
                    atts.insert(i, att)
                    self.cue_starts.insert(i, att.cue_start or 0)
            if att is not None:
                self._make_direct(att, [k])
                self._speaker_between(att, k)

    def _link_partials(self, att: Attribution, cands: list[int]) -> None:
        """The free quotations inside an indirect content are partial quotes of it, and so is one it
        opens that the parse cut before its close at the end of the sentence."""
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        for k in cands:
            q = self.quotations[k]
            inside = q.inner_end <= b + 1 or (q.inner_start < b and q.closed and self._same_sentence(b, q.inner_end))
            if a <= q.inner_start and inside and self.partial_of[k] is None and self.assigned[k] is None:
                self.partial_of[k] = att

    def _balance(self, att: Attribution) -> None:
        """Stretch a content to the quotation marks it cuts: ‘Israel’s’ …, “… regime”; and an
        indirect content the parse cut inside a quotation it opens, at a semicolon (stressed that
        X “is lying; the prison was visited …”), to the quotation's close."""
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        for k in self.overlapping(a, b):
            q = self.quotations[k]
            if q.start < a <= q.inner_start:
                a = q.start
            cut = a <= q.start and q.inner_start < b < q.inner_end and ";" in self.text[b:q.inner_end] \
                and att.kind != "direct"
            if (q.inner_end <= b < q.end or cut) and q.closed:
                b = q.end
        att.content_start, att.content_end = a, b

    def _same_sentence(self, b: int, end: int) -> bool:
        """A quotation's close at ``end`` ends the sentence of a content's cut at ``b`` (nothing but
        punctuation after it), and the cut leaves words of it out (not only its closing stop): the
        parse split the quoted words ('saying the army "invents massacres to hide its defeats"' hung
        "to hide" on "saying"); what the marks hold is still what was said."""
        left = self.text[b:end]
        if not any(ch.isalnum() for ch in left) or self.pd.sentence_index(b) != self.pd.sentence_index(max(b, end - 1)):
            return False
        s = self.pd.sentences[self.pd.sentence_index(b)]
        return not any(ch.isalnum() for ch in self.text[end:s.end])

    def _quote_like(self, k: int) -> bool:
        """Quotation ``k`` reads as a whole utterance (not a phrase in running text)."""
        info = self.infos[k]
        if is_utterance(info):
            return True
        q = self.quotations[k]
        bs, _ = self.blocks.span(self.blocks.index(q.start))
        return info.words > 0 and info.ends_sentence and at_sentence_start(self.text, q.start, bs)

    def _content_quotations(self, att: Attribution) -> list[int]:
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        cue_q = (
            self.enclosing(att.cue_start, att.cue_end)
            if att.cue_start is not None and att.cue_end is not None
            else None
        )
        cands = []
        for k in self.overlapping(a, b):
            q = self.quotations[k]
            if att.cue_start is not None and q.start <= att.cue_start < q.end:
                continue
            if cue_q is not None and not (
                self.quotations[cue_q].start <= q.start and q.end <= self.quotations[cue_q].end
            ):
                continue
            if cue_q is None and q.depth > 0:
                continue
            cands.append(k)
        return cands

    def _link_direct(self, att: Attribution, cands: list[int]) -> bool:
        """Make ``att`` a direct quote when its content lies (mostly) in quotation marks."""
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        total = _nonspace(self.text, a, b)
        if att.cue_start is not None and att.cue_end is not None and a < att.cue_start < b:
            total -= _nonspace(self.text, att.cue_start, att.cue_end)
        if (
            att.speaker_start is not None
            and att.speaker_end is not None
            and a < att.speaker_start < b
        ):
            total -= _nonspace(self.text, att.speaker_start, att.speaker_end)
        inside = sum(
            _nonspace(self.text, max(a, self.quotations[k].start), min(b, self.quotations[k].end))
            for k in cands
        )
        free = [k for k in cands if self.assigned[k] is None and not self._closed_before(att, k)]
        if not free or total <= 0:
            return False
        first = self.quotations[free[0]]
        prefix = self.text[a : first.start].strip(" \t\n\u00a0,:").lower()
        if prefix:
            # 'the plan was “a disaster”', 'said that “…”': quoted words inside reported speech
            return False
        if inside / total >= self.th.direct_share and any(self._quote_like(k) for k in free):
            self._make_direct(att, free)
            return True
        return False

    def _closed_before(self, att: Attribution, k: int) -> bool:
        """Quotation ``k`` ends a sentence of its own before the cue's clause begins: it closes on
        a stop, a question or an exclamation mark, and words other than the speaker come between it
        and the speaker (“… on Christmas Day?” Earlier this month, North Korea said, “…”: the cue
        holds the quotation after it, not the one before; “…?” asked X and “…?” X asked keep it)."""
        q = self.quotations[k]
        lead = min((x for x in (att.speaker_start, att.cue_start) if x is not None and x >= q.end), default=None)
        if lead is None or not self.text[q.inner_start:q.inner_end].rstrip().endswith((".", "?", "!")):
            return False
        return bool(self.text[q.end:lead].strip(AFTER_GAP_CHARS))

    def _speaker_between(self, att: Attribution, k: int) -> None:
        """“…,” Flynn, a top surrogate, said: the words between the quote and the cue are the speaker."""
        q = self.quotations[k]
        if att.cue_start is None or att.cue_start <= q.end:
            return
        if att.speaker_start is not None and q.end <= att.speaker_start < att.cue_start:
            return
        gap = self.text[q.end : att.cue_start]
        lead = len(gap) - len(gap.lstrip(AFTER_GAP_CHARS))
        body = gap.strip(AFTER_GAP_CHARS)
        if body and len(body) <= self.th.max_gap and "\n" not in body and not SENTENCE_END.search(body):
            att.speaker_start = q.end + lead
            att.speaker_end = att.speaker_start + len(body)
            att.speaker_head = att.speaker_start

    def _make_direct(self, att: Attribution, ks: list[int]) -> None:
        att.kind = "direct"
        for k in ks:
            self.assigned[k] = att
            att.quotations.append(self.quotations[k])
        att.quotations.sort(key=lambda q: q.start)
        att.content_start = att.quotations[0].start
        att.content_end = att.quotations[-1].end

    def _dash_source(self, k: int) -> Attribution | None:
        """“…” ― Name: a quotation signed by a dash and a name after it."""
        q = self.quotations[k]
        _, be = self.blocks.span(self.blocks.index(max(q.end - 1, q.start)))
        m = DASH_SOURCE.match(self.text, q.end, be)
        if m is None:
            return None
        att = Attribution(m.start(1), m.end(1), None, self.th.dash_source, True)
        att.speaker_start, att.speaker_end = m.start(2), m.end(2)
        att.speaker_head = att.speaker_start
        return att

    def _adjacent(self, k: int, atts: list[Attribution]) -> Attribution | None:
        """A cue next to quotation ``k``: “…,” he said. / He said: “…” / “…” — Name."""
        after = self._cue_after(k, atts)
        return after if after is not None else self._cue_before(k, atts)

    def _cue_after(self, k: int, atts: list[Attribution]) -> Attribution | None:
        """“…,” he said: the first speech cue after the quotation, with only a speaker between."""
        q = self.quotations[k]
        _, be = self.blocks.span(self.blocks.index(max(q.end - 1, q.start)))
        full_stop = self.text[q.inner_start:q.inner_end].rstrip().endswith(".")
        for a in atts[bisect.bisect_left(self.cue_starts, q.end):]:
            if a.cue_start is None or a.cue_start < q.end:
                continue
            if a.cue_start > be or a.cue_start > q.end + self.th.after_window:
                break
            if not a.speech or self._in_other_quote(a, k):
                continue
            if a.kind == "direct":
                # “A,” he said, “B.”: the cue already holds the quote after it
                if not a.quotations or a.quotations[0].start < q.end:
                    continue
            elif not self._free_for(a, q):
                continue
            if self._words_between(q.end, a) or self._closed_before(a, k) or self._withheld(a, q.end):
                continue
            if full_stop and (a.has_content or k in self.reported
                              or not (self._lower_after(q.end) or self._bare_cue(a))):
                # “… .” The network said it would …: a new sentence with its own content; “… .”
                # Both sides disagreed about …: a new sentence that goes on past its cue; X said
                # the plan "is dead." Y responded, ...: the quoted words are X's
                continue
            return a
        return None

    def _withheld(self, a: Attribution, end: int) -> bool:
        """The cue after a quotation ending at ``end`` is negated or withheld after it ("“… .” The
        ministry did not respond.", "… declined to comment."): who did not speak is no source of
        the words before."""
        tok = self.pd.token_at(a.cue_start or 0)
        while tok is not None and tok.dep_ in ("aux", "neg") and tok.head.i > tok.i:
            tok = tok.head  # "did not respond": the cue's span opens with its auxiliary
        return tok is not None and withheld(tok, self.words, end)

    def _lower_after(self, end: int) -> bool:
        """The first word after a closing mark is in lower case (“… .” she said, adding …): the
        quotation's sentence goes on with its attribution."""
        rest = self.text[end:end + 40].lstrip(AFTER_GAP_CHARS)
        return bool(rest) and rest[0].islower()

    def _bare_cue(self, a: Attribution) -> bool:
        """The cue's sentence is only the attribution: after the verb come only its subject
        ("said the minister"), the addressee ("told reporters"), adverbs and phrases of time,
        place or medium ("on Monday", "in a statement") and a participle of the speaker's own
        after a comma ("Chao said, adding that ..."); not a phrase of what was said ("disagreed
        about who started the war"), a clause or a coordinated verb."""
        tok = self.pd.token_at(max((a.cue_end or 1) - 1, a.cue_start or 0))
        if tok is None:
            return False
        verb = tok.head if tok.dep_ in ("prt", "prep") and tok.head.i < tok.i else tok
        for c in verb.rights:
            if c.dep_ in _BARE_CUE_DEPS or (c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN", "NOUN")
                                              and verb.lemma_.lower() == "tell"):
                continue
            if c.dep_ == "prep" and self._circumstance(c):
                continue
            if c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and c.i > 0 and c.doc[c.i - 1].text == ",":
                continue  # "..., adding that ...": the speaker's own words go on
            return False
        return True

    def _circumstance(self, prep: Token) -> bool:
        """A phrase of the saying's circumstance: time, place, medium or addressee ("on Monday",
        "in a statement", "to reporters"), judged by its preposition or its own object (not by a
        date anywhere inside it: "about who started the three-year war" is what was said)."""
        if prep.lower_ in self.cues.circumstance_preps or prep.lower_ == "to":
            return True
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return obj is not None and (obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                                    or obj.lemma_.lower() in self.cues.medium_nouns)

    def _words_between(self, end: int, a: Attribution) -> bool:
        """More than a speaker between a closing mark and the cue ``a`` after it."""
        first = a.cue_start
        assert first is not None
        if a.speaker_start is not None and end <= a.speaker_start < first:
            first = a.speaker_start
        gap = self.text[end:first]
        return bool(gap.strip(AFTER_GAP_CHARS)) and bool(
            len(gap) > self.th.max_gap or "\n" in gap or SENTENCE_END.search(gap) or self._has_verb(end, first)
        )

    def _cue_before(self, k: int, atts: list[Attribution]) -> Attribution | None:
        """He said: “…”: the last speech cue before the quotation in its paragraph, close to it."""
        q = self.quotations[k]
        bs0, _ = self.blocks.span(self.blocks.index(q.start))
        best: Attribution | None = None
        for a in atts[bisect.bisect_left(self.cue_starts, bs0):]:
            if a.cue_start is None or a.cue_start >= q.start:
                break
            if not a.speech or a.kind == "direct" or a.cue_start < bs0 or self._in_other_quote(a, k):
                continue
            if not self._free_for(a, q):
                continue
            tail_from = max(a.cue_end or a.cue_start, a.speaker_end or 0)
            if tail_from > q.start:
                continue
            gap = self.text[tail_from:q.start]
            stripped = gap.strip()
            if len(gap) > self.th.before_gap or "\n" in gap or SENTENCE_END.search(gap):
                continue
            if (
                not stripped
                or stripped[-1] in ":,—–―"
                or (len(stripped.split()) <= 2 and not self._has_verb(tail_from, q.start))  # "told us “…”"
            ):
                best = a
        return best

    @staticmethod
    def _free_for(a: Attribution, q: Quotation) -> bool:
        """The attribution has no content of its own beyond ``q`` (its content, if any, lies in it)."""
        if not a.has_content:
            return True
        assert a.content_start is not None and a.content_end is not None
        return q.start - 2 <= a.content_start and a.content_end <= q.end + 2

    def _has_verb(self, start: int, end: int) -> bool:
        span = self.pd.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _in_other_quote(self, att: Attribution, k: int) -> bool:
        if att.cue_start is None:
            return False
        e = self.enclosing(att.cue_start, att.cue_end or att.cue_start)
        if e is None:
            return False
        return not (
            self.quotations[e].start <= self.quotations[k].start
            and self.quotations[k].end <= self.quotations[e].end
        )


def _named(tok: Token | None) -> bool:
    """A speaker that is no pronoun."""
    return tok is not None and tok.pos_ != "PRON"
