"""What a verb of promising gives in the saying itself ("offered condolences to X", "pledged its
support for X"): support expressed (PLOVER SUPPORT "express support for"), not an act promised."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children_of, form_in
from .types import Context


def expressed_in_saying(ctx: Context, promiser: Token) -> bool:
    """Whether the promising verb's direct object is one of ``expressed_objects`` (a feeling or a
    stance told in the words that offer it), not a thing or an act to be given later."""
    return any(form_in(o, ctx.lex.expressed_objects) for o in children_of(promiser, "dobj"))
