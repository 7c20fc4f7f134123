"""Framing stage: loaded labels, scare quotes, honorifics and unattributed figures.

``FramingStage.run`` (``extract_framing(doc, actors, quotes, figures, data)``) combines

* the marks the actor stage found while reading names (``ActorLayer.framing``): every term of
  the framing lexicon (``data/actors/framing.csv`` and ``extra_framing.csv``) — loaded labels
  such as "Zionist regime", pejoratives, euphemisms, honorifics such as "His Eminence", loaded
  terms for acts such as "genocide" — each with the actor it denotes when there is one, and names
  in scare quotes (‘Israel’);
* scare quotes around any short term (``scare_quote_marks``): up to four words in single
  quotation marks that are not a quotation attributed by a speech cue (the ‘shadow fleet’), and
  any term after "so-called", quoted or not (the so-called ‘price cap’, the so-called market);
  the rules live in ``data/framing/scare_quotes.yaml``;
* a state or group name, or the title of a state's office or institution, alone in quotation
  marks of any family (the “Israeli” army, "Ukraine", the “government”), in a headline too;
* constructions built from any state or group name (``stages/framing_labels.py``, words in
  ``data/framing/labels.yaml``): "X-run"/"-backed"/"-led" descriptors and "run by X", evaluative
  group labels ("terror group", "radical group Hamas"), places presented as besieged or wronged,
  and responsibility for an attack stated in the outlet's own voice (``stages/framing_blame.py``);
  each where no lexicon term or scare quote already stands;
* casualty figures the outlet states in its own voice, with no source
  (``unattributed_figure_marks``; the note in ``data/framing/unattributed_figures.yaml``).

Each mark's ``voice`` says whose words it is: inside a direct or partial quote (the speaker's
own words) the speaker's actor id, or ``"unknown"`` when the speaker could not be resolved;
inside any other quotation too long to be a scare quote (a statement the quote stage found no
speaker for), ``"unknown"``; everywhere else, indirect speech included (the outlet's rendering:
the outlet chose the words of "the army said terror groups fired the rockets"), ``"outlet"``. A partial quote that is no more
than the marked term (a scare-quoted name) leaves it in the outlet's voice. A label the text
reports as a named party's official naming ("Turkey has designated the YPG as terrorists", "a
US-designated terrorist group") is that party's word: its voice is the designator's
(``stages/framing_voice.py``). The responsibility construction is stricter: it is never marked
inside any quotation or reported speech.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..nlp import ParsedDoc
from ..nlp.attribution import UNATTRIBUTED
from ..nlp.quotation import MarkSet, Quotation, find_quotations, load_marks, load_quote_filters
from ..records import ActorLayer, Figure, FramingMark, Quote, record_id
from ..resources import Resources
from .framing_accounts import label_marks
from .framing_blame import blame_marks_of
from .framing_classes import ClassRules, class_marks, embedded_term, load_class_rules
from .framing_disaster import DisasterRules, disaster_marks, load_disaster_rules
from .framing_epithets import EpithetRules, epithet_marks, load_epithet_rules
from .framing_glory import glory_marks, reunion_marks
from .framing_labels import LabelContext, LabelRules, load_label_rules, names_only
from .framing_literal import LiteralRules, literal_use, load_literal_rules, organised_crime
from .framing_owned import (
    account_compound_marks,
    medium_war_marks,
    owned_account_marks,
    owned_slur_marks,
)
from .framing_voice import designator_voice

_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # "... said. The" (not "U.S. Prison")

SCARE_SCHEMA: Any = {
    "max_words": int,
    "distancing": [str],
    "families": [str],
    "naming_verbs": [str],
    "max_unquoted_words": int,
    "note_quoted": str,
    "note_distancing": str,
    "headline_max": int,
    "max_name_words": int,
    "title_words": [str],
    "word_nouns": [str],
    "legal_hedges": [str],
    "offender_nouns": [str],
}
FIGURES_SCHEMA: Any = {"note": str}

OUTLET_VOICE = "outlet"
UNKNOWN_VOICE = "unknown"
VERBATIM_KINDS = frozenset({"direct", "partial"})
# words a designator may be reported as using (a scare quote's marks are the writer's own distance,
# whoever is said to use the term inside them: "those who called themselves “ministers”")
LABEL_KINDS = frozenset({"loaded_label", "loaded_term", "pejorative", "euphemism", "honorific"})


@dataclass(frozen=True)
class ScareRules:
    """What makes a scare quote (``data/framing/scare_quotes.yaml``)."""

    max_words: int
    distancing: tuple[str, ...]
    families: frozenset[str]
    naming_verbs: frozenset[str]
    max_unquoted_words: int
    note_quoted: str
    note_distancing: str
    distancing_re: re.Pattern[str]
    headline_max: int
    max_name_words: int
    title_words: frozenset[str]
    word_nouns: frozenset[str] = frozenset()
    legal_hedges: frozenset[str] = frozenset()  # "the alleged gunman": a hedge of law before a doer of a crime
    offender_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FramingData:
    """Everything the framing stage reads, loaded once per pipeline."""

    rules: ScareRules
    marks: MarkSet
    title_cues: frozenset[str]
    figure_note: str
    labels: LabelRules
    classes: ClassRules  # loaded-language classes of every side (stages/framing_classes.py)
    epithets: EpithetRules  # more such classes (stages/framing_epithets.py)
    literal: LiteralRules  # literal uses of the lexicon's words (stages/framing_literal.py)
    disaster: DisasterRules  # blame for a disaster (stages/framing_disaster.py)


def _word_named(text: str, start: int, nouns: frozenset[str]) -> bool:
    """The quoted term at ``start`` follows a noun for a word ("the term ‘Arab’", "the word
    ‘genocide’"): the term is mentioned, not used."""
    before = text[max(0, start - 30):start].rstrip().split()
    return bool(before) and before[-1].lower().strip(",:") in nouns


def _mentioned(text: str, start: int, nouns: frozenset[str]) -> bool:
    """A term right inside quotation marks after a noun for a word ("the word ‘invasion’"): the
    term is mentioned, not used."""
    j = start
    while j > 0 and text[j - 1] in "'\"‘“":
        j -= 1
    return j < start and _word_named(text, j, nouns)


def build_scare_rules(raw: dict[str, Any]) -> ScareRules:
    distancing = tuple(str(w).lower() for w in raw.get("distancing", []) or [])
    alternatives = "|".join(re.escape(w).replace("\\ ", "\\s+").replace("\\-", "[-‐‑]") for w in distancing)
    return ScareRules(
        max_words=int(raw.get("max_words", 4)),
        distancing=distancing,
        families=frozenset(str(f) for f in raw.get("families", ["single"]) or []),
        naming_verbs=frozenset(str(v).lower() for v in raw.get("naming_verbs", []) or []),
        max_unquoted_words=int(raw.get("max_unquoted_words", 4)),
        note_quoted=str(raw.get("note_quoted", "")),
        note_distancing=str(raw.get("note_distancing", "")),
        distancing_re=re.compile(rf"(?<![\w-])(?:{alternatives or 'a^'})(?=\s)", re.IGNORECASE),
        headline_max=int(raw.get("headline_max", 160)),
        max_name_words=int(raw.get("max_name_words", 3)),
        title_words=frozenset(str(w).lower() for w in raw.get("title_words", []) or []),
        word_nouns=frozenset(str(w).lower() for w in raw.get("word_nouns", []) or []),
        legal_hedges=frozenset(str(w).lower() for w in raw.get("legal_hedges", []) or []),
        offender_nouns=frozenset(str(w).lower() for w in raw.get("offender_nouns", []) or []),
    )


def load_framing_data(resources: Resources) -> FramingData:
    """The scare-quote rules and figure note, and the quote stage's marks and title filters."""
    raw = resources.yaml("framing/scare_quotes.yaml", SCARE_SCHEMA) or {}
    return FramingData(
        rules=build_scare_rules(raw),
        marks=load_marks(resources),
        title_cues=load_quote_filters(resources).title_cues,
        figure_note=str(resources.yaml("framing/unattributed_figures.yaml", FIGURES_SCHEMA)["note"]),
        labels=load_label_rules(resources),
        classes=load_class_rules(resources),
        epithets=load_epithet_rules(resources),
        literal=load_literal_rules(resources),
        disaster=load_disaster_rules(resources),
    )


def voice_of(start: int, end: int, quotes: Sequence[Quote]) -> str:
    """Whose words [start, end) are: the speaker of the innermost verbatim quote holding them. A
    quotation that is no more than the marked term itself (the “Israeli” army, read as a
    partial quote) does not make the term someone else's words; nor does a quote interrupted by
    its own cue, whose parts are its nested quotes ("\"A,\" X wrote, using a name for the group.
    \"B.\"": the words around the cue are the outlet's)."""
    best: Quote | None = None
    parents = {q.parent_id for q in quotes if q.parent_id}
    for q in quotes:
        if q.kind not in VERBATIM_KINDS or (q.id in parents and _cue_within(q)):
            continue
        c = q.content
        if start <= c.start and c.end <= end:
            continue  # the quotation is the marked term
        if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.content.end - best.content.start):
            best = q
    if best is None:
        return OUTLET_VOICE
    return best.speaker_actor_id or UNKNOWN_VOICE


