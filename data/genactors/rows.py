"""data/genactors/rows.py -- from raw rows to the rows of a file: names
filtered, terms merged, overlaps settled, data/names.tsv read, files written.
"""
from .common import *  # noqa: F401,F403


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
