"""The claim threader: puts each claim (``claims.ClaimFigure``, in claim order) in the thread of
the same quantity of the same incident (the same ledger event, or the same place within the time
window), and rebuilds the threads of an earlier build (``Threader.restore``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .claims import ClaimFigure, Thread, claim_order
from .coplaces import detach_elsewhere, hyphen_parts, nested_places
from .days import told_day
from .places import PlaceWords
from .rules import Rules
from .told_place import told_place
from .types import LedgerConfig
from .unnamed import adopted_class, unnamed
from .wholes import other_extent, placeless_whole, sentence_place, wholes_of_one_story
from .within import WITHIN_NOTE, Within, absorb, shares_place, within_thread


class Threader:
    """Assigns claims to threads: one quantity (measure, group class, incident or period) of
    one incident (the same ledger event, or the same place within the time window). Open
    threads are found through an index of their place words and their articles."""

    def __init__(self, config: LedgerConfig, texts: PlaceWords, event_day_gap: int = 1, *,
                 undated: bool = True, within: Within | None = None, back: int = 0,
                 rules: Rules | None = None) -> None:
        self.config = config
        # the group words (None: a toll naming no victims keeps its class, ``unnamed``)
        self.rules = rules
        # the most days a retrospective's toll counts back (``retro``): open threads are kept in
        # the place index that much longer than the window, for it to find them
        self.back = back
        self.texts = texts
        self.within = within  # places within places, as the reports tell (none: not compared)
        self.event_day_gap = event_day_gap
        # the threads by index; a streamed build drops those no later claim can join (``close``)
        self.threads: dict[int, Thread] = {}
        self.count = 0  # threads begun (the index of the next one)
        self.absorbed: set[int] = set()  # threads taken into another (``_unite``)
        self.undated = undated  # claims of undated articles will come (they need ``index``)
        # per quantity, place word or "@article" -> threads; ``active`` drops threads older than
        # the window as dated claims arrive in date order, ``index`` keeps all (for undated claims)
        self.index: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.active: dict[tuple[str, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        # per quantity and ledger event: the threads holding a claim anchored to it
        self.by_anchor: dict[tuple[tuple[str, str, str], str], list[int]] = defaultdict(list)

    def _place(self, f: ClaimFigure, t: Thread) -> tuple[int, str] | None:
        core = f.core or f.event_core
        if wholes_of_one_story(f, t, self.texts):
            return 1, "wholes of one story"
        if not t.places:
            if any(m.article_id == f.article_id for m in t.members):
                # a report's placeless tolls of one quantity go on in one thread, whichever of its
                # ledger events their sentences tell ("... killing 31 people. The toll is disputed:
                # at least 23 ...; the government says nearly 40")
                return (0 if core else 1), "same article, no place given"
            if core and all(sentence_place(core, m, self.texts) for m in t.members):
                return 1, "the claim's place is the one place the sentences of the thread's placeless claims name"
            return None
        if not core:
            for c, art in t.places:
                if art == f.article_id or self.texts.names(c, f.article_id):
                    return 1, "the thread's place is named in the claim's article"
            return None
        for c, _ in t.places:
            if nested_places(c, core):
                return 2, "same place"
        if (why := within_thread(core, f.article_id, t, self.within) or told_place(f, t, self.texts)) is not None:
            return 1, why
        if self.config.cross_named_places:
            for c, art in t.places:
                if self.texts.names(c, f.article_id) and self.texts.names(core, art):
                    return 1, "places named in each other's articles"
        return None if self.config.require_place_match else (0, "places differ, ignored")

    def _day(self, f: ClaimFigure, t: Thread) -> date | None:
        """The claim's date, a dateline without a year placed in the year nearest the thread."""
        if f.day is None and f.text_date is not None and t.first_day is not None:
            return f.text_date.near(t.first_day)
        return f.day

    def _apart(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim is dated, or names the day it counts ("killed on 7 October"),
        outside the window of the thread's day."""
        if t.first_day is None:
            return False
        window = self.config.figure_window_days
        day = self._day(f, t)
        told = told_day(f, day, t.first_day)
        if told is not None:
            return abs((told - t.first_day).days) > window
        return day is not None and abs((day - t.first_day).days) > window

    def _other_day(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim's ledger event began more than ``event_day_gap`` days from every
        ledger event of the thread (two strikes at one place on different days). A retrospective's
        toll is compared at the day it points back to: its report's ledger event is dated by the
        report, weeks after the happening it restates."""
        day = (told_day(f, f.day) if f.back else None) or f.event_day
        if day is None or not t.event_days:
            return False
        return all(abs((day - d).days) > self.event_day_gap for d in t.event_days)

    def _register(self, t: Thread, f: ClaimFigure, anchor: bool = True) -> None:
        if f.anchor is not None and anchor:
            if t.anchor is None:
                t.anchor = f.anchor
            t.anchors.add(f.anchor)
            held = self.by_anchor[(f.key, f.anchor)]
            if t.index not in held:
                held.append(t.index)
        # the places its report names within or around its own (a thread at a town is found from its hospital)
        inner = self.within.neighbours(f.core, f.article_id) if self.within is not None and f.core else ()
        for index in (self.index, self.active) if self.undated else (self.active,):
            idx = index[f.key]
            # a claim placed nowhere, or at its ledger event's place only, is found by the places its
            # sentence names (``_place``, ``told_place``)
            named = self.texts.words(f.article_id) if f.whole else () if f.core else \
                self.texts.words(f.article_id) & f.sentence_words
            for k in (*hyphen_parts(f.core | f.event_core), *f.core, *f.event_core, *named, *inner,
                      "@" + f.article_id):
                lst = idx[k]
                if t.index not in lst[-3:]:
                    lst.append(t.index)

    def _candidates(self, f: ClaimFigure) -> list[int]:
        idx = (self.active if f.day is not None else self.index).get(f.key)
        if not idx:
            return []
        core = f.core | f.event_core
        keys = {*core, *hyphen_parts(core), "@" + f.article_id}
        if self.within is not None and f.core:  # the places its report names around or within its own
            keys.update(self.within.neighbours(f.core, f.article_id))
        if self.config.cross_named_places or not core:
            keys.update(w for w in self.texts.words(f.article_id) if w in idx)
        if not self.config.require_place_match and core:
            keys.update(k for k in idx if not k.startswith("@"))
        found: set[int] = set()
        horizon = self.config.figure_window_days
        for k in keys:
            lst = idx.get(k)
            if not lst:
                continue
            while f.day is not None and lst and self.threads[lst[0]].first_day is not None and \
                    (f.day - self.threads[lst[0]].first_day).days > horizon + self.back:  # type: ignore[operator]
                lst.pop(0)  # dated claims arrive in date order: that thread is closed to them
            found.update(lst)
        # the same horizon for every thread, however its list was pruned; a retrospective's toll
        # is compared at the day it points back to
        day = (told_day(f, f.day) if f.back else None) or f.day
        if day is not None:
            found = {ti for ti in found if self.threads[ti].first_day is None
                     or (day - self.threads[ti].first_day).days <= horizon}  # type: ignore[operator]
        return sorted(found)

    def _best(self, f: ClaimFigure) -> tuple[tuple[int, ...], int, str] | None:
        best: tuple[tuple[int, ...], int, str] | None = None
        for ti in self._candidates(f):
            t = self.threads[ti]
            if self._apart(f, t):
                continue
            place = self._place(f, t)
            if place is None or self._elsewhere(f, t) or t.other_people(f) or other_extent(f, t):
                continue
            other_event = f.anchor is not None and bool(t.anchors) and f.anchor not in t.anchors
            if other_event and (place[0] < 1 or self._other_day(f, t)):
                continue  # another ledger event: only at the same place, on the same day
            score = (0 if other_event else 1, place[0], placeless_whole(f, t), len(t.articles), ti)
            if best is None or score > best[0]:
                best = (score, ti, place[1] + ("; another ledger event at that place" if other_event else ""))
        return best

    def _anchored(self, f: ClaimFigure) -> tuple[Thread | None, bool]:
        """The latest thread holding a claim of the same quantity anchored to the same ledger
        event, unless it is apart from ``f`` or its places do not match the place the claim
        names (``_elsewhere``; then the next latest); and whether one was passed over for its
        place: a toll at another named place, in a report naming none of the thread's places
        ("a second strike killed 6 in Borova" when the linker put it with the Lomka shelling),
        is another incident's, so it neither joins nor holds that event's thread."""
        if f.anchor is None:
            return None, False
        passed = False
        for ti in sorted(self.by_anchor.get((f.key, f.anchor), ()), reverse=True):
            t = self.threads[ti]
            if self._apart(f, t):
                continue
            if self._elsewhere(f, t) or t.other_people(f) or other_extent(f, t):
                passed = True
                continue
            return t, passed
        return None, passed

    def _elsewhere(self, f: ClaimFigure, t: Thread) -> bool:
        """True when the claim names a specific place (no country) that no place of the thread
        is (neither holds the other's words) and no sentence of its report, or of the thread's
        report of that place, names both (of the thread's report, a sentence telling one of its
        tolls: "Borova, near Lomka"; its headline or a quote naming both, "as occupiers strike
        Kharkiv", tells only that the story holds both): the toll of another incident,
        when neither report names the other's place, or when the reports naming both name
        them apart and the thread's place is its claims' own (a story of two like incidents,
        whose ledger event may hold both), not only its ledger event's or dateline's."""
        if not f.site or not t.sites or not self.config.require_place_match:
            return False
        if any(nested_places(c, f.site) for c, _ in t.places) or within_thread(f.site, f.article_id, t, self.within):
            return False
        specific = [(c, art) for c, art in t.places if c in t.sites]
        if any(self.texts.together(c, f.site, f.article_id)
               or self.texts.together(c, f.site, art, {m.sentence for m in t.members if m.article_id == art})
               for c, art in specific if c in t.own_sites or not t.own_sites):
            return False
        crossed = [(c, art) for c, art in specific
                   if self.texts.names(c, f.article_id) or self.texts.names(f.site, art)]
        return not crossed or any(c in t.own_sites for c, _ in crossed)

    def _adopt(self, f: ClaimFigure) -> None:
        """A toll naming no victims takes the class of the one thread of a named class that would
        take it, when no thread of its own class naming its victims would (``unnamed``)."""
        if self.rules is None or not unnamed(f, self.rules):
            return
        rules, own, takers = self.rules, f.gclass, []
        for measure, gclass, kind in sorted({*self.index, *self.active}):
            if (measure, kind) != (f.measure, f.scope_kind):
                continue
            f.gclass = gclass
            t = self._taker(f)
            if t is not None and (gclass != own or not all(unnamed(m, rules) for m in t.members)):
                takers.append(gclass)
        f.gclass = adopted_class(takers, rules) or own

    def _taker(self, f: ClaimFigure) -> Thread | None:
        """The open thread of the claim's quantity that would take it, if any."""
        anchored = self._anchored(f)[0]
        if anchored is not None:
            return anchored
        best = self._best(f)
        return self.threads[best[1]] if best is not None else None

    def add(self, f: ClaimFigure) -> Thread:
        """Add a claim (in claim order); returns the thread it joined or started."""
        detach_elsewhere(f, self.texts.sentence_words, self.config.lead_sentences)
        self._adopt(f)
        undated = " (undated article: placed by ingest time)" if f.day is None else ""
        anchored, passed = self._anchored(f)
        if anchored is not None:
            anchored.add(f, "same ledger event" + undated)
            self._register(anchored, f, not passed)
            self._unite(anchored, f)
            return anchored
        best = self._best(f)
        window = self.config.figure_window_days
        if best is not None:
            t = self.threads[best[1]]
            t.add(f, f"same measure and group; {best[2]}; within {window} day(s){undated}")
        else:
            t = self._new(f)
            t.add(f, "first claim" + undated)
        self._register(t, f, not passed)
        self._unite(t, f)
        return t

    def _unite(self, t: Thread, f: ClaimFigure) -> None:
        """Take into ``t`` every other open thread the claim may join only as a place within
        that thread's, as a report tells (``within``): a report naming the hospital in the town
        ties a thread begun at the hospital to one begun at the town, whichever report came
        first (a claim at the town ties no threads: the town holds many places; nor are two
        threads with a place in common, kept apart by something else)."""
        for ti in self._candidates(f):
            o = self.threads.get(ti)
            if o is None or o is t or self.within is None or within_thread(f.core, f.article_id, o, self.within, True) is None:
                continue
            if shares_place(t, o) or self._apart(f, o) or self._elsewhere(f, o) or o.other_people(f) or \
                    other_extent(f, o) or \
                    (f.anchor is not None and o.anchor not in (None, f.anchor) and self._other_day(f, o)):
                continue
            del self.threads[o.index]
            self.absorbed.add(o.index)
            for m in sorted(o.members, key=claim_order):
                t.add(m, "same measure and group; " + WITHIN_NOTE)
                self._register(t, m)
            absorb(t, o, claim_order, (self.index, self.active), self.by_anchor)

    def _new(self, f: ClaimFigure) -> Thread:
        t = Thread(index=self.count, measure=f.measure, gclass=f.gclass, first_day=None, anchor=f.anchor,
                   kind=f.scope_kind, anchors={f.anchor} if f.anchor else set())
        self.threads[t.index] = t
        self.count += 1
        return t

    def close(self, day: date, reach: int) -> list[Thread]:
        """Drop and return (oldest first) the threads no dated claim of ``day`` or later can join:
        begun more than ``figure_window_days + reach`` days before it (``reach``: the most days a
        claim of the store counts back from the day it was stated, as through its anchor a claim
        joins a thread within the window of the day it says it counts). Only without claims of
        undated articles (which may join any thread)."""
        assert not self.undated, "claims of undated articles may join any thread"
        horizon = self.config.figure_window_days + reach
        closed = [t for t in self.threads.values()
                  if t.first_day is not None and (day - t.first_day).days > horizon]
        if not closed:
            return []
        gone = {t.index for t in closed}
        for t in closed:
            del self.threads[t.index]
        for by_key in self.active.values():
            for k in list(by_key):
                kept = [ti for ti in by_key[k] if ti not in gone]
                if kept:
                    by_key[k] = kept
                else:
                    del by_key[k]
        for key in list(self.by_anchor):
            held = [ti for ti in self.by_anchor[key] if ti not in gone]
            if held:
                self.by_anchor[key] = held
            else:
                del self.by_anchor[key]
        return closed

    def restore(self, groups: list[list[ClaimFigure]]) -> None:
        """Rebuild threads of an earlier build from their claims (each group one thread, in
        order; the groups in the order their threads began), taking the claims in claim order
        and noting how each joined as :meth:`add` did. A claim that could not have joined its
        thread raises :class:`RestoreError`."""
        where: dict[str, Thread] = {}
        for members in groups:
            t = self._new(members[0])
            where.update((m.id, t) for m in members)
        firsts = {members[0].id for members in groups}
        window = self.config.figure_window_days
        for f in sorted((m for members in groups for m in members), key=claim_order):
            detach_elsewhere(f, self.texts.sentence_words, self.config.lead_sentences)
            t = where[f.id]
            if self.rules is not None and unnamed(f, self.rules) and (f.measure, f.scope_kind) == (t.measure, t.kind):
                f.gclass = t.gclass  # it took its thread's class (``_adopt``)
            if f.key != (t.measure, t.gclass, t.kind):
                raise RestoreError(f"claim {f.id} counts another quantity than its thread")
            undated = " (undated article: placed by ingest time)" if f.day is None else ""
            note = "first claim" + undated
            anchored, passed = self._anchored(f)
            if f.id not in firsts:
                if anchored is t:
                    note = "same ledger event" + undated
                else:
                    place = self._place(f, t)
                    if anchored is not None or place is None:
                        raise RestoreError(f"claim {f.id} could not have joined its thread")
                    other = f.anchor is not None and bool(t.anchors) and f.anchor not in t.anchors
                    note = (f"same measure and group; {place[1]}"
                            + ("; another ledger event at that place" if other else "")
                            + f"; within {window} day(s){undated}")
            t.add(f, note)
            self._register(t, f, not passed)


class RestoreError(Exception):
    """A thread of an earlier build cannot be rebuilt as it was."""
