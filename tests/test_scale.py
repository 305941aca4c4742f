"""Large corpora: worker processes, batched and incremental preparation give the same tables
as the plain single-process path."""

from __future__ import annotations

import gc
import json

import pandas as pd
import pytest

import discourse.text.lemmatize as lem_mod
from discourse.io.corpus import read_corpus
from discourse.run.pipeline import prepare
from discourse.text.lemmatize import Lemmatizer, lemma_key
from discourse.text.tokenize import TOKEN_RE, tokenize

ARTICLES = [
    {"id": "a", "text": "قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مع واشنطن مستمر."},
    {"id": "b", "text": "وأكدت طهران أن الاتفاق النووي لن يتغير، بحسب مصادر مطلعة."},
    {"id": "c", "text": "ركزت الصحف على انسحاب القوات الأجنبية وأزمة الكهرباء في بغداد."},
    {"id": "d", "text": "وتحدث المسؤولون عن الانتخابات العامة وشراء الأصوات ومقاطعة الكتل."},
]


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def seed_forms(seed_docs):
    return sorted(
        {lemma_key(m.group(0)) for m in TOKEN_RE.finditer(seed_docs.text[0]) if m.lastgroup == "ar"}
    )


def test_worker_processes_give_the_same_lemmas(seed_docs, monkeypatch):
    forms = seed_forms(seed_docs)
    single = Lemmatizer(cache=False, n_jobs=1, progress=False).analyze_forms(forms)
    monkeypatch.setattr(lem_mod, "_PARALLEL_MIN", 10)
    monkeypatch.setattr(lem_mod, "_CHUNK", 37)
    workers = Lemmatizer(cache=False, n_jobs=2, progress=False).analyze_forms(forms[::-1])
    assert workers == single
    # the analysers were loaded before the workers forked, with the garbage collector's objects
    # frozen meanwhile (Lemmatizer._compute): frozen no longer
    assert gc.get_freeze_count() == 0


def test_worker_chunks_hold_every_form_once_grouped_by_stem(monkeypatch):
    monkeypatch.setattr(lem_mod, "_CHUNK", 6)
    monkeypatch.setattr(lem_mod, "_MIN_CHUNK", 2)
    forms = ["والمدينة", "كتاب", "بالمدينة", "وكتاب", "مدينة", "للكتاب", "سيارة", "بسيارة"]
    forms += [f"كلمة{i}" for i in range(40)]
    chunks = lem_mod._chunks(forms, 2)
    flat = [f for c in chunks for f in c]
    assert sorted(flat) == sorted(forms) and len(flat) == len(set(flat))
    # the forms of one stem are next to each other (one worker's caches answer them)
    where = {f: i for i, f in enumerate(flat)}
    for group in (["والمدينة", "بالمدينة", "مدينة"], ["كتاب", "وكتاب", "للكتاب"], ["سيارة", "بسيارة"]):
        spots = sorted(where[f] for f in group)
        assert spots[-1] - spots[0] == len(group) - 1
    # full chunks first, then a quarter of what is left per worker, never under the minimum
    # (48 left: ceil(48/8) = 6; 42: 6; 36: 5; 31: 4; 27: 4; 23, 20, 17: 3; then 2 up to the end)
    assert [len(c) for c in chunks] == [6, 6, 5, 4, 4, 3, 3, 3] + [2] * 7


def test_a_lemma_does_not_depend_on_the_words_analysed_before(seed_docs):
    forms = seed_forms(seed_docs)
    # (table=False: these forms are analysed, not looked up in the shipped table)
    warm = Lemmatizer(cache=False, n_jobs=1, progress=False, table=False)
    # without the kit's care, analysing راح first turns qalsadi's analysis of روحاني around;
    # the caches _forget keeps (_PURE_CACHES) must not turn anything around either
    warm.analyze_forms(["راح", "استقلت", "سيستغرقون", "وتحدوا"] + forms)
    probe = ["روحاني", "فرحتها", "والانسحاب", "يمكن", "العسكرية", "استقل", "تستغرق", "تحدى"]
    after = warm.analyze_forms(probe)
    fresh = {
        f: Lemmatizer(cache=False, n_jobs=1, progress=False, table=False).analyze_forms([f])[f] for f in probe
    }
    assert after == fresh


