"""The token cache: documents tokenized before come from it, and the tables are exactly the ones
tokenizing them again gives (values, order, categories), whatever changed in the corpus."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from discourse.run import pipeline
from discourse.run.pipeline import prepare
from discourse.run.token_cache import TokenCache, text_key

ARTICLES = [
    {
        "id": "a",
        "text": "قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مع واشنطن مستمر.\n\nوأضاف أن الزيارة ناجحة.",
    },
    {"id": "b", "text": "وأكدت طهران أن الاتفاق النووي لن يتغير، بحسب مصادر مطلعة."},
    {"id": "c", "text": "ركزت الصحف على انسحاب القوات الأجنبية وأزمة الكهرباء في بغداد."},
    {"id": "d", "text": "وتحدث المسؤولون عن الانتخابات العامة وشراء الأصوات ومقاطعة الكتل."},
    {"id": "e", "text": ""},
    {"id": "f", "text": "أعلنت الحكومة خطة جديدة للطاقة. وقال الوزير: «سنبدأ غدا»."},
]


@pytest.fixture()
def own_cache(tmp_path, monkeypatch):
    """A token cache (and lemma cache) of this test alone, so hits are this test's doing."""
    d = tmp_path / "cache"
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(d))
    return d


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def prep(src, out, batch_size=2, **kw):
    with pytest.warns(UserWarning):  # the empty article "e" is kept, with a warning
        return prepare(src, out, id_field="id", progress=False, batch_size=batch_size, **kw)


def assert_same_tables(got, want):
    pd.testing.assert_frame_equal(got.tokens, want.tokens)  # categories and their order too
    pd.testing.assert_frame_equal(got.sentences, want.sentences)


def test_a_corpus_prepared_again_takes_every_document_from_the_cache(tmp_path, own_cache):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    plain = prep(src, tmp_path / "plain", token_cache=False)
    first = prep(src, tmp_path / "first")
    assert first.cached_documents == 0
    assert_same_tables(first, plain)
    again = prep(src, tmp_path / "again")
    assert again.cached_documents == len(ARTICLES)
    assert "6 documents' tokens from the token cache" in again.summary()
    assert_same_tables(again, plain)
    forced = prep(src, tmp_path / "first", force=True)
    assert forced.cached_documents == len(ARTICLES) and not forced.reused
    assert_same_tables(forced, plain)


def test_a_changed_corpus_tokenizes_only_the_texts_it_has_not_seen(tmp_path, own_cache):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep(src, tmp_path / "first")
    changed = [dict(r) for r in ARTICLES[::-1] if r["id"] != "c"]  # reordered, one left out
    assert [r["id"] for r in changed] == ["f", "e", "d", "b", "a"]
    changed[2]["text"] += " وتابع الوزير حديثه."  # d: new text under the same id
    changed.append({"id": "g", "text": "وصل الرئيس إلى القاهرة في زيارة رسمية."})
    src2 = write_jsonl(tmp_path / "c2.jsonl", changed)
    plain = prep(src2, tmp_path / "plain", batch_size=3, token_cache=False)
    spliced = prep(src2, tmp_path / "spliced", batch_size=3)
    # seen before: f, e (empty), b, a; new: d's new text and g
    assert spliced.cached_documents == 4
    assert_same_tables(spliced, plain)
    # the same text under another id is the same tokens, under the new id
    renamed = [dict(r, id=r["id"] + "2") for r in ARTICLES]
    src3 = write_jsonl(tmp_path / "c3.jsonl", renamed)
    got = prep(src3, tmp_path / "renamed")
    assert got.cached_documents == len(ARTICLES)
    assert_same_tables(got, prep(src3, tmp_path / "renamed-plain", token_cache=False))
    assert set(got.tokens["doc_id"]) == {"a2", "b2", "c2", "d2", "f2"}


