"""Shared types of the actor resolver: the working records (atoms and phrases), the constants of
the grammar (dependency labels, atom categories, closed-class words) and small helpers.

This is the bottom module of the package: it imports nothing else from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

# atom categories (the matcher's label prefixes)
CAT_NAME = "N"
CAT_SECTOR = "S"
CAT_TITLE = "T"
CAT_FRAME = "F"
CAT_ANAPHOR = "A"

QUOTE_CHARS = frozenset({"'", "‘", "’", '"', "“", "”", "`", "``", "''"})
NP_LEFT_DEPS = frozenset({"det", "predet", "amod", "compound", "nmod", "poss", "nn", "advmod", "punct", "case", "prep",
                          "dep"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nn"})
COUNTRY_TABLES = ("country", "demonym", "adjective", "capital", "place")
# the kinds of organisation that belong to one country by what they are: a party or state body
# named by another country's word is that country's ("Canada's Liberal Party")
NATIONAL_KINDS = ("party", "state_body")
PROPER_TABLES = frozenset({"country", "capital", "place", "person", "organisation"})  # names that take no determiner
SCARE = re.compile(
    r"(?<![\w’'])([‘'])([A-Z][\w\-]*(?:[ \-][A-Z][\w\-]*){0,2}(?:[’']s)?)([’'])(?![\w])"
)


@dataclass
class Atom:
    start: int  # token indices, end exclusive
    end: int
    cat: str  # N (name), S (sector noun), T (title), F (framing term), A (anaphor), E (entity), P (pronoun)
    key: str  # normalised form, or entity label for E
    ner: str = ""
    table: str = ""  # for names: country, demonym, adjective, capital, person, organisation, group
    ref: str = ""  # country code or entry id for names


@dataclass
class Phrase:
    """A mention being built and resolved."""

    start: int  # token indices
    end: int
    head: int
    kind: str
    label: str
    atom: Atom | None = None
    actor: str | None = None
    pending: str = ""  # pronoun, anaphor, title, honorific, civilian, sector
    term: str = ""
    sectors: tuple[str, ...] = ()
    frames: list[Atom] = field(default_factory=list)
    role: str = ""
    gender: str = ""
    plural: bool = False
    definite: bool = False
    confidence: float = 1.0
    members: list[Phrase] = field(default_factory=list)  # of a compound
    coordinated: bool = False  # its countries come from coordinated modifiers
    complement: Phrase | None = None  # "the leaders of X": X
    comp_members: list[Phrase] = field(default_factory=list)  # X and its conjuncts
    complement_of: Phrase | None = None
    read: bool = False
    merged: bool = False
    honorifics: list[str] = field(default_factory=list)
    sentence: int = 0
    fallback: str = ""  # for a description: how to read it when it names no body named before
    person_hint: bool = False  # a name the syntax shows to be a person's ("Natalia, a resident")
    apposed: Phrase | None = None  # the description a name is in apposition with, or the name of one


NAME_JOINERS = frozenset({"and", "of", "for", "&"})
POSSESSIVE_PRONOUNS = frozenset({"their", "its", "his", "her"})
# in a quotation, the speaker's own side: "our people", "our fighters"
FIRST_PERSON_POSSESSIVES = frozenset({"our"})

TABLE_LABEL = {
    "country": "GPE", "capital": "GPE", "place": "GPE", "demonym": "NORP", "adjective": "NORP",
    "person": "PERSON", "organisation": "ORG", "group": "NOMINAL",
}


def name_priority(a: Atom) -> int:
    return {"person": 0, "organisation": 1, "group": 2, "country": 3, "capital": 4, "place": 5, "demonym": 6,
            "adjective": 7}.get(a.table, 9)


def noun_priority(a: Atom) -> int:
    return {CAT_TITLE: 0, CAT_SECTOR: 1, CAT_ANAPHOR: 2}.get(a.cat, 9)


def longest(atoms: list[Atom], prefer: Any) -> list[Atom]:
    """Non-overlapping atoms, longest first; ties go to the preferred reading, then the earliest."""
    chosen: list[Atom] = []
    taken: set[int] = set()
    for a in sorted(atoms, key=lambda x: (-(x.end - x.start), prefer(x), x.start)):
        if any(i in taken for i in range(a.start, a.end)):
            continue
        chosen.append(a)
        taken.update(range(a.start, a.end))
    return sorted(chosen, key=lambda x: x.start)



def tail_keys(key: str) -> list[str]:
    """"iranian supreme leader" → ["supreme leader", "leader"]: the title inside a longer one."""
    words = key.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def role_matches(title_role: str, person_role: str) -> bool:
    """'minister' fits a foreign minister; 'president' fits a president, not a vice president."""
    if not title_role or not person_role:
        return False
    if title_role == person_role:
        return True
    return person_role.endswith(" " + title_role) and not person_role.startswith(("vice ", "deputy ", "former "))


_FINAL_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def clean_name(name: str) -> str:
    """A name as written without a possessive, spaces around hyphens and the punctuation around
    it; a final initial keeps its stop ("Sgt. Maj. A.", the way a withheld name is written)."""
    name = name.replace("’s", "").replace("'s", "") if name.endswith(("’s", "'s")) else name
    out = " ".join(name.replace(" - ", "-").replace(" -", "-").replace("- ", "-").split()).strip(" ,.;:‘’'\"")
    return out + "." if _FINAL_INITIAL.search(name.rstrip(" ,;:‘’'\"")) and not out.endswith(".") else out


