"""A count that raises a toll told later in its sentence: "rescuers recovered the bodies of five
miners, bringing the death toll of Saturday's collapse to 24", "two people died in hospital,
raising to 16 the number of people killed". The participle clause after a comma (a participle of
``raising_participles``: bringing, raising, taking, pushing) says the count was added to the
total it names, so the count is an increment of that toll, a part, not a toll of its own, with or
without "more" (``increment_after``: "five more bodies"; issue 15, seen on the tuning half of the
invented mine-collapse probe, where "the bodies of five miners" sat in the miners' toll thread).

The total must be the next count of the same measure in the sentence, and the participle clause
must run from the comma after the count to that total with no other clause break (no comma,
semicolon, colon or full stop between the participle and "to"). A participle raising another
measure ("bringing the number of injured to 24") or a count with no total after it ("five miners
died, bringing rescue teams to the site") leaves the count alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .claims import ClaimFigure
    from .rules import Rules


def raising_re(rules: Rules) -> re.Pattern[str] | None:
    """The words between a count and the total its participle clause raises: a comma, a raising
    participle, then anything but a clause break up to "to" ("to 24", "to 16 the number")."""
    if not rules.raising_participles:
        return None
    verbs = "|".join(re.escape(w) for w in sorted(rules.raising_participles, key=len, reverse=True))
    return re.compile(rf"^[^;:.!?]*?,\s*(?:{verbs})\b[^,;:.!?]*\bto\s*$", re.I)


def raised_by(f: ClaimFigure, later: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
              pattern: re.Pattern[str] | None) -> bool:
    """True when ``f`` is the increment of the next count of its measure in its sentence
    (``later``: the sentence's figures after it), raised by a participle clause between them."""
    if pattern is None:
        return False
    total = next((g for g in later if g.measure == f.measure and g.start >= f.end), None)
    if total is None:
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    return pattern.match(s_text[max(f.end - s_start, 0):max(total.start - s_start, 0)]) is not None
