"""Scanning the text for numbers: numerals, number words, vague amounts, fractions and
"-fold" words, with the currency, sign, scale and unit written around each."""

from __future__ import annotations

import re

from ...nlp.numbers import parse_number_words, value_of_numeral
from .types import KIND_MEASURE, KIND_MONEY, KIND_OTHER, FigureLexicon, Quantity


class _Scanner:
    """The numbers found so far, and the stretches no later number may overlap."""

    def __init__(self, text: str, lex: FigureLexicon) -> None:
        self.text = text
        self.lex = lex
        blocked = lex.blocked_re if "@" in text else lex.blocked_no_mail_re
        self.blocked = [(m.start(), m.end()) for m in blocked.finditer(text)]
        self.taken: list[tuple[int, int]] = []
        self.found: list[Quantity] = []

    def free(self, s: int, e: int) -> bool:
        return not any(bs < e and s < be for bs, be in self.blocked) and not any(
            ts < e and s < te for ts, te in self.taken)

    def add(self, q: Quantity, take: bool = True) -> None:
        self.found.append(q)
        if take:
            self.taken.append((q.start, q.end))

    def vague(self) -> None:
        text, lex = self.text, self.lex
        for m in lex.vague_re.finditer(text):
            phrase = " ".join(m.group(0).lower().split())
            if phrase in lex.vague_requires_of and not re.match(r"\s+of\b", text[m.end():m.end() + 5]):
                continue
            low, high = lex.vague[phrase]
            self.add(Quantity(m.start(), m.end(), low, high, raw=low, source="vague", vague=phrase, integer=True))

    def fractions(self) -> None:
        text, lex = self.text, self.lex
        for m in lex.fraction_re.finditer(text):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("half"):
                prev = text[max(0, m.start() - 12):m.start()].lower()
                if re.search(r"(first|second|the|a|one|and)\s+$", prev):
                    continue
                value = lex.fractions["half"]
                end = m.start("half") + 4
            else:
                count_word = m.group("count").lower()
                count = 1 if count_word in ("a", "one") else lex.word_values.get(count_word, 1)
                value = count * lex.fractions[m.group("frac").lower()]
                end = m.end("frac")
            self.add(Quantity(m.start(), end, value, value, raw=value, source="fraction", integer=False))

    def folds(self) -> None:
        lex = self.lex
        for m in lex.fold_re.finditer(self.text):
            if not self.free(m.start(), m.end()):
                continue
            word = m.group("word").lower()
            value = float(word) if word.isdigit() else float(lex.word_values.get(word, 0))
            if value <= 0:
                continue
            q = Quantity(m.start(), m.end(), value, value, raw=value, source="fold")
            q.unit, q.unit_kind, q.unit_end = "fold", KIND_OTHER, m.end()
            self.add(q)

    def words(self) -> None:
        lex = self.lex
        for m in lex.word_number_re.finditer(self.text):
            if not self.free(m.start(), m.end()):
                continue
            tokens = [(t.group(0), t.start(), t.end()) for t in re.finditer(r"[A-Za-z]+", m.group(0))]
            words = [t[0] for t in tokens]
            for first, last, value in parse_number_words(words, lex.numbers):
                if words[last - 1].lower() == "and":
                    last -= 1
                if words[first].lower() in lex.scales or words[first].lower() == "dozen":
                    continue  # a bare scale word: taken by a numeral ("12 thousand") or not a number
                s = m.start() + tokens[first][1]
                e = m.start() + tokens[last - 1][2]
                scale = None
                for w in words[first:last]:
                    if w.lower() in lex.scales:
                        scale = float(lex.scales[w.lower()])
                self.add(Quantity(s, e, value, value, raw=value, source="word", scale=scale))

    def numerals(self) -> None:
        text = self.text
        for m in self.lex.numeral_re.finditer(text):
            if not self.free(m.start(), m.end()):
                continue
            value, integer, sep = value_of_numeral(m.group(0))
            q = Quantity(m.start(), m.end(), value, value, raw=value, integer=integer, has_separator=sep)
            after = text[m.end():m.end() + 2]
            if re.match(r"\.\d", after):
                q.skip = "version"
            elif not sep and integer and len(m.group(0)) >= 10:
                q.skip = "identifier"  # tweet and record ids, not amounts
            self.add(q, take=False)


def scan(text: str, lex: FigureLexicon) -> list[Quantity]:
    """Every number in the text, with the reason it is not a figure where it is not one."""
    scanner = _Scanner(text, lex)
    scanner.vague()
    scanner.fractions()
    scanner.folds()
    scanner.words()
    scanner.numerals()
    scanner.found.sort(key=lambda q: q.start)
    return scanner.found


