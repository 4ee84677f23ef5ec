#!/usr/bin/env python3
"""data/gen-lexicon-cameo.py -- regenerate data/lexicon-cameo.tsv: the verbs
and verb phrases of the 20 CAMEO roots, in geopol's lexicon phrase syntax.

Reads the verb pattern dictionary of the PETRARCH2 coder (CAMEO.2.0, MIT,
kept as ../shared/reference/petrarch2-CAMEO.2.0-verbs.txt beside the
repository) and translates what geopol's phrases can express:

  PETRARCH2                         geopol phrase
  - * AID            # RUSH         rush * aid           verb, gap, object
  - * (TO BORDER)    # RUSH         rush * to * border   a prepositional phrase
  - * {ARMS SHIPMENT}               rush * arms shipment a compound, contiguous
  - * &CURRENCY      # ASK          ask * money, ask * dollar ...  (a synonym
                                    set, expanded when it has few members)
  - * OFF (FROM +)                  set off * from       + / $ (the target or
                                    source) become a gap, or go at an end
  EXPEL {... EXPELLED} [code]       expel, expelled      a verb whose code is
                                    its own; irregular forms that the stemmer
                                    does not join get a row of their own

and drops what it cannot (subject words before the verb: "&MILITARY *";
null codes [---]; codes only for the other side [:173]; synonym sets too
large to expand; comments 010/011/013/014/015/017, which geopol does not
score; phrases the data/lexicon.tsv already has, word stem for word stem).
Then the hand-checked rows below are added first (they win over the
dictionary's on the same stems).  Every row names its source: the
dictionary's pattern and verb, or "geopol, hand-checked".

    python3 data/gen-lexicon-cameo.py [--ref DIR]

Python 3 standard library only; deterministic; counts of what was
translated and dropped are printed on stderr.
"""

import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

from genactors.common import REF, read_tsv_map   # noqa: E402 -- shared/reference, found as gen-actors.py finds it

counts = Counter()
MAX_COMBOS = 18         # a pattern expands to at most this many phrases (the
                        # dictionary's &MILITARY set has 18 members: troops, soldiers ...)
MAX_TOKENS = 12         # geopol's limit (words and gaps)

# CAMEO comments that geopol does not score and whose verbs are verbs of
# saying (data/lexicon.tsv handles those as speech)
SKIP_CODES = {'010', '011', '013', '014', '015', '017'}

# Bare verbs too ambiguous in news to code an event without their object
# ("take", "hold", "meet" alone): only their patterns are kept.
BARE_TOO_VAGUE = {
    'add', 'allow', 'appear', 'be', 'become', 'bring', 'call', 'carry', 'come', 'continue',
    'deal', 'do', 'draw', 'drive', 'fall', 'get', 'give', 'go', 'have', 'hit', 'hold', 'keep',
    'leave', 'let', 'look', 'make', 'move', 'open', 'pass', 'pay', 'place', 'play', 'pull',
    'push', 'put', 'raise', 'reach', 'run', 'say', 'see', 'seem', 'send', 'set', 'show',
    'stand', 'start', 'stay', 'take', 'tell', 'turn', 'use', 'work', 'meet', 'talk', 'visit',
    'receive', 'return', 'release', 'back', 'free', 'offer', 'cut', 'break', 'close', 'end',
    'lift', 'drop', 'launch', 'fire', 'strike', 'shoot', 'target', 'charge', 'issue', 'sign',
    'form', 'join', 'lead', 'press', 'seek', 'ask', 'want', 'need', 'hope', 'expect', 'plan',
    'order', 'express', 'note', 'declare', 'announce', 'state', 'report', 'claim', 'consider',
    'discuss', 'present', 'provide', 'support', 'serve', 'share', 'host', 'help', 'aid',
    'assist', 'contribute', 'cover', 'cross', 'enter', 'exit', 'fight', 'follow', 'gain',
    'grant', 'handle', 'head', 'include', 'lose', 'mark', 'mount', 'name', 'oppose', 'own',
    'pick', 'point', 'post', 'prepare', 'protect', 'question', 'recall', 'remove', 'respond',
    'review', 'rule', 'save', 'sell', 'settle', 'step', 'stop', 'suspend', 'test', 'threaten',
    'touch', 'track', 'treat', 'try', 'watch', 'welcome', 'withdraw', 'yield', 'arrange',
    'base', 'position', 'station', 'stage', 'situate', 'format', 'switch', 'change', 'alter',
    'modify', 'amend', 'revise', 'race', 'rush', 'speed', 'hurry', 'accelerate', 'quicken',
    'hasten', 'expedite', 'enquire', 'inquire', 'query', 'wonder', 'interview', 'grill',
    'drag', 'empty', 'endure', 'enjoy', 'experience', 'extend', 'fail', 'emerge', 'develop',
    'discover', 'dispel', 'distance', 'dock', 'draft', 'eliminate', 'embrace', 'evade',
    'exhibit', 'erupt', 'evacuate', 'despatch', 'dispatch', 'deter', 'defuse', 'decorate',
    'crawl', 'crash', 'construct', 'build', 'conspire', 'confirm', 'collect', 'collapse',
    'clinch', 'cleanse', 'clamp', 'chant', 'cancel', 'burn', 'broadcast', 'brace', 'believe',
    'backlash', 'avert', 'attempt', 'anger', 'alleviate', 'alert', 'diminish', 'accept',
    'agree', 'vote', 'promise', 'pledge', 'commit', 'intend', 'plan', 'prepare', 'request',
    'demand', 'urge', 'warn', 'deny', 'reject', 'refuse', 'condemn', 'accuse', 'blame',
    'criticize', 'criticise', 'praise', 'thank', 'hail', 'welcome', 'applaud', 'commend',
    # read in the dictionary's own list, and judged too general alone
    'hear', 'arrive', 'introduce', 'apply', 'applied', 'aim', 'decide', 'determine', 'signal',
    'signalled', 'influence', 'trade', 'boost', 'link', 'import', 'abandon', 'submit', 'search',
    'monitor', 'object', 'march', 'disturb', 'extract', 'impose', 'bar', 'bars', 'fine',
    'sentence', 'die', 'engage', 'pound', 'kick', 'rip', 'ripping', 'beat', 'beaten', 'cane',
    'brand', 'savage', 'fault', 'favor', 'respect', 'bless', 'legitimise', 'defect', 'breach',
    'endanger', 'spies', 'spied', 'spy', 'defend', 'shelter', 'greet', 'debate', 'cable', 'dock',
    'notify', 'destroy', 'flatten', 'explode', 'concede', 'compromise', 'revive', 'strive',
    'strove', 'communicate', 'converse', 'allocate', 'enact', 'enlist', 'merge', 'finance',
    'purchase', 'stabilise', 'intervene', 'absolve', 'loosen', 'unblock', 'declassified',
    'declassify', 'resign', 'inspect', 'decline', 'despair', 'lament', 'curse', 'exclude',
    'impel', 'impelled', 'suppress', 'steal', 'stole', 'abuse', 'hurt', 'wrestle', 'disrupt',
    'undermine', 'abort', 'betray', 'disassociate', 'rescind', 'convene', 'attend', 'summon',
    'doubt', 'frustrate', 'distress', 'comply', 'assemble', 'reassert', 'rejoice', 'acclaim',
    'forgive', 'airlift', 'rescue', 'surrender', 'retreat', 'relinquish', 'exonerate', 'acquit',
    'legalise', 'probe', 'allege', 'distrust', 'renounce', 'spurn', 'denigrate', 'jeer', 'mock',
    'snub', 'compensate', 'complain', 'defy', 'defied', 'provoke', 'demonstrate', 'riot',
    'parade', 'patrol', 'patrolled', 'coordinate', 'facilitate', 'suggest', 'disband', 'secede', 'punish', 'nationalize', 'prohibit',
    'censor', 'confine', 'prosecute', 'sue', 'convict', 'apprehend', 'rampage', 'scuffle',
    'slap', 'whip', 'engage', 'encircle', 'repulse', 'recapture', 'dynamite', 'kill', 'murder',
    'raid', 'ransack', 'besiege', 'mobilize', 'overfly', 'overflew', 'overflown', 'ultimatum',
}

