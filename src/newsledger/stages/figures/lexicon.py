"""The figure stage's data files (``data/figures/``): one schema per file, read through
:class:`newsledger.resources.Resources` and compiled into one :class:`FigureLexicon`."""

from __future__ import annotations

import re
from typing import Any

from ...nlp.numbers import (
    VAGUE_FILE,
    VAGUE_SCHEMA,
    NumberWords,
    alternation,
    load_number_words,
    starting_with,
)
from ...nlp.roles import person_roles
from ...nlp.stance_words import load_stance_words
from ...resources import MapOf, Resources, word_set
from .types import (
    KIND_DURATION,
    KIND_MEASURE,
    KIND_MONEY,
    KIND_PERCENT,
    Confidence,
    FigureLexicon,
    Markup,
    UnitInfo,
)

UNITS_SCHEMA: Any = {
    "currency_prefixes": MapOf(str),
    "currency_words": MapOf(str),
    "currency_symbols_after": MapOf(str),
    "percent_words": MapOf(str),
    "percent_symbols": MapOf(str),
    "duration_words": MapOf(str),
    "measure_words": MapOf(str),
    "measure_symbols": MapOf(str),
}
MEASURES_SCHEMA: Any = {
    "measures": MapOf({"verbs": [str], "nouns": [str], "adjectives": [str], "states": [str]}),
    "level_verbs": [str],
    "change_words": [str],
    "change_reach": int,
    "people_nouns": [str],
    "range_nouns": [str],
    "capacity_verbs": [str],
    "people_killing_verbs": [str],
    "people_killing_nouns": [str],
    "burial_verbs": [str],
    "burial_grounds": [str],
    "losing_verbs": [str],
    "lost_not_dead": [str],
    "nation_forms": [str],
    "compelling_verbs": [str],
    "shelter_verbs": [str],
    "shelter_nouns": [str],
    "leaving_verbs": [str],
    "settlement_nouns": [str],
    "dying_verbs": [str],
    "unharmed_conditions": [str],
    "with_measures": [str],
    "previous_value_words": [str],
    "compared_value_words": [str],
    "tally_nouns": [str],
    "hospital_verbs": [str],
    "fate_nouns": [str],
    "unknown_words": [str],
    "hospital_nouns": [str],
    "tally_verbs": [str],
    "tally_prepositions": [str],
    "saying_tally_verbs": [str],
    "group_prepositions": [str],
    "group_pronouns": [str],
    "capacity_modals": [str],
    "undergo_verbs": [str],
    "raising_verbs": [str],
    "relative_measures": [str],
    "prospect_modals": MapOf(str),
    "estimate_verbs": [str],
    "freed": {"measures": [str], "verbs": [str], "states": [str]},
    "subset_before": [str],
    "subset_after": [str],
    "result_participle_measures": [str],
}
CONTEXT_SCHEMA: Any = {
    "months": [str],
    "weekdays": [str],
    "name_prefixes": [str],
    "classifier_nouns": [str],
    "calibre_units": [str],
    "calibre_nouns": [str],
    "street_words": [str],
    "age_before": [str],
    "age_list_words": [str],
    "time_after": [str],
    "time_prepositions": [str],
    "time_scope_patterns": [str],
    "place_prepositions": [str],
    "bearing_words": [str],
    "struck_prepositions": [str],
    "struck_clause_marks": [str],
    "misread_place_labels": [str],
    "misread_village_labels": [str],
    "place_head_nouns": [str],
    "source_verbs": [str],
    "hearing_verbs": [str],
    "origin_verbs": [str],
    "restating_adverbs": [str],
    "giving_verbs": [str],
    "source_phrases": [str],
    "unowned_report_words": [str],
    "judging_verbs": [str],
    "deed_cues": [str],
    "body_sources_directive_verbs": [str],
    "body_sources_result_nouns": [str],
    "body_sources_topic_verbs": [str],
    "two_body_act_cues": [str],
    "two_body_poll_nouns": [str],
    "two_body_amount_verbs": [str],
    "two_body_share_nouns": [str],
    "two_body_poll_verbs": [str],
    "two_body_said_forms": [str],
    "two_body_claim_nouns": [str],
    "carried_stop_words": [str],
    "civilian_sectors": [str],
    "combatant_sectors": [str],
    "continuation_openers": [str],
    "continuation_followers": [str],
    "elliptical_joins": [str],
}
# the context.yaml keys read as word sets by their prefix (two_body_sources.py, body_sources_*.py)
_SET_PREFIXES = ("two_body_", "body_sources_")
QUALIFIERS_SCHEMA: Any = {"before": MapOf(str), "after": MapOf(str), "range_estimates": [str]}
MARKUP_SCHEMA: Any = {"file_extensions": [str], "address_markers": [str], "style_units": [str]}
CONFIDENCE_SCHEMA: Any = {"default": float, "vague": float, "fraction": float, "word_one": float}

