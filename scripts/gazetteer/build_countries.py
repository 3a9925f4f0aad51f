#!/usr/bin/env python3
"""Builds the country gazetteer of the enrich module.

Reads Debian's iso-codes ISO 3166-1 list (package ``iso-codes``) with its German, Spanish, French and Russian
translations (German and Russian names also in their inflected forms, inflect.py; names that are English words left
out), adds the hand-written aliases, demonyms, ambiguous names and blocking phrases below and the country adjectives of
demonyms_l10n.tsv in all their forms; writes
``enrich/src/main/resources/io/newsstream/enrich/gazetteer/countries.tsv``.
The runtime reads only that file, never /usr/share.

Usage: python3 scripts/gazetteer/build_countries.py [--iso PATH] [--out PATH]

Output lines (tab-separated, '#' starts a comment):
  country  CODE  DISPLAY_NAME  GEONAME_ID  LAT  LON     one per country (id/lat/lon may be empty)
  name     CODE  PHRASE  [LANG,LANG]                     a name or alias; a mention when matched (with LANG: only
                                                         in an article in one of those languages, ISO 639-1)
  demonym  CODE  PHRASE  [LANG,LANG]                     evidence for the country, not a mention
  ambiguous CODE PHRASE  CONFIRM|CONFIRM...              a name counted only when a confirming word occurs
  block    -     PHRASE                                  a phrase that matches nothing ("Latin America")
"""
import argparse
import gettext
import json
import os
import re
import sys
import unicodedata

import inflect

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUT = os.path.join(HERE, "..", "..", "enrich", "src", "main", "resources",
                           "io", "newsstream", "enrich", "gazetteer", "countries.tsv")

DISPLAY = {
    "BO": "Bolivia", "BQ": "Caribbean Netherlands", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "FK": "Falkland Islands", "FM": "Micronesia", "GB": "United Kingdom",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova",
    "MF": "Saint Martin", "PS": "Palestine", "RU": "Russia", "SH": "Saint Helena", "SX": "Sint Maarten",
    "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VA": "Vatican City",
    "VE": "Venezuela", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands", "VN": "Vietnam",
    "CC": "Cocos Islands", "BN": "Brunei", "CV": "Cape Verde", "CZ": "Czechia", "CI": "Ivory Coast",
    "SZ": "Eswatini", "TR": "Turkey", "MK": "North Macedonia", "TL": "East Timor",
}

EXTRA_COUNTRIES = [("XK", "Kosovo")]

# Names taken from iso-codes that are left out (too ambiguous or handled by AMBIGUOUS below).
DROP_NAMES = {"Georgia", "Jordan", "Chad", "Congo", "Korea", "Man"}

