"""Which casualty figures are not one incident's toll (see :mod:`newsledger.ledger.claims`):
war-wide and period totals (a period time scope, a cumulative cue in the figure's clause, a war
as the subject, coordination with such a total) and parts of another count (a partitive, "three
of the wounded died"; picked out of a series, "the last two bodies"; an increment, "three more
died", and a count joined to one in its clause, "and rescuers recovered three bodies"; restricted
to a place, "near the buses alone", or to the areas one side holds, "in KNU-held areas")."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .breakdown import (
    breakdown_lead_re,
    breakdown_parts,
    headed_rows,
    heading_re,
    opened_parts,
    opened_re,
)
from .facilities import facility_part, facility_re
from .raised import raised_by, raising_re
from .rules import Rules, is_period
from .zones import zone_re, zoned

if TYPE_CHECKING:
    from .claims import ClaimFigure


def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:^|\b)(?:{alt})\b", re.I)


def _clauses(figs: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]]) -> None:
    """Each figure's clause: from the previous casualty figure of its sentence (or the sentence
    start) to the next clause break or figure after it."""
    by_sentence: dict[tuple[str, int], list[ClaimFigure]] = defaultdict(list)
    for f in figs:
        by_sentence[(f.article_id, f.sentence)].append(f)
    for key, group in by_sentence.items():
        s_start, s_text = texts.get(key, (0, ""))
        group.sort(key=lambda f: f.start)
        for i, f in enumerate(group):
            lo = group[i - 1].end - s_start if i else 0
            hi = group[i + 1].start - s_start if i + 1 < len(group) else len(s_text)
            tail = s_text[max(f.end - s_start, 0):max(hi, 0)]
            f.after = tail
            f.clause = s_text[max(lo, 0):max(f.start - s_start, 0)] + " " + re.split(r"[,;:]", tail, maxsplit=1)[0]


def classify(figs: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]], rules: Rules) -> None:
    """Mark war-wide and period totals (a period time scope, a cumulative cue in the figure's
    clause, or coordination with such a total: "surpassed 3,000, with 12,500 more injured")
    or a series of happenings counted over a period ("So far, the attacks have resulted in"),
    and parts named by a partitive ("three of the wounded died"), picked out of a series ("the
    last two bodies"), an increment and a count joined to one in its clause ("two more died of
    their wounds and rescuers recovered three bodies"), or a part predicate before or after them
    ("Among the dead were five children")."""
    _clauses(figs, texts)
    cues, parts = _phrase_re(rules.cumulative_cues), _phrase_re(rules.part_after)
    pronoun = _phrase_re(rules.pronoun_partitives)
    wounded, raising = _phrase_re(rules.increment_partitives), raising_re(rules)
    picked, one = _ending_re(rules.part_before), _one_incident_re(rules)
    among, among_first = _phrase_re(rules.part_predicates), _part_lead_re(rules)
    fronted, fronted_list = _fronted_partitive_re(rules), _fronted_partitive_re(rules, listed=True)
    coordinated = re.compile(r"^[\s,]*(?:(?:" + "|".join(re.escape(c) for c in rules.coordinators)
                             + r")\s*)?$", re.I) if rules.coordinators else None
    prev: ClaimFigure | None = None
    ordered = sorted(figs, key=lambda x: (x.article_id, x.sentence, x.start))
    listed = breakdown_parts(ordered, texts, breakdown_lead_re(rules))  # "The dead are 12 civilians and four police"
    listed |= opened_parts(ordered, texts, opened_re(rules))  # "596, with the ministry's 231 and Thailand's 17"
    listed |= headed_rows(ordered, texts, heading_re(rules))  # "By town:" / "Nairobi: 12 dead"
    war, increment, restricted = _war_subject_re(rules), _increment_re(rules), _restricted_re(rules)
    series, period = _series_subject_re(rules), _phrase_re(rules.period_markers)
    holders, zones, facility = _holder_re(rules), zone_re(rules), facility_re(rules)
    later_happening = _phrase_re(rules.later_happenings)
    separate = re.compile(rf"^\W*{alternation(rules.separate_openers)}\b", re.I) if rules.separate_openers else None
    increments: list[ClaimFigure] = []  # the figures read as increments so far
    counted: set[tuple[str, str]] = set()  # the articles and measures of the figures read so far
    for i, f in enumerate(ordered):
        lead = _lead(f, texts)
        if is_period(f.scope) and one is not None and one.search(f.clause):
            f.scope = None  # "killed in an army raid ... this week": the period dates the incident
        f.cumulative = is_period(f.scope) or bool(cues and cues.search(f.clause)) or bool(
            war is not None and war.search(lead)) or bool(
            series is not None and period is not None and series.search(lead)
            and period.search(f"{f.time_scope or ''} {lead}"))
        if not f.cumulative and prev is not None and prev.cumulative and coordinated is not None \
                and (prev.article_id, prev.sentence) == (f.article_id, f.sentence):
            s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
            f.cumulative = bool(coordinated.match(s_text[prev.end - s_start:f.start - s_start]))
        later = [g for g in ordered[i + 1:i + 8] if (g.article_id, g.sentence) == (f.article_id, f.sentence)]
        if f.gclass.endswith("(part)"):
            pass  # a part already (a subset the figure stage read)
        elif (later_happening is not None and (later_happening.search(f.clause)
                                               or _told_after(f, ordered, texts, later_happening, rules, one))) \
                or (separate is not None and separate.match(lead) is not None):
            f.gclass = f"{f.gclass} (another happening)"  # "23 killed in Wednesday's aftershock"
        elif _increment(f, counted | later_counts(f, ordered[i + 1:]), lead, texts, increment, later) \
                or (wounded is not None and wounded.match(_CLOSING_QUOTE.sub("", f.after, count=1)) is not None) \
                or _joined_to_increment(f, increments[-1:], texts, rules) or raised_by(f, later, texts, raising):
            f.gclass = f"{f.gclass} (part)"
            increments.append(f)
        elif (_partitive(f, parts, pronoun) or _partitive(f, parts, pronoun, _own_words(f, texts))
                or (fronted is not None and fronted.match(lead) is not None)
                or _listed_after_fronted(f, prev, lead, fronted_list)
                or (picked is not None and picked.search(lead)) or _part_predicate(f, later, texts, among)
                or _led_as_part(f, ordered[max(0, i - 8):i], texts, among_first)
                or f.id in listed
                or (restricted is not None and restricted.match(f.after))
                or (holders is not None and holders.search(lead))
                or facility_part(f, ordered[:i], lead, facility)
                or zoned(f, later, texts, zones)):
            f.gclass = f"{f.gclass} (part)"
        prev = f
        counted.add((f.article_id, f.measure))


# the space and closing quotation marks between a quoted count and the words after it: the
# partitive after '"no more than 20" of the dead' makes a part as it does unquoted
_CLOSING_QUOTE = re.compile("^[\\s\"'\u201d\u2019]*")


def _partitive(f: ClaimFigure, parts: re.Pattern[str] | None, pronoun: re.Pattern[str] | None,
               own: str = "") -> bool:
    """A partitive right after the figure ("three of the wounded", "19 of them"), or inside its
    own words after its number (``own``: "five of the dead" read as one figure); over a pronoun,
    only when the figure is a part of a count before it (``part_of``) or names no group of its own:
    "31 of them were killed", its group read from the pronoun's antecedent ("a gathering of
    fighters") and no count before it, is the count of that group."""
    after = _CLOSING_QUOTE.sub("", own or f.after, count=1)
    if parts is None or not parts.match(after):
        return False
    return not (pronoun is not None and pronoun.match(after) and f.part_of is None and f.group)


def _fronted_partitive_re(rules: Rules, listed: bool = False) -> re.Pattern[str] | None:
    """A partitive fronted as the sentence's opening phrase, the figure right after its comma
    ("Of these, five deaths were a result of looting", "Of the dead, 12 were children"): the
    figure is a part of the count before (``listed``: the figure further on in the clause it
    opens, "Of the dead, 11 were servicemen and 20 civilians", see ``_listed_after_fronted``)."""
    if not rules.part_after:
        return None
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(rules.part_after, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})\s*,{'[^;:.]*' if listed else ''}\s*$", re.I)