# Hand-checked rows: precise phrases for the actions the issue names
# (reduce relations, expel, recall, sever ties, sanctions, arrests, attacks,
# aid, meetings, releases) and for verbs the dictionary leaves vague.
# phrase, CAMEO code, intensity, note
HAND = """
sever * ties	161	0	CAMEO 161: break diplomatic relations
sever * relations	161	0	CAMEO 161
sever * diplomatic relations	161	0	CAMEO 161
cut * diplomatic ties	161	0	CAMEO 161
cut * diplomatic relations	161	0	CAMEO 161
break off * relations	161	0	CAMEO 161
break off * ties	161	0	CAMEO 161
downgrade * relations	161	0	CAMEO 161
downgrade * ties	161	0	CAMEO 161
recall * envoy	161	0	CAMEO 161: recalling an envoy reduces relations
recall * ambassadors	161	0	CAMEO 161
close * embassy	161	0	CAMEO 161
shut * embassy	161	0	CAMEO 161
expel * diplomat	161	0	CAMEO 161: expelling diplomats reduces relations
expelled * diplomat	161	0	CAMEO 161 (the stemmer does not join expel and expelled)
expelling * diplomat	161	0	CAMEO 161
expel * ambassador	161	0	CAMEO 161
expelled * ambassador	161	0	CAMEO 161
declare * persona non grata	161	0	CAMEO 161
declared * persona non grata	161	0	CAMEO 161
suspend * membership	160	0	CAMEO 160: reduce relations (suspending a member)
suspended * membership	160	0	CAMEO 160
suspend * from	160	0	CAMEO 160: "suspended Niger from the bloc"
suspend * talks	164	0	CAMEO 164: halt negotiations
suspend * negotiations	164	0	CAMEO 164
break off * talks	164	0	CAMEO 164
pull out of * talks	164	0	CAMEO 164
walk out of * talks	164	0	CAMEO 164
suspend * aid	162	0	CAMEO 162: reduce or stop aid
cut off * aid	162	0	CAMEO 162
halt * aid	162	0	CAMEO 162
freeze * aid	162	0	CAMEO 162
freeze * assets	163	0	CAMEO 163: sanctions
impose * embargo	163	0	CAMEO 163
impose * tariff	163	0	CAMEO 163: economic sanctions
slap * sanction	163	0	CAMEO 163: newsroom verb
blacklist	163	0	CAMEO 163
boycott	163	0	CAMEO 163: boycott
expel * peacekeeper	1661	0	CAMEO 1661
expel * inspector	1662	0	CAMEO 1662
expelled * inspector	1662	0	CAMEO 1662
expel * aid worker	1663	0	CAMEO 1663
expel * journalist	174	0	CAMEO 174: expel individuals
expelled * journalist	174	0	CAMEO 174
deport	174	0	CAMEO 174
arrest	173	0	CAMEO 173: arrest, detain
detain	173	0	CAMEO 173
take * into custody	173	0	CAMEO 173
jail	173	0	CAMEO 173
imprison	173	0	CAMEO 173
sentence * to	173	0	CAMEO 173: charge with legal action
put * on trial	173	0	CAMEO 173
indict	173	0	CAMEO 173
impose * curfew	1723	0	CAMEO 1723
declare * state of emergency	1724	0	CAMEO 1724
impose * martial law	1724	0	CAMEO 1724
declare * martial law	1724	0	CAMEO 1724
ban * party	1722	0	CAMEO 1722
crack down on	175	0	CAMEO 175: violent repression
cracked down on	175	0	CAMEO 175
tear gas	175	0	CAMEO 175
confiscate	1711	0	CAMEO 1711
seize	171	0	CAMEO 171: seize property
invade	192	0	CAMEO 192: occupy territory
occupy	192	0	CAMEO 192
annex	192	0	CAMEO 192
bomb	195	0	CAMEO 195: aerial weapons
airstrike	195	0	CAMEO 195
air strike	195	0	CAMEO 195
shelling	194	0	CAMEO 194
fire * missile at	195	0	CAMEO 195
launch * missile at	195	0	CAMEO 195
launch * attack on	190	0	CAMEO 190: use conventional force
launch * offensive against	190	0	CAMEO 190
attack	190	0	CAMEO 190
clash with	193	0	CAMEO 193: fight with small arms
ambush	193	0	CAMEO 193
assassinate	186	0	CAMEO 186: assassinate
abduct	181	0	CAMEO 181: abduct, hijack, take hostage
kidnap	181	0	CAMEO 181
take * hostage	181	0	CAMEO 181
massacre	202	0	CAMEO 202: mass killings
ethnic cleansing	203	0	CAMEO 203
mobilize * troops	152	0	CAMEO 152: military alert
mobilise * troops	152	0	CAMEO 152
deploy * troops to	154	0	CAMEO 154: mobilize armed forces
mass * troops	154	0	CAMEO 154
military exercise	152	0	CAMEO 152
put * on alert	152	0	CAMEO 152
free * prisoner	0841	0	CAMEO 0841: release persons
release * prisoner	0841	0	CAMEO 0841
release * detainee	0841	0	CAMEO 0841
release * hostage	0841	0	CAMEO 0841
file * charge * against	115	0	CAMEO 115 (bring lawsuit against): charges filed are a legal accusation (PLOVER ACCUSE), not an arrest; the dictionary's [173] predates 115
pay * visit to	042	0	CAMEO 042: make a visit
arrive in	042	0	CAMEO 042
recognize * independence	054	0	CAMEO 054: grant diplomatic recognition
recognise * independence	054	0	CAMEO 054
recognize * as	054	0	CAMEO 054
recognise * as	054	0	CAMEO 054
hand over	084	0	CAMEO 084: return, release
withdraw * troops	0871	0	CAMEO 0871: de-escalate military engagement
pull out * troops	0871	0	CAMEO 0871
pull * troops out	0871	0	CAMEO 0871
agree to * ceasefire	0871	0	CAMEO 0871
declare * ceasefire	0871	0	CAMEO 0871
lift * sanction	081	0	CAMEO 081: ease administrative sanctions
ease * sanction	081	0	CAMEO 081
lift * embargo	081	0	CAMEO 081
lift * ban	081	0	CAMEO 081
lift * curfew	0813	0	CAMEO 081
lift * state of emergency	0814	0	CAMEO 0814
pardon	0832	0	CAMEO 083: accede to demands for rights
apologize	055	0	CAMEO 055
apologise	055	0	CAMEO 055
send * aid	070	0	CAMEO 070: provide aid
provide * aid	070	0	CAMEO 070
deliver * aid	070	0	CAMEO 070
pledge * aid	070	0	CAMEO 070
donate	070	0	CAMEO 070
humanitarian aid to	073	0	CAMEO 073: humanitarian aid
provide * humanitarian	073	0	CAMEO 073
military aid to	072	0	CAMEO 072: military aid
provide * weapons	072	0	CAMEO 072
supply * weapons	072	0	CAMEO 072
send * weapons	072	0	CAMEO 072
arms to	072	0	CAMEO 072
grant * asylum	075	0	CAMEO 075: grant asylum
loan to	071	0	CAMEO 071: economic aid
hold talks with	040	0	CAMEO 040: consult
held talks with	040	0	CAMEO 040
talks with	040	0	CAMEO 040
meet with	040	0	CAMEO 040
met with	040	0	CAMEO 040
telephone	040	0	CAMEO 040
phone call with	040	0	CAMEO 040
spoke by phone with	040	0	CAMEO 040
mediate	046	0	CAMEO 046: mediate
negotiate with	046	0	CAMEO 046: negotiate
sign * agreement	057	0	CAMEO 057: sign formal agreement
signed * agreement	057	0	CAMEO 057
sign * deal	057	0	CAMEO 057
sign * treaty	057	0	CAMEO 057
sign * memorandum	057	0	CAMEO 057
establish * diplomatic relations	064	0	CAMEO 064: share intelligence / cooperate -> diplomatic: 050? see note
restore * ties	050	0	CAMEO 050: diplomatic cooperation
restore * relations	050	0	CAMEO 050
resume * relations	050	0	CAMEO 050
normalize * relations	050	0	CAMEO 050
normalise * relations	050	0	CAMEO 050
investigate	090	0	CAMEO 090: investigate
launch * investigation into	090	0	CAMEO 090
open * investigation into	090	0	CAMEO 090
probe into	090	0	CAMEO 090
agree to	030	0	CAMEO 030: express intent to cooperate
offer to	030	0	CAMEO 030
pledge to	030	0	CAMEO 030
vow to	030	0	CAMEO 030
ready to cooperate	030	0	CAMEO 030
refuse to	120	0	CAMEO 120: reject
decline to	120	0	CAMEO 120
veto	120	0	CAMEO 120: reject (a veto)
vetoed	120	0	CAMEO 120
rule out	120	0	CAMEO 120
threaten to	130	0	CAMEO 130: threaten
ultimatum	130	0	CAMEO 130
threaten * sanction	1312	0	CAMEO 1312: threaten sanctions
threaten * military force	138	0	CAMEO 138: threaten military force
threaten * war	138	0	CAMEO 138
protest against	140	0	CAMEO 140: demonstrate or rally
demonstrate against	141	0	CAMEO 141
hunger strike	142	0	CAMEO 142
go on strike	143	0	CAMEO 143
went on strike	143	0	CAMEO 143 ("go" and "went" are not one stem)
call off * strike	087	0	CAMEO 087: de-escalate (the dictionary's CALLED_OFF * STRIKE)
called off * strike	087	0	CAMEO 087
violate * ceasefire	196	0	CAMEO 196: violate ceasefire (the dictionary's VIOLATE block lists BREACH * &CEASEFIRE)
violate * cease-fire	196	0	CAMEO 196
violate * truce	196	0	CAMEO 196
breach * ceasefire	196	0	CAMEO 196
held * talks	040	0	CAMEO 040: "held separate talks in Bishkek with"
hold * talks	040	0	CAMEO 040
held * discussions with	040	0	CAMEO 040: "held bilateral discussions with"
hold * discussions with	040	0	CAMEO 040
had lunch with	040	0	CAMEO 040: a working meal is a meeting
had dinner with	040	0	CAMEO 040
share * evidence with	064	0	CAMEO 064: share intelligence or information (the dictionary's SHARE * &EVIDENCE)
share * intelligence with	064	0	CAMEO 064
share * information with	064	0	CAMEO 064
joint military exercise	062	0	CAMEO 062: cooperate militarily (the dictionary's &MILITARY * EXERCISES [062])
joint exercise	062	0	CAMEO 062
end * mediation	165	0	CAMEO 165: halt mediation
ended * mediation	165	0	CAMEO 165 (words of three letters are not stemmed: end, ended)
end * mediation effort	165	0	CAMEO 165 (not a mediation effort, 045)
ended * mediation effort	165	0	CAMEO 165
halt * mediation	165	0	CAMEO 165
suspend * mediation	165	0	CAMEO 165
suspend * supplies	162	0	CAMEO 162: reduce or stop material aid ("suspended food supplies to")
suspension of aid	162	0	CAMEO 162
suspension of * aid	162	0	CAMEO 162
expelled * aid worker	1663	0	CAMEO 1663 (the stemmer does not join expel and expelled)
expelled * peacekeeper	1661	0	CAMEO 1661
remain * on alert	152	0	CAMEO 152: increase military alert status
on high alert	152	0	CAMEO 152
sue	115	0	CAMEO 115: bring lawsuit against ("is suing the FBI")
faulted	111	0	CAMEO 111: criticize (the past tense only: "fault" is also a noun)
conduct * investigation	090	0	CAMEO 090: investigate
outlaw	1722	0	CAMEO 1722: ban political parties or groups
apprehend	173	0	CAMEO 173: arrest
carry out * strike	195	0	CAMEO 195: "carried out strikes against"
carried out * strike	195	0	CAMEO 195 (carry and carried are not one stem)
carry out * airstrike	195	0	CAMEO 195
carried out * airstrike	195	0	CAMEO 195
mediation effort	045	0	CAMEO 045: mediate ("launched a mediation effort")
ready to contribute	030	0	CAMEO 030: express intent to cooperate
join forces with	060	0	CAMEO 060: engage in material cooperation
give * deadline	130	0	CAMEO 130: threaten (an ultimatum: "gave Canada a deadline to")
gave * deadline	130	0	CAMEO 130
extend * curfew	1723	0	CAMEO 1723: impose curfew
participate in peacekeeping	074	0	CAMEO 074: provide military protection or peacekeeping
deploy * peacekeepers	074	0	CAMEO 074
provide * loan	071	0	CAMEO 071: provide economic aid
give * equipment	070	0	CAMEO 070: provide aid ("gives medical equipment to")
gave * equipment	070	0	CAMEO 070
provide * equipment	070	0	CAMEO 070
send * equipment	070	0	CAMEO 070
defend	052	0	CAMEO 052: defend verbally ("defended Russia over claims of")
find * guilty	116	0	CAMEO 116: find guilty or liable (legally); PLOVER ACCUSE
found * guilty	116	0	CAMEO 116 ("find" and "found" are not one stem)
call for * sanctions	1312	0	CAMEO 1312: threaten sanctions (the dictionary's CALL - * (FOR SANCTIONS) [1312], left out because data/lexicon.tsv reads "call for")
urge * sanctions	1312	0	CAMEO 1312 (the dictionary's URGE - * SANCTIONS [1312])
refuse * talks	125	0	CAMEO 125: reject proposal to meet, discuss or negotiate (the dictionary's REJECT/RULED_OUT - * TALKS [125])
refuse to * talks	125	0	CAMEO 125 ("refused to hold talks": longer than the negation "refuse to")
reject * talks	125	0	CAMEO 125
rule out * talks	125	0	CAMEO 125
refuse * negotiations	125	0	CAMEO 125 (the dictionary's REJECT - * NEGOTIATION [125])
reject * negotiations	125	0	CAMEO 125
refuse * meeting	125	0	CAMEO 125 (the dictionary's DENY - * MEETING [125])
refuse * visit	125	0	CAMEO 125 (the dictionary's REFUSE - * VISIT [125])
cancel * visit	125	0	CAMEO 125: calling off a planned visit declines to meet (the dictionary has 160/161, reduce relations; the PLOVER data code it REJECT)
cancelled * visit	125	0	CAMEO 125 (the stemmer does not join cancel and cancelled)
call off * visit	125	0	CAMEO 125
cancel * planned visit	125	0	CAMEO 125 (the dictionary's CANCEL - * {PLANNED VISIT} says 161)
cancelled * planned visit	125	0	CAMEO 125
decline * request	120	0	CAMEO 120: reject (the dictionary's REJECT - * REQUEST [120]; DECLINE [120])
decline * invitation	125	0	CAMEO 125: an invitation to meet or visit
decline * offer	127	0	CAMEO 127: reject plan or offer (the dictionary's REJECT - * OFFER [127])
refuse * offer	127	0	CAMEO 127
reject * offer	127	0	CAMEO 127
refuse * permission	120	0	CAMEO 120 (the dictionary's REFUSE - * PERMISSION [120])
not give * permission	120	0	CAMEO 120: a permission withheld is refused, whatever the tense ("did not give permission for the rally"), unlike an act merely not done ("did not release": not coded)
not grant * permission	120	0	CAMEO 120 (as "not give * permission")
not given * permission	120	0	CAMEO 120 (as "not give * permission"; give and given are not one stem)
fail to reach * agreement	127	0	CAMEO 127: no agreement to settle the dispute (longer than the negation "fail to"); both sides, like agreeing
fail to reach * deal	127	0	CAMEO 127
fail to reach * accord	127	0	CAMEO 127
fail to agree	127	0	CAMEO 127
reach * agreement	057	0	CAMEO 057: an agreement reached is one concluded (as the dictionary's CONCLUDE - * &TREATY [057]; its REACH rows say 032 or 037)
reach * deal	057	0	CAMEO 057
reach * accord	057	0	CAMEO 057
reach * pact	057	0	CAMEO 057
reach * treaty	057	0	CAMEO 057
agree * deal	057	0	CAMEO 057: "agreed (to, on) a trade deal" concludes it
agree * agreement	057	0	CAMEO 057
agree * accord	057	0	CAMEO 057
agree * pact	057	0	CAMEO 057
agree to * deal	057	0	CAMEO 057 (longer than "agree to", 030)
agree to * agreement	057	0	CAMEO 057
agree to * accord	057	0	CAMEO 057
agree to * pact	057	0	CAMEO 057
agree on * deal	057	0	CAMEO 057
agree on * agreement	057	0	CAMEO 057
sign * pact	057	0	CAMEO 057 (the dictionary's SIGN - * &TREATY [057]: pact, accord)
sign * accord	057	0	CAMEO 057
sign * protocol	057	0	CAMEO 057 (the dictionary's SIGN - * PROTOCOL [057])
sign * declaration	057	0	CAMEO 057 (the dictionary's SIGN - * DECLARATION [057])
sued	115	0	CAMEO 115: bring lawsuit against (words of three letters are not stemmed: "sue" does not match "sued")
suing	115	0	CAMEO 115
halt * talks	164	0	CAMEO 164: halt negotiations
halt * negotiations	164	0	CAMEO 164
violate * ban	128	0	CAMEO 128: defy norms, law ("violated a UN ban on missile tests")
launch * military operation	190	0	CAMEO 190 (the dictionary's CARRY_OUT - * {&MILITARY OPERATION} [190])
begin * military operation	190	0	CAMEO 190
start * military operation	190	0	CAMEO 190
hold * meeting	040	0	CAMEO 040: consult ("held a 50-minute meeting on Tuesday with")
held * meeting	040	0	CAMEO 040 (hold and held are not one stem)
press * to	100	0	CAMEO 100: demand (the dictionary's DEMAND block lists PRESS): "pressed Peru to withdraw"
press for	100	0	CAMEO 100: "pressed for the release of"
request that	020	0	CAMEO 020: appeal (the dictionary's REQUEST [020]; the bare verb is also a noun)
request * to	020	0	CAMEO 020: "requested Peru to extradite"
upgrade * ties	050	0	CAMEO 050: diplomatic cooperation (the dictionary's UPGRADE - * {DIPLOMATIC RELATIONS} [050])
upgrade * relations	050	0	CAMEO 050
hold * responsible	112	0	CAMEO 112: accuse ("held Peru responsible for the clash")
held * responsible	112	0	CAMEO 112
point * finger at	112	0	CAMEO 112: accuse
take aim at	111	0	CAMEO 111: criticize
took aim at	111	0	CAMEO 111
rail against	111	0	CAMEO 111: criticize
lodge * complaint	114	0	CAMEO 114: complain officially (the dictionary's LODGE/FILE - * COMPLAINT [114])
turn down	120	0	CAMEO 120: reject ("turned down the offer")
brush aside	120	0	CAMEO 120
brush off	120	0	CAMEO 120
defy	120	0	CAMEO 120 (the dictionary's DEFY [120]): "defied the Security Council"
defied	120	0	CAMEO 120 (defy and defied are not one stem)
plead with	020	0	CAMEO 020: appeal (the dictionary's APPEAL block lists PLEAD)
express * willingness	030	0	CAMEO 030 (the dictionary's EXPRESS - * WILLINGNESS [030])
offer * assistance	033	0	CAMEO 033: intent to provide material aid (the dictionary's OFFER block, [0332] for military assistance)
offer * aid	033	0	CAMEO 033
recognise * government	054	0	CAMEO 054: grant diplomatic recognition
recognize * government	054	0	CAMEO 054
cooperate with	050	0	CAMEO 050 (the dictionary's COLLABORATE [050] block lists COOPERATE)
speak with	040	0	CAMEO 040: consult, two actors ("spoke with his Turkish counterpart")
spoke with	040	0	CAMEO 040 (speak and spoke are not one stem)
spoken with	040	0	CAMEO 040
phone	041	0	CAMEO 041: discuss by telephone (the dictionary's CALL [041] block lists PHONE); a one-word verb of meeting needs its object right after it
provide * support	051	0	CAMEO 051 (the dictionary's GRANT block: GIVE - * SUPPORT [051], PROVIDE a member): "willing to provide support to"
call * to discuss	041	0	CAMEO 041: discuss by telephone (the dictionary's CALL [041] block: CALL, PHONE, TELEPHONE): "called Russian Foreign Minister Sergey Lavrov to discuss"; the bare verb also names ("called it a crime") and appeals ("called on")
call	041	0	CAMEO 041: a telephone call ("called Erdogan on Friday"); coded only with a person or state right after it and what follows a call after that (a day, its purpose "to explain", ", discussing", the sentence's end: extract_cues.c call_complement), not a naming ("called it a crime", "called Iran a threat") nor an appeal ("called on", a phrase of its own)
call * to talk	041	0	CAMEO 041 (the dictionary's CALL [041])
call * to congratulate	041	0	CAMEO 041 (the dictionary's CALL [041])
telephone * to discuss	041	0	CAMEO 041 (the dictionary's CALL [041])
ban * from holding	1722	0	CAMEO 1722: ban political parties or politicians (the dictionary's PROHIBIT [172] block: BAN; BAR [172]): "banned the opposition leader from holding public office"
banned * from holding	1722	0	CAMEO 1722 (the stemmer does not join ban and banned)
bar * from holding	1722	0	CAMEO 1722
barred * from holding	1722	0	CAMEO 1722 (the stemmer does not join bar and barred)
ban * from running	1722	0	CAMEO 1722: "barred from running in the election"
banned * from running	1722	0	CAMEO 1722
bar * from running	1722	0	CAMEO 1722
barred * from running	1722	0	CAMEO 1722
assault	190	0	CAMEO 190: use conventional military force (the dictionary's PHYSICAL_CONFLICT [190] block lists ASSAULT beside ATTACK)
accept * demands	080	0	CAMEO 080: yield, accede to demands (data/cameo.tsv: 08 YIELD, 083 "accede to requests or demands"); the demands' authors are the object ("accepted the demands by protesters")
accede to * demands	080	0	CAMEO 080
concede to * demands	080	0	CAMEO 080
give in to * demands	080	0	CAMEO 080
gave in to * demands	080	0	CAMEO 080 (give and gave are not one stem)
bow to * demands	080	0	CAMEO 080
bowed to * demands	080	0	CAMEO 080 (words of three letters are not stemmed: bow, bowed)
end * strike	087	0	CAMEO 087: de-escalate (the dictionary's ANNOUNCE - * END (OF STRIKE) and CALLED_OFF - * STRIKE [087])
ended * strike	087	0	CAMEO 087 (words of three letters are not stemmed: end, ended)
ending * strike	087	0	CAMEO 087
ends * strike	087	0	CAMEO 087
resign	083	0	CAMEO 083: accede to demands for political reform (the dictionary's RESIGN [083]); with nobody named as its object, within the resigning official's country
"""
# the 064 row above is wrong (064 is intelligence sharing): establishing
# relations is diplomatic cooperation, 050; it is written here once, right
HAND = HAND.replace("establish * diplomatic relations\t064\t0\tCAMEO 064: share intelligence / cooperate -> diplomatic: 050? see note",
                    "establish * diplomatic relations\t050\t0\tCAMEO 050: engage in diplomatic cooperation")


