"""A toll told as its breakdown: "The dead are 12 civilians, including four children, and four
policemen", or in rows under a heading ("By town:" / "Nairobi: 12 dead, 131 injured" / ...). A list of counts of one measure after a copula whose subject names the dead
(``breakdown_subjects`` of ``data/ledger/claims.yaml``: "the dead", "the victims", "those
killed") splits the dead into groups: each count of the list is a part of the toll, not a toll of
its own. A single count there ("The dead are 12 civilians") says who all the dead were: it stays
a toll."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .rules import Rules

if TYPE_CHECKING:
    from .claims import ClaimFigure

# the words between two counts of one list: a comma, "and", or a comma and "and" after an aside on the
# first count that names its own parts ("12 civilians, including four children and three women,
# and four policemen"); an aside without the comma before "and" ("12 civilians, including four
# children and three women") joins parts of the first count, not another count of the list
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:including|among them|among whom|of whom)\b[^,;:.]*,\s*and\s+"
                        r"|,?\s*and\s+|,\s*)", re.I)


def breakdown_lead_re(rules: Rules) -> re.Pattern[str] | None:
    """A subject naming the dead and a copula, ending right before a figure ("The dead are ",
    "Those killed were ")."""
    if not rules.breakdown_subjects:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.breakdown_subjects, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s,;:])(?:{alt})\s+(?:are|were)\s+$", re.I)


def breakdown_parts(ordered: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                    lead: re.Pattern[str] | None) -> set[str]:
    """The ids of the figures of every list of two counts or more of one measure that opens right
    after a subject naming the dead and a copula (``ordered``: the figures by article, sentence and
    position; a count inside an aside on a member, "including four children", is no member)."""
    out: set[str] = set()
    if lead is None:
        return out
    for i, e in enumerate(ordered):
        s_start, s_text = texts.get((e.article_id, e.sentence), (0, ""))
        if lead.search(s_text[:max(e.start - s_start, 0)]) is None:
            continue
        members, cur = [e], e
        for g in ordered[i + 1:]:
            if (g.article_id, g.sentence) != (e.article_id, e.sentence):
                break
            between = s_text[max(cur.end - s_start, 0):max(g.start - s_start, 0)]
            if g.measure == e.measure and _LIST_JOIN.fullmatch(between):
                members.append(g)
                cur = g
        if len(members) > 1:
            out.update(m.id for m in members)
    return out


# the end of the words between two counts of a breakdown: a comma or "and", then at most three
# words before the next count ("..., 342 in KNU-held areas ..., and 17", "with the ministry's 231
# and Thailand's 17"); not a clause of its own ("..., the governor said, raising an earlier toll of 11")
_NEXT_MEMBER = re.compile(r"(?:,|\band\b)\s*(?:and\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def opened_re(rules: Rules) -> re.Pattern[str] | None:
    """The words between a total and the first count of its breakdown: a colon, or a comma and an
    opener (``breakdown_openers``: "with", "including"), with no clause break after it ("590 on
    Thursday: ", ", with the ministry's ", ", including ")."""
    if not rules.breakdown_openers:
        return None
    return re.compile(rf"^[^;.!?:]*?(?::|,\s*{alternation(rules.breakdown_openers)}\b)[^;.!?:]*$", re.I)


def opened_parts(ordered: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                 opened: re.Pattern[str] | None) -> set[str]:
    """The ids of the counts of a total's breakdown: two counts or more of the total's measure
    after it in its sentence, the words up to the first of them opening the list (``opened_re``)
    and those between them joining a list ("596, with the ministry's 231 and Thailand's 17"), not
    a clause ("16, including three children, ..., the governor said, raising an earlier toll of 11")."""
    out: set[str] = set()
    if opened is None:
        return out
    for i, e in enumerate(ordered):
        s_start, s_text = texts.get((e.article_id, e.sentence), (0, ""))
        same = [g for g in ordered[i + 1:] if (g.article_id, g.sentence) == (e.article_id, e.sentence)]
        same = [g for g in same if g.measure == e.measure]
        if len(same) < 2 or not opened.match(s_text[max(e.end - s_start, 0):max(same[0].start - s_start, 0)]):
            continue
        members = [same[0]]
        for g in same[1:]:
            between = s_text[max(members[-1].end - s_start, 0):max(g.start - s_start, 0)]
            if re.search(r"[;.!?]\s", between) or not _NEXT_MEMBER.search(between):
                break
            members.append(g)
        if len(members) > 1:
            out.update(m.id for m in members)
    return out


# a row of a table in text: a capitalised name of a few words and a colon opening the line
_ROW = re.compile(r"^\s*[A-Z][\w .'\u2019-]{0,40}:\s")


def heading_re(rules: Rules) -> re.Pattern[str] | None:
    """A heading line of its own naming a breakdown by place ("By town:", "Per county")."""
    if not rules.breakdown_headings:
        return None
    return re.compile(rf"^\s*(?:by|per)\s+(?:{alternation(list(rules.breakdown_headings))})s?\s*:?\s*$", re.I)


def headed_rows(ordered: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                heading: re.Pattern[str] | None) -> set[str]:
    """The ids of the figures in rows ("Nairobi: 12 dead, 131 injured") under a heading of a
    breakdown by place ("By town:"), the rows between them included: each row counts a part of the
    total; a row under no such heading ("Update: 12 dead") is none."""
    out: set[str] = set()
    if heading is None:
        return out
    for f in ordered:
        row = texts.get((f.article_id, f.sentence))
        if row is None or not _ROW.match(row[1]):
            continue
        k = f.sentence - 1
        while (before := texts.get((f.article_id, k))) is not None and _ROW.match(before[1]) \
                and not heading.match(before[1]):
            k -= 1
        if before is not None and heading.match(before[1]):
            out.add(f.id)
    return out
