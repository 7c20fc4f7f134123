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
from .types import Atom


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
