"""A probe of WHICH EVENT IS THE MAIN ONE in a report that holds several, and of the RARER ACLED
sub-event types, written from ACLED's definitions before reading the ACLED code, so that the code's
score on it estimates how its main-event choice and its rarer types hold on unseen reports.

(a) The main event. ACLED codes the event being reported that happened, not the reaction to it: a
lede that opens on a condemnation, a police statement, a funeral, an inquiry, a curfew, a strike
call or compensation is coded as the attack, riot or arrest it reacts to; a later arrest of rioters
reported as news is an arrest; a background sentence about an older attack does not displace the
report's own event. The reaction is the event when it is itself what happened and what the report
is about: a march against a killing is a protest, a shutdown observed is a protest, a court verdict
or a film's mock gunfight is no ACLED event at all.

(b) The rarer sub-event types, by ACLED's definitions:
- Looting/property destruction: an armed group, a state force or unknown men loot, burn or destroy
  property with no one hurt (a crowd doing it during a demonstration is a violent demonstration;
  people killed in the burning make it an attack).
- Disrupted weapons use: an explosive defused, found and safely detonated, intercepted, or going off
  while its makers handle it; a significant arms cache seized; a bomb plot foiled (a bomb that goes
  off while being defused or on its target is a remote explosive).
- Headquarters or base established: a group or a state force sets up a camp, base or post (an attack
  on a camp is a battle or a strike).
- Non-violent transfer of territory: a side withdraws or hands over a place and the other takes it
  without fighting (taking it by fighting is a battle: government regains / non-state actor overtakes).
- Change to group/activity: a split, merger, new leader, pledge of allegiance or disbanding.
- Grenade: a hand grenade thrown or lobbed (a planted bomb is a remote explosive).
- Chemical weapon: chlorine, sarin, mustard gas in an attack (tear gas on a crowd is protest with
  intervention; an industrial gas leak is a man-made disaster).
- Sexual violence by an armed group or a state force, as against killing or abducting.
- Abduction/forced disappearance: taken by an armed group, or by security agents with no charge and
  the whereabouts unknown (a police arrest on charges is an arrest).
- Mob violence (a crowd with no demonstration: lynchings, party supporters or villages fighting) vs
  violent demonstration (demonstrators turning violent or destroying property).
- Excessive force against protesters (live fire, a death) vs protest with intervention (tear gas,
  batons, detentions) vs peaceful protest (the police only present, escorting or watching).
- Outside ACLED, though it reads violent: accidents (man-made disaster), floods, crime for money
  (organised crime); and no ACLED event at all (``NONE``): a debunked lynching rumour, a film's mock
  gunfight, a military exercise, a court verdict.

A row is ``(label, theme, text)``: the label is the sub-event type (or outside-ACLED scope, or
``NONE``) of the snippet's main event; the theme is ``main:<kind of lede>`` or ``rare:<type>``, a near
miss sharing the theme of the row it sits beside. Every snippet is invented, in the style of CASE 2021
news, with parties from every side. Rows the code does not get right yet are in ``GAPS``, marked
``xfail`` (strict): ``python -m pytest tests/stages/events/test_acled_lede.py -rx`` lists them.
Measured on main at 7ad8905, before any change: sub-event type 125 of 160, family 126 of 160; (a) the
main event 49 of 62 (reaction 10/13, statement 6/8, arrest-after 5/6, funeral 5/6, court 4/5, curfew
2/4, strike call 4/5, compensation 4/4, background 5/6, after-clause 4/5), (b) the rarer types 76 of 98
(looting 6/8, disrupted 7/9, base 6/8, transfer 6/8, change 3/7, grenade 7/7, chemical 4/6, sexual
6/6, abduction 4/6, mob 8/10, protest 11/11, outside 8/12). After the rules of
tests/stages/events/test_acled_lede_rules.py and the residual "Other" step of incident.main_event (branch
i16-acled8): sub-event type 140 of 160, family 140 of 160; (a) 56 of 62 (reaction 13/13, statement 7/8,
arrest-after 6/6, funeral 5/6, court 4/5, curfew 3/4, strike call 4/5, compensation 4/4, background 6/6,
after-clause 4/5), (b) 84 of 98 (looting 7/8, disrupted 9/9, base 7/8, transfer 6/8, change 6/7, grenade
7/7, chemical 5/6, sexual 6/6, abduction 4/6, mob 8/10, protest 11/11, outside 8/12).
On main at 0243c27: 142 of 160 (sub-event type and family); after the rules of
tests/stages/events/test_acled_bulletin_rules.py (branch i16-acled-bulletins): 144 of 160 (a court's conviction for a
killing is no killing; a person taken away by security agents and missing since is abducted).
"""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    AGR,
    AIR,
    ARR,
    ATK,
    CHG,
    CHM,
    DIS,
    EXF,
    GRN,
    GRT,
    HQ,
    LOO,
    MAN,
    MOB,
    NAT,
    NONE,
    NSO,
    NVT,
    ORG,
    PEA,
    PWI,
    REM,
    SEX,
    SHL,
    SUI,
    VDM,
    acled_probe_params,
    acled_row_holds,
)

