"""Nominalisations: the event noun of a pattern verb ("the expulsion of two diplomats", "Israel's
downgrading of ties with Ireland", "the lifting of the embargo on Liberia").

A verb's nominalisation names the same act, its doer the possessor or the "by" phrase and what
it acts on the "of" phrase (the verb's object). The nouns are the derived nouns of
``nominalisations`` in ``data/events/patterns.yaml`` and the gerunds of the patterns' one-word
verbs; each takes every pattern of its verb, the verb's object place read as the "of" phrase and
its dative as "to". A noun with patterns of its own keeps them. Such a noun counts only as an
argument-taking nominal (a possessor, an "of" phrase or a "by" phrase): "the shipping lanes" and
"a border crossing" name no act.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from spacy.tokens import Token

from .arguments import arg
from .tokens import first_child, np_matches, prep_objects
from .types import Arg, Context, EventPattern, Lexicon, Reports

VOWELS = frozenset("aeiou")
REACTION_ROOTS = frozenset({"05", "11", "12"})  # CAMEO roots of reactions: approve, disapprove, reject
# a verb's argument places and the noun's: the object is the "of" phrase, the dative a "to" phrase
NOUN_PLACE = {"dobj": "of", "dative": "to"}


def gerunds(verb: str) -> tuple[str, ...]:
    """The -ing forms a one-word verb may take: "lift" lifting, "ease" easing, "ban" banning (and
    the undoubled form: only a form that occurs ever matches)."""
    if verb.endswith("ie"):
        return (verb[:-2] + "ying",)
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return (verb[:-1] + "ing",)
    forms = [verb + "ing"]
    if len(verb) >= 3 and verb[-1] not in VOWELS | {"w", "x", "y"} and verb[-2] in VOWELS and verb[-3] not in VOWELS:
        forms.append(verb + verb[-1] + "ing")
    return tuple(forms)


def nominal_patterns(verbs: Mapping[str, list[EventPattern]], nouns: Mapping[str, list[EventPattern]],
                     derived: Mapping[str, str]) -> dict[str, list[EventPattern]]:
    """Noun patterns for the nominalisations of the verb patterns, by head noun: the listed derived
    nouns and the gerunds of one-word verbs that are no event nouns themselves; a noun that has
    patterns of its own is left out, unless listed: then the verb's patterns follow its own ("a
    missile test" is the noun's; "a test of a ballistic missile" the verb's, read only with its
    "of" phrase one of the verb's objects)."""
    pairs: list[tuple[str, tuple[str, ...]]] = [(n.lower(), tuple(v.lower().split())) for n, v in derived.items()]
    listed = {n for n, _v in pairs}
    # the gerund of a verb that is an event noun itself keeps that noun's patterns ("Lebanese
    # rallying in Beirut": a rally, not "rallying support")
    pairs += [(g, (w,)) for w, pats in verbs.items() if w not in nouns and any(p.words == (w,) for p in pats)
              for g in gerunds(w)]
    out: dict[str, list[EventPattern]] = {}
    for noun, verb in pairs:
        if noun in nouns and noun not in listed:
            continue
        for pat in verbs.get(verb[0], []):
            if pat.words == verb and not (pat.no_object or pat.no_predicate or pat.subjects):
                out.setdefault(noun, []).append(_as_noun(pat, noun))
    return out


def _as_noun(pat: EventPattern, noun: str) -> EventPattern:
    target = _places(NOUN_PLACE.get(p, p) for p in pat.target)
    # an intransitive verb's "of" phrase is its doer ("the resignation of the army chief")
    doer_of = ["of"] if "dobj" not in pat.target else []
    source = _places([*pat.noun_source, *doer_of, *(["between"] if pat.symmetric else [])])
    return replace(pat, kind="noun", words=(noun,), target=target, noun_source=source, nominal=True)


def _places(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def yield_to_reports(lexicon: Lexicon, reports: Reports) -> Lexicon:
    """The lexicon without the nominalisations of nouns a report construction reads ("the burning
    of two mosques by unknown men": the report names no doer it cannot resolve)."""
    taken = {n for r in reports.reports for n in r.nouns}
    nouns = {k: kept for k, pats in lexicon.nouns.items()
             if (kept := tuple(p for p in pats if not (p.nominal and k in taken)))}
    return replace(lexicon, nouns=nouns)


def answered(n: Token, head_patterns: Iterable[EventPattern]) -> bool:
    """A nominalisation that a reaction takes as its object ("condemned Israel's storming of the
    mosque", "welcomed the lifting of sanctions"): the reaction's topic, coded as the reaction
    (``head_patterns``: the patterns of the verb it is the object of). A reaction held to its own
    objects reacts to nothing else: "announced an amnesty" is a pardon, "announced the confiscation
    of a plant" tells the confiscation."""
    return n.dep_ == "dobj" and any(
        p.cameo[:2] in REACTION_ROOTS and (not p.objects or any(np_matches(n, o) for o in p.objects))
        for p in head_patterns)


def takes_arguments(n: Token, pat: EventPattern) -> bool:
    """A nominalisation names an act only with its arguments: a possessor, a "by" phrase or an "of"
    phrase; with the verb's objects, the "of" phrase must be one of them ("the lifting of the
    embargo", not "the lifting of spirits")."""
    ofs = prep_objects(n, "of")
    if pat.objects:
        return any(np_matches(o, obj) for o in ofs for obj in pat.objects)
    return bool(ofs or prep_objects(n, "by") or first_child(n, "poss") is not None)


def nominal_target(ctx: Context, n: Token, pat: EventPattern) -> Arg:
    """Whom a nominalisation's act is aimed at, read as its verb's would be: the "of" phrase (the
    verb's object) unless it is the pattern's own object, the verb's other places on the noun or on
    that object ("the lifting of the embargo on Liberia"), else an actor inside the object ("the
    expulsion of two Belarusian diplomats")."""
    ofs = prep_objects(n, "of")
    hit = next((o for o in ofs for obj in pat.objects if np_matches(o, obj)), None)
    holders = [n, *([hit] if hit is not None else ofs[:1])]
    for place in pat.target:
        cands = [o for o in ofs if hit is None or o.i != hit.i] if place == "of" else [
            o for h in holders for o in prep_objects(h, place)]
        for c in cands:
            got = arg(ctx, c, allow_vague=False) or arg(ctx, c, deep=True, allow_vague=False)
            if got:
                return got
    return arg(ctx, hit, deep=True, allow_vague=False) if hit is not None else Arg()


__all__ = ["REACTION_ROOTS", "answered", "gerunds", "nominal_patterns", "nominal_target", "takes_arguments", "yield_to_reports"]