def test_skipping_absent_dictionary_keys_changes_no_lemma(seed_docs, monkeypatch):
    """The kit's shortcuts around qalsadi — absent dictionary keys answered without SQLite, each
    present key's rows asked once, the caches of pure functions kept from word to word — give
    the lemmas qalsadi's own code gives."""
    forms = seed_forms(seed_docs) + ["استقلال", "والمستشفيات", "يتحدثون", "فسيكتبونها", "بايدن"]
    forms += ["سيستغرقون", "استقلت", "وتحدوا", "مازالت", "تفشي", "لتفادي", "المسئولين", "اعلانات"]
    fast = Lemmatizer(cache=False, n_jobs=1, progress=False, table=False)
    got = fast.analyze_forms(forms)
    analexer = fast._engine().analexer
    nouns = analexer.nounstemmer.noun_dictionary
    # the shortcuts are in place, so the comparison means something
    assert {"lookup", "lookup_by_stamp", "exists_as_stamp"} <= set(vars(nouns))
    assert "lookup" in vars(analexer.wordfreq) and "lookup" in vars(analexer.unknownstemmer.wordfreq)
    assert nouns.lookup("حكومة") and nouns.lookup("حكومةزز") == []
    # a present key's rows: the same as arramooz's query, in a new list each time
    first, again = nouns.lookup("حكومة"), nouns.lookup("حكومة")
    assert first == again == type(nouns).lookup(nouns, "حكومة") and first is not again
    freq = analexer.wordfreq
    assert freq.lookup("قطر", "unknown") == type(freq).lookup(freq, "قطر", "unknown") != []
    assert analexer.verbstemmer.verbclass_cache  # kept after the last word (_PURE_CACHES)
    monkeypatch.setattr(lem_mod, "_skip_absent_lookups", lambda analexer: None)
    monkeypatch.setattr(lem_mod, "_PURE_CACHES", frozenset())
    plain = Lemmatizer(cache=False, n_jobs=1, progress=False, table=False)
    assert "lookup" not in vars(plain._engine().analexer.nounstemmer.noun_dictionary)
    assert plain.analyze_forms(forms) == got


def test_batched_parts_equal_the_plain_token_table(tmp_path, lemmatizer):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep = prepare(src, tmp_path / "out", id_field="id", batch_size=1, progress=False)
    parts = sorted((tmp_path / "out" / "tokens.parquet").glob("part-*.parquet"))
    assert len(parts) == 4
    plain = tokenize(read_corpus(src, id_field="id"), lemmatizer=lemmatizer, progress=False)
    pd.testing.assert_frame_equal(prep.tokens.reset_index(drop=True), plain, check_dtype=False)


def test_adding_articles_processes_only_the_new_ones(tmp_path, lemmatizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "1.jsonl", ARTICLES[:2])
    first = prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    assert first.new_documents == 2
    write_jsonl(corpus / "2.jsonl", ARTICLES[2:])
    second = prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    assert second.new_documents == 2 and not second.reused
    assert "2 new documents added" in second.summary()
    again = prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    assert again.reused
    full = prepare(corpus, tmp_path / "full", id_field="id", progress=False)
    key = ["doc_id", "tok_id"]
    pd.testing.assert_frame_equal(
        second.tokens.sort_values(key).reset_index(drop=True),
        full.tokens.sort_values(key).reset_index(drop=True),
    )
    assert len(second.documents) == 4
    # the sentence table covers the added articles too, as if prepared at once
    key = ["doc_id", "sent_id"]
    pd.testing.assert_frame_equal(
        second.sentences.sort_values(key).reset_index(drop=True),
        full.sentences.sort_values(key).reset_index(drop=True),
        check_categorical=False,
    )
    assert second.sentences["doc_id"].nunique() == 4