_UNIT_SECTIONS = (
    ("currency_words", KIND_MONEY, True), ("percent_words", KIND_PERCENT, True),
    ("duration_words", KIND_DURATION, True), ("measure_words", KIND_MEASURE, True),
    ("currency_symbols_after", KIND_MONEY, False), ("percent_symbols", KIND_PERCENT, False),
    ("measure_symbols", KIND_MEASURE, False),
)
_URLS, _MAIL = r"https?://\S+|www\.\S+", r"\S+@\S+\.\w+"
_NUMBER_STRETCHES = [
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?",            # times 17:22, 9:35 pm
    r"\b\d{1,4}/\d{1,4}(?:/\d{1,4})?\b",                         # 24/7, 9/11, 10/12/2023
    r"\b\d{4}-\d{2}-\d{2}\b",                                    # ISO dates
    r"\b\d+(?:\.\d+){2,}\b",                                     # versions 1.2.3
    r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b",  # phone numbers
    r"\+\d{1,3}[\s.-]?\d{6,}",
]
_BLOCKED = "|".join([f"{_URLS}|{_MAIL}", *_NUMBER_STRETCHES])  # URLs, e-mail, numbers that are no amounts
# the same for a text without "@", where the e-mail branch cannot match (tried at every character,
# it costs most of the pattern's time): the others begin with "h", "w", a digit, "+" or "(", which
# a look-ahead checks first
_BLOCKED_NO_MAIL = "(?=[hw(+\\d])(?:" + "|".join([_URLS, *_NUMBER_STRETCHES]) + ")"
_YEAR_BEFORE = (r"\b(?:in|since|from|until|till|by|of|between|and|to|circa|c\.|A\.D\.|AD|BC|year|mid|early|"
                r"late|before|after|during|spring|summer|autumn|fall|winter|the)\s*-?$")
# "54 years old", "a 5-year-old", "54 years of age", and the first of two ages sharing the
# second's unit by a suspended hyphen ("5- and 8-year-old boys", "10- to 12-year-olds")
_AGE_UNIT = r"(?:years?|months?|weeks?|days?|yr)[\s-]*olds?\b"
_AGE_AFTER = (rf"^(?:\s*-\s*|\s+)?{_AGE_UNIT}|^\s*years\s+of\s+age\b"
              rf"|^\s*-\s+(?:and|or|to)\s+[\w.]+\s*-\s*{_AGE_UNIT}")


def _units(units: dict[str, Any]) -> tuple[dict[str, UnitInfo], dict[str, UnitInfo]]:
    """Unit surface forms: (lower-cased word forms, exact symbols)."""
    units_ci: dict[str, UnitInfo] = {}
    units_cs: dict[str, UnitInfo] = {}
    for section, kind, ci in _UNIT_SECTIONS:
        for surface, name in units[section].items():
            if ci:
                units_ci.setdefault(str(surface).lower(), UnitInfo(str(name), kind))
            else:
                units_cs.setdefault(str(surface), UnitInfo(str(name), kind))
    return units_ci, units_cs


