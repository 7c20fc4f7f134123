"""PLOVER's vocabularies (``data/exports/plover.yaml``): the modes of each event type, the
contexts, the conflict-cooperation scores, the entity codes and the sectors, and how newsledger's
own values (CAMEO sectors, the event stage's modes and context labels, the actor dictionary's
organisations) are written in them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..records import Actor
from ..resources import MapOf, Required, Resources

VOCABULARY_FILE = "exports/plover.yaml"

VOCABULARY_SCHEMA = Required(
    {"codebook": str, "modes": MapOf([str]), "mode_aliases": MapOf(MapOf(str)),
     "scores": MapOf((int, float)), "mode_scores": MapOf(MapOf((int, float))),
     "contexts": [str], "context_aliases": MapOf(str), "entity_codes": [str],
     "country_codes": MapOf(str), "organisation_codes": MapOf(str),
     "organisation_type_codes": MapOf(str), "sector_entity_codes": MapOf(str),
     "sectors": [str], "sector_map": MapOf(str)},
    frozenset({"codebook", "modes", "scores", "contexts", "entity_codes", "sectors", "sector_map"}),
)


@dataclass(frozen=True)
class Vocabulary:
    """PLOVER's closed lists, and the codes of the actor dictionary's organisations and people."""

    codebook: str
    modes: dict[str, tuple[str, ...]]
    mode_aliases: dict[str, dict[str, str]]
    scores: dict[str, float]
    mode_scores: dict[str, dict[str, float]]
    contexts: tuple[str, ...]
    context_aliases: dict[str, str]
    entity_codes: tuple[str, ...]
    country_codes: frozenset[str]
    country_names: dict[str, str]
    country_renames: dict[str, str]
    sectors: tuple[str, ...]
    sector_map: dict[str, str]
    sector_entity_codes: dict[str, str]
    actor_codes: dict[str, str]

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(self.modes)

    def event_modes(self, plover: str, raw: Iterable[str]) -> list[str]:
        """The modes of ``raw`` that belong to the type ``plover`` (renamed where listed)."""
        allowed = self.modes.get(plover, ())
        aliases = self.mode_aliases.get(plover, {})
        out = [aliases.get(m, m) for m in raw]
        return sorted({m for m in out if m in allowed})

    def event_contexts(self, raw: Iterable[str]) -> list[str]:
        """The contexts of ``raw`` that are PLOVER's (renamed where listed)."""
        out = {self.context_aliases.get(c, c) for c in raw}
        return sorted(c for c in out if c in self.contexts)

    def scale(self, plover: str, modes: Iterable[str]) -> float | None:
        """PLOVER's conflict-cooperation score of a type with these modes (their mean)."""
        if plover not in self.scores:
            return None
        base = self.scores[plover]
        values = [self.mode_scores.get(plover, {}).get(m, base) for m in modes]
        return round(sum(values) / len(values), 2) if values else base

    def sector(self, sectors: Iterable[str]) -> str:
        """The PLOVER sector field: the first two PLOVER sectors of ``sectors``, joined (3 or 6
        characters); CAMEO sectors are renamed and those with no PLOVER sector dropped."""
        out: list[str] = []
        for s in sectors:
            p = self.sector_map.get(s, s)
            if p in self.sectors and p not in out:
                out.append(p)
        return "".join(out[:2])

    def entity_code(self, actor: Actor) -> str | None:
        """The 3-character entity code: a country (ISO 3166 alpha-3, Kosovo KOS), or a Table 5.1
        code for the UN, the EU, other IGOs, NGOs, multinational companies and transnational
        armed groups; None when neither is known."""
        if actor.id in self.actor_codes:
            return self.actor_codes[actor.id]
        if actor.country:
            code = self.country_renames.get(actor.country, actor.country)
            return code if code in self.country_codes else None
        for s in actor.sectors:
            if s in self.sector_entity_codes:
                return self.sector_entity_codes[s]
        return None

    def valid_code(self, code: str) -> bool:
        return code in self.country_codes or code in self.entity_codes

    def valid_sector(self, sector: str) -> bool:
        parts = [sector[i:i + 3] for i in range(0, len(sector), 3)]
        return len(sector) in (3, 6) and all(p in self.sectors for p in parts)


def _organisation_codes(resources: Resources, d: dict[str, dict[str, str]]) -> dict[str, str]:
    """Actor id -> entity code for the dictionary's organisations (through their parents) and the
    people whose organisation (or non-ISO country, such as ``UN``) is one of them."""
    rows = {r["id"]: r for r in resources.csv("actors/organisations.csv", ("id", "country", "type", "parent"))}
    roots = d.get("organisation_codes", {})
    by_type = d.get("organisation_type_codes", {})

    def code_of(oid: str, seen: frozenset[str] = frozenset()) -> str | None:
        row = rows.get(oid)
        if row is None or oid in seen:
            return None
        if oid in roots:
            return roots[oid]
        parent = (row.get("parent") or "").strip()
        up = code_of(parent, seen | {oid}) if parent else None
        if up is not None:
            return up
        if (row.get("country") or "").strip():
            return None
        return by_type.get((row.get("type") or "").strip())

    def actor_id(prefix: str, rid: str) -> str:  # as the actor dictionary writes ids
        return rid if ":" in rid else f"{prefix}:{rid}"

    out: dict[str, str] = {}
    for oid in rows:
        code = code_of(oid)
        if code:
            out[actor_id("org", oid)] = code
    for name in ("actors/people.csv", "actors/extra_people.csv"):
        for r in resources.csv(name, ("id", "country", "organisation")):
            org = (r.get("organisation") or "").strip() or (r.get("country") or "").strip().lower()
            code = out.get(actor_id("org", org)) if org else None
            if code and len((r.get("country") or "").strip()) != 3:
                out[actor_id("person", r["id"].strip())] = code
    return out


def load_vocabulary(resources: Resources) -> Vocabulary:
    """The PLOVER vocabularies, read once per ``resources``."""
    def build() -> Vocabulary:
        d = resources.yaml(VOCABULARY_FILE, VOCABULARY_SCHEMA)
        countries = resources.csv("actors/countries.csv", ("code", "name"))
        renames = {k: str(v) for k, v in d.get("country_codes", {}).items()}
        codes = {renames.get(r["code"], r["code"]) for r in countries}
        names = {renames.get(r["code"], r["code"]): r["name"] for r in countries}
        return Vocabulary(
            codebook=d["codebook"], modes={k: tuple(v) for k, v in d["modes"].items()},
            mode_aliases={k: dict(v) for k, v in d.get("mode_aliases", {}).items()},
            scores={k: float(v) for k, v in d.get("scores", {}).items()},
            mode_scores={k: {m: float(s) for m, s in v.items()} for k, v in d.get("mode_scores", {}).items()},
            contexts=tuple(d["contexts"]), context_aliases=dict(d.get("context_aliases", {})),
            entity_codes=tuple(d["entity_codes"]), country_codes=frozenset(codes), country_names=names,
            country_renames=renames, sectors=tuple(d["sectors"]), sector_map=dict(d["sector_map"]),
            sector_entity_codes=dict(d.get("sector_entity_codes", {})),
            actor_codes=_organisation_codes(resources, d))

    vocabulary: Vocabulary = resources.memo(("exports", "vocabulary"), build)
    return vocabulary
