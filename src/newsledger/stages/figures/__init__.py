"""Figure stage: numeric claims with qualifier, unit, measure, group and attribution.

``FiguresStage.run`` (``extract_figures(doc, actors, quotes, lex)``) finds the quantities an article
states and reads what each one counts, who is counted, what happened to them, who did it,
when and where, and who says so. The framing stage turns the
casualty figures the outlet states in its own voice into framing marks.

How a figure is read
--------------------
1. Scanning (regular expressions over ``Article.text``): numerals with thousands separators
   and decimals ("12,300", "1.5"), number words ("twelve", "twenty-five", "a dozen"), mixed
   forms ("1.2 million", "12 thousand", "$35m", "25k"), fractions ("a third of"), vague
   amounts ("dozens", "several thousand") and explicit ranges ("between 200 and 300",
   "200-300", "200 to 300", "from 200 to 300").
2. Vague amounts are ranges (convention, also written in ``data/figures/vague.yaml``): a
   vague plural or "several/a few + scale" means at least two and less than ten of that
   scale: "dozens" 24-99, "hundreds" 200-999, "thousands" and "several thousand"
   2,000-9,999, "tens of thousands" 20,000-99,999, "hundreds of thousands"
   200,000-999,999, "millions" 2,000,000-9,999,999. ``Figure.qualifier`` then holds the
   vague phrase ("several thousand") unless an explicit qualifier precedes it. Two vague
   amounts of one estimate ("dozens or low hundreds", "hundreds, if not thousands") are one
   figure from the first's low to the second's high ("dozens to hundreds"); two numerals
   joined by "or" stay two figures. Exact numbers have ``value_low == value_high``.
3. Not figures: dates ("October 7", "7 October"), years ("2023", "in 1995"), times
   ("10.45pm", "17:22", "0401 GMT"), ages ("a 54-year-old man", "aged 54", "Smith, 54,"),
   ordinals ("22nd", "third"), decades ("the 1990s"), phone numbers, list markers
   ("1. "), numbers inside names ("Group of 20", "G7", "COVID-19", "Resolution 2334",
   "S&P 500"), sports scores ("2-1") and addresses ("10 Downing Street").
4. Unit and kind: a currency ("$", "US$", "euros") gives kind ``money`` and the unit in
   words ("dollars"); "%"/"per cent" give ``percent``; time units ``duration`` (never a
   casualty count: no measure); measurement units ``measure``; otherwise the noun the
   number counts (from the dependency parse: "12,300 Palestinians", "dozens of people")
   is the unit and the kind is ``count``; a number with neither is ``other`` unless a
   measure makes it a count ("the death toll rose to 31"). A fraction ("half of all
   fatalities", "a third of the dead") is a share of a group, never a count: ``other``, with
   no measure, as a share in percent has none.
5. Measure (killed, injured, missing, displaced, detained, held hostage, ...): from the
   counted noun itself ("31 deaths"), the word after it ("31 dead", "30,000 injured"), the
   verb governing it ("have been killed", "the army killed") or the subject of a level
   verb ("the death toll rose to 31"). Lexicon: ``data/figures/measures.yaml``.
6. Structure: a figure after "including"/"among them"/"of whom" (or followed by "of them")
   is ``part_of`` the previous top-level count and inherits its measure, time scope,
   place, perpetrator and source. The perpetrator is the subject of an active measure
   verb or the agent of a passive one (``perpetrator`` as written, and the actor of the
   ActorLayer mention inside it). Time scope: the nearest DATE/TIME entity of the sentence
   with its preposition ("since October 7"); place: the nearest place entity after a
   locative preposition ("in Gaza" -> "Gaza"); neither from an adverbial or coordinated
   clause beside the figure's ("..., as the envoy landed in Cairo").
7. Attribution (``read.attribute``; the constructions in ``nlp/attribution.py`` and ``nlp/reporters.py``, their words
   in ``data/quotes/attribution.yaml``): the owner of the figure's count noun ("the
   ministry's toll of 500"); the speaker of the quote holding it, or whom that speaker cites
   ("N, citing M, said" -> M); "according to X"/"citing X" in its sentence; the subject of the
   nearest reporting verb governing it ("..., and a European official put the toll at 50");
   an inverted reporting clause ("..., reported local authorities."); a report in the next
   sentence pointing back at it ("Officials disclosed this."); a report with no content of
   its own just before ("The ministry said in a statement:"). Datelines and wire credits
   ("WASHINGTON (Reuters) -", "CAIRO —") are never a source. An unresolved pronoun as
   source ("Its initial toll of 500") stands for the source of the figure before it. A source
   that is the publisher itself, outside quoted words ("X said today" in X's own release, "our
   researchers", "Reuters counted" in a paper carrying Reuters: ``names_publisher``), is the
   outlet's own voice. Otherwise ``"unattributed"`` (the outlet's own voice).

All lexicons live in ``data/figures/*.yaml`` (see that folder's README), loaded once per
pipeline by ``FiguresStage.load``. Modules: ``types``, ``lexicon`` (loading), ``scan`` (numbers
in the text), ``filters`` (ranges, qualifiers, not-figures), ``counted`` (the parse: counted
noun, people, noun measures, perpetrator), ``measures`` (what happened to the counted), ``context`` (time, place, source) and ``read`` (records).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import (
    UNATTRIBUTED,
    UNKNOWN_SPEAKER,
    AttributionWords,
    definite_count,
    load_attribution_words,
)
from ...nlp.neighbours import previous_subject
from ...nlp.words import ACTOR_PRONOUNS
from ...records import ActorLayer, Figure, Quote
from ...resources import Resources
from .carried import carried_sources
from .context import best_mention, place, time_scope
from .counted import TokenIndex, measure_of_noun, token_filters
from .filters import merge_ranges, read_qualifier, text_filters
from .lexicon import load_figure_lexicon
from .mixed_wholes import mixed_wholes
from .ordinals import ordinal_readings
from .own_fate import own_fate_kept
from .parallel import parallel_reports
from .parenthetical import cut_off_tally
from .read import build_figure, link_subsets, read_figure
from .restated import restated_sources
from .same_one import one_of_a_count
from .scan import read_numeral_surroundings, scan
from .stance import number_token, with_stance
from .struck import struck_place
from .superlative import superlative_counts
from .types import KIND_COUNT, KIND_OTHER, NOUNS, PLACE_LABELS, FigureLexicon, Quantity, Reading


def quantities(text: str, lex: FigureLexicon) -> list[Quantity]:
    """Every number of the text, read from the text alone (``skip`` says why one is not a figure)."""
    qs = scan(text, lex)
    kept: list[Quantity] = []
    for q in qs:
        if kept and q.start < kept[-1].span_end and q.start >= kept[-1].core_start:
            continue  # a scale or unit word another number has taken ("$8 billion")
        if q.source in ("numeral", "word"):
            read_numeral_surroundings(text, q, lex)
        kept.append(q)
    qs = merge_ranges(text, kept, lex)
    for q in qs:
        if not q.skip:
            read_qualifier(text, q, lex)
            text_filters(text, q, lex)
    return qs


def _readings(doc: ParsedDoc, lex: FigureLexicon) -> list[Reading]:
    index = TokenIndex(doc.doc)
    readings: list[Reading] = []
    for q in quantities(doc.text, lex):
        if q.skip:
            continue
        tokens = index.covering(q.start, q.end)
        token_filters(q, tokens, doc.cased_text)
        if q.skip or not tokens:
            continue
        r = read_figure(doc, q, tokens, lex)
        if r is not None and not one_of_a_count(r):
            readings.append(r)
    readings.extend(ordinal_readings(doc, readings, lex))
    return sorted(readings, key=lambda r: r.start)


def _inherit(r: Reading, parent: Reading) -> None:
    """A subset says what its whole says unless it says otherwise: a noun that counts people
    in some state ("including six prisoners") does not say what happened to them, the whole
    does ("25 deaths ..., including six prisoners": six prisoners died)."""
    if parent.measure and r.measure_by_noun:
        r.measure = parent.measure
    r.measure = r.measure or parent.measure
    if r.measure and r.kind == KIND_OTHER and r.q.source != "fraction":
        r.kind = KIND_COUNT
    r.time_scope = r.time_scope or parent.time_scope
    r.place = r.place or parent.place
    if r.perpetrator is None:
        r.perpetrator, r.perp_start, r.perp_end = parent.perpetrator, parent.perp_start, parent.perp_end


def _share_changed_values(text: str, readings: list[Reading]) -> None:
    """The old and new values of a change ("revised from 500 to 471 deaths", kept apart by
    ``filters.merge_ranges``) count the same thing: what one says, the other says too."""
    for a, b in itertools.pairwise(readings):
        if a.sentence != b.sentence or not re.fullmatch(r"\s*(?:[A-Za-z-]+\s+){0,2}to\s*", text[a.end:b.q.core_start]) \
                or not re.search(r"\bfrom\s*$", text[max(0, a.start - 8):a.start]):
            continue
        for x, y in ((a, b), (b, a)):
            if x.measure is None and y.measure is not None:
                x.measure, x.kind = y.measure, KIND_COUNT
            x.group = x.group or y.group
            x.unit = x.unit or y.unit


# between the counts of a list: a measure word or two, then "and" or a comma ("87 dead and 138 wounded")
_LIST_AFTER_COUNT = re.compile(r"\s*(?:[\w-]+\s*){0,2}?(?:,\s*(?:and\s+)?|and\s+)", re.I)


def _previous_values(text: str, readings: list[Reading], lex: FigureLexicon) -> None:
    """A number given as the value a count had before it changed ("the toll has risen to at
    least 71, ..., up from 52": measures.yaml previous_value_words) or as another value it is
    compared with, when it names no measure of its own ("buried 23 people, higher than the 17
    confirmed by the police": compared_value_words), counts what the nearest
    count before it in its sentence counts; after a list of counts, what its first counts, the
    count the change names ("raised its toll to 87 dead and 138 wounded, up from 63": the dead,
    though the parser hangs "up from 63" on "wounded")."""
    for i, r in enumerate(readings):
        if r.noun is not None or r.unit is not None or r.q.unit is not None:
            continue
        before = text[max(0, r.start - 20):r.start]
        if not ((lex.previous_value_re is not None and lex.previous_value_re.search(before))
                or (_bare(r) and lex.compared_value_re is not None and lex.compared_value_re.search(before))):
            continue
        j = next((k for k in range(i - 1, -1, -1) if readings[k].sentence == r.sentence
                  and readings[k].measure is not None), None)
        while j is not None and j > 0 and readings[j - 1].sentence == r.sentence and readings[j - 1].measure \
                is not None and _LIST_AFTER_COUNT.fullmatch(text[readings[j - 1].end:readings[j].start]):
            j -= 1
        prev = readings[j] if j is not None else None
        if prev is not None:
            r.measure, r.kind = prev.measure, KIND_COUNT
            r.group = r.group or prev.group


def _tallied_counts(doc: ParsedDoc, readings: list[Reading], lex: FigureLexicon) -> None:
    """A bare number set as the value of a noun for a count ("their own count is seven", "raised
    the figure to five") or cited ("the UN has cited \"at least 12\"") counts what the nearest
    casualty count before it in its paragraph counts (measures.yaml ``tally_nouns``,
    ``tally_verbs``)."""
    for i, r in enumerate(readings):
        if not _bare(r) or not _tallied(r.anchor, lex):
            continue
        para = doc.paragraph_index(r.start)
        prev = next((p for p in reversed(readings[:i]) if p.measure is not None and p.kind == KIND_COUNT
                     and doc.paragraph_index(p.start) == para), None)
        if prev is not None:
            r.measure, r.kind = prev.measure, KIND_COUNT


def _tallied(anchor: Token, lex: FigureLexicon) -> bool:
    """``anchor`` is the value of a count noun (its copula's or its verb's subject or object:
    "the count is seven", "raised the figure to five") or a citing verb's object."""
    tok = anchor
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.tally_prepositions:
        tok = tok.head
    verb = tok.head
    quoted = tok.dep_ == "nummod" and verb.is_punct  # 'cited "at least 12"': the parser hangs it on the mark
    if quoted:
        verb = verb.head
    # "the bureau says 38", "commanders speak of more than 80": the verb's whole object
    spoken = tok.dep_ == "prep" and tok.lower_ in lex.tally_prepositions and not any(
        c.dep_ == "dobj" for c in verb.children)
    if (tok.dep_ == "dobj" or quoted or spoken) and verb.lemma_.lower() in lex.tally_verbs:
        return True
    if tok.dep_ == "dobj" and verb.lemma_.lower() in lex.saying_tally_verbs and len(list(tok.subtree)) == len(
            [t for t in tok.subtree if t.like_num or t.dep_ in ("quantmod", "advmod", "amod")]):
        # "Officials say the real number is higher; the bureau says 38": a value of the count named
        return any(t.lemma_.lower() in lex.tally_nouns and t.pos_ in NOUNS for t in tok.sent if t.i < tok.i)
    if tok.dep_ not in ("attr", "dobj", "prep", "acomp", "oprd"):
        return False
    if tok.dep_ == "attr" and cut_off_tally(verb, lex) is not None:
        return True  # "the total for the north, civilians included, was 31"
    # "revised the tally of passengers to 425": a count noun naming what it counts is not the count before
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in lex.tally_nouns and c.i != tok.i
               and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in verb.children)


def _elliptical_counts(text: str, readings: list[Reading], lex: FigureLexicon) -> None:
    """A bare number in a clause joined to a casualty count before it in its sentence counts the
    same ("the prosecutors' count stood at 27 dead, and the UN has verified 24", "Kyiv said 40
    died, while Moscow said 12"): the number names no noun, unit or measure of its own."""
    for i, (prev, r) in enumerate(itertools.pairwise(readings)):
        if not _bare(r) or prev.measure is None or prev.sentence != r.sentence or prev.kind != KIND_COUNT:
            continue
        if lex.elliptical_join_re is None or not lex.elliptical_join_re.search(text[prev.end:r.start]):
            continue
        nxt = readings[i + 2] if i + 2 < len(readings) else None
        if not _ends_clause(text, r, nxt, lex.elliptical_join_re):
            continue
        r.measure, r.kind = prev.measure, KIND_COUNT


def _bare(r: Reading) -> bool:
    """The number names no noun, unit or measure of its own."""
    return r.measure is None and r.noun is None and r.unit is None and r.q.unit is None


def _ends_clause(text: str, r: Reading, nxt: Reading | None, join_re: re.Pattern[str]) -> bool:
    """The number ends its clause: a mark, the end of its line (a bullet point or a headline has
    no full stop: "- 27 killed, police say; the ambulance service says 29") or the end of the
    text follows it, or a clause join not followed by another number ("31 and MSF 29", not "40
    and 50")."""
    if re.match(r"\s*(?:[.,;:!?)]|$)|[ \t]*\n", text[r.end:]):
        return True
    pos = r.end + len(text[r.end:]) - len(text[r.end:].lstrip())
    m = join_re.match(text, pos)
    return m is not None and (nxt is None or bool(text[m.end():nxt.start].strip()))


def _colon_elaborations(text: str, readings: list[Reading], lex: FigureLexicon) -> None:
    """A bare number right after a colon that closes a clause whose subject is a count ("The
    toll is disputed: at least 23 according to the camp's leaders", "Casualties: 12") counts
    what that noun measures."""
    for r in readings:
        before = text[:r.start].rstrip()
        if not _bare(r) or not before.endswith(":"):
            continue
        colon = next((t for t in reversed(r.anchor.doc[:r.anchor.i]) if t.idx == len(before) - 1), None)
        if colon is None:
            continue
        for tok in colon.doc[colon.sent.start:colon.i]:
            m = measure_of_noun(tok, lex) if tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and tok.pos_ in NOUNS else None
            if m is not None:
                r.measure, r.kind = m, KIND_COUNT
                break


def extract_figures(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], lex: FigureLexicon,
                    words: AttributionWords) -> list[Figure]:
    """Numeric claims of the article, with what they count and who says so."""
    readings = _readings(doc, lex)
    link_subsets(doc, readings, lex)
    _share_changed_values(doc.text, readings)
    _colon_elaborations(doc.text, readings, lex)
    superlative_counts(doc, readings, lex)  # "the highest is 57" after "no count of the dead"
    _elliptical_counts(doc.text, readings, lex)
    _previous_values(doc.text, readings, lex)
    _tallied_counts(doc, readings, lex)
    parallel_reports(doc, readings, lex)
    time_cache: dict[int, list[tuple[int, int, str]]] = {}
    places = tuple((m.start, m.end) for m in actors.mentions if m.label in PLACE_LABELS)
    figures: list[Figure] = []
    for r in readings:
        sent = doc.sentences[r.sentence] if r.sentence < len(doc.sentences) else None
        if sent is not None:
            r.time_scope = time_scope(doc, sent.start, sent.end, r, lex, time_cache, places)
        r.place = place(doc, r, lex, places) or struck_place(doc, r, lex, places)
    for r in readings:
        if r.part_of is not None:
            _inherit(r, readings[r.part_of])
        figures.append(build_figure(doc, r, readings, actors, quotes, lex, words))
    _pronoun_sources(doc, actors, figures)
    mixed_wholes(figures, actors, lex.civilian_sectors, lex.combatant_sectors)
    _counts_named_again(figures, [definite_count(r.anchor, words) for r in readings])
    # a subset says what its whole says: one source for both
    by_id = {f.id: f for f in figures}
    for i, f in enumerate(figures):
        parent_fig = by_id.get(f.part_of or "")
        if parent_fig is not None and f.attribution == UNATTRIBUTED and f.quote_id is None \
                and parent_fig.attribution != UNATTRIBUTED:
            figures[i] = f.replace(attribution=parent_fig.attribution,
                                   attribution_actor_id=parent_fig.attribution_actor_id,
                                   quote_id=parent_fig.quote_id)
    _continued_counts(doc, figures, lex)
    carried_sources(doc, figures, lex, lex.source_verbs | words.reporting_verbs)
    _gapped_sources(doc, figures, actors, lex)
    restated_sources(doc, actors, figures)
    staked = [with_stance(doc, f, lex.stance, lex.prospect_modals, lex.negated_state_re, lex.estimate_verbs)
              for f in figures]
    return [own_fate_kept(doc, f, number_token(doc, f), lex) for f in staked]  # "the 11 killed ... were captured"