RE = "main:reaction"        # a condemnation, tribute or shock opens the lede
ST = "main:statement"       # the police or army speak about an earlier event
AA = "main:arrest-after"    # arrests following a riot or an attack
FU = "main:funeral"         # a funeral, vigil or protest against a killing
CO = "main:court"           # a court, a verdict, an inquiry
CU = "main:curfew"          # a curfew after clashes
SC = "main:strike-call"     # a strike called, or observed, after an arrest or a killing
CP = "main:compensation"    # compensation or an apology for victims
BG = "main:background"      # a second sentence about an older event
AF = "main:after-clause"    # two events in one sentence, one in an 'after' clause

# (label, theme, text)
ROWS: list[tuple[str, str, str]] = [
    # ================= (a) which event is the main one
    # ---- reaction-first ledes: the event reacted to is coded
    (ATK, RE, "Pakistan's prime minister condemned the killing of four polio workers, who were shot dead "
              "by gunmen on motorcycles in Bajaur on Tuesday."),
    (REM, RE, "Borno governor Babagana Zulum condemned the roadside bomb that killed nine farmers near "
              "Konduga on Sunday."),
    (SUI, RE, "The Afghan president denounced the suicide bombing at a wedding hall in Kabul that "
              "killed 63 guests on Saturday night."),
    (ARR, RE, "Human rights groups criticised the arrest of a prominent Baloch activist by police in "
              "Karachi on Monday."),
    (EXF, RE, "Opposition leaders condemned the police firing on protesting farmers in Mandsaur, which "
              "killed five people on Tuesday."),
    (SEX, RE, "The chief minister expressed shock over the rape of a schoolgirl by two soldiers in a "
              "village near Imphal."),
    (MOB, RE, "Civil society groups in Lagos condemned the lynching of a young man accused of stealing "
              "a phone at a market in Ikeja."),
    (ABD, RE, "Catholic bishops decried the abduction of a priest by gunmen from his parish house in "
              "southern Kaduna on Sunday."),
    (GRN, RE, "The mayor of Cotabato City condemned the grenade attack on a bakery that wounded eleven "
              "people late Monday."),
    (AIR, RE, "Pakistan strongly condemned Thursday's drone strike in North Waziristan, which killed "
              "four people in a compound near Miranshah."),
    (AC, RE, "The army chief paid tribute to three soldiers killed when militants attacked their "
             "patrol in Kurram district on Friday."),
    # near misses: the reaction is itself the event of the report
    (PEA, RE, "Thousands of students marched in Dhaka on Sunday to condemn the killing of a "
              "university student by ruling party activists."),
    (PEA, RE, "Lawyers boycotted courts and rallied across Punjab on Monday to denounce the attack on "
              "a senior advocate in Lahore."),
    # ---- police or army statements about an earlier event
    (ATK, ST, "Police said on Friday that the men who shot dead a schoolteacher in Mardan last week "
              "belonged to a banned militant outfit."),
    (REM, ST, "Investigators said the bomb that exploded at a bus stop in Quetta on Monday had been "
              "hidden in a motorcycle and detonated by remote control."),
    (AC, ST, "The army said in a statement that its troops had killed six insurgents in an exchange "
             "of fire near Mamasapano on Wednesday."),
    (ATK, ST, "A police spokesman said the gunmen who raided a village in Zamfara on Tuesday had killed "
              "23 residents and burned their houses."),
    (SHL, ST, "Officials said the mortar shells fired from across the border had landed in a "
              "residential area of Poonch, killing a woman."),
    (ABD, ST, "Police confirmed on Thursday that the 17 farm workers missing since Monday had been "
              "abducted by bandits in Katsina state."),
    (DIS, ST, "Police said a bomb squad had defused an explosive device left in a bag outside the "
              "district court in Peshawar on Tuesday."),
    # near miss: the statement reports a new arrest
    (ARR, ST, "Police said on Saturday they had arrested three suspects in the killing of a journalist "
              "in Sindh last month."),
    # ---- arrests after a riot or an attack
    (ARR, AA, "Police arrested 56 people on Wednesday in connection with Monday's communal violence "
              "in Nuh."),
    (ARR, AA, "Forty people have been detained over last week's riot at a football stadium in Buenos "
              "Aires, the city's security minister said."),
    (ARR, AA, "The National Investigation Agency arrested two men in Kerala on Saturday for their "
              "alleged role in the 2019 Easter bombings."),
    (ARR, AA, "Police arrested 12 residents of Soweto on Tuesday, two days after a police van was "
              "torched during a protest."),
    # near misses: the riot is reported, the arrests follow it
    (VDM, AA, "Protesters stoned police and set fire to two buses in Sylhet on Monday during a "
              "demonstration against a rise in fuel prices; police later arrested 30 of them."),
    (MOB, AA, "A mob beat two men to death in Bidar on Friday on suspicion of child kidnapping; police "
              "have arrested 25 people."),
    # ---- funerals, vigils and protests against a killing
    (PEA, FU, "Thousands of mourners chanted slogans against the government at the funeral of a "
              "student leader in Sylhet on Wednesday."),
    (PEA, FU, "Traders shut their shops and staged a sit-in outside the press club in Quetta on Monday "
              "to protest the murder of a local businessman."),
    (PEA, FU, "Families of the victims of the Ozamiz raid held a candlelight vigil in Manila on Friday "
              "demanding justice."),
    (EXF, FU, "Police fired live rounds at people protesting the killing of a boda boda rider in "
              "Kisumu, killing two, witnesses said."),
    (VDM, FU, "Mourners carrying the body of a youth who died in police custody attacked a police "
              "station in Port Harcourt with stones on Tuesday."),
    # near miss: the killing is the report, the funeral follows it
    (ATK, FU, "A teacher was shot dead by unidentified gunmen in Pulwama on Friday; hundreds attended "
              "his funeral the next day."),
    # ---- courts and inquiries
    (EXF, CO, "The Sindh government ordered a judicial inquiry into Sunday's police firing on "
              "protesting farmers in Hyderabad that left two dead."),
    (ATK, CO, "A commission of inquiry will investigate the killing of 12 villagers by soldiers in Zaki "
              "Biam on Saturday, the state government said."),
    # near misses: the verdict is the report, and it is no ACLED event
    (NONE, CO, "A special court in Lahore sentenced two men to death on Monday for the 2014 bombing of "
               "a church in Youhanabad."),
    (NONE, CO, "The Supreme Court of the Philippines upheld the conviction of three police officers "
               "for the 2017 killing of a teenager in Caloocan."),
    (NONE, CO, "A Dhaka court acquitted all 14 accused in the 2016 attack on a Hindu temple in "
               "Brahmanbaria."),
    # ---- curfews
    (MOB, CU, "Authorities imposed a curfew in Bhadrak town on Saturday after clashes between two "
              "communities, in which mobs pelted stones and torched shops."),
    (VDM, CU, "A curfew was clamped on the old city of Srinagar on Friday after protesters fought "
              "pitched battles with police following Friday prayers."),
    (AC, CU, "The army imposed a curfew in Maiduguri after Boko Haram fighters attacked a military "
             "base on the outskirts of the city on Sunday night."),
    (AC, CU, "The Manipur government imposed a curfew in Churachandpur district on Thursday after "
             "armed Kuki and Meitei groups exchanged fire overnight."),
    # ---- strike calls after an arrest or a killing
    (ARR, SC, "The BNP called a nationwide hartal for Thursday after police arrested its secretary "
              "general in Dhaka."),
    (ARR, SC, "Traders' unions announced a three-day strike across Balochistan after the arrest of "
              "their leader in Quetta."),
    (ARR, SC, "Separatists called for a shutdown on Monday against the detention of their chairman, "
              "who was taken into custody by police in Srinagar on Sunday."),
    # near misses: the strike is held, so it is the protest of the report
    (PEA, SC, "Transport workers went on strike across Lagos on Monday to protest the arrest of their "
              "union leader."),
    (PEA, SC, "Shops, schools and offices remained shut across the Kashmir valley on Saturday in "
              "response to a strike called by separatists against the killing of a youth."),
    # ---- compensation and apologies
    (GRN, CP, "The state government announced compensation of Rs 5 lakh each for the families of the "
              "pilgrims killed in Monday's grenade attack in Anantnag."),
    (MAN, CP, "The prime minister announced compensation for the families of the 11 workers killed in "
              "a boiler explosion at a factory in Multan."),
    (ATK, CP, "Ogun state will pay compensation to the families of the five farmers hacked to death by "
              "herdsmen in Yewa on Sunday, the governor said."),
    (AIR, CP, "The Nigerian Air Force apologised and promised compensation after one of its jets "
              "bombed a camp for displaced people in Rann, killing dozens."),
    # ---- a background sentence about an older event
    (AC, BG, "Gunmen killed two police officers in an attack on a checkpoint in Ebonyi on Monday. In "
             "March, a similar attack on the same post had killed four."),
    (PEA, BG, "Hundreds of nurses protested outside the health ministry in Nairobi on Tuesday demanding "
              "unpaid salaries. Last year, police used tear gas to break up a similar protest."),
    (REM, BG, "A roadside bomb hit a military convoy in North Waziristan on Wednesday, wounding four "
              "soldiers. The area has seen dozens of suicide attacks since 2008."),
    (ARR, BG, "Police arrested a Shiv Sena leader in Thane on Friday for allegedly inciting violence. "
              "The party was blamed for the riots that hit the city in 1992."),
    (ABD, BG, "Gunmen abducted a Chinese engineer from a construction site in Ondo state on Saturday. "
              "Militants bombed oil pipelines in the region last year."),
    (SHL, BG, "Rebels fired rockets at a government compound in Cotabato on Tuesday. Two years ago, a "
              "car bomb there killed eight people."),
    # ---- two events in a sentence, one in an 'after' clause
    (AC, AF, "Three soldiers died after militants ambushed their vehicle in Kupwara and a gunfight "
             "followed."),
    (ATK, AF, "Bandits killed 11 villagers in Sokoto after residents refused to pay a levy."),
    (PWI, AF, "Police fired tear gas at opposition supporters who marched in Kampala after the arrest "
              "of their presidential candidate."),
    (VDM, AF, "Angry residents torched a police van in Soweto after a man died in a police chase."),
    (PEA, AF, "Students protested peacefully in Lahore on Monday after the arrest of their union "
              "leader."),

    # ================= (b) the rarer sub-event types
    # ---- looting / property destruction, no one hurt
    (LOO, "rare:looting", "Suspected herdsmen burned down 40 houses in a deserted village in Benue "
                          "state; no casualties were reported."),
    (LOO, "rare:looting", "Maoists set fire to three trucks and an excavator engaged in road "
                          "construction in Dantewada district on Sunday night."),
    (LOO, "rare:looting", "Unidentified men torched a girls' school in Diamer district overnight, "
                          "police said; no one was inside."),
    (LOO, "rare:looting", "Armed youths ransacked and looted the offices of an aid agency in Bentiu."),
    (LOO, "rare:looting", "Gunmen set ablaze the local government secretariat in Ihiala, Anambra "
                          "state, in the early hours of Monday."),
    (LOO, "rare:looting", "Soldiers looted shops and burned homes in a village in Sagaing region after "
                          "residents fled, witnesses said."),
    # near misses: a demonstration burns it; people die in the burning
    (VDM, "rare:looting", "Protesters set fire to the local government secretariat in Ihiala during a "
                          "demonstration over the killing of a trader."),
    (ATK, "rare:looting", "Gunmen burned down houses in a village in Plateau state, killing nine "
                          "residents who were trapped inside."),
    # ---- disrupted weapons use
    (DIS, "rare:disrupted", "Bomb experts defused two crude bombs found under a culvert on the "
                            "highway near Imphal."),
    (DIS, "rare:disrupted", "Troops recovered a cache of 20 AK-47 rifles, grenades and ammunition "
                            "from a militant hideout in the forests of Kupwara."),
    (DIS, "rare:disrupted", "Two militants were killed when the bomb they were assembling went off "
                            "prematurely in a house in Bannu."),
    (DIS, "rare:disrupted", "Air defences shot down an armed drone over Jammu airport before it "
                            "could reach its target."),
    (DIS, "rare:disrupted", "The Philippine army seized a cache of assault rifles and mortar rounds "
                            "buried by Abu Sayyaf militants in Sulu."),
    (DIS, "rare:disrupted", "Security forces foiled a bomb plot in Quetta, recovering a motorcycle "
                            "fitted with 10 kilograms of explosives."),
    (DIS, "rare:disrupted", "Police found and safely detonated a landmine planted on a road used by "
                            "paramilitary patrols in Gadchiroli."),
    # near misses: the bomb goes off
    (REM, "rare:disrupted", "A landmine planted by Maoists exploded under a police vehicle in "
                            "Gadchiroli, killing 15 commandos."),
    (REM, "rare:disrupted", "Two crude bombs planted under a culvert on the highway near Imphal went "
                            "off on Tuesday, injuring two traffic policemen."),
    # ---- headquarters or base established
    (HQ, "rare:base", "Boko Haram fighters have set up a new camp in the Sambisa forest, residents "
                      "who fled the area said."),
    (HQ, "rare:base", "The Maoists established a base in the forests of Abujhmarh, where they "
                      "trained new recruits, police said."),
    (HQ, "rare:base", "The Indian army established two new forward posts in the Depsang plains last "
                      "month, officials said."),
    (HQ, "rare:base", "Bandits have established a camp in the Rugu forest from which they launch "
                      "raids on nearby villages."),
    (HQ, "rare:base", "The Pakistan army inaugurated a new cantonment in Gwadar to guard the port, the "
                      "military said."),
    # near misses: the camp is attacked
    (AC, "rare:base", "Troops fought Boko Haram fighters at their camp in the Sambisa forest, killing 15 "
                      "insurgents."),
    (AC, "rare:base", "Militants attacked a newly established army base in Kunar, killing two "
                      "soldiers."),
    (AIR, "rare:base", "Fighter jets bombed a militant camp in the Sambisa forest on Thursday."),
    # ---- non-violent transfer of territory
    (NVT, "rare:transfer", "The militants withdrew from the district centre overnight and the army "
                           "entered it without a shot being fired."),
    (NVT, "rare:transfer", "Government troops pulled out of the town of Tessit, leaving it under the "
                           "control of armed groups."),
    (NVT, "rare:transfer", "Under the peace deal, the rebels handed over control of their main camp "
                           "in Maguindanao to the government."),
    (NVT, "rare:transfer", "M23 rebels withdrew from Bunagana and handed the border town over to a "
                           "regional force."),
    (NVT, "rare:transfer", "Local elders negotiated the surrender of Jaghori district to the Taliban, "
                           "who entered it without fighting."),
    # near misses: the place is taken by fighting
    (GRT, "rare:transfer", "The army recaptured the town of Tessit from armed groups after heavy "
                           "fighting on Sunday."),
    (NSO, "rare:transfer", "Al-Shabaab fighters took control of Bulo Burde after driving out Somali "
                           "troops in a gunbattle."),
    (NSO, "rare:transfer", "Boko Haram fighters overran the town of Damasak, killing several soldiers "
                           "and taking over the army barracks."),
    # ---- change to group / activity
    (CHG, "rare:change", "Boko Haram split into two factions after its leader was ousted by rival "
                         "commanders."),
    (CHG, "rare:change", "The Islamic State named a new leader for its West Africa branch, the group "
                         "said in an audio message."),
    (CHG, "rare:change", "Ansaru pledged allegiance to al-Qaeda, the group said in a statement."),
    (CHG, "rare:change", "The pro-talks faction of ULFA announced that it was disbanding its armed "
                         "wing."),
    (CHG, "rare:change", "Three factions of the Baloch Republican Army merged into a single group."),
    (CHG, "rare:change", "The Maoists reshuffled their central committee and named a new general "
                         "secretary."),
    # near miss: an accord with the government
    (AGR, "rare:change", "The Assam government and the NDFB signed a peace accord in New Delhi on "
                         "Monday."),
    # ---- grenade
    (GRN, "rare:grenade", "A militant tossed a grenade at a police vehicle in Sopore, injuring three "
                          "civilians."),
    (GRN, "rare:grenade", "Unidentified attackers lobbed a hand grenade into a crowded market in "
                          "Cotabato city, wounding nine shoppers."),
    (GRN, "rare:grenade", "A man threw a grenade into a church in Jolo during Sunday mass, killing "
                          "two worshippers."),
    (GRN, "rare:grenade", "Two men on a motorcycle threw a grenade at the house of a municipal "
                          "councillor in Tijuana."),
    (GRN, "rare:grenade", "A grenade attack on a police station in Pulwama injured two policemen."),
    # near misses: a planted bomb, a suicide bomber
    (REM, "rare:grenade", "A bomb hidden in a parked motorcycle exploded near a police vehicle in "
                          "Sopore, injuring three civilians."),
    (SUI, "rare:grenade", "A suicide bomber blew himself up at a crowded market in Cotabato city, "
                          "wounding nine shoppers."),
    # ---- chemical weapon
    (CHM, "rare:chemical", "Activists said government aircraft dropped barrels of chlorine gas on the "
                           "town of Saraqeb, leaving dozens struggling to breathe."),
    (CHM, "rare:chemical", "Residents said militants fired shells filled with mustard gas at Kurdish "
                           "positions near Makhmur."),
    (CHM, "rare:chemical", "Doctors treated 40 people for symptoms of sarin poisoning after a chemical "
                           "attack on Khan Sheikhoun."),
    (CHM, "rare:chemical", "The army accused the rebels of using toxic chemicals in an attack on its "
                           "positions in Marib."),
    # near misses: tear gas on a crowd, a gas leak
    (PWI, "rare:chemical", "Police fired tear gas to disperse protesters outside parliament in "
                           "Nairobi."),
    (MAN, "rare:chemical", "A chlorine gas leak at a water treatment plant in Karachi sent 30 people "
                           "to hospital."),
    # ---- sexual violence
    (SEX, "rare:sexual", "Soldiers raped three women during a raid on a village in Sagaing region, "
                         "residents told investigators."),
    (SEX, "rare:sexual", "Militia fighters sexually assaulted displaced women at a camp near Bunia, "
                         "aid workers said."),
    (SEX, "rare:sexual", "A police officer was accused of raping a woman held at a police station in "
                         "Kasur."),
    (SEX, "rare:sexual", "Members of a ruling party youth wing gang-raped a woman in Noakhali and "
                         "filmed the assault."),
    # near misses: killed, abducted
    (ATK, "rare:sexual", "Soldiers shot dead three women during a raid on a village in Sagaing "
                         "region."),
    (ABD, "rare:sexual", "Militia fighters abducted six displaced women from a camp near Bunia."),
    # ---- abduction / forced disappearance
    (ABD, "rare:abduction", "Gunmen kidnapped 15 worshippers from a mosque in Zamfara state on "
                            "Friday."),
    (ABD, "rare:abduction", "Men in plain clothes took away a Baloch student from his hostel in "
                            "Islamabad, and his family has not heard from him since."),
    (ABD, "rare:abduction", "Gunmen believed to be from the Abu Sayyaf took two Malaysian crewmen "
                            "from a tugboat off Sabah."),
    (ABD, "rare:abduction", "Unknown armed men abducted a human rights activist in Guerrero; his "
                            "whereabouts remain unknown."),
    (ABD, "rare:abduction", "A student activist has been missing since he was taken away by security "
                            "agents from his home in Dhaka on Tuesday, his family said."),
    # near miss: an arrest on charges
    (ARR, "rare:abduction", "Police arrested a student activist at his home in Dhaka on Tuesday on "
                            "charges of sedition."),
    # ---- mob violence vs violent demonstration
    (MOB, "rare:mob", "A crowd lynched a truck driver in Kathua after rumours that he was carrying "
                      "beef."),
    (MOB, "rare:mob", "Villagers beat two men to death in Karbi Anglong on suspicion of being child "
                      "lifters."),
    (MOB, "rare:mob", "Rival groups of Congress and CPI(M) workers fought with iron rods in Kannur, "
                      "injuring 14."),
    (MOB, "rare:mob", "A crowd set upon a suspected thief and burned him alive at a market in "
                      "Onitsha."),
    (MOB, "rare:mob", "Residents of two villages fought with clubs and stones over a disputed "
                      "farmland in Ebonyi, leaving three dead."),
    (VDM, "rare:mob", "Protesters pelted police with stones and set fire to vehicles in Karachi "
                      "during a demonstration against power cuts."),
    (VDM, "rare:mob", "Jute mill workers demanding unpaid wages smashed the windows of the mill "
                      "office in Khulna and blocked the highway."),
    (VDM, "rare:mob", "Students protesting against a fee hike ransacked the vice-chancellor's office "
                      "at a university in Rajshahi."),
    (VDM, "rare:mob", "Demonstrators threw petrol bombs at police outside the parliament in "
                      "Santiago."),
    (VDM, "rare:mob", "Farmers protesting against the farm laws broke through police barricades and "
                      "attacked officers with sticks in Delhi."),
    # ---- excessive force vs intervention vs peaceful protest
    (EXF, "rare:protest", "Police opened fire on demonstrators demanding the release of a detained "
                          "cleric in Khartoum, killing four."),
    (EXF, "rare:protest", "Security forces shot dead two protesters during a march against the "
                          "election results in Harare."),
    (EXF, "rare:protest", "Police beat protesting teachers with batons in Lahore, leaving one of them "
                          "dead."),
    (EXF, "rare:protest", "Soldiers fired live rounds at students protesting fuel prices in Freetown, "
                          "wounding 11."),
    (PWI, "rare:protest", "Riot police used water cannon and tear gas on doctors marching to the "
                          "health ministry in Nairobi."),
    (PWI, "rare:protest", "Police baton-charged protesting teachers in Lahore and detained dozens of "
                          "them."),
    (PWI, "rare:protest", "Police dispersed a sit-in by unemployed youths outside the governor's "
                          "office in Tucuman and detained 14."),
    (PEA, "rare:protest", "Hundreds of farmers held a peaceful sit-in outside the district "
                          "collectorate in Ludhiana as police stood guard."),
    (PEA, "rare:protest", "Teachers marched to the governor's office in Abuja under a heavy police "
                          "presence, but no incidents were reported."),
    (PEA, "rare:protest", "Police escorted a march of about 2,000 women through central Buenos Aires "
                          "demanding action on femicide."),
    (PEA, "rare:protest", "Nurses staged a demonstration outside Kenyatta National Hospital on "
                          "Monday; police monitored the protest from a distance."),
    # ---- outside ACLED, though it reads violent
    (MAN, "rare:outside", "A cooking gas cylinder burst in a crowded tea stall in Chittagong, leaving "
                          "six dead."),
    (MAN, "rare:outside", "A reactor blast at a pharmaceutical factory in Telangana killed 12 "
                          "workers."),
    (MAN, "rare:outside", "A bus carrying pilgrims plunged into a gorge in Kishtwar, killing 20."),
    (MAN, "rare:outside", "A fire that broke out in a chemical warehouse in old Dhaka killed 70 "
                          "people."),
    (NAT, "rare:outside", "Floods swept away houses in Sylhet, killing 18 people."),
    (ORG, "rare:outside", "Armed robbers shot a security guard and escaped with 2 million reais from "
                          "a bank in Sao Paulo."),
    (ORG, "rare:outside", "Gunmen robbed a bureau de change in Kano and fled with cash after "
                          "shooting a cashier."),
    (ORG, "rare:outside", "A gang of car thieves killed a taxi driver in Johannesburg and stole his "
                          "vehicle."),
    (NONE, "rare:outside", "Police in Jharkhand said reports on social media of a mob lynching in "
                           "Dumka were false and that no such incident had taken place."),
    (NONE, "rare:outside", "Villagers in Kupwara panicked when actors dressed as militants staged a "
                           "mock gunfight for a film shoot."),
    (NONE, "rare:outside", "Philippine marines and US troops held a live-fire exercise in Zambales on "
                           "Tuesday."),
    (NONE, "rare:outside", "A court in Sindh acquitted five men accused of setting fire to a factory "
                           "in Baldia town."),
]