ALIASES = {
    "US": ["United States", "United States of America", "U.S.", "U.S.A.", "US", "USA", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland"],
    "RU": ["Russia", "Russian Federation"],
    "GE": ["Republic of Georgia"],
    "KR": ["South Korea", "Republic of Korea", "Korea", "ROK"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao"],
    "CZ": ["Czechia", "Czech Republic"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "D.R. Congo",
           "DRC", "Congo-Kinshasa", "Congo Kinshasa", "Congo"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo Brazzaville",
           "Congo Republic"],
    "NL": ["Netherlands", "the Netherlands", "Holland"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "MM": ["Myanmar", "Burma"],
    "TL": ["East Timor", "Timor-Leste"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "MK": ["North Macedonia", "Macedonia"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories", "State of Palestine"],
    "TW": ["Taiwan"],
    "BO": ["Bolivia"], "VE": ["Venezuela"], "MD": ["Moldova"], "TZ": ["Tanzania"],
    "FM": ["Micronesia"], "BN": ["Brunei"], "MO": ["Macau", "Macao"], "HK": ["Hong Kong"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "SA": ["Saudi Arabia"], "BA": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "CN": ["China", "People's Republic of China", "PRC", "Mainland China"],
    "VC": ["St Vincent", "St. Vincent", "Saint Vincent"], "LC": ["St Lucia", "St. Lucia"],
    "KN": ["St Kitts", "St. Kitts", "St Kitts and Nevis"], "ST": ["Sao Tome", "São Tomé"],
    "TT": ["Trinidad", "Trinidad and Tobago"], "AG": ["Antigua"], "GW": ["Guinea-Bissau"],
    "PG": ["Papua New Guinea", "PNG"], "DO": ["Dominican Republic"], "CF": ["Central African Republic"],
    "FK": ["Falklands", "Falkland Islands", "Malvinas"], "RE": ["Reunion"], "CW": ["Curacao"],
    "XK": ["Kosovo"], "VG": ["British Virgin Islands"], "VI": ["U.S. Virgin Islands", "US Virgin Islands"],
    "SX": ["Sint Maarten"], "MF": ["Saint Martin"], "SH": ["Saint Helena", "St Helena"],
    "BQ": ["Bonaire"], "CC": ["Cocos Islands", "Keeling Islands"],
}

AMBIGUOUS = {
    "GE": (["Georgia", "Georgian", "Georgians"], ["Tbilisi", "Abkhazia", "Abkhaz", "Ossetia", "Ossetian",
                                                  "Tskhinvali", "Sukhumi", "Saakashvili", "Caucasus", "Batumi",
                                                  "Kutaisi"]),
    "JO": (["Jordan"], ["Amman", "Jordanian", "Jordanians", "Hashemite", "Aqaba"]),
    "TD": (["Chad"], ["N'Djamena", "Ndjamena", "Chadian", "Chadians", "Sahel"]),
}

DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan", "AR": "Argentine|Argentinian",
    "AM": "Armenian", "AU": "Australian|Aussie", "AT": "Austrian", "AZ": "Azerbaijani|Azeri",
    "BH": "Bahraini", "BD": "Bangladeshi", "BY": "Belarusian|Belarussian", "BE": "Belgian",
    "BJ": "Beninese", "BT": "Bhutanese", "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan",
    "BR": "Brazilian", "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian",
    "CM": "Cameroonian", "CA": "Canadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "CD": "Congolese", "CR": "Costa Rican", "HR": "Croatian|Croat", "CU": "Cuban", "CY": "Cypriot",
    "CZ": "Czech", "DK": "Danish|Dane", "DO": "Dominican", "EC": "Ecuadorian", "EG": "Egyptian",
    "SV": "Salvadoran|Salvadorean", "ER": "Eritrean", "EE": "Estonian", "ET": "Ethiopian", "FJ": "Fijian",
    "FI": "Finnish|Finn", "FR": "French|Frenchman|Frenchmen|Frenchwoman", "GA": "Gabonese",
    "GM": "Gambian", "DE": "German", "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan",
    "GN": "Guinean", "GY": "Guyanese", "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian",
    "IS": "Icelandic|Icelander", "IN": "Indian", "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi",
    "IE": "Irish|Irishman", "IL": "Israeli", "IT": "Italian", "CI": "Ivorian", "JM": "Jamaican",
    "JP": "Japanese", "KZ": "Kazakh|Kazakhstani", "KE": "Kenyan", "KW": "Kuwaiti", "KG": "Kyrgyz",
    "LA": "Laotian", "LV": "Latvian", "LB": "Lebanese", "LR": "Liberian", "LY": "Libyan",
    "LT": "Lithuanian", "LU": "Luxembourgish", "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian",
    "MV": "Maldivian", "ML": "Malian", "MT": "Maltese", "MR": "Mauritanian", "MU": "Mauritian",
    "MX": "Mexican", "MD": "Moldovan", "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan",
    "MZ": "Mozambican", "MM": "Burmese", "NA": "Namibian", "NP": "Nepalese|Nepali", "NL": "Dutch|Dutchman",
    "NZ": "New Zealander|Kiwi", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "KP": "North Korean", "MK": "Macedonian|North Macedonian", "NO": "Norwegian", "OM": "Omani",
    "PK": "Pakistani", "PS": "Palestinian", "PA": "Panamanian", "PG": "Papua New Guinean",
    "PY": "Paraguayan", "PE": "Peruvian", "PH": "Filipino|Filipina|Philippine", "PL": "Polish|Pole",
    "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian", "RW": "Rwandan",
    "SA": "Saudi", "SN": "Senegalese", "RS": "Serbian|Serb", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak|Slovakian", "SI": "Slovenian|Slovene", "SO": "Somali|Somalian",
    "ZA": "South African", "KR": "South Korean|Korean", "SS": "South Sudanese", "ES": "Spanish|Spaniard",
    "LK": "Sri Lankan", "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish|Swede", "CH": "Swiss",
    "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik|Tajikistani", "TZ": "Tanzanian", "TH": "Thai",
    "TG": "Togolese", "TT": "Trinidadian", "TN": "Tunisian", "TR": "Turkish|Turk", "TM": "Turkmen",
    "UG": "Ugandan", "UA": "Ukrainian", "AE": "Emirati", "GB": "British|Briton|Brit|Scottish|Scot|Welsh",
    "US": "American", "UY": "Uruguayan", "UZ": "Uzbek|Uzbekistani", "VE": "Venezuelan",
    "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian", "ZW": "Zimbabwean", "XK": "Kosovar",
    "BS": "Bahamian", "BB": "Barbadian", "SC": "Seychellois", "DJ": "Djiboutian", "LS": "Basotho",
    "SZ": "Swazi", "WS": "Samoan", "TO": "Tongan", "BN": "Bruneian", "GQ": "Equatorial Guinean",
    "LI": "Liechtensteiner", "MC": "Monegasque", "AD": "Andorran", "SM": "Sammarinese",
    "GL": "Greenlandic|Greenlander", "PR": "Puerto Rican", "HK": "Hongkonger",
}

# Plurals that do not just add "s" to a demonym ending in -an/-i.
EXTRA_PLURALS = ["Greeks", "Turks", "Danes", "Swedes", "Finns", "Brits", "Britons", "Scots", "Czechs",
                 "Slovaks", "Serbs", "Croats", "Kazakhs", "Uzbeks", "Afghans", "Poles", "Filipinos",
                 "Filipinas", "Spaniards", "Kiwis", "Tajiks", "Swazis", "Frenchmen", "Dutchmen",
                 "Icelanders", "New Zealanders", "Kosovars", "Greenlanders", "Irishmen"]

BLOCKS = ["Latin America", "South America", "North America", "Central America", "Americas",
          "Latin American", "South American", "North American", "Central American", "Native American",
          "African American", "Asian American", "Bank of America", "Voice of America", "Captain America",
          "New Mexico", "New Jersey", "Jersey City", "New Guinea", "Indian Ocean", "American Indian",
          "Indian Country", "South China Sea", "East China Sea", "Niger Delta", "Anglo American",
          "Korean Peninsula",
          "Guinea pig", "Jordan River", "Lake Chad", "White House"]

def split_names(raw):
    """'Holy See (Vatican City State)' -> ['Holy See', 'Vatican City State']; inverted forms dropped."""
    if not raw:
        return []
    out = []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", raw)
    parts = [m.group(1), m.group(2)] if m else [raw]
    for p in parts:
        p = p.strip()
        if p.lower().startswith("the "):
            p = p[4:]
        if "," in p or not p or "part" in p.split():
            continue
        out.append(p)
    return out


# Country names in the languages of the news the project reads most after English, from the iso-codes
# translations (/usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo); Russian names also in their case forms.
LOCALIZED_LANGUAGES = ("de", "es", "fr", "ru")
WORDS = "/usr/share/dict/american-english"
# The short names the news writes where iso-codes translates only the formal one (hand-written).
LOCAL_ALIASES = {
    "RU": "de:Russland|es:Rusia|fr:Russie|ru:Россия|ru:РФ", "US": "es:Estados Unidos|es:EE. UU.|es:EEUU|fr:États-Unis|ru:США|ru:Соединённые Штаты|ru:Соединенные Штаты",
    "GB": "de:Großbritannien|es:Reino Unido|fr:Royaume-Uni|fr:Grande-Bretagne|ru:Великобритания|ru:Британия",
    "IR": "es:Irán|ru:Иран", "SY": "de:Syrien|es:Siria|fr:Syrie|ru:Сирия",
    "KR": "de:Südkorea|es:Corea del Sur|fr:Corée du Sud|ru:Южная Корея",
    "KP": "de:Nordkorea|es:Corea del Norte|fr:Corée du Nord|ru:Северная Корея|ru:КНДР", "VE": "ru:Венесуэла",
    "VN": "ru:Вьетнам", "TW": "es:Taiwán|ru:Тайвань", "CZ": "de:Tschechien|es:Chequia|fr:Tchéquie|ru:Чехия",
    "TR": "de:Türkei|es:Turquía|fr:Turquie|ru:Турция", "MD": "de:Moldawien|es:Moldavia|fr:Moldavie|ru:Молдавия|ru:Молдова",
    "BO": "de:Bolivien|fr:Bolivie|ru:Боливия", "TZ": "de:Tansania|fr:Tanzanie|ru:Танзания",
    "PS": "de:Palästina|es:Palestina|ru:Палестина",
    "ZA": "ru:ЮАР", "AE": "ru:ОАЭ", "CN": "ru:КНР", "CD": "ru:ДРК|fr:RDC|es:RDC", "DE": "ru:ФРГ",
    "CF": "ru:ЦАР", "VA": "de:Vatikan|es:Vaticano|fr:Vatican|ru:Ватикан",
}


def localized_names(entries, english):
    """code -> (language, name) in other languages: not English words, not another name, at least 4 letters."""
    try:
        with open(WORDS, encoding="utf-8") as f:
            words = {w.strip().lower() for w in f}
    except OSError:
        sys.exit(f"needs {WORDS} (Debian wamerican): a translated name that is an English word must be left out")
    owner = {}
    for code, found in english.items():
        for n in found:
            owner.setdefault(phrase_key(n), code)
    taken = [d for ds in DEMONYMS.values() for d in ds.split("|") if d]
    taken += [p for d in taken for p in plurals(d)] + list(EXTRA_PLURALS) + list(BLOCKS)
    taken += [n for v in AMBIGUOUS.values() for n in v[0]]
    for n in taken:
        owner.setdefault(phrase_key(n), "-")
    out = {}
    for code, aliases in LOCAL_ALIASES.items():
        for alias in aliases.split("|"):
            lang, n = alias.split(":", 1)
            add(out, owner, words, code, lang, name_forms(lang, n))
    for lang in LOCALIZED_LANGUAGES:
        try:
            tr = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[lang])
        except OSError:
            sys.exit(f"no iso_3166-1 translation for {lang}: install Debian iso-codes")
        for e in entries:
            for key in ("name", "common_name"):
                if not e.get(key):
                    continue
                for n in split_names(re.sub(r"\s*\(.*\)\s*$", "", tr.gettext(e[key]))):
                    add(out, owner, words, e["alpha_2"], lang, name_forms(lang, n))
    return out


def phrase_key(name):
    """The name as the tagger matches it: lower case, marks stripped, one space between tokens."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", folded))


def add(out, owner, words, code, lang, forms):
    for form in forms:
        low = phrase_key(form)
        if len(form) < 4 and not form.isupper() or low in words or owner.get(low, code) != code:
            continue
        owner[low] = code
        out.setdefault(code, []).append((lang, form))


def name_forms(lang, name):
    """A country name and its inflected forms: Russian cases, German genitive and adjective endings."""
    if lang == "ru":
        return inflect.russian_phrase(name)
    if lang == "de":
        return inflect.german_name(name)
    return [name]


DEMONYMS_L10N = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demonyms_l10n.tsv")


def localized_demonyms():
    """code -> (language, form): the hand-written adjectives of demonyms_l10n.tsv in all their regular forms."""
    out = {}
    with open(DEMONYMS_L10N, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, de, de_people, fr, es, ru = line.rstrip("\n").split("\t")
            forms = [("de", x) for a in de.split("|") if a for x in inflect.german_adjective(a)]
            forms += [("de", x) for x in de_people.split("|") if x]
            forms += [("fr", x) for a in fr.split("|") if a for x in inflect.french_adjective(a)]
            forms += [("es", x) for a in es.split("|") if a for x in inflect.spanish_adjective(a)]
            forms += [("ru", x) for a in ru.split("|") if a for x in inflect.russian_adjective(a)]
            out[code] = forms
    return out


def plurals(demonym):
    if demonym.endswith(("an", "i")):
        return [demonym + "s"]
    return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso", default=DEFAULT_ISO)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    with open(args.iso, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]

    countries = {}
    names = {}
    for e in entries:
        code = e["alpha_2"]
        countries[code] = DISPLAY.get(code) or e.get("common_name") or e["name"]
        found = []
        for key in ("name", "official_name", "common_name"):
            found += split_names(e.get(key))
        names[code] = found
    for code, display in EXTRA_COUNTRIES:
        countries[code] = display
        names[code] = []
    english = {code: [countries[code]] + names[code] + ALIASES.get(code, []) for code in countries}
    localized = localized_names(entries, english)

    lines = ["# Country gazetteer of newsstream's RegionTagger. GENERATED by scripts/gazetteer/build_countries.py",
             "# from Debian iso-codes (ISO 3166-1, LGPL-2.1+ data) and the script's hand-written aliases,",
             "# demonyms, ambiguous names and blocking phrases. Do not edit by hand: edit the script and rerun it.",
             "# Names in other languages: the iso-codes translations and demonyms_l10n.tsv, inflected by inflect.py.",
             "# kind\tcode\ttext\t[geonameId\tlat\tlon | confirm words | languages (name, demonym: ISO 639-1, ',')]"]
    rows = {}
    taken = {}

    def emit(kind, code, phrase, extra=None, language=None):
        """One phrase line; the languages of a phrase emitted more than once are merged (none: every language).
        A phrase that already means another country or kind is left out."""
        key = phrase_key(phrase)
        if taken.setdefault(key, (kind, code)) != (kind, code):
            return
        row = rows.setdefault((kind, code, phrase), [extra, set()])
        if language is None:
            row[1] = None
        elif row[1] is not None:
            row[1].add(language)

    ambiguous_names = {n for v in AMBIGUOUS.values() for n in v[0]}
    for code in sorted(countries):
        rows[("country", code, countries[code])] = ["\t\t", None]
        candidates = [countries[code]] + names[code] + ALIASES.get(code, [])
        for n in candidates:
            if n in DROP_NAMES and n not in ALIASES.get(code, []):
                continue
            if n in ambiguous_names or n in BLOCKS:
                continue
            emit("name", code, n)
        for lang, n in localized.get(code, []):
            emit("name", code, n, language=lang)
        for n in AMBIGUOUS.get(code, ([], []))[0]:
            emit("ambiguous", code, n, extra="|".join(AMBIGUOUS[code][1]))
        for d in DEMONYMS.get(code, "").split("|"):
            if d:
                emit("demonym", code, d)
                for p in plurals(d):
                    emit("demonym", code, p)
    lookup = {d: c for c, ds in DEMONYMS.items() for d in ds.split("|")}
    for p in EXTRA_PLURALS:
        base = next((d for d in lookup if p.startswith(d[:-1]) and abs(len(p) - len(d)) <= 3), None)
        if base is None:
            sys.exit(f"no demonym for plural {p}")
        emit("demonym", lookup[base], p)
    for b in BLOCKS:
        emit("block", "-", b)
    for code, forms in sorted(localized_demonyms().items()):
        for lang, n in forms:
            emit("demonym", code, n, language=lang)
    for (kind, code, phrase), (extra, languages) in rows.items():
        fourth = extra if extra is not None else ",".join(sorted(languages)) if languages else ""
        lines.append("\t".join([kind, code, phrase]) + ("\t" + fourth if fourth else ""))

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(countries)} countries, {len(lines)} lines to {os.path.normpath(args.out)}")


if __name__ == "__main__":
    main()
