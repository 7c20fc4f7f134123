"""A carried or cited report's speaker: whose words a report carries ("State TV quoted the minister
as saying", "The agency, citing the governor, said"), moved from the carrier to the one who spoke."""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...nlp.attribution import (
    AttributionWords,
    carried_speaker,
    cited_between,
    cited_source,
    document_issuer,
    names_a_source,
    noun_phrase,
)
from .types import Attribution


def carried_or_cited(pd: ParsedDoc, att: Attribution, words: AttributionWords) -> bool:
    """Move the speaker of a carried or cited report to whose words they are: "State TV quoted
    the minister as saying", "The minister was quoted by state TV as saying", "The agency,
    citing the governor, said" give the minister and the governor; a reason cited is no speaker
    ("Biden missed the deadline, citing logistical reasons and announcing that ..." is still
    Biden's). True when it moved."""
    cue = pd.token_at(att.cue_start) if att.cue_start is not None else None
    if cue is None:
        return False
    who = carried_speaker(cue, words)
    if who is None and att.speaker_start is None:
        who = document_issuer(cue, words)  # "The militia released a statement saying ..."
    if who is not None:
        start, end = noun_phrase(who)
        att.speaker_start, att.speaker_end, att.speaker_head = start, end, who.idx
        att.speaker_actor_id = None
        return True
    if att.speaker_end is None or att.speaker_end >= cue.idx:
        return False
    cited = cited_between(pd.text, att.speaker_end, cue.idx, words, pd.doc)
    # "citing figures from the ministry": the ministry; "citing hospital records": no one else
    cited = cited_source(pd.doc, cited, words) if cited is not None else None
    span = pd.span_chars(cited.start, cited.end) if cited is not None else None
    if cited is None or span is None or not len(span):
        return False
    if not names_a_source(pd.doc, cited, words):
        return False  # "citing logistical reasons": a reason given, not a source
    att.speaker_start, att.speaker_end, att.speaker_head = cited.start, cited.end, span.root.idx
    att.speaker_actor_id = None
    return True
