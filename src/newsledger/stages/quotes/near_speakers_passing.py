"""Near speakers: of two people named close before a "he said", which one speaks (issue 15).

* A person named only in passing in a question the writer asks is not the speaker: a writer who
  has just let a speaker talk and then asks about someone else, naming them as an object, a
  prepositional object or a possessor ("But what if she wins? Don't Republicans run the risk of
  nominees more liberal than Obama? “...,” he said") goes on with the speaker: the question is put
  to them. So the actor layer's antecedent of a "he" or "she" written after its direct quote's
  words (:func:`closes_quote`) gives way to the speaker met last when every place the text names
  it since that speaker, outside quotation marks, is such a name in a question
  (:func:`named_in_passing`); the chain checks that speaker's gender. Names in passing in
  statements are left to the other rules (measured: taking the last speaker there lost four VOA
  speakers), and a pronoun opening a sentence of its own ("He called it careless") too.
* The subject of a sentence's main clause is no name in passing, even after a speaker met in a
  clause of that sentence (:func:`main_subject`: "With X, who has called it a hoax, leading the
  polls, Y stayed calm. “...,” he said" is Y).
* A move the chain made once ("Y asked about X's plan. “...?” he asked": Y, where the actor
  layer read X) holds for later pronouns the actor layer reads as X only until the article brings
  X back as a clause's subject outside quoted or reported words (:func:`still_replaced`); carried further, one wrong move spread
  to every later pronoun of X: why an earlier "name in passing" rule lost more than it gained.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...nlp import ParsedDoc
from ...records import ActorLayer, Mention
from .epithet_speakers import subject_rank
from .types import Attribution


def named_in_passing(pd: ParsedDoc, actors: ActorLayer, actor_id: str, since: int, here: int,
                     quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """``actor_id`` is named (not by a pronoun) between ``since`` and ``here`` in a question the
    writer asks, as the subject of no clause, and anywhere else there only within the quotations
    ``quoted``."""
    named = [m for m in actors.mentions
             if m.actor_id == actor_id and m.kind != "pronoun" and since < m.start < here
             and not any(q[0] <= m.start < q[1] for q in quoted)]
    return bool(named) and all(_asked(pd, m.start) and subject_rank(pd, m) == 0 for m in named)


def _asked(pd: ParsedDoc, pos: int) -> bool:
    """The sentence holding ``pos`` is a question ("Don't they run the risk of ...?")."""
    s = pd.sentences[pd.sentence_index(pos)]
    return pd.text[s.start:s.end].rstrip().rstrip("\"'”’").endswith("?")


def still_replaced(pd: ParsedDoc, actors: ActorLayer, replaced: Mapping[str, tuple[str | None, int]],
                   current: str | None, here: int, quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The speaker the chain gave instead of ``current`` to an earlier pronoun the actor layer
    read as ``current`` (``replaced``: actor -> that speaker and where), while the article has not
    brought ``current`` back since as the subject of a clause of its own, outside the words
    ``quoted`` or reported: a move the chain made once does not carry past a fresh subject ("Y
    asked about X's plan. “...?” he asked [Y, not X]. ... X said ... “...,” he added": X), which
    would spread one wrong move to every later pronoun; a name in passing or in what a speaker is
    reported to say ("according to the statement, an Israeli plane ...") does not end it."""
    if current is None or current not in replaced:
        return current
    found, pos = replaced[current]
    again = any(m.actor_id == current and m.kind != "pronoun" and pos < m.start < here
                and not any(q[0] <= m.start < q[1] for q in quoted) and subject_rank(pd, m) > 0
                for m in actors.mentions)
    return current if again else found


def closes_quote(att: Attribution) -> bool:
    """``att`` is a direct quote whose speaker is written after its words ("“...,” he said"): the
    pronoun goes on with the conversation; a pronoun opening a sentence of its own ("He called
    the handling careless") may bring back anyone the sentence before named."""
    return att.kind == "direct" and att.content_start is not None and att.speaker_start is not None \
        and att.content_start < att.speaker_start


def main_subject(pd: ParsedDoc, m: Mention) -> bool:
    """``m`` is the subject of its sentence's main clause: the person the sentence is about, not a
    name in passing even where it comes after a speaker met in a clause of that sentence
    ("Asked whether X, who has called it a hoax, could win, Y demurred. “...,” he said": Y)."""
    return subject_rank(pd, m) == 2


__all__ = ["closes_quote", "main_subject", "named_in_passing", "still_replaced"]