def test_a_short_first_part_and_a_longer_added_one_read_as_one_table(tmp_path, seed_docs, lemmatizer):
    """pandas keeps a categorical's codes in the narrowest integer (int8 up to 127 categories):
    a prepared corpus whose first part was one short article, and whose next part (an article
    added later) had more distinct words, could not be read back ("Integer value 128 not in
    range: -128 to 127"). Every part is written with int32 codes now."""
    import pyarrow.parquet as pq

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "1.jsonl", ARTICLES[:1])
    prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    write_jsonl(corpus / "2.jsonl", [{"id": "seed", "text": seed_docs.text[0]}])
    second = prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    assert second.new_documents == 1 and second.tokens["norm"].nunique() > 127
    full = prepare(corpus, tmp_path / "full", id_field="id", progress=False)
    key = ["doc_id", "tok_id"]
    pd.testing.assert_frame_equal(
        second.tokens.sort_values(key).reset_index(drop=True),
        full.tokens.sort_values(key).reset_index(drop=True),
    )
    parts = sorted((tmp_path / "out" / "tokens.parquet").glob("part-*.parquet"))
    assert len(parts) == 2
    assert {str(pq.read_schema(p).field("norm").type) for p in parts} == {
        "dictionary<values=string, indices=int32, ordered=0>"
    }
    # the codes are narrowed again in memory
    assert second.tokens["norm"].cat.codes.dtype == "int16"


def test_parts_written_with_narrower_codes_still_read(tmp_path):
    """A folder whose parts have int8 and int16 codes (written before 0.4.19) reads as one."""
    from discourse.run.pipeline import read_token_table

    folder = tmp_path / "tokens.parquet"
    folder.mkdir()
    few = pd.DataFrame({"norm": pd.Categorical(["أ", "ب", "أ"]), "n": [1, 2, 3]})
    many = pd.DataFrame({"norm": pd.Categorical([f"كلمة{i}" for i in range(200)]), "n": range(200)})
    assert few["norm"].cat.codes.dtype == "int8" and many["norm"].cat.codes.dtype == "int16"
    few.to_parquet(folder / "part-00000.parquet", index=False)
    many.to_parquet(folder / "part-00001.parquet", index=False)
    got = read_token_table(tmp_path)
    assert got["norm"].astype(str).tolist() == ["أ", "ب", "أ"] + [f"كلمة{i}" for i in range(200)]
    assert got["n"].tolist() == [1, 2, 3, *range(200)]


def test_the_prepared_sentence_table_is_the_one_analyses_would_build(tmp_path):
    """``sentences.parquet`` is stored beside the tokens, vouched for by the manifest, and gives
    the same evidence as the table built on the fly."""
    import discourse as dc

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep = prepare(src, tmp_path / "out", id_field="id", progress=False)
    built = dc.sentence_table(prep.tokens, prep.documents)
    pd.testing.assert_frame_equal(
        prep.sentences.reset_index(drop=True), built.reset_index(drop=True), check_categorical=False
    )
    for s in prep.sentences.itertuples():
        text = prep.documents.set_index("doc_id").at[s.doc_id, "text"]
        assert text[s.start : s.end] == s.sentence
    with_table = dc.frame_hits(prep.tokens, prep.documents, sentences=prep.sentences)
    pd.testing.assert_frame_equal(with_table, dc.frame_hits(prep.tokens, prep.documents))
    # a sentence table that is not the one the manifest vouches for: the tables are rebuilt
    (tmp_path / "out" / "sentences.parquet").unlink()
    again = prepare(src, tmp_path / "out", id_field="id", progress=False)
    assert not again.reused and (tmp_path / "out" / "sentences.parquet").exists()


