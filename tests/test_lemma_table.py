"""The lemma table shipped with the kit: current, equal to what the rules give, and used."""

from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from discourse.text import lemma_table
from discourse.text.lemmatize import LemmaResult, Lemmatizer

FIELDS = ("lemma", "pos", "proclitic", "enclitic", "n_candidates", "lemma_source")


@pytest.fixture(scope="module")
def shipped():
    path = lemma_table.table_path()
    assert path.exists(), f"{path} is missing: build it with `python -m discourse.text.lemma_table`"
    return pq.read_table(path)


def test_the_shipped_table_is_of_the_current_lemmatizer_version(shipped):
    version = Lemmatizer(cache=False, progress=False).version
    built = shipped.schema.metadata[b"lemmatizer_version"].decode()
    assert built == version, (
        f"the shipped lemma table was built by {built}, the rules are now "
        f"{version}: rebuild it with `python -m discourse.text.lemma_table`"
    )
    assert shipped.num_rows > 500_000
    assert lemma_table.table_path().stat().st_size < 20 * 2**20  # a few MB


def test_the_shipped_table_equals_the_current_rules_on_a_sample(shipped):
    forms = shipped.column("form").to_pylist()
    sample = random.Random(20261130).sample(forms, 300)
    fresh = Lemmatizer(cache=False, table=False, overrides=None, names=False, n_jobs=1, progress=False)
    stored = lemma_table.lookup(shipped, sample)
    assert set(stored) == set(sample)
    diff = [
        (f, stored[f], tuple(getattr(fresh.analyze(f), k) for k in FIELDS))
        for f in sample
        if stored[f] != tuple(getattr(fresh.analyze(f), k) for k in FIELDS)
    ]
    assert not diff, diff[:5]


def test_a_lemmatizer_uses_the_table_instead_of_analysing(monkeypatch, shipped):
    lem = Lemmatizer(cache=False, progress=False, n_jobs=1)
    forms = ["والمفاوضات", "بالاتفاق", "الحكومية"]
    assert set(lemma_table.lookup(shipped, forms)) == set(forms)

    def no(*args, **kwargs):
        raise AssertionError("analysed a form the shipped table holds")

    monkeypatch.setattr(lem, "_compute", no)
    out = lem.analyze_forms(forms)
    assert out["والمفاوضات"].lemma == "مفاوضة" or out["والمفاوضات"].lemma.startswith("مفاوض")


def test_the_loaded_table_is_one_chunk_per_column():
    """Parquet is read in batches; a ``take`` from a column of several chunks joins them all
    first, which made every lookup of a few forms cost milliseconds (:func:`lemma_table.lookup`
    is called once per form by ``Lemmatizer.lemmatize``)."""
    table = lemma_table.load_table(Lemmatizer(cache=False, progress=False).version)
    assert table is not None
    assert [c.num_chunks for c in table.columns] == [1] * table.num_columns
    forms = table.column("form")
    assert lemma_table.lookup(table, [forms[0].as_py(), "غير-موجود"]) == {
        forms[0].as_py(): tuple(table.column(f)[0].as_py() for f in FIELDS)
    }


def test_a_table_of_another_version_is_not_used(tmp_path):
    t = pa.table(
        {"form": ["كتاب"], **{f: [1 if f == "n_candidates" else "x"] for f in FIELDS}},
        schema=pa.schema(
            [("form", pa.string())]
            + [(f, pa.int16() if f == "n_candidates" else pa.string()) for f in FIELDS],
            metadata={"lemmatizer_version": "old"},
        ),
    )
    pq.write_table(t, tmp_path / "t.parquet")
    assert lemma_table.load_table("new", tmp_path / "t.parquet") is None
    table = lemma_table.load_table("old", tmp_path / "t.parquet")
    assert LemmaResult(*lemma_table.lookup(table, ["كتاب"])["كتاب"]).lemma == "x"


def test_a_word_the_rules_read_again_inside_a_new_form_comes_from_the_table(monkeypatch, shipped):
    # بالاوصاف (its hamza dropped) is read again as بالأوصاف, بالضحكه (ة written ه) as بالضحكة:
    # neither written form is in the table, the word read again is
    forms = {"بالاوصاف": "بالأوصاف", "بالضحكه": "بالضحكة"}
    held = lemma_table.lookup(shipped, [*forms, *forms.values()])
    assert set(held) == set(forms.values()), "the example forms no longer suit the table"
    fresh = Lemmatizer(cache=False, table=False, overrides=None, names=False, n_jobs=1, progress=False)
    want = {f: fresh.analyze(f) for f in forms}

    analysed = []
    analyze = Lemmatizer._analyze

    def counted(self, form):
        analysed.append(form)
        return analyze(self, form)

    monkeypatch.setattr(Lemmatizer, "_analyze", counted)
    lem = Lemmatizer(cache=False, overrides=None, names=False, n_jobs=1, progress=False)
    for form in forms:
        analysed.clear()
        assert lem.analyze(form) == want[form]  # the same answer …
        assert analysed == [form]  # … with the word read again taken from the table
    analysed.clear()
    fresh.analyze("بالاوصاف")
    assert analysed == ["بالاوصاف", "بالأوصاف"]  # without the table, both are analysed