# ---- geopol's light stemmer (src/core/extract.c stem()), to compare phrases ----

def stem(w):
    n = len(w)
    w = list(w)
    if n > 4 and ''.join(w[n - 3:n]) == 'ies':
        n -= 2
        w[n - 1] = 'y'
        return ''.join(w[:n])
    if n > 5 and ''.join(w[n - 3:n]) == 'ing':
        n -= 3
    elif n > 4 and ''.join(w[n - 2:n]) == 'ed':
        n -= 2
    elif n > 4 and ''.join(w[n - 2:n]) == 'es' and w[n - 3] != 's':
        n -= 2
    elif n > 3 and w[n - 1] == 's' and w[n - 2] not in ("s", "u", "i", "'"):
        n -= 1
    elif n > 3 and w[n - 1] == 'e':
        return ''.join(w[:n - 1])
    if n > 3 and w[n - 1] == w[n - 2] and w[n - 1] not in 'lseo' and not w[n - 1].isdigit():
        n -= 1
    elif n > 3 and w[n - 1] == 'e':
        n -= 1
    return ''.join(w[:n])


def tokens(phrase):
    """the phrase's tokens as geopol's lexer cuts them (words keep inner
    hyphens and apostrophes; 's is a token of its own)"""
    out = []
    for w in phrase.lower().split():
        if w == '*':
            out.append('*')
            continue
        m = re.fullmatch(r"(.+?)('s)?", w)
        out.append(m.group(1))
        if m.group(2):
            out.append("'s")
    return out


