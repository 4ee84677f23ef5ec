#!/usr/bin/env python3
"""data/gen-actors.py -- regenerate data/persons.tsv, data/agents.tsv,
data/organisations.tsv, data/groups.tsv and data/places.tsv.

Reads the PETRARCH2 Phoenix actor and agent dictionaries (MIT licence,
kept in ../shared/reference beside the repository: see its README) and
adds the hand-checked facts of data/offices-since-2014.tsv (the office
holders since the dictionaries' 2014 freeze, each with its term of office)
and of the tables in this file (FORMER_NAMES; the repairs and the names
left out by hand).
Python 3 standard library only; the English word list of Debian's wamerican
package (/usr/share/dict/american-english; apt-get install wamerican) is
read to keep names that are common words out of the coder's way.

What it does, in order: reads the dictionaries (repairing the date typos
listed in CODE_REPAIRS); persons: every dated office code of a person
(elite periods, ELI, are no office; terms ended before 1979 and the
ministries of MINOR_SECTORS are left out; a term left open is closed on
2014-12-31, a hand-checked term replaces the dictionary's for its days);
names as news write them (al-Assad, d'Estaing, acronyms kept upper case);
filters (common English words, single names several people bear, dates,
titles alone, names of countries and capitals, names data/names.tsv has);
per name, terms of one actor merged and overlapping terms of different
actors cut (the broader office, else the later one, wins; the same name for
people of different countries at the same time is dropped).
Organisations and institutions: names of common words kept when they still
name one body, an agency also without its country's name, acronyms also in
title case.  Places: the demonyms, cities and regions of each country entry
of the country dictionary.

    python3 data/gen-actors.py [--ref DIR]

Deterministic: the same inputs give the same files, byte for byte.  The
repairs and the rows dropped are printed on stderr, with counts.
"""

import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def find_reference():
    """shared/reference beside the repository (../shared), or beside one of
    its parent folders (a worktree inside a folder that has shared/)"""
    d = os.path.dirname(HERE)
    while True:
        parent = os.path.dirname(d)
        cand = os.path.join(parent, 'shared', 'reference')
        if os.path.isdir(cand):
            return cand
        if parent == d:
            return os.path.join(os.path.dirname(os.path.dirname(HERE)), 'shared', 'reference')
        d = parent


REF = find_reference()
WORDS = '/usr/share/dict/american-english'
FREEZE = '2014-12-31'
ERA = '1979-01-01'          # GDELT's and ICEWS's first year: older terms are left out
# ministries of these sectors are left out of persons.tsv (their holders seldom
# speak for their state abroad; 7,000 rows cost every session's dictionary)
MINOR_SECTORS = {'AGR', 'EDU', 'HLH', 'LAB', 'ENV', 'MED', 'DEV', 'REL', 'HRI', 'REF', 'MUS'}       # the Phoenix dictionaries' last day of knowledge
SRC_PHX = 'PETRARCH2 Phoenix'

log_counts = Counter()
log_examples = defaultdict(list)


def note(what, example=None):
    """count a repair or a dropped row (printed on stderr at the end)"""
    log_counts[what] += 1
    if example is not None and len(log_examples[what]) < 4:
        log_examples[what].append(example)


# ---- dates ----

def valid_day(y, m, d):
    if not (1 <= m <= 12) or d < 1:
        return False
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= mdays[m - 1]


def phx_date(s):
    """a Phoenix date: YYMMDD (00-29 are 20YY, 30-99 19YY) or YYYYMMDD;
    returns ISO text or None (malformed)"""
    if re.fullmatch(r'\d{6}', s):
        yy = int(s[:2])
        y = 2000 + yy if yy < 30 else 1900 + yy
        m, d = int(s[2:4]), int(s[4:6])
    elif re.fullmatch(r'\d{8}', s):
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    else:
        return None
    if not valid_day(y, m, d):
        return None
    return '%04d-%02d-%02d' % (y, m, d)


def day_before(iso):
    y, m, d = map(int, iso.split('-'))
    d -= 1
    if d == 0:
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        d = 31
        while not valid_day(y, m, d):
            d -= 1
    return '%04d-%02d-%02d' % (y, m, d)


def day_after(iso):
    y, m, d = map(int, iso.split('-'))
    d += 1
    if not valid_day(y, m, d):
        d, m = 1, m + 1
        if m == 13:
            y, m = y + 1, 1
    return '%04d-%02d-%02d' % (y, m, d)


# ---- the Phoenix dictionary format ----

# Typing errors in the dictionaries' dates, repaired (the fact behind each)
CODE_REPAIRS = {
    'ARMUNR 9008223-911221': 'ARMUNR 900823-911221',   # an extra digit
    'GBRGOV >201005011': 'GBRGOV >20100511',           # Cameron PM from 2010-05-11
    'IRQOCC 1920030320-20060520': 'IRQOCC 20030320-20060520',  # an extra "19"
    'EGYGOV 20121207-20120802': 'EGYGOV 20111207-20120802',    # Ganzouri's second term began 2011-12-07
    'MNEGOV 20121204': 'MNEGOV >20121204',             # Djukanovic PM from 2012-12-04
    'KORGOVBUS 2004017-20061201': 'KORGOVBUS 20040117-20061201',  # Ban Ki-moon foreign minister from 2004-01-17
}


raw_text = ['']


def parse_code(text, where):
    """'AFGGOV >100201' -> ('AFGGOV', from, to, open_end); None to skip"""
    text = ' '.join(text.split())
    if text in CODE_REPAIRS:
        note('date typing error repaired', '%s [%s] -> [%s]' % (where, text, CODE_REPAIRS[text]))
        text = CODE_REPAIRS[text]
    m = re.fullmatch(r'(---|~?[A-Z]+)\s*(.*)', text)
    if not m:
        note('code not readable: dropped', '%s [%s]' % (where, text))
        return None
    code, dates = m.group(1), m.group(2).replace('> ', '>').replace('< ', '<')
    if code == '---':
        return None
    raw_text[0] = text
    if dates == '':
        return (code, None, None, False)
    m = re.fullmatch(r'>(\d+)', dates)
    if m:
        f = phx_date(m.group(1))
        if f is None:
            note('malformed date: code dropped', '%s [%s]' % (where, text))
            return None
        return (code, f, None, True)
    m = re.fullmatch(r'<(\d+)', dates)
    if m:
        t = phx_date(m.group(1))
        if t is None:
            note('malformed date: code dropped', '%s [%s]' % (where, text))
            return None
        return (code, None, t, False)
    m = re.fullmatch(r'(\d+)-(\d+)', dates)
    if m:
        f, t = phx_date(m.group(1)), phx_date(m.group(2))
        if f is None or t is None:
            note('malformed date: code dropped', '%s [%s]' % (where, text))
            return None
        if f > t:
            note('date range reversed: swapped', '%s [%s]' % (where, text))
            f, t = t, f
        return (code, f, t, False)
    note('date not readable: code dropped', '%s [%s]' % (where, text))
    return None


