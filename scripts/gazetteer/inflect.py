"""Inflected forms of place names and country adjectives in German, French, Spanish and Russian.

Rule-based and deliberately small: the regular endings the news uses, so that "nigerianische",
"maliennes", "ecuatorianos", "венесуэльских", "Chinas", "Vereinigten Staaten", "Киеве" and
"Херсонской области" are found as names. Used by build_countries.py and build_places.py.
"""
import re

RU_HARD = ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ых", "ую", "ыми", "ом"]
RU_SOFT = ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "их", "ую", "ими", "ом"]


def german_adjective(stem):
    """'nigerianisch' -> nigerianisch(e|en|er|es|em); capitalised at a sentence start too (same key)."""
    return [stem + e for e in ("e", "en", "er", "es", "em")]


def french_adjective(entry):
    """'malien' -> malien, malienne, maliens, maliennes; 'grec/grecque' gives the feminine itself."""
    m, _, f = entry.partition("/")
    if not f:
        if m.endswith("e"):
            f = m
        elif m.endswith(("ien", "éen", "on")):
            f = m + "ne"
        elif m.endswith("el"):
            f = m + "le"
        else:
            f = m + "e"
    forms = [m, f]
    forms += [x + "s" for x in (m, f) if not x.endswith(("s", "x"))]
    return list(dict.fromkeys(forms))


def _unaccent_last(word):
    return word[:-2] + word[-2:].translate(str.maketrans("áéíóú", "aeiou"))


def spanish_adjective(m):
    """'ecuatoriano' -> -o/-a/-os/-as; 'francés' -> francesa/franceses/francesas; 'iraquí' -> iraquíes."""
    if m.endswith("o"):
        return [m, m[:-1] + "a", m + "s", m[:-1] + "as"]
    if m.endswith(("és", "án", "ín", "ón")):
        base = _unaccent_last(m)
        return [m, base + "a", base + "es", base + "as"]
    if m.endswith(("í", "ú")):
        return [m, m + "es", m + "s"]
    if m.endswith(("e", "a")):
        return [m, m + "s"]
    if m[-1] in "lrzsnd":
        return [m, m + "es", m + "a", m + "as"]
    return [m, m + "s"]


def russian_adjective(adj):
    """'венесуэльский' -> all its case forms (singular of every gender and the plural)."""
    for ending in ("ский", "цкий"):
        if adj.endswith(ending):
            return [adj[:-2] + e for e in RU_SOFT]
    if adj.endswith(("кий", "гий", "хий")):
        return [adj[:-2] + e for e in RU_SOFT]
    if adj.endswith("ый"):
        return [adj[:-2] + e for e in RU_HARD]
    if adj.endswith("ий"):
        return [adj[:-2] + e for e in ["ий", "яя", "ее", "ие", "его", "ей", "ему", "им", "их", "юю", "ими", "ем"]]
    if adj.endswith("ой"):
        return [adj[:-2] + e for e in RU_HARD] + [adj]
    return [adj]


def russian_noun(name):
    """The name and its genitive, dative, accusative, instrumental and prepositional (regular endings)."""
    return list(dict.fromkeys([name] + [_ru_case(name, case, False) for case in range(5)]
                              + _ru_extra_forms(name)))


ADJECTIVE_END = re.compile(r"(ая|яя|ый|ий|ой|ое|ее|ые|ие)$")
_RU_ADJ_CASES = {  # nominative ending -> (gen, dat, acc, ins, prep)
    "ая": ("ой", "ой", "ую", "ой", "ой"), "яя": ("ей", "ей", "юю", "ей", "ей"),
    "ый": ("ого", "ому", "ый", "ым", "ом"), "ой": ("ого", "ому", "ой", "ым", "ом"),
    "ий": ("его", "ему", "ий", "им", "ем"), "ое": ("ого", "ому", "ое", "ым", "ом"),
    "ее": ("его", "ему", "ее", "им", "ем"), "ые": ("ых", "ым", "ые", "ыми", "ых"),
    "ие": ("их", "им", "ие", "ими", "их"),
}
_RU_NOUN_CASES = {  # nominative ending -> (gen, dat, acc, ins, prep)
    "ия": ("ии", "ии", "ию", "ией", "ии"), "а": ("ы", "е", "у", "ой", "е"), "я": ("и", "е", "ю", "ей", "е"),
    "ь": ("и", "и", "ь", "ью", "и"), "ы": ("ов", "ам", "ы", "ами", "ах"), "и": ("ей", "ям", "и", "ями", "ях"),
    "й": ("я", "ю", "й", "ем", "е"), "е": ("я", "ю", "е", "ем", "е"), "": ("а", "у", "", "ом", "е"),
}
_HUSHING = "гкхжшщч"