def test_a_corpus_that_lost_a_file_links_the_parts_it_kept_whole(tmp_path, own_cache):
    texts = [r["text"] for r in ARTICLES if r["text"]]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in range(3):  # three files of four articles, one part each (batch_size=4)
        rows = [
            {"id": f"{f}-{i}", "text": f"{texts[(f + i) % len(texts)]} العدد {f * 4 + i}."} for i in range(4)
        ]
        write_jsonl(corpus / f"{f}.jsonl", rows)
    kw = dict(id_field="id", progress=False, batch_size=4)
    prepare(corpus, tmp_path / "first", **kw)
    first_parts = sorted((tmp_path / "first" / "tokens.parquet").glob("part-*.parquet"))
    assert len(first_parts) == 3
    # the parts without an article of the file that goes are kept whole, and linked
    kept = {
        p.stat().st_ino
        for p in first_parts
        if not pd.read_parquet(p, columns=["doc_id"])["doc_id"].astype(str).str.startswith("1-").any()
    }
    assert kept
    (corpus / "1.jsonl").unlink()  # the middle file goes
    got = prepare(corpus, tmp_path / "second", **kw)
    assert got.cached_documents == 8
    parts = sorted((tmp_path / "second" / "tokens.parquet").glob("part-*.parquet"))
    assert kept <= {p.stat().st_ino for p in parts}  # the same files, not rewritten
    plain = prepare(corpus, tmp_path / "plain", token_cache=False, **kw)
    assert_same_tables(got, plain)


def test_a_corpus_with_repeated_texts_prepared_again_links_every_part(tmp_path, own_cache):
    # the same text under two ids (a duplicate, kept and flagged) must not break the parts
    rows = [dict(r) for r in ARTICLES if r["text"]]
    rows += [{"id": r["id"] + "-again", "text": r["text"]} for r in rows]
    src = write_jsonl(tmp_path / "c.jsonl", rows)
    kw = dict(id_field="id", progress=False, batch_size=3)
    prepare(src, tmp_path / "first", **kw)
    first = {p.stat().st_ino for p in (tmp_path / "first" / "tokens.parquet").glob("part-*.parquet")}
    again = prepare(src, tmp_path / "again", **kw)
    assert again.cached_documents == len(rows)
    assert {p.stat().st_ino for p in (tmp_path / "again" / "tokens.parquet").glob("part-*.parquet")} == first
    # every part is found whole, so the batches are the parts whatever the texts' lengths
    from discourse.text.lemmatize import Lemmatizer

    cache = pipeline._token_cache(Lemmatizer(progress=False), {"split_clitics": False, "roots": False})
    docs = again.documents
    runs = cache.runs([text_key(t) for t in docs["text"]], docs["doc_id"].tolist())
    assert len(runs) == len(first) and all(whole for _, _, whole in runs)


def test_a_damaged_or_half_written_cache_part_is_tokenized_again(tmp_path, own_cache):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    plain = prep(src, tmp_path / "plain", token_cache=False)
    prep(src, tmp_path / "first")
    parts = sorted((own_cache / "tokens").glob("*/*.tokens.parquet"))
    assert len(parts) == 3
    # break one cached part: its documents are tokenized again, the others come from the cache
    parts[0].unlink()
    parts[0].write_bytes(b"not parquet")
    again = prep(src, tmp_path / "again", batch_size=3)
    assert 0 < again.cached_documents < len(ARTICLES)
    assert_same_tables(again, prep(src, tmp_path / "plain3", batch_size=3, token_cache=False))
    # the same parts as before: the broken one is not copied into the table
    parts = sorted((own_cache / "tokens").glob("*/*.tokens.parquet"))
    for p in parts:
        p.unlink()
        p.write_bytes(b"not parquet")
    same = prep(src, tmp_path / "same")
    assert_same_tables(same, plain)
    # a part whose index was never written (a killed run) is not used
    for index in (own_cache / "tokens").glob("*/*.index.parquet"):
        index.unlink()
    fresh = prep(src, tmp_path / "fresh")
    assert fresh.cached_documents == 0
    assert_same_tables(fresh, plain)