def _cue_within(q: Quote) -> bool:
    """The quote's cue lies inside its content: a quotation interrupted by its attribution."""
    return q.cue is not None and q.content.start <= q.cue.start and q.cue.end <= q.content.end


def unattributed_figure_marks(doc: ParsedDoc, figures: Sequence[Figure], note: str) -> list[FramingMark]:
    """Casualty figures stated in the outlet's own voice, with no source, as framing marks."""
    marks = []
    for f in figures:
        if not f.is_casualty or f.attribution != UNATTRIBUTED or f.quote_id is not None:
            continue
        marks.append(FramingMark(
            id=record_id("fm", doc.article_id, "unattributed_figure", f.start, f.end),
            article_id=doc.article_id,
            sentence=f.sentence,
            start=f.start,
            end=f.end,
            text=f.text,
            kind="unattributed_figure",
            refers_to=f.group_actor_id,
            note=note.format(measure=f.measure),
            voice="outlet",
        ))
    return marks


def extract_framing(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], figures: Sequence[Figure],
                    data: FramingData) -> list[FramingMark]:
    """Framing marks: those found while reading names, plus unattributed figures, with voices."""
    # a name in quotation marks that titles a work ("the anthem “O Canada”"), or that is the word
    # itself spoken of ("uses the term ‘Arab’"), keeps no distance
    # and a lexicon word used literally ("slaughtered 200 sheep", "the genocide case") labels nothing
    ctx = LabelContext(doc, actors, quotes)
    marks: list[FramingMark] = [m for m in actors.framing if not (titled(
        doc.text, m.start, re.sub(r"[^\w\s'-]", " ", m.text).split(), data.title_cues, reach=1)
        or _word_named(doc.text, m.start, data.rules.word_nouns) if m.kind == "scare_quotes"
        else literal_use(ctx, m, data.literal, data.classes.people_nouns, data.classes.quantity_nouns)
        or _mentioned(doc.text, m.start, data.rules.word_nouns))]
    marks.extend(scare_quote_marks(doc, actors, quotes, data))
    # a construction adds a mark where no lexicon term, scare quote or earlier construction stands;
    # who is blamed is another matter than the words chosen: a blame mark stands beside a loaded
    # term ("the savage assault by X": the word and the doer named in the outlet's voice)
    taken = [(m.start, m.end) for m in marks]
    blamed: list[tuple[int, int]] = []
    beside = (data.labels.descriptor_note, data.labels.place_note, data.classes.killing_note)
    classes = [*class_marks(doc, actors, quotes, data.classes, data.labels),
               *epithet_marks(doc, actors, quotes, data.epithets, data.labels, data.classes),
               *owned_account_marks(ctx, data.labels, data.classes, data.epithets.servant_nouns, data.epithets.servant_note),
               *account_compound_marks(ctx, data.labels, data.classes), *medium_war_marks(ctx, data.classes),
               *owned_slur_marks(ctx, data.labels, data.classes, data.epithets.militia_nouns | data.epithets.gang_nouns,
                                 data.epithets.slur_note),
               *disaster_marks(ctx, data.disaster, data.classes.crime_nouns, data.epithets.removal_note),
               *glory_marks(ctx, data.classes), *reunion_marks(ctx, data.classes)]
    for m in [*label_marks(doc, actors, quotes, data.labels), *classes, *blame_marks_of(doc, actors, quotes, data.labels)]:
        if m.note == data.labels.group_note and organised_crime(ctx, m, data.literal):
            continue  # "criminal gangs seeking ransoms": organised crime, no party labelled
        if _mentioned(doc.text, m.start, data.rules.word_nouns):
            continue  # "the word ‘invasion’": mentioned, not used
        spans = blamed if m.kind == "unattributed_blame" else taken
        if m.note in beside:
            m = _cut_before_marks(doc, m, spans)
        # "the brutal junta": a label naming a party replaces the bare loaded word it holds
        held = {(o.start, o.end) for o in marks if o.kind == "loaded_term" and m.start <= o.start
                and o.end <= m.end} if m.kind != "unattributed_blame" and m.refers_to is not None else set()
        if not any(s < m.end and m.start < e for s, e in spans if (s, e) not in held):
            marks = [o for o in marks if (o.start, o.end) not in held or o.kind != "loaded_term"]
            spans[:] = [sp for sp in spans if sp not in held]
            marks.append(m)
            spans.append((m.start, m.end))
    marks.extend(unattributed_figure_marks(doc, figures, data.figure_note))
    seen: set[tuple[int, int, str]] = set()
    out: list[FramingMark] = []
    scare = [m for m in marks if m.kind == "scare_quotes"]
    unattributed = _unattributed_quotations(doc, quotes, data)
    for m in sorted(marks, key=lambda x: (x.start, x.end, x.kind)):
        key = (m.start, m.end, m.kind)
        if key in seen:
            continue
        if m.kind == "scare_quotes" and any(
            o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in scare
        ):
            continue  # ‘X’ inside "so-called ‘X’": one mark
        seen.add(key)
        voice = voice_of(m.start, m.end, quotes)
        if voice == OUTLET_VOICE and any(s <= m.start and m.end <= e for s, e in unattributed):
            voice = UNKNOWN_VOICE  # inside a quotation whose speaker the quote stage did not find
        if voice == OUTLET_VOICE and m.kind in LABEL_KINDS:
            voice = designator_voice(doc, actors, m.start, m.end, data.labels.designation_verbs, UNKNOWN_VOICE,
                                     data.labels.attribution_verbs) or voice
        out.append(m if voice == m.voice else m.replace(voice=voice))
    return out


