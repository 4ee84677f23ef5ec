#!/usr/bin/env python3
"""data/gen-actors.py -- regenerate data/persons.tsv, data/agents.tsv,
data/organisations.tsv, data/groups.tsv and data/places.tsv.

Reads the PETRARCH2 Phoenix actor and agent dictionaries (MIT licence,
kept in ../shared/reference beside the repository: see its README) and
adds the hand-checked facts of data/offices-since-2014.tsv (the office
holders since the dictionaries' 2014 freeze, each with its term of office)
and of the tables of its modules (FORMER_NAMES; the repairs and the names
left out by hand).  The modules, in data/genactors/, one per file written:
persons.py, organisations.py, groups.py, places.py, agents.py; and what they
share: common.py (dictionary format, dates, names as written, filters) and
rows.py (from rows to a file: terms merged, overlaps settled).
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

sys.dont_write_bytecode = True          # no __pycache__ in data/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from genactors import common as settings  # noqa: E402
from genactors.common import *  # noqa: E402,F401,F403
from genactors.rows import *  # noqa: E402,F401,F403
from genactors.persons import *  # noqa: E402,F401,F403
from genactors.groups import *  # noqa: E402,F401,F403
from genactors.organisations import *  # noqa: E402,F401,F403
from genactors.places import *  # noqa: E402,F401,F403
from genactors.agents import *  # noqa: E402,F401,F403


def main():
    args = sys.argv[1:]
    if args[:1] == ['--ref'] and len(args) > 1:
        settings.REF = args[1]
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
        return os.path.join(settings.REF, f)

    countries = read_actor_file(ref('petrarch2-Phoenix.Countries.actors.txt'))
    international = read_actor_file(ref('petrarch2-Phoenix.International.actors.txt'))
    milns = read_actor_file(ref('petrarch2-Phoenix.MilNonState.actors.txt'))
    learn_acronyms(countries + international + milns)

    # persons
    rows = phoenix_persons(countries + international, roles, tops, aliases)
    for r in rows:
        r['name'] = display_name(r['raw'])
    rows = [r for r in rows if r['name']]
    # a name the hand-checked table has is taken from there with its dates
    hand = hand_persons()
    flt.learn_given(rows)
    rows += paternal_names(rows)
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

    # leaders' surnames alone, when no other name in the files is the same word
    taken |= {r['name'].lower() for r in pls} | set(names_tsv) | flt.known
    # and no word of an organisation's or group's name ("Jamaat-e-Islami")
    taken |= {w.lower() for r in orgs + grs for w in re.split(r"[ -]", r['name'])}
    sur = resolve(leader_surnames(rows, flt, taken), 'person surname', names_tsv, conflicts)
    persons += sur
    persons.sort(key=lambda r: (r['actor'], r['name'].lower(), lo(r)))
    write_tsv(os.path.join(HERE, 'persons.tsv'), PERSONS_HEADER, persons,
              ('actor', 'name', 'kind', 'frm', 'to', 'source'))
    print('persons.tsv with %d rows of leaders\' surnames: %d rows' % (len(sur), len(persons)),
          file=sys.stderr)

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




if __name__ == '__main__':
    main()
