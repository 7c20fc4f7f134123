"""An embedded social-media post: its words, then a signature line of a dash, the author's name,
the account's handle in parentheses and the date ("— Jane Roe (@janeroe) October 17, 2026"), the
way a page shows a post it embeds. The author speaks the post: its words are a direct quote with
no quotation marks, and its figures are the author's."""

from __future__ import annotations

import re

from ...nlp import ParsedDoc
from ...nlp.quotation import Blocks
from ...nlp.words import MONTH_NAMES
from .types import Attribution, QuotesData

# a signature line: a dash, a name (no bracket, no handle, no line break), "(@handle)", then at
# most a date on the same line
SIGNATURE = re.compile(r"(?m)^[ \t\u00a0]*(?:[\u2014\u2013\u2015]|--)[ \t\u00a0]*"
                       r"(?P<name>[^\s@()\n][^@()\n]{0,60}?)[ \t\u00a0]*\(@\w{1,30}\)[^\n]{0,40}$")
# the same signature closing the post's own line, as a page flattening the embed writes it ("...
# Never again. — Jane Roe (@janeroe) October 17, 2026"): then the date must close it
_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
INLINE = re.compile(r"(?m)(?<=\S)[ \t\u00a0]+(?:[\u2014\u2013\u2015]|--)[ \t\u00a0]*"
                    r"(?P<name>[^\s@()\n\u2014\u2013][^@()\n\u2014\u2013]{0,60}?)[ \t\u00a0]*\(@\w{1,30}\)[ \t\u00a0]*"
                    rf"(?:(?:{_MONTH})\.?[ \u00a0]\d{{1,2}},?[ \u00a0]\d{{4}}|\d{{1,2}}[ \u00a0](?:{_MONTH})[ \u00a0]\d{{4}})"
                    r"[ \t\u00a0]*$", re.I)


def post_content(text: str, blocks: Blocks, signature_start: int) -> tuple[int, int] | None:
    """The post a signature signs: its paragraph up to the signature, or the paragraph right
    before it when the signature is a paragraph of its own (a page setting one paragraph per
    line), after a line ending with a colon (the page's words introducing the post); None when
    there are none."""
    b = blocks.index(signature_start)
    start, _ = blocks.span(b)
    line = text.rfind("\n", 0, signature_start) + 1
    if text[line:signature_start].strip() and not SIGNATURE.match(text, line):  # it closes the post's line
        lead = text.rfind(":\n", start, signature_start)
        return _trimmed(text, lead + 2 if lead >= 0 else start, signature_start)
    if start >= signature_start:
        if b == 0:
            return None
        start, _ = blocks.span(b - 1)
    end = text.rfind("\n", start, signature_start)
    if end <= start:
        return None
    lead = text.rfind(":\n", start, end)
    return _trimmed(text, lead + 2 if lead >= 0 else start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def signed_posts(pd: ParsedDoc, blocks: Blocks, data: QuotesData, taken: list[Attribution]) -> list[Attribution]:
    """Direct quotes of the posts a signature line signs, spoken by the name in the signature;
    a post holding a quotation another attribution already took is left to it."""
    text = pd.text
    out: list[Attribution] = []
    for m in sorted([*SIGNATURE.finditer(text), *INLINE.finditer(text)], key=lambda m: m.start()):
        span = post_content(text, blocks, m.start())
        if span is None:
            continue
        if any(a.kind == "direct" and a.content_start is not None and a.content_end is not None
               and a.content_start < span[1] and span[0] < a.content_end for a in taken):
            continue
        att = Attribution(None, None, None, data.thresholds.colon, True, kind="direct", standalone=False)
        att.speaker_start, att.speaker_end, att.speaker_head = m.start("name"), m.end("name"), m.start("name")
        att.content_start, att.content_end = span
        out.append(att)
    return out
