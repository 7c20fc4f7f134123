"""An event's ACLED sub-event type read from its own clause and arguments before the sentence's
(stages/events/acled_own.py and the acled.yaml rules it goes with): a sentence that tells two acts gives each its
own weapon, and a cue word that is why an act was done is not what it was. Every sentence is invented; each rule
has a positive row, a negative one and a near miss, and the positive rows fail on the code before the rule. What
is checked is the sub-event type (or outside-ACLED scope) of the event whose predicate is the word given."""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype_at, row_kinds

# (rule or construction, kind, sentence, predicate word, expected sub-event type or scope of that event)
ROWS: list[tuple[str, str, str, str, str | None]] = [
    # acled_own.of_another_act, later_adverbs: a coordinated clause with a subject of its own told as later is
    # another act; its weapon is not this one's
    ("later coordinated clause", "positive", "Police killed two robbers near the bank, and later a suicide bomber "
     "struck a mosque in the town.", "killed", "Attack"),
    ("later coordinated clause", "positive", "Gunmen killed a pastor in his church, and hours later a mortar shell hit "
     "a nearby school.", "killed", "Attack"),
    ("later coordinated clause", "positive", "Gunmen killed four villagers, and a landmine later wounded two soldiers "
     "in the same district.", "killed", "Attack"),
    ("later coordinated clause", "positive", "Bandits killed three herders near Zurmi, and afterwards a drone strike "
     "hit their hideout.", "killed", "Attack"),
    # (the same doer's later act, a coordinated verb with no subject of its own)
    ("later coordinated clause", "positive", "The army killed four bandits in a gun battle on Monday and later killed "
     "twenty more in airstrikes.", "killed", "Armed clash"),
    ("later coordinated clause", "near miss", "The army killed four bandits in airstrikes on Monday and later buried "
     "them.", "killed", "Air/drone strike"),
    # (the other act keeps its own weapon)
    ("later coordinated clause", "negative", "Police killed two robbers near the bank, and later a suicide bomber "
     "struck a mosque in the town.", "struck", "Suicide bomb"),
    # (the casualties of one attack, coordinated with no later time: the weapon is theirs all)
    ("later coordinated clause", "near miss", "Gunmen killed a pastor, and a mortar shell hit a nearby "
     "school.", "killed", "Shelling/artillery/missile attack"),
    ("later coordinated clause", "near miss", "Four soldiers were killed and two others were wounded by rockets "
     "fired at the base.", "killed", "Shelling/artillery/missile attack"),
    # (the weapon in the act's own clause, the later clause with no subject of its own)
    ("later coordinated clause", "near miss", "Gunmen killed four villagers with a landmine and later fled into the "
     "forest.", "killed", "Remote explosive/landmine/IED"),
    # acled_own.of_another_act, means_verbs: an act that names its own means by its verb ("shot") takes no weapon
    # from a coordinated clause with a subject of its own
    ("act naming its own means", "positive", "Troops shot dead three insurgents, and two of them blew themselves up "
     "at the gate.", "shot", "Armed clash"),
    ("act naming its own means", "positive", "Soldiers shot dead a gunman, and a second attacker detonated his "
     "explosive vest at the gate.", "shot", "Armed clash"),
    ("act naming its own means", "positive", "Police shot a robber in the market, and his accomplice hurled a grenade "
     "at the crowd.", "shot", "Attack"),
    ("act naming its own means", "negative", "Troops shot dead three insurgents, and two of them blew themselves up "
     "at the gate.", "blew", "Suicide bomb"),
    # (one doer, one attack: the conjunct has no subject of its own)
    ("act naming its own means", "near miss", "A suicide bomber shot two guards and blew himself up at the "
     "gate.", "shot", "Suicide bomb"),
    # (a predicate that names no means still reads the sentence)
    ("act naming its own means", "near miss", "Troops killed three insurgents, and two of them blew themselves up at "
     "the gate.", "killed", "Suicide bomb"),
    # acled_own.of_another_act, cause_preps and cause_acts: what a resignation or withdrawal is over is why it was
    # done; acled.yaml diplomacy for an official's resignation (RETREAT resign, source_cues)
    ("resignation over an agreement", "positive", "The minister quit the government over the ceasefire "
     "deal.", "quit", "diplomacy"),
    ("resignation over an agreement", "positive", "The interior minister resigned from the cabinet over the peace "
     "agreement with the rebels.", "resigned", "diplomacy"),
    ("resignation over an agreement", "positive", "The prime minister resigned after the election.", "resigned",
     "diplomacy"),
    ("resignation over an agreement", "negative", "The rebels agreed to a ceasefire, and hours later the army shelled "
     "their positions.", "agreed", "Agreement"),
    # (an armed group's leader who steps down is a change to its activity)
    ("resignation over an agreement", "near miss", "The leader of the militia resigned over the ceasefire "
     "deal.", "resigned", "Change to group/activity"),
    ("resignation over an agreement", "near miss", "The rebel commander stepped down and his deputy took over the "
     "group.", "stepped", "Change to group/activity"),
    # acled.yaml diplomacy rule on a crackdown on rights, freedoms or the press: crowd-control words with no crowd
    ("crackdown on rights", "positive", "The opposition leader condemned the regime's crackdown on human "
     "rights.", "crackdown", "diplomacy"),
    ("crackdown on rights", "negative", "Police cracked down on protesters demanding the release of the "
     "journalists.", "cracked", "Protest with intervention"),
    ("crackdown on rights", "near miss", "The opposition leader condemned the regime's crackdown on protesters in the "
     "capital.", "crackdown", "Protest with intervention"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "predicate", "expected"), ROWS)
def test_event_subtype(rule: str, kind: str, text: str, predicate: str, expected: str | None) -> None:
    assert acled_subtype_at(text, predicate) == expected


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 4
    assert all(k == set(ROW_KINDS) for k in kinds.values()), kinds
