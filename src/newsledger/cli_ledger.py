"""``newsledger ledger ...``: build the ledger and read its events, claim threads and profiles."""

from __future__ import annotations

import click

from .cli_support import DB_HELP, db_option, display_name, emit, fail, handle_errors

_LEDGER_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
                              default="table", show_default=True)
_LEDGER_DB = click.option("--db", default=None, callback=db_option, help=DB_HELP)


@click.group()
def ledger() -> None:
    """The ledger across sources: one event, many reports; one figure, many claims; each outlet's
    framing. Built on first use, and brought up to date when the database has changed."""


@ledger.command(name="build")
@_LEDGER_DB
@click.option("--window-days", type=click.IntRange(0), default=3, show_default=True,
              help="Reports of one event lie within this many days.")
@click.option("--min-actor-overlap", type=click.IntRange(0, 2), default=1, show_default=True,
              help="Roles (source, target) that must share an actor.")
@click.option("--place-match/--no-place-match", default=True, show_default=True,
              help="Two given places must match.")
@click.option("--figure-window-days", type=click.IntRange(0), default=7, show_default=True,
              help="Claims not tied to an event join a thread begun at most this long before.")
@click.option("--actor-match", type=click.Choice(["country", "id"]), default="country", show_default=True,
              help="Share an actor: the same actor or country (country), or the same actor only (id).")
@click.option("--modality", "modalities", multiple=True, default=("asserted", "negated"), show_default=True,
              help="Event modalities taken into the ledger (repeat the option).")
@click.option("--max-role-conflicts", type=click.IntRange(0, 2), default=0, show_default=True,
              help="Roles that may name different actors in two reports of one event.")
@click.option("--story-places/--no-story-places", default=True, show_default=True,
              help="Towns named in an article's opening count as the place of its events.")
@click.option("--full", is_flag=True,
              help="Rebuild the whole ledger, even when it can be updated with the articles added since.")
@_LEDGER_FORMAT
@handle_errors
def ledger_build(db: str, window_days: int, min_actor_overlap: int, place_match: bool,
                 figure_window_days: int, actor_match: str, modalities: tuple[str, ...],
                 max_role_conflicts: int, story_places: bool, full: bool, fmt: str) -> None:
    """Build the ledger (events, claim threads, outlet and actor profiles): updated with the
    articles added since the last build when the settings are the same and nothing else
    changed (the same result as a full build), else (or with --full) rebuilt whole."""
    from .ledger import LedgerConfig, build_ledger, open_ledger, summary_table

    config = LedgerConfig(window_days=window_days, min_actor_overlap=min_actor_overlap,
                          require_place_match=place_match, figure_window_days=figure_window_days,
                          actor_match=actor_match, modalities=tuple(modalities),
                          max_role_conflicts=max_role_conflicts, story_places=story_places)
    with open_ledger(db, build="never") as store:
        summary = build_ledger(store, config, incremental=not full)
    emit(summary_table(summary), summary, fmt, f"ledger of {display_name(db)}")


@ledger.command(name="events")
@_LEDGER_DB
@click.option("--actor", help="Actor id or part of its name.")
@click.option("--role", type=click.Choice(["source", "target"]), help="Only where the actor is this.")
@click.option("--type", "type_", help="PLOVER event type.")
@click.option("--since", help="Event on or after (YYYY-MM-DD).")
@click.option("--until", help="Event on or before (YYYY-MM-DD).")
@click.option("--outlet", help="Reported by this outlet (or part of its name).")
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Only events reported by at least this many outlets.")
@click.option("--mentions", "per_mention", is_flag=True, help="One row per mention (table and CSV).")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@_LEDGER_FORMAT
@handle_errors
def ledger_events_cmd(db: str, actor: str | None, role: str | None, type_: str | None, since: str | None,
                      until: str | None, outlet: str | None, min_outlets: int, per_mention: bool, limit: int,
                      offset: int, fmt: str) -> None:
    """Ledger events: each happening with every report of it, its outlets and why they were grouped."""
    from .ledger import events_table, ledger_events, mentions_table, open_ledger

    with open_ledger(db) as store:
        events = ledger_events(store, actor=actor, role=role, type=type_, since=since, until=until,
                               outlet=outlet, min_outlets=min_outlets, limit=limit, offset=offset)
    table = mentions_table(events) if per_mention else events_table(events)
    emit(table, events, fmt, f"ledger events ({len(events)} shown)")


@ledger.command(name="claims")
@_LEDGER_DB
@click.option("--measure", help="killed, injured, displaced, ...")
@click.option("--actor", help="A source cited, the group counted or the perpetrator (id or part of the name).")
@click.option("--group", help="Who is counted (people, children, combatants, ...).")
@click.option("--since", help="Reported on or after (YYYY-MM-DD).")
@click.option("--until", help="Reported on or before (YYYY-MM-DD).")
@click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True,
              help="Only threads with claims from at least this many outlets.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@_LEDGER_FORMAT
@handle_errors
def ledger_claims_cmd(db: str, measure: str | None, actor: str | None, group: str | None, since: str | None,
                      until: str | None, min_outlets: int, limit: int, offset: int, fmt: str) -> None:
    """Claim threads: each outlet's figure for one quantity, its qualifier, source and role."""
    from .ledger import claim_threads, claims_table, open_ledger

    with open_ledger(db) as store:
        threads = claim_threads(store, measure=measure, actor=actor, group=group, since=since, until=until,
                                min_outlets=min_outlets, limit=limit, offset=offset)
    emit(claims_table(threads), threads, fmt, f"claim threads ({len(threads)} shown)")


@ledger.command(name="outlets")
@click.argument("name", required=False)
@_LEDGER_DB
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Entries per list.")
@_LEDGER_FORMAT
@handle_errors
def ledger_outlets_cmd(name: str | None, db: str, top: int, fmt: str) -> None:
    """Outlet profiles (or one outlet's, by NAME): framing, unattributed shares, whom it quotes."""
    from .ledger import (
        open_ledger,
        outlet_detail_table,
        outlet_profile,
        outlet_profiles,
        outlets_table,
    )

    with open_ledger(db) as store:
        if name is None:
            profiles = outlet_profiles(store, top=top)
            emit(outlets_table(profiles), profiles, fmt, f"outlets ({len(profiles)})")
            return
        profile = outlet_profile(store, name, top=top)
    if profile is None:
        fail(f"no single outlet matching {name!r} in {display_name(db)}")
        return
    emit(outlet_detail_table(profile), profile, fmt, profile.outlet)


@ledger.command(name="actor")
@click.argument("name")
@_LEDGER_DB
@click.option("--recent", type=click.IntRange(1), default=10, show_default=True,
              help="Latest records shown per kind.")
@_LEDGER_FORMAT
@handle_errors
def ledger_actor_cmd(name: str, db: str, recent: int, fmt: str) -> None:
    """An actor's profile (NAME: id or name): what it said, did, suffered and claimed."""
    from .ledger import actor_profile, actor_table, open_ledger

    with open_ledger(db) as store:
        profile = actor_profile(store, name, recent=recent)
    if profile is None:
        fail(f"no actor matching {name!r} in {display_name(db)}")
        return
    emit(actor_table(profile), profile, fmt, profile.actor.name)
