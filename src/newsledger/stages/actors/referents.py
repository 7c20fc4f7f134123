"""What a framing label of the lexicon denotes (``data/actors/framing.csv``): the lexicon's
referent, the country named before the label, or nothing where the story names none of the
label's parties.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .countries import modifier_country
from .phrases import country_modifiers
from .state import ArticleState
from .tables import FramingTerm
from .types import Phrase


def named_country_label(state: ArticleState, m: Phrase, ft: FramingTerm) -> str | None:
    """A label the lexicon ties to one country's forces, with another country named before it in
    the phrase ("the Rwandan occupation forces", "Russian occupation forces"): that country's, not
    the lexicon's ("occupation forces" alone, in a story of Gaza, stays Israel's)."""
    ref = ft.refers_to.strip().upper()
    if len(ref) != 3 or ref not in state.d.countries:
        return None
    codes = {c for a in country_modifiers(state, m) if (c := modifier_country(state, a))}
    if len(codes) != 1 or ref in codes:
        return None
    return state.reg.sector(codes.pop(), (ft.sector,) if ft.sector else ("GOV",))


def framing_referent(state: ArticleState, ft: FramingTerm) -> str | None:
    """What a label denotes, from the lexicon: a country code (its government, or the sector
    given), or the id of a person, organisation or group. A label tied to one person or
    organisation ("resistance movement" → Hamas) counts only when the article names them; a label
    the parties of several conflicts use of each other (``shared``: "occupation forces", "terrorist
    state") only in a story that names a party of the lexicon's conflict ("occupation forces" are
    Israel's in a story of Gaza, nobody's in one of Goma that names no country before them)."""
    ref = ft.refers_to.strip()
    if not ref or (ft.shared and not conflict_named(state, ft.conflict)):
        return None
    if len(ref) == 3 and ref.upper() in state.d.countries:
        return state.reg.sector(ref.upper(), (ft.sector,) if ft.sector else ("GOV",))
    keys = [ref] if ":" in ref else [f"person:{ref}", f"org:{ref}", f"group:{ref}"]
    for k in keys:
        if k in state.d.people:
            return state.reg.person(k) if k in state.named_refs else None
        if k in state.d.organisations:
            return state.reg.org(k) if k in state.named_refs else None
        if k in state.d.groups:
            return state.reg.group(k) if group_named(state, k, ft.conflict) else None
    if ref.startswith("state:") and ref[6:] in state.d.countries:
        return state.reg.state(ref[6:])
    code = state.d.country_of_word(ref)
    return state.reg.state(code) if code else None


def group_named(state: ArticleState, key: str, conflict: str = "") -> bool:
    """A group of known members is a label's referent only where the article names it, one of
    its members or a country of the label's conflict ("israel-palestine": Israel, Palestine;
    "the resistance" is Iran-aligned groups in a story of Gaza or beside Hezbollah, not in one of
    Myanmar's protests), as a person or organisation is only where named."""
    g = state.d.groups[key]
    members = (*g.member_orgs, *g.members)
    if not members or key in state.named_refs or any(m in state.named_refs for m in members):
        return True
    return conflict_named(state, conflict)


def sole_member(state: ArticleState, m: Phrase, referent: str | None) -> str | None:
    """A label in the singular that denotes a group of organisations ("the Resistance": the
    Iran-aligned groups), in a story that names exactly one of them, in a sentence before the
    label's ("The Islamic Resistance in Lebanon mourned ... The Resistance said"): that
    organisation, which the singular label goes on naming. A plural label ("terror proxies"), a
    story naming two members, or a member named only in the label's own sentence ("Hezbollah
    praised the resistance": another party than itself) keeps the group."""
    g = state.d.groups.get(referent or "")
    if g is None or state.doc[m.head].tag_ in ("NNS", "NNPS"):
        return referent
    named = [o for o in g.member_orgs if o in state.named_refs and o in state.d.organisations]
    before = any(p.actor == named[0] and p.sentence < m.sentence for p in state.mentions) if len(named) == 1 else False
    return state.reg.org(named[0]) if before else referent


def conflict_named(state: ArticleState, conflict: str) -> bool:
    """The article names a country of ``conflict`` (the lexicon's name of it, its parties joined
    by hyphens: "israel-palestine", "russia-ukraine"), as a name or by evidence of its places."""
    parties = {state.d.country_of_word(w) for w in conflict.split("-") if w}
    return any(c is not None and (c in state.named_refs or c in state.evidence) for c in parties)