def _gapped_sources(doc: ParsedDoc, figures: list[Figure], actors: ActorLayer, lex: FigureLexicon) -> None:
    """A count in a gapped conjunct, its verb of saying left out ("the office reported at least 31
    and MSF at least 29", "the army counted 12 dead, while the rebels 30"): the noun phrase between
    the join and the number, when it names an actor, states it, not the reporter it borrowed from
    the count before."""
    join_re = lex.elliptical_join_re
    if join_re is None:
        return
    for i in range(1, len(figures)):
        prev, f = figures[i - 1], figures[i]
        if f.sentence != prev.sentence or f.attribution not in (prev.attribution, UNATTRIBUTED) \
                or prev.attribution in (UNATTRIBUTED, UNKNOWN_SPEAKER) or not _clause_ends(doc.text, f.end, join_re):
            continue
        between = doc.doc.char_span(prev.end, f.start, alignment_mode="contract")
        toks = list(between) if between is not None else []
        j = max((k for k, t in enumerate(toks) if join_re.fullmatch(t.text)), default=None)
        if j is None:
            continue
        phrase = toks[j + 1:]
        if not phrase or any(t.pos_ in ("VERB", "AUX", "NUM") for t in toks[:j] + phrase) \
                or phrase[-1].tag_ == "POS" \
                or any(t.is_punct for t in phrase) or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
            continue
        s, e = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
        m = best_mention(actors, s, e)
        if m is None or m.actor_id is None or not (s <= m.start and m.end <= e):
            continue  # the phrase names no one who could state a count
        figures[i] = f.replace(attribution=doc.text[s:e], attribution_actor_id=m.actor_id)


