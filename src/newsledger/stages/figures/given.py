"""Three ways a text names who gave a count without a reporting verb over it: an apposition of a
tally noun naming its giver ("about 400, the figure the coast guard gave initially", "750, the
number cited by activists"), a verb of origin or of hearing whose "from" names where the count
came from ("The figure of 750 comes from a single phone call", "..., Flash has learned from
sources in the coast guard"), a body's document that gives the count ("the ministry's latest
update gives eight"), and the agent of a participle of giving whose "as" or "at" phrase holds the
count ("the toll, first given by police as 11")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.attribution import AttributionWords, Source, issuer, source_of
from .types import FigureLexicon

# how far up the parse a verb of hearing may govern the clause holding the count
_CLIMB = 6


def apposed_giver(anchor: Token, lex: FigureLexicon) -> Source | None:
    """The giver an apposition of a tally noun after the count names: ", the figure X gave", ",
    the number cited by X" (``tally_nouns``; the relative clause's subject, or the agent of the
    participle). The apposition is found by its place after the count, whatever the parser hung
    it on."""
    doc = anchor.doc
    i = anchor.i + 1
    while i < anchor.sent.end and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i].text != ",":
        i += 1  # the counted noun: "750 people, the number ..."
    if i + 2 >= anchor.sent.end or doc[i].text != "," or doc[i + 1].lower_ != "the":
        return _closing_giver(anchor, lex)
    tally = doc[i + 2]
    if tally.lemma_.lower() not in lex.tally_nouns:
        return None
    return _giver(tally, lex=lex)


def _closing_giver(anchor: Token, lex: FigureLexicon) -> Source | None:
    """The giver a tally noun names in an apposition closing the count's sentence ("Twelve people
    died in the raid, a toll given by the police.", "..., a figure confirmed by the mayor."),
    whatever noun the parser hung it on: a comma, "a" or "the", the tally noun, and nothing after
    its phrase but the sentence's closing punctuation; the only number of the sentence; a verb of
    giving or reporting ("a figure Kyiv rejected", "a figure seen by reporters": no giver)."""
    doc, sent = anchor.doc, anchor.sent
    if any(t.like_num and t.i != anchor.i and t.pos_ == "NUM" for t in sent):
        return None
    for i in range(anchor.i + 1, sent.end - 2):
        tally = doc[i + 2]
        if doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the") or tally.lemma_.lower() not in lex.tally_nouns:
            continue
        if all(t.is_punct or t.is_space for t in doc[tally.right_edge.i + 1:sent.end]):
            return _giver(tally, lex.source_verbs | lex.giving_verbs, lex)
    return None


def _giver(tally: Token, verbs: frozenset[str] | None = None, lex: FigureLexicon | None = None) -> Source | None:
    """The subject of a relative clause on the tally noun, or the agent of its participle; with
    ``verbs``, only of one of them ("a figure Kyiv rejected", "a figure seen by reporters": no
    giver); with ``lex``, not a clause with a restating adverb (``restating_adverbs``) after a first giver ("The ministry put the
    toll at 14, a figure the UN also cited": a second body repeating the count, whose own source
    stands)."""
    for clause in tally.children:
        if verbs is not None and clause.lemma_.lower() not in verbs:
            continue
        if lex is not None and any(c.dep_ == "advmod" and c.lower_ in lex.restating_adverbs for c in clause.children) \
                and _first_giver(tally, lex.source_verbs | lex.giving_verbs):
            return None
        if clause.dep_ == "relcl":
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is not None:
                return source_of(subj)
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return source_of(agent)
    return None


def _first_giver(tally: Token, verbs: frozenset[str]) -> bool:
    """The sentence of ``tally`` names a giver of the count before it: a noun or name subject of a
    verb of stating or giving ("The ministry put the toll at 14, a figure ...")."""
    return any(t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() in verbs
               for t in tally.sent if t.i < tally.i)


def heard_from(anchor: Token, lex: FigureLexicon) -> Source | None:
    """The "from" object of a verb of hearing over the count's clause ("..., Flash has learned
    from sources in the coast guard": the sources, not the outlet that heard them; context.yaml
    hearing_verbs), or of a verb of origin whose subject is a tally noun holding the count ("The
    figure of 750 comes from a single phone call"; origin_verbs); not "350 of them came from
    Gujrat", whose subject counts people."""
    tok = anchor
    through_tally = False
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in lex.tally_nouns:
            through_tally = True
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in lex.source_verbs:
            return None  # "not the 750 claimed by the NGOs": the count's own reporter
        if lemma in lex.hearing_verbs or (lemma in lex.origin_verbs and through_tally):
            frm = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"), None)
            return _with_place(frm) if frm is not None else None
    return None


def _with_place(tok: Token) -> Source:
    """The source phrase of ``tok`` with the body its unnamed people belong to ("sources in the
    coast guard", "officials at the ministry": their "in"/"at"/"within" phrase)."""
    src = source_of(tok)
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "at", "within", "inside")), None)
    if prep is None:
        return src
    doc = tok.doc
    end = doc[prep.right_edge.i].idx + len(doc[prep.right_edge.i].text)
    return Source(doc.text[src.start:end], src.start, end)


def document_giver(anchor: Token, lex: FigureLexicon, words: AttributionWords) -> Source | None:
    """The issuer of a document that gives the count: the subject of a tally verb (``tally_verbs``:
    give, put, record, ...) whose object holds the count is a document noun (``source_documents``)
    with an issuer of its own ("The health ministry's latest update gives eight", "the Red Cross's
    bulletin puts the toll at 40"); not a document that names no one ("the latest update gives
    eight"), nor a body as the subject ("the army gave food to 40 families")."""
    tok = anchor
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if tok.lemma_.lower() not in lex.tally_verbs:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None:
        return None
    who = issuer(subj, words)
    return source_of(who) if who.i != subj.i else None


def participle_giver(anchor: Token, lex: FigureLexicon) -> Source | None:
    """The agent of a passive participle of giving or stating whose "as" or "at" phrase holds the
    count ("Officials revised the toll, first given by police as 11, ...", "casualties, estimated
    by the UN at 2,000"), wherever the parser hung the participle; not a participle of another
    verb ("a crowd, described by police as 5,000 strong") nor one with no agent ("the toll, first
    given as 11")."""
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    prep = counted.head
    if counted.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("as", "at"):
        return tally_participle_giver(anchor, counted, lex)
    return _agent_of(prep.head, lex)


def tally_participle_giver(anchor: Token, counted: Token, lex: FigureLexicon) -> Source | None:
    """The agent of a passive participle of giving or stating on the count's tally phrase: on the
    tally noun whose "of" phrase holds the count ("the figure of 500 dead given by the rebels", "a
    toll of 40 put out by the militia"), on the count or on its counted noun ("the 300 deaths
    cited by the group"); not a participle of another verb ("the 40 people killed by the
    shelling", "a toll of 12 confirmed later": no agent)."""
    hosts = [anchor, counted]
    of = counted.head
    if counted.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in lex.tally_nouns:
        hosts.append(of.head)
    for host in hosts:
        for verb in host.children:
            if verb.dep_ == "acl":
                agent = _agent_of(verb, lex)
                if agent is not None:
                    return agent
    return None


def _agent_of(verb: Token, lex: FigureLexicon) -> Source | None:
    """The agent of ``verb``, a passive participle of giving or stating, when a noun or a name."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.source_verbs | lex.giving_verbs:
        return None
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return source_of(agent) if agent is not None and agent.pos_ in ("NOUN", "PROPN") else None
