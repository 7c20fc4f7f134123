"""The actor lexicon's nouns for one person by role ("activist", "farmer", "nurse"), shared by
the stages that must tell a person from a body: the figure stage (people counted, "nine
activists were killed") and the quote stage (an unnamed person's description, "a farmer said
... he added")."""

from __future__ import annotations

from ..resources import Resources

# the actor lexicon's tables of role nouns: term, plural, type
ROLE_TABLES = ("actors/sectors.csv", "actors/extra_sectors.csv")


def person_roles(resources: Resources) -> frozenset[str]:
    """The one-word role nouns the actor lexicon names as persons, singular and plural."""
    words: set[str] = set()
    for table in ROLE_TABLES:
        for row in resources.csv(table, ("term", "plural", "type")):
            if row["type"].strip() == "person":
                words.update(w for w in (row["term"].strip().lower(), row["plural"].strip().lower())
                             if w and " " not in w)
    return frozenset(words)