def _unattributed_quotations(doc: ParsedDoc, quotes: Sequence[Quote], data: FramingData) -> list[tuple[int, int]]:
    """The insides of quotations too long to be scare quotes (more than ``max_words`` words) that
    no quote record covers: someone's words, though the quote stage found no speaker for them."""
    covered = [(q.content.start, q.content.end) for q in quotes]
    out = []
    for q in find_quotations(doc.text, data.marks):
        if not q.closed or len(doc.text[q.inner_start:q.inner_end].split()) <= data.rules.max_words:
            continue
        if not any(s <= q.inner_start and q.inner_end <= e for s, e in covered):
            out.append((q.inner_start, q.inner_end))
    return out


def _quoted_term_start(doc: ParsedDoc, q: Quotation, attributed: dict[tuple[int, int], Quote],
                       data: FramingData, actors: ActorLayer) -> int | None:
    """Where the scare-quote mark of quotation ``q`` starts (at a distancing word before it, or
    at its opening mark), or None when ``q`` is no scare quote. A state or group name alone in
    quotation marks of any family (the “Israeli” army, "Ukraine", “Hamas”) is one, and so is the
    title of a state's office or institution (the “government”, “President” Ruiz)."""
    text = doc.text
    rules = data.rules
    inner = text[q.inner_start:q.inner_end].strip()
    words = inner.split()
    if not words or len(words) > rules.max_words or any(ch in inner for ch in ".!?;:"):
        return None
    lead = _distancing_before(text, q.start, rules)
    if len(words) <= rules.max_name_words and names_only(doc, actors, q.inner_start, q.inner_end, rules.title_words):
        if lead is None and titled(text, q.start, words, data.title_cues, reach=1):
            return None  # a name that titles a work: "the anthem “O Canada”"
        return q.start if lead is None else lead
    if lead is None and q.family not in rules.families and not _named_modifier(doc, q, attributed, rules) and (
            (q.start, q.end) in attributed or not embedded_term(doc, q.inner_start, q.inner_end, data.classes.status_words)):
        return None  # double marks usually quote someone, but not around a term inside the writer's phrase
    span = doc.span_chars(q.inner_start, q.inner_end)
    if span is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
        return None
    if lead is not None:
        return lead
    quote = attributed.get((q.start, q.end))
    if quote is not None and (quote.kind == "direct" or (quote.cue_lemma or "") not in rules.naming_verbs):
        return None  # a quotation: "described the strike as ‘a war crime’"
    if titled(text, q.start, words, data.title_cues):
        return None  # the title of a work, a slogan on a banner
    return q.start