def test_changed_options_recompute_everything(tmp_path):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prepare(src, tmp_path / "out", id_field="id", progress=False)
    again = prepare(src, tmp_path / "out", id_field="id", roots=True, progress=False)
    assert again.new_documents == 4 and "root" in again.tokens
    assert len(list((tmp_path / "out" / "tokens.parquet").glob("part-*"))) == 1


def test_empty_documents_give_an_empty_table(tmp_path):
    src = write_jsonl(tmp_path / "e.jsonl", [{"text": ""}, {"text": "  "}])
    with pytest.warns(UserWarning):
        prep = prepare(src, tmp_path / "out", progress=False)
    assert len(prep.tokens) == 0 and "lemma" in prep.tokens


def test_appended_parts_never_overwrite_after_a_gap(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "1.jsonl", [{"id": "empty", "text": ""}, ARTICLES[0]])
    with pytest.warns(UserWarning):  # the empty document is kept, with a warning
        prepare(corpus, tmp_path / "out", id_field="id", batch_size=1, progress=False)
    parts = tmp_path / "out" / "tokens.parquet"
    assert sorted(p.name for p in parts.glob("part-*")) == ["part-00001.parquet"]  # a gap at 0
    write_jsonl(corpus / "2.jsonl", ARTICLES[1:3])
    with pytest.warns(UserWarning):
        prep = prepare(corpus, tmp_path / "out", id_field="id", batch_size=1, progress=False)
    assert sorted(p.name for p in parts.glob("part-*")) == [
        "part-00001.parquet",
        "part-00002.parquet",
        "part-00003.parquet",
    ]
    assert set(prep.tokens["doc_id"]) == {"a", "b", "c"}


def test_parts_of_an_interrupted_run_are_discarded(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "1.jsonl", ARTICLES[:2])
    prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    parts = tmp_path / "out" / "tokens.parquet"
    # a run that wrote a part and died before its manifest
    (parts / "part-00007.parquet").write_bytes((parts / "part-00000.parquet").read_bytes())
    write_jsonl(corpus / "2.jsonl", ARTICLES[2:])
    prep = prepare(corpus, tmp_path / "out", id_field="id", progress=False)
    assert not (parts / "part-00007.parquet").exists()
    counts = prep.tokens.groupby("doc_id")["tok_id"].apply(lambda s: s.is_unique)
    assert counts.all() and set(counts.index) == {"a", "b", "c", "d"}


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_worker_tokenizing_equals_the_plain_token_table(tmp_path, n_jobs):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    lem = Lemmatizer(progress=False, n_jobs=n_jobs)
    prep = prepare(src, tmp_path / "out", id_field="id", batch_size=1, lemmatizer=lem, progress=False)
    plain = tokenize(read_corpus(src, id_field="id"), lemmatizer=lem, progress=False)
    got = prep.tokens
    cats = [c for c in got.columns if isinstance(got[c].dtype, pd.CategoricalDtype)]
    assert cats == [c for c in plain.columns if isinstance(plain[c].dtype, pd.CategoricalDtype)]
    assert {"doc_id", "token", "norm", "lemma", "pos", "proclitic", "enclitic"} <= set(cats)
    pd.testing.assert_frame_equal(got.astype({c: str for c in cats}), plain.astype({c: str for c in cats}))
    # the sentence tables the workers built per part, joined, are the whole table's
    from discourse.text.segment import sentence_table

    pd.testing.assert_frame_equal(
        prep.sentences.astype({"doc_id": str}),
        sentence_table(plain, prep.documents).astype({"doc_id": str}),
    )
    assert not (tmp_path / "out" / ".sentences.parts").exists()  # nothing left behind