def test_the_version_covers_every_method_that_decides_a_lemma():
    """The lemmatizer's version hashes the methods that decide lemmas (``_code_fingerprint``),
    so the shipped table and the caches cannot outlive a change to them. Every method of
    ``Lemmatizer`` that ``_analyze`` calls, directly or through another, must be in that list
    (``_known_with_pronoun`` was missing from it in 0.4.25)."""
    import inspect
    import re

    from discourse.text import lemmatize

    hashed = set(re.findall(r"Lemmatizer\.(\w+)", inspect.getsource(lemmatize._code_fingerprint)))
    reached, todo = set(), ["_analyze"]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            called = re.findall(r"self\.(_\w+)\(", inspect.getsource(getattr(Lemmatizer, name)))
            todo.extend(m for m in called if callable(getattr(Lemmatizer, m, None)))
    assert reached - hashed == set()


def test_the_version_covers_the_qalsadi_caches_kept_between_words(monkeypatch):
    """Which of qalsadi's caches ``_forget`` keeps from word to word decides whether a lemma
    can depend on the words before it, so the set is in the version's hash (it was not when
    0.4.27 began keeping some)."""
    from discourse.text import lemmatize

    before = lemmatize._code_fingerprint()
    monkeypatch.setattr(lemmatize, "_PURE_CACHES", lemmatize._PURE_CACHES | {"noun_cache"})
    assert lemmatize._code_fingerprint() != before


@pytest.fixture(scope="module")
def vocabulary_words():
    return lemma_table.vocabulary_words()


def test_the_shipped_table_holds_the_noun_readings_of_its_verbs(shipped, vocabulary_words):
    """After a preposition the tokenizer reads a verb's form as a noun by asking for the form
    with the genitive's tanwin (في تحمل → تحملٍ, :func:`tokenize.noun_reading_asks`); the table
    holds those of the vocabulary's verbs, so a cold run does not analyse them one by one (not
    of the forms it holds with a clitic added, ويحمل: a preposition does not stand before them)."""
    from discourse.text.tokenize import noun_reading_asks

    verbs = pc.equal(shipped.column("pos"), "VERB")
    plain = pc.invert(pc.match_substring_regex(shipped.column("form"), "[\u064b-\u064d]$"))
    vocabulary = pc.is_in(shipped.column("form"), pa.array(vocabulary_words))
    rows = shipped.filter(pc.and_(pc.and_(verbs, plain), vocabulary))  # (a form with tanwin is a noun)
    sample = random.Random(20261204).sample(range(rows.num_rows), 300)
    read = {
        rows.column("form")[i].as_py(): LemmaResult(*(rows.column(f)[i].as_py() for f in FIELDS))
        for i in sample
    }
    asks = noun_reading_asks(read)
    assert len(asks) > 50  # most verbs have one (تحملٍ); those in ا or ى have none
    missing = sorted(set(asks) - set(lemma_table.lookup(shipped, asks)))
    assert not missing, missing[:10]


def test_clitic_forms_put_each_clitic_on_the_most_frequent_words():
    words = ["الدولة", "كتاب", "سعر", "ولد"]
    assert lemma_table.clitic_forms(words, {"و": 3, "ل": 2, "ب": 1}) == [
        "والدولة", "للدولة", "بالدولة",  # ل before the article is written لل
        "وكتاب", "لكتاب",
        "وسعر",
    ]  # fmt: skip
    assert lemma_table.clitic_forms(words, {}) == []
    assert lemma_table.clitic_forms(["الدولة", "لدولة"], {"ل": 2}) == ["للدولة"]  # each form once


def test_the_shipped_table_holds_the_vocabulary_with_its_clitics(shipped, vocabulary_words):
    """A cold run's new forms are rare, but a fifth of them are a one-letter clitic on a frequent
    form (وحوارهم, فالمزاد): the table holds those of the most frequent forms
    (:data:`lemma_table.CLITIC_TOP`), so they are looked up, not analysed."""
    forms = lemma_table.clitic_forms(vocabulary_words)
    assert len(forms) > 400_000
    sample = random.Random(20261207).sample(forms, 2000)
    missing = sorted(set(sample) - set(lemma_table.lookup(shipped, sample)))
    assert not missing, missing[:10]
