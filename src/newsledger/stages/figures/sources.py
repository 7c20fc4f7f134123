"""Who states a figure: the owner of its count, the speaker of the quote holding it, a phrase
naming its source, a reporting verb, an inverted or neighbouring reporting clause, or the
outlet's own voice (:func:`attribute`); a dateline or wire credit is never the source."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import (
    UNATTRIBUTED,
    UNKNOWN_SPEAKER,
    AttributionWords,
    Source,
    cited_between,
    cited_by_cue,
    cited_source,
    count_owner,
    dateline_end,
    gathered_by_speaker,
    issuer,
    names_a_source,
    names_publisher,
    names_publisher_by_head,
    noun_phrase,
    quote_at,
    source_of,
    verb_subject,
)
from ...nlp.body_sources_compiled import issuing_agent
from ...nlp.colon_reports import colon_reporter
from ...nlp.credits import closing_credit
from ...nlp.neighbours import next_sentence_reporter, previous_sentence_reporter
from ...nlp.reporters import (
    asked_not_told,
    clause_reporter,
    inner_reporter,
    inverted_reporter,
    reporting,
)
from ...nlp.words import ACTOR_PRONOUNS, PLACE_TYPES, RELATIVE_PRONOUNS
from ...records import ActorLayer, Quote, Span
from . import two_body_sources as two_body
from .body_sources_directive import directed_act_cue
from .body_sources_results import won_count
from .carrier import carriers_count
from .clause_sources import document_content, judged_act
from .context import best_mention
from .deeds import intended_deed
from .given import apposed_giver, document_giver, heard_from, participle_giver
from .issuers import compound_issuer
from .listed import listed
from .own_staff import publishers_people
from .possessor import pronoun_owner
from .relative_carrier import relative_cited
from .types import (
    HEADLINE_SOURCE,
    PLACE_LABELS,
    FigureLexicon,
    Reading,
)

# the kinds of mention that name an actor (a pronoun or a label does not)
NAMING_KINDS = frozenset({"name", "nominal", "title"})


def _named(actors: ActorLayer, src: Source) -> tuple[str, str | None]:
    """A source as written and the actor of the mention it holds."""
    m = best_mention(actors, src.start, src.end)
    actor = m.actor_id if m is not None else None
    return written_name(actors, src.text, src.start, actor), actor


def written_name(actors: ActorLayer, text: str, start: int, actor_id: str | None,
                 content: tuple[int, int] = (0, 0), dated: tuple[str, AttributionWords] | None = None) -> str:
    """A source written as a pronoun ("it said", "he added") that stands for an actor is written
    as the actor was last named before it, by its name when it has one ("Kevin Hassett", not "the
    director"), outside what it is said to say (``content``): "The health ministry gave new
    figures. It said ...": the health ministry; not "miners" in "The union ... 21 miners died, it
    said", whom a sector actor shares with the union. Never as a dateline names it (``dated``:
    the article's text and the attribution words): in "QAMISHLI, Syria (AFP) - ..., the
    Kurdish-led administration said. ..., it added" the place of the dateline is no name of the
    speaker. Any other source as written."""
    if actor_id is None or text.lower() not in ACTOR_PRONOUNS:
        return text
    named = [m for m in actors.mentions if m.actor_id == actor_id and m.kind in NAMING_KINDS and m.end <= start
             and not (m.start < content[1] and content[0] < m.end)
             and not (dated is not None and m.end <= dateline_end(dated[0], m.start, dated[1]))]
    return max(named, key=lambda m: (m.kind == "name", m.end)).text if named else text


def _speaker(doc: ParsedDoc, quote: Quote, words: AttributionWords,
             actors: ActorLayer) -> tuple[str, str | None] | None:
    """The quote's speaker as a figure's source: whom it cites ("N, citing M, said"), the issuer
    of a document that speaks ("figures from the ministry": an actor named after the document),
    or itself; never a dateline ("WASHINGTON: ..."); None when it has none."""
    sp = quote.speaker
    if sp is None:
        return None
    # a transcript turn's speaker label ("MR HALE: ...") is no dateline, though it looks like one
    label = quote.cue is not None and doc.text[quote.cue.start:quote.cue.end] == ":" and quote.cue.start == sp.end
    dl_end = sp.start if label else dateline_end(doc.text, sp.start, words)
    if sp.end <= dl_end:
        return None
    if quote.cue is not None and sp.end < quote.cue.start:
        # "N, citing M, said" and "Citing M, N said": M gives it
        cited = cited_between(doc.text, sp.end, quote.cue.start, words, doc.doc) or _citing_first(doc, sp.start, words)
        cited = cited if cited is not None and names_a_source(doc.doc, cited, words) else None
        cited = (cited_source(doc.doc, cited, words) or compound_issuer(doc, cited, actors, words)) \
            if cited is not None else None
        if cited is not None:
            return _named(actors, cited)
    cue = doc.token_at(quote.cue.start) if quote.cue is not None else None
    # "N reported ..., citing M": M gives it when N carries news; a body that is no carrier
    # ("the rights group said ..., citing relatives") states it on its informants' word
    cited = cited_by_cue(cue, words) if cue is not None and not _no_carrier(actors, sp.start, sp.end) else None
    cited = cited if cited is not None and names_a_source(doc.doc, cited, words) else None
    cited = (cited_source(doc.doc, cited, words) or compound_issuer(doc, cited, actors, words)) \
        if cited is not None else None
    if cited is not None:  # "N reported ..., citing M"
        return _named(actors, cited)
    cited = relative_cited(doc, sp, words)  # "according to Reuters, which cited two security sources"
    if cited is not None:
        return _named(actors, cited)
    span = doc.doc.char_span(sp.start, sp.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    relative = root is not None and root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl" \
        and root.head.head.pos_ in ("NOUN", "PROPN")
    if relative and root is not None:  # "a report by X, which found that ...": what "which" stands for
        root = root.head.head
    who = issuer(root, words) if root is not None else None
    if root is not None and who is not None and (who.i != root.i or relative) and who.idx >= dl_end \
            and (relative or issuing_agent(root, who, words)
                 or any(m.start <= who.idx < m.end for m in actors.mentions)):
        # "according to figures from the ministry": the ministry; "the state outlets, which spoke
        # of three dead": the outlets, whether or not they are an actor
        return source_of(who).text, quote.speaker_actor_id
    if quote.speaker_described is not None:  # "A local official ... “...,” the official said"
        return quote.speaker_described.text, quote.speaker_actor_id
    written = written_name(actors, doc.text[max(sp.start, dl_end):sp.end], sp.start, quote.speaker_actor_id,
                           (quote.content.start, quote.content.end), (doc.text, words))
    return written, quote.speaker_actor_id


def _actors_named(actors: ActorLayer) -> Callable[[int, int], bool]:
    """Whether characters ``start``-``end`` overlap a mention with an actor."""
    return lambda start, end: any(m.actor_id is not None and m.start < end and start < m.end for m in actors.mentions)


def _known_body(actors: ActorLayer, start: int, end: int) -> bool:
    """The characters name an organisation of the actor dictionary."""
    m = actors.mention_overlapping(start, end)
    actor = actors.actor(m.actor_id) if m is not None and m.actor_id else None
    return actor is not None and actor.type == "organisation" and actor.source == "dictionary"


def _no_carrier(actors: ActorLayer, start: int, end: int) -> bool:
    """Whether the speaker written in ``[start, end)`` is a body known to carry no one's news:
    the actor layer gives its words a sector ("a Fulani rights group", "the health ministry"),
    and none of them a news medium's (MED). A name it knows nothing of may be an outlet."""
    ids = {m.actor_id for m in actors.mentions if m.actor_id and start <= m.start and m.end <= end}
    found = [a for a in actors.actors if a.id in ids]
    return any(a.sectors for a in found) and not any("MED" in a.sectors for a in found)


def _citing_body(doc: ParsedDoc, src: Source | None, actors: ActorLayer, dl_end: int,
                 words: AttributionWords) -> Source | None:
    """ "The network gave a toll of 58, citing records from two hospitals": a citing participle
    (not "according to") naming documents or counts, hanging on a clause whose subject is a
    body the actor layer knows as no news medium, gives that subject, who compiles the figure
    from them; None otherwise (a carrier's "citing M", a body's "citing officials", give M)."""
    first = doc.token_at(src.start) if src is not None else None
    cite = first.nbor(-1) if first is not None and first.i > 0 else None
    if cite is None or cite.lower_ not in words.citing_words or cite.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    span = doc.doc.char_span(src.start, src.end, alignment_mode="expand") if src is not None else None
    cited = span.root if span is not None and len(span) else None
    if cited is None or cited.lemma_.lower() not in words.source_documents | words.count_nouns:
        return None  # "citing local officials": whose words the body passes on
    subj = verb_subject(cite.head)
    if subj is None or subj.idx < dl_end or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = noun_phrase(subj)
    return Source(doc.text[start:end], start, end) if _no_carrier(actors, start, end) else None


def _citing_first(doc: ParsedDoc, speaker_start: int, words: AttributionWords) -> Source | None:
    """ "Citing M, N said ...": a sentence that opens with a carrier's participle names whom the
    speaker after it cites."""
    tok = doc.token_at(speaker_start)
    if tok is None:
        return None
    first = tok.sent[0]
    if first.lower_ not in words.citing_words or first.idx >= speaker_start:
        return None
    return cited_between(doc.text, first.idx, speaker_start, words, doc.doc)


def attribute(doc: ParsedDoc, r: Reading, actors: ActorLayer, quotes: Sequence[Quote],
              lex: FigureLexicon, words: AttributionWords) -> tuple[str, str | None, str | None]:
    """Who states a figure: (the source as written, its actor id, the quote holding it).

    In order: the owner of its count noun ("the ministry's toll of 500"); the speaker of the
    quote holding it (or whom that speaker cites); "according to X" in its sentence; the
    subject of the nearest reporting verb governing it; an inverted reporting clause ("...,
    reported local authorities."); a report in the next sentence pointing back ("Officials
    disclosed this."); a report with no content of its own just before ("The ministry said in a
    statement:"). A dateline or wire credit is never the source. Else the outlet's own voice."""
    verbs = (lex.source_verbs | words.reporting_verbs) - lex.body_sources_topic_verbs  # "met to discuss 40 hostages"
    quotes = [q for q in quotes if q.cue_lemma not in lex.body_sources_topic_verbs]  # ... a talk's topic, not its content
    verbs = verbs - {two_body.amount_verb(r.anchor, lex.two_body_amount_verbs, _actors_named(actors))}
    quote = _stating_quote(doc, quotes, quote_at(quotes, r.start, r.end) or _elided_conjunct_quote(r.anchor, quotes),
                           words)
    quote, unsaid = two_body.reporting_quote(quotes, quote, doc.doc, lex.two_body_act_cues, lex.two_body_share_nouns)
    verbs = verbs - unsaid  # "51 percent of respondents said ...": the people polled state nothing
    quote = None if quote is not None and (_impersonal(doc, quote) or intended_deed(quote, lex.deed_cues)) else quote
    directed = directed_act_cue(doc, quote, r.anchor, lex.body_sources_directive_verbs)
    quote, verbs = (None, verbs - {directed}) if directed is not None else (quote, verbs)  # "told X to leave after"
    quote = _listed_quote(doc, r, lex, quotes, quote)
    qid = quote.id if quote is not None else None
    owner = _owner(doc, r, actors, quote, lex, words)
    if owner is not None:
        return _published(doc, owner, quote, actors, words, qid)
    if asked_not_told(r.anchor, words):
        return UNATTRIBUTED, None, None  # "X did not explain why 40 were killed": X does not state it
    if judged_act(r.anchor, lex.judging_verbs, verbs):
        # "X condemned the attack, which killed 30, according to Y", "... That estimate came from Y.":
        # a source named for the act's figure outranks its judge
        told = _phrase_source(doc, r, lex, words, dateline_end(doc.text, r.anchor.sent.start_char, words)) \
            or next_sentence_reporter(r.anchor.sent, verbs, words)
        if told is not None:
            return _published(doc, told, None, actors, words, None)
    sent = r.anchor.sent
    dl_end = dateline_end(doc.text, sent.start_char, words)
    if quote is not None:  # "X reported that the ministry had put the toll at 500": the ministry
        inner = inner_reporter(r.anchor, verbs, quote.content.start, quote.content.end, words)
        # "I counted 30", "A resident said he had counted 15 bodies", "the ministry said it counted
        # 500": a pronoun reporter inside the content is the speaker
        if inner is not None and inner.text.lower() not in words.speaker_pronouns \
                and inner.text.lower() not in ACTOR_PRONOUNS and not _speakers_own(doc, inner, words):
            return (*_named(actors, _after_dateline(doc.text, inner, dl_end)), qid)
        # "X said that, according to the ministry, 500 died": a body the speaker cites (a
        # document or report that names no one stays the speaker's: "according to early reports")
        cited = _phrase_source(doc, r, lex, words, max(dl_end, quote.content.start), quote.content.end) \
            or _within(document_content(r.anchor, verbs, words), quote.content.start, quote.content.end)
        cited = None if cited is not None and (gathered_by_speaker(doc.doc, cited, words)
                                               or _earlier_conjunct(r.anchor, cited)) else cited
        named = _named(actors, cited) if cited is not None else None
        if named is not None and named[1] is not None:
            return (*named, qid)
    spoken = _spoken(doc, quote, actors, lex, words)
    if quote is not None and quote.speaker is not None and _cites_no_one(doc, quote.speaker, lex, words):
        return UNATTRIBUTED, None, None  # "According to initial reports, at least 30 were killed"
    if spoken is not None:
        if quote is not None and quote.kind == "indirect" and quote.speaker is not None \
                and (_own_voice(doc, spoken[0], quote.speaker.start, quote.speaker.end, words)
                     or carriers_count(doc, quote.speaker.start, quote.speaker.end, words)):
            return UNATTRIBUTED, None, None  # "X said today" in X's own release: its own voice
        return (*spoken, qid)
    src = _phrase_source(doc, r, lex, words, dl_end) or heard_from(r.anchor, lex) \
        or document_content(r.anchor, verbs, words) or document_giver(r.anchor, lex, words)
    src = None if src is not None and _reported_apart(r.anchor, src, verbs) else src
    src = _citing_body(doc, src, actors, dl_end, words) or src
    src = src and (two_body.poll_taker(doc.doc, src, lex.two_body_poll_nouns, lex.two_body_poll_verbs) or src)
    src = src or two_body.poll_of_clause(r.anchor, lex.two_body_poll_nouns) \
        or two_body.relative_reporter(r.anchor, lex.two_body_said_forms) \
        or clause_reporter(r.anchor, verbs, dl_end, words) \
        or inverted_reporter(r.anchor, verbs, words) or colon_reporter(r.anchor, verbs, words) \
        or closing_credit(sent, lambda s, e: _known_body(actors, s, e)) or next_sentence_reporter(sent, verbs, words)
    if src is None:
        src = previous_sentence_reporter(sent, verbs) or _headline_source(doc, r, actors)
    if src is not None:
        src = _after_dateline(doc.text, src, dl_end)
        chained = _chained_pronoun(actors, src, quotes)
        if chained is not None:
            return (*chained, qid)
        return _published(doc, src, quote, actors, words, qid)
    return (UNKNOWN_SPEAKER, None, qid) if quote is not None else (UNATTRIBUTED, None, None)


def _owner(doc: ParsedDoc, r: Reading, actors: ActorLayer, quote: Quote | None, lex: FigureLexicon,
           words: AttributionWords) -> Source | None:
    """The owner of a figure's count; not a number's possessor another body reports (two_body_sources)."""
    owner = count_owner(r.anchor, words, _actors_named(actors))
    owner = owner or apposed_giver(r.anchor, lex) or participle_giver(r.anchor, lex) \
        or two_body.claim_owner(r.anchor, lex.two_body_claim_nouns)
    if owner is not None and getattr(best_mention(actors, owner.start, owner.end), "actor_id", None) is None:
        owner = pronoun_owner(doc, owner) or owner  # "the ministry ... its count, which stood at 46"
    if owner is not None and two_body.possessed_number(r.anchor) and _phrase_source(doc, r, lex, words, 0) is not None:
        return None  # "compared to Jones's 290, according to a Reuters count"
    if owner is not None and won_count(doc, owner, lex.body_sources_result_nouns):
        return None  # "Smith's vote tally was 4,210, according to the county clerk"
    return owner


def _spoken(doc: ParsedDoc, quote: Quote | None, actors: ActorLayer, lex: FigureLexicon,
            words: AttributionWords) -> tuple[str, str | None] | None:
    """A quote's speaker as a figure's source; a poll's body for a poll it names (two_body_sources)."""
    if quote is None:
        return None
    spoken = _speaker(doc, quote, words, actors)
    taker = two_body.poll_taker(doc.doc, quote.speaker, lex.two_body_poll_nouns, lex.two_body_poll_verbs) \
        if spoken is not None and quote.speaker is not None else None
    return _named(actors, taker) if taker is not None else spoken


def _listed_quote(doc: ParsedDoc, r: Reading, lex: FigureLexicon, quotes: Sequence[Quote],
                  quote: Quote | None) -> Quote | None:
    """In a sentence listing counts with a source each (:func:`listed`), the quote the figure's
    own source phrase made ("..., 342 in KNU-held areas according to the volunteers": the
    volunteers'), or none of the list's (the total before the parts); else ``quote``."""
    sent = r.anchor.sent
    found = list(lex.source_phrase_re.finditer(sent.text))
    part = listed(r.anchor, found)
    if part is None:
        return quote
    starts = {sent.start_char + m.end(): m is part.own for m in found}

    def made_by(q: Quote) -> bool | None:  # the quote of one of the list's phrases: whether the figure's
        sp = q.speaker
        return next((own for s, own in starts.items() if sp is not None and s <= sp.start <= s + 4), None)

    if quote is not None and made_by(quote) is None:
        return quote  # a quote of its own ("X said 419 died, including 143 ... according to A")
    return next((q for q in quotes if made_by(q) and q.content.start <= r.start < q.content.end), None)


def _speakers_own(doc: ParsedDoc, inner: Source, words: AttributionWords) -> bool:
    """A reporter inside a quote's content that is examinations of no body of their own
    (``examination_nouns``), or the speaker's own people (``own_people_nouns``)
    by a possessive pronoun ("MSF said its teams recorded 158 cases", "Our clinics have recorded
    430 cases, the charity said", "a doctor said his colleagues counted 40 bodies"): the speaker
    states it; not a body of its own ("Hamas said its health ministry counted 500")."""
    span = doc.doc.char_span(inner.start, inner.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is not None and root.lower_ in words.examination_nouns:
        return unowned_examination(root, words)  # "X says post-mortem examinations show that ...": X's
    return root is not None and root.lower_ in words.own_people_nouns and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in root.children)


def unowned_examination(root: Token, words: AttributionWords) -> bool:
    """Examinations (``examination_nouns``) with no body of their own: no possessor, no "by" or
    "of" phrase ("post-mortem examinations", not "the coroner's autopsies", "tests by the WHO")."""
    return root.lower_ in words.examination_nouns and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of")) for c in root.children)


def _impersonal(doc: ParsedDoc, quote: Quote) -> bool:
    """A quote with no speaker whose cue is a passive with no agent ("The toll is expected to rise,
    as more than 20 people were injured", "Fighting is feared to resume"): a prospect no one is
    said to voice; a figure in it is no unidentified speaker's but stated by whoever the sentence
    names, or the outlet. A quote with a speaker ("Nine are expected to die, the doctor said"),
    or a passive with its agent ("is expected by the army to ..."), is not."""
    if quote.speaker is not None or quote.cue is None:
        return False
    cue = doc.token_at(quote.cue.end - 1)  # the participle of "is expected"
    return cue is not None and cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


def _within(src: Source | None, start: int, end: int) -> Source | None:
    return src if src is not None and start <= src.start and src.end <= end else None


def _elided_conjunct_quote(anchor: Token, quotes: Sequence[Quote]) -> Quote | None:
    """The quote of a cue whose object is the first of a pair of counts with the second's verb
    elided ("Rescuers speak of 27 dead and dozens injured": the parser makes "dozens injured" a
    clause of its own, coordinated with the cue): the second count is the cue's too. The
    conjunct is a bare participle (no auxiliary: "and 30 were injured" is a clause of its own)
    with the count as its subject, coordinated with a cue verb whose quote ends before it."""
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    verb = counted.head
    if counted.dep_ != "nsubj" or verb.tag_ != "VBN" or verb.dep_ != "conj" \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    cue = verb.head
    return next((q for q in quotes if q.cue is not None and q.cue.start == cue.idx
                 and q.content.end <= counted.idx and q.speaker is not None), None)


def _stating_quote(doc: ParsedDoc, quotes: Sequence[Quote], quote: Quote | None,
                   words: AttributionWords) -> Quote | None:
    """The quote whose speaker states what ``quote`` holds: a quote spoken by a document that
    names no issuer ("According to information we have received, 50 died. ...," the spokeswoman
    said: "information") inside another quote is the words of the outer quote's speaker, who
    gives the document as a ground (examinations of no body's too: "X says post-mortem
    examinations show that ..."); so is a quote whose speaker is the outer speaker's "I" or
    "we" (“We estimate 50 to 100 dead,” the official said: the official); else ``quote``
    itself."""
    if quote is None or quote.speaker is None:
        return quote
    span = doc.doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    first_person = root is not None and len(span) == 1 and root.lower_ in words.speaker_pronouns
    examined = root is not None and unowned_examination(root, words)  # "X says post-mortems show ..."
    if root is None or (not first_person and not examined and (root.lemma_.lower() not in words.source_documents
                                                               or issuer(root, words).i != root.i)):
        return quote
    c = quote.content
    outer = [q for q in quotes if q.id != quote.id and q.speaker is not None and q.content.start <= c.start
             and c.end <= q.content.end and not q.speaker.start <= root.idx < q.speaker.end]
    return quote_at(outer, c.start, c.end) or quote


def _chained_pronoun(actors: ActorLayer, src: Source, quotes: Sequence[Quote]) -> tuple[str, str] | None:
    """A pronoun source that is the speaker of a quote the quote stage's chain resolved ("“...,”
    it said, putting the toll at 12": the body that spoke before, not the nearest name the actor
    stage would give "it"): that speaker, written as last named."""
    if src.text.lower() not in ACTOR_PRONOUNS:
        return None
    for q in quotes:
        if q.speaker is not None and q.speaker.start == src.start and q.speaker_actor_id is not None:
            return written_name(actors, src.text, src.start, q.speaker_actor_id), q.speaker_actor_id
    return None


def _after_dateline(text: str, src: Source, dl_end: int) -> Source:
    """The source without the dateline the parser took into its phrase ("KHARKIV, Ukraine, Nov
    18 (Reuters) - Ukraine raised the toll": Ukraine)."""
    if not src.start < dl_end < src.end:
        return src
    rest = text[dl_end:src.end]
    start = dl_end + len(rest) - len(rest.lstrip())
    return Source(text[start:src.end], start, src.end)


def _published(doc: ParsedDoc, src: Source, quote: Quote | None, actors: ActorLayer, words: AttributionWords,
               qid: str | None) -> tuple[str, str | None, str | None]:
    """``src`` as the figure's source, unless (outside a quote) it is the article's publisher:
    then the figure is in the outlet's own voice (``names_publisher``)."""
    if quote is None and (_own_voice(doc, src.text, src.start, src.end, words)
                          or carriers_count(doc, src.start, src.end, words)):
        return UNATTRIBUTED, None, None
    return (*_named(actors, src), qid)


def _own_voice(doc: ParsedDoc, source: str, start: int, end: int, words: AttributionWords) -> bool:
    """Whether ``source``, written at ``[start, end)``, is the article's publisher
    (``names_publisher``), by its full name or, in a text that gives the full name, its short
    form ("Hawar has documented ..." in the Hawar Rights Monitor's release); a source naming a
    place is never a short form ("Israel said" in "Israel Hayom")."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    place = span is not None and any(e.label_ in PLACE_LABELS or e.label_ == "NORP" for e in span.ents)
    if names_publisher(source, doc.article.outlet, words, None if place else doc.text) \
            or publishers_people(doc, start, end, words):
        return True
    # "The Command confirms ...", and the phrase after a comma the parser ran on from a fronted
    # one ("Further to its release of 11 March, the Command wishes ..."): the body's head noun, in
    # its present voice (not a report of it: "the Office documented ..., it said")
    root = span.root if span is not None and len(span) else None
    present = root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head.tag_ in ("VBZ", "VBP")
    tail = source.rsplit(",", 1)[-1].strip()
    return present and (names_publisher_by_head(source, doc.article.outlet)
                        or (tail != source.strip() and names_publisher_by_head(tail, doc.article.outlet)))


def _phrase_source(doc: ParsedDoc, r: Reading, lex: FigureLexicon, words: AttributionWords, not_before: int,
                   before: int | None = None) -> Source | None:
    """ "according to the UN", "citing officials", "figures from X" in the figure's sentence
    (from ``not_before``, and starting before ``before`` when given: inside a quote's content);
    not a reason or a norm ("citing the cost", "according to plan": ``reason_nouns``)."""
    sent = r.anchor.sent
    found = list(lex.source_phrase_re.finditer(sent.text))
    part = listed(r.anchor, found)
    m = part.own if part is not None else _governing_phrase(doc, r.anchor, found)
    if m is None:
        return None
    s = sent.start_char + m.end()
    span = doc.doc.char_span(s, s + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span[0]
    while head.head != head and head.i <= head.head.i < sent.end \
            and head.dep_ in ("det", "compound", "amod", "poss", "nmod", "case"):
        head = head.head
    end_tok = head.right_edge
    for t in doc.doc[head.i:head.right_edge.i + 1]:
        if t.text in (",", ";", "(", "\u2014", "\u2013") or t.is_sent_end:
            end_tok = doc.doc[max(t.i - 1, head.i)]
            break
    start, end = span[0].idx, end_tok.idx + len(end_tok.text)
    if end <= start or start < not_before or (start < r.end and r.start < end):
        return None
    if before is not None and start >= before:
        return None
    text = doc.text[start:end].rstrip(" .,")
    src = Source(text, start, start + len(text))
    return src if names_a_source(doc.doc, src, words) else None


def _reported_apart(anchor: Token, src: Source, verbs: Collection[str]) -> bool:
    """A source phrase of another clause, across a semicolon, when the figure's own clause has a
    reporting verb with a subject above it ("27 killed, according to police; the ambulance
    service says 29": 29 is the ambulance service's)."""
    semicolons = [t.idx for t in anchor.sent if t.text == ";"]

    def clause(pos: int) -> int:
        return sum(c < pos for c in semicolons)

    mine = clause(anchor.idx)
    reported = any(reporting(t, verbs) and verb_subject(t) is not None and clause(t.idx) == mine for t in anchor.ancestors)
    return reported and (clause(src.start) != mine or _earlier_conjunct(anchor, src))


def _earlier_conjunct(anchor: Token, src: Source) -> bool:
    """The source phrase closes an earlier clause of a coordination, before the figure's own
    clause with a subject of its own ("seven were shot dead in X, according to the commission,
    and in Y one man died ..., residents said": the man's death is the residents'): the phrase
    hangs on a verb that is not above the figure's clause, or on the clause the figure's clause
    is a conjunct of."""
    doc = anchor.doc
    clause = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")
                   and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if clause is None or span is None or not len(span) or src.end > clause.left_edge.idx:
        return False
    gov = next((t for t in span[0].ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)
    return gov is not None and gov.i != clause.i and (
        gov not in clause.ancestors or (clause.dep_ == "conj" and clause.head.i == gov.i))


def _headline_source(doc: ParsedDoc, r: Reading, actors: ActorLayer) -> Source | None:
    """The source a headline-style line names before a colon, the count right after it
    ("Ambulance service: 29 dead", a liveblog entry's "06:52 GMT  Regional bureau: 38 dead"):
    an actor that is not a place (a dateline) and not a word such as "Update"."""
    start = doc.text.rfind("\n", 0, r.start) + 1
    m = HEADLINE_SOURCE.fullmatch(doc.text, start, r.start)
    if m is None:
        return None
    mention = best_mention(actors, m.start("name"), m.end("name"))
    actor = actors.actor(mention.actor_id) if mention is not None and mention.actor_id else None
    if actor is None or actor.type in PLACE_TYPES:
        return None
    return Source(m.group("name"), m.start("name"), m.end("name"))


def _cites_no_one(doc: ParsedDoc, sp: Span, lex: FigureLexicon, words: AttributionWords) -> bool:
    """A speaker that is a document naming no one, cited by a source phrase right before it
    ("According to initial reports, ...": ``source_phrases``, :func:`_ownerless`)."""
    before = doc.text[max(0, sp.start - 30):sp.start]
    cue = list(lex.source_phrase_re.finditer(before))
    return bool(cue) and cue[-1].end() == len(before) and _ownerless(doc, Source(sp.text, sp.start, sp.end), lex, words)


def _ownerless(doc: ParsedDoc, src: Source, lex: FigureLexicon, words: AttributionWords) -> bool:
    """A cited document that names no one ("according to initial reports", "according to early
    figures"): a document noun (``source_documents``) with only words that name no one on it
    (``unowned_report_words``), no issuer ("figures from the ministry"), no owner or name
    ("hospital records", "Israeli figures", "official figures") and no definite article ("the
    report" is one named before). It is no
    source: the figure is the outlet's, or the reporter's, as inside a quote it stays the
    speaker's."""
    span = doc.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lemma_.lower() not in words.source_documents and root.lower_ not in words.source_documents:
        return False
    if issuer(root, words).i != root.i:
        return False
    return all((c.dep_ == "det" and c.lower_ in ("a", "an", "some")) or c.lower_ in lex.unowned_report_words
               for c in root.children)


def _governing_phrase(doc: ParsedDoc, anchor: Token, found: list[re.Match[str]]) -> re.Match[str] | None:
    """Of the source phrases of a sentence, the one hung on the nearest word above the figure
    ("6,000 were killed since the coup, according to A, and 3.5 million displaced, according to
    B": A for the first, B for the second, whose own verb B's phrase hangs on), else the first."""
    if len(found) < 2:
        return found[0] if found else None
    above = [t.i for t in anchor.ancestors]
    start = anchor.sent.start_char

    def rank(m: re.Match[str]) -> int:
        tok = doc.token_at(start + m.start())
        gov = tok.head.i if tok is not None else -1
        return above.index(gov) if gov in above else len(above)

    return min(found, key=rank)