def _clause_ends(text: str, end: int, join_re: re.Pattern[str]) -> bool:
    """A mark, the end of the text or a clause join follows ``end``."""
    return re.match(r"\s*(?:[.,;:!?)]|$)", text[end:]) is not None or join_re.match(text[end:].lstrip()) is not None


def _continued_counts(doc: ParsedDoc, figures: list[Figure], lex: FigureLexicon) -> None:
    """A sentence that opens on a count continuing the one before ("Another 52 were taken to
    hospitals", "A further 12 are missing": ``continuation_openers``) goes on with that
    sentence's source when it names none of its own."""
    if lex.continuation_re is None:
        return
    for i, f in enumerate(figures):
        if f.attribution != UNATTRIBUTED or f.quote_id is not None or f.measure is None or f.sentence == 0 \
                or f.sentence >= len(doc.sentences):
            continue
        opening = doc.text[doc.sentences[f.sentence].start:f.start]
        follows = lex.continuation_after_re is not None and not opening.strip() \
            and lex.continuation_after_re.match(doc.text, f.start) is not None  # "Six others were ..."
        if not (follows or lex.continuation_re.fullmatch(opening)):
            continue
        before = [g for g in figures[:i] if g.sentence == f.sentence - 1 and g.measure is not None]
        if before and before[-1].attribution != UNATTRIBUTED:
            g = before[-1]
            figures[i] = f.replace(attribution=g.attribution, attribution_actor_id=g.attribution_actor_id)


