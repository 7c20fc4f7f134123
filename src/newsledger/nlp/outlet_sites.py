"""An outlet known only by its web address ("voanews.com", "apnews.com", "edition.cnn.com": the
site an article was read from, ``ingest.outlet_of_url``) and a source naming that outlet: the
source's name words, joined and lower-cased ("VOA", "Al Jazeera" -> "aljazeera"), are a label of
the address, alone or before a word sites add to an outlet's name (``site_name_suffixes``:
"voa" + "news"). "A VOA reporter in the town said ..." in a story from voanews.com is the outlet's
own voice; "a Reuters reporter" in that story is not."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# a host name: labels of letters, digits and hyphens joined by dots, no spaces or capitals
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def site_labels(outlet: str) -> list[str]:
    """The labels of an outlet written as a host name, without its last one ("voanews.com" ->
    ["voanews"]); [] when the outlet is a name, not an address."""
    name = outlet.strip()
    if not _HOST.fullmatch(name):
        return []
    return name.split(".")[:-1]


def names_site(caps: Sequence[str], outlet: str, suffixes: Collection[str]) -> bool:
    """Whether the name words ``caps`` of a source (capitalised, no article) name the outlet
    written as a host name: their joined lower-case form, two letters at least, is a label of it,
    or a label less one of ``suffixes`` at its end."""
    joined = "".join(w.lower() for w in caps)
    if len(joined) < 2 or not joined.isalnum():
        return False
    for label in site_labels(outlet):
        if label == joined or any(label == joined + s for s in suffixes):
            return True
    return False