def test_a_prepared_part_rewritten_in_place_is_not_taken_from_the_cache(tmp_path, own_cache):
    # a prepared part and its cached copy can be one file under two names: a script that
    # rewrites the part in place (same rows, one lemma changed) must not change later tables
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    plain = prep(src, tmp_path / "plain", token_cache=False)
    first = prep(src, tmp_path / "first")
    part = sorted((tmp_path / "first" / "tokens.parquet").glob("part-*.parquet"))[0]
    edited = pd.read_parquet(part)
    edited["lemma"] = edited["lemma"].cat.rename_categories(lambda c: c + "x")
    with open(part, "r+b") as fh:  # in place: the same file, not a new one
        fh.truncate(0)
        edited.to_parquet(fh, index=False)
    again = prep(src, tmp_path / "again")
    assert again.cached_documents < len(ARTICLES)
    assert_same_tables(again, plain)
    assert first.tokens["lemma"].str.endswith("x").any()  # the rewrite did happen


def test_two_runs_at_once_share_the_cache_without_harm(tmp_path, own_cache):
    import os
    import subprocess
    import sys

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    plain = prep(src, tmp_path / "plain", token_cache=False)
    prep(src, tmp_path / "seed")  # the cache holds these parts: both runs below read them
    code = (
        "import sys, warnings; warnings.simplefilter('ignore'); from discourse.run.pipeline import prepare; "
        "p = prepare(sys.argv[1], sys.argv[2], id_field='id', progress=False, batch_size=int(sys.argv[3])); "
        "print(p.cached_documents)"
    )
    env = {**os.environ, "DISCOURSE_CACHE_DIR": str(own_cache)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(src), str(tmp_path / f"run{i}"), str(2 + i)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    outs = [r.communicate(timeout=300)[0] for r in runs]
    assert [r.returncode for r in runs] == [0, 0]
    assert [int(o.split()[-1]) for o in outs] == [len(ARTICLES)] * 2
    from discourse.run.pipeline import load_prepared

    assert_same_tables(load_prepared(tmp_path / "run0"), plain)
    assert_same_tables(
        load_prepared(tmp_path / "run1"), prep(src, tmp_path / "plain3", batch_size=3, token_cache=False)
    )


def test_a_cache_that_cannot_be_written_costs_only_its_speed(tmp_path, own_cache, monkeypatch):
    import discourse.run.token_cache as tc

    def full(src, dst):
        raise OSError(28, "No space left on device")

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    plain = prep(src, tmp_path / "plain", token_cache=False)
    monkeypatch.setattr(tc, "_link_or_copy", full)
    got = prep(src, tmp_path / "full")
    assert got.cached_documents == 0 and not list((own_cache / "tokens").glob("*/*.index.parquet"))
    assert_same_tables(got, plain)


def test_other_rules_or_options_never_share_cached_tokens(tmp_path, own_cache, monkeypatch):
    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep(src, tmp_path / "first")
    # an edited lexicon (lemma overrides, gazetteer, stopwords) is another state of the rules
    hashes = pipeline._lexicon_hashes()
    monkeypatch.setattr(pipeline, "_lexicon_hashes", lambda: {**hashes, "lemma_overrides.tsv": "edited"})
    assert prep(src, tmp_path / "edited").cached_documents == 0
    monkeypatch.undo()
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(own_cache))
    assert prep(src, tmp_path / "same").cached_documents == len(ARTICLES)
    # split clitics, roots and a lemmatizer of one's own are not cached (documented)
    split = prep(src, tmp_path / "split", split_clitics=True)
    assert split.cached_documents == 0 and "word_id" in split.tokens
    from discourse.text.lemmatize import Lemmatizer

    own = prep(src, tmp_path / "own", lemmatizer=Lemmatizer(progress=False, method="qalsadi"))
    assert own.cached_documents == 0