def key(phrase):
    """what the trie sees: each word as its stem (words up to three letters
    as written), gaps as *"""
    return ' '.join(t if t == '*' else (t if len(t) <= 3 else 's:' + stem(t)) for t in tokens(phrase))


# ---- the PETRARCH2 verb dictionary ----

def read_verbs(path):
    """synonym sets, and blocks of (verbs, patterns)"""
    sets = defaultdict(list)
    blocks = []
    cur_set = None
    cur = None
    in_patterns = False
    with open(path, encoding='utf-8', errors='replace') as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip('\n')
            if line.startswith('####### VERB PATTERNS'):
                in_patterns = True
                cur_set = None
                continue
            if not in_patterns:
                if line.startswith('#') or not line.strip():
                    continue
                if line.startswith('&'):
                    cur_set = line[1:].strip().rstrip('_')
                    continue
                if line.startswith('+') and cur_set:
                    w = line[1:].split('#')[0].strip().rstrip('_')
                    if w:
                        sets[cur_set].append(w)
                continue
            m = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]\s+---', line)
            if m:
                cur = {'head': m.group(1), 'code': m.group(2).strip(), 'verbs': [], 'patterns': [],
                       'line': n}
                blocks.append(cur)
                continue
            if cur is None or not line.strip() or line.startswith('#'):
                continue
            if line.startswith('-'):
                body, _, comment = line[1:].partition('#')
                m = re.search(r'\[([^\]]*)\]\s*$', body.strip())
                if not m:
                    counts['pattern without a code: dropped'] += 1
                    continue
                cur['patterns'].append({'text': body[:body.rfind('[')].strip(),
                                        'code': m.group(1).strip(), 'verbs': comment.strip(),
                                        'line': n})
                continue
            # a verb line: VERB, VERB {forms}, +MULTI_WORD {forms} [code]
            body = line.split('#')[0].strip()
            m = re.match(r'^(\+?[A-Z][A-Z_\'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?', body)
            if not m:
                continue
            verb = m.group(1).lstrip('+').rstrip('_')
            forms = m.group(2).strip('{}').split() if m.group(2) else []
            forms = [f.lstrip('+').rstrip('_') for f in forms]
            code = m.group(3).strip('[]').strip() if m.group(3) else None
            cur['verbs'].append({'verb': verb, 'forms': forms, 'code': code})
    return sets, blocks