def _named_modifier(doc: ParsedDoc, q: Quotation, attributed: dict[tuple[int, int], Quote], rules: ScareRules) -> bool:
    """Double marks around a term someone "calls" a thing, set as a modifier inside the writer's
    noun phrase ("calls all this a “local anti-terror” operation"): the writer keeps the name at a
    distance, as with single marks; a whole object in double marks ("called it a “provocation”")
    quotes the caller."""
    quote = attributed.get((q.start, q.end))
    if quote is None or quote.kind == "direct" or (quote.cue_lemma or "") not in rules.naming_verbs:
        return False
    span = doc.span_chars(q.inner_start, q.inner_end)
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    return head.i > span[-1].i and head.pos_ == "NOUN" and all(t.is_punct for t in doc.tokens[span[-1].i + 1:head.i])


def titled(text: str, start: int, words: list[str], title_cues: frozenset[str], reach: int = 3) -> bool:
    """A Title-Case quotation after a noun of a work or a name, within ``reach`` words ("the
    song ‘Free Palestine’", "the national anthem, “O Canada,”"; ``quotes/filters.yaml``
    title_cues): a title, not the writer's distance from a term."""
    before = text[max(0, start - 40):start].lower().split()
    title_case = all(w[:1].isupper() for w in words if len(w) > 3)
    return title_case and any(w.strip(",") in title_cues for w in before[-reach:])


