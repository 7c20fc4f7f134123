"""A quotation opened by a name, a participle of speaking and a colon: "Padoh Saw Kler Say,
speaking in Karen: “The trucks are waiting ...”", "Anna Petrova, writing on Telegram: “...”" (a
liveblog's or a transcript's way of quoting, with no finite verb of saying): the name speaks. And
one opened by a message and a verb by which it shows its words: "A Facebook post shared 30,000
times reads: “...”": the message speaks."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...nlp import ParsedDoc
from ...nlp.numbers import alternation
from .direct import page_label
from .linker import Linker
from .types import Attribution, QuotesData

# a name: capitalised words (a Karen or Burmese honorific, "Padoh", "Saw", "Daw", is one of them)
NAME = r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,5})"


def lead_in_quotes(pd: ParsedDoc, linker: Linker, data: QuotesData) -> list[Attribution]:
    """Quotations no cue took whose paragraph or sentence opens with "NAME, <participle> ...:"
    right before them (``lead_in_participles``: speaking, writing, ...): NAME is the speaker."""
    words = data.speakers.lead_in_participles
    if not words:
        return []
    lead = re.compile(rf"(?:^|(?<=[\n.!?] )|(?<=\n)){NAME},[ \u00a0]+{alternation(words)}\b"
                      rf"[^\n.!?:\"\u201c]{{0,80}}:[ \u00a0]*$")
    return _led_quotes(pd, linker, data, lead, over_uncued=False)


def named_colon_quotes(pd: ParsedDoc, linker: Linker, data: QuotesData) -> list[Attribution]:
    """Quotations no cue took right after a name and a colon that open a line, or follow a
    liveblog's time stamp or a page label ("18:10 | Interior CS Jane Roe: “...”", "BREAKING: Jane
    Roe: “...”"): the name speaks; a page label itself ("BREAKING: “...”") is no name."""
    lead = re.compile(rf"(?:^|(?<=\n)|(?<=[|:][ \u00a0])){NAME}:[ \u00a0]*$")
    labels = data.filters.not_sources
    return _led_quotes(pd, linker, data, lead, over_uncued=False,
                       keep=lambda m: not page_label(m.group("name"), labels))


def message_reading_quotes(pd: ParsedDoc, linker: Linker, data: QuotesData) -> list[Attribution]:
    """Quotations no cue took right after a message noun phrase (``message_nouns``: "A Facebook
    post"), the words describing it and a verb by which it shows its words, then a colon
    (``message_reading_verbs``: "reads:"): the message is the speaker."""
    words = data.speakers
    if not words.message_nouns or not words.message_reading_verbs:
        return []
    cue = re.compile(rf"(?P<name>\b(?:an?|the|one|this)\s+(?:[A-Z][\w-]*\s+){{0,2}}"
                     rf"{alternation(words.message_nouns)})\b"
                     rf"[^\n.!?:\"\u201c\u201d]{{0,80}}?\s{alternation(words.message_reading_verbs)}"
                     rf"\s*:[ \u00a0]*$", re.I)
    return _led_quotes(pd, linker, data, cue, over_uncued=True)


def _led_quotes(pd: ParsedDoc, linker: Linker, data: QuotesData, lead: re.Pattern[str],
                over_uncued: bool, keep: Callable[[re.Match[str]], bool] | None = None) -> list[Attribution]:
    """Direct quotes of the quotations whose line, up to them, ends with ``lead`` (its group
    ``name`` the speaker); a quotation another step took stays its own, but with ``over_uncued``
    one taken with no cue (a page label's colon) is taken over."""
    out: list[Attribution] = []
    for k, q in enumerate(linker.quotations):
        current = linker.assigned[k]
        if q.depth > 0 or linker.infos[k].words == 0 or (
                current is not None and (not over_uncued or current.cue_start is not None)):
            continue
        m = lead.search(pd.text, pd.text.rfind("\n", 0, q.start) + 1, q.start)
        if m is None or (keep is not None and not keep(m)):
            continue
        att = Attribution(m.end("name"), m.end(), None, data.thresholds.colon, True, kind="direct")
        att.speaker_start, att.speaker_end, att.speaker_head = m.start("name"), m.end("name"), m.start("name")
        att.content_start, att.content_end = q.start, q.end
        att.quotations.append(q)
        linker.assigned[k] = att
        out.append(att)
    return out
