"""The lookup indexes of the actor dictionary, built once its tables are loaded: surface forms
(names, demonyms, capitals, offices), sector nouns, titles, framing terms, anaphors, office
holders and government bodies."""

from __future__ import annotations

from collections.abc import Mapping

from .dictionary import ActorDictionary
from .tables import AnaphorEntry, SurfaceRef, TitleEntry, body_words, norm


def build_indexes(d: ActorDictionary) -> None:
    """Fill the index fields of ``d`` from its tables."""
    d.surfaces = {}
    d.originals = {}
    d.ambiguous_forms = set()
    _index_countries(d)
    _index_names(d)
    _index_nouns(d)
    _index_offices(d)
    d.ambiguity = {norm(a.name): a for a in d.rules.ambiguity}
    d.ambiguous_forms.update(d.ambiguity)
    _index_bodies(d)
    _index_holders(d)


def _orig(d: ActorDictionary, form: str) -> str:
    """The lookup key of ``form``, noting the form as written."""
    k = norm(form)
    if k:
        d.originals.setdefault(k, set()).add(" ".join(form.replace("’", "'").split()))
    return k


def _add(d: ActorDictionary, form: str, table: str, key: str) -> None:
    k = _orig(d, form)
    if not k:
        return
    refs = d.surfaces.setdefault(k, [])
    ref = SurfaceRef(table, key)
    if ref not in refs:
        refs.append(ref)


def _index_countries(d: ActorDictionary) -> None:
    for c in d.countries.values():
        if c.is_ambiguous:
            d.ambiguous_forms.update(norm(t) for t in (c.ambiguous_terms or (c.name,)))
        for n in c.names:
            _add(d, n, "country", c.code)
        for n in c.demonyms:
            _add(d, n, "demonym", c.code)
        for n in c.adjectives:
            _add(d, n, "adjective", c.code)
        for n in c.capitals:
            _add(d, n, "capital", c.code)


def _index_names(d: ActorDictionary) -> None:
    for p in d.people.values():
        for n in p.names:
            _add(d, n, "person", p.id)
    d.ambiguous_org_forms = {}
    for o in d.organisations.values():
        for n in o.names:
            _add(d, n, "organisation", o.id)
        for n in o.ambiguous_aliases:
            d.ambiguous_org_forms.setdefault(norm(n), set()).add(o.id)
    for g in d.groups.values():
        for n in g.names:
            _add(d, n, "group", g.id)
    for pl in d.places.values():
        if pl.country:
            for n in pl.names:
                _add(d, n, "place", pl.country)


def _index_nouns(d: ActorDictionary) -> None:
    d.sector_nouns = {}
    for t in d.sector_terms.values():
        d.sector_nouns[_orig(d, t.term)] = (t, False)
        if t.plural:
            d.sector_nouns[_orig(d, t.plural)] = (t, True)
    d.title_forms = {}
    for ti in d.titles.values():
        for n in ti.names:
            d.title_forms[_orig(d, n)] = ti
    d.framing_forms = {_orig(d, f.term): f for f in d.framing.values()}
    d.anaphors = {_orig(d, a.term): a for a in d.rules.anaphors}
    for h in d.rules.organisation_anaphors:  # "the council": the council named before, if any
        if norm(h) not in d.anaphors and norm(h) not in d.sector_nouns and norm(h) not in d.title_forms:
            d.anaphors[_orig(d, h)] = AnaphorEntry(term=h, targets=("organisation",), named=True)


def _index_offices(d: ActorDictionary) -> None:
    d.office_people = {}
    framing_keys = set(d.framing_forms)
    for p in d.people.values():
        # a title of two words or more with no general title in it names one office ("UN chief");
        # the others ("Iranian Supreme Leader") are read from their parts
        for t in p.titles:
            if len(t.split()) >= 2 and norm(t) not in framing_keys and not has_title(norm(t), d.title_forms):
                _add(d, t, "office", t)
                d.office_people.setdefault(norm(t), [])
                if p.id not in d.office_people[norm(t)]:
                    d.office_people[norm(t)].append(p.id)


def _index_bodies(d: ActorDictionary) -> None:
    d.bodies = {}
    d.children = {}
    for o in d.organisations.values():
        if o.parent:
            d.children.setdefault(o.parent, []).append(o.id)
        c = d.countries.get(o.country or "")
        if c is None:
            continue
        own = {w.lower() for n in (*c.names, *c.demonyms, *c.adjectives) for w in n.replace("'s", "").split()}
        for n in o.names:
            words = body_words(w for w in n.replace("'s", "").replace("’s", "").split() if w.lower() not in own)
            if words:
                d.bodies.setdefault((c.code, words), o.id)


def _index_holders(d: ActorDictionary) -> None:
    d.holders = {}
    d.honorific_people = {}
    for rows in d.person_terms.values():
        for p in rows:
            if p.role:
                for role in role_keys(p.role, d.title_forms):
                    d.holders.setdefault((role, p.country or ""), []).append(p)
    for p in d.people.values():
        for t in p.titles:
            d.honorific_people.setdefault(norm(t), []).append(p.id)


def has_title(key: str, title_forms: Mapping[str, TitleEntry]) -> bool:
    words = key.split()
    return any(" ".join(words[i:j]) in title_forms for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def role_keys(role: str, title_forms: Mapping[str, TitleEntry]) -> set[str]:
    """The role as written, plus the canonical role its title entry gives."""
    keys = {role.lower()}
    te = title_forms.get(norm(role))
    if te is not None and te.role:
        keys.add(te.role.lower())
    return keys