def _cut_before_marks(doc: ParsedDoc, m: FramingMark, spans: Sequence[tuple[int, int]]) -> FramingMark:
    """A descriptor or a place word stands beside the label it is said of ("French-backed" before
    "jihadists", "besieged" before a loaded place name): a mark that runs into an earlier mark
    after its first word ends before it, so that both stand."""
    starts = [s for s, e in spans if s < m.end and m.start < e]
    if not starts or min(starts) <= m.start:
        return m
    end = min(starts)
    while end > m.start and not doc.text[end - 1].isalnum():
        end -= 1
    if end <= m.start:
        return m
    return m.replace(end=end, text=doc.text[m.start:end])


def scare_quote_marks(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote],
                      data: FramingData) -> list[FramingMark]:
    """Scare quotes around any short term, not only names: a term of up to ``max_words`` words
    in single quotation marks, with no verb, that is not a quotation attributed by a speech cue
    (a name someone is said to use, "what X call the ‘shadow fleet’", still counts), and any
    term after a distancing word ("the so-called ‘price cap’", "the so-called market"), quoted
    or not. Each mark refers to the actor the term names, when it names one."""
    rules = data.rules
    text = doc.text
    if not text:
        return []
    attributed = {(q.content.start, q.content.end): q for q in quotes}
    headline_end = _headline_end(text, rules.headline_max)
    out: list[FramingMark] = []
    quoted_starts: set[int] = set()
    for q in find_quotations(text, data.marks):
        if not q.closed or q.depth > 0:
            continue
        if q.start < headline_end and not _name_alone(doc, q, data, actors):
            continue  # in a headline, single quotation marks quote someone, but not around a bare name
        if _word_named(text, q.start, rules.word_nouns):
            continue  # "uses the term ‘Arab’": the word itself is spoken of, no distance is taken
        start = _quoted_term_start(doc, q, attributed, data, actors)
        if start is None:
            continue
        quoted_starts.add(q.start)
        note = rules.note_distancing if start != q.start else rules.note_quoted
        out.append(_scare_mark(doc, actors, start, q.end, q.inner_start, q.inner_end, note))
    for mt in rules.distancing_re.finditer(text):
        if _finite_verb(doc, mt.start()):
            continue  # "the lawsuit alleged the army lied": a verb of saying, not a distancing word
        pos = mt.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text) or pos in quoted_starts or not text[pos].isalnum():
            continue  # quoted terms are handled above
        end = _term_end(doc, pos, rules.max_unquoted_words)
        if end is not None and not _hedged_suspect(mt.group(0), text[pos:end], rules):
            out.append(_scare_mark(doc, actors, mt.start(), end, pos, end, rules.note_distancing))
    return out