def test_names_yaml_is_part_of_what_a_prepared_table_depends_on():
    # given names and places are lemmas as written: an edited names.yaml or places.tsv must
    # rebuild prepared tables
    assert {"names.yaml", "places.tsv"} <= set(pipeline._lexicon_hashes())


def test_the_cache_keeps_to_its_bound_dropping_the_parts_used_longest_ago(tmp_path, own_cache):
    import os
    import time

    src = write_jsonl(tmp_path / "c.jsonl", ARTICLES)
    prep(src, tmp_path / "first")
    root = own_cache / "tokens"
    indexes = sorted(root.glob("*/*.index.parquet"))
    assert len(indexes) == 3
    old = time.time() - 3600
    os.utime(indexes[0], (old, old))
    sizes = {
        i: sum(f.stat().st_size for f in i.parent.glob(i.name.replace(".index.parquet", ".*")))
        for i in indexes
    }
    total = sum(sizes.values())
    state = next(root.iterdir())
    cache = TokenCache(root, {"unused": True}, max_bytes=total - 1)
    assert cache.trim() == sizes[indexes[0]]
    assert not indexes[0].exists() and indexes[1].exists() and indexes[2].exists()
    assert not list(state.glob(indexes[0].name.replace(".index.parquet", ".*")))
    assert TokenCache(root, {"unused": True}, max_bytes=0).trim() == total - sizes[indexes[0]]
    assert not list(root.glob("*/*.parquet"))


def test_text_keys_tell_texts_apart():
    assert text_key("قال") != text_key("قال ")
    assert text_key(None) == text_key("") == text_key(float("nan"))
    assert len(text_key("نص")) == 16


def test_a_size_bound_that_is_not_a_number_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCOURSE_TOKEN_CACHE_MB", "4GB")
    with pytest.raises(ValueError, match="DISCOURSE_TOKEN_CACHE_MB='4GB'"):
        TokenCache(tmp_path, {})
    monkeypatch.setenv("DISCOURSE_TOKEN_CACHE_MB", "0.5")
    assert TokenCache(tmp_path, {}).max_bytes == 2**19


def test_batches_follow_whole_cached_parts_and_cut_the_rest_as_usual():
    from discourse.run.pipeline import _batches, _cached_batches

    texts = pd.Series(["نص " * 50] * 20)
    usual = _batches(texts, 5, 1)
    assert usual == [(0, 5), (5, 10), (10, 15), (15, 20)]

    class Stub:  # 3-7 is a whole cached part; 8-18 a whole part too large for one batch
        def __contains__(self, key):
            return True

        def runs(self, keys, ids):
            return [(0, 3, False), (3, 7, True), (7, 8, False), (8, 18, True), (18, 20, False)]

    got = _cached_batches(texts, [b"c"] * 20, Stub(), list(range(20)), batch_size=5, workers=1)
    assert got == [(0, 3), (3, 7), (7, 10), (10, 15), (15, 20)]

    class Empty(Stub):
        def __contains__(self, key):
            return False

    assert _cached_batches(texts, [b"x"] * 20, Empty(), list(range(20)), 5, 1) == usual

    class Large(Stub):  # no part small enough: the usual cut (batch_size is kept)
        def runs(self, keys, ids):
            return [(0, 10, True), (10, 20, True)]

    assert _cached_batches(texts, [b"c"] * 20, Large(), list(range(20)), 5, 1) == usual


def test_the_prepare_command_can_leave_the_token_cache_alone(tmp_path, own_cache, capsys):
    from discourse.run.cli import main

    src = write_jsonl(tmp_path / "c.jsonl", [r for r in ARTICLES if r["text"]])
    args = ["prepare", str(src), "--id-field", "id"]
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert main([*args, "--out", str(tmp_path / "b"), "--no-token-cache"]) == 0
    assert main([*args, "--out", str(tmp_path / "c")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert ["token cache" in line for line in lines] == [False, False, True]