def _listed_after_fronted(f: ClaimFigure, prev: ClaimFigure | None, lead: str,
                          fronted_list: re.Pattern[str] | None) -> bool:
    """A count listed after a part that a fronted partitive opens, in the same clause and of the
    same measure ("Of the dead, 11 were servicemen and 20 civilians"; "Of the dead, 12 were
    children, nine women"): the partitive governs the whole list, so each count is a part."""
    return (fronted_list is not None and prev is not None and prev.gclass.endswith("(part)")
            and (prev.article_id, prev.sentence, prev.measure) == (f.article_id, f.sentence, f.measure)
            and fronted_list.match(lead) is not None)


def _own_words(f: ClaimFigure, texts: dict[tuple[str, int], tuple[int, str]]) -> str:
    """The figure's own words after its first word (its number): "of the dead" for "five of the
    dead"; empty for a figure of one word."""
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    own = s_text[max(f.start - s_start, 0):max(f.end - s_start, 0)].split(maxsplit=1)
    return " " + own[1] if len(own) > 1 else ""


def _lead(f: ClaimFigure, texts: dict[tuple[str, int], tuple[int, str]]) -> str:
    """The figure's sentence up to the figure."""
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    return s_text[:max(f.start - s_start, 0)]


def _war_subject_re(rules: Rules) -> re.Pattern[str] | None:
    """A war as the subject of a verb of killing, perfect or simple past, that ends right before a
    figure ("the war between X and Y, which began in 2023, has killed"; "The first war, in the
    early 1990s, killed": a war's dead are never one incident's); not a war inside another phrase
    ("of the war", "fought in the war", "war-torn")."""
    if not rules.cumulative_subjects or not rules.total_verbs:
        return None
    war = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.cumulative_subjects, key=len, reverse=True))
    verb = "|".join(re.escape(v) for v in rules.total_verbs)
    return re.compile(rf"(?<!\bof\s)(?<!\bin\s)\b(?:the|this|a|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{war})(?![\w-])"
                      rf"(?:\s+(?:between|in|with|against|on|over)\s[^,.;:]{{0,60}}?)?(?:\s*,[^,.;:]{{0,80}},)?"
                      rf"\s+(?:(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?)?(?:{verb})\s*$", re.I)