def test_parts_hold_equal_shares_of_the_text_and_keep_every_worker_busy():
    from discourse.run.pipeline import _batches

    # 300 documents, the first 100 three times as long as the rest: with one separator each,
    # 100 x 4 = 400 characters in the first 100 and 200 x 2 = 400 in the rest, so two parts of
    # equal text are cut at row 100
    texts = pd.Series(["xyz"] * 100 + ["x"] * 200)
    assert _batches(texts, 2000, 2) == [(0, 100), (100, 300)]
    # one worker: one part, as batch_size says
    assert _batches(texts, 2000, 1) == [(0, 300)]
    # 3 parts by batch_size, made 4 for 2 workers; every row in exactly one part, in order
    got = _batches(texts, 100, 2)
    assert len(got) == 4 and got[0][0] == 0 and got[-1][1] == 300
    assert all(a[1] == b[0] for a, b in zip(got, got[1:]))
    # fewer than 100 documents a worker: not split for the workers' sake
    assert _batches(pd.Series(["نص"] * 150), 2000, 2) == [(0, 150)]
    assert _batches(pd.Series(["نص", None, "نص"]), 1, 2) == [(0, 1), (1, 2), (2, 3)]
    assert _batches(pd.Series([], dtype=object), 10, 2) == []


def test_sentence_tables_of_parts_of_any_size_are_joined(tmp_path):
    """Parts of more and fewer than 128 documents store their ``doc_id`` dictionaries with
    indices of different widths; the joined table holds every sentence all the same."""
    from discourse.run.pipeline import _batches
    from discourse.text.segment import sentence_table

    rows = [{"id": f"s{i:03d}", "text": "نص قصير."} for i in range(130)]
    rows.append({"id": "long", "text": " ".join(["وقال الوزير إن الحوار مستمر."] * 40)})
    src = write_jsonl(tmp_path / "c.jsonl", rows)
    texts = read_corpus(src, id_field="id")["text"]
    assert [b - a for a, b in _batches(texts, 130, 1)] == [130, 1]  # as the test intends
    lem = Lemmatizer(progress=False, n_jobs=1)
    prep = prepare(src, tmp_path / "out", id_field="id", batch_size=130, lemmatizer=lem, progress=False)
    assert len(list((tmp_path / "out" / "tokens.parquet").glob("part-*"))) == 2
    plain = tokenize(read_corpus(src, id_field="id"), lemmatizer=lem, progress=False)
    pd.testing.assert_frame_equal(
        prep.sentences.astype({"doc_id": str}),
        sentence_table(plain, prep.documents).astype({"doc_id": str}),
    )
    assert prep.sentences["doc_id"].nunique() == 131


def test_a_killed_runs_sentence_parts_are_not_joined(tmp_path):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    stray = tmp_path / "out" / ".sentences.parts"
    stray.mkdir(parents=True)
    pd.DataFrame({"doc_id": ["zzz"], "sent_id": [0]}).to_parquet(stray / "part-00009.parquet")
    prep = prepare(src, tmp_path / "out", id_field="id", progress=False)
    assert set(prep.sentences["doc_id"]) == {"a", "b", "c", "d"} and not stray.exists()


def test_string_columns_are_dictionary_encoded_on_disk(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prepare(src, tmp_path / "out", id_field="id", progress=False)
    part = next((tmp_path / "out" / "tokens.parquet").glob("part-*.parquet"))
    schema = pq.read_schema(part)
    for c in ("doc_id", "token", "norm", "lemma", "pos", "proclitic", "enclitic"):
        assert pa.types.is_dictionary(schema.field(c).type), c
    assert pa.types.is_int64(schema.field("start").type)


def test_loading_reads_only_the_parts_the_manifest_lists(tmp_path):
    from discourse.run.pipeline import load_prepared

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep = prepare(src, tmp_path / "out", id_field="id", batch_size=2, progress=False)
    n = len(prep.tokens)
    stray = tmp_path / "out" / "tokens.parquet" / "part-00099.parquet"
    prep.tokens.head(5).to_parquet(stray, index=False)  # as an interrupted run would leave it
    assert len(load_prepared(tmp_path / "out").tokens) == n
