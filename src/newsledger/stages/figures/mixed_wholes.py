"""A count of people with a part that are combatants ("31 people, including 23 security
personnel, lost their lives"; "14 people, among them six soldiers"): the whole is no group of
civilians, whatever its generic noun was read as. It keeps no group then: the text says only that
people died, some of them armed (context.yaml ``civilian_sectors``, ``combatant_sectors``)."""

from __future__ import annotations

from ...records import ActorLayer, Figure


def mixed_wholes(figures: list[Figure], actors: ActorLayer, civilian: frozenset[str],
                 combatant: frozenset[str]) -> None:
    """Drop the civilian group of each figure that has a part (``part_of``) whose group is of a
    combatant sector, in place (sector codes compared lower-cased, as the lexicon's word sets are)."""
    index = {f.id: i for i, f in enumerate(figures)}
    for part in list(figures):
        i = index.get(part.part_of or "")
        if i is None or not _sectors(actors, part.group_actor_id) & combatant:
            continue
        whole = figures[i]
        sectors = _sectors(actors, whole.group_actor_id)
        if sectors and sectors <= civilian:
            figures[i] = whole.replace(group_actor_id=None)


def _sectors(actors: ActorLayer, actor_id: str | None) -> frozenset[str]:
    actor = actors.actor(actor_id)
    return frozenset(s.lower() for s in actor.sectors) if actor is not None else frozenset()


__all__ = ["mixed_wholes"]
