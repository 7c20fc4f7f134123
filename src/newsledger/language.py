"""Which language a text is in, for the ingest's "English only" check.

Two steps. The share of English function words among a text's words settles most texts at no
cost: real English news has 0.30 or more (0.34 and up on Voice of America stories), other
languages in Latin script far less. Texts in between, and texts too short for a share to mean
anything, go to py3langid (a maintained language identifier, the one trafilatura uses), loaded
on first need and kept for the process. A text is English when the identifier says so.
"""

from __future__ import annotations

import functools
import os
from typing import Any

# py3langid ships its model next to its module under this name
_MODEL = "data/model.npz.xz"


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier, loaded once per process (about 1 s and 100 MB)."""
    import py3langid.langid as langid

    path = os.path.join(os.path.dirname(langid.__file__), _MODEL)
    return langid.LanguageIdentifier.from_modelpath(path, norm_probs=True)


def identify(text: str, max_chars: int = 3000) -> tuple[str, float]:
    """The ISO 639-1 code of the language of ``text`` (its first ``max_chars`` characters) and
    the identifier's probability."""
    code, prob = _identifier().classify(text[:max_chars])
    return str(code), float(prob)


__all__ = ["identify"]