def _counts_named_again(figures: list[Figure], again: list[bool]) -> None:
    """A count named again ("Israel disputed the toll of 500") is the count given before with
    the same value: its source is that figure's source."""
    for i, f in enumerate(figures):
        if not again[i]:
            continue
        for prev in reversed(figures[:i]):
            if (prev.value_low, prev.value_high) == (f.value_low, f.value_high) \
                    and prev.attribution not in (UNATTRIBUTED, UNKNOWN_SPEAKER):
                figures[i] = f.replace(attribution=prev.attribution, attribution_actor_id=prev.attribution_actor_id)
                break


def _pronoun_sources(doc: ParsedDoc, actors: ActorLayer, figures: list[Figure], window: int = 2) -> None:
    """A pronoun as a figure's source that the actor stage left unresolved ("Hamas maintains that
    471 died. Its initial toll of 500 ...") stands for the source of the figure before it, at
    most ``window`` sentences back; with no such figure, for the subject of the sentence before
    when its kind fits ("The ministry issued a new toll. ..., it said": the ministry)."""
    last: Figure | None = None
    for i, f in enumerate(figures):
        if f.attribution.lower() in ACTOR_PRONOUNS and f.attribution_actor_id is None:
            if last is not None and f.sentence - last.sentence <= window:
                figures[i] = f.replace(attribution=last.attribution, attribution_actor_id=last.attribution_actor_id)
                continue
            tok = doc.token_at(f.start)
            src = previous_subject(tok.sent, f.attribution, lambda s, e: _is_person(actors, s, e)) \
                if tok is not None else None
            if src is not None:
                m = best_mention(actors, src.start, src.end)
                figures[i] = f.replace(attribution=src.text, attribution_actor_id=m.actor_id if m else None)
            continue
        if f.attribution not in (UNATTRIBUTED, UNKNOWN_SPEAKER):
            last = f


