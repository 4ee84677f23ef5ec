#!/usr/bin/env python3
"""Regenerate data/countries.tsv from Debian's iso-codes package.

    apt-get install iso-codes && python3 data/gen-countries.py > data/countries.tsv

The build does not run this: countries.tsv is shipped, so building geopol
needs neither Python nor iso-codes.  `label` is the short English name an
analyst writes; where ISO's own short name is an inverted or formal form
("Korea, Republic of", "Russian Federation") the LABELS table below gives
the usual English short form (the one used by the UN Statistics Division's
M49 list or, where that is formal too, by common English news usage).
"""
import json
import sys

ISO = '/usr/share/iso-codes/json/iso_3166-1.json'

LABELS = {
    'RUS': 'Russia',
    'GBR': 'United Kingdom',
    'USA': 'United States',
    'COD': 'Democratic Republic of the Congo',
    'COG': 'Republic of the Congo',
    'FSM': 'Micronesia',
    'PSE': 'Palestine',
    'VAT': 'Vatican City',
    'FLK': 'Falkland Islands',
    'CCK': 'Cocos (Keeling) Islands',
    'MAF': 'Saint Martin',
    'SXM': 'Sint Maarten',
    'VGB': 'British Virgin Islands',
    'VIR': 'United States Virgin Islands',
    'CZE': 'Czechia',
    'BRN': 'Brunei',
    'CPV': 'Cabo Verde',
    'SWZ': 'Eswatini',
    'MKD': 'North Macedonia',
}


def main():
    with open(ISO, encoding='utf-8') as f:
        rows = json.load(f)['3166-1']
    out = sys.stdout
    out.write('# ISO 3166-1 countries. Origin: Debian package iso-codes (%s), file\n'
              % version())
    out.write('# /usr/share/iso-codes/json/iso_3166-1.json; label per data/gen-countries.py.\n')
    out.write('# code\talpha2\tnumeric\tlabel\tiso_name\tofficial_name\n')
    for r in sorted(rows, key=lambda r: r['alpha_3']):
        label = LABELS.get(r['alpha_3']) or r.get('common_name') or r['name']
        out.write('\t'.join([r['alpha_3'], r['alpha_2'], r['numeric'], label,
                             r['name'], r.get('official_name', '')]) + '\n')


def version():
    import subprocess
    try:
        return 'version ' + subprocess.check_output(
            ['dpkg-query', '-W', '-f=${Version}', 'iso-codes'], text=True)
    except Exception:
        return 'version unknown'


if __name__ == '__main__':
    main()
