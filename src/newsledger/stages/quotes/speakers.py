"""Who each attribution's speaker is: the actor of the mention holding the speaker's head, the
issuer of a document that speaks ("the statement said"), or the person introduced before a
stand-alone quote."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.quotation import Blocks
from ...records import ActorLayer, Mention
from .named_posts import named_holder
from .types import HANDLE_COLON, QUOTE_GLYPHS, Attribution, QuotesData


class MentionIndex:
    """The resolved mentions of the actor layer, sorted for range look-ups."""

    def __init__(self, actors: ActorLayer) -> None:
        self.mentions = sorted(
            (m for m in actors.mentions if m.actor_id is not None), key=lambda m: m.start
        )
        self.starts = [m.start for m in self.mentions]
        self.max_len = max((m.end - m.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]


def speaker_mention(index: MentionIndex, start: int, end: int, head: int | None) -> Mention | None:
    best: Mention | None = None
    for m in index.overlapping(start, end):
        holds_head = head is not None and m.start <= head < m.end
        if best is None:
            best = m
            continue
        best_holds = head is not None and best.start <= head < best.end
        if (holds_head and not best_holds) or (
            holds_head == best_holds and m.end - m.start > best.end - best.start
        ):
            best = m
    return best


class Speakers:
    """Who each attribution's speaker is, in document order.

    * The actor of the mention holding the speaker's head word; when none holds it, the mention
      of a name in apposition to the head ("The head of the district administration, Mykola
      Hnatiuk") before the longest overlapping mention.
    * A document as speaker ("the statement said", "according to a statement"): its issuer as the
      phrase gives it ("a statement by X", "X's statement", "the G7 joint statement", "a statement
      the governor posted"), as
      the clause gives it ("X said in a statement", "X issued a statement"), else, for "the
      statement", the issuer of the last statement named; for "a statement" with none, the
      subject of the reported clause when that is an actor ("The council called for ...,
      according to a statement"). With none of these the speaker stays unresolved.
    * A stand-alone quote with no attribution in the paragraph before takes the last person
      named as the subject of a sentence there (the speaker introduced before the quote), or the
      issuer a heading before it names ("Statement by X": :meth:`headed`).
    """

    def __init__(self, pd: ParsedDoc, actors: ActorLayer, data: QuotesData) -> None:
        self.pd = pd
        self.doc = pd.doc
        self.actors = actors
        self.index = MentionIndex(actors)
        self.words = data.speakers
        self.attributing = data.attribution.attributing_verbs
        self.confidence = data.thresholds.previous_paragraph_speaker
        self.issued: list[tuple[int, str]] = []  # (char offset of a document noun, issuer's actor id)
        self._issuers_done = False
        self.chained: dict[int, str | None] = {}
        self._content_issued: set[int] = set()  # speaker head offset -> actor the chain gave it

    def chain(self, head: int, actor_id: str | None) -> None:
        """The speaker chain's actor for the speaker whose head word is at ``head`` ("it said in
        a statement": the statement's issuer follows)."""
        self.chained[head] = actor_id
        self.issued = [(pos, aid) for pos, aid in self.issued if pos in self._content_issued]
        self._issuers_done = False

    def resolve(self, att: Attribution) -> str | None:
        if att.speaker_start is None or att.speaker_end is None:
            return None
        head_tok = self.pd.token_at(att.speaker_head) if att.speaker_head is not None else None
        nouns = self.words.document_nouns
        if head_tok is not None and (head_tok.lemma_.lower() in nouns or head_tok.lower_ in nouns):
            aid = self._document_issuer(head_tok, att)
            if aid is not None:
                return aid
        antecedent = relative_antecedent(head_tok) if head_tok is not None else None
        if antecedent is not None:  # "Mauritius, which says …": the speaker is the antecedent
            m = self._mention_at(antecedent)
            return m.actor_id if m is not None else None
        best = speaker_mention(self.index, att.speaker_start, att.speaker_end, att.speaker_head)
        holder = named_holder(self.actors, head_tok, att.speaker_start, att.speaker_end, self.words.role_nouns)
        if holder is not None:
            return holder  # "Pakistan's permanent representative to the UN, Munir Akram, said"
        if head_tok is not None and (best is None or not best.start <= head_tok.idx < best.end):
            for c in head_tok.children:
                if c.dep_ == "appos":
                    m = self._mention_at(c)
                    if m is not None and m.kind == "name":
                        return m.actor_id  # "The head of the district administration, X, said"
        if best is not None and head_tok is not None and (self._aimed_at(head_tok, best) or self._kin_of(head_tok, best)):
            return None
        if best is None:  # "”, Creemers said": a surname the recogniser missed, of one person named before
            return self._surname_of(self.doc.text[att.speaker_start:att.speaker_end])
        return best.actor_id

    def _surname_of(self, text: str) -> str | None:
        """The one person of the article whose name's last word is ``text`` (one capitalised word)."""
        if not text.istitle() or not text.isalpha():
            return None
        found = {a.id for a in self.actors.actors if a.type == "person" and a.name.split()[-1:] == [text]}
        return found.pop() if len(found) == 1 else None

    def _kin_of(self, head: Token, m: Mention) -> bool:
        """``head`` is a relative or another party of the possessor ``m`` names ("Gee's mother",
        "the minister's son", "Berisha's opponents"): someone else than the possessor."""
        others = self.words.kin_nouns | self.words.other_party_nouns
        if head.lemma_.lower() not in others and head.lower_ not in others:
            return False
        return not m.start <= head.idx < m.end and any(
            c.dep_ == "poss" and m.start <= c.idx < m.end for c in head.children)

    def _aimed_at(self, head: Token, m: Mention) -> bool:
        """``m`` sits in a phrase of what ``head`` is aimed at ("an attack on a U.S. base") or of
        what a picture shows ("images of the hospital")."""
        tok = self.pd.token_at(m.start)
        if tok is None:
            return False
        for _ in range(8):
            if tok.i == head.i or tok.head.i == tok.i:
                return False
            if tok.dep_ == "prep" and tok.head.i == head.i and (
                    tok.lower_ in self.words.object_prepositions
                    or (tok.lower_ == "of" and head.lower_ in self.words.depiction_nouns)):
                return True  # "an attack on a U.S. base", "images of the hospital"
            tok = tok.head
        return False

    def _mention_at(self, tok: Token) -> Mention | None:
        """The resolved mention holding ``tok`` (the shortest); for a speaker the chain
        resolved, its actor."""
        if tok.idx in self.chained:
            aid = self.chained[tok.idx]
            m = self.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
            return m.replace(actor_id=aid) if m is not None and aid is not None else None
        best = None
        for m in self.index.overlapping(tok.idx, tok.idx + len(tok.text)):
            if m.start <= tok.idx < m.end and (best is None or m.end - m.start < best.end - best.start):
                best = m
        return best

    def _actor_of_subject(self, verb: Token) -> str | None:
        """The actor of the verb's subject; of the subject that is a mention when the parser gave
        the verb two ("The paramilitary Rapid Support Forces rejected ...": "paramilitary" and
        "Forces"); of a subject the speaker chain resolved though no mention holds it ("In a
        statement ..., the alliance said": the body "the alliance" stands for)."""
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if self.chained.get(c.idx) is not None:
                    return self.chained[c.idx]
                m = self._mention_at(c)
                if m is not None:
                    return m.actor_id
        return None

    def _own_issuer(self, d: Token) -> str | None:
        """The issuer a document's own phrase or clause names. A phrase naming the issuer through
        a possessive pronoun ("X said in a statement published by its media arm") names one of
        the clause's speaker's own organs: the clause's speaker issues it."""
        w = self.words
        owned: str | None = None
        for c in d.children:
            aid = self._issuer_in(c)
            if aid is not None and not _pronoun_owned(c):
                return aid
            owned = owned or aid
        h = d.head
        if d.dep_ == "dobj" and h.lemma_.lower() in w.issue_verbs:
            return self._actor_of_subject(h) or owned  # "X issued a statement"
        if d.dep_ == "pobj" and h.lower_ in w.medium_prepositions and h.head.i != h.i:
            return self._actor_of_subject(h.head) or owned  # "X said in a statement"
        return owned

    def _issuer_in(self, c: Token) -> str | None:
        """The issuer named by ``c``, a child of a document noun."""
        if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i < c.head.i):
            m = self._mention_at(c)  # "the ministry's statement", "the G7 joint statement", "a U.N. report"
            if m is not None:
                return m.actor_id
        if c.dep_ == "prep" and c.lower_ in self.words.issuer_prepositions:
            return self._pobj_actor(c)  # "a statement by the ministry", "a letter from X"
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.attributing:
            to = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"), None)
            aid = self._pobj_actor(to) if to is not None else None  # "a statement attributed to X"
            if aid is not None:
                return aid
        if c.dep_ in ("relcl", "acl"):
            aid = self._actor_of_subject(c)  # "a statement the governor posted"
            if aid is not None:
                return aid
            for g in c.children:  # "a statement issued by the council" (not "a report seen by X")
                if g.dep_ == "agent" and c.lemma_.lower() in self.words.issue_verbs:
                    aid = self._pobj_actor(g)
                    if aid is not None:
                        return aid
        return None

    def _pobj_actor(self, prep: Token) -> str | None:
        for g in prep.children:
            m = self._mention_at(g) if g.dep_ == "pobj" else None
            if m is not None:
                return m.actor_id
        return None

    def _collect_issuers(self) -> None:
        if self._issuers_done:
            return
        self._issuers_done = True
        nouns = self.words.document_nouns
        for tok in self.pd.tokens:
            if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or tok.lower_ in nouns) \
                    and tok.idx not in self._content_issued:
                aid = self._own_issuer(tok)
                if aid is not None:
                    self.issued.append((tok.idx, aid))
        self.issued.sort()

    def _document_issuer(self, d: Token, att: Attribution) -> str | None:
        self._collect_issuers()
        for pos, aid in self.issued:
            if pos == d.idx:
                return aid
        definite = any(c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in d.children)
        if definite:
            before = [aid for pos, aid in self.issued if pos < d.idx]
            if before:
                return before[-1]  # "the statement said": the statement named before
            return None
        aid = self._content_subject(att)  # "The council called for ..., according to a statement"
        if aid is not None:
            self._content_issued.add(d.idx)
            self.issued.append((d.idx, aid))
            self.issued.sort()
        return aid

    def _content_subject(self, att: Attribution) -> str | None:
        if att.content_start is None or att.content_end is None:
            return None
        span = self.pd.span_chars(att.content_start, att.content_end)
        if span is None or len(span) == 0:
            return None
        root = span.root
        for c in root.children:
            if c.dep_ == "nsubj" and att.content_start <= c.idx < att.content_end:
                m = self._mention_at(c)
                if m is None:
                    return None
                a = self.actors.actor(m.actor_id)
                return a.id if a is not None and a.type in ("organisation", "state", "person") else None
        return None

    def announced(self, att: Attribution, blocks: Blocks) -> bool:
        """A paragraph ending in a colon announces the stand-alone quote after it ("The ministry
        said in a statement on Tuesday:"): the subject of the verb the colon closes is the
        speaker. True when set."""
        if not att.standalone or att.content_start is None:
            return False
        b = blocks.index(att.content_start)
        if b == 0:
            return False
        bs, be = blocks.span(b - 1)
        text = self.pd.text[bs:be].rstrip()
        if not text.endswith(":"):
            return False
        tok = self.pd.token_at(bs + len(text) - 1)
        if tok is None:
            return False
        verb = tok.head if tok.dep_ == "punct" else tok.sent.root  # the verb the colon closes
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        att.speaker_start, att.speaker_end, att.speaker_head = start, end, subj.idx
        m = self._mention_at(subj)
        att.speaker_actor_id = m.actor_id if m is not None else None
        att.confidence = self.confidence
        return True

    def interviewee(self, att: Attribution, blocks: Blocks) -> bool:
        """An answer's turn in an interview set as questions and answers ("Q: Will you meet him?
        / A: If there is a sincere offer, ..."): its speaker is the interviewee, the first person
        named before the first question, not the letter. True when set."""
        if att.speaker_start is None or att.speaker_end is None or att.speaker_actor_id is not None:
            return False
        if self.pd.text[att.speaker_start:att.speaker_end].strip().lower() not in self.words.answer_labels:
            return False
        first = self._first_question(blocks)
        if first is None or first > att.speaker_start:
            return False
        for m in self.index.mentions:
            if m.start >= first:
                break
            a = self.actors.actor(m.actor_id)
            if a is not None and a.type == "person" and m.kind == "name":
                att.speaker_actor_id = a.id
                return True
        return False

    def _first_question(self, blocks: Blocks) -> int | None:
        """Where the first paragraph opening with a question label ("Q: ...") starts."""
        text = self.pd.text
        for start, end in zip(blocks.starts, blocks.ends, strict=True):
            label, colon, _ = text[start:end].partition(":")
            if colon and label.strip().lower() in self.words.question_labels:
                return start
        return None

    def handle(self, att: Attribution, blocks: Blocks) -> bool:
        """A stand-alone quote its own paragraph introduces with a social-media handle and a
        colon ("Reposting @CityPolice: “...”", "RT @HealthMin: ..."): the handle's account is
        the speaker (a shared post is its author's words, not the poster's). True when set."""
        if not att.standalone or att.content_start is None or att.speaker_start is not None:
            return False
        bs, _ = blocks.span(blocks.index(att.content_start))
        before = self.pd.text[bs:att.content_start].rstrip("".join(QUOTE_GLYPHS) + " \t")
        m = HANDLE_COLON.search(before)
        if m is None:
            return False
        start, end = bs + m.start("handle"), bs + m.end("handle")
        att.speaker_start, att.speaker_end, att.speaker_head = start, end, start
        mention = next(iter(self.index.overlapping(start, end)), None)
        att.speaker_actor_id = mention.actor_id if mention is not None else None
        att.confidence = self.confidence
        return True

    def headed(self, att: Attribution, blocks: Blocks) -> bool:
        """A stand-alone quote right after a heading that names a statement's issuer ("Statement
        by Carla Hoffmann, UNICEF Representative", "Message from the Secretary-General"): a
        paragraph with no verb whose head is a document noun with an issuer phrase ("by", "from";
        not "of", what the document is about) naming an actor; the issuer speaks what follows.
        True when set."""
        if not att.standalone or att.content_start is None or att.speaker_start is not None:
            return False
        b = blocks.index(att.content_start)
        span = self.pd.span_chars(*blocks.span(b - 1)) if b > 0 else None
        if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        head = span.root
        if head.lemma_.lower() not in self.words.document_nouns and head.lower_ not in self.words.document_nouns:
            return False
        for prep in head.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" \
                and prep.lower_ in self.words.issuer_prepositions and prep.lower_ != "of" else None
            m = self._mention_at(obj) if obj is not None else None
            if obj is not None and m is not None:
                att.speaker_start, att.speaker_end, att.speaker_head = m.start, m.end, obj.idx
                att.speaker_actor_id = m.actor_id
                att.confidence = self.confidence
                return True
        return False

    def standalone(self, att: Attribution, blocks: Blocks) -> None:
        """A stand-alone quote left without a speaker: the last person named as a sentence
        subject in the paragraph before ("Vasyl Kravets, 54, had come to look for his brother.
        / “He went to that market every Saturday ...”")."""
        if att.content_start is None:
            return
        b = blocks.index(att.content_start)
        if b == 0:
            return
        bs, be = blocks.span(b - 1)
        found: Mention | None = None
        for m in self.index.overlapping(bs, be):
            if m.start < bs or m.end > be:
                continue
            a = self.actors.actor(m.actor_id)
            tok = self.pd.token_at(m.start)
            if a is None or a.type != "person" or tok is None:
                continue
            root = self.pd.span_chars(m.start, m.end)
            if root is not None and len(root) and root.root.dep_ in ("nsubj", "nsubjpass"):
                found = m
        if found is not None:
            att.speaker_start, att.speaker_end = found.start, found.end
            att.speaker_head = found.start
            att.speaker_actor_id = found.actor_id
            att.confidence = self.confidence


def _pronoun_owned(phrase: Token) -> bool:
    """The issuer a document's phrase names is owned by a possessive pronoun ("published by its
    media arm", "posted on their channel"): someone named before owns it."""
    return any(t.dep_ == "poss" and t.tag_ == "PRP$" for t in phrase.subtree)


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("Mauritius, which says", "Ms. Lopez, who
    said"); None for any other word, or a pronoun antecedent ("those who say")."""
    if tok.tag_ not in ("WDT", "WP") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head
