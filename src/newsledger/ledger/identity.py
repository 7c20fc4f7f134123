"""Identity disputes: one incident's dead, named by a side as the fighters its strike killed.

After a strike on a market, the army reports "31 terrorists neutralised" and residents bury 40
civilians: two accounts of the same dead, disputed over who they were. The group class of a
claim keeps them apart (combatants, people), so the army's count would sit in a thread of its
own. Here, within ONE incident (the same ledger event, the claims' ``anchor``), a count of a
measure of ``identity_measures`` (killed) whose group a side uses for enemy fighters
(``identity_labels`` of ``data/ledger/groups.yaml``: "terrorists", "insurgents", "militants")
joins the incident's people thread (its class becomes the people class; ``counted_as`` keeps
the class its source named) when

* some source gives a people's count of that measure for that incident (else it stays: a
  count of fighters with no toll of the dead beside it is no competing account), and
* its own source gives none (a source that gives both, "21 passengers and 33 terrorists were
  killed", counts two groups of dead: they stay apart).

Injured, missing and arrested people never join (another measure); war-wide and period totals
and parts never do (they are not an incident's toll); a side's own losses ("12 soldiers") are
not listed names of enemy fighters. The decision reads every claim of the incident, whatever
its date: the full build tallies its claims at once (:func:`tally`), the streamed build and the
incremental update read the claims of every article that mentions the incident
(``rethread.identity_tally``), so that every path gives the same threads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .claims import INCIDENT, ClaimFigure
from .roles import voice_key
from .rules import Rules, group_head

# (ledger event, measure) -> the voices that give a people's count of it
Voices = dict[tuple[str, str], set[str]]


@dataclass
class Tally:
    """The voices giving a people's count of each incident and measure, for the incidents
    (ledger event ids) in ``done``."""

    voices: Voices = field(default_factory=lambda: defaultdict(set))
    done: set[str] = field(default_factory=set)
    places: Voices = field(default_factory=lambda: defaultdict(set))  # the place words of those counts

    def add(self, figs: Iterable[ClaimFigure], rules: Rules, anchors: set[str] | None = None) -> None:
        """Count the people's counts among ``figs`` (of the ``anchors`` only, when given) and mark
        those incidents done."""
        for f in figs:
            if people_count(f, rules) and (anchors is None or f.anchor in anchors):
                self.voices[(str(f.anchor), f.measure)].add(voice_key(f))
                self.places[(str(f.anchor), f.measure)].update(f.core)
        if anchors is not None:
            self.done |= anchors


def _incident(f: ClaimFigure, rules: Rules) -> bool:
    return f.anchor is not None and f.measure in rules.identity_measures and f.scope_kind == INCIDENT


def people_count(f: ClaimFigure, rules: Rules) -> bool:
    """A count of an incident's people (civilians, residents, victims, a bare toll)."""
    return _incident(f, rules) and f.gclass == rules.default_group and f.counted_as is None


def named_fighters(f: ClaimFigure, rules: Rules) -> bool:
    """A count of an incident's dead under a name a side uses for enemy fighters."""
    if not _incident(f, rules) or f.gclass.endswith("(part)") or f.gclass == rules.default_group:
        return False
    head = group_head(f.group, rules)
    return head is not None and head in rules.identity_labels


def relevant(f: ClaimFigure, rules: Rules) -> bool:
    """A claim whose incident's identity disputes it can change."""
    return people_count(f, rules) or named_fighters(f, rules)


def tally(figs: Iterable[ClaimFigure], rules: Rules) -> Tally:
    """The tally of claims all read at once (the full build)."""
    out = Tally()
    out.add(figs, rules)
    return out


def mark(figs: Iterable[ClaimFigure], tally: Tally, rules: Rules) -> int:
    """Move the counts of named fighters that are another account of their incident's people's
    dead into the people class (``counted_as``: the class their source named); how many. A count
    placed where none of the people's counts is ("In Marib, government forces said they killed
    12 militiamen", the people's dead counted in Saada) is another place's dead: it stays."""
    n = 0
    for f in figs:
        if not named_fighters(f, rules):
            continue
        key = (str(f.anchor), f.measure)
        given, places = tally.voices.get(key), tally.places.get(key)
        if f.core and places and not f.core & places:
            continue
        if given and voice_key(f) not in given:
            f.counted_as, f.gclass = f.gclass, rules.default_group
            n += 1
    return n


def identity_note(f: ClaimFigure) -> str:
    """What a claim's role note adds when its source named the dead as fighters."""
    if not f.counted_as:
        return ""
    return (f"; identity disputed: its source counts the dead as {f.counted_as}"
            f" (\"{' '.join((f.group or '').split())}\"), other sources as people")