def _series_subject_re(rules: Rules) -> re.Pattern[str] | None:
    """A plural noun of happenings as the subject of a perfect verb of killing that ends right
    before a figure ("the attacks have resulted in", "Hezbollah's raids have killed"); not one
    inside another phrase ("one of the attacks has killed")."""
    if not rules.series_subjects or not rules.total_verbs:
        return None
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.series_subjects, key=len, reverse=True))
    verb = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in rules.total_verbs)
    return re.compile(rf"(?<!\bof\s)\b(?:the|these|those|its|their|[\w-]+'s?)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?![\w-])"
                      rf"(?:\s*,[^,.;:]{{0,80}},)?\s+(?:have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:{verb})\s*$", re.I)


def _restricted_re(rules: Rules) -> re.Pattern[str] | None:
    """A figure's clause restricted to a place or group by a word closing a phrase after it ("I
    counted eleven bodies near the buses alone"): a part of a larger count."""
    if not rules.part_restrictors or not rules.restrictor_prepositions:
        return None
    preps = "|".join(re.escape(p) for p in rules.restrictor_prepositions)
    words = "|".join(re.escape(w) for w in rules.part_restrictors)
    return re.compile(rf"[^,.;:!?]*?\b(?:{preps})\s[^,.;:!?]*?\b(?:{words})\b", re.I)


