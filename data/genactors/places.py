"""data/genactors/places.py -- data/places.tsv: the adjectives, cities and
regions of the countries of the Phoenix country dictionary.
"""
from .common import *  # noqa: F401,F403


# ---- places: the adjectives, cities and regions of the country dictionary ----

# a demonym as the dictionary lists it beside the country's name (IRAQI_,
# BURMESE_, AFGHAN_): an adjective (with its plural, "Iraqis"); every other
# name of the entry is a place of the country (capital, city, province) or a
# spelling of its name
DEMONYM = re.compile(r'.*(an|ese|ish|i|ic|ch|ot|ite|iote|er|ois|ais|ene|k|ee)$')

# Places the Phoenix country dictionary lacks (or spells otherwise) that
# news of conflicts and protests name, checked by hand: country, name,
# what it is.  The filters below apply to them too.  Places whose
# sovereignty is contested (Crimea, Kashmir, Nagorno-Karabakh, Western
# Sahara, Abkhazia, South Ossetia, Transnistria, Somaliland, the Golan) are
# left out.
OWN_PLACES = """
YEM	Hodeidah	a port city and governorate of Yemen
YEM	Hudaydah	a port city and governorate of Yemen (Al Hudaydah)
YEM	Marib	a city and governorate of Yemen
YEM	Taiz	a city and governorate of Yemen
YEM	Saada	a city and governorate of Yemen
YEM	Hadramout	a governorate of Yemen
SYR	Hama	a city and governorate of Syria
SYR	Douma	a city of Syria (Rif Dimashq)
SYR	Afrin	a city of Syria (Aleppo governorate)
SYR	Manbij	a city of Syria (Aleppo governorate)
SYR	Qamishli	a city of Syria (Hasakah governorate)
IRQ	Najaf	a city and governorate of Iraq
LBY	Sirte	a city of Libya
LBY	Derna	a city of Libya
LBY	Tobruk	a city of Libya
AFG	Uruzgan	a province of Afghanistan
AFG	Faryab	a province of Afghanistan
PAK	Sindh	a province of Pakistan
PAK	Khyber Pakhtunkhwa	a province of Pakistan
NGA	Borno	a state of Nigeria
NGA	Yobe	a state of Nigeria
NGA	Adamawa	a state of Nigeria
NGA	Zamfara	a state of Nigeria
MLI	Timbuktu	a city and region of Mali
MLI	Kidal	a city and region of Mali
MLI	Mopti	a city and region of Mali
NER	Tillaberi	a region of Niger
ETH	Tigray	a region of Ethiopia
ETH	Amhara	a region of Ethiopia
ETH	Oromia	a region of Ethiopia
ETH	Mekelle	the capital of Ethiopia's Tigray region
SDN	El Fasher	the capital of North Darfur, Sudan
SSD	Malakal	a city of South Sudan
SSD	Bentiu	a city of South Sudan
SSD	Jonglei	a state of South Sudan
SOM	Kismayo	a port city of Somalia
SOM	Baidoa	a city of Somalia
SOM	Jubaland	a federal member state of Somalia
COD	North Kivu	a province of the Democratic Republic of the Congo
COD	South Kivu	a province of the Democratic Republic of the Congo
MOZ	Cabo Delgado	a province of Mozambique
MMR	Rakhine	a state of Myanmar
UKR	Kharkiv	a city and region of Ukraine
UKR	Kherson	a city and region of Ukraine
UKR	Zaporizhzhia	a city and region of Ukraine
UKR	Mariupol	a city of Ukraine
UKR	Odesa	a city and region of Ukraine
UKR	Mykolaiv	a city and region of Ukraine
UKR	Lviv	a city and region of Ukraine
TUR	Sirnak	a province of Turkey
TUR	Hakkari	a province of Turkey
MEX	Sinaloa	a state of Mexico
MEX	Michoacan	a state of Mexico
MEX	Tamaulipas	a state of Mexico
COL	Cauca	a department of Colombia
COL	Antioquia	a department of Colombia
PHL	Marawi	a city of the Philippines (Mindanao)
PHL	Basilan	a province of the Philippines
PSE	Jenin	a city of the West Bank (Palestine)
PSE	Khan Younis	a city of the Gaza Strip (Palestine)
SYR	Quneitra	a city and governorate of Syria
SYR	Sweida	a city and governorate of Syria
IRQ	Dohuk	a city and governorate of Iraq (Kurdistan Region)
IRQ	Baqubah	the capital of Iraq's Diyala governorate
LBY	Zawiya	a city of Libya
LBY	Ajdabiya	a city of Libya
LBY	Ras Lanuf	an oil port of Libya
AFG	Paktia	a province of Afghanistan
AFG	Logar	a province of Afghanistan
AFG	Wardak	a province of Afghanistan
AFG	Balkh	a province of Afghanistan
AFG	Bamiyan	a city and province of Afghanistan
PAK	Gilgit	a city of Pakistan (Gilgit-Baltistan)
IND	Odisha	a state of India
MMR	Naypyitaw	the capital of Myanmar
MMR	Sittwe	the capital of Myanmar's Rakhine state
MMR	Maungdaw	a town of Myanmar's Rakhine state
PHL	Cotabato	a province and city of the Philippines (Mindanao)
PHL	Jolo	a town of the Philippines (Sulu)
NGA	Sokoto	a city and state of Nigeria
NGA	Enugu	a city and state of Nigeria
NER	Diffa	a city and region of Niger
BFA	Djibo	a town of Burkina Faso
MLI	Menaka	a town and region of Mali
MLI	Segou	a city and region of Mali
SEN	Casamance	a region of Senegal
CIV	Bouake	a city of Cote d'Ivoire
CMR	Bamenda	a city of Cameroon (North-West region)
CMR	Buea	a city of Cameroon (South-West region)
CAF	Bambari	a city of the Central African Republic
SDN	El Geneina	the capital of West Darfur, Sudan
SDN	Kassala	a city and state of Sudan
ETH	Gondar	a city of Ethiopia (Amhara region)
SOM	Garowe	the capital of Somalia's Puntland state
SOM	Beledweyne	a city of Somalia (Hiran region)
KEN	Garissa	a town and county of Kenya
KEN	Lamu	a town and county of Kenya
COD	Bukavu	the capital of South Kivu, Democratic Republic of the Congo
COD	Bunia	the capital of Ituri, Democratic Republic of the Congo
AGO	Cabinda	a province of Angola
UKR	Donbas	a region of eastern Ukraine (Donetsk and Luhansk oblasts)
UKR	Donbass	a region of eastern Ukraine (Donetsk and Luhansk oblasts)
UKR	Dnipro	a city of Ukraine
UKR	Bakhmut	a city of Ukraine (Donetsk oblast)
UKR	Avdiivka	a city of Ukraine (Donetsk oblast)
UKR	Kramatorsk	a city of Ukraine (Donetsk oblast)
UKR	Sloviansk	a city of Ukraine (Donetsk oblast)
UKR	Sumy	a city and oblast of Ukraine
UKR	Chernihiv	a city and oblast of Ukraine
RUS	Makhachkala	the capital of Dagestan, Russia
RUS	Vladikavkaz	the capital of North Ossetia, Russia
BIH	Mostar	a city of Bosnia and Herzegovina
TUR	Hatay	a province of Turkey
TUR	Kilis	a city and province of Turkey
IRN	Khuzestan	a province of Iran
IRN	Zahedan	a city of Iran (Sistan and Baluchestan)
LBN	Bekaa	a valley and governorate of Lebanon
JOR	Irbid	a city and governorate of Jordan
SAU	Qatif	a city of Saudi Arabia (Eastern Province)
SAU	Jizan	a city and province of Saudi Arabia
SAU	Najran	a city and province of Saudi Arabia
PSE	Tulkarm	a city of the West Bank (Palestine)
ISR	Sderot	a city of Israel
ISR	Ashkelon	a city of Israel
COL	Cucuta	a city of Colombia
PER	Ayacucho	a city and region of Peru
MEX	Chiapas	a state of Mexico
MEX	Jalisco	a state of Mexico
MEX	Guanajuato	a state of Mexico
MEX	Zacatecas	a state of Mexico
MEX	Sonora	a state of Mexico
"""


def own_places():
    rows = []
    for line in OWN_PLACES.strip().splitlines():
        code, nm, what = line.split('\t')
        rows.append({'name': nm, 'actor': code, 'kind': 'capital', 'frm': None, 'to': None,
                     'grp': 'own:' + nm, 'source': 'geopol: checked by hand: ' + what})
    return rows


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
    for r in own_places():
        owners[r['name'].lower()].add(r['actor'])
        rows.append(r)
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
