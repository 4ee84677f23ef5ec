"""data/genactors/persons.py -- data/persons.tsv: persons by their dated
offices, from the Phoenix country and international dictionaries and the
hand-checked data/offices-since-2014.tsv.
"""
from .common import *  # noqa: F401,F403
from .rows import strip_titles
from collections import defaultdict


# ---- persons from the Phoenix country and international dictionaries ----
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



# ---- hand-checked office holders since the 2014 freeze ----
# data/offices-since-2014.tsv: actor, names (| between the forms news
# write), kind, first day, last day, the office
HAND_PERSONS_FILE = 'offices-since-2014.tsv'



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



# ---- a leader's surname alone ----

# countries whose names put the family name first (Xi Jinping, Kim Jong Un,
# Nguyen Xuan Phuc): the last word is no surname
FAMILY_NAME_FIRST = {'CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'VNM', 'MNG'}
# surnames that the word list also has as a proper noun (a given name, a
# place, another famous bearer) but that news use alone for this leader;
# checked by hand against the leaders' terms in the dictionaries
LEADER_SURNAMES_OK = {
    'Andropov', 'Arafat', 'Bhutto', 'Brezhnev', 'Chernenko', 'Chernomyrdin', 'Chretien',
    'Finnbogadottir', 'Havel', 'Kohl', 'Koizumi', 'Kosygin', 'Mandela', 'Mitterrand', 'Mugabe',
    'Mulroney', 'Musharraf', 'Pahlavi', 'Rabin', 'Reagan', 'Sadat', 'Sankara', 'Senghor',
    'Shevardnadze', 'Waldheim', 'Walesa'}
MIN_TERM_DAYS = 180     # an interim leader of days is not named by surname alone


def term_days(r):
    if not r['frm'] or not r['to']:
        return MIN_TERM_DAYS
    a, b = r['frm'].split('-'), r['to'].split('-')
    return (int(b[0]) - int(a[0])) * 365 + (int(b[1]) - int(a[1])) * 30 + int(b[2]) - int(a[2])


# countries whose people bear two surnames, the father's then the mother's,
# and whose news name them by the first ("Alvaro Uribe Velez" is "Alvaro
# Uribe", "Juan Manuel Santos Calderon" "Juan Manuel Santos")
TWO_SURNAMES = {'ESP', 'MEX', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN', 'CUB', 'DOM', 'COL',
                'VEN', 'ECU', 'PER', 'BOL', 'CHL', 'ARG', 'URY', 'PRY'}


def paternal_names(rows):
    """for the persons of TWO_SURNAMES countries named with three words or
    more, the name without its last word (the mother's surname), when the
    word before it is a surname (no particle, no word that begins the
    name of anyone in the dictionaries: "Carlos Saul Menem", "Maria Angela
    Holguin" keeps its name)"""
    firsts = defaultdict(set)
    for r in rows:
        toks = (r.get('name') or '').split(' ')
        if len(toks) > 1:
            firsts[toks[0].lower()].add(r['grp'])
    out = []
    for r in rows:
        if r['actor'].split('.')[0] not in TWO_SURNAMES or r.get('hand'):
            continue
        words = r['name'].split(' ')
        if len(words) < 3 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words[-2:]):
            continue
        if words[-2].lower() in PARTICLES or words[-2] in ('Saint', 'San', 'Santa', 'Santo') \
                or firsts[words[-2].lower()]:
            continue
        out.append(dict(r, name=' '.join(words[:-1]), raw=r['raw'],
                        source=r['source'] + '; without the mother\'s surname, as news write it'))
    note('person: the name without the mother\'s surname added (two-surname countries)',
         out[0]['name'] if out else None)
    for _ in out[1:]:
        note('person: the name without the mother\'s surname added (two-surname countries)')
    return out


def leader_surnames(rows, flt, taken):
    """rows of a head of state's or government's surname alone ("Reagan",
    "Uribe", "Musharraf": news name leaders so after the first mention),
    from the full names of the dictionaries' leaders (the hand-checked table
    lists the forms news write itself), with the leader's terms.  Kept only
    when no person of the dictionaries of another country bears the word in
    any part of a name; it is no common word, given name several people
    bear, short word, or name another file has (taken: lower case), nor a
    proper noun of the word list unless LEADER_SURNAMES_OK has it."""
    countries_of = defaultdict(set)
    for r in rows:
        for t in strip_titles(r['name']).split(' '):
            countries_of[t.lower()].add(r['actor'].split('.')[0])
    out = []
    for r in rows:
        country = r['actor'].split('.')[0]
        if r['kind'] != 'leader' or r.get('hand') or country in FAMILY_NAME_FIRST:
            continue
        words = strip_titles(r['name']).split(' ')
        last = words[-1]
        low = last.lower()
        if len(words) < 2 or len(last) < 4 or low in PARTICLES or words[-2].lower() in PARTICLES \
                or not re.fullmatch(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?", last):
            continue
        if countries_of[low] != {country} or low in taken or low in flt.given \
                or flt.reason(last, 'person') or (low in flt.proper and last not in LEADER_SURNAMES_OK):
            note('person surname: borne by others, or a word or name in use: not added', last)
            continue
        if term_days(r) < MIN_TERM_DAYS:
            note('person surname: a term of under %d days: not added' % MIN_TERM_DAYS, last)
            continue
        out.append(dict(r, name=last, source=r['source'] + '; the surname alone'))
    return out


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
# the same time, or that data/names.tsv already has are left out.  A
# leader's surname alone is listed too (source "; the surname alone") when
# no person of another country bears it and it is no word or other name.
# to = the last day in office (inclusive); empty = no end recorded.
# actor	name	kind	from	to	source
"""
