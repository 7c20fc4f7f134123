"""The words of the attribution constructions (``data/quotes/attribution.yaml``), read once per
``Resources``: the verbs, nouns and phrases that report, cite, carry or issue a statement, the
dateline and wire-credit pattern that opens a paragraph, the attribution values a record takes
when no one states it, and whether a source is the article's own publisher. The grammar that uses
them is in :mod:`newsledger.nlp.attribution`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from ..resources import Resources
from .outlet_sites import names_site

# a figure's attribution when the outlet states it in its own voice
UNATTRIBUTED = "unattributed"
# a figure's attribution when it lies in a quote whose speaker was not found
UNKNOWN_SPEAKER = "unidentified speaker"

ATTRIBUTION_FILE = "quotes/attribution.yaml"
ATTRIBUTION_SCHEMA: Any = {
    "reporting_verbs": [str],
    "count_verbs": [str],
    "count_nouns": [str],
    "anaphoric_objects": [str],
    "citing_phrases": [str],
    "carrier_verbs": [str],
    "spokesperson_nouns": [str],
    "source_documents": [str],
    "media_documents": [str],
    "cited_documents": [str],
    "issuer_prepositions": [str],
    "count_prepositions": [str],
    "inclusion_verbs": [str],
    "reaching_verbs": [str],
    "issuing_sectors": [str],
    "event_owners": [str],
    "other_sense_phrases": [str],
    "other_sense_objects": [str],
    "issue_verbs": [str],
    "attributing_verbs": [str],
    "medium_prepositions": [str],
    "news_agencies": [str],
    "reason_nouns": [str],
    "speaker_pronouns": [str],
    "own_people_nouns": [str],
    "examination_nouns": [str],
    "circumstance_prepositions": [str],
    "negative_determiners": [str],
    "publisher_words": [str],
    "withholding_verbs": [str],
    "question_verbs": [str],
    "figure_object_verbs": [str],
    "self_nouns": [str],
    "version_nouns": [str],
    "site_name_suffixes": [str],
    "outlet_note_words": [str],
    "responsibility_objects": [str],
    "act_claiming_verbs": [str],
    "body_sources_compiling_verbs": [str],
}

_DASH = r"[-\u2013\u2014]"
_CAPS_PLACE = r"[A-Z][A-Z.'\u2019/-]+(?:[ \t]+[A-Z][A-Z.'\u2019/-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_DATE = r"(?:,[ \t]*[^()\n:\u2013\u2014-]{1,30}?)?"
_CREDIT = r"\([ \t]*[A-Z][^()\n]{1,60}\)"



@dataclass(frozen=True)
class AttributionWords:
    """The words of the attribution constructions (``quotes/attribution.yaml``)."""

    reporting_verbs: frozenset[str]
    count_verbs: frozenset[str]  # report a figure only through a count ("raised the toll to 500")
    count_nouns: frozenset[str]
    anaphoric_objects: frozenset[str]
    carrier_verbs: frozenset[str]
    spokesperson_nouns: frozenset[str]
    source_documents: frozenset[str]
    media_documents: frozenset[str]  # footage, videos: say what they show for whoever issues them
    cited_documents: frozenset[str]  # documents whose citing names a source ("citing hospital records")
    issuer_prepositions: frozenset[str]
    issue_verbs: frozenset[str]
    medium_prepositions: frozenset[str]  # "responded in a statement saying ...": the responder
    citing_words: frozenset[str]  # the one-word citing phrases: "citing", "quoting"
    reason_nouns: frozenset[str]  # "citing security concerns": a reason, no source
    citing_re: re.Pattern[str]
    dateline_re: re.Pattern[str]
    attributing_verbs: frozenset[str] = frozenset()  # "a statement attributed to X": X issued it
    speaker_pronouns: frozenset[str] = frozenset()  # "I counted 30" in X's quote: X states it
    own_people_nouns: frozenset[str] = frozenset()  # "its teams counted 30" in X's quote: X states it
    examination_nouns: frozenset[str] = frozenset()  # "post-mortems show that 5 ..." in X's quote: X's
    # "declared mourning after a strike that killed 27": a figure in such a phrase on a reporting
    # verb is a circumstance of the act, not what its subject states
    circumstance_prepositions: frozenset[str] = frozenset()
    # "No official source has given a toll ...": a subject that is no one states nothing
    negative_determiners: frozenset[str] = frozenset()
    publisher_words: frozenset[str] = frozenset()  # "our researchers found", outside quotes: the publisher
    withholding_verbs: frozenset[str] = frozenset()  # "refused to say how 12 died": nothing told
    question_verbs: frozenset[str] = frozenset()  # "asked why 40 were killed": a question, not a claim
    figure_object_verbs: frozenset[str] = frozenset()  # "has verified 24": only with the figure as object
    count_prepositions: frozenset[str] = frozenset()  # "in a toll announced by X", "by X's count"
    inclusion_verbs: frozenset[str] = frozenset()  # "X's toll of 19 includes four children"
    reaching_verbs: frozenset[str] = frozenset()  # "X's count reached 58": the figure as object
    issuing_sectors: frozenset[str] = frozenset()  # "citing an army report": lower-case sector codes
    event_owners: frozenset[str] = frozenset()  # "The quake's death toll": of it, not by it
    other_sense_phrases: frozenset[str] = frozenset()  # "adds to the record of ...": no saying
    other_sense_objects: frozenset[str] = frozenset()  # "claimed 40 lives": no saying
    self_nouns: frozenset[str] = frozenset()  # "this story said ...": the article itself
    version_nouns: frozenset[str] = frozenset()  # "an earlier version said ...": the article itself
    site_name_suffixes: frozenset[str] = frozenset()  # "voanews.com": "voa" + "news" names VOA
    outlet_note_words: frozenset[str] = frozenset()  # "(translated from Tajik)": a note, not a name
    # "claimed responsibility for a bombing that killed 23", "claimed the ambush, which left 12 dead":
    # the act claimed, whose describing clause's figure is not the claimant's (nlp.claimed_acts)
    responsibility_objects: frozenset[str] = frozenset()
    act_claiming_verbs: frozenset[str] = frozenset()
    # "figures from X compiled by Y": Y gathers X's figures (nlp/body_sources_compiled.py)
    body_sources_compiling_verbs: frozenset[str] = frozenset()


def dateline_pattern(agencies: Collection[str]) -> re.Pattern[str]:
    """The dateline or wire credit opening a paragraph (match it at the paragraph's start)."""
    agency = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"[ \t]*(?:{_CAPS_PLACE}{_DATE}[ \t]*(?:{_CREDIT})?[ \t]*(?:{_DASH}|:)"
        rf"|{_TITLE_PLACE}{_DATE}[ \t]*{_CREDIT}[ \t]*{_DASH}"
        rf"|{_TITLE_PLACE}[ \t]+{_DASH}(?=[ \t])"
        rf"|{_CREDIT}[ \t]*{_DASH}"
        rf"|(?:{agency})[ \t]*(?:{_CREDIT})?[ \t]+{_DASH}(?=[ \t]))[ \t]*")