def _is_person(actors: ActorLayer, start: int, end: int) -> bool | None:
    """Whether the actor named in ``[start, end)`` is a person (None: no actor named there)."""
    m = best_mention(actors, start, end)
    actor = actors.actor(m.actor_id) if m is not None and m.actor_id else None
    return actor.type == "person" if actor is not None else None


@dataclass(frozen=True)
class FiguresData:
    """What the figure stage loads: its lexicon (``data/figures``) and the attribution words
    (``quotes/attribution.yaml``). The lexicon's fields read through it (``data.numbers``)."""

    lexicon: FigureLexicon
    words: AttributionWords

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("lexicon", "words"):
            raise AttributeError(name)
        return getattr(self.__dict__["lexicon"], name)


class FiguresStage:
    """The figure stage (see the package docs)."""

    name = "figures"
    requires: tuple[str, ...] = ("actors", "quotes")
    provides: tuple[str, ...] = ("figures",)

    def load(self, settings: Any, resources: Resources) -> FiguresData:
        return FiguresData(load_figure_lexicon(resources), load_attribution_words(resources))

    def run(self, doc: ParsedDoc, data: FiguresData, inputs: Mapping[str, Any]) -> tuple[Figure, ...]:
        return tuple(extract_figures(doc, inputs["actors"], list(inputs["quotes"]), data.lexicon, data.words))


__all__ = ["FigureLexicon", "FiguresData", "FiguresStage", "extract_figures", "quantities"]
