"""A source credited in parentheses at the close of a sentence, as situation reports and fact
sheets credit their figures ("... some 31,000 of them from the city (IOM).", "1,200 children are
out of school (UNICEF, 3 May)."): the body named in the parenthesis gives the sentence's figures.
A parenthesis right after a name abbreviates that name ("fighting the Rapid Support Forces
(RSF).") and credits no one."""

from __future__ import annotations

from spacy.tokens import Span

from .attribution import Source

_OPEN, _CLOSE = "(", ")"
# the most words a credited name runs to before a comma or the parenthesis closes
_MAX_NAME = 4


def closing_credit(sent: Span) -> Source | None:
    """The body credited by a parenthesis that closes ``sent`` (only its stop after it), or None."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text != _CLOSE:
        toks.pop()  # the sentence's stop
    if not toks or toks[-1].text != _CLOSE:
        return None
    opened = next((i for i in range(len(toks) - 2, -1, -1) if toks[i].text in (_OPEN, _CLOSE)), None)
    if opened is None or toks[opened].text != _OPEN or opened == 0:
        return None
    before = toks[opened - 1]
    if before.pos_ == "PROPN" or before.is_punct:
        return None  # "the Rapid Support Forces (RSF)": an abbreviation of the name before it
    inner = toks[opened + 1:-1]
    name = []
    for tok in inner:
        if tok.text == ",":
            break  # "(UNICEF, 3 May)": the date after the name
        name.append(tok)
    if not name or len(name) > _MAX_NAME or not all(t.pos_ == "PROPN" for t in name) \
            or any(t.ent_type_ in ("GPE", "DATE", "PERSON") for t in name):
        return None
    return Source(text=sent.doc[name[0].i:name[-1].i + 1].text, start=name[0].idx,
                  end=name[-1].idx + len(name[-1].text))


__all__ = ["closing_credit"]
