"""Which of two bodies in a figure's sentence states it (issue 15).

- A number held by a possessor ("compared to Jones's 290 and Baker's 118, according to a
  Reuters count"): the possessor is who the number is about (its votes, its delegates), not its
  giver, when a source phrase of the sentence ("according to X") reports the count
  (:func:`possessed_number`); a speaker's words alone leave the possessor its count.
- An act told inside another body's report ("Troops and rebels agreed a truce in four villages,
  monitors say"; "The senator will propose spending $3 billion, according to an aide"): the quote
  stage reads the act verb as a cue of its own, but its subject does an act with the figure and
  the reporter around it states it (:func:`reported_act`; ``two_body_act_cues``).
- A figure in a clause set in a poll that names its owner ("The governor's rating stands at 41%
  in the latest Gallup poll", "The mayor topped a Marist poll with 38 percent"): the poll's
  owner states it (:func:`poll_of_clause`; ``two_body_poll_nouns``); a share of people polled
  said to "say" something is no speaker (:func:`polled_speaker`).
- A poll given as a source with who took it or for whom ("according to a survey conducted by
  WBUR radio"): that body (:func:`poll_taker`; ``two_body_poll_verbs``).
- A relative clause whose verb of saying the parser hung as an auxiliary ("the strike, which the
  Red Cross said killed 65 people"): its subject reports the figure (:func:`relative_reporter`;
  ``two_body_said_forms``).
- A figure in the content of a claim whose owner is named ("rejected claims by the rebels that 50
  civilians died", "the rebels' claim that ... was denied"): the owner (:func:`claim_owner`;
  ``two_body_claim_nouns``).
- A verb of saying that adds an amount ("The plan would add 2 million jobs, the senator said"):
  with the figure its object and a subject naming no body it reports nothing (:func:`amount_verb`;
  ``two_body_amount_verbs``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token

from ...nlp.attribution import Source, noun_phrase
from ...records import Quote, Span

# the words naming a poll's owner before it: "the latest Gallup poll", "a CBS News/YouGov poll"
_OWNER_DEPS = frozenset({"compound", "nmod", "poss"})


def possessed_number(anchor: Token) -> bool:
    """Whether a figure is a number with a possessor of its own ("Jones's 290")."""
    return anchor.like_num and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in anchor.children)


def _around(quotes: Sequence[Quote], quote: Quote) -> Quote | None:
    """The innermost other quote whose content holds ``quote``, speaker and all."""
    sp = quote.speaker or quote.content
    start, end = min(sp.start, quote.content.start), max(sp.end, quote.content.end)
    outer = [q for q in quotes if q.id != quote.id and q.speaker is not None
             and q.content.start <= start and end <= q.content.end]
    return min(outer, key=lambda q: q.content.end - q.content.start, default=None)


def reported_act(quotes: Sequence[Quote], quote: Quote | None, act_cues: Collection[str]) -> Quote | None:
    """The quote of the body that reports ``quote`` when ``quote`` is an act (its cue one of
    ``act_cues``: agreeing, proposing, demanding) told inside that quote's content, speaker and
    all ("X and Y agreed a truce in four villages, monitors say": the monitors'); else None."""
    if quote is None or quote.speaker is None or (quote.cue_lemma or "").lower() not in act_cues:
        return None
    return _around(quotes, quote)


def _in_polls(toks: Iterable[Token]) -> Iterator[Token]:
    """The objects of the "in" phrases among ``toks``."""
    for c in toks:
        if c.dep_ == "prep" and c.lower_ == "in":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _owned_poll(tok: Token, via: str, poll_nouns: Collection[str]) -> Token | None:
    """``tok``'s poll set around it, when the poll names its owner by a proper noun before it: for
    the clause's verb an "in" phrase of its own or of its subject's ("the rating in the latest
    Gallup poll stands at 41%"), or its object when the figure hangs on it by "with" ("topped a
    Marist poll with 38 percent"); for a noun on the way, an "in" phrase anywhere in its phrase
    ("38 percent of the vote in a Marist poll")."""
    if tok.pos_ in ("VERB", "AUX"):
        subjects = [t for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        found = list(_in_polls([*tok.children, *subjects]))
        found += [c for c in tok.children if c.dep_ == "dobj" and via == "with"]
    else:
        found = list(_in_polls(t for t in tok.subtree if t.i != tok.i))
    return next((p for p in found if p.lemma_.lower() in poll_nouns and any(
        g.dep_ in _OWNER_DEPS and g.pos_ == "PROPN" and g.i < p.i for g in p.children)), None)


def poll_of_clause(anchor: Token, poll_nouns: Collection[str]) -> Source | None:
    """The poll a figure's clause is set in, as written up to the poll noun ("the latest Gallup
    poll"): found on the figure's heads up to its clause's verb ("41% in the latest Gallup poll",
    "38 percent of voters in a CBS poll", "won 38 percent in a Marist poll", "topped a BVA poll
    with 30%"); None when the poll names no owner ("in a recent poll") or is only the verb's
    object ("sent its American Community Survey to 3 million households")."""
    tok, via = anchor, ""
    for _ in range(8):
        poll = _owned_poll(tok, via, poll_nouns)
        if poll is not None:
            start = poll.left_edge.idx
            end = poll.idx + len(poll.text)
            return Source(anchor.doc.text[start:end], start, end)
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return None
        via = tok.lower_ if tok.dep_ == "prep" else via
        tok = tok.head
    return None


def polled_speaker(quotes: Sequence[Quote], quote: Quote | None, doc: Doc,
                   share_nouns: Collection[str]) -> Quote | None:
    """The quote of the body reporting ``quote`` when ``quote``'s speaker is itself a share of
    people polled (its head one of ``share_nouns``: "According to a Pew survey, 51 percent of
    respondents said they would vote for Smith, versus 39 percent for Jones": the survey's, not
    the respondents'; not "40 residents told them ..."): the quote around it; else None."""
    if quote is None or quote.speaker is None:
        return None
    span = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.lower_ not in share_nouns:
        return None
    return _around(quotes, quote)


def amount_verb(anchor: Token, amount_verbs: Collection[str], is_actor: Callable[[int, int], bool]) -> str | None:
    """The verb of saying that adds an amount when a figure is its object and its subject names
    no body ("The plan would add 2 million jobs, the senator said": the plan says nothing; "The
    ministry added 20 names": the ministry's): its lemma, to be left out of the reporting verbs
    for the figure; else None."""
    tok = anchor
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in amount_verbs:
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not is_actor(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)):
                return str(verb.lemma_.lower())
            return None
        tok = tok.head
    return None


def reporting_quote(quotes: Sequence[Quote], quote: Quote | None, doc: Doc, act_cues: Collection[str],
                    share_nouns: Collection[str]) -> tuple[Quote | None, frozenset[str]]:
    """The quote whose speaker states a figure ``quote`` holds, and the cue verbs that state
    nothing for it: the report around an act told in it (:func:`reported_act`), or around the
    words of people polled, whose verb of saying is then no reporter ("51 percent of respondents
    said ...": :func:`polled_speaker`); else ``quote`` itself."""
    acted = reported_act(quotes, quote, act_cues)
    if acted is not None:
        return acted, frozenset()
    polled = polled_speaker(quotes, quote, doc, share_nouns)
    if polled is not None and quote is not None and quote.cue_lemma:
        return polled, frozenset({quote.cue_lemma.lower()})
    return quote, frozenset()


def poll_taker(doc: Doc, src: Source | Span, poll_nouns: Collection[str], poll_verbs: Collection[str]) -> Source | None:
    """Whom a poll given as a source stands for, by a participle of taking polls hanging on it
    (``poll_verbs``): the body it was taken for ("a survey conducted for the Daily Herald by
    Norton Research": the Herald, who commissioned it), else the one who took it ("a February
    survey conducted by WBUR radio"); None when the source is no poll or names neither."""
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None or root.lemma_.lower() not in poll_nouns:
        return None
    for verb in (c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in poll_verbs):
        found = {g.lower_: next((x for x in g.children if x.dep_ == "pobj"), None)
                 for g in verb.children if g.dep_ in ("prep", "agent") and g.lower_ in ("for", "by")}
        body = found.get("for") or found.get("by")
        if body is not None and body.pos_ in ("NOUN", "PROPN"):
            start, end = noun_phrase(body)
            return Source(doc.text[start:end], start, end)
    return None


def _verb_above(anchor: Token) -> Token:
    """The first verb or auxiliary (by part of speech) on a figure's way up the parse, else its root."""
    tok = anchor
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def relative_reporter(anchor: Token, said_forms: Collection[str]) -> Source | None:
    """The reporter of a relative clause the parser read with its verb of saying as an auxiliary
    ("The ministry condemned the strike, which the Red Cross said killed 65 people": "said" hung on
    "killed" as its auxiliary, the Red Cross as the killing's subject): the subject before that
    verb; None for any other clause."""
    tok = _verb_above(anchor)
    if tok.dep_ != "relcl":
        return None
    said = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in said_forms), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said is None or subj is None or not subj.i < said.i or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end = noun_phrase(subj)
    return Source(anchor.doc.text[start:end], start, end)


