"""A figure in what a body tells someone to do ("The ministry told residents to leave after 22 people
were killed", "The army ordered troops to evacuate 300 wounded civilians"): the quote stage reads the
addressee and the infinitive after a verb of directing as what the body says, but the infinitive
is the act it asks for, as for the intended acts of ``deed_cues`` (figures/deeds.py): a count in
it is no statement of the body; it takes whatever other source its sentence names, or none. A verb
of telling with a clause of content ("told reporters that 22 people were killed") states it."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import Quote


def _directed_act(cue: Token) -> Token | None:
    """The infinitive a verb of directing governs after its addressee ("told residents to leave"):
    an open clause with "to", the addressee an object of the verb before it."""
    addressee = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if addressee is None:
        return None
    return next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.i > addressee.i
                 and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)


def directed_act_cue(doc: ParsedDoc, quote: Quote | None, anchor: Token, directive_verbs: Collection[str]) -> str | None:
    """The lemma of the verb of directing (``body_sources_directive_verbs``) whose quote holds the
    figure at ``anchor`` inside the infinitive of the act it directs; None otherwise."""
    if quote is None or quote.cue is None or quote.cue_lemma is None \
            or quote.cue_lemma.lower() not in directive_verbs:
        return None
    cue = doc.token_at(quote.cue.start)
    act = _directed_act(cue) if cue is not None else None
    if act is None or not (act.i == anchor.i or act in anchor.ancestors):
        return None
    return quote.cue_lemma.lower()
