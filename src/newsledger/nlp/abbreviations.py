"""Abbreviations the tokenizer keeps whole: a rank or title written with its full stop before a
name ("Lt. Col. Peter Lerner", "Sgt. Maj. A. said"), so that the stop neither splits the word nor
ends the sentence. The words are in ``data/nlp/tokens.yaml``."""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language

from ..resources import Resources

TOKENS_FILE = "nlp/tokens.yaml"
TOKENS_SCHEMA: Any = {"title_abbreviations": [str]}


def keep_abbreviations(nlp: Language, resources: Resources) -> None:
    """Teach ``nlp``'s tokenizer the title abbreviations (each as written), once per tokenizer."""
    words = resources.yaml(TOKENS_FILE, TOKENS_SCHEMA).get("title_abbreviations", []) or []
    rules = nlp.tokenizer.rules or {}
    for word in words:
        if word not in rules:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
