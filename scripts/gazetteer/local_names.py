"""Names of subdivisions, towns and regions that are names only in articles in one language (the `L` lines of
places.tsv), and the one-word place names that are words of a language (the `W` lines).

  * Subdivisions: Debian iso-codes' German, French, Spanish and Russian translations of the first-level
    ISO 3166-2 names ("Andalusien", "Catalogne", "Херсонская область"), Russian ones in their case forms.
  * Towns: their Cyrillic GeoNames alternate names (cities500, CC BY 4.0) for Russian articles, in their
    case forms ("Киев", "Киеве", "Баня-Луке"), for towns of at least CYRILLIC_MIN_POP people (RU, UA, BY:
    CYRILLIC_MIN_POP_NEAR). Names that are Russian common words (Debian hunspell-ru) are left out, except for towns
    of LARGE_CITY people or more ("Вена").
  * Well-known regions ("Nahen Osten", "mer Noire", "Ближний Восток"): regions_l10n.tsv, written by the project.
"""
import difflib
import gettext
import json
import re
import unicodedata

import inflect

LANGUAGES = ("de", "es", "fr", "ru")
CYRILLIC_MIN_POP = 15_000
CYRILLIC_MIN_POP_NEAR = 5_000
# A town this large keeps a name that is also a Russian word ("Вена"): the W lines let it name only the large city.
LARGE_CITY = 100_000
NEAR = {"RU", "UA", "BY"}
RUSSIAN = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ]+(?:[ -][А-ЯЁа-яё][а-яё]+)*$")
RU_WORDS = "/usr/share/hunspell/ru_RU.dic"


def read_russian_words(path=RU_WORDS):
    try:
        with open(path, encoding="utf-8") as f:
            return {w for w in (line.split("/")[0].strip() for line in f) if w[:1].islower()}
    except OSError:
        raise SystemExit(f"needs {path} (Debian hunspell-ru): a town named like a Russian word must be left out")


def subdivision_lines(iso, emitted, known):
    """L lines for first-level subdivisions: names unlike every name the subdivision already has."""
    lines = []
    for lang in LANGUAGES:
        tr = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=[lang])
        for e in sorted(iso, key=lambda e: e["code"]):
            if e["code"] not in emitted:
                continue
            name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", tr.gettext(e["name"])).strip()
            if not name or name in known.get(e["code"], ()) or len(name) < 4 or "," in name:
                continue
            forms = inflect.russian_phrase(name) if lang == "ru" else [name]
            lines.append("\t".join(["L", lang, "S", e["code"], "|".join(dict.fromkeys(forms))]))
    return lines


def town_lines(cities, emitted_ids):
    """L lines for towns: their Russian-alphabet alternate names and those names' case forms."""
    words = read_russian_words()
    lines = []
    for c in sorted(cities, key=lambda c: c["id"]):
        if c["id"] not in emitted_ids or c["pop"] < (CYRILLIC_MIN_POP_NEAR if c["cc"] in NEAR else CYRILLIC_MIN_POP):
            continue
        large = c["pop"] >= LARGE_CITY
        names = []
        for alt in c["alt"]:
            if RUSSIAN.match(alt) and (large or alt.lower() not in words) and len(alt) >= 3:
                names += [f for f in inflect.russian_phrase(alt) if large or f.lower() not in words]
        if names:
            lines.append("\t".join(["L", "ru", "C", str(c["id"]), "|".join(dict.fromkeys(names))]))
    return lines


WORD_LISTS = {"de": "/usr/share/dict/ngerman", "es": "/usr/share/dict/spanish", "fr": "/usr/share/dict/french"}


def common_word_lines(names, fold):
    """W lines: one-word place names that are lower-case words of an article's language ("un", "libertad",
    "мир"), from Debian wngerman, wspanish, wfrench and hunspell-ru; in that language a town needs to be
    large to be read under such a name."""
    lines = []
    keys = {fold(n) for n in names if " " not in n and "-" not in n}
    for lang in sorted(list(WORD_LISTS) + ["ru"]):
        if lang == "ru":
            words = read_russian_words()
        else:
            try:
                with open(WORD_LISTS[lang], encoding="utf-8") as f:
                    listed = {w.strip() for w in f}
            except OSError:
                raise SystemExit(f"needs {WORD_LISTS[lang]} (Debian word lists wngerman, wspanish, wfrench)")
            words = {w for w in listed if w[:1].islower()}
            if lang == "de":
                words |= {w for w in listed if w[:1].isupper() and german_noun(w, listed)}
        common = sorted(k for k in {fold(w) for w in words} if k in keys)
        lines.append("\t".join(["W", lang, "|".join(common)]))
    return lines


UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü"})


def german_noun(word, listed):
    """A capitalised entry of the German list that is a common noun: the list also has a plural of it ("Zug" ->
    "Züge", "Hof" -> "Höfe", "Tal" -> "Täler" is missed); names of places have none ("Hamburg", "Andalusien")."""
    forms = [word + "e", word + "en", word + "n"]
    last_vowel = max(word.rfind(v) for v in "aou")
    if last_vowel >= 0:
        forms.append(word[:last_vowel] + word[last_vowel].translate(UMLAUT) + word[last_vowel + 1:] + "e")
    return any(f in listed for f in forms)


REGIONS_L10N = __file__.rsplit("/", 1)[0] + "/regions_l10n.tsv"