# rows the code does not get right yet (by text)
GAPS: frozenset[str] = frozenset({
    'Officials said the mortar shells fired from across the border had landed in a residential area of Poonch, killing a woman.',
    'Mourners carrying the body of a youth who died in police custody attacked a police station in Port Harcourt with stones on Tuesday.',
    'The Manipur government imposed a curfew in Churachandpur district on Thursday after armed Kuki and Meitei groups exchanged fire overnight.',
    "Traders' unions announced a three-day strike across Balochistan after the arrest of their leader in Quetta.",
    'Angry residents torched a police van in Soweto after a man died in a police chase.',
    'Armed youths ransacked and looted the offices of an aid agency in Bentiu.',
    'Bandits have established a camp in the Rugu forest from which they launch raids on nearby villages.',
    'Local elders negotiated the surrender of Jaghori district to the Taliban, who entered it without fighting.',
    'The Maoists reshuffled their central committee and named a new general secretary.',
    'The army accused the rebels of using toxic chemicals in an attack on its positions in Marib.',
    'Gunmen believed to be from the Abu Sayyaf took two Malaysian crewmen from a tugboat off Sabah.',
    'A crowd set upon a suspected thief and burned him alive at a market in Onitsha.',
    'A cooking gas cylinder burst in a crowded tea stall in Chittagong, leaving six dead.',
    'Gunmen robbed a bureau de change in Kano and fled with cash after shooting a cashier.',
    'Police in Jharkhand said reports on social media of a mob lynching in Dumka were false and that no such incident had taken place.',
    'Villagers in Kupwara panicked when actors dressed as militants staged a mock gunfight for a film shoot.',
})


@pytest.mark.parametrize(("label", "theme", "text"), acled_probe_params(ROWS, GAPS))
def test_main_event(label: str, theme: str, text: str) -> None:
    assert acled_row_holds(label, text), (theme, text)


def test_the_probe_spans_main_event_choice_and_the_rarer_types() -> None:
    themes = {r[1] for r in ROWS}
    mains = {t for t in themes if t.startswith("main:")}
    rares = {t for t in themes if t.startswith("rare:")}
    assert len(mains) == 10 and len(rares) == 12
    counted = 0
    for theme in themes:
        assert sum(r[1] == theme for r in ROWS) >= 4, theme
        counted += 1
    assert counted == len(themes)
    assert 120 <= len(ROWS) <= 180 and len({r[2] for r in ROWS}) == len(ROWS)
    assert set(GAPS) <= {r[2] for r in ROWS}