def _measures(measures: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Measure cue words by part of speech ("verbs", "nouns", "adjectives") -> measure."""
    out: dict[str, dict[str, str]] = {"verbs": {}, "nouns": {}, "adjectives": {}, "states": {}}
    for measure, cues in measures["measures"].items():
        for pos, table in out.items():
            for w in cues.get(pos) or []:
                table.setdefault(w, measure)
    return out


def _number_patterns(nw: NumberWords, vague: dict[str, Any], ctx: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    # each pattern that begins with words is led by a look-ahead for their first letters
    # (``starting_with``: the same matches, found faster)
    words = [*nw.word_values, *nw.scales, "dozen"]
    word_alt = alternation(words, flexible_space=False)
    number_word_seq = (rf"\b{starting_with([*words, 'a'])}(?:an?\s+(?=(?:{alternation([*nw.scales, 'dozen'])})\b))?"
                       rf"{word_alt}(?:(?:\s+and\s+|\s+|-){word_alt})*\b")
    counts = ["a", "one", "two", "three", "four", "five", "nine"]
    fold_start = starting_with(words, r"\d")
    frac_count = alternation(counts)
    months = alternation(ctx["months"], flexible_space=False)
    weekdays = alternation(ctx["weekdays"], flexible_space=False)
    names = [*ctx["months"], *ctx["weekdays"]]
    abbreviations = alternation([n for n in names if any(m != n and m.startswith(n) for m in names)],
                                flexible_space=False)
    return {
        "numeral_re": re.compile(r"(?=[\d.])(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d)"),
        "word_number_re": re.compile(number_word_seq, re.I),
        "vague_re": re.compile(rf"\b{starting_with(vague)}{alternation(vague)}\b", re.I),
        "fraction_re": re.compile(
            rf"\b{starting_with([*counts, 'half'])}(?:(?P<count>{frac_count})[\s-]+(?P<frac>{alternation(nw.fractions)})\s+of\b"
            rf"|(?P<half>half)\s+(?:of|the)\b)", re.I),
        "fold_re": re.compile(rf"\b{fold_start}(?P<word>{word_alt}|\d+)-?{nw.fold_suffix}\b", re.I),
        "blocked_re": re.compile(_BLOCKED),
        "blocked_no_mail_re": re.compile(_BLOCKED_NO_MAIL),
        "scale_after_re": re.compile(
            rf"^(?P<sep>\s+|-)?(?P<s>{alternation(nw.scales, False)}|"
            rf"{alternation(nw.scale_abbr, False)})(?![A-Za-z])", re.I),
        # a day's number after its month or weekday ("May 20", "Sept. 12", "Thursday 14"); a full
        # stop after a whole name ends a sentence ("... announced on Thursday. Two of the wounded
        # died"): only an abbreviation (a name that begins a longer one: "Sept", "Jan") takes one
        "month_before_re": re.compile(rf"(?:\b(?:{abbreviations})\.|\b(?:{months}|{weekdays})),?\s*(?:the\s+)?$"),
        # a weekday closing the words before a number, and the counted word after it: "On
        # Monday, 14 people were killed", "On Tuesday, twelve Kenyans died" count people, where
        # "Monday, 14 November" and "Thursday 14" give a day
        "weekday_before_re": re.compile(rf"\b(?:{weekdays})(?P<comma>,)?\s*$"),
        "counted_word_after_re": re.compile(r"^\s+[A-Za-z][a-z]+\b"),
        # a month whose day comes before it, closed by a comma: the number after it counts ("On 13
        # November, seven soldiers were killed"), where "November, 7" alone may give a day
        "dated_month_before_re": re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months}),\s*$"),
        # a day before a month, or before more days of one ("on 11 and 12 October", "3, 4 or 5 May")
        "month_after_re": re.compile(rf"^(?:st|nd|rd|th)?(?:\s*(?:,|and|or|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)*"
                                     rf"\s*(?:of\s+)?(?:{months})\b"),
    }


def _unit_patterns(units: dict[str, Any], units_ci: dict[str, UnitInfo], units_cs: dict[str, UnitInfo],
                   q_before: dict[str, str], q_after: dict[str, str]) -> dict[str, re.Pattern[str]]:
    cur_prefixes = units["currency_prefixes"]
    return {
        "qualifier_before_re": re.compile(rf"(?:^|(?<=[\s(\"“'‘]))(?P<q>{alternation(q_before)})\s*$", re.I),
        "qualifier_after_re": re.compile(rf"^(?:\s+|-)?(?P<q>{alternation(q_after)})(?![\w])", re.I),
        "currency_before_re": re.compile(rf"(?:^|(?<![A-Za-z]))(?P<c>{alternation(cur_prefixes, False)})\s?$"),
        "unit_after_ci_re": re.compile(rf"^(?P<sep>\s*-\s*|\s+)?(?P<u>{alternation(units_ci)})(?![A-Za-z])", re.I),
        "unit_after_cs_re": re.compile(rf"^(?P<sep>\s*-\s*|\s+)?(?P<u>{alternation(units_cs)})(?![A-Za-z0-9])"),
        "rate_after_re": re.compile(
            rf"^(?:\s+per\s+(?P<per>[A-Za-z]+)|(?:\s+|-)an?-?\s*(?P<a>{alternation(units['duration_words'])})\b)",
            re.I),
    }


def _context_patterns(ctx: dict[str, Any], measures: dict[str, Any],
                      cues: dict[str, dict[str, str]]) -> dict[str, re.Pattern[str] | None]:
    negated = [s for s in cues["states"] if re.search(r"\bnot\b|n't\b|\bfailed\b", s)]
    return {
        "name_before_re": re.compile(rf"(?:^|(?<=[^\w]))(?:{alternation(ctx['name_prefixes'])})\s*$"),
        "classifier_before_re": re.compile(
            rf"(?:^|(?<=[^\w])){alternation(ctx['classifier_nouns'])}\s+$" if ctx.get("classifier_nouns")
            else r"(?!)", re.I),
        # "122-millimeter artillery shells", "155mm rounds": a weapon's calibre, no quantity
        "calibre_after_re": re.compile(
            rf"^\s*-?\s*{alternation(ctx['calibre_units'])}\b[\s-]+(?:[A-Za-z]+[\s-]+)?"
            rf"{alternation(ctx['calibre_nouns'])}\b", re.I) if ctx.get("calibre_units") else None,
        "street_after_re": re.compile(
            rf"^\s+(?:[A-Z][a-z]+\s+){{1,3}}{alternation(ctx['street_words'], False)}\b"),
        "age_before_re": re.compile(
            rf"\b(?:(?:{alternation(ctx['age_before'])})|(?:{alternation(ctx['age_list_words'])})"
            rf"\s*\d{{1,3}}(?:\s*,\s*\d{{1,3}})*(?:\s*,|,?\s+(?:and|or)))\s*$", re.I),
        "age_after_re": re.compile(_AGE_AFTER, re.I),
        "time_after_re": re.compile(rf"^\s*(?:{alternation(ctx['time_after'])})(?![A-Za-z])"),
        "year_before_re": re.compile(_YEAR_BEFORE, re.I),
        "subset_before_re": re.compile(rf"\b{alternation(measures['subset_before'])}\b", re.I),
        "subset_after_re": re.compile(rf"^\s*{alternation(measures['subset_after'])}\b", re.I),
        "source_phrase_re": re.compile(rf"\b{alternation(ctx['source_phrases'])}\s+", re.I),
        "time_scope_re": re.compile("|".join(f"(?:{p})" for p in ctx["time_scope_patterns"]), re.I),
        "among_measure_re": re.compile(
            rf"\bamong\s+(?:the|those)\s+(?P<w>{alternation([*cues['adjectives'], *cues['nouns']])})\b"
            r"(?=[^,;:]*$)", re.I),  # "Among the dead were 12 children", not past a clause break
        # the same after the counted: "five civilians were among the dead", also past the whole's
        # count and with a noun's plural ("three of his children were among the eleven martyrs")
        "among_state_re": re.compile(
            rf"\bamong\s+(?:the|those)\s+(?:\S+\s+)??(?P<w>{alternation([*cues['adjectives'], *cues['nouns']])})"
            r"(?:s)?\b", re.I),
        "state_re": re.compile(rf"\b{alternation(cues['states'])}\b", re.I) if cues["states"] else None,
        "negated_state_re": re.compile(rf"\b{alternation(negated)}\b", re.I) if negated else None,
        "continuation_re": re.compile(rf"\s*(?:{alternation(ctx['continuation_openers'])})\s*", re.I)
        if ctx.get("continuation_openers") else None,
        # the number opening its sentence, then a follower: "Six others were wounded"
        "continuation_after_re": re.compile(rf"\S+(?:\s\S+)?\s+(?:{alternation(ctx['continuation_followers'])})\b",
                                            re.I) if ctx.get("continuation_followers") else None,
        "elliptical_join_re": _join_pattern(ctx["elliptical_joins"]) if ctx.get("elliptical_joins") else None,
    }


def _join_pattern(joins: list[str]) -> re.Pattern[str]:
    """Words and marks that join clauses: a word between word boundaries ("and", "while"), a
    mark as it is (";")."""
    words = [j for j in joins if re.search(r"\w", j)]
    marks = [j for j in joins if not re.search(r"\w", j)]
    parts = [rf"\b{alternation(words)}\b"] if words else []
    parts += [alternation(marks)] if marks else []
    return re.compile("|".join(parts), re.I)


def build_markup(raw: dict[str, Any]) -> Markup:
    """The markers of text that is not prose: file names, web addresses, style sheets."""
    ext = alternation(sorted({str(e).lower() for e in raw["file_extensions"]}, key=len, reverse=True))
    units = alternation(sorted({str(u).lower() for u in raw["style_units"]}, key=len, reverse=True))
    return Markup(
        file_name_re=re.compile(rf"\.(?:{ext})\b", re.IGNORECASE),
        address_markers=tuple(str(m) for m in raw["address_markers"]),
        # a style declaration: "padding-bottom: 79.13%;", "width:300px"
        style_re=re.compile(rf"[a-z-]+\s*:\s*-?[\d.]+\s*(?:{units})\s*[;}}]", re.IGNORECASE),
    )


def _vague_span_pattern(vague_data: dict[str, Any]) -> re.Pattern[str]:
    """The whole gap between two vague amounts of one estimate: a connector, then modifiers
    ("dozens or low hundreds", "hundreds, if not thousands")."""
    connectors = vague_data.get("span_connectors") or []
    if not connectors:
        return re.compile(r"(?!)")
    modifiers = vague_data.get("span_modifiers") or []
    mod_part = rf"(?:{alternation(modifiers)}\s+)*" if modifiers else ""
    return re.compile(rf"\s*{alternation(connectors)}\s+{mod_part}", re.I)


def _word_sets(data: Any, *keys: str) -> dict[str, Any]:
    """The lower-cased word sets under ``keys`` of a loaded data file, by key (``word_set``)."""
    return {key: word_set(data, key) for key in keys}


def load_figure_lexicon(resources: Resources) -> FigureLexicon:
    """Every data file of the figure stage, checked, merged with the user's and compiled."""
    nw = load_number_words(resources)
    vague_data = resources.yaml(VAGUE_FILE, VAGUE_SCHEMA)
    quals = resources.yaml("figures/qualifiers.yaml", QUALIFIERS_SCHEMA)
    units = resources.yaml("figures/units.yaml", UNITS_SCHEMA)
    measures = resources.yaml("figures/measures.yaml", MEASURES_SCHEMA)
    ctx = resources.yaml("figures/context.yaml", CONTEXT_SCHEMA)
    conf = resources.yaml("figures/confidence.yaml", CONFIDENCE_SCHEMA)
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in vague_data["ranges"].items()}
    units_ci, units_cs = _units(units)
    cues = _measures(measures)
    q_before = {k.lower(): v for k, v in quals["before"].items()}
    q_after = {k.lower(): v for k, v in quals["after"].items()}
    freed_states = list((measures.get("freed") or {}).get("states") or ())
    return FigureLexicon(
        word_values=nw.word_values, scales=nw.scales, dozen=nw.dozen,
        scale_abbr=nw.scale_abbr, fractions=nw.fractions,
        vague=vague,
        vague_requires_of=frozenset(vague_data.get("requires_of") or []),
        vague_span_re=_vague_span_pattern(vague_data),
        qualifiers_before=q_before, qualifiers_after=q_after,
        range_estimates=frozenset(p.lower() for p in quals.get("range_estimates") or ()),
        currency_prefix=dict(units["currency_prefixes"]),
        units_ci=units_ci,
        units_cs=units_cs,
        measure_verbs=cues["verbs"],
        measure_nouns=cues["nouns"],
        measure_adjectives=cues["adjectives"],
        measure_states={k.lower(): v for k, v in cues["states"].items()},
        level_verbs=frozenset(measures["level_verbs"]),
        change_re=re.compile(rf"\b(?:{alternation(measures['change_words'])})\b[^.;:!?]{{0,{int(measures['change_reach'])}}}$",
                             re.IGNORECASE),
        change_reach=int(measures["change_reach"]),
        people_nouns=frozenset(w.lower() for w in measures["people_nouns"]) | person_roles(resources),
        range_nouns=frozenset(w.lower() for w in measures.get("range_nouns") or ()),
        capacity_verbs=frozenset(w.lower() for w in measures.get("capacity_verbs") or ()),
        people_killing_verbs=word_set(measures, "people_killing_verbs"), people_killing_nouns=word_set(measures, "people_killing_nouns"),
        **_word_sets(measures, "burial_verbs", "burial_grounds", "nation_forms", "compelling_verbs", "shelter_verbs", "shelter_nouns"),
        losing_verbs=word_set(measures, "losing_verbs"), lost_not_dead=word_set(measures, "lost_not_dead"),
        leaving_verbs=word_set(measures, "leaving_verbs"), settlement_nouns=word_set(measures, "settlement_nouns"),
        dying_verbs=frozenset(w.lower() for w in measures.get("dying_verbs") or ()),
        unharmed_conditions=word_set(measures, "unharmed_conditions"),
        unowned_report_words=frozenset(w.lower() for w in ctx.get("unowned_report_words") or ()),
        **_word_sets(ctx, "judging_verbs", "deed_cues", "civilian_sectors", "combatant_sectors", *(k for k in CONTEXT_SCHEMA if k.startswith(_SET_PREFIXES))),
        carried_stop_words=frozenset(w.lower() for w in ctx.get("carried_stop_words") or ()),
        with_measures=frozenset(measures.get("with_measures") or ()),
        previous_value_re=_set_off_pattern(measures.get("previous_value_words")),
        compared_value_re=_set_off_pattern(measures.get("compared_value_words")),
        tally_nouns=word_set(measures, "tally_nouns"), tally_verbs=word_set(measures, "tally_verbs"),
        fate_nouns=word_set(measures, "fate_nouns"), unknown_words=word_set(measures, "unknown_words"),
        hospital_verbs=word_set(measures, "hospital_verbs"), hospital_nouns=word_set(measures, "hospital_nouns"),
        tally_prepositions=frozenset(w.lower() for w in measures.get("tally_prepositions") or ()),
        saying_tally_verbs=frozenset(w.lower() for w in measures.get("saying_tally_verbs") or ()),
        capacity_modals=frozenset(w.lower() for w in measures.get("capacity_modals") or ()),
        group_prepositions=word_set(measures, "group_prepositions"), group_pronouns=word_set(measures, "group_pronouns"),
        undergo_verbs=word_set(measures, "undergo_verbs"), raising_verbs=word_set(measures, "raising_verbs"),
        relative_measures=frozenset(w.lower() for w in measures.get("relative_measures") or ()),
        prospect_modals={str(k).lower(): str(v) for k, v in (measures.get("prospect_modals") or {}).items()},
        estimate_verbs=frozenset(w.lower() for w in measures.get("estimate_verbs") or ()),
        captive_measures=frozenset((measures.get("freed") or {}).get("measures") or ()),
        result_participle_measures=frozenset(measures.get("result_participle_measures") or ()),
        freed_verbs=frozenset(w.lower() for w in (measures.get("freed") or {}).get("verbs") or ()),
        freed_re=re.compile(rf"\b{alternation(freed_states)}\b", re.I) if freed_states else None,
        source_verbs=frozenset(ctx["source_verbs"]), giving_verbs=word_set(ctx, "giving_verbs"),
        hearing_verbs=word_set(ctx, "hearing_verbs"), origin_verbs=word_set(ctx, "origin_verbs"),
        restating_adverbs=word_set(ctx, "restating_adverbs"), time_prepositions=frozenset(ctx["time_prepositions"]),
        place_prepositions=frozenset(ctx["place_prepositions"]), bearing_words=word_set(ctx, "bearing_words"),
        struck_prepositions=word_set(ctx, "struck_prepositions"), struck_clause_marks=word_set(ctx, "struck_clause_marks"),
        misread_place_labels=frozenset(ctx["misread_place_labels"]),
        misread_village_labels=frozenset(ctx["misread_village_labels"]),
        place_head_nouns=frozenset(w.lower() for w in ctx["place_head_nouns"]),
        numbers=nw,
        stance=load_stance_words(resources),
        markup=build_markup(resources.yaml("figures/markup.yaml", MARKUP_SCHEMA)),
        confidence=Confidence(**{k: float(conf[k]) for k in ("default", "vague", "fraction", "word_one")}),
        **_number_patterns(nw, vague, ctx),
        **_unit_patterns(units, units_ci, units_cs, q_before, q_after),
        **_context_patterns(ctx, measures, cues),
    )


def _set_off_pattern(words: list[str] | None) -> re.Pattern[str] | None:
    """Words set off by a comma or a bracket right before a number ("..., up from 52", "...,
    higher than the 17")."""
    return re.compile(rf"[,(]\s*(?:{alternation(words)})\s*$", re.I) if words else None
