"""A second probe of quote speakers (issue 15), written class by class from the constructions of
news attribution before its author changed any code, weighted to what the first attribution probe
covered least: pronoun speakers across sentences and paragraphs ("he said", "she added", "it said in
a statement", "they said") whose antecedent is a named person, a person known only by a title ("the
spokesman", "the governor"), an organisation or government ("it") or a group ("they"); gender
agreement between two named people; the subject against the nearest antecedent; quotes continuing
over paragraphs with no cue; nested speakers (the gunmen's order reported by a passenger, a father's
words recalled by his daughter); speakers introduced after the quote ("... That was the verdict of
X"); colon introducers ("X, in a statement: ..."); interviews ("asked whether ..., X said", a
question and its answer); the reported speech of groups ("witnesses said", "residents told AFP");
unnamed officials; the organisation behind a spokesperson; and near misses with no speaker (titles
of books and operations, slogans on banners, scare quotes, "said to be").

Every passage is invented (one to four sentences, paragraphs split by a blank line); names and
places are of every region. A row is (construction class, kind, text, the quote's words, expected
speaker). Kind: positive (the construction gives the speaker), negative (no quote has a speaker:
a title, a name, a slogan), near miss (a look-alike of the construction whose speaker is another).
Expected: words of which one ("|" between them) must be in the speaker as written or in its
resolved actor's name; None: no quote over the words has a speaker. A quote over the words that is
not found counts as wrong (it is a row whose speaker the ledger does not know).

Held out, main at 8123794 (measured before any rule was written for these rows; 152 rows, every
quote found): speaker accuracy 0.842 (128/152). By class: pronoun for a person known by a title
only 0.25 (3/12), gender between two named people 0.545 (6/11), colon introducers 0.75 (6/8),
speaker named after the quote 0.75 (6/8), nested 0.875 (7/8), subject antecedent 0.875 (7/8), no
speaker 0.857 (12/14), "they" 0.9 (9/10), "it" 0.933 (14/15); a named person in the next
sentence or paragraph, quotes continued over paragraphs, interviews, groups, unnamed officials and
spokespersons 1.0.
After the rules of branch i15-speakers7 (definite post-holder antecedents for a pronoun with no
actor, given names telling gender, colon fragments hung on the quotation, "The words were those of
X" and "That is how X described ...", an inner cue and its object before a colon, "it" for an
unplaced body): 0.974 (148/152); every class 1.0 but gender 0.818 (9/11: a name spaCy does not tag
and a "praised" read as a cue) and no speaker 0.857 (12/14: a banner's slogan, a quoted name in a
sentence the army says). These rows were not held out from those rules. The rows still read wrong
are strict xfails in GAPS; :func:`probe_scores` prints
the measure by class and ``test_probe_floor`` holds a floor under it."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest

from newsledger.records import Analysis
from tests.builders import (
    Quo,
    assert_probe_rows,
    described_speaker_names,
    fig_quo_key,
    gap_params,
    names_match,
    pipeline,
    probe_accuracies,
)

HEADLINE = "Voices of the day\n\n"

Row = tuple[str, str, str, Quo, "str | None"]

ROWS: list[Row] = [
    # -- a pronoun for a named person, in the next sentence -----------------------------------------------------
    ("pronoun person sentence", "positive", "Farida Osei, the mayor of Tamale, visited the flooded market on "
     "Monday. \u201cWe will rebuild every stall,\u201d she said.", Quo("We will rebuild every stall"), "Osei"),
    ("pronoun person sentence", "positive", "Interior Minister Tomasz Wrona met the border guards in Terespol. "
     "\"Nobody will cross here illegally,\" he told them.", Quo("Nobody will cross here illegally"), "Wrona"),
    ("pronoun person sentence", "positive", "Rafael Quintero has fished the lagoon for thirty years. \"The water "
     "has never been this low,\" he said, pointing at the dry banks.", Quo("The water has never been this low"),
     "Quintero"),
    ("pronoun person sentence", "positive", "Senator Imelda Cruz left the chamber before the vote. She said "
     "later: \"I could not support a bill written in secret.\"", Quo("I could not support a bill written in "
                                                                      "secret"), "Cruz"),
    ("pronoun person sentence", "positive", "Kwame Mensah, a teacher in Kumasi, lost his house in the fire. "
     "\"My children's books are all gone,\" he added.", Quo("My children's books are all gone"), "Mensah"),
    ("pronoun person sentence", "positive", "Zanele Dube, 34, waited outside the clinic with her baby. "
     "\u201cThey told us to come back tomorrow,\u201d she said.", Quo("They told us to come back tomorrow"),
     "Dube"),
    ("pronoun person sentence", "positive", "Carlos Mendes, the union's negotiator, walked out of the talks. "
     "\"The offer is an insult,\" he said, \"and our members will not accept it.\"",
     Quo("The offer is an insult"), "Mendes"),
    ("pronoun person sentence", "positive", "Bishop Thomas Ngata condemned the killings in the valley. He told "
     "worshippers: \"Violence will not have the last word.\"", Quo("Violence will not have the last word"),
     "Ngata|bishop"),
    ("pronoun person sentence", "positive", "Rescue worker Ibrahim Keita pulled three children from the rubble. "
     "Asked how, he said: \"We dug with our hands.\"", Quo("We dug with our hands"), "Keita"),
    ("pronoun person sentence", "near miss", "The court sentenced Omar Haddad to ten years on Thursday. "
     "\"This is not justice,\" his lawyer, Leila Mansour, said.", Quo("This is not justice"), "Mansour"),
    ("pronoun person sentence", "negative", "Kwame Mensah lost his house in the fire. The words \u201crebuild "
     "together\u201d were painted on the wall of the school.", Quo("rebuild together"), None),
    # -- a pronoun for a named person, across paragraphs -------------------------------------------------------
    ("pronoun person paragraph", "positive", "Prime Minister Anders Holm spoke to reporters outside parliament on "
     "Thursday.\n\n\"The budget will be balanced by next year,\" he said.",
     Quo("The budget will be balanced by next year"), "Holm"),
    ("pronoun person paragraph", "positive", "Dr. Amina Yusuf runs the only clinic in the camp.\n\n\"We see "
     "forty children a day with fever,\" she said.", Quo("We see forty children a day with fever"), "Yusuf"),
    ("pronoun person paragraph", "positive", "Colonel Viktor Danko commands the brigade defending the town.\n\n"
     "The unit lost two tanks on Sunday, according to local reports.\n\n\"We are holding the line,\" he said by "
     "telephone.", Quo("We are holding the line"), "Danko"),
    ("pronoun person paragraph", "positive", "Maria Lindqvist, who heads the rescue service, arrived at the mine "
     "at dawn.\n\nRescuers had reached the second shaft by noon.\n\n\u201cThere is still air down there,\u201d "
     "she told reporters.", Quo("There is still air down there"), "Lindqvist"),
    ("pronoun person paragraph", "positive", "Lebanese Prime Minister Karim Nassar addressed the nation on Sunday "
     "night.\n\nHe said the country would not be dragged into war.\n\n\"We choose peace, but we are ready,\" he "
     "added.", Quo("We choose peace, but we are ready"), "Nassar"),
    ("pronoun person paragraph", "near miss", "Prosecutor Daniel Okafor opened the trial on Monday.\n\nThe "
     "defendant, Emeka Obi, sat silently in the dock.\n\n\"I am innocent,\" he told the court on Tuesday.",
     Quo("I am innocent"), "Obi"),
    # -- a pronoun for a person known by a title only -----------------------------------------------------------
    ("pronoun title", "positive", "The police spokesman arrived at the scene an hour after the blast. \"Two "
     "suspects have been detained,\" he said.", Quo("Two suspects have been detained"), "spokesman|police"),
    ("pronoun title", "positive", "The governor toured the burned villages on Friday. \u201cThese families will "
     "be compensated,\u201d she said.", Quo("These families will be compensated"), "governor"),
    ("pronoun title", "positive", "The hospital director has not slept in two days.\n\n\"We are running out of "
     "blood,\" he said.", Quo("We are running out of blood"), "director"),
    ("pronoun title", "positive", "The judge adjourned the hearing until March. She said: \u201cThe evidence "
     "must be translated first.\u201d", Quo("The evidence must be translated first"), "judge"),
    ("pronoun title", "positive", "The head of the electoral commission appeared on state television on Sunday "
     "evening.\n\n\"The count will be finished tomorrow,\" he said.", Quo("The count will be finished tomorrow"),
     "head|commission"),
    ("pronoun title", "positive", "The ambassador was summoned to the foreign ministry on Wednesday. \"We have "
     "nothing to apologise for,\" he told reporters afterwards.", Quo("We have nothing to apologise for"),
     "ambassador"),
    ("pronoun title", "positive", "The prosecutor asked for a life sentence. \"He planned every step,\" she "
     "said.", Quo("He planned every step"), "prosecutor"),
    ("pronoun title", "positive", "The village chief met the visitors at the well. \"This water has made people "
     "sick,\" he said.", Quo("This water has made people sick"), "chief"),
    ("pronoun title", "positive", "The ship's captain radioed the coastguard at midnight.\n\n\"We are taking on "
     "water,\" he said.", Quo("We are taking on water"), "captain"),
    ("pronoun title", "positive", "A spokeswoman for the airline confirmed the cancellation. \"Safety comes "
     "first,\" she said.", Quo("Safety comes first"), "spokeswoman|airline"),
    ("pronoun title", "near miss", "The spokesman for the rebels denied the report. The army's commander, "
     "however, said: \"We found their weapons in the school.\"", Quo("We found their weapons in the school"),
     "commander|army"),
    ("pronoun title", "near miss", "The mayor thanked the firefighters on Sunday. \"They saved the whole "
     "street,\" a neighbour said.", Quo("They saved the whole street"), "neighbour"),
    # -- "it" for an organisation or a government ---------------------------------------------------------------
    ("pronoun it", "positive", "The Health Ministry published new figures on Tuesday. \"Hospitals in the north "
     "are at full capacity,\" it said in a statement.", Quo("Hospitals in the north are at full capacity"),
     "ministry"),
    ("pronoun it", "positive", "Amnesty International called for an inquiry into the shooting. \"The use of "
     "live fire against protesters is unlawful,\" it said.", Quo("The use of live fire against protesters is "
                                                                  "unlawful"), "Amnesty"),
    ("pronoun it", "positive", "The Kenyan government rejected the report.\n\nIt said in a statement: \u201cThe "
     "figures have been grossly inflated.\u201d", Quo("The figures have been grossly inflated"),
     "Kenya|government"),
    ("pronoun it", "positive", "The Red Cross said its teams had reached the town. \"Access remains extremely "
     "difficult,\" it added.", Quo("Access remains extremely difficult"), "Red Cross"),
    ("pronoun it", "positive", "The army said it had repelled the attack. \"Our units destroyed three "
     "vehicles,\" it said.", Quo("Our units destroyed three vehicles"), "army"),
    ("pronoun it", "positive", "The Houthi movement denied targeting the tanker. \u201cThe enemy is inventing "
     "pretexts for aggression,\u201d it said.", Quo("The enemy is inventing pretexts for aggression"), "Houthi"),
    ("pronoun it", "positive", "The central bank raised its main rate by half a point. \"Inflation remains too "
     "high,\" it said.", Quo("Inflation remains too high"), "bank"),
    ("pronoun it", "positive", "M\u00e9decins Sans Fronti\u00e8res evacuated its staff from the hospital.\n\n"
     "\"Our teams could no longer work safely,\" it said.", Quo("Our teams could no longer work safely"),
     "M\u00e9decins|MSF"),
    ("pronoun it", "positive", "The Russian defence ministry claimed its forces had taken the village. It said: "
     "\"The enemy retreated in disorder.\"", Quo("The enemy retreated in disorder"), "ministry|Russia"),
    ("pronoun it", "positive", "Nigeria's government said the kidnapped pupils had been freed. \"All the "
     "children are safe and with their families,\" it said.", Quo("All the children are safe and with their "
                                                                   "families"), "Nigeria|government"),
    ("pronoun it", "positive", "The United Nations said aid had not reached the region since June. \"People are "
     "eating leaves,\" it said.", Quo("People are eating leaves"), "United Nations|UN"),
    ("pronoun it", "near miss", "The Israeli military said it had struck a weapons depot. Hamas denied the "
     "claim. \"The building was a school,\" it said.", Quo("The building was a school"), "Hamas"),
    ("pronoun it", "near miss", "The shipping company said the vessel had been hijacked. The navy, however, "
     "said it had found no sign of boarding. \"The crew is unharmed,\" it said.", Quo("The crew is unharmed"),
     "navy"),
    ("pronoun it", "near miss", "The ruling party won a majority, the commission said. \"The people have "
     "spoken,\" the party said in a statement.", Quo("The people have spoken"), "party"),
    ("pronoun it", "negative", "The ministry's report was titled \"A Year of Progress\" and ran to 200 pages.",
     Quo("A Year of Progress"), None),
    # -- "they" for a group -------------------------------------------------------------------------------------
    ("pronoun they", "positive", "Dozens of farmers blocked the highway near Lyon on Monday. \"We cannot survive "
     "on these prices,\" they said.", Quo("We cannot survive on these prices"), "farmers"),
    ("pronoun they", "positive", "The miners have been on strike for three weeks.\n\n\"We will not go back until "
     "the mine is safe,\" they told reporters.", Quo("We will not go back until the mine is safe"), "miners"),
    ("pronoun they", "positive", "Relatives of the missing sailors gathered outside the naval base. They said: "
     "\u201cTell us the truth about our sons.\u201d", Quo("Tell us the truth about our sons"), "relatives"),
    ("pronoun they", "positive", "Two nurses at the clinic described the night of the raid. \"The soldiers "
     "searched every room,\" they said.", Quo("The soldiers searched every room"), "nurses"),
    ("pronoun they", "positive", "The opposition parties walked out of parliament. \"This assembly is no longer "
     "legitimate,\" they said in a joint statement.", Quo("This assembly is no longer legitimate"),
     "opposition|parties"),
    ("pronoun they", "positive", "Students occupied the university library on Tuesday. \"We will stay until the "
     "fees are cut,\" they said in a statement.", Quo("We will stay until the fees are cut"), "students"),
    ("pronoun they", "positive", "The rebels said they had taken the airport. \"The city will fall within "
     "days,\" they said.", Quo("The city will fall within days"), "rebels"),
    ("pronoun they", "positive", "Doctors at the hospital said they were overwhelmed.\n\n\"We are choosing who "
     "lives,\" they said.", Quo("We are choosing who lives"), "doctors"),
    ("pronoun they", "near miss", "The rebels said they had taken the airport. The army denied it. \"They are "
     "lying,\" it said.", Quo("They are lying"), "army"),
    ("pronoun they", "near miss", "Protesters accused the police of brutality. \"We used only the force that was "
     "necessary,\" police said.", Quo("We used only the force that was necessary"), "police"),
    # -- he or she between two named people of different gender ------------------------------------------------
    ("gender", "positive", "Anna Berg met her lawyer, Jonas Falk, on Monday. \"The case is stronger than they "
     "think,\" he said.", Quo("The case is stronger than they think"), "Falk"),
    ("gender", "positive", "Jonas Falk introduced his client, Anna Berg, to the press. \"I only want my land "
     "back,\" she said.", Quo("I only want my land back"), "Berg"),
    ("gender", "positive", "Foreign Minister Hiroshi Tanaka met his counterpart, Foreign Minister Mei Lin, in "
     "Singapore. \"We agreed on a hotline,\" she said.", Quo("We agreed on a hotline"), "Mei Lin|Lin"),
    ("gender", "positive", "Foreign Minister Hiroshi Tanaka met his counterpart, Foreign Minister Mei Lin, in "
     "Singapore. \"The talks were frank,\" he said.", Quo("The talks were frank"), "Tanaka"),
    ("gender", "positive", "Fatima Zahra and her brother Youssef Zahra ran the bakery together.\n\n\"Bread "
     "prices doubled in a month,\" he said.", Quo("Bread prices doubled in a month"), "Youssef"),
    ("gender", "positive", "The coach, Marco Ricci, praised the striker, Giulia Romano. \"I just wanted to win "
     "for the town,\" she said after the match.", Quo("I just wanted to win for the town"), "Romano"),
    ("gender", "positive", "Governor Sarah Mitchell appointed Colonel James Ortega to lead the response. \"We "
     "will have shelters open tonight,\" she said.", Quo("We will have shelters open tonight"), "Mitchell"),
    ("gender", "near miss", "Governor Sarah Mitchell appointed Colonel James Ortega to lead the response. \"My "
     "men are already on the road,\" he said.", Quo("My men are already on the road"), "Ortega"),
    ("gender", "positive", "President Ellen Moyo received the union's envoy, Tendai Chuma, at the state house. "
     "\"Our door remains open,\" she said.", Quo("Our door remains open"), "Moyo"),
    ("gender", "positive", "Fire chief Agnes Horvath spoke after Mayor Paul Brenner. \"The fire started in the "
     "kitchen of the restaurant,\" she said.", Quo("The fire started in the kitchen of the restaurant"),
     "Horvath"),
    ("gender", "near miss", "Fire chief Agnes Horvath spoke after Mayor Paul Brenner. \"The city will pay for "
     "the repairs,\" he said.", Quo("The city will pay for the repairs"), "Brenner"),
    # -- the subject against the nearest antecedent --------------------------------------------------------------
    ("subject antecedent", "positive", "Senator Paul Reyes criticised Defence Secretary Mark Dunn over the "
     "contract. \"The public deserves to see every page,\" he said.",
     Quo("The public deserves to see every page"), "Reyes"),
    ("subject antecedent", "positive", "Police chief Ahmed Karimi said officers had arrested Bilal Sharif at the "
     "border. \"He was carrying false papers,\" he said.", Quo("He was carrying false papers"), "Karimi"),
    ("subject antecedent", "positive", "Coach Luis Ferreira said he had spoken to the injured player, Tiago "
     "Silva. \"He will be out for a month,\" he said.", Quo("He will be out for a month"), "Ferreira"),
    ("subject antecedent", "positive", "The union leader, Grace Achieng, thanked the labour minister, Ruth "
     "Wanjiku, for the meeting. \"We finally have a deal,\" she said.", Quo("We finally have a deal"),
     "Achieng"),
    ("subject antecedent", "positive", "Nikolai Petrov, the city's mayor, was interviewed by the reporter Olga "
     "Ivanova on Tuesday. \"The heating will be restored by Friday,\" he said.",
     Quo("The heating will be restored by Friday"), "Petrov"),
    ("subject antecedent", "positive", "Greenpeace accused the oil company of hiding the leak.\n\n\"Their "
     "engineers knew for weeks,\" it said.", Quo("Their engineers knew for weeks"), "Greenpeace"),
    ("subject antecedent", "near miss", "Opposition leader Raila Kamau was arrested on Sunday, said police "
     "spokesman Bruno Otieno. \"He resisted the officers,\" he said.", Quo("He resisted the officers"),
     "Otieno"),
    ("subject antecedent", "positive", "The ministry said the minister, Juma Hamisi, would visit the site. "
     "\"We will find out what happened,\" he said.", Quo("We will find out what happened"), "Hamisi|minister"),
    # -- a quote that runs on into the next paragraph with no cue ------------------------------------------------
    ("continued", "positive", "\"We have lost everything,\" said Hawa Diallo, a farmer in Mopti.\n\n\"The river "
     "took our goats and our grain store.\"", Quo("The river took our goats and our grain store"), "Diallo"),
    ("continued", "positive", "Finance Minister Ravi Menon defended the tax in parliament. \"This is a fair "
     "measure,\" he said. \"Those who earn most will pay most.\n\n\"Nobody earning under the threshold will pay "
     "a cent more.\"", Quo("Nobody earning under the threshold will pay a cent more"), "Menon"),
    ("continued", "positive", "\"The bridge is unsafe,\" the engineer Lucia Moretti told the council.\n\n\"I "
     "have asked for it to be closed to lorries.\"\n\nThe council will vote on Thursday.",
     Quo("I have asked for it to be closed to lorries"), "Moretti"),
    ("continued", "positive", "Ahmad Nouri described the journey by boat. \"There were sixty of us in the hull,\" "
     "he said.\n\n\"Two children died on the second night.\"", Quo("Two children died on the second night"),
     "Nouri"),
    ("continued", "positive", "UNICEF spokesperson Sara Bakri said: \"Every school in the district is "
     "closed.\" She added: \"Children are working in the fields instead.\"",
     Quo("Children are working in the fields instead"), "Bakri|UNICEF"),
    ("continued", "near miss", "\"We were not warned,\" said resident Omar Bakr.\n\nThe mayor, H\u00e9l\u00e8ne "
     "Girard, disagreed.\n\n\"Sirens sounded at midnight in every street.\"",
     Quo("Sirens sounded at midnight in every street"), "Girard|mayor"),
    ("continued", "negative", "\"The bridge is unsafe,\" the engineer Lucia Moretti told the council.\n\nThe "
     "council will vote on Thursday on a motion titled \"Safe Crossings\".", Quo("Safe Crossings"), None),
    # -- nested speakers: words of one speaker reported by another -----------------------------------------------
    ("nested", "positive", "\"Don't move or we shoot,\" the gunmen told the passengers, said driver Samuel "
     "Ekwueme.", Quo("Don't move or we shoot"), "gunmen"),
    ("nested", "positive", "Samuel Ekwueme, the driver, said the gunmen ordered them: \"Lie on the floor.\"",
     Quo("Lie on the floor"), "gunmen"),
    ("nested", "positive", "Marta Gomez recalled her father saying, \"Never sell the land.\"",
     Quo("Never sell the land"), "father"),
    ("nested", "positive", "\"You will be next,\" the caller told him, the journalist Idris Bello said.",
     Quo("You will be next"), "caller"),
    ("nested", "positive", "The nurse said a soldier had shouted, \u201cEveryone out of the ward!\u201d",
     Quo("Everyone out of the ward"), "soldier"),
    ("nested", "positive", "Farah Hussein said her neighbour had warned her: \"The militia is coming "
     "tonight.\"", Quo("The militia is coming tonight"), "neighbour"),
    ("nested", "near miss", "The nurse said: \"A soldier came in at night and searched the ward.\"",
     Quo("A soldier came in at night and searched the ward"), "nurse"),
    ("nested", "near miss", "Farah Hussein said she had warned her neighbour: \"The militia is coming tonight, "
     "leave now.\"", Quo("The militia is coming tonight, leave now"), "Hussein"),
    # -- the speaker named in the sentence after the quote -------------------------------------------------------
    ("speaker after", "positive", "\"The country cannot afford another lockdown.\" That was the verdict of Dr. "
     "Helena Novak, the chief epidemiologist, on Monday.", Quo("The country cannot afford another lockdown"),
     "Novak"),
    ("speaker after", "positive", "\"We are being starved out.\" So said Abdi Warsame, a trader in the besieged "
     "town, by telephone.", Quo("We are being starved out"), "Warsame"),
    ("speaker after", "positive", "\"This is the worst drought in forty years.\" The warning came from the UN's "
     "food agency on Tuesday.", Quo("This is the worst drought in forty years"), "agency|UN"),
    ("speaker after", "positive", "\u201cNobody is above the law.\u201d Those were the words of Chief Justice "
     "Amos Kariuki as he opened the trial.", Quo("Nobody is above the law"), "Kariuki"),
    ("speaker after", "positive", "\"We will not negotiate under fire.\" The words were those of Foreign "
     "Minister Leila Haddad, speaking in Amman.", Quo("We will not negotiate under fire"), "Haddad"),
    ("speaker after", "positive", "\"A day of shame for our democracy.\" That is how opposition leader Viktor "
     "Orlov described the vote.", Quo("A day of shame for our democracy"), "Orlov"),
    ("speaker after", "near miss", "\"The rains are late again.\" The village elder, Musa Bala, shook his head. "
     "\"We will plant in June,\" he said.", Quo("We will plant in June"), "Bala|elder"),
    ("speaker after", "negative", "\"Hope and Change\" was the slogan of the campaign in 2008.",
     Quo("Hope and Change"), None),
    # -- colon introducers ---------------------------------------------------------------------------------------
    ("colon", "positive", "The foreign ministry, in a statement: \"The ambassador has been recalled for "
     "consultations.\"", Quo("The ambassador has been recalled for consultations"), "ministry"),
    ("colon", "positive", "Oxfam's country director, Peter Mwangi, on the camps: \"Water is running out in "
     "days, not weeks.\"", Quo("Water is running out in days, not weeks"), "Mwangi"),
    ("colon", "positive", "Prime Minister Aiko Sato had a simple message for the markets: \"The yen will be "
     "defended.\"", Quo("The yen will be defended"), "Sato"),
    ("colon", "positive", "General Tariq Malik gave his verdict on state television: \"The offensive has "
     "failed.\"", Quo("The offensive has failed"), "Malik"),
    ("colon", "positive", "The statement from Hezbollah was brief: \"Our fighters targeted the barracks at "
     "dawn.\"", Quo("Our fighters targeted the barracks at dawn"), "Hezbollah"),
    ("colon", "positive", "In a post on X, the president of the senate, Julio Ramos: \"The session is "
     "suspended.\"", Quo("The session is suspended"), "Ramos"),
    ("colon", "positive", "Kenya's health minister on the outbreak: \"We have it under control.\"",
     Quo("We have it under control"), "minister"),
    ("colon", "near miss", "The motto over the gate of the barracks: \"Work and Faith.\"",
     Quo("Work and Faith"), None),
    # -- interviews: "asked whether ...", a question and its answer ----------------------------------------------
    ("interview", "positive", "Asked whether the army would withdraw, Defence Minister Oleksandr Bondar said: "
     "\"Not one metre.\"", Quo("Not one metre"), "Bondar"),
    ("interview", "positive", "Asked if she would resign, the minister, Clara Jim\u00e9nez, said: \"I have done "
     "nothing wrong.\"", Quo("I have done nothing wrong"), "Jim\u00e9nez|minister"),
    ("interview", "positive", "When asked about the deaths, the police commissioner replied, \"The "
     "investigation is ongoing.\"", Quo("The investigation is ongoing"), "commissioner"),
    ("interview", "positive", "Turkish envoy Mehmet Ayd\u0131n arrived in Doha on Sunday. Asked whether the "
     "ceasefire would hold, he said: \"That depends on the other side.\"", Quo("That depends on the other side"),
     "Ayd\u0131n|envoy"),
    ("interview", "positive", "Asked whether Russia would retaliate, the Kremlin spokesman said: \"All options "
     "remain on the table.\"", Quo("All options remain on the table"), "Kremlin|spokesman"),
    ("interview", "positive", "\"Would you do it again?\" the reporter asked. \"Yes, without hesitation,\" said "
     "firefighter Dana Shapiro.", Quo("Yes, without hesitation"), "Shapiro"),
    ("interview", "positive", "\"Would you do it again?\" the reporter asked firefighter Dana Shapiro. \"Yes, "
     "every time,\" she said.", Quo("Yes, every time"), "Shapiro"),
    ("interview", "near miss", "\"Would you leave the city?\" the reporter asked. \"Never,\" said the "
     "shopkeeper, Tomas Novak.", Quo("Would you leave the city"), "reporter"),
    ("interview", "positive", "In an interview, Finance Minister Ana Duarte was asked about the deficit.\n\n"
     "Q: Will taxes rise?\n\nA: \"No. We will cut spending first.\"", Quo("We will cut spending first"),
     "Duarte"),
    # -- the reported speech of a group -------------------------------------------------------------------------
    ("group", "positive", "\"The shooting lasted two hours,\" witnesses said.", Quo("The shooting lasted two "
                                                                                   "hours"), "witnesses"),
    ("group", "positive", "Residents told AFP: \"We heard three explosions before dawn.\"",
     Quo("We heard three explosions before dawn"), "residents"),
    ("group", "positive", "\"There is no food left in the market,\" one resident told Reuters by phone.",
     Quo("There is no food left in the market"), "resident"),
    ("group", "positive", "Survivors described the scene to reporters. \"The water came up to our necks,\" they "
     "said.", Quo("The water came up to our necks"), "survivors"),
    ("group", "positive", "\"The army came at night,\" villagers said, asking not to be named for fear of "
     "reprisals.", Quo("The army came at night"), "villagers"),
    ("group", "positive", "Local journalists said: \"We are not allowed to enter the district.\"",
     Quo("We are not allowed to enter the district"), "journalists"),
    ("group", "positive", "Eyewitnesses told the BBC that \u201cthe soldiers fired without warning\u201d.",
     Quo("the soldiers fired without warning"), "eyewitnesses"),
    ("group", "near miss", "Residents said the water had risen overnight; \"the worst flood in memory,\" the "
     "mayor added.", Quo("the worst flood in memory"), "mayor"),
    # -- unnamed officials and sources ----------------------------------------------------------------------------
    ("unnamed official", "positive", "\"The operation will continue until the hostages are freed,\" a senior "
     "official said on condition of anonymity.", Quo("The operation will continue until the hostages are freed"),
     "official"),
    ("unnamed official", "positive", "An Israeli official, speaking on condition of anonymity, said: \"We did "
     "not strike the hospital.\"", Quo("We did not strike the hospital"), "official"),
    ("unnamed official", "positive", "\"Talks are at a delicate stage,\" said a diplomat familiar with the "
     "negotiations.", Quo("Talks are at a delicate stage"), "diplomat"),
    ("unnamed official", "positive", "A US defence official told reporters: \"We have seen no evidence of a "
     "chemical attack.\"", Quo("We have seen no evidence of a chemical attack"), "official"),
    ("unnamed official", "positive", "\"The numbers are not credible,\" one Western intelligence official "
     "said.", Quo("The numbers are not credible"), "official"),
    ("unnamed official", "positive", "Security sources said: \"The attackers came from across the border.\"",
     Quo("The attackers came from across the border"), "sources"),
    ("unnamed official", "positive", "\"We expect more arrests this week,\" a police source said.",
     Quo("We expect more arrests this week"), "source|police"),
    ("unnamed official", "positive", "Two officials with knowledge of the plan said: \"The troops will leave by "
     "spring.\"", Quo("The troops will leave by spring"), "officials"),
    ("unnamed official", "near miss", "Officials in the capital declined to comment. \"We were not consulted,\" "
     "said Aisha Bello, a local councillor.", Quo("We were not consulted"), "Bello"),
    # -- the organisation behind a spokesperson -----------------------------------------------------------------
    ("spokesperson", "positive", "\"The aid convoy was fired upon twice,\" said Anders Moen, a spokesman for the "
     "UN humanitarian office.", Quo("The aid convoy was fired upon twice"), "Moen|humanitarian"),
    ("spokesperson", "positive", "A spokeswoman for the defence ministry, Irina Sokolova, said: \"Our air "
     "defences shot down twelve drones.\"", Quo("Our air defences shot down twelve drones"),
     "Sokolova|ministry"),
    ("spokesperson", "positive", "The World Health Organization's spokesman in Geneva said, \"The outbreak is "
     "not yet under control.\"", Quo("The outbreak is not yet under control"), "spokesman|World Health"),
    ("spokesperson", "positive", "The spokeswoman for the Secretary-General, Laila Rahimi, read a statement on "
     "Sunday. \"He is deeply saddened by the loss of life,\" she said.",
     Quo("He is deeply saddened by the loss of life"), "Rahimi|Secretary-General"),
    ("spokesperson", "positive", "Army spokesman Brigadier General Kofi Boateng said: \"Our forces are in full "
     "control of the airport.\"", Quo("Our forces are in full control of the airport"), "Boateng|army"),
    ("spokesperson", "positive", "The police, through their spokesman, said: \"The suspect has been "
     "charged.\"", Quo("The suspect has been charged"), "police|spokesman"),
    ("spokesperson", "near miss", "A spokesman for the family, not the hospital, said: \"She is breathing on her "
     "own.\"", Quo("She is breathing on her own"), "family|spokesman"),
    ("spokesperson", "positive", "Hamid Rezaei, spokesman for the Iranian foreign ministry, spoke at the weekly "
     "briefing.\n\n\"The sanctions are illegal,\" he said.", Quo("The sanctions are illegal"),
     "Rezaei|ministry"),
    # -- near misses and negatives: no speaker ------------------------------------------------------------------
    ("no speaker", "negative", "The general is said to be \"furious\" about the leak of the report.",
     Quo("furious"), None),
    ("no speaker", "negative", "The book \"Days of Fire\" describes the siege of the city.", Quo("Days of Fire"),
     None),
    ("no speaker", "negative", "A banner reading \"No to the dam\" hung from the bridge.", Quo("No to the dam"),
     None),
    ("no speaker", "negative", "The so-called \"peace plan\" was rejected by both sides.", Quo("peace plan"),
     None),
    ("no speaker", "negative", "The \"Iron Dome\" system intercepted most of the rockets, the army said.",
     Quo("Iron Dome"), None),
    ("no speaker", "negative", "Her new album, \u201cStay Home\u201d, was released on Friday.", Quo("Stay Home"),
     None),
    ("no speaker", "negative", "The operation, dubbed \"Northern Shield\", began at dawn.",
     Quo("Northern Shield"), None),
    ("no speaker", "negative", "The hashtag \"#BringThemHome\" trended across the region.",
     Quo("#BringThemHome"), None),
    ("no speaker", "negative", "The newspaper's front page carried a single word: \"Betrayed\".",
     Quo("Betrayed"), None),
    ("no speaker", "negative", "Officials are said to be \"deeply worried\" about the vote.",
     Quo("deeply worried"), None),
    ("no speaker", "negative", "The word \"genocide\" appears nowhere in the draft resolution.",
     Quo("genocide"), None),
    ("no speaker", "negative", "The so-called \"humanitarian corridor\" was shelled on its first day.",
     Quo("humanitarian corridor"), None),
    ("no speaker", "near miss", "The minister, who is said to be close to the president, told reporters: \"The "
     "reshuffle is over.\"", Quo("The reshuffle is over"), "minister"),
    ("no speaker", "near miss", "The film \"Silent River\" won the prize, and its director, Chen Jing, said: "
     "\"This is for the villagers.\"", Quo("This is for the villagers"), "Chen"),
]

GAPS: set[tuple[str, str]] = {
    ('gender', 'I just wanted to win for the town'),
    ('gender', 'The fire started in the kitchen of the restaurant'),
    ('no speaker', 'Iron Dome'),
    ('no speaker', 'No to the dam'),
}

row_key = fig_quo_key


@cache
def _analysis(text: str) -> Analysis:
    return pipeline().analyze_text(HEADLINE + text)


def row_result(row: Row) -> tuple[bool, bool]:
    """(the quote was found or rightly has no speaker, its speaker is the expected one)."""
    an, words, expected = _analysis(row[2]), row[3].words, row[4]
    found, names = described_speaker_names(an, words)
    if expected is None:
        return True, not (found and names)
    return found, found and names_match(expected, names)


def probe_scores() -> dict[str, float]:
    """The probe's measure, overall and by construction class, printed."""
    by_class: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row in ROWS:
        by_class[row[0]].append(row_result(row))
    parts = [("speaker", [r for results in by_class.values() for r in results])]
    return probe_accuracies(parts + sorted(by_class.items()), "speaker probe")


@pytest.mark.parametrize("row", gap_params(ROWS, row_key, GAPS, "a gap of speakers"))
def test_row(row: Row) -> None:
    assert row_result(row)[1], row


def test_rows_are_many_and_gaps_are_rows() -> None:
    assert_probe_rows([row_key(r) for r in ROWS], GAPS, 150)
    kinds = {r[1] for r in ROWS}
    assert kinds == {"positive", "negative", "near miss"} and len({r[0] for r in ROWS}) >= 15


# the probe's floor: main 8123794 0.842 (held out), branch i15-speakers7 0.974
FLOORS = {"speaker_accuracy": 0.97}


def test_probe_floor() -> None:
    assert probe_scores()["speaker_accuracy"] >= FLOORS["speaker_accuracy"]