def _ru_case(word, case, adjective):
    if adjective:
        stem, ending = word[:-2], word[-2:]
        hushing = stem[-1:] in _HUSHING
        if ending == "ий" and hushing:
            return stem + ("ого", "ому", "ий", "им", "ом")[case]
        suffix = _RU_ADJ_CASES[ending][case]
        return stem + ("и" + suffix[1:] if hushing and suffix.startswith("ы") else suffix)
    for ending in sorted(_RU_NOUN_CASES, key=len, reverse=True):
        if word.endswith(ending) and (ending or word[-1] in "бвгдзклмнпрстфхцчшщж"):
            out = word[: len(word) - len(ending)] + _RU_NOUN_CASES[ending][case]
            if ending == "а" and case == 0 and word[-2:-1] in _HUSHING + "ц":
                out = out[:-1] + "и"
            if ending == "а" and case == 3 and word[-2:-1] in "жшщчц":
                out = out[:-2] + "ей"
            return out
    return word


def _ru_extra_forms(name):
    """Forms the regular table misses: masculine '-ль' towns (Севастополя), plural names without a genitive ending
    (Филиппин, Альп)."""
    if name.endswith("ль"):
        stem = name[:-1]
        return [stem + "я", stem + "ю", stem + "ем", stem + "е"]
    if name.endswith("ы") and len(name) > 3:
        return [name[:-1]]
    if name.endswith("и") and len(name) > 3:
        return [name[:-1] + "ев", name[:-1] + "й"]
    return []


def russian_phrase(name):
    """Every case of a Russian place name: one word, adjectives agreeing with the first noun ('Херсонская область',
    'Республика Сербская', 'Соединённые Штаты'), nouns joined by 'и' ('Босния и Герцеговина'); a later noun is a
    genitive or a name in apposition and stays ('сектор Газа', 'Страна Басков')."""
    words = name.split(" ")
    if len(words) == 1:
        if ADJECTIVE_END.search(name) and len(name) > 4:
            return list(dict.fromkeys([name] + [_ru_case(name, case, True) for case in range(5)]))
        if "-" in name:
            head, _, last = name.rpartition("-")
            return [name] + [head + "-" + f for f in russian_noun(last)[1:]]
        return russian_noun(name)
    forms = [name]
    for case in range(5):
        out, nouns, coordinated = [], 0, False
        for w in words:
            if w == "и":
                out.append(w)
                coordinated = True
            elif not w[0].isalpha():
                out.append(w)
            elif ADJECTIVE_END.search(w) and len(w) > 4 and (nouns == 0 or out[-1:] and nouns == 1):
                out.append(_ru_case(w, case, True))
            elif nouns == 0 or coordinated:
                out.append(_ru_case(w, case, False))
                nouns += 1
                coordinated = False
            else:
                out.append(w)
        forms.append(" ".join(out))
    return list(dict.fromkeys(forms))


def german_name(name):
    """'China' -> Chinas; 'Vereinigte Staaten' -> Vereinigten Staaten; 'Vereinigte Arabische Emirate' ->
    Vereinigten Arabischen Emiraten; 'Vereinigtes Königreich' -> das Vereinigte Königreich, des Vereinigten
    Königreichs."""
    words = name.split(" ")
    if len(words) == 1:
        return [name] if name.endswith(("s", "ß", "x", "z")) else [name, name + "s"]
    adjective = [bool(w[:1].isupper() and re.search(r"(isch|ig|t)(e|es|er)$", w)) for w in words[:-1]]
    head = [re.sub(r"(e|es|er)$", "en", w) if a else w for w, a in zip(words[:-1], adjective)]
    weak = [re.sub(r"(es|er)$", "e", w) if a else w for w, a in zip(words[:-1], adjective)]
    last = words[-1]
    if last.endswith("e"):
        lasts = [last, last + "n"]
    elif last.endswith(("s", "ik", "en", "n")):
        lasts = [last]
    else:
        lasts = [last, last + "s"]
    return list(dict.fromkeys([name, " ".join(weak + [last])] + [" ".join(head + [x]) for x in lasts]))
