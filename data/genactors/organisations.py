"""data/genactors/organisations.py -- data/organisations.tsv:
intergovernmental organisations and their organs, NGOs, the institutions
of states, title-case acronyms and the former names of renamed countries.
"""
from .common import *  # noqa: F401,F403
from .rows import *  # noqa: F401,F403
from .groups import undated_entities, country_of, DROP_ORG_NAMES  # noqa: F401


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
