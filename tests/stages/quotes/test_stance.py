"""The stance of a quote (``stages/quotes/stance.py``): the proposition of a content that is the
speaker's own judgement ("we assess that ..."), and the sentence of a quote of several sentences
whose verb of saying stands after its clause (“…,” said the report); invented sentences, each side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

FRAMES = [
    # (construction, text, words the quote's content starts with, expected stance)
    ("a verb of judgement frames a negated clause", "“We assess that the militia was not responsible for the "
     "blast,” the agency said.", "We assess", "negated"),
    ("another verb of judgement, other side", "“We judge that the army did not fire the shell,” the monitors "
     "said.", "We judge", "negated"),
    ("a verb of judgement over an asserted clause (negative)", "“We assess that the militia was responsible for the "
     "blast,” the agency said.", "We assess", "asserted"),
    ("a verb of wishing is no frame (near miss)", "“We hope that the army did not fire the shell,” the monitors "
     "said.", "We hope", "asserted"),
]


# a denial verb whose object is the denier's word for the other side's account ("the lies of",
# "the fabrications of") denies a proposition (seen on an invented DR Congo probe: "Rwanda rejects
# with contempt the lies of Kinshasa" was asserted)
FRAMES += [
    ("rejecting lies", "Rwanda rejects with contempt the lies of Kinshasa, the spokeswoman said.", "the lies",
     "denied"),
    ("dismissing fabrications, other side", "The Congolese army dismissed the fabrications of the M23, a "
     "statement said.", "the fabrications", "denied"),
    ("rejecting an offer (negative)", "The Congolese army rejected the offer of the M23, a statement said.",
     "the offer", "asserted"),
    ("telling lies is no denial (near miss)", "The M23 repeated the lies of Kigali, the army said.", "the lies",
     "asserted"),
]
# "it"/"this" standing for a claim reported before, called false ('the police have called it
# "baseless propaganda"'; seen on the invented mosque-blast probe, where it was asserted)
FRAMES += [
    ("calling it false", "Some posts claim the bomber wore a uniform. The police called it “baseless "
     "propaganda”.", "it", "denied"),
    ("calling this false, other side", "The army says the rebels shelled the market. The rebels called this a "
     "fabrication.", "this", "denied"),
    ("calling it a massacre (negative)", "The army shelled the market on Friday. The mayor called it a "
     "massacre.", "it", "asserted"),
    ("calling it regrettable (near miss)", "Some posts claim the bomber wore a uniform. The police called it "
     "“regrettable”.", "it", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), FRAMES, ids=[c[0] for c in FRAMES])
def test_a_verb_of_judgement_frames_the_proposition(name: str, text: str, start: str, expected: str) -> None:
    quotes = [q for q in pipeline().analyze_text("Blast\n\n" + text).quotes
              if q.content.text.lstrip("“\"").startswith(start)]
    assert quotes, name
    assert quotes[0].stance == expected, (name, [(q.content.text, q.stance) for q in quotes])


LATE_CUE = [
    # (construction, text, [stances of the quote and the nested quotes whose content starts with the words])
    ("a negated clause before its verb of saying, in a quote of several sentences",
     "The agency published its review. “We assess that the militia was not responsible,” said the review. “The "
     "footage points elsewhere. Our analysts checked it twice.”", "We assess", {"negated"}),
    ("the same, other side", "The monitors published their review. “We conclude that the army did not fire the "
     "shell,” said the review. “The crater points elsewhere. Our staff checked it twice.”", "We conclude",
     {"negated"}),
    ("an asserted clause before its verb of saying (negative)", "The agency published its review. “We assess that "
     "the militia was responsible,” said the review. “The footage points elsewhere. Our analysts checked it "
     "twice.”", "We assess", set()),
    ("a negated clause with no verb of saying after it (near miss: its own sentence)", "The agency published its "
     "review. “We assess that the militia was responsible. The army was not involved,” said the review.",
     "We assess", set()),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), LATE_CUE, ids=[c[0] for c in LATE_CUE])
def test_a_sentence_with_its_verb_of_saying_after_the_clause(name: str, text: str, start: str,
                                                           expected: set[str]) -> None:
    quotes = pipeline().analyze_text("Review\n\n" + text).quotes
    # the stances nested quotes carry of their own (an asserted one is a stretch: test_stretches)
    nested = {q.stance for q in quotes if q.parent_id and q.stance != "asserted"
              and q.content.text.lstrip("“\"").startswith(start)}
    assert nested == expected, (name, [(q.content.text, q.stance, q.parent_id) for q in quotes])


ASKED = [
    # (construction, text, the start of a quote's content, its expected (stance, speaker))
    # positive: a saying asked of the object is not the asker's: the request stands asserted, and
    # the object speaks the infinitive's clause
    ("called on X to show that not-P", "The Iranian minister called on the people of Europe to show that they do "
     "not back Israel.", "the people of Europe", ("asserted", "The Iranian minister")),
    ("called on X to show that not-P: the clause", "The Iranian minister called on the people of Europe to show that "
     "they do not back Israel.", "that they do not", ("negated", "the people of Europe")),
    ("urged X to say, other side", "The Israeli envoy urged Russia to say that its jets did not strike the clinic.",
     "that its jets", ("negated", "Russia")),
    # negative: the speaker's own saying of a negated clause
    ("said that not-P", "The Israeli envoy said that Russian jets did not strike the clinic.", "that Russian jets",
     ("negated", "The Israeli envoy")),
    # near miss: an infinitive with no object before it is the subject's own ("promised to show")
    ("promised to show that not-P", "The Russian envoy promised to show that its jets did not strike the clinic.",
     "that its jets", ("negated", "The Russian envoy")),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), ASKED, ids=[c[0] for c in ASKED])
def test_a_saying_asked_of_another_is_the_others(name: str, text: str, start: str,
                                                 expected: tuple[str, str]) -> None:
    quotes = [q for q in pipeline().analyze_text("Envoys\n\n" + text).quotes if q.content.text.startswith(start)]
    assert quotes, (name, [q.content.text for q in pipeline().analyze_text("Envoys\n\n" + text).quotes])
    q = quotes[0]
    assert (q.stance, q.speaker.text if q.speaker else None) == expected, name


DISMISSED_AS = [
    # (construction, text, words the quoted fragment starts with, expected stance): a fragment quoted in the
    # "as" phrase of a dismissal is the speaker's own word for what is dismissed, asserted, not denied
    # (seen on VOA set-1 tune text: a quoted verb phrase after "dismissed X's response as" was denied)
    ("positive: a verb phrase quoted in the as phrase", "The minister dismissed the rebels' offer as a ploy to "
     "“buy time for rearming.”", "buy time", "asserted"),
    ("positive: a quoted predicate", "The governor dismissed the opposition's plan as “doomed "
     "to fail.”", "doomed", "asserted"),
    ("positive: a quoted noun phrase of falsehood in the as phrase", "The army dismissed the report as “baseless "
     "propaganda.”", "baseless", "asserted"),
    ("negative: the quoted words of what is denied", "The minister dismissed the claim that the army “shelled "
     "the village.”", "shelled", "denied"),
    ("near miss: a fronted as, no as phrase after the object", "As expected, the minister denied the claim that "
     "the army “shelled the village.”", "shelled", "denied"),
]


@pytest.mark.parametrize(("name", "text", "start", "expected"), DISMISSED_AS, ids=[c[0] for c in DISMISSED_AS])
def test_words_quoted_in_a_dismissals_as_phrase_are_the_speakers_own(name: str, text: str, start: str,
                                                                      expected: str) -> None:
    quotes = [q for q in pipeline().analyze_text("Talks\n\n" + text).quotes
              if q.content.text.lstrip("“\"").startswith(start)]
    assert quotes, name
    assert quotes[0].stance == expected, (name, [(q.content.text, q.stance) for q in quotes])
