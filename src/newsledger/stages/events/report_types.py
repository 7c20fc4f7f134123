"""The report constructions' types (``data/events/reports.yaml``, :mod:`.reports`): one construction found by
its trigger word and what it acts on, and the set of them with the words they share. Moved out of :mod:`.types`
(i16-types55, behaviour unchanged), which re-exports both; a bottom module that imports nothing of the event stage."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Report:
    """One construction of ``data/events/reports.yaml``: an event found by its trigger word and
    what it acts on, with or without a named doer (see :mod:`.reports`)."""

    name: str
    cameo: str | None  # None: no PLOVER type (a disaster, a crime with no PLOVER act)
    verbs: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]
    objects: frozenset[str]
    objects_exclude: frozenset[str]
    subject: bool
    also: tuple[tuple[str, ...], ...]
    exclude: tuple[tuple[str, ...], ...]
    confidence: float
    deps: frozenset[str] = frozenset()  # the dependency labels a noun trigger must have
    agent_preps: frozenset[str] = frozenset()  # prepositions whose object is the doer ("fell to the rebels")
    heads: frozenset[str] = frozenset()  # a noun trigger counts only as the object of a preposition of these words
    main_clause: bool = False  # read on the sentence's root beside acts told below it, and outranking them
    fallback: bool = False  # read only in an article that tells no act at all
    adjectival: bool = False  # a participle before its noun counts ("the capsized ferry"), the noun acted on
    proper: bool = False  # what it acts on is a proper name (a place the dictionary may not know: "retook Velsk")
    place_name: bool = False  # ... a proper name the recogniser reads as a place ("captured Velsk", not "captured Ivanov")
    acted_on: bool = False  # a verb trigger counts only with something it acts on ("picked up three men", not "travel picked up")
    intransitive: bool = False  # a verb trigger counts only with no direct object ("fought with knives", not "fought the rebels")
    # an actor of one of these sectors named in the sentence stands for a word of ``also``, and named by what the
    # trigger acts on, for a word of ``objects`` ("Boko Haram split into two factions": an armed group)
    sectors: frozenset[str] = frozenset()
    # a noun trigger that is the object of a purpose infinitive of one of these verbs is aimed at: hypothetical
    # ("monitors to support the ceasefire": upheld.py)
    aimed_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Reports:
    """The report constructions, and the subordinators whose clause tells of what has not (yet)
    happened ("until", "before")."""

    reports: tuple[Report, ...] = ()
    unrealised_marks: frozenset[str] = frozenset()
    topic_heads: frozenset[str] = frozenset()  # "a report on attacks": the noun is a topic, no report
    alleging_nouns: frozenset[str] = frozenset()  # "the accusations that X was responsible": alleged, no report
    # of those, subordinators whose clause in the past tense tells what did happen ("pushed until it ran aground")
    realised_past_marks: frozenset[str] = frozenset()
    portion_words: frozenset[str] = frozenset()  # "some of the districts": what the portion is of is acted on
    complement_nouns: frozenset[str] = frozenset()  # "control over his health": read through its of/over phrase ...
    own_possessives: frozenset[str] = frozenset()  # ... when that names a faculty of one's own ("his", "her")
    causative_verbs: frozenset[str] = frozenset()  # "the arrest sparked protests": the subject caused them, did not act
    reaction_verbs: frozenset[str] = frozenset()  # "condemned the bombing": what is reacted to is the report's event
    reaction_preps: frozenset[str] = frozenset()  # "praised the police for defusing a bomb": ... or told in this phrase
    joined_acts: frozenset[str] = frozenset()  # PLOVER types of the acts whose joined clauses are read (joined.py)
    party_preps: frozenset[str] = frozenset()  # "fighting between X and Y": a gerund whose parties are named is a noun
    # each trigger word (a noun, a verb's first word) -> the positions of the reports it may start:
    # a token is tried only against the reports one of its forms may start
    by_word: dict[str, frozenset[int]] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, set[int]] = {}
        for n, r in enumerate(self.reports):
            for w in [*r.nouns, *(v[0] for v in r.verbs if v)]:
                index.setdefault(w, set()).add(n)
        object.__setattr__(self, "by_word", {w: frozenset(ns) for w, ns in index.items()})

    @property
    def not_doing_verbs(self) -> frozenset[str]:
        """Verbs whose subject did not do the act their object names: causing and reacting verbs."""
        return self.causative_verbs | self.reaction_verbs

    @property
    def complements(self) -> tuple[frozenset[str], frozenset[str]]:
        """The complement nouns and the possessives of a faculty of one's own (see ``themes``)."""
        return self.complement_nouns, self.own_possessives


__all__ = ["Report", "Reports"]