def read_actor_file(path):
    """groups of names sharing codes: [{'names': [...], 'codes': [...],
    'line': n, 'comment': str}]; a blank line or a new primary name after
    codes starts a new group"""
    groups = []
    cur = None

    def close():
        nonlocal cur
        if cur is not None:
            groups.append(cur)
        cur = None

    base = os.path.basename(path)
    with open(path, encoding='utf-8', errors='replace') as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip('\n')
            comment = ''
            if '#' in line:
                line, comment = line.split('#', 1)
            if line.strip() == '':
                if raw.strip() == '':
                    close()
                continue
            codes = re.findall(r'\[([^\]]*)\]', line)
            namepart = re.sub(r'\[[^\]]*\]', ' ', line).strip()
            primary = not line[0].isspace() and not line.startswith('+')
            if namepart and primary and cur is not None and cur['coded']:
                close()
            if cur is None:
                cur = {'names': [], 'codes': [], 'line': n, 'comment': '',
                       'coded': False, 'file': base}
            if comment.strip():
                cur['comment'] += ' ' + comment.strip()
            if codes:
                cur['coded'] = True
            if namepart:
                for nm in namepart.lstrip('+').split('+'):
                    if nm.strip():
                        cur['names'].append(nm.strip())
                if len(namepart.lstrip('+').split('+')) > 1:
                    note('two names glued by "+": split', '%s:%d %s' % (base, n, namepart))
            for c in codes:
                pc = parse_code(c, '%s:%d' % (base, n))
                if pc:
                    cur['codes'].append(pc)
                    cur.setdefault('raw', {})[pc] = raw_text[0]
    close()
    return groups


# ---- names as written ----

PARTICLES = {'al', 'el', 'ad', 'ud', 'ul', 'bin', 'ibn', 'bint', 'de', 'del', 'della',
             'der', 'di', 'da', 'das', 'dos', 'do', 'du', 'van', 'von', 'den', 'ter',
             'la', 'le', 'y', 'e', 'of', 'the', 'and', 'for', 'on', 'in', 'to', 'at'}
ACRONYM_OK = re.compile(r'^[A-Z][A-Z0-9&]{1,6}$')
ACRONYMS = set()       # tokens the dictionaries write alone or in brackets: FBI, NATO, PKK


def learn_acronyms(groups):
    """acronyms stay upper case: those the dictionaries write in brackets,
    and those that are the initials of another name of the same entry
    (FBI beside FEDERAL_BUREAU_OF_INVESTIGATION)"""
    for g in groups:
        inits = set()
        for nm in g['names']:
            for m in re.finditer(r'\(([A-Z][A-Z0-9]{1,6})\)', nm):
                ACRONYMS.add(m.group(1))
            words = [w for w in re.split(r'[_\s-]+', re.sub(r'\([^)]*\)', '', nm)) if w]
            inits.add(''.join(w[0] for w in words))
            inits.add(''.join(w[0] for w in words if w not in STOP))
        for nm in g['names']:
            bare = nm.strip('_ ')
            if re.fullmatch(r'[A-Z][A-Z0-9]{1,6}', bare) and bare in inits:
                ACRONYMS.add(bare)
    ACRONYMS.update(KNOWN_ACRONYMS)


KNOWN_ACRONYMS = {'UN', 'UNHCR', 'UNICEF', 'UNESCO', 'OHCHR', 'ICRC', 'UNRWA', 'UNDP', 'UNFPA',
                  'UNEP', 'UNAIDS', 'UNIFIL', 'MONUSCO', 'MONUC', 'MINUSMA', 'UNAMID', 'UNMISS',
                  'OPCW', 'IAEA', 'NATO', 'OSCE', 'OPEC', 'ASEAN', 'ECOWAS', 'SADC', 'IGAD',
                  'FAO', 'WHO', 'WFP', 'ILO', 'IMF', 'WTO', 'UNCTAD', 'UNIDO', 'IFAD', 'OAS',
                  'USAID', 'FEMA', 'NASA', 'CIA', 'FBI', 'NSA', 'DEA', 'EPA', 'IDF', 'FSB',
                  'GCHQ', 'MI5', 'MI6', 'ISI', 'PLA', 'KRG', 'PKK', 'FARC', 'ELN', 'IRA',
                  'ETA', 'PLO', 'LTTE', 'SPLA', 'SPLM', 'HTS', 'SDF', 'YPG', 'AQAP', 'AQIM',
                  'ISIS', 'ISIL', 'MSF', 'HRW', 'ICC', 'ICJ', 'IPCC', 'UNSC', 'UNGA'}


