"""data/genactors/common.py -- what every data file of data/gen-actors.py
shares: the reference folder, notes, dates, the Phoenix dictionary format,
names as written, actor codes and the filters of names.
"""

import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # data/


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
    """'BASHAR_AL-ASSAD_' -> 'Bashar al-Assad'; None when nothing is left, or
    when a character of the name was lost in the source (U+FFFD, the
    replacement character, or a control character such as 0x1A in its
    place: 'COTE_D\ufffdIVOIRE_' is no name a text spells)"""
    if '\ufffd' in raw or any(ord(c) < 32 and c not in '\t\n' for c in raw):
        return None
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


def read_tsv_map(name, col):
    """a data file of data/ as a dict: first column -> column col (comments
    and blank lines skipped)"""
    out = {}
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        for line in fh:
            if line.startswith('#') or not line.strip():
                continue
            f = line.rstrip('\n').split('\t')
            out[f[0]] = f[col]
    return out


def read_code_aliases():
    """geopol.canonical()'s mapping: other datasets' codes -> geopol's"""
    return read_tsv_map('code-aliases.tsv', 1)


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




# words left out of initials and acronyms
STOP = {'AL', 'EL', 'THE', 'OF', 'AND', 'FOR', 'IN', 'ON', 'TO', 'DE', 'DEL', 'LA', 'LE',
        'DES', 'DU', 'ET', 'Y', 'A', 'AN', 'BY', 'WITH'}
