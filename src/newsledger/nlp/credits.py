"""A source credited in parentheses at the close of a sentence, as situation reports and fact
sheets credit their figures ("... some 31,000 of them from the city (IOM).", "1,200 children are
out of school (UNICEF, 3 May)."): the body named in the parenthesis, one the reader knows, gives
the sentence's figures.
A parenthesis right after a name abbreviates that name ("fighting the Rapid Support Forces
(RSF).") and credits no one."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .attribution import Source

_OPEN, _CLOSE = "(", ")"
# the most words a credited name runs to before a comma or the parenthesis closes
_MAX_NAME = 4
# the small words inside a proper name ("Doctors of the World")
_NAME_JOINERS = frozenset({"of", "the", "and", "for"})


def closing_credit(sent: Span, known_body: Callable[[int, int], bool]) -> Source | None:
    """The body credited by a parenthesis that closes ``sent`` (only its stop after it), or None;
    ``known_body(start, end)`` says whether the characters name a body the reader knows (a name
    it only guesses at may be a place: "in the town of Ruvina (Kivu)")."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text != _CLOSE:
        toks.pop()  # the sentence's stop
    if not toks or toks[-1].text != _CLOSE:
        return None
    opened = next((i for i in range(len(toks) - 2, -1, -1) if toks[i].text in (_OPEN, _CLOSE)), None)
    if opened is None or toks[opened].text != _OPEN or opened == 0:
        return None
    if toks[opened - 1].is_punct:
        return None
    inner = toks[opened + 1:-1]
    name = []
    for tok in inner:
        if tok.text == ",":
            break  # "(UNICEF, 3 May)": the date after the name
        name.append(tok)
    if not name or len(name) > _MAX_NAME or not all(t.pos_ == "PROPN" for t in name) \
            or any(t.ent_type_ in ("GPE", "DATE", "PERSON") for t in name):
        return None
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    if _abbreviates(toks[:opened], name[0].text) or not known_body(start, end):
        return None  # "the Rapid Support Forces (RSF)": an abbreviation of the name before it
    return Source(text=sent.doc[name[0].i:name[-1].i + 1].text, start=start, end=end)


def _abbreviates(before: list[Token], short: str) -> bool:
    """The proper name right before the parenthesis starts with the short form's first letter
    ("the Rapid Support Forces (RSF)", "Islamic State (ISIS)"; not "from Qasr Amal (IOM)")."""
    run = []
    for tok in reversed(before):
        if tok.pos_ != "PROPN" and not (run and tok.lower_ in _NAME_JOINERS):
            break
        run.append(tok)
    words = [t for t in reversed(run) if t.text[:1].isupper()]
    return bool(words) and words[0].text[:1].upper() == short[:1].upper()


__all__ = ["closing_credit"]
