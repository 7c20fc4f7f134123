"""Noun phrases: each atom's head grows into its phrase, takes an of/in complement, merges
with an adjacent descriptor, and coordinated phrases make compounds.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from .base import ResolverBase
from .types import (
    CAT_ANAPHOR,
    CAT_FRAME,
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    MODIFIER_DEPS,
    NP_LEFT_DEPS,
    QUOTE_CHARS,
    TABLE_LABEL,
    Atom,
    Phrase,
)


class PhrasesMixin(ResolverBase):
    def _heads(self) -> dict[int, str]:
        """Head tokens of candidate mentions: "atom" (a dictionary or entity head) or "pronoun"."""
        doc = self.doc
        heads: dict[int, str] = {}
        seen: set[int] = set()
        for arr in (self.names, self.nouns, self.frames):
            for a in arr:
                if a is None or id(a) in seen:
                    continue
                seen.add(id(a))
                if arr is self.names and self._in_label(a):
                    continue
                if arr is not self.names and any(self.names[i] is not None for i in range(a.start, a.end)) and not (
                    arr is self.frames and self._frame_names_actor(a) and self._frame_refers(a)
                ):
                    continue
                if arr is self.frames and (
                    any(self.nouns[i] is not None for i in range(a.start, a.end)) or not self._frame_names_actor(a)
                ):
                    continue
                root = doc[a.start:a.end].root
                if arr is not self.names and not self._nominal_ok(root):
                    continue
                if a.cat == "E" and a.key == "NORP" and root.dep_ in ("amod", "compound", "nmod") and root.tag_ not in ("NNS", "NNPS"):
                    continue  # "Western support": an adjective, not a mention
                heads.setdefault(root.i, "atom")
        pron = set(self.rules.male_pronouns) | set(self.rules.female_pronouns) | set(self.rules.plural_pronouns)
        neuter = set(self.rules.neuter_pronouns)
        for tok in doc:
            low = tok.lower_
            if (low in pron and tok.pos_ == "PRON") or (low == "her" and tok.tag_ == "PRP"):
                heads.setdefault(tok.i, "pronoun")
            elif low in neuter and tok.pos_ == "PRON" and self._reporting_subject(tok):
                heads.setdefault(tok.i, "pronoun")  # "It said ...": the body last named as a subject
        return dict(sorted(heads.items()))

    def _body_like(self, m: Phrase) -> bool:
        """A mention headed by a noun for an organisation ("army", "coast guard", "ministry")."""
        a = self.nouns[m.head]
        st = self.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
        return st is not None and st[0].type == "organisation"

    def _reporting_subject(self, tok: Token) -> bool:
        """The subject of a reporting verb ("It said", "it accused", "It called on ...")."""
        if tok.dep_ != "nsubj":
            return False
        verb = tok.head
        return verb.lemma_.lower() in self.rules.reporting_verbs or verb.lower_ in self.rules.reporting_verbs

    def _frame_refers(self, a: Atom) -> bool:
        ft = self.d.framing_forms.get(a.key)
        return ft is not None and bool(ft.refers_to)

    def _in_label(self, a: Atom) -> bool:
        """A name inside a framing label that names its own referent ("Strelsau clique")."""
        f = self.frames[a.start]
        return f is not None and f.start <= a.start and a.end <= f.end and (f.end - f.start) > (a.end - a.start) \
            and self._frame_refers(f)

    def _is_head_atom(self, i: int) -> bool:
        return self.names[i] is not None or self.nouns[i] is not None

    def _frame_names_actor(self, a: Atom) -> bool:
        """A framing term that names an actor ("Zionist regime", "His Eminence"), not an act."""
        ft = self.d.framing_forms.get(a.key)
        return ft is not None and (bool(ft.refers_to) or bool(ft.sector) or ft.kind in self.rules.actor_framing_kinds)

    def _nominal_ok(self, tok: Token) -> bool:
        """A common noun heading an actor phrase: a noun, not an adjective or part of a hyphenated word."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        nxt = tok.nbor(1) if tok.i + 1 < self.n else None
        if nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not tok.whitespace_:
            return False
        return True

    def _build(self) -> None:
        doc = self.doc
        heads = self._heads()
        head_set = set(heads)
        for h, what in heads.items():
            tok = doc[h]
            if what == "pronoun":
                m = Phrase(h, h + 1, h, "pronoun", "PRONOUN", pending="pronoun", term=tok.lower_)
                self._add(m)
                continue
            atom = self.names[h] or self.nouns[h] or self.frames[h]
            parent = tok.head
            if (
                tok.dep_ in MODIFIER_DEPS
                and parent.i != h
                and parent.i in head_set
                and not (tok.dep_ == "poss" and self.names[h] is not None and self.names[h] is not self.names[parent.i])
                and self._np_contains(parent, h)
            ):
                continue  # a modifier of a larger actor phrase ("Israeli" in "Israeli troops")
            if atom is not None and self.names[h] is atom and self.names[parent.i] is atom and parent.i != h:
                continue
            self._add(self._np(tok))
        self._complements()
        self._merge_adjacent()
        self._coordination()
        self._countries_inside_groups()

    def _np_contains(self, parent: Token, i: int) -> bool:
        start, end = self._np_extent(parent)
        return start <= i < end

    def _np_extent(self, tok: Token) -> tuple[int, int]:
        start = tok.i
        for c in tok.lefts:
            if c.dep_ in ("nummod", "quantmod"):
                continue
            if c.dep_ == "punct" and c.text not in QUOTE_CHARS and c.text not in "[]()":
                continue
            if c.dep_ not in NP_LEFT_DEPS:
                continue
            left = c.left_edge.i
            # skip a number and its qualifier at the far left ("at least 12,300 Palestinians")
            while left < c.i and (self.doc[left].like_num or self.doc[left].dep_ in ("quantmod", "advmod", "nummod")):
                left += 1
            start = min(start, left)
        parent = tok.head
        if tok.dep_ == "compound" and parent.i > tok.i and not self._is_head_atom(parent.i):
            # "Israeli army bulldozers": the modifiers before a noun used as a modifier are its own
            for c in parent.lefts:
                if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "det", "poss"):
                    start = min(start, c.left_edge.i)
        end = tok.i + 1
        for arr in (self.names, self.nouns, self.frames):
            a = arr[tok.i]
            if a is not None:
                start = min(start, a.start)
                end = max(end, a.end)
        # a closing quote right after a quoted name
        if end < self.n and self.doc[end].text in ("’", "'") and end - 1 in self.quoted_tok:
            end += 1
        # drop leading punctuation other than an opening quote right before a quoted name
        while start < tok.i and self.doc[start].is_punct and start + 1 not in self.quoted_tok:
            start += 1
        while start < tok.i and self.doc[start].dep_ == "case":
            start += 1
        return start, end

    def _np(self, tok: Token) -> Phrase:
        start, end = self._np_extent(tok)
        h = tok.i
        name = self.names[h]
        noun = self.nouns[h]
        frame = self.frames[h]
        if name is not None and self._in_label(name):
            name = None
        if name is not None and name.table == "office":
            m = Phrase(start, end, h, "title", "TITLE", atom=name, term=name.key)
        elif name is not None:
            kind = "demonym" if name.table in ("demonym", "adjective") else "name"
            label = name.ner or TABLE_LABEL.get(name.table, name.ner or "NOMINAL")
            m = Phrase(start, end, h, kind, label, atom=name)
        elif noun is not None:
            kind = "title" if noun.cat == CAT_TITLE else "nominal"
            m = Phrase(start, end, h, kind, "TITLE" if kind == "title" else "NOMINAL", atom=noun, term=noun.key)
        else:
            assert frame is not None
            ft = self.d.framing_forms.get(frame.key)
            honor = ft is not None and ft.kind == "honorific"
            m = Phrase(start, end, h, "honorific" if honor else "label", "HONORIFIC" if honor else "LABEL",
                   atom=frame, term=frame.key)
        m.plural = tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")
        first = self.doc[start]
        m.definite = first.lower_ in self.rules.definite_determiners
        if name is not None and name.table == "demonym" and tok.tag_ in ("NNS", "NNPS"):
            m.plural = True
        return m

    def _add(self, m: Phrase) -> None:
        m.sentence = self.pd.sentence_index(self.doc[m.start].idx)
        self.mentions.append(m)
        self.by_head.setdefault(m.head, m)

    def _complements(self) -> None:
        """Note the of/in complement of a sector noun or title; it is used when no modifier
        gives the country ("the leaders of the United States", "rebels in Darfur")."""
        doc = self.doc
        preps = set(self.rules.complement_prepositions)
        for m in list(self.mentions):
            if m.kind not in ("nominal", "title", "label"):
                continue
            tok = doc[m.head]
            speaks_for = tok.lower_ in self.rules.spokesperson_nouns  # "a spokesman for X"
            for prep in tok.rights:
                if prep.dep_ != "prep" or (prep.lower_ not in preps and not (speaks_for and prep.lower_ == "for")):
                    continue
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                obj = objs[0]
                target = self.by_head.get(obj.i)
                if target is None or target.kind == "pronoun":
                    continue
                a = target.atom
                if prep.lower_ not in ("of", "for") and a is not None and a.table not in COUNTRY_TABLES \
                        and a.cat != "E":
                    continue
                m.complement = target
                m.comp_members = [target] + [self.by_head[c.i] for c in obj.conjuncts if c.i in self.by_head]
                for x in m.comp_members:
                    x.complement_of = m
                break

    def _merge_adjacent(self) -> None:
        """Descriptor phrases right before a name join it: titles, honorifics, descriptions."""
        changed = True
        while changed:
            changed = False
            ms = sorted((x for x in self.mentions if not x.merged), key=lambda x: (x.start, -x.end))
            by_start: dict[int, Phrase] = {}
            for x in ms:
                by_start.setdefault(x.start, x)
            for a in ms:
                if a.merged:
                    continue
                b = None
                for st in range(a.end, min(a.end + 4, self.n + 1)):
                    if st in by_start and not by_start[st].merged and by_start[st] is not a:
                        b = by_start[st]
                        break
                if b is None or a.sentence != b.sentence or not self._adjacent(a.end, b.start):
                    continue
                if (self._descriptor(a) and self._is_name(b) and not a.plural) or self._sub_unit(a, b):
                    b.start = a.start  # "the Palestinian resistance movement Hamas"
                    self._absorb(b, a)
                    changed = True
                    break
                if (
                    self._is_name(b) is False
                    and a.atom is not None
                    and a.atom.cat in (CAT_NAME, "E")
                    and (a.atom.table == "organisation" or a.atom.key == "ORG")
                    and b.kind == "nominal"
                    and self.doc[b.head].tag_ == "NNP"
                ):
                    a.end = b.end  # "Islamic Revolution Guard [IRG] Aerospace Force"
                    self._absorb(a, b)
                    changed = True
                    break
        self.mentions = [x for x in self.mentions if not x.merged]
        self.by_head = {}
        for x in self.mentions:
            self.by_head.setdefault(x.head, x)

    def _absorb(self, keep: Phrase, gone: Phrase) -> None:
        gone.merged = True
        if gone.kind == "title" and gone.term:
            te = self.d.title_forms.get(gone.term)
            if te is not None and te.kind != "courtesy":
                keep.role = keep.role or te.role
        if gone.complement is not None and keep.complement is None:
            keep.complement, keep.comp_members = gone.complement, gone.comp_members
            for x in keep.comp_members:
                x.complement_of = keep

    def _sub_unit(self, a: Phrase, b: Phrase) -> bool:
        """"Islamic Revolution Guard [IRG] Aerospace Force": an organisation, then a part of it."""
        if a.atom is None or b.atom is None or a.atom.table != "organisation" or b.atom.table != "organisation":
            return False
        child = self.d.organisations.get(b.atom.ref)
        return child is not None and child.parent == a.atom.ref

    def _adjacent(self, end: int, start: int) -> bool:
        if end == start:
            return True
        if end < start:
            between = self.doc[end:start]
            return len(between) <= 3 and all(t.text in "[]()" or (t.is_upper and len(t) <= 6) for t in between)
        return False

    def _descriptor(self, m: Phrase) -> bool:
        if m.kind in ("title", "honorific"):
            return True
        if m.kind in ("nominal", "label") and not m.plural and m.atom is not None:
            return m.atom.cat in (CAT_SECTOR, CAT_FRAME, CAT_TITLE, CAT_ANAPHOR)
        return False

    def _is_name(self, m: Phrase) -> bool:
        a = m.atom
        if a is None:
            return False
        return (a.cat == "E" and a.key in ("PERSON", "ORG")) or (a.cat == CAT_NAME and a.table in ("person", "organisation"))

    def _countries_inside_groups(self) -> None:
        """"the United States and Britain" named as one group: each country is a mention too."""
        taken = {(m.start, m.end) for m in self.mentions}
        for m in list(self.mentions):
            a = m.atom
            if a is None or a.table != "group" or not self.d.groups[a.ref].members:
                continue
            for c in self._raw_countries:
                if a.start <= c.start and c.end <= a.end and (c.end - c.start) < (a.end - a.start) \
                        and (c.start, c.end) not in taken:
                    sub = Phrase(c.start, c.end, self.doc[c.start:c.end].root.i, "name", "GPE", atom=c)
                    self._add(sub)
                    taken.add((c.start, c.end))

    def _coordination(self) -> None:
        """Coordinated actor phrases: one compound mention, plus each member's own mention."""
        doc = self.doc
        done: set[int] = set()
        for m in list(self.mentions):
            if m.head in done or m.kind == "pronoun":
                continue
            tok = doc[m.head]
            conj = [c.i for c in tok.conjuncts if c.i in self.by_head and self.by_head[c.i].kind != "pronoun"]
            if not conj or tok.dep_ == "conj":
                continue
            group = [m] + [self.by_head[i] for i in sorted(conj)]
            done.update(g.head for g in group)
            if m.complement_of is not None:
                continue  # the phrase it completes becomes the compound
            comp = Phrase(min(g.start for g in group), max(g.end for g in group), m.head, "compound", "COMPOUND")
            comp.members = group
            comp.plural = True
            comp.sentence = m.sentence
            self.mentions.append(comp)
        # coordinated country modifiers inside one phrase: "U.S. and Russian negotiators"
        for m in list(self.mentions):
            if m.kind not in ("nominal", "title"):
                continue
            mods = self._country_modifiers(m)
            conj_mods = [a for a in mods if doc[a.start:a.end].root.dep_ == "conj"]
            if len(mods) >= 2 and conj_mods:
                m.coordinated = True

    def _country_modifiers(self, m: Phrase) -> list[Atom]:
        """Country atoms inside a phrase's modifiers (adjectives, possessors, compounds)."""
        out: list[Atom] = []
        seen: set[int] = set()
        for i in range(m.start, min(m.end, m.head)):
            a = self.names[i]
            if a is None or id(a) in seen or a.table not in COUNTRY_TABLES:
                continue
            if a.end > m.head:
                continue
            seen.add(id(a))
            if self._stance_prefixed(a):
                continue  # "an anti-Syria journalist" is no Syrian
            out.append(a)
        return out

    def _stance_prefixed(self, a: Atom) -> bool:
        """A name after "anti-", "pro-" or "non-": a stance towards the country, not its people."""
        s = a.start
        prefixes = self.rules.stance_prefixes
        if s >= 2 and self.doc[s - 1].text == "-" and self.doc[s - 2].lower_ in prefixes:
            return True
        first = self.doc[s].lower_
        return any(first.startswith(p + "-") for p in prefixes)
