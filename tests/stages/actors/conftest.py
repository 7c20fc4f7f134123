"""Fixtures of the actor stage tests: the stage's data with the small test dictionary
(``tests.builders.TEST_DICTIONARY``), so that the tests test the rules, not the contents of the
packaged data files."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from tests.builders import actor_data, actor_layer, write_test_dictionary


@pytest.fixture(scope="session")
def test_actor_data(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The actor stage's data: the packaged dictionary merged with the test dictionary."""
    return actor_data(write_test_dictionary(tmp_path_factory.mktemp("actors")))


@pytest.fixture
def layer_of(test_actor_data: Any, parse: Callable[..., ParsedDoc]) -> Callable[..., ActorLayer]:
    def _layer(text: str, **meta: Any) -> ActorLayer:
        return actor_layer(parse(text, **meta), test_actor_data)  # type: ignore[no-any-return]

    return _layer


@pytest.fixture
def packaged_layer(parse: Callable[..., ParsedDoc]) -> Callable[[str], ActorLayer]:
    """The actor layer of a text with the packaged data alone, as the actor probes score it (published
    2025-06-01, so that office holders are read as of that day)."""
    def _layer(text: str) -> ActorLayer:
        return actor_layer(parse(text, published="2025-06-01"))  # type: ignore[no-any-return]

    return _layer