def cap_word(w, first):
    """one word of an upper-case dictionary name, as news write it"""
    if w == '':
        return w
    low = w.lower()
    if '-' in w:
        parts = w.split('-')
        out = [cap_word(parts[0], first)]
        for q in parts[1:]:
            out.append(cap_word(q, False) if len(q) > 2 or q.lower() not in PARTICLES else q.lower())
        # "al-Assad", "el-Sisi": the article stays lower case
        if parts[0].lower() in ('al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'az', 'at', 'ad-', 'bin'):
            out[0] = parts[0].lower()
        return '-'.join(out)
    if not first and low in PARTICLES:
        return low
    if re.fullmatch(r"[A-Z]\.", w) or re.fullmatch(r"([A-Z]\.)+", w):
        return w                    # initials: J. / U.S.
    if "'" in w:
        a, b = w.split("'", 1)
        if len(a) == 1 and a in 'DL':   # d'Estaing, l'Etat
            return a.lower() + "'" + cap_word(b, True)
        if len(a) == 1 and a == 'O':
            return "O'" + cap_word(b, True)
        return cap_word(a, first) + "'" + b.lower()
    if low.startswith('mc') and len(low) > 3:
        return 'Mc' + low[2].upper() + low[3:]
    return low[0].upper() + low[1:]


def display_name(raw, keep_acronyms=False):
    """'BASHAR_AL-ASSAD_' -> 'Bashar al-Assad'; None when nothing is left"""
    s = raw.replace('_', ' ').strip()
    s = ' '.join(s.split())
    if s == '':
        return None
    words = s.split(' ')
    out = []
    for i, w in enumerate(words):
        if keep_acronyms and ACRONYM_OK.match(w) and (w in ACRONYMS or (
                2 <= len(w) <= 5 and not re.search(r'[AEIOUY]', w) and w.lower() not in PARTICLES)):
            out.append(w)
        else:
            out.append(cap_word(w, i == 0))
    return ' '.join(out)


def load_words():
    """lower-case common English words (Debian wamerican), and the
    capitalised entries (given names, places) apart"""
    common, proper = set(), set()
    if not os.path.exists(WORDS):
        sys.exit('gen-actors.py: %s is missing (apt-get install wamerican)' % WORDS)
    with open(WORDS, encoding='utf-8', errors='replace') as fh:
        for w in fh:
            w = w.strip()
            if w.endswith("'s"):
                continue
            if w[:1].islower():
                common.add(w)
            elif w[:1].isupper():
                proper.add(w.lower())
    return common, proper


# ---- actor codes ----

def read_cameo_codes():
    roles, tops = set(), set()
    with open(os.path.join(HERE, 'cameo-codes.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            f = line.rstrip('\n').split('\t')
            tops.add(f[0])
            if f[1] in ('role', 'religion'):
                roles.add(f[0])
    with open(os.path.join(HERE, 'countries.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            tops.add(line.split('\t')[0])
    return roles, tops


INTERNATIONAL = ('IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'INT')


def dotted(code, roles, tops):
    """'AFGGOVBUS' -> 'AFG.GOV.BUS'; None when a segment after the country
    is not a CAMEO role (Phoenix codes territories as AFG sub-codes).
    International codes (IGO, NGO, IMG ...) keep their organisation
    segments: IGOUNOREFHCR -> IGO.UNO.REF.HCR."""
    if len(code) % 3 != 0 or len(code) > 15 or not re.fullmatch(r'[A-Z]+', code):
        return None
    segs = [code[i:i + 3] for i in range(0, len(code), 3)]
    if segs[0] not in tops:
        return None
    if segs[0] not in INTERNATIONAL and any(x not in roles for x in segs[1:]):
        return None
    return '.'.join(segs)


def read_code_aliases():
    """geopol.canonical()'s mapping: other datasets' codes -> geopol's"""
    out = {}
    with open(os.path.join(HERE, 'code-aliases.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            f = line.rstrip('\n').split('\t')
            out[f[0]] = f[1]
    return out


def canonical(code, aliases):
    """longest matching prefix replaced, the rest of the path kept (as
    geopol.canonical() does): IGO.UNO.REF.HCR -> UN.REF.HCR"""
    segs = code.split('.')
    for n in range(len(segs), 0, -1):
        head = '.'.join(segs[:n])
        if head in aliases:
            return '.'.join([aliases[head]] + segs[n:])
    return code


# ---- filters: names that would fire on ordinary text ----

TITLE_WORDS = {'president', 'prime', 'minister', 'secretary', 'general', 'foreign',
               'defence', 'defense', 'chancellor', 'premier', 'king', 'queen',
               'sultan', 'emir', 'ambassador', 'mr', 'mr.', 'mrs', 'ms', 'dr', 'dr.',
               'sheikh', 'prince', 'crown', 'chairman', 'leader', 'commander', 'chief',
               'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'vice', 'acting',
               'interim', 'gen.', 'lt.', 'col.', 'maj.', 'admiral', 'marshal', 'director',
               'governor', 'senator', 'rep.', 'sen.', 'gov.', 'minister', 'the', 'of',
               'un', 'u.n.', 'us', 'u.s.', 'american', 'soviet', 'russian', 'former'}
# capitalised common words that name one state's institution in news
INSTITUTION_OK = {'White House', 'the White House', 'State Department', 'Federal Reserve',
                  'Downing Street', 'Revolutionary Guard', 'Revolutionary Guards',
                  'Federation Council', 'Guardian Council', 'Expediency Council',
                  'Islamic Consultative Assembly', "National People's Congress",
                  'State Council'}
DESCRIPTIVE = {'former', 'ex', 'ex-', 'late', 'exiled', 'ousted', 'deposed', 'jailed',
               'slain', 'reformer', 'hardliner', 'opposition', 'rebel'}


MONTHS = r'(january|february|march|april|may|june|july|august|september|october|november|december)'


class Filter:
    def __init__(self, common, proper, known_names):
        self.common = common
        self.proper = proper
        self.known = known_names       # lower-case names of countries, capitals, ...
        self.given = set()             # tokens that several persons' names share

    def learn_given(self, rows):
        """tokens borne by people of three or more dictionary entries
        (Abdullah, Hussein, Khalid): alone they name nobody"""
        seen = defaultdict(set)
        for r in rows:
            toks = (r.get('name') or '').split(' ')
            if len(toks) > 1:
                for t in toks:
                    seen[t.lower()].add(r['grp'])
        self.given = {t for t, g in seen.items() if len(g) >= 3}

    def reason(self, name, what='person'):
        """why a person or group name would be a bad key in running text
        (None when it is fine)"""
        words = name.split(' ')
        low = [w.lower().strip('.,') for w in words]
        if any(w in DESCRIPTIVE or w.startswith('ex-') for w in low):
            return 'describes the person (former, ex-...): dropped'
        core = [w for w in low if w not in TITLE_WORDS]
        if not core:
            return 'a title without a name: dropped'
        if name.lower() in self.known:
            return 'is the name of a country, capital or bloc: dropped'
        if re.search(r'\b' + MONTHS + r'\b', name.lower()) and re.search(r'\d', name):
            return 'a date, not a name: dropped'
        if re.fullmatch(r'[\d\s]+', name):
            return 'a number, not a name: dropped'
        kun = [w for w in low if w not in PARTICLES and w not in ('abu', 'umm')]
        if what == 'group' and kun and all(w in self.given for w in kun):
            return 'a nom de guerre of given names several people bear ("Abu Abdullah"): dropped'
        if len(core) == 1 and len(words) == 1 and core[0] in self.given:
            return 'a single name that several people of the dictionary bear (Abdullah, Hussein): dropped'
        if len(core) == 1:
            w = core[0]
            if len(w) <= 3 and not (what != 'person' and len(w) >= 2 and
                                    re.fullmatch(r'[A-Z0-9]+', name.strip())):
                return 'a short single name: dropped'
            if w in self.common or w.rstrip('s') in self.common:
                return 'a single name that is a common English word: dropped'
            if len(words) == 1 and w in self.known:
                return 'is the name of a country, capital or bloc: dropped'
        elif all(w in self.common or w in PARTICLES for w in core) and (
                what in ('person', 'institution') or len([w for w in core if w not in PARTICLES]) <= 2) \
                and name not in INSTITUTION_OK and not self.specific(name, what):
            return 'every word is a common English word ("Mark Field", "Supreme Court"): dropped'
        return None

    def specific(self, name, what):
        """an organisation's or institution's name of common words that
        still names one body: it holds a country's name or an acronym ("US
        State Department", "Russian Federal Assembly"), it has three words
        or more besides particles ("Department of Homeland Security"), or it
        is an NGO's "<word> International" ("Amnesty International")"""
        if what not in ('organisation', 'institution'):
            return False
        words = name.split(' ')
        low = [w.lower() for w in words]
        for i in range(len(words)):
            if re.fullmatch(r'[A-Z][A-Z.]+', words[i]) or low[i] in self.known or \
                    (i + 1 < len(words) and ' '.join(low[i:i + 2]) in self.known):
                return True
        content = [w for w in low if w not in PARTICLES]
        if len(content) >= 3:
            return True
        return what == 'organisation' and len(content) == 2 and content[1] == 'international'


# ---- persons from the Phoenix country and international dictionaries ----

FILE_LABEL = {
    'petrarch2-Phoenix.Countries.actors.txt': 'Phoenix',
    'petrarch2-Phoenix.International.actors.txt': 'Phoenix Intl',
    'petrarch2-Phoenix.MilNonState.actors.txt': 'Phoenix MilNonState',
    'petrarch2-Phoenix.agents.txt': 'Phoenix agents',
}


def code_text(c):
    code, f, t, op = c
    if op:
        return '%s >%s' % (code, f)
    if f and t:
        return '%s %s-%s' % (code, f, t)
    if t:
        return '%s <%s' % (code, t)
    return code


def is_ancestor(a, b):
    return b.startswith(a + '.')


def phoenix_persons(groups, roles, tops, aliases):
    """one row per (name, office term): dicts with name, actor, kind, frm,
    to, source, grp"""
    rows = []
    for gi, g in enumerate(groups):
        if not g['codes'] or not g['names']:
            continue
        codes = g['codes']
        # a person has a dated code, or is an international official
        if not any(c[1] or c[2] for c in codes) and not any(
                c[0].startswith('IGO') and 'IGOrulers' in g['comment'] for c in codes):
            continue
        # a head of state or government: the dictionary lists the person
        # with the title of the office (PRESIDENT_X, PRIME_MINISTER_X ...),
        # among the heads of an organisation (IGOrulers), or as below
        eli_ends = {c[2] for c in codes if c[0][3:] == 'ELI' and c[2]}
        # CountryInfo lists heads of state and government with the years
        # before their office as elite (ELI) up to its first day; its US
        # section does so for cabinet members too, so there only the title
        ruler = 'IGOrulers' in g['comment'] \
            or any(len(c[0]) == 6 and c[0][3:] == 'GOV' and c[1] in eli_ends and c[0][:3] != 'USA'
                   for c in codes) \
            or any(re.match(r'(PRESIDENT|PRIME_MINISTER|PREMIER|KING|QUEEN|CHANCELLOR|'
                            r'BUNDESKANZLER|EMIR|SULTAN)_', n) for n in g['names'])
        for c in codes:
            code, f, t, op = c
            if len(code) <= 3:
                note('person: a code without a role (a place, or the country itself): skipped')
                continue
            if code.endswith('ELI') or code[3:6] == 'ELI':
                note('person: elite (ELI) period, no office: skipped')
                continue
            actor = dotted(code, roles, tops)
            if actor is None:
                note('person: code with a segment that is no CAMEO role: skipped', code)
                continue
            actor = canonical(actor, aliases)
            segs = actor.split('.')
            if len(segs) >= 3 and segs[1] == 'GOV' and segs[2] in MINOR_SECTORS:
                note('person: minister of a sector outside foreign affairs, defence, security, '
                     'justice and the economy: left out (cost per session vs use)')
                continue
            if t and t < ERA:
                note('person: term ended before 1979 (before the event data sets): left out')
                continue
            src = '%s: %s [%s]' % (FILE_LABEL[g['file']], g['names'][0], g['raw'][c])
            if op:
                t = FREEZE if f <= FREEZE else f
                src += ' open; closed 2014-12-31'
                note('person: open-ended term closed at the 2014 freeze')
            elif not f and not t:
                t = FREEZE
                src += ' undated; to 2014-12-31'
                note('person: undated office bounded by the 2014 freeze')
            kind = 'leader' if ruler and (actor.count('.') == 1 and actor.endswith('.GOV')
                                          or not actor[:3] in tops or actor.split('.')[0] in aliases.values()) else 'person'
            if ruler and actor.split('.')[0] in ('UN', 'NATO', 'EU') and actor.count('.') == 0:
                kind = 'leader'
            for raw in g['names']:
                rows.append({'raw': raw, 'actor': actor, 'kind': kind, 'frm': f, 'to': t,
                             'source': src, 'grp': gi})
    return rows


# ---- from raw rows to the rows of a file ----

LO, HI = '0000-00-00', '9999-99-99'


def lo(r):
    return r['frm'] or LO


def hi(r):
    return r['to'] or HI


def overlap(a, b):
    return lo(a) <= hi(b) and lo(b) <= hi(a)


ADJECTIVES = set()      # demonyms of data/names.tsv: "Israeli Prime Minister X" is X


def strip_titles(name):
    words = name.split(' ')
    while words and (words[0].lower().strip('.,') in TITLE_WORDS or words[0].lower() in ADJECTIVES):
        words = words[1:]
    return ' '.join(words)


def name_rows(rows, flt, what):
    """display names, the filters, titled variants of a name already there"""
    by_grp = defaultdict(set)
    for r in rows:
        r['name'] = display_name(r['raw']) if 'name' not in r else r['name']
        by_grp[r['grp']].add(r['name'].lower())
    out = []
    for r in rows:
        nm = r['name']
        if nm is None:
            continue
        if '(' in nm or ')' in nm or '/' in nm or ',' in nm:
            note('%s: name with brackets, slash or comma: dropped' % what, nm)
            continue
        bare = strip_titles(nm)
        if bare != nm and (bare.lower() in by_grp[r['grp']] or bare.lower() in NAMES_TSV_KEYS):
            note('%s: a title + a name already listed: dropped (the name matches inside it)' % what)
            continue
        # a hand-checked name was chosen as news write it: no filter
        why = None if r.get('hand') else flt.reason(nm, r.get('what', what))
        if why:
            note('%s: %s' % (what, why), nm)
            continue
        out.append(r)
    return out


def resolve(rows, what, names_tsv, conflicts):
    """merge the terms of a name, drop ambiguous names, settle overlaps"""
    by_name = defaultdict(list)
    for r in rows:
        by_name[r['name'].lower()].append(r)
    out = []
    for key in sorted(by_name):
        rs = by_name[key]
        # a hand-checked term replaces what the dictionary says of those days
        hands = [r for r in rs if r.get('hand')]
        if hands:
            keep = []
            for r in rs:
                if not r.get('hand'):
                    for h in hands:
                        if overlap(r, h):
                            if lo(r) < lo(h):
                                r['to'] = day_before(h['frm'])
                            else:
                                r['drop'] = True
                            note('%s: dictionary term overridden by a hand-checked one' % what)
                    if r.get('drop') or lo(r) > hi(r):
                        continue
                keep.append(r)
            rs = keep
        # the same name for people of different countries at the same time
        grps = {r['grp'] for r in rs}
        if len(grps) > 1:
            amb = False
            for a in rs:
                for b in rs:
                    if a['grp'] != b['grp'] and a['actor'].split('.')[0] != b['actor'].split('.')[0] \
                            and overlap(a, b):
                        amb = True
            if amb:
                note('%s: one name, people of different countries at the same time: dropped' % what,
                     rs[0]['name'])
                continue
        # terms of the same actor: merged (a hand-checked source wins)
        merged = []
        for r in sorted(rs, key=lambda r: (r['actor'], r['kind'], lo(r), hi(r), r['source'])):
            m = merged[-1] if merged else None
            if m and m['actor'] == r['actor'] and m['kind'] == r['kind'] \
                    and lo(r) <= (day_after(hi(m)) if m['to'] else HI):
                if hi(r) > hi(m):
                    m['to'] = r['to']
                    if r.get('hand') or not m.get('hand'):
                        m['source'] = r['source'] if r.get('hand') else m['source']
                if r.get('hand') and not m.get('hand'):
                    m['source'], m['hand'], m['kind'] = r['source'], True, r['kind']
                if r['kind'] == 'leader':
                    m['kind'] = 'leader'
                note('%s: terms of one name and actor merged' % what)
                continue
            merged.append(dict(r))
        # overlapping terms with different actors: the broader office wins,
        # else the later one
        merged.sort(key=lambda r: (lo(r), r['actor']))
        changed = True
        while changed:
            changed = False
            for a in merged:
                for b in merged:
                    if a is b or (a['actor'] == b['actor'] and a['kind'] == b['kind']) \
                            or not overlap(a, b):
                        continue
                    if a['actor'] == b['actor']:
                        # one office, two kinds: the head of state or government
                        a_wins = a['kind'] == 'leader'
                    else:
                        a_wins = is_ancestor(a['actor'], b['actor']) or (
                            not is_ancestor(b['actor'], a['actor']) and lo(a) > lo(b))
                    if a_wins:
                        win, lose = a, b
                    else:
                        win, lose = b, a
                    # cut the loser's term to the days before or after the winner's
                    if lo(lose) < lo(win):
                        lose['to'] = day_before(win['frm'])
                    elif win['to'] and hi(lose) > hi(win):
                        lose['frm'] = day_after(win['to'])
                    else:
                        lose['drop'] = True
                    note('%s: overlapping terms with different actors: cut' % what)
                    changed = True
                    break
                if changed:
                    break
            merged = [r for r in merged if not r.get('drop') and lo(r) <= hi(r)]
        for r in merged:
            clash = False
            for n in names_tsv.get(key, []):
                if overlap(r, n):
                    if n['actor'] != r['actor']:
                        conflicts.append('%s %s [%s, %s] vs names.tsv %s [%s, %s]' % (
                            r['name'], r['actor'], r['frm'], r['to'], n['actor'], n['frm'], n['to']))
                    clash = True
            if clash:
                note('%s: already in data/names.tsv on overlapping days: dropped' % what, r['name'])
                continue
            out.append(r)
    return out


NAMES_TSV_KEYS = set()


def read_names_tsv():
    out = defaultdict(list)
    with open(os.path.join(HERE, 'names.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            f = line.rstrip('\n').split('\t')
            out[f[1].lower()].append({'actor': f[0], 'name': f[1], 'kind': f[2],
                                      'frm': f[3] or None, 'to': f[4] or None})
            NAMES_TSV_KEYS.add(f[1].lower())
            if f[2] == 'adjective':
                ADJECTIVES.add(f[1].lower())
    return out


def known_names():
    """lower-case names of countries, capitals, adjectives and blocs"""
    out = set()
    with open(os.path.join(HERE, 'countries.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if not line.startswith('#') and line.strip():
                f = line.rstrip('\n').split('\t')
                out.update(x.lower() for x in f[3:6] if x)
    for key, rs in read_names_tsv().items():
        if any(r['kind'] in ('name', 'official', 'alias', 'capital', 'adjective') for r in rs):
            out.add(key)
    return out


def write_tsv(path, header, rows, cols):
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(header)
        for r in rows:
            fh.write('\t'.join((r.get(c) or '') for c in cols) + '\n')

# ---- main ----

# ---- hand-checked office holders since the 2014 freeze ----
# data/offices-since-2014.tsv: actor, names (| between the forms news
# write), kind, first day, last day, the office
HAND_PERSONS_FILE = 'offices-since-2014.tsv'



# ---- organisations, national institutions, armed groups ----

# Phoenix entries of groups geopol already codes by a short name (data/names.tsv)
GROUP_CODES = {
    'HEZBOLLAH_': 'HEZBOLLA', 'HAMAS_': 'HAMAS', 'TALIBAN_': 'TALIBAN',
    'AL-SHABAAB': 'ALSHABAB', 'ISLAMIC_STATE_IN_IRAQ_AND_THE_LEVANT': 'ISIS',
    'ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT': 'ISIS', 'ISLAMIC_STATE_OF_IRAQ_AND_SYRIA': 'ISIS',
}
# names the dictionaries list that now name something else, checked by hand
DROP_ENTRIES = {
    'AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_',   # South Africa's governing party since 1994
}
DROP_NAMES = {
    ('HEZBOLLA', 'Islamic Jihad'),     # a 1980s front of Hezbollah; today the Palestinian group PIJ
}
DROP_ORG_NAMES = {'Amit'}              # an NGO's name that is a common given name
STOP = {'AL', 'EL', 'THE', 'OF', 'AND', 'FOR', 'IN', 'ON', 'TO', 'DE', 'DEL', 'LA', 'LE',
        'DES', 'DU', 'ET', 'Y', 'A', 'AN', 'BY', 'WITH'}


def group_code(g, used, tops):
    """a short code for a group: its own acronym when the dictionary gives
    one, else the initials (at most 8 characters, never a CAMEO top-level
    code, never read as a CAMEO concatenated code)"""
    for nm in g['names']:
        if nm in GROUP_CODES:
            return GROUP_CODES[nm]
    cands = []
    for nm in g['names']:
        m = re.search(r'\(([A-Z][A-Z0-9-]{1,9})\)', nm)
        if m:
            cands.append(m.group(1).replace('-', ''))
    for nm in g['names']:
        bare = re.sub(r'\([^)]*\)', '', nm).strip('_ ')
        if re.fullmatch(r'[A-Z][A-Z0-9]{2,7}', bare):
            cands.append(bare)
    first = re.sub(r'\([^)]*\)', '', g['names'][0])
    words = [w for w in re.split(r'[_\s-]+', first) if w and w not in STOP]
    words = [re.sub(r'[^A-Z0-9]', '', w) for w in words]
    words = [w for w in words if w]
    if len(words) == 1:
        cands.append(words[0][:8])
    elif words:
        cands.append(''.join(w[0] for w in words)[:8])
        cands.append((words[0][:4] + words[-1][:4]))
    for c in cands:
        c = c[:8]
        if len(c) < 2 or not re.fullmatch(r'[A-Z][A-Z0-9]*', c):
            continue
        if c in tops or (len(c) == 6 and c[:3] in tops) or c in used:
            continue
        return c
    base = (cands[-1] if cands else 'GRP')[:6]
    for i in range(2, 100):
        c = '%s%d' % (base, i)
        if c not in used and c not in tops and not (len(c) == 6 and c[:3] in tops):
            return c
    return None


def undated_entities(groups):
    """groups whose codes carry no date (organisations, institutions,
    armed groups), and that are no country names"""
    for g in groups:
        if not g['codes'] or not g['names']:
            continue
        if any(c[1] or c[2] for c in g['codes']) or 'IGOrulers' in g['comment']:
            continue
        yield g


def country_of(code, tops):
    c = code[:3]
    return c if c in tops and c not in INTERNATIONAL else ''


def phoenix_groups(milnonstate, countries, roles, tops, names_tsv):
    rows, used = [], {r['actor'] for rs in names_tsv.values() for r in rs}
    used_by_us = {}
    sources = [(g, 'Phoenix MilNonState') for g in undated_entities(milnonstate)]
    # armed groups in the country dictionary (coded as the country's rebels)
    sources += [(g, 'Phoenix') for g in undated_entities(countries)
                if g['codes'][0][0][3:6] in ('REB', 'INS', 'UAF', 'SEP')]
    for g, label in sources:
        code0 = g['codes'][0][0]
        key = g['names'][0]
        if key in DROP_ENTRIES:
            note('group: entry checked by hand and left out', key)
            continue
        code = group_code(g, set(used_by_us) | (used - set(GROUP_CODES.values())), tops)
        if code is None:
            note('group: no code could be made: dropped', key)
            continue
        used_by_us[code] = key
        country = country_of(code0, tops)
        src = '%s: %s [%s]' % (label, key, g['raw'][g['codes'][0]])
        for i, raw in enumerate(g['names']):
            nm = display_name(re.sub(r'\([^)]*\)', '', raw), keep_acronyms=True)
            if not nm or (code, nm) in DROP_NAMES:
                continue
            rows.append({'raw': raw, 'name': nm, 'actor': code, 'kind': 'name' if i == 0 else 'alias',
                         'frm': None, 'to': None, 'country': country, 'source': src, 'grp': id(g)})
            m = re.search(r'\(([A-Z][A-Z0-9-]{2,9})\)', raw)
            if m:
                rows.append({'raw': raw, 'name': m.group(1), 'actor': code, 'kind': 'alias',
                             'frm': None, 'to': None, 'country': country, 'source': src,
                             'grp': id(g)})
    return rows


def title_case_acronyms(orgs, grs, names_tsv, flt, owners):
    """an acronym of four to seven capitals of an organisation or group is
    also written in title case by some outlets (the Guardian, the BBC:
    "Nato", "Farc", "Asean"); not when the title-case form is an English
    word ("CARE" / "Care") or another name"""
    out, seen = [], set()
    cands = [(r['actor'], r['name'], r['source']) for r in orgs + grs]
    cands += [(n['actor'], n['name'], 'data/names.tsv') for ns in names_tsv.values() for n in ns
              if n['kind'] in ('name', 'alias', 'official')]
    for actor, nm, src in cands:
        if not re.fullmatch(r'[A-Z]{4,7}', nm):
            continue
        tc = nm[0] + nm[1:].lower()
        low = tc.lower()
        if low in flt.common or owners.get(low, {actor}) != {actor} or low in seen:
            note('acronym: its title-case form is a word or another name: not added', tc)
            continue
        seen.add(low)
        out.append({'name': tc, 'actor': actor, 'kind': 'alias', 'frm': None, 'to': None,
                    'source': 'usage: %s in title case (%s)' % (nm, src)})
    return out


def without_country(nm, country, names_tsv):
    """nm without a leading name or adjective of country (one or two
    words), or None; and None when what is left is less than three words
    besides particles, holds a title or an agent word (the coder composes
    "National Army" with the country beside it), or another country"""
    words = nm.split(' ')
    for n in (2, 1):
        if len(words) > n + 1:
            head = ' '.join(words[:n]).lower()
            if any(r['actor'] == country for r in names_tsv.get(head, [])) or head == COUNTRY_LABEL.get(country):
                rest = words[n:]
                low = ' ' + ' '.join(rest).lower() + ' '
                content = [w for w in rest if w.lower() not in PARTICLES]
                if len(content) < 3 or any(w.lower() in TITLE_WORDS for w in content) \
                        or any(' %s ' % a in low for a in agent_phrases()) \
                        or any(n2 in low for n2 in (' united nations ', ' united states ')):
                    note('institution: the name without its country is too plain: not added', ' '.join(rest))
                    return None
                return ' '.join(rest)
    return None


AGENT_PHRASES = []


def agent_phrases():
    """the agent words of data/agents.tsv, lower case"""
    if not AGENT_PHRASES:
        with open(os.path.join(HERE, 'agents.tsv'), encoding='utf-8') as fh:
            AGENT_PHRASES.extend(sorted({l.split('\t')[1].lower() for l in fh
                                         if l.strip() and not l.startswith('#')}))
    return AGENT_PHRASES


COUNTRY_LABEL = {}      # ISO code -> lower-case label (data/countries.tsv)


def phoenix_organisations(international, countries, roles, tops, aliases, names_tsv):
    rows = []
    per_actor = Counter()
    todo = []
    remap = {'IGOJUDICC': 'ICC'}    # the International Criminal Court: geopol's ICC
    for g in undated_entities(international):
        code = g['codes'][0][0]
        if code.startswith('MNC') or not code.startswith(('IGO', 'NGO')):
            note('organisation: not an IGO or NGO (companies, media ...): skipped')
            continue
        actor = dotted(code, roles, tops)
        if actor is None:
            note('organisation: code not readable: skipped', code)
            continue
        actor = canonical(actor, aliases)
        # an entry named like an organisation geopol codes by a short name
        # takes that code (INTERNATIONAL_COURT_OF_JUSTICE_ IGOUNOJUDICJ -> ICJ)
        for raw in g['names']:
            nm = display_name(raw, keep_acronyms=True) or ''
            for n in names_tsv.get(nm.lower(), []):
                if n['kind'] in ('name', 'official', 'alias') and n['actor'] not in tops \
                        and '.' not in n['actor'] and n['actor'] != actor:
                    note('organisation: coded as geopol codes it by name', '%s -> %s' % (actor, n['actor']))
                    actor = n['actor']
                    break
        todo.append((g, actor, 'Phoenix Intl'))
        if actor != canonical(dotted(code, roles, tops), aliases) and len(code) >= 9:
            remap[code] = actor
    # the other entries of the same dictionary code follow
    todo = [(g, remap.get(g['codes'][0][0], a), lab) for g, a, lab in todo]
    for g in undated_entities(countries):
        code = g['codes'][0][0]
        if len(code) <= 3 or code[3:6] in ('REB', 'INS', 'UAF', 'SEP', 'ELI', 'OPP'):
            continue
        actor = dotted(code, roles, tops)
        if actor is None:
            note('institution: a territory, not a sector of the state: skipped', code)
            continue
        if any(n['kind'] == 'leader' for raw in g['names']
               for n in names_tsv.get((display_name(raw) or '').lower(), [])):
            note('institution: an entry of a person data/names.tsv has by term: skipped', g['names'][0])
            continue
        todo.append((g, actor, 'Phoenix'))
    for g, actor, label in todo:
        per_actor[actor] += 1
    for g, actor, label in todo:
        src = '%s: %s [%s]' % (label, g['names'][0], g['raw'][g['codes'][0]])
        for i, raw in enumerate(g['names']):
            nm = display_name(re.sub(r'\([^)]*\)', '', raw), keep_acronyms=True)
            if not nm:
                continue
            if nm in DROP_ORG_NAMES:
                note('organisation: name checked by hand and left out', nm)
                continue
            kind = 'name' if (i == 0 and per_actor[actor] == 1 and actor.startswith('IGO')) else 'alias'
            rows.append({'raw': raw, 'name': nm, 'actor': actor, 'kind': kind,
                         'frm': None, 'to': None, 'source': src, 'grp': id(g),
                         'what': 'institution' if label == 'Phoenix' else 'organisation'})
            # an institution named with its country's name in front is also
            # written without it ("US Immigration and Customs Enforcement")
            bare = without_country(nm, actor.split('.')[0], names_tsv) if label == 'Phoenix' else None
            if bare:
                rows.append(dict(rows[-1], name=bare, kind='alias',
                                 source=src + ' without the country\'s name'))
    return rows


# ---- places: the adjectives, cities and regions of the country dictionary ----

# a demonym as the dictionary lists it beside the country's name (IRAQI_,
# BURMESE_, AFGHAN_): an adjective (with its plural, "Iraqis"); every other
# name of the entry is a place of the country (capital, city, province) or a
# spelling of its name
DEMONYM = re.compile(r'.*(an|ese|ish|i|ic|ch|ot|ite|iote|er|ois|ais|ene|k|ee)$')


def phoenix_places(countries, iso, flt, taken):
    """rows (actor, name, kind adjective or capital) from the entries of the
    Phoenix country dictionary whose one code is an ISO country: a name
    listed under two countries, a common English word, a given name, or a
    name another file already has is left out"""
    rows = []
    owners = defaultdict(set)
    roles = read_cameo_codes()[0]
    for g in countries:
        # the country's one code (Iraq's occupation years, IRQOCC, are Iraq's too)
        codes = sorted({c[0][:3] for c in g['codes']})
        # or one region of it: Gaza, PSEGZA, is Palestine's
        if len(codes) != 1 or codes[0] not in iso or not g['names'] \
                or not any(c[0] == codes[0] for c in g['codes']) \
                and not (len(g['codes']) == 1 and len(g['codes'][0][0]) == 6
                         and g['codes'][0][0][3:] not in roles | iso):
            continue
        country = display_name(g['names'][0]) or ''
        # a region's own name too (a country's is in countries.tsv)
        region = not any(c[0] == codes[0] for c in g['codes'])
        for i, raw in enumerate(g['names'][1 - region:], 1 - region):
            nm = display_name(re.sub(r'\([^)]*\)', '', raw))
            if not nm:
                continue
            owners[nm.lower()].add(codes[0])
            low = nm.lower()
            adj = i <= 4 and ' ' not in nm and DEMONYM.match(low) is not None \
                and not re.search(r'(stan|sitan|land|mark)$', low) \
                and (low[:3] == country.lower()[:3] or not re.search(r'(i|k|ite|ee|ene)$', low))
            rows.append({'name': nm, 'actor': codes[0], 'kind': 'adjective' if adj else 'capital',
                         'frm': None, 'to': None, 'grp': id(g),
                         'source': 'Phoenix: %s +%s [%s]' % (g['names'][0], raw.strip(), codes[0])})
    out, seen = [], set()
    for r in rows:
        low = r['name'].lower()
        words = low.split(' ')
        if len(owners[low]) > 1:
            note('place: listed under two countries: dropped', r['name'])
        elif low in taken or low in flt.known:
            note('place: a name another file has: dropped', r['name'])
        elif len(low) <= 3:
            note('place: a short name: dropped', r['name'])
        elif all(w in flt.common or w.rstrip('s') in flt.common or w in PARTICLES for w in words):
            note('place: every word is a common English word: dropped', r['name'])
        elif len(words) == 1 and low in flt.given:
            note('place: a given name several persons bear: dropped', r['name'])
        elif any(w in DESCRIPTIVE or w in ('occupied', 'graveyard', 'empire', 'jewel') for w in words):
            note('place: a description, not a name: dropped', r['name'])
        elif low not in seen:
            seen.add(low)
            out.append(r)
    return out


# ---- agent words ----

MACROS = {}
# the sectors whose words the coder composes with a country ("the Malian
# army", "Sudanese rebels", "Afghan civilians"); business, media, religion,
# health ... words are left out
AGENT_SECTORS = {'GOV', 'MIL', 'COP', 'REB', 'LEG', 'JUD', 'OPP', 'SPY', 'UAF', 'INS',
                 'PTY', 'SEP', 'CVL', 'CRM', 'REF'}
NO_AGENT = {'deputy', 'deputies'}      # a police deputy, or a member of parliament
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


# ---- names a country had before a rename, still written after it ----
FORMER_NAMES = """
SWZ	Swaziland	2018-04-19	renamed the Kingdom of Eswatini on 2018-04-19
SWZ	Kingdom of Swaziland	2018-04-19	renamed the Kingdom of Eswatini on 2018-04-19
MKD	Macedonia	2019-02-12	renamed North Macedonia by the Prespa agreement, in force 2019-02-12
MKD	Republic of Macedonia	2019-02-12	renamed North Macedonia by the Prespa agreement, in force 2019-02-12
MKD	FYROM	2019-02-12	UN provisional reference until the Prespa agreement took effect on 2019-02-12
MKD	Former Yugoslav Republic of Macedonia	2019-02-12	UN provisional reference until the Prespa agreement took effect on 2019-02-12
MKD	the former Yugoslav Republic of Macedonia	2019-02-12	UN provisional reference until the Prespa agreement took effect on 2019-02-12
COD	Zaire	1997-05-17	renamed the Democratic Republic of the Congo on 1997-05-17
"""


def former_names():
    rows = []
    for line in FORMER_NAMES.strip('\n').split('\n'):
        actor, nm, frm, why = line.split('\t')
        rows.append({'actor': actor, 'name': nm, 'kind': 'alias', 'frm': frm, 'to': None,
                     'source': 'former name, still in use; ' + why})
    return rows


def hand_persons():
    rows = []
    with open(os.path.join(HERE, HAND_PERSONS_FILE), encoding='utf-8') as fh:
        lines = [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]
    for i, line in enumerate(lines):
        actor, names, kind, frm, to, office = line.split('\t')
        src = 'term of office: %s, from %s' % (office, frm)
        src += (' to %s' % to) if to else ' (no end recorded as of 2025)'
        for nm in names.split('|'):
            rows.append({'name': nm, 'actor': actor, 'kind': kind, 'frm': frm or None,
                         'to': to or None, 'source': src, 'grp': 'hand%d' % i, 'hand': True})
    return rows


def main():
    global REF
    args = sys.argv[1:]
    if args[:1] == ['--ref'] and len(args) > 1:
        REF = args[1]
    roles, tops = read_cameo_codes()
    with open(os.path.join(HERE, 'countries.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.strip() and not line.startswith('#'):
                f = line.rstrip('\n').split('\t')
                COUNTRY_LABEL[f[0]] = f[3].lower()
    aliases = read_code_aliases()
    common, proper = load_words()
    known = known_names()
    flt = Filter(common, proper, known)
    names_tsv = read_names_tsv()
    conflicts = []

    def ref(f):
        return os.path.join(REF, f)

    countries = read_actor_file(ref('petrarch2-Phoenix.Countries.actors.txt'))
    international = read_actor_file(ref('petrarch2-Phoenix.International.actors.txt'))
    milns = read_actor_file(ref('petrarch2-Phoenix.MilNonState.actors.txt'))
    learn_acronyms(countries + international + milns)

    # persons
    rows = phoenix_persons(countries + international, roles, tops, aliases)
    for r in rows:
        r['name'] = display_name(r['raw'])
    # a name the hand-checked table has is taken from there with its dates
    hand = hand_persons()
    flt.learn_given(rows)
    rows = name_rows(rows + hand, flt, 'person')
    persons = resolve(rows, 'person', names_tsv, conflicts)
    persons.sort(key=lambda r: (r['actor'], r['name'].lower(), lo(r)))
    write_tsv(os.path.join(HERE, 'persons.tsv'), PERSONS_HEADER, persons,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('persons.tsv: %d rows (%s)' % (len(persons), ', '.join(
        '%s %d' % kv for kv in sorted(Counter(r['kind'] for r in persons).items()))), file=sys.stderr)

    # organisations and national institutions
    orgs = phoenix_organisations(international, countries, roles, tops, aliases, names_tsv)
    orgs = name_rows(orgs, flt, 'organisation')
    orgs = resolve(orgs, 'organisation', names_tsv, conflicts)
    orgs += former_names()
    orgs.sort(key=lambda r: (r['actor'], r['name'].lower(), lo(r)))
    write_tsv(os.path.join(HERE, 'organisations.tsv'), ORGS_HEADER, orgs,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('organisations.tsv: %d rows' % len(orgs), file=sys.stderr)

    # armed groups
    grs = phoenix_groups(milns, countries, roles, tops, names_tsv)
    grs = name_rows(grs, flt, 'group')
    grs = resolve(grs, 'group', names_tsv, conflicts)
    # a group whose every name was filtered out has no row; one that lost
    # its label keeps its first remaining name as the label
    seen = set()
    grs.sort(key=lambda r: (r['actor'], r['kind'] != 'name', r['name'].lower()))
    for r in grs:
        if r['actor'] not in seen and r['actor'] not in {x['actor'] for xs in names_tsv.values() for x in xs}:
            r['kind'] = 'name'
        elif r['kind'] == 'name':
            r['kind'] = 'alias'
        seen.add(r['actor'])
    write_tsv(os.path.join(HERE, 'groups.tsv'), GROUPS_HEADER, grs,
              ('actor', 'name', 'kind', 'frm', 'to', 'country', 'source'))
    print('groups.tsv: %d rows, %d groups' % (len(grs), len(seen)), file=sys.stderr)

    # acronyms as some outlets write them, in title case ("Nato", "Farc")
    owners = defaultdict(set)
    for r in persons + orgs + grs:
        owners[r['name'].lower()].add(r['actor'])
    for key, ns in names_tsv.items():
        owners[key].update(n['actor'] for n in ns)
    orgs += title_case_acronyms(orgs, grs, names_tsv, flt, owners)
    orgs.sort(key=lambda r: (r['actor'], r['name'].lower(), lo(r)))
    write_tsv(os.path.join(HERE, 'organisations.tsv'), ORGS_HEADER, orgs,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('organisations.tsv with the title-case acronyms: %d rows' % len(orgs), file=sys.stderr)

    # places and adjectives of the countries
    iso = set()
    with open(os.path.join(HERE, 'countries.tsv'), encoding='utf-8') as fh:
        iso = {l.split('\t')[0] for l in fh if l.strip() and not l.startswith('#')}
    taken = {r['name'].lower() for r in persons + orgs + grs}
    with open(os.path.join(HERE, 'cameo-codes.tsv'), encoding='utf-8') as fh:
        taken |= {l.rstrip('\n').split('\t')[2].lower() for l in fh
                  if not l.startswith('#') and l.count('\t') >= 2}
    pls = phoenix_places(countries, iso, flt, taken)
    pls.sort(key=lambda r: (r['actor'], r['kind'], r['name'].lower()))
    write_tsv(os.path.join(HERE, 'places.tsv'), PLACES_HEADER, pls,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('places.tsv: %d rows (%s)' % (len(pls), ', '.join(
        '%s %d' % kv for kv in sorted(Counter(r['kind'] for r in pls).items()))), file=sys.stderr)

    # agent words
    ags = read_agents(ref('petrarch2-Phoenix.agents.txt'), roles)
    dedup = {}
    for r in ags:
        k = r['name']
        if k in dedup and dedup[k]['actor'] != r['actor']:
            note('agent: one word, two sectors: the first kept', k)
            continue
        dedup.setdefault(k, r)
    ags = sorted(dedup.values(), key=lambda r: (r['actor'], r['name']))
    write_tsv(os.path.join(HERE, 'agents.tsv'), AGENTS_HEADER, ags,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('agents.tsv: %d rows' % len(ags), file=sys.stderr)

    for what in sorted(log_counts):
        print('  %6d  %s%s' % (log_counts[what], what,
                               ('  e.g. ' + '; '.join(str(x) for x in log_examples[what][:2]))
                               if log_examples[what] else ''), file=sys.stderr)
    for c in conflicts:
        print('  conflict with data/names.tsv: ' + c, file=sys.stderr)


PERSONS_HEADER = """\
# Persons by their dated offices, for geopol.actor_name (kinds leader: a head
# of state or government, or of an international organisation; person: any
# other office holder: ministers, spokespeople, generals ...).  Generated by
# data/gen-actors.py: do not edit by hand (edit the generator's tables).
# Origins: the PETRARCH2 Phoenix country and international actor
# dictionaries (MIT; frozen in 2014: a term the dictionary leaves open is
# closed on 2014-12-31 unless a later record is known), and, for later
# facts, the offices' own records (each row's source).  Names that are
# common English words, that several people of different countries bore at
# the same time, or that data/names.tsv already has are left out.
# to = the last day in office (inclusive); empty = no end recorded.
# actor	name	kind	from	to	source
"""

ORGS_HEADER = """\
# Intergovernmental organisations and their organs, NGOs, and the
# institutions of states (agencies, armed forces, parliaments as sector
# paths: ISR.SPY, USA.GOV.LEG), for geopol.actor_name; and the former names
# of renamed countries, still written after the rename; acronyms of four
# letters or more also in title case, as some outlets write them ("Nato",
# "Farc": source "usage").  Generated by
# data/gen-actors.py from the PETRARCH2 Phoenix international and country
# dictionaries (MIT): do not edit by hand.  Codes: CAMEO's dotted form,
# mapped through data/code-aliases.tsv as geopol.canonical() does
# (IGO.UNO.REF.HCR -> UN.REF.HCR, IGO.WST.NAT -> NATO).
# actor	name	kind	from	to	source
"""

GROUPS_HEADER = """\
# Non-state armed groups, militias, rebel and terrorist organisations, for
# geopol.actor_name.  Generated by data/gen-actors.py from the PETRARCH2
# Phoenix MilNonState dictionary and the armed groups of its country
# dictionary (MIT): do not edit by hand.  actor: the group's own code (its
# acronym, or initials; at most 8 characters; the groups data/names.tsv
# already has keep their code there: HEZBOLLA, HAMAS ...); country: where
# the dictionary says it operates (empty: international or unknown).
# actor	name	kind	from	to	country	source
"""

PLACES_HEADER = """\
# Places and adjectives of countries, for geopol.actor_name: kind adjective
# (a demonym, "Burmese", "Iraqi"; its plural names the people) and kind
# capital (a capital, city, province or region that stands for its country
# in text: "police in Karachi", "an attack in Mosul"; and spellings of the
# country's name).  Generated by data/gen-actors.py from the entries of the
# PETRARCH2 Phoenix country dictionary (MIT) whose codes are those of one
# ISO country: do not edit by hand.  A name listed under two countries, a common
# English word, a given name, or a name another data file has is left out.
# actor	name	kind	from	to	source
"""

AGENTS_HEADER = """\
# Agent words: what a sector of a state is called in text ("army", "riot
# police", "foreign minister"), kind agent, actor = the CAMEO role path
# (MIL, COP, GOV.MIL ...) that the coder appends to the country named
# beside it ("the Malian army" = MLI.MIL).  lookup() does not return them.
# Generated by data/gen-actors.py from the PETRARCH2 Phoenix agents
# dictionary (MIT): do not edit by hand.
# actor	name	kind	from	to	source
"""

if __name__ == '__main__':
    main()
