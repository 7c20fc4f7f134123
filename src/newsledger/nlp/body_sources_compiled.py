"""Two bodies behind one document or count noun (issue 15): the body whose figures they are and the
body that compiled them. "Figures from the regional health office, compiled by the monitoring
group, put the toll at 61": the office states the figures, the group only gathers them (as a
carrier never states what it cites); "figures compiled by AFP from official sources" (the "from"
on the verb of compiling) and "a tally by AFP based on official figures" stay the compiler's, whose
count it is. And the agent of a verb of compiling on a document that speaks ("Figures compiled by
the independent monitor show 128 ..."): a body by its construction, named or not."""

from __future__ import annotations

from spacy.tokens import Token

from .attribution_words import AttributionWords

# entity labels of places and times: "figures from Gaza", "data from Monday" name no body
_NO_BODY_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _compiler(noun: Token, words: AttributionWords) -> Token | None:
    """The agent of a verb of compiling (``body_sources_compiling_verbs``) in a participle or
    relative clause on ``noun``."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words.body_sources_compiling_verbs:
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None:
                return obj
    return None


def compiled_from(noun: Token, words: AttributionWords) -> Token | None:
    """The body a count or document noun's figures come from ("from X", on the noun itself) when
    another body compiled them ("compiled by Y", on the noun or on X): X; None otherwise."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "from"), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.like_num or obj.ent_type_ in _NO_BODY_ENTITIES \
            or obj.lemma_.lower() in words.event_owners:
        return None
    return obj if (_compiler(noun, words) or _compiler(obj, words)) is not None else None


def issuing_agent(document: Token, who: Token, words: AttributionWords) -> bool:
    """``who`` is the agent of a verb of compiling hung on ``document`` ("figures compiled by the
    monitor"), or the body the compiled figures come from ("figures from the office compiled by
    the monitor"): the body behind the document, though no actor stands for it."""
    compiler = _compiler(document, words)
    owner = compiled_from(document, words)
    return (compiler is not None and compiler.i == who.i) or (owner is not None and owner.i == who.i)