def _read_sign_and_currency(text: str, q: Quantity, lex: FigureLexicon) -> None:
    before = text[max(0, q.start - 12):q.start]
    # a sign: "-5 yards", "minus-130", "$-50.8bn"
    if q.source == "numeral":
        if re.search(r"(?:^|[\s($])[-−]$", before):
            q.low = q.high = q.raw = -q.raw
            q.start -= 1
            before = before[:-1]
        elif re.search(r"\bminus[-\s]$", before, re.I):
            q.low = q.high = q.raw = -q.raw
    cm = lex.currency_before_re.search(before)
    if cm:
        q.currency = lex.currency_prefix[cm.group("c")]
        q.cur_start = q.start - (len(before) - cm.start("c"))
    elif q.source == "numeral" and re.search(r"[A-Za-z]$", before):
        q.skip = q.skip or "name"  # G7, PS5, A320
    elif q.source == "numeral" and re.search(r"(?:^|\s)(?:[A-Z][A-Za-z]*|[A-Z]+)[-‑]$", before):
        q.skip = q.skip or "name"  # COVID-19, F-35, TA-35


def _scale_of(word: str, attached: bool, rest: str, q: Quantity, lex: FigureLexicon) -> float | None:
    """The value of a scale word or abbreviation after a number, when it applies to it."""
    if word.lower() in lex.scales and (q.source == "numeral" or word.lower() not in lex.scales):
        return float(lex.scales[word.lower()])
    if word in lex.scale_abbr:
        ab = lex.scale_abbr[word]
        if (attached or not ab.attached_only) and (not ab.money_only or q.currency):
            return ab.value
        if word == "m" and attached and re.match(r"m\s+of\b", rest):
            return ab.value
    return None


def _read_scale(text: str, q: Quantity, lex: FigureLexicon) -> None:
    """A scale after the number ("1.2 million", "$35m"), and at most one more ("hundred thousand")."""
    rest = text[q.end:q.end + 40]
    sm = lex.scale_after_re.match(rest)
    if not sm:
        return
    scale = _scale_of(sm.group("s"), not sm.group("sep"), rest, q, lex)
    if scale is None:
        return
    q.scale = scale if q.scale is None else q.scale * scale
    q.low *= scale
    q.high *= scale
    q.end += sm.end()
    rest = text[q.end:q.end + 40]
    more = lex.scale_after_re.match(rest)  # "1.2 hundred thousand" is rare; one more
    if more and more.group("s").lower() in lex.scales and more.group("sep"):
        s2 = float(lex.scales[more.group("s").lower()])
        q.scale *= s2
        q.low *= s2
        q.high *= s2
        q.end += more.end()


def read_numeral_surroundings(text: str, q: Quantity, lex: FigureLexicon) -> None:
    """Currency before, sign, scale, unit and attached letters after a number."""
    _read_sign_and_currency(text, q, lex)
    if q.source in ("numeral", "word"):
        _read_scale(text, q, lex)
    rest = text[q.end:q.end + 40]
    if q.source == "numeral" and rest[:1].isalpha():
        letters = re.match(r"[A-Za-z]+", rest)
        suffix = letters.group(0) if letters else ""
        if suffix.lower() in ("st", "nd", "rd", "th"):
            q.skip = q.skip or "ordinal"
        elif suffix in ("s",) or rest.startswith("s "):
            q.skip = q.skip or "decade"
        elif suffix.lower() in ("am", "pm"):
            q.skip = q.skip or "time"
    if q.skip:
        return
    _read_unit(text, q, lex)


def _read_unit(text: str, q: Quantity, lex: FigureLexicon) -> None:
    rest = text[q.end:q.end + 60]
    if q.unit is None:
        um = lex.unit_after_cs_re.match(rest)
        info = lex.units_cs.get(um.group("u")) if um else None
        ci = lex.unit_after_ci_re.match(rest)
        ci_info = lex.units_ci.get(" ".join(ci.group("u").lower().split())) if ci else None
        if ci and ci_info and (not um or ci.end() >= um.end()):
            um, info = ci, ci_info
        if um and info:
            sep = um.group("sep") or ""
            # a symbol after a space must not be the start of a word ("5 m" yes, "5 more" no):
            # guaranteed by the look-ahead; a one-letter symbol after a space is only taken
            # for degrees and metres
            if not (len(um.group("u")) == 1 and sep.strip() == "" and sep and um.group("u") not in "mgCFWV°%"):
                q.unit, q.unit_kind = info.name, info.kind
                q.unit_end = q.end + um.end()
        elif q.source == "numeral" and rest[:1].isalpha():
            q.skip = "name"  # 5G, 3D, 4x4: letters glued to a number
            return
    if q.unit is not None and q.currency is None:
        rm = lex.rate_after_re.match(text[q.unit_end or q.end:(q.unit_end or q.end) + 30])
        if rm and q.unit_kind in (KIND_MONEY, KIND_MEASURE):
            per = rm.group("per") or rm.group("a")
            q.unit = f"{q.unit} per {per.lower()}"
            q.unit_end = (q.unit_end or q.end) + rm.end()
    if q.currency is not None:
        if q.unit is not None and q.unit_kind != KIND_MONEY:
            q.unit = f"{q.currency} per {q.unit}" if q.unit_kind == KIND_MEASURE else q.unit
        else:
            q.unit = q.currency if q.unit is None else q.unit
            q.unit_kind = KIND_MONEY
        end = q.unit_end or q.end
        rm = lex.rate_after_re.match(text[end:end + 30])
        if rm:
            per = rm.group("per") or rm.group("a")
            q.unit = f"{q.unit} per {per.lower()}"
            q.unit_end = end + rm.end()