def claim_owner(anchor: Token, claim_nouns: Collection[str]) -> Source | None:
    """Whose claim a figure's clause is, when that clause is the content of a claim noun
    (``claim_nouns``), or the count is in its "of" phrase, naming its owner by a possessive, a "by"
    / "from" phrase, a name before it or an adjective of a people: "The army rejected claims by the
    rebels that 50 civilians died", "The rebels' claim that 50 civilians died was denied by the
    army", "X cited a Pentagon assessment that 40 died", "X rejected Palestinian reports of 50
    deaths": the owner states it, not the body rejecting or citing it; None for a claim naming no
    one ("There were claims that 50 died", "news reports of 50 deaths") or a pronoun owner."""
    noun = _claim_noun(anchor, claim_nouns)
    if noun is None:
        return None
    for c in noun.children:
        owner = _owner_word(c)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        start, end = noun_phrase(owner) if c.dep_ in ("poss", "prep", "agent") else (
            owner.left_edge.idx, owner.idx + len(owner.text))
        text = anchor.doc.text[start:end].removesuffix("'s").removesuffix("\u2019s")
        return Source(text, start, start + len(text))
    return None


def _claim_noun(anchor: Token, claim_nouns: Collection[str]) -> Token | None:
    """The claim noun whose "that" clause holds the figure, or whose "of" phrase holds the count."""
    tok = _verb_above(anchor)
    noun = tok.head
    content = tok.dep_ in ("acl", "ccomp") or (tok.dep_ == "relcl" and _that_content(tok, anchor))
    if content and noun.i < tok.i and noun.lemma_.lower() in claim_nouns:
        return noun
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    of = counted.head
    if counted.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in claim_nouns:
        return of.head
    return None


def _that_content(clause: Token, anchor: Token) -> bool:
    """A "that" clause the parser read as a relative clause, the count in its own subject ("an
    assessment that 40 people died"); not "the report that the agency published on 40 deaths"."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c is not that), None)
    return that is not None and subj is not None and subj.left_edge.i <= anchor.i <= subj.right_edge.i


def _owner_word(c: Token) -> Token | None:
    """The owner a claim noun's dependent ``c`` names: a possessive, the object of "by" / "from", a
    name before the noun ("a Pentagon assessment"), an adjective of a people ("Palestinian reports")."""
    if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_ == "NORP"):
        return c
    if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
        return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