def _holder_re(rules: Rules) -> re.Pattern[str] | None:
    """Some or each of a set of families or homes as the holder of the count, in the figure's
    clause before it ("Some families have lost three people"): a share of the toll."""
    if not rules.part_quantifiers or not rules.part_holders:
        return None
    quantifiers = "|".join(re.escape(w) for w in rules.part_quantifiers)
    holders = "|".join(re.escape(w) for w in rules.part_holders)
    return re.compile(rf"\b(?:{quantifiers})\s+(?:[\w-]+\s+)?(?:{holders})\b[^,.;:!?]*$", re.I)


def _one_incident_re(rules: Rules) -> re.Pattern[str] | None:
    """The counted said to have died in one happening: "in a raid", "in the air strike on ..."
    (a singular noun of ``incident_nouns``; not "in air strikes")."""
    if not rules.incident_nouns:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(rules.incident_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:in|during)\s+(?:a|an|the|one|this|that)\s+(?:[\w'-]+\s+){{0,3}}?(?:{alt})\b(?![-'])", re.I)


def _ending_re(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the phrases ending a text (the words right before a figure's number)."""
    if not phrases:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\s*$", re.I)


def _increment_re(rules: Rules) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    after = None
    if rules.increment_after:
        alt = "|".join(re.escape(w) for w in rules.increment_after)
        after = re.compile(rf"^\s*(?:{alt})\b(?!\s+than\b)", re.I)
    return after, _ending_re(rules.increment_before)


def _increment(f: ClaimFigure, counted: set[tuple[str, str]], lead: str,
               texts: dict[tuple[str, int], tuple[int, str]],
               cues: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
               later: list[ClaimFigure]) -> bool:
    """"three more died", "six more bodies", "another five": an increment of an earlier count of
    the same measure in its article (``counted``: the articles and measures counted before it,
    or after it: ``later_counts``),
    however many sentences before ("19 dead", then posts later in a live feed "Two more died"),
    or of the total it raises later in its sentence (``later``: "two more people died of their
    wounds, raising the toll to 16")."""
    after, before = cues
    if (f.article_id, f.measure) not in counted and not any(g.measure == f.measure for g in later):
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    words = s_text[max(f.start - s_start, 0):max(f.end - s_start, 0)].split()
    # the word after the number: inside the figure ("six more bodies") or right after it ("three more")
    rest = " ".join(words[1:]) if len(words) > 1 else f.after
    return bool((after is not None and after.match(rest)) or (before is not None and before.search(lead)))


def add_previous_sentences(conn: sqlite3.Connection, figs: list[ClaimFigure],
                           texts: dict[tuple[str, int], tuple[int, str]]) -> None:
    """Add to ``texts`` the sentence right before each figure's, when it holds no figure (the
    sentence that tells of a happening before the count of its dead: :func:`_told_after`)."""
    for key in sorted({(f.article_id, f.sentence - 1) for f in figs if f.sentence > 0} - set(texts)):
        row = conn.execute('SELECT s.start, substr(a.text, s.start + 1, s."end" - s.start) FROM sentences s'
                           " JOIN articles a ON a.id = s.article_id WHERE s.article_id = ? AND s.idx = ?",
                           key).fetchone()
        if row is not None:
            texts[key] = (int(row[0]), row[1] or "")


def _told_after(f: ClaimFigure, ordered: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                happening: re.Pattern[str], rules: Rules, one: re.Pattern[str] | None) -> bool:
    """The first count of a sentence right after one that tells of a later happening and counts
    no one ("The magnitude 5.8 aftershock struck near Thit Sein Gyi. At least 19 people were
    killed when a market hall collapsed"): that happening's dead; not a toll revised ("The toll
    from Monday's quake rose to 300": an update cue), nor the dead of a happening its own clause
    names ("killed in the earthquake": ``incident_nouns``)."""
    if one is not None and one.search(f.clause):
        return False
    before = texts.get((f.article_id, f.sentence - 1))
    if before is None or happening.search(before[1]) is None:
        return False
    if any(g.article_id == f.article_id and g.sentence in (f.sentence - 1, f.sentence) and g.start < f.start
           for g in ordered):
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    return rules.update_cue.search(s_text[:max(f.start - s_start, 0)].lower()) is None


def later_counts(f: ClaimFigure, after: list[ClaimFigure]) -> set[tuple[str, str]]:
    """The article and measure of ``f`` when the sentence right after it tells the same count
    again (a liveblog entry's title, "10:15 - Six more bodies found in Lay Wah Kee", over its
    text, "... six more bodies were recovered, bringing their count to 348"): an increment told
    twice is an increment, though no count came before its title; not a count before the only
    count of its measure ("Three more bodies were found in Borova. In Lomka, 38 died")."""
    return {(f.article_id, f.measure)} if any(
        g.article_id == f.article_id and g.sentence == f.sentence + 1 and g.measure == f.measure
        and g.value_low == f.value_low for g in after) else set()


def _joined_to_increment(f: ClaimFigure, earlier: list[ClaimFigure],
                         texts: dict[tuple[str, int], tuple[int, str]], rules: Rules) -> bool:
    """A count of the same measure joined by a coordinator, in one clause (no comma, semicolon or
    colon between), to an increment before it in its sentence is one more part of the same
    revision: "the toll rose to 36 after two more people died of their wounds and rescuers
    recovered three bodies from the rubble". Not when the words between revise the toll itself
    ("two more died and the toll now stands at 38": an update cue)."""
    if not earlier or not rules.coordinators:
        return False
    g = earlier[0]
    if (g.article_id, g.sentence, g.measure) != (f.article_id, f.sentence, f.measure) or g.end > f.start:
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    between = s_text[max(g.end - s_start, 0):max(f.start - s_start, 0)]
    if re.search(r"[,;:.!?]", between) or rules.update_cue.search(between.lower()):
        return False
    words = set(re.findall(r"[\w']+", between.lower()))
    return any(c in words for c in rules.coordinators if " " not in c)


def _part_lead_re(rules: Rules) -> re.Pattern[str] | None:
    """A part predicate put first, ending in a copula right before a figure ("Among the martyrs
    are ", "Among those killed were also ")."""
    if not rules.part_leads:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.part_leads, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b[^,.;:!?]{{0,40}}?\s(?:are|were|is|was)\s+(?:also\s+)?$", re.I)


def _led_as_part(f: ClaimFigure, earlier: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                 among_first: re.Pattern[str] | None) -> bool:
    """The figure, or the first of the list it closes ("47 migrants and 8 prisoners"), right after a
    part predicate put first: "Among the martyrs are 47 migrants and 8 prisoners"."""
    if among_first is None:
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    start = f.start
    for g in reversed(earlier):  # back over the list the figure closes
        if (g.article_id, g.sentence) != (f.article_id, f.sentence) or \
                not _LIST_GAP.fullmatch(s_text[max(g.end - s_start, 0):max(start - s_start, 0)]):
            break
        start = g.start
    return among_first.search(s_text[:max(start - s_start, 0)]) is not None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


def _part_predicate(f: ClaimFigure, later: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
                    among: re.Pattern[str] | None) -> bool:
    """The predicate of the counted, right after them or after the list they begin, says they
    are among a larger count ("five civilians were among the dead", "18 soldiers, three guards
    and five passengers were among those killed"; ``later``: the sentence's figures after)."""
    if among is None:
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    end = f.end
    for g in later:  # the list the figure begins: figures joined by commas and "and"
        if not _LIST_GAP.fullmatch(s_text[max(end - s_start, 0):max(g.start - s_start, 0)]):
            break
        end = g.end
    m = among.search(s_text[max(end - s_start, 0):])
    return m is not None and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", s_text[max(end - s_start, 0):][:m.start()]) is not None
