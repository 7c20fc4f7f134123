"""Human-readable rendering of an analysis for the terminal (used by ``newsledger show``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .records import Analysis


def _actor_name(an: Analysis, actor_id: str | None) -> str:
    actor = an.actor(actor_id)
    return f"{actor.name} ({actor.code})" if actor else (actor_id or "")


def render_analysis(an: Analysis, console: Console) -> None:
    a = an.article
    console.print(f"[bold]{a.title or '(untitled)'}[/]", highlight=False)
    meta = " | ".join(x for x in (a.outlet, a.byline, a.published, a.url) if x)
    if meta:
        console.print(meta, style="dim", highlight=False)
    console.print(f"id {a.id}  {len(a.text.split()):,} words  {len(an.sentences)} sentences\n",
                  style="dim", highlight=False)
    console.print(a.text, highlight=False)
    console.print()

    def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
        if not rows:
            console.print(f"[bold]{title}[/]: none", highlight=False)
            return
        t = Table(title=title, title_justify="left")
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*r)
        console.print(t)

    table("Actors", ["mention", "actor", "sentence"],
          [[m.text, _actor_name(an, m.actor_id) or "(unresolved)", str(m.sentence)] for m in an.mentions])
    table("Quotes", ["kind", "speaker", "content", "stance", "sentence"],
          [[q.kind, (q.speaker.text if q.speaker else "")
            + (f" ({q.speaker_described.text})" if q.speaker_described else "")
            + (f" = {_actor_name(an, q.speaker_actor_id)}" if q.speaker_actor_id else ""),
            q.content.text, q.stance, str(q.sentence)] for q in an.quotes])
    table("Figures", ["text", "value", "qualifier", "measure", "group", "attribution", "stance"],
          [[f.text, f"{f.value_low:g}" + (f"-{f.value_high:g}" if f.value_high != f.value_low else ""),
            f.qualifier or "", f.measure or f.kind, f.group or "", f.attribution, f.stance] for f in an.figures])
    table("Events", ["type", "source", "predicate", "target", "modality", "stance", "claimed by"],
          [[e.plover, ("(not named)" if e.source_basis == "place" else
                       ", ".join(_actor_name(an, x) for x in e.source_actor_ids) or (e.source.text if e.source else "")),
            e.predicate.text,
            ", ".join(_actor_name(an, x) for x in e.target_actor_ids) or (e.target.text if e.target else ""),
            e.modality, e.stance, _actor_name(an, e.claimed_by) if e.claimed_by != "outlet" else "outlet"]
           for e in an.events])
    table("Framing", ["kind", "text", "refers to", "voice"],
          [[f.kind, f.text, _actor_name(an, f.refers_to), f.voice if f.voice == "outlet"
            else _actor_name(an, f.voice)] for f in an.framing])