def build_attribution_words(raw: dict[str, Any]) -> AttributionWords:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key, []) or [])

    phrases = sorted(words("citing_phrases"), key=len, reverse=True)
    return AttributionWords(
        reporting_verbs=words("reporting_verbs"),
        count_verbs=words("count_verbs"),
        count_nouns=words("count_nouns"),
        anaphoric_objects=words("anaphoric_objects"),
        carrier_verbs=words("carrier_verbs"),
        spokesperson_nouns=words("spokesperson_nouns"),
        source_documents=words("source_documents"),
        media_documents=words("media_documents"),
        cited_documents=words("cited_documents"),
        issuer_prepositions=words("issuer_prepositions"),
        issue_verbs=words("issue_verbs"),
        medium_prepositions=words("medium_prepositions"),
        citing_words=frozenset(p for p in phrases if " " not in p),
        reason_nouns=words("reason_nouns"),
        attributing_verbs=words("attributing_verbs"),
        speaker_pronouns=words("speaker_pronouns"),
        own_people_nouns=words("own_people_nouns"),
        examination_nouns=words("examination_nouns"),
        circumstance_prepositions=words("circumstance_prepositions"),
        negative_determiners=words("negative_determiners"),
        publisher_words=words("publisher_words"),
        withholding_verbs=words("withholding_verbs"),
        question_verbs=words("question_verbs"),
        figure_object_verbs=words("figure_object_verbs"),
        count_prepositions=words("count_prepositions"),
        inclusion_verbs=words("inclusion_verbs"),
        reaching_verbs=words("reaching_verbs"),
        issuing_sectors=words("issuing_sectors"),
        event_owners=words("event_owners"),
        other_sense_phrases=words("other_sense_phrases"),
        other_sense_objects=words("other_sense_objects"),
        self_nouns=words("self_nouns"),
        version_nouns=words("version_nouns"),
        site_name_suffixes=words("site_name_suffixes"),
        outlet_note_words=words("outlet_note_words"),
        responsibility_objects=words("responsibility_objects"),
        act_claiming_verbs=words("act_claiming_verbs"),
        body_sources_compiling_verbs=words("body_sources_compiling_verbs"),
        citing_re=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\s+", re.I)
        if phrases else re.compile(r"(?!)"),
        dateline_re=dateline_pattern([str(a) for a in raw.get("news_agencies", []) or []]),
    )


_WORD = re.compile(r"[\w'\u2019-]+")


def _capitalised(text: str) -> list[str]:
    """The capitalised words of a name, without an article ("The", "A": "A Reuters reporter") and a
    possessive "'s"."""
    out = []
    for w in _WORD.findall(text):
        w = re.sub(r"['\u2019]s$", "", w)
        if w[:1].isupper() and w.lower() not in ("the", "a", "an"):
            out.append(w)
    return out


