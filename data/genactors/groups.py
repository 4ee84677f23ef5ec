"""data/genactors/groups.py -- data/groups.tsv: non-state armed groups,
from the Phoenix MilNonState dictionary and the armed groups of its
country dictionary.
"""
from .common import *  # noqa: F401,F403
from .rows import *  # noqa: F401,F403
from collections import defaultdict


# ---- organisations, national institutions, armed groups ----

# Phoenix entries of groups geopol already codes by a short name (data/names.tsv)
GROUP_CODES = {
    'HEZBOLLAH_': 'HEZBOLLA', 'HAMAS_': 'HAMAS', 'TALIBAN_': 'TALIBAN',
    'AL-SHABAAB': 'ALSHABAB', 'ISLAMIC_STATE_IN_IRAQ_AND_THE_LEVANT': 'ISIS',
    'ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT': 'ISIS', 'ISLAMIC_STATE_OF_IRAQ_AND_SYRIA': 'ISIS',
    'NATIONAL_LIBERATION_ARMY_(COLOMBIA)_': 'ELN',
}
# names news write for an entry that the dictionary does not list, checked
# by hand: entry -> [(name, why)].  Colombia's National Liberation Army
# shares its English name with Bolivia's (so that name names neither), but
# not its acronym and Spanish name (Bolivia's is ELN-B)
EXTRA_NAMES = {
    'NATIONAL_LIBERATION_ARMY_(COLOMBIA)_': [
        ('ELN', 'its acronym, from its Spanish name (Ejército de Liberación Nacional, founded 1964)'),
        ('Ejército de Liberación Nacional', 'its Spanish name')],
}
# names the dictionaries list that now name something else, checked by hand
DROP_ENTRIES = {
    'AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_',   # South Africa's governing party since 1994
}
DROP_NAMES = {
    ('HEZBOLLA', 'Islamic Jihad'),     # a 1980s front of Hezbollah; today the Palestinian group PIJ
}
DROP_ORG_NAMES = {'Amit'}              # an NGO's name that is a common given name



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


def label_key(raw):
    """an entry's name without its bracketed acronym, for finding one group
    listed twice; a bracketed country stays ("(COLOMBIA)", "(EL_SALVADOR)":
    groups of one name in two countries)"""
    from .organisations import COUNTRY_LABEL   # filled by gen-actors.py's main()

    def acronym(m):
        x = m.group(1)
        return '' if re.fullmatch(r'[A-Z0-9-]{2,8}', x) and \
            x.lower() not in set(COUNTRY_LABEL.values()) else m.group(0)
    return re.sub(r'[_\s]+', ' ', re.sub(r'\(([^)]*)\)', acronym, raw)).strip().upper()


def merge_twice_listed(sources, tops):
    """one group listed twice under the same name, once with the country it
    operates in and once with an international militant-group code
    (MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_ [PHLREB] and
    MORO_ISLAMIC_LIBERATION_FRONT__ [IMGSEAMUSASF]): one group, coded with
    its country; the other entry's names become its aliases.  Entries of
    different countries stay apart."""
    by_key = defaultdict(list)
    for i, (g, label) in enumerate(sources):
        by_key[label_key(g['names'][0])].append(i)
    drop = set()
    for key, idx in by_key.items():
        if len(idx) < 2:
            continue
        with_c = [i for i in idx if country_of(sources[i][0]['codes'][0][0], tops)]
        if len({country_of(sources[i][0]['codes'][0][0], tops) for i in with_c}) > 1:
            continue
        keep = with_c[0] if with_c else idx[0]
        g = sources[keep][0]
        for i in idx:
            if i == keep:
                continue
            for nm in sources[i][0]['names']:
                if nm not in g['names']:
                    g['names'].append(nm)
            drop.add(i)
            note('group: listed twice (with its country and as an international group): merged',
                 key)
    return [x for i, x in enumerate(sources) if i not in drop]


def phoenix_groups(milnonstate, countries, roles, tops, names_tsv):
    rows, used = [], {r['actor'] for rs in names_tsv.values() for r in rs}
    used_by_us = {}
    sources = [(g, 'Phoenix MilNonState') for g in undated_entities(milnonstate)]
    # armed groups in the country dictionary (coded as the country's rebels)
    sources += [(g, 'Phoenix') for g in undated_entities(countries)
                if g['codes'][0][0][3:6] in ('REB', 'INS', 'UAF', 'SEP')]
    sources = merge_twice_listed(sources, tops)
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
        for nm, why in EXTRA_NAMES.get(key, []):
            rows.append({'raw': nm, 'name': nm, 'actor': code, 'kind': 'alias', 'frm': None,
                         'to': None, 'country': country, 'source': '%s; %s' % (src, why),
                         'grp': id(g), 'hand': True})
    return rows



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
