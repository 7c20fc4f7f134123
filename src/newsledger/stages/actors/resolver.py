"""The actor resolver: find every mention of an actor in one article and resolve it to who it is.

The passes, in the order :meth:`Resolver.run` calls them, each in its own module:

1. :mod:`.atoms`: dictionary names, sector nouns, titles, anaphors and framing terms found with
   one ``PhraseMatcher``, spaCy entities, names in scare quotes;
2. :mod:`.phrases`: noun phrases around the atoms, complements, merges and coordination;
3. :mod:`.appositions`: descriptions in apposition to names;
4. :mod:`.readings`, :mod:`.entities`, :mod:`.nominals`, :mod:`.descriptions`: context-free
   readings of names, entities and noun phrases;
5. :mod:`.pronouns`, :mod:`.titles`: resolution in document order (pronouns, anaphors, titles,
   honorifics, unnamed sectors);
6. :mod:`.placement`: where an actor belongs;
7. :mod:`.framing_terms`: framing marks; then the output layer (here).
"""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...records import ActorLayer, Mention, record_id
from .appositions import AppositionsMixin
from .atoms import AtomsMixin
from .data import ActorsData
from .descriptions import DescriptionsMixin
from .entities import EntitiesMixin
from .framing_terms import FramingTermsMixin
from .nominals import NominalsMixin
from .phrases import PhrasesMixin
from .placement import PlacementMixin
from .pronouns import PronounsMixin
from .readings import ReadingsMixin
from .titles import TitlesMixin
from .types import Phrase


def extract_actors(doc: ParsedDoc, data: ActorsData) -> ActorLayer:
    """Mentions of actors, resolved to dictionary or derived actors, with naming framing marks."""
    d = data.dictionary
    return Resolver(doc, d, data.matcher(doc.doc.vocab)).run()


class Resolver(
    AtomsMixin,
    PhrasesMixin,
    AppositionsMixin,
    ReadingsMixin,
    EntitiesMixin,
    NominalsMixin,
    DescriptionsMixin,
    PronounsMixin,
    TitlesMixin,
    PlacementMixin,
    FramingTermsMixin,
):
    """All passes over one article's state (:class:`.base.ResolverBase`)."""

    def run(self) -> ActorLayer:
        if self.n == 0:
            return ActorLayer()
        self._atoms()
        self._scare_quotes()
        self._build()
        self._apposed_names()
        self._read_names()
        self._link_appositions()
        self._focus = self._focus_country()
        self._resolve_in_order()
        self._place_titled_people()
        self._framing_marks()
        return self._layer()

    def _char_span(self, m: Phrase) -> tuple[int, int]:
        span = self.doc[m.start:m.end]
        s, e = span.start_char, span.end_char
        for ts, te, cs, ce in self.quoted:
            if ts >= m.start and te <= m.end:
                s, e = min(s, cs), max(e, ce) if te == m.end or ce <= e + 2 else e
        text = self.pd.text
        while e > s and text[e - 1] in " ,;:":
            e -= 1
        return s, e

    def _layer(self) -> ActorLayer:
        aid = self.pd.article_id
        out: list[Mention] = []
        seen: set[tuple[int, int]] = set()
        used: set[str] = set()
        for m in sorted(self.mentions, key=lambda x: (x.start, -x.end)):
            if m.kind == "compound" and m.actor is None and m.members:
                continue  # its members are mentions of their own
            s, e = self._char_span(m)
            if (s, e) in seen or e <= s:
                continue
            seen.add((s, e))
            if m.actor:
                used.add(m.actor)
            out.append(
                Mention(
                    id=record_id("m", aid, s, e),
                    article_id=aid,
                    sentence=self.pd.sentence_index(s),
                    start=s,
                    end=e,
                    text=self.pd.text[s:e],
                    label=m.label,
                    actor_id=m.actor,
                    kind=m.kind,
                    confidence=m.confidence if m.actor else min(m.confidence, 0.5),
                )
            )
        for mk in self.marks:
            if mk.refers_to:
                used.add(mk.refers_to)
        # members of compounds are actors of the layer too
        stack = list(used)
        while stack:
            a = self.reg.actors.get(stack.pop())
            if a is None:
                continue
            for mid in a.members:
                if mid not in used and mid in self.reg.actors:
                    used.add(mid)
                    stack.append(mid)
        actors = tuple(a for a in self.reg.actors.values() if a.id in used)
        marks = tuple(sorted(self.marks, key=lambda x: (x.start, x.end)))
        return ActorLayer(mentions=tuple(out), actors=actors, framing=marks)