def _initials_of(word: str, name: list[str]) -> bool:
    """``word`` is an acronym (three capitals at least) of the capitalised words ``name``: "LOHR"
    of "Levant Observatory (for) Human Rights"; "UN" or "Human" are none."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and len(name) == len(word) \
        and all(w[0] == c for w, c in zip(name, word, strict=True))


def names_publisher(source: str, outlet: str | None, words: AttributionWords, text: str | None = None) -> bool:
    """A source, outside any quote, that is the article's own publisher, whose statement is then
    the outlet's own voice: first-person ("our researchers found", "we documented": a group's or
    an office's release), or named as the outlet or the wire it carries ("Sagaing Rights
    Monitor said today" in that group's release; "Reuters could not verify" in a paper carrying
    Reuters, "Harbour Times (Reuters)"; "data compiled by Ayeyar Khit" in "Ayeyar Khit News"):
    its capitalised words are words of one of those names in a row, two at least (one for a
    one-word name), or name the outlet's web address ("A VOA reporter" from voanews.com:
    ``outlet_sites.names_site``), or the one acronym of such a name ("LOHR documented" in the Levant Observatory
    for Human Rights' release). Given the article's ``text``, a source that is only the first word of a
    longer name is the publisher too when the text names it in full, the short form of a name it
    has given ("Hawar Rights Monitor has confirmed ... Hawar has recorded" in that group's
    release); the caller leaves out a source that names a place ("Israel said" in "Israel Hayom")."""
    first = _WORD.findall(source)[:1]
    if (first and first[0].lower() in words.publisher_words) or speaks_of_itself(source, words):
        return True
    caps = _capitalised(source)
    if not outlet or not caps:
        return False
    names = outlet_names(outlet, words)
    for name in names:
        if names_site(caps, name, words.site_name_suffixes):
            return True  # "A VOA reporter said ..." in a story from voanews.com
        own = _capitalised(name)
        if len(caps) >= min(2, len(own)) and any(own[i:i + len(caps)] == caps for i in range(len(own))):
            return True
        if len(caps) == 1 and _initials_of(caps[0], own):
            return True  # "LOHR documented ..." in the Levant Observatory for Human Rights' release
    bare = [w for w in _WORD.findall(source) if w.lower() != "the"]
    return text is not None and len(bare) == 1 and bare == caps and any(
        len(_capitalised(name)) >= 2 and _capitalised(name)[0] == caps[0] and name in text for name in names)


def outlet_names(outlet: str, words: AttributionWords) -> list[str]:
    """The names an outlet's byline gives, split at parentheses ("Harbour Times (Reuters)": both),
    less a note on the text that opens with a word of ``outlet_note_words`` ("Sughd Today
    (translated from Tajik)": "Sughd Today" only)."""
    names = [n.strip() for n in re.split(r"[()]", outlet) if n.strip()]
    return [n for n in names if n.split()[0].lower() not in words.outlet_note_words]


def names_publisher_by_head(source: str, outlet: str | None) -> bool:
    """A body's statement naming itself by the head noun of its name, capitalised, after "the"
    ("The Command wishes to inform ..." in the Zamfara State Police Command's, "The Alliance
    calls on ..." in the Frontline Medics Alliance's): the last capitalised word of a name of two
    at least. The caller asks it only of a statement in the body's present voice."""
    found = _WORD.findall(source)
    names = [n.strip() for n in re.split(r"[()]", outlet or "") if n.strip()]
    return len(found) == 2 and found[0].lower() == "the" and found[1][:1].isupper() and any(
        len(own) >= 2 and own[-1] == found[1] for own in map(_capitalised, names))


def speaks_of_itself(source: str, words: AttributionWords) -> bool:
    """A source that is the article itself or a version of it: "this story", "An earlier version
    of this story, published Tuesday", "A previous version" (its first phrase, up to a comma; a
    bare version noun after an article and at most two adjectives: not "a version of events given
    by police")."""
    phrase = [w.lower() for w in _WORD.findall(source.split(",")[0])]
    if any(a == "this" and b in words.self_nouns for a, b in itertools.pairwise(phrase)):
        return True
    head = next((i for i, w in enumerate(phrase) if w in words.version_nouns), None)
    return head is not None and 1 <= head <= 3 and head + 1 == len(phrase) and phrase[0] in ("a", "an", "the")


def load_attribution_words(resources: Resources) -> AttributionWords:
    """The attribution words, read once per ``Resources`` (packaged file merged with the user's)."""
    return resources.memo(("attribution", "words"),  # type: ignore[no-any-return]
                          lambda: build_attribution_words(resources.yaml(ATTRIBUTION_FILE, ATTRIBUTION_SCHEMA)))


def dateline_end(text: str, pos: int, words: AttributionWords) -> int:
    """Where the dateline or wire credit opening the paragraph of ``pos`` ends (the paragraph's
    start when it has none)."""
    para_start = text.rfind("\n", 0, pos) + 1
    m = words.dateline_re.match(text, para_start)
    return m.end() if m is not None and m.end() > para_start else para_start


__all__ = [
    "ATTRIBUTION_FILE",
    "ATTRIBUTION_SCHEMA",
    "UNATTRIBUTED",
    "UNKNOWN_SPEAKER",
    "AttributionWords",
    "build_attribution_words",
    "dateline_end",
    "dateline_pattern",
    "load_attribution_words",
    "names_publisher",
]
