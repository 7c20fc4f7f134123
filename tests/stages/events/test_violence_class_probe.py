"""A class probe of ASSAULT read where nobody used force: the word of an attack in a sense of work, sport,
politics or film (issue 16), and the labour strike that is a PROTEST.

PLOVER ASSAULT is "the use of conventional or unconventional force"; a labour strike is PROTEST strike
(CAMEO 143, "strike, boycott"), ACLED's peaceful protest; a film shot, a match won, a legal battle or a quarrel
of lawmakers uses no force. Each class has positive rows (the false reading the rule removes), negative rows
(the same words told of force: still ASSAULT) and near misses (the class's words beside a real act of force).
The sentences are invented, with parties of several regions. What is checked is the counted events of the
sentence analysed as one article, as the PLOVER evaluation counts them: ``X`` the most confident one is of type
X; ``!ASSAULT`` none is an ASSAULT; ``+ASSAULT`` one is (a row of two sentences, the first telling another act,
so that the fallbacks of an article that tells no act stay out).

* ``strike``: a strike called, staged, held or launched by workers, a union or a profession (patterns.yaml
  CAMEO 143 "labour strike told with a light verb"; the military light-verb entry of CAMEO 190 excludes those
  doers); a strike launched by armed men or aircraft stays an attack;
* ``film``: a film, video, documentary or photograph shot (CAMEO 193 and the casualty fallback of reports.yaml
  exclude those objects); people shot stay shot;
* ``contest``: teams, players and lawmakers that clash, battle or beat one another (CAMEO 190 clash and 182 beat
  exclude those doers), and a legal, court or political battle fought (CAMEO 190 excludes those objects);
* ``war``: a standing war named by its two sides, a hyphen-joined pair of names ("a ceasefire in the
  Russia-Ukraine war": ``named_war_nouns``, ``stages/events/paired_parties.py``), the conflict spoken of in
  diplomacy, no attack told by the noun; a war launched, one's war against another, or what the war did stay
  ASSAULT;
* ``campaign``: a campaign or an offensive of votes, health, publicity or diplomacy, or one against a vice,
  launched (CAMEO 190's light verbs exclude those objects); a campaign or an offensive of arms stays an attack;
* ``dropped``: a bill, a motion or talks killed, a proposal or a claim shot down (CAMEO 180 and 193 and the
  casualty fallback exclude those objects);
* ``quarrel``: named persons that clash or battle, with no weapon or military word in the sentence
  (``verbal_attack_verbs``: criticism, CAMEO 111, as one person attacking a bill already was); armed men that
  clash stay ASSAULT;
* ``wreak``: violence or terror wreaked, unleashed or inflicted (patterns.yaml CAMEO 180 "violence named by its
  object"): ASSAULT by the subject; havoc wreaked by a storm or confusion sown is none.

Measured on main (d2fb4256) before the rules: 26 of the 47 rows held (every positive row failed but one, the
Israel-Hamas conflict row, kept as a regression row); after them all 47.
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events, row_kinds

# (class, kind, sentence, expected: a PLOVER type of the most confident counted event, or "!ASSAULT")
ROWS: list[tuple[str, str, str, str]] = [
    ("strike", "positive", "Teachers staged a strike across the country on Tuesday.", "PROTEST"),
    ("strike", "positive", "Workers at the port launched a strike on Monday to demand better pay.", "PROTEST"),
    ("strike", "positive", "Mine workers held a strike outside the company offices in Rustenburg.", "PROTEST"),
    ("strike", "positive", "Unions called a strike over pay in the capital on Monday.", "PROTEST"),
    ("strike", "negative", "Militants staged a strike on an army base in Borno, killing four soldiers.", "ASSAULT"),
    ("strike", "negative", "Israeli jets launched a strike on a weapons depot near Damascus.", "ASSAULT"),
    ("strike", "near miss", "Dock workers were hurt when warplanes launched a strike on the port of Hodeidah.",
     "ASSAULT"),
    ("film", "positive", "The film crew shot a documentary in the refugee camp last year.", "!ASSAULT"),
    ("film", "positive", "The pair shot a music video in Kingston in June.", "!ASSAULT"),
    ("film", "negative", "Police shot two robbers in Lagos on Sunday.", "ASSAULT"),
    ("film", "near miss", "Gunmen shot a cameraman filming the march in Bamako.", "ASSAULT"),
    ("contest", "positive", "The two teams clashed in the final in Abidjan on Sunday.", "!ASSAULT"),
    ("contest", "positive", "Opposition lawmakers clashed with the speaker over the budget bill.", "!ASSAULT"),
    ("contest", "positive", "The national team beat Morocco 2-1 in the semi-final.", "!ASSAULT"),
    ("contest", "positive", "Farmers fought a long legal battle against the mining firm.", "!ASSAULT"),
    ("contest", "positive", "The family has fought a court battle with the state for years.", "!ASSAULT"),
    ("contest", "negative", "Rebels clashed with soldiers near Goma on Friday.", "ASSAULT"),
    ("contest", "negative", "Troops fought a fierce battle with militants near Palma.", "ASSAULT"),
    ("contest", "negative", "Soldiers beat three traders with batons in Harare.", "ASSAULT"),
    ("contest", "near miss", "Police clashed with fans after the match in Cairo.", "ASSAULT"),
    ("contest", "near miss", "Troops fought a long battle with rebels near the court house in Bunia.", "ASSAULT"),
    ("contest", "near miss", "Gunmen beat a lawmaker outside his home in Kano.", "ASSAULT"),
    ("war", "positive", "The ministers urged Russia on Friday to accept a ceasefire in the Russia-Ukraine war.",
     "!ASSAULT"),
    ("war", "positive", "Diplomats urged Moscow to accept a ceasefire in the Israel-Hamas conflict.", "!ASSAULT"),
    ("war", "negative", "Russia's war against Ukraine entered its fourth year.", "ASSAULT"),
    ("war", "negative", "Russia launched a war against Ukraine in 2022.", "ASSAULT"),
    ("war", "near miss", "The Russia-Ukraine war killed thousands of civilians.", "ASSAULT"),
    ("war", "near miss", "Kenya-Uganda talks ended on Friday in Kampala.", "CONSULT"),
    ("campaign", "positive", "The president launched his re-election campaign in Ohio on Saturday.", "!ASSAULT"),
    ("campaign", "positive", "The health ministry launched a vaccination campaign in the north.", "!ASSAULT"),
    ("campaign", "positive", "The foreign minister launched a diplomatic offensive to win votes at the UN.", "!ASSAULT"),
    ("campaign", "negative", "The army launched a campaign against the militants in Borno.", "ASSAULT"),
    ("campaign", "negative", "Russian forces launched an offensive near Kharkiv.", "ASSAULT"),
    ("campaign", "near miss", "The army launched a bombing campaign against rebel positions in Idlib.", "ASSAULT"),
    ("dropped", "positive", "Senate Republicans killed the bill on Tuesday.", "!ASSAULT"),
    ("dropped", "positive", "Critics shot down the proposal during the debate.", "!ASSAULT"),
    ("dropped", "negative", "Gunmen killed the village chief on Tuesday.", "ASSAULT"),
    ("dropped", "near miss", "Militants shot down a military helicopter near the border.", "ASSAULT"),
    ("dropped", "near miss", "Gunmen killed a lawmaker who had backed the bill.", "ASSAULT"),
    ("quarrel", "positive", "Trump and Zelenskyy clashed in the Oval Office last month.", "!ASSAULT"),
    ("quarrel", "positive", "Putin clashed with Macron over energy prices during the call.", "!ASSAULT"),
    ("quarrel", "negative", "Tuareg rebels clashed with Malian troops near Kidal on Monday.", "ASSAULT"),
    ("quarrel", "near miss", "Rebel commander Ali Musa and his men clashed with soldiers near Kidal.", "ASSAULT"),
    ("wreak", "positive", "Ministers met in Dakar on Monday. They said the militia had wreaked a wave of violence "
     "across the Sahel.", "+ASSAULT"),
    ("wreak", "positive", "Ministers met in Goma on Monday. Militias unleashed terror on villagers in Ituri last year, "
     "they said.", "+ASSAULT"),
    ("wreak", "negative", "Ministers met in Dakar on Monday. The storm wreaked havoc across the coast.", "!ASSAULT"),
    ("wreak", "near miss", "Ministers met in Dakar on Monday. Critics said the policy would sow confusion among voters.",
     "!ASSAULT"),
]


def row_holds(text: str, expected: str) -> bool:
    """Whether a row holds (see the module's docstring)."""
    preds = counted_events(text)
    if expected.startswith("!"):
        return all(p.plover != expected[1:] for p in preds)
    if expected.startswith("+"):
        return any(p.plover == expected[1:] for p in preds)
    return bool(preds) and preds[0].plover == expected


@pytest.mark.parametrize(("cls", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:28]}" for r in ROWS])
def test_violence_class_row(cls: str, kind: str, text: str, expected: str) -> None:
    assert row_holds(text, expected), (cls, kind, text, [p.plover for p in counted_events(text)])


def test_every_class_has_every_kind_of_row() -> None:
    kinds = row_kinds(ROWS)
    assert set(kinds) == {"strike", "film", "contest", "war", "campaign", "dropped", "quarrel", "wreak"}
    assert all(seen == {"positive", "negative", "near miss"} for seen in kinds.values()), kinds