def words_of(s):
    return s.replace('_', ' ').lower()


def translate(pattern, verb, sets):
    """geopol phrases for one pattern and verb; None (with a reason) when
    the pattern cannot be expressed"""
    text = pattern
    if '*' not in text:
        return None, 'no verb position'
    pre, post = text.split('*', 1)
    if pre.strip():
        return None, 'subject words before the verb (not expressible)'
    if '*' in post:
        return None, 'two verb positions'
    toks = re.findall(r'\{[^}]*\}|\([^)]*\)|&\w+|[$+%^]|[^\s{}()]+', post)
    parts = [[words_of(verb)]]          # alternatives per slot
    for t in toks:
        if t in ('$', '+', '%', '^'):
            parts.append(['*'])
            continue
        if t.startswith('{'):
            inner = t.strip('{}').split()
            alts = [[]]
            for w in inner:
                if w.startswith('&'):
                    mem = sets.get(w[1:].rstrip('_'))
                    if not mem:
                        return None, 'unknown synonym set'
                    alts = [a + [words_of(x)] for a in alts for x in mem]
                else:
                    alts = [a + [words_of(w)] for a in alts]
            parts.append(['*'])
            parts.append([' '.join(a) for a in alts])
            continue
        if t.startswith('('):
            inner = t.strip('()').split()
            if not inner:
                continue
            prep, rest = inner[0], inner[1:]
            parts.append(['*'])
            if prep.startswith('&'):
                return None, 'a synonym set as a preposition'
            if prep in ('$', '+', '%', '^'):
                parts.append(['*'])
                continue
            parts.append([words_of(prep)])
            alts = [[]]
            for w in rest:
                if w in ('$', '+', '%', '^'):
                    alts = [a + ['*'] for a in alts]
                elif w.startswith('{'):
                    alts = [a + [words_of(w.strip('{}'))] for a in alts]
                elif w.startswith('&'):
                    mem = sets.get(w[1:].rstrip('_'))
                    if not mem:
                        return None, 'unknown synonym set'
                    alts = [a + [words_of(x)] for a in alts for x in mem]
                else:
                    alts = [a + [words_of(w.strip('{}'))] for a in alts]
            if rest:
                parts.append(['*'])
                parts.append([' '.join(a) for a in alts])
            continue
        if t.startswith('&'):
            mem = sets.get(t[1:].rstrip('_'))
            if not mem:
                return None, 'unknown synonym set'
            parts.append(['*'])
            parts.append([words_of(x) for x in mem])
            continue
        parts.append(['*'])
        parts.append([words_of(t)])
    combos = 1
    for p in parts:
        combos *= len(p)
    if combos > MAX_COMBOS:
        return None, 'synonym sets too large to expand (more than %d phrases)' % MAX_COMBOS
    out = ['']
    for p in parts:
        out = [(o + ' ' + x).strip() for o in out for x in p]
    res = []
    for o in out:
        o = re.sub(r'(\* )+\*', '*', ' '.join(o.split()))      # no double gaps
        o = re.sub(r'^\* | \*$', '', o).strip()
        o = re.sub(r'(\* )+\*', '*', o)
        if len(o.split()) > MAX_TOKENS:
            return None, 'longer than geopol\'s twelve tokens'
        if not re.fullmatch(r"[a-z0-9 *'.-]+", o):
            return None, 'characters geopol phrases do not take'
        res.append(o)
    return res, None


