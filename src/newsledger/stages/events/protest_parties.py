"""The parties of a protest as PLOVER codes them: the country of the protesters as its source and
the country where it is held as its target (the gold records: "Thousands of Iraqi Kurds
demonstrated in Kirkuk" IRQ -> IRQ, "students throughout Indonesia staged demonstrations" IDN ->
IDN). A protest by a people or by groups of one country that names no target ("Tens of thousands
of Armenians gathered in Yerevan", "Haitian farmers and students blocked roads") is aimed at
their own country, whatever kind of actor the demonym resolves to (a people protests, a state
complains: ``state_complaint`` turns a state's protest into an ACCUSE first); a protest whose
crowd names no country ("Thousands rally in Tbilisi", "protests broke out in Bamenda, Cameroon")
takes the country of the place where it is held as its source, read from that place (not a claim,
``source_from_place``), and as its target when it has none; so does a crowd named by a sector or
a kind of people with no country ("rioters torched shops in the Haitian town of X", "indigenous
groups held a march in Brasilia"); a protest found by a report construction
(``reports.yaml``: "the arrest sparked protests in Nairobi") takes the place's country as its
target only, and keeps no invented source."""

from __future__ import annotations

from .lexicon import plover_of
from .places import in_scene_phrase, own_country, scene
from .types import Arg, Context, Found


def protest_parties(ctx: Context, f: Found) -> None:
    """Complete a protest's source and target from its protesters' country or its place."""
    if plover_of(ctx.cameo, f) != "PROTEST" or (f.pattern is not None and f.pattern.symmetric):
        return
    if f.source.ids and not f.target.ids:
        home = own_country(ctx, f) or _one_country(ctx, f)
        if home:
            f.target, f.target_from_source = home, True
        return
    crowd = _countryless(ctx, f.source)
    where = scene(ctx, f) if not f.source or crowd else Arg()
    if crowd and not where and len(_countries(ctx, f.target)) == 1 and all(in_scene_phrase(ctx, t) for t in f.target.tokens):
        where = f.target  # "in Turkish prisons", "in the Haitian town of X": the place as the target already
    if not where:
        return
    if crowd and f.target.ids and _countries(ctx, f.target) != _countries(ctx, where):
        return  # "protesters stoned Russian soldiers in Madrid": aimed at another party, not the place
    if crowd:  # "rioters torched shops in the Haitian town of X": the crowd is of the place
        f.source, f.source_from_place = where, True
        f.target = f.target if f.target.ids else where
        return
    if not f.target.ids:
        f.target = where
    if f.pattern is not None:  # a report construction invents no source ("arrest sparked protests in Nairobi")
        f.source, f.source_from_place = scene(ctx, f), True


def _countryless(ctx: Context, source: Arg) -> bool:
    """A crowd named with no country of its own ("rioters", "indigenous groups", "jailed opposition
    politicians"): a source whose actors resolve to a sector or to nothing, never to a country."""
    if not source or any((m := ctx.mention(t)) is not None and m.label == "NORP" for t in source.tokens):
        return False  # a people of no country ("Kurds rallied in Stockholm") is no crowd of the place
    return not any((a := ctx.actor(i)) is not None and a.country for i in source.ids)


def _countries(ctx: Context, arg: Arg) -> set[str]:
    return {c for i in arg.ids if (a := ctx.actor(i)) is not None and (c := a.country)}


def _one_country(ctx: Context, f: Found) -> Arg:
    """A compound source of one country ("Haitian farmers and students") as its own target: the
    country's actor when the article has one, else the compound itself (its code names it)."""
    codes = {c for i in f.source.ids if (a := ctx.actor(i)) is not None
             for m in a.members if (ma := ctx.actor(m)) is not None and (c := ma.country)}
    if len(codes) != 1:
        return Arg()
    place = f"country:{codes.pop()}"
    ids = [place if place in ctx.actors else f.source.ids[0]]
    return Arg(tokens=list(f.source.tokens), ids=ids, spans=list(f.source.spans), named=True)
