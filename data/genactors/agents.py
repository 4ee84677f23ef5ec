"""data/genactors/agents.py -- data/agents.tsv: agent words (what a sector
of a state is called in text), from the Phoenix agents dictionary.
"""
from .common import *  # noqa: F401,F403


# ---- agent words ----

MACROS = {}
# the sectors whose words the coder composes with a country ("the Malian
# army", "Sudanese rebels", "Afghan civilians"); business, media, religion,
# health ... words are left out
AGENT_SECTORS = {'GOV', 'MIL', 'COP', 'REB', 'LEG', 'JUD', 'OPP', 'SPY', 'UAF', 'INS',
                 'PTY', 'SEP', 'CVL', 'CRM', 'REF'}
NO_AGENT = {'deputy', 'deputies'}      # a police deputy, or a member of parliament
# elites (ELI, in the CAMEO codebook former officials among them): the words
# of a state's elite; "actor", "retired", "VIP" name nobody's
ELI_AGENTS = {'FORMER_PRIME_MINISTER', 'FORMER_PRESIDENT', 'FIRST_LADY', 'FIRST_FAMILY',
              'HONORARY_CONSUL'}
# labour, education and media: only the words for their people (what an
# action is done to: "arrested journalists", "striking workers"), not their
# bodies and outlets ("the school", "the media")
PEOPLE_OF_SECTOR = {'LAB': {'EMPLOYEE', 'LABORER', 'STRIKING_WORKER', 'TRANSPORT_WORKER',
                            'TRANSPORTATION_WORKER', 'WORKER'},
                    'EDU': {'ACADEMIC', 'LECTURER', 'PROFESSOR', 'PUPIL', 'SCHOLAR',
                            'SCHOOLTEACHER', 'STUDENT', 'TEACHER'},
                    'MED': {'BLOGGER', 'CORRESPONDENT', 'FOREIGN_CORRESPONDENT', 'JOURNALIST',
                            'NEWSPAPER_EDITOR', 'NEWSPAPER_PUBLISHER', 'PRESS_PHOTOGRAPHER',
                            'REPORTER', 'WAR_CORRESPONDENT'}}
# people an action is done to (or by) whom the Phoenix agents dictionary has
# no word for (geopol, after the CAMEO codebook's release, detention and
# assault events, 0841, 173 and 18, whose sides these are): actor, singular,
# plural.  "people" is left out: "the Ukrainian people" is Ukraine
OWN_AGENTS = """
CVL	prisoner	prisoners
CVL	inmate	inmates
CVL	hostage	hostages
CVL	captive	captives
LAB	striker	strikers
UAF	attacker	attackers
"""


def plural(w):
    low = w.lower()
    for a, b in (('man', 'men'), ('woman', 'women'), ('person', 'people')):
        if low.endswith(a) and not low.endswith('human'):
            return w[:-len(a)] + b
    if low in ('police', 'military', 'personnel', 'staff', 'intelligence', 'gendarmerie',
               'infantry', 'artillery', 'navy', 'cavalry', 'clergy', 'judiciary', 'leadership',
               'opposition', 'government', 'security', 'enforcement', 'junta', 'parliament',
               'congress', 'legislature', 'cabinet', 'administration', 'regime'):
        return None if low in ('police', 'military', 'personnel', 'staff', 'intelligence',
                               'infantry', 'artillery', 'cavalry', 'clergy', 'judiciary',
                               'leadership', 'security', 'enforcement') else w + 's'
    if re.search(r'[^aeiou]y$', low):
        return w[:-1] + 'ies'
    if re.search(r'(s|x|z|ch|sh)$', low):
        return w + 'es'
    return w + 's'


def read_agents(path, roles):
    rows = []
    with open(path, encoding='utf-8', errors='replace') as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.split('#', 1)[0].rstrip()
            if not line.strip():
                continue
            m = re.match(r'^!(\w+)!\s*=\s*(.*)$', line)
            if m:
                MACROS[m.group(1)] = [x.strip() for x in m.group(2).split(',')]
                continue
            m = re.match(r'^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]\s*$', line)
            if not m:
                note('agent: line not readable: skipped', line)
                continue
            phrase, plurals, code = m.group(1).strip(), m.group(2), m.group(3)
            # "HEALTH_MINIST": the !MINIST! macro written without its marks
            phrase = re.sub(r'(^|_)MINIST$', r'\1!MINIST!', phrase)
            segs = [code[i:i + 3] for i in range(0, len(code), 3)]
            # a path whose later segments are not CAMEO roles keeps its head
            # (JIHADIST [~UAFMUS] is UAF)
            known = [x for x in segs[:next((i for i, x in enumerate(segs) if x not in roles),
                                             len(segs))]]
            if len(code) % 3 or not known:
                note('agent: code is no path of CAMEO roles: skipped', code)
                continue
            if len(known) < len(segs):
                note('agent: a path cut at its first segment that is no CAMEO role', code)
                segs = known
            actor = '.'.join(segs)
            if segs[0] in PEOPLE_OF_SECTOR and len(segs) == 1 \
                    and phrase.upper() in PEOPLE_OF_SECTOR[segs[0]]:
                pass
            elif segs == ['ELI'] and phrase.upper() in ELI_AGENTS:
                pass
            elif segs[0] not in AGENT_SECTORS:
                note('agent: a sector outside the state, armed groups and civilians: left out', code)
                continue
            forms = []
            mm = re.search(r'!(\w+)!', phrase)
            if mm:
                for rep in MACROS.get(mm.group(1), []):
                    glued = phrase[:mm.start()] + rep + phrase[mm.end():]
                    forms.append(glued)
            else:
                forms.append(phrase)
                if plurals is None:
                    words = [w for w in phrase.split('_') if w]
                    # the head noun: before "of" (head of police -> heads of police)
                    h = words.index('OF') - 1 if 'OF' in words[1:] else len(words) - 1
                    last = words[h] if words else ''
                    if last and not (last.endswith('S') and not last.endswith('SS')):
                        pl = plural(last)
                        if pl:
                            forms.append('_'.join(words[:h] + [pl] + words[h + 1:]))
                else:
                    forms += [x for x in plurals.strip('{}').split() if x]
            src = 'Phoenix agents: %s [~%s]' % (phrase + ((' ' + plurals) if plurals else ''), code)
            for f in forms:
                nm = ' '.join(f.replace('_', ' ').split()).lower()
                if not nm or not re.fullmatch(r"[a-z][a-z .'-]*", nm):
                    note('agent: not a plain word or phrase: skipped', f)
                    continue
                if nm in NO_AGENT:
                    note('agent: ambiguous between sectors: skipped', nm)
                    continue
                rows.append({'name': nm, 'actor': actor, 'kind': 'agent', 'frm': None,
                             'to': None, 'source': src, 'grp': 'agent'})
    for line in OWN_AGENTS.strip().splitlines():
        code, one, many = line.split('\t')
        for nm in (one, many):
            rows.append({'name': nm, 'actor': code, 'kind': 'agent', 'frm': None, 'to': None,
                         'source': 'geopol: a side of CAMEO 0841/173/18', 'grp': 'agent'})
    return rows



AGENTS_HEADER = """\
# Agent words: what a sector of a state is called in text ("army", "riot
# police", "foreign minister"), kind agent, actor = the CAMEO role path
# (MIL, COP, GOV.MIL ...) that the coder appends to the country named
# beside it ("the Malian army" = MLI.MIL).  lookup() does not return them.
# Generated by data/gen-actors.py from the PETRARCH2 Phoenix agents
# dictionary (MIT): do not edit by hand.
# actor	name	kind	from	to	source
"""