def code_of(c):
    """the event code for the actor who does it: '042:043' -> 042;
    ':173', '---', '' -> None"""
    c = c.strip()
    if ':' in c:
        c = c.split(':')[0].strip()
    if not re.fullmatch(r'\d{2,4}', c):
        return None
    return c


MATERIAL_ROOTS = {'04', '06', '07', '08', '09', '14', '15', '16', '17', '18', '19', '20'}


def read_lexicon_keys():
    """the phrases of data/lexicon.tsv (as stems), and their first words:
    verbs the coder's own lexicon reads (condemn, express, reaffirm, call,
    urge, support ...) are left to it, so that a longer dictionary pattern
    ("condemn * terrorist attack" [018]) never takes over its statements"""
    keys, heads = set(), set()
    with open(os.path.join(HERE, 'lexicon.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            f = line.split('\t')
            k = key(f[0])
            keys.add(k)
            # a row coding a CAMEO action by its number claims its phrase,
            # not its verb, when the action is material (04 consult, 06-09,
            # 14-20: "release 0841") or the row is a phrase ("strike *
            # agreement 057"): the dictionary's other patterns of the verb
            # stay ("strike * deal"); "oppose 110" claims its verb
            # "protest 140" still claims its verb: a state's protest is a
            # formal complaint (111), which the coding rules decide
            coded = len(f) > 2 and f[2].isdigit()
            if not (coded and ((f[2][:2] in MATERIAL_ROOTS and f[2][:2] != '14') or '*' in k)):
                heads.add(k.split(' ')[0])
    return keys, heads


PREPOSITIONS = {'to', 'with', 'at', 'on', 'in', 'for', 'from', 'by', 'of', 'into', 'over', 'about',
                'against', 'between', 'toward', 'towards', 'up', 'out', 'off', 'down', 'back',
                'away', 'through', 'under', 'after', 'before', 'as', 'and', 'the', 'a', 'an'}
# objects too general to make a verb precise ("raise * issue", "restore * order")
GENERIC_OBJECTS = {'close', 'issue', 'issues', 'need', 'order', 'security', 'way', 'step', 'move',
                   'role', 'part', 'effort', 'efforts', 'matter', 'situation', 'question', 'point',
                   'problem', 'view', 'views', 'case', 'plan', 'position', 'stand', 'line', 'time',
                   'power', 'process', 'work', 'action', 'measure', 'measures', 'steps', 'concerns',
                   'concern', 'interest', 'interests', 'hope', 'future', 'peace', 'stability'}


def content_words(phrase):
    return [w for w in phrase.split()[1:] if w != '*' and w not in PREPOSITIONS]


def read_cameo_codes():
    return read_tsv_map('cameo.tsv', -1)


def main():
    global REF
    args = sys.argv[1:]
    if args[:1] == ['--ref'] and len(args) > 1:
        REF = args[1]
    sets, blocks = read_verbs(os.path.join(REF, 'petrarch2-CAMEO.2.0-verbs.txt'))
    taken, heads = read_lexicon_keys()  # data/lexicon.tsv's phrases: never repeated
    cameo = read_cameo_codes()
    rows = []
    seen = {}

    def add(phrase, code, intensity, source, what):
        k = key(phrase)
        if not all(re.fullmatch(r"\*|[a-z][a-z'-]*", t) for t in phrase.split()):
            counts['%s: not made of words: dropped' % what] += 1
            return
        if code not in cameo:
            counts['%s: code not in data/cameo.tsv: dropped' % what] += 1
            return
        if code in SKIP_CODES or code[:3] in SKIP_CODES:
            counts['%s: a comment (01x) geopol does not score: dropped' % what] += 1
            return
        if k in taken:
            counts['%s: data/lexicon.tsv has it (same stems): skipped' % what] += 1
            return
        if what != 'hand' and k.split(' ')[0] in heads:
            counts['%s: its verb is one data/lexicon.tsv reads (left to it): skipped' % what] += 1
            return
        if what.startswith('pattern'):
            cw = content_words(phrase)
            if not cw:
                counts['pattern: verb and prepositions only ("return * to"): dropped'] += 1
                return
            if all(w in GENERIC_OBJECTS for w in cw):
                counts['pattern: a general object ("raise * issue"): dropped'] += 1
                return
        if k in seen:
            counts['%s: the same stems again: skipped' % what] += 1
            return
        seen[k] = code
        rows.append((phrase, 'stance', code, str(intensity), source))
        counts['%s: row' % what] += 1

    for line in HAND.strip('\n').split('\n'):
        phrase, code, inten, why = line.split('\t')
        add(phrase, code, inten, 'geopol, hand-checked; ' + why, 'hand')

    for b in blocks:
        verbs = {v['verb']: v for v in b['verbs']}
        bcode = code_of(b['code'])
        # bare verbs: those the dictionary's editors gave a code of their own,
        # and the verb a block is named after (with the block's code); the
        # other members of a block are synonyms from WordNet, far too
        # general alone ("think", "face", "value"), and are kept only
        # inside their patterns
        for v in b['verbs']:
            if v['code']:
                code = code_of(v['code'])
            elif v['verb'] == b['head']:
                code = bcode
            else:
                counts['verb: a synonym of the block without a code of its own (kept in patterns only): dropped'] += 1
                continue
            w = words_of(v['verb'])
            if code is None:
                counts['verb: no code (a block of patterns only): dropped'] += 1
                continue
            if w in BARE_TOO_VAGUE or w.split(' ')[0] in BARE_TOO_VAGUE and ' ' not in w:
                counts['verb: too vague alone in news (only its patterns kept): dropped'] += 1
                continue
            src = 'PETRARCH2 CAMEO verbs: %s [%s]' % (v['verb'], code)
            add(w, code, 0, src, 'verb')
            for f in v['forms']:
                fw = words_of(f)
                if key(fw) != key(w):
                    add(fw, code, 0, src + ' (irregular form %s)' % f, 'verb form')
        for p in b['patterns']:
            code = code_of(p['code'])
            if code is None:
                counts['pattern: null or other-side code (---, :173): dropped'] += 1
                continue
            origin = [x.strip() for x in p['verbs'].split(',') if x.strip()]
            origin = [o.split()[0] for o in origin if o.split()]
            vs = [o for o in origin if re.fullmatch(r'[A-Z_\'-]+', o)] or list(verbs)
            for vname in vs:
                v = verbs.get(vname, {'verb': vname, 'forms': []})
                res, why = translate(p['text'], v['verb'], sets)
                if res is None:
                    counts['pattern: %s: dropped' % why] += 1
                    continue
                src = 'PETRARCH2 CAMEO verbs: %s - %s [%s]' % (v['verb'], ' '.join(p['text'].split()), p['code'])
                for ph in res:
                    add(ph, code, 0, src, 'pattern')
                    # irregular forms the stemmer does not join (sped, fought)
                    for f in v['forms']:
                        fw = words_of(f)
                        if key(fw) != key(words_of(v['verb'])) and ph.startswith(words_of(v['verb'])):
                            add(fw + ph[len(words_of(v['verb'])):], code, 0,
                                src + ' (irregular form %s)' % f, 'pattern form')
    rows.sort(key=lambda r: (r[2], r[0]))
    with open(os.path.join(HERE, 'lexicon-cameo.tsv'), 'w', encoding='utf-8') as fh:
        fh.write(HEADER)
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    roots = Counter(r[2][:2] for r in rows)
    print('lexicon-cameo.tsv: %d rows; by CAMEO root: %s' % (
        len(rows), ' '.join('%s:%d' % kv for kv in sorted(roots.items()))), file=sys.stderr)
    for what in sorted(counts):
        print('  %6d  %s' % (counts[what], what), file=sys.stderr)


HEADER = """\
# The verbs and verb phrases of the 20 CAMEO roots for geopol.extract():
# statements (appeal, intent, consult, praise, demand, disapprove, reject,
# threaten) and actions (aid, yield, investigate, protest, exhibit force,
# reduce relations, coerce, assault, fight, mass violence).  Same columns and
# phrase syntax as data/lexicon.tsv (words match on stems, '*' is a gap of up
# to five words); stance is the CAMEO code.  Generated by
# data/gen-lexicon-cameo.py from the PETRARCH2 CAMEO.2.0 verb dictionary
# (MIT) and hand-checked rows; phrases data/lexicon.tsv has are not repeated.
# Do not edit by hand: edit the generator.
# phrase	kind	stance	intensity	source
"""

if __name__ == '__main__':
    main()