def region_lines(region_names):
    """L lines for the well-known regions (regions_l10n.tsv), keyed by the region's English name."""
    lines = []
    with open(REGIONS_L10N, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            key, *cells = line.rstrip("\n").split("\t")
            if key not in region_names:
                raise SystemExit(f"regions_l10n.tsv: no region named {key}")
            for lang, cell in zip(("de", "fr", "es", "ru"), cells):
                forms = [f for n in cell.split("|") if n
                         for f in (inflect.russian_phrase(n) if lang == "ru" else [n])]
                if forms:
                    lines.append("\t".join(["L", lang, "R", key, "|".join(dict.fromkeys(forms))]))
    return lines


ISO3166_2_DB = "/tmp/node_modules/iso3166-2-db/i18n"
# "Federal District", "Southern District", "Central Region": names a text uses for many places.
GENERIC_FIRST_WORDS = {"federal", "southern", "northern", "eastern", "western", "central", "capital", "north",
                       "south", "east", "west", "upper", "lower", "middle", "national", "special", "autonomous"}


DB_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
DB_KIND_WORDS = re.compile(r"\b(province|provincia|provinz|region|district|governorate|state|oblast|prefecture|department|"
                           r"departement|departamento|division|municipality|voivodeship|county|krai|republic|emirate|"
                           r"canton|kanton|of|the|de|del|la|le|du)\b")
# A country whose entries mostly name other subdivisions than iso-codes has under those codes uses an older coding
# (Iran's and Morocco's provinces were renumbered): all its entries are left out.
STALE_SHARE = 0.85


def _db_key(name):
    folded = unicodedata.normalize("NFD", re.sub(r"\[.*?\]|\(.*?\)|\*", "", name).lower())
    folded = " ".join(re.findall(r"[^\W_]+", "".join(c for c in folded if unicodedata.category(c) != "Mn")))
    return DB_KIND_WORDS.sub("", folded).replace(" ", "")


def db_code_check(iso_names):
    """(countries, codes) of iso3166-2-db to leave out: a country whose codes do not match iso-codes (in most
    entries no name in any of six languages resembles iso-codes' name for the code: difflib ratio < 0.6, neither
    contains the other), and single entries that resemble another code's name (ratio ≥ 0.8) better than their own ("Kampong Cham
    Province" under KH-6, Kampong Thom, in the package)."""
    db = {lang: json.load(open(f"{ISO3166_2_DB}/{lang}.json", encoding="utf-8")) for lang in DB_LANGUAGES}
    keys = {code: _db_key(name) for code, name in iso_names.items()}

    def similar(got, want):
        return 1.0 if got and want and (got in want or want in got) else difflib.SequenceMatcher(None, got, want).ratio()

    stale, rejected = set(), set()
    for cc, country in db["en"].items():
        others = {code: k for code, k in keys.items() if code.startswith(cc + "-")}
        judged = failed = 0
        for r in country.get("regions", []):
            code = f"{cc}-{r.get('iso')}"
            if code not in keys:
                continue
            names = [_db_key(x.get("name") or "") for lang in DB_LANGUAGES
                     for x in db[lang].get(cc, {}).get("regions", []) if x.get("iso") == r.get("iso")]
            own = max((similar(n, keys[code]) for n in names), default=0.0)
            other = max((similar(n, k) for n in names for c, k in others.items() if c != code), default=0.0)
            judged += 1
            failed += own < 0.6
            if other > own and other >= 0.8:
                rejected.add(code)
        if judged and failed / judged >= STALE_SHARE:
            stale.add(cc)
    return stale, rejected


def subdivision_names_db(lang, emitted, excluded=(frozenset(), frozenset())):
    """ISO 3166-2 code -> names of the package iso3166-2-db (MIT; Wikipedia's names of first-level subdivisions
    in 12 languages: "Paktia Province", "Enugu State", "Херсонская область"), for the codes the gazetteer has;
    English names that start with a generic word ("Federal District", "North Kivu") are left out."""
    try:
        with open(f"{ISO3166_2_DB}/{lang}.json", encoding="utf-8") as f:
            countries = json.load(f)
    except OSError:
        raise SystemExit(f"needs {ISO3166_2_DB} (cd /tmp && npm install iso3166-2-db)")
    out = {}
    stale, rejected = excluded
    for cc, country in countries.items():
        if cc in stale:
            continue
        for r in country.get("regions", []):
            code = f"{cc}-{r.get('iso')}"
            name = (r.get("name") or "").strip()
            if code in rejected or code not in emitted or not name or "," in name or len(name) < 4:
                continue
            if lang == "en" and name.split()[0].lower() in GENERIC_FIRST_WORDS:
                continue
            out.setdefault(code, []).append(name)
    return out


def db_subdivision_lines(emitted, known, excluded):
    """L lines for the German, French, Spanish and Russian names of iso3166-2-db that the subdivision lacks."""
    lines = []
    for lang in LANGUAGES:
        for code, names in sorted(subdivision_names_db(lang, emitted, excluded).items()):
            forms = [f for n in names if n not in known.get(code, ())
                     for f in (inflect.russian_phrase(n) if lang == "ru" else [n])]
            if forms:
                lines.append("\t".join(["L", lang, "S", code, "|".join(dict.fromkeys(forms))]))
    return lines