def _hedged_suspect(word: str, term: str, rules: ScareRules) -> bool:
    """"the alleged gunman", "alleged coup plotters": a hedge of law (``word``) before a ``term``
    ending in a noun for the doer of a crime (the presumption of innocence wire style keeps), not
    a distance from a party's name or an event ("the alleged strike", "alleged militants")."""
    words = term.split()
    return word.lower() in rules.legal_hedges and bool(words) and \
        words[-1].lower().strip(".,;:'’\"”") in rules.offender_nouns


def _name_alone(doc: ParsedDoc, q: Quotation, data: FramingData, actors: ActorLayer) -> bool:
    """A quotation holding nothing but a state or group name or an office's title (‘Israel’)."""
    words = doc.text[q.inner_start:q.inner_end].split()
    return 0 < len(words) <= data.rules.max_name_words and names_only(
        doc, actors, q.inner_start, q.inner_end, data.rules.title_words)


def _headline_end(text: str, headline_max: int) -> int:
    """Where a headline at the top of the text ends (0 when there is none): a first line of one
    short sentence with more text after it ("Flynn says Trump 'absolutely right' in ...")."""
    end = text.find("\n")
    if end < 0 or end > headline_max or not text[end:].strip():
        return 0
    line = text[:end].strip().rstrip(".!?")
    return 0 if _SENTENCE_BREAK.search(line) else end
def _distancing_before(text: str, start: int, rules: ScareRules) -> int | None:
    """Where a distancing word right before ``start`` begins ("so-called ‘X’"), or None."""
    window = text[max(0, start - 20):start]
    best = None
    for mt in rules.distancing_re.finditer(window):
        if not window[mt.end():].strip():
            best = max(0, start - 20) + mt.start()
    return best


def _finite_verb(doc: ParsedDoc, pos: int) -> bool:
    """Whether the word at ``pos`` is a finite verb ("alleged" in "the suit alleged that")."""
    tok = doc.token_at(pos)
    return tok is not None and tok.tag_ in ("VBD", "VBZ", "VBP", "VB")


def _term_end(doc: ParsedDoc, pos: int, limit: int) -> int | None:
    """The end of the noun phrase that starts at ``pos`` (its head noun, within ``limit`` words)."""
    tok = doc.token_at(pos)
    if tok is None:
        return None
    h = tok
    while h.head.i > h.i and h.head.i - tok.i < limit and h.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        h = h.head
    if h.pos_ not in ("NOUN", "PROPN") or h.i - tok.i >= limit:
        return None
    return h.idx + len(h.text)


def _telling(actor_id: str | None) -> bool:
    """An actor a term can be said to name: not a bare sector of no country ("fleet" → military)."""
    if not actor_id:
        return False
    return not (actor_id.startswith("sector:") and actor_id.count(":") == 1)


def _scare_mark(doc: ParsedDoc, actors: ActorLayer, start: int, end: int, term_start: int, term_end: int,
                note: str) -> FramingMark:
    inside = [m for m in actors.mentions_in(term_start, term_end) if _telling(m.actor_id)]
    if inside:  # the longest mention inside the term
        refers: str | None = max(inside, key=lambda m: m.end - m.start).actor_id
    else:  # or the phrase the term is the core of ("the so-called ‘Kyiv government’")
        m = actors.mention_overlapping(term_start, term_end)
        covers = m is not None and m.start <= term_start and term_end <= m.end and _telling(m.actor_id)
        refers = m.actor_id if covers and m is not None else None
    return FramingMark(
        id=record_id("fm", doc.article_id, start, end, "scare_quotes"),
        article_id=doc.article_id,
        sentence=doc.sentence_index(start),
        start=start,
        end=end,
        text=doc.text[start:end],
        kind="scare_quotes",
        refers_to=refers,
        note=note or None,
    )


class FramingStage:
    """The framing stage (see the module docs)."""

    name = "framing"
    requires: tuple[str, ...] = ("actors", "quotes", "figures")
    provides: tuple[str, ...] = ("framing",)

    def load(self, settings: Any, resources: Resources) -> FramingData:
        return load_framing_data(resources)

    def run(self, doc: ParsedDoc, data: FramingData, inputs: Mapping[str, Any]) -> tuple[FramingMark, ...]:
        return tuple(extract_framing(doc, inputs["actors"], list(inputs["quotes"]), list(inputs["figures"]), data))


__all__ = ["OUTLET_VOICE", "UNKNOWN_VOICE", "FramingData", "FramingStage", "extract_framing",
           "scare_quote_marks", "titled", "unattributed_figure_marks", "voice_of"]
