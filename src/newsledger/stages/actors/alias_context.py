"""Whose body an ambiguous party or chamber name is ("Republicans", "the Senate", "Congress",
the dictionary's ``ambiguous_aliases``) when the article's country words do not say it: the
country of the article's other named actors. An article that never writes "the United States"
but names Mitch McConnell, Chuck Schumer and the White House is about American politics, and its
"Republicans" are the US party; a story about Iran's nuclear deal that names Iran most but whose
people are US senators keeps "the Senate" the US Senate.

The evidence is the named people and bodies the dictionary knows, each counted once, whose form
names no one else (an ambiguous alias, or a surname two people share across countries, gives no
evidence): a country counts as the article's context when at least ``alias_context_actors``
(``coref.yaml``) of them are its, and no other country has more. A single actor never decides
it, so a name beside one foreign leader ("Prime Minister Albanese said the Senate ...") stays as
the country words read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .state import ArticleState
from .types import CAT_SECTOR, Atom


def context_countries(state: ArticleState, atoms: Iterable[Atom]) -> Counter[str]:
    """Countries of the named people and bodies among ``atoms``, one count per actor; a span
    whose readings are of several countries counts for none."""
    d = state.d
    spans: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for a in atoms:
        if a.table == "person" and a.ref in d.people:
            code = d.people[a.ref].country
        elif a.table == "organisation" and a.ref in d.organisations \
                and a.ref not in d.ambiguous_org_forms.get(a.key, ()):
            code = d.organisations[a.ref].country or ""
        else:
            continue
        spans.setdefault((a.start, a.end), set()).add((a.ref, code if code in d.countries else ""))
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for readings in sorted(spans.values(), key=len):
        codes = {code for _, code in readings}
        refs = {ref for ref, _ in readings}
        if len(codes) != 1 or "" in codes or refs & seen:
            continue
        seen |= refs
        counts[codes.pop()] += 1
    return counts


def named_by_context(state: ArticleState, country: str) -> bool:
    """Whether the article's named actors make ``country`` its context (see the module docstring)."""
    counts = state.context_countries
    n = counts[country]
    return n >= state.rules.alias_context_actors and all(n >= k for k in counts.values())


def party_member_groups(state: ArticleState) -> None:
    """A group noun after a party's capitalised adjective ("Republican lawmakers", "Democratic
    senators", "GOP candidates"; ``party_member_adjectives`` in ``coref.yaml``) that no country
    word places: members of that party, so of its country, when the article names that country
    or its named actors make it the context (:func:`named_by_context`); the noun keeps its sectors
    (lawmakers LEG, candidates PTY)."""
    adjectives = state.rules.party_member_adjectives
    if not adjectives:
        return
    for m in state.mentions:
        head = state.doc[m.head]
        if m.kind not in ("nominal", "title") or head.tag_ not in ("NNS", "NNPS") or m.head <= m.start:
            continue
        actor = state.reg.actors.get(m.actor or "")
        if actor is not None and actor.country:
            continue
        mods = [t for t in state.doc[m.start:m.head] if t.text[:1].isupper() and not t.is_stop]
        if len(mods) != 1 or mods[0].head.i != m.head or mods[0].dep_ not in ("amod", "compound", "nmod"):
            continue  # "Social Democratic lawmakers": another party's name
        oid = adjectives.get(mods[0].lower_, "")
        org = state.d.organisations.get(oid if ":" in oid else f"org:{oid}")
        country = org.country if org is not None else None
        if not country or not (country in state.countries_named or named_by_context(state, country)):
            continue
        m.actor = state.reg.sector(country, m.sectors or ("PTY",))
        m.confidence = state.conf.plausible


def context_political_groups(state: ArticleState) -> None:
    """An unnamed group of people of a domestic political sector that no country word places
    ("the candidates", "lawmakers"; ``context_group_sectors`` in ``coref.yaml``) in an article whose
    named actors make one country its context (:func:`named_by_context`): that country's group.
    Politicians and parties act at home; a group of another sector (officials, troops,
    civilians) may be anyone's and is left alone."""
    wanted = state.rules.context_group_sectors
    home = [c for c in state.context_countries if named_by_context(state, c)]
    if not wanted or len(home) != 1:
        return
    for m in state.mentions:
        actor = state.reg.actors.get(m.actor or "")
        if actor is None:  # "Senators questioned the general": a plural title with no referent
            plural = state.doc[m.head].tag_ in ("NNS", "NNPS")
            sectors = m.sectors if m.actor is None and plural and m.kind in ("nominal", "title") else ()
        elif m.kind in ("nominal", "title") and not (actor.country or actor.members or actor.type == "person"):
            sectors = actor.sectors
        else:
            continue
        if not sectors or sectors[0] not in wanted:
            continue
        noun = state.nouns[m.head]
        kinds = state.d.sector_nouns.get(noun.key) if noun is not None and noun.cat == CAT_SECTOR else None
        if kinds and kinds[0].type == "organisation":
            continue  # "both parties", "parliament": a body, perhaps of a conflict or abroad
        m.actor = state.reg.sector(home[0], sectors)
        m.confidence = state.conf.plausible
