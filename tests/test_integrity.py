"""Nothing lost, nothing stale, nothing leaked: preparing and reading under bad input and faults.

Each test builds its bad input and asserts what the kit does with it (issue #13).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import warnings
import zipfile

import pandas as pd
import pytest

import discourse as dc
from discourse.errors import (
    ArchiveError,
    CorpusError,
    DiscourseWarning,
    EncodingError,
    FieldError,
    FormatError,
    LexiconError,
)
from discourse.io.corpus import read_corpus
from discourse.run import pipeline

A = "العراق والولايات المتحدة توقعان اتفاقا جديدا للتعاون في بغداد."
B = "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين."
C = "البرلمان يناقش قانون الموازنة العامة في جلسة طارئة مساء الأحد."


def _corpus(tmp_path, **files):
    d = tmp_path / "corpus"
    d.mkdir(exist_ok=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def _words(prep, doc_id=None):
    t = prep.tokens
    if doc_id is not None:
        t = t[t["doc_id"] == doc_id]
    return set(t["token"].astype(str))


# -- prepare: stale or lost results -----------------------------------------------------------
def test_an_edited_article_with_the_same_id_gets_new_tokens(tmp_path):
    rows = [{"id": "a", "text": A}, {"id": "b", "text": B}]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    dc.prepare(src, out, progress=False)
    rows[0]["text"] = C  # same id, new text
    rows.append({"id": "c", "text": A})
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with pytest.warns(DiscourseWarning, match="1 earlier document.*new text.*'a'.*rebuilt"):
        prep = dc.prepare(src, out, progress=False)
    assert "البرلمان" in _words(prep, "a") and "العراق" not in _words(prep, "a")
    # offsets slice the new text
    docs = prep.documents.set_index("doc_id")
    t = prep.tokens[prep.tokens["doc_id"] == "a"]
    assert all(docs.at["a", "text"][s:e] == tok for s, e, tok in zip(t["start"], t["end"], t["token"]))
    assert len(prep.tokens) == len(dc.prepare(src, tmp_path / "fresh", progress=False).tokens)


def test_a_file_changed_with_the_same_size_and_time_is_noticed(tmp_path):
    d = _corpus(tmp_path, **{"a.txt": "الرئيس يزور بغداد اليوم."})
    f = d / "a.txt"
    st = f.stat()
    dc.prepare(d, tmp_path / "out", progress=False)
    f.write_text(
        "الرئيس يزور عمّان اليوم.".replace("عمّان", "بيروت")[: len("الرئيس يزور بغداد اليوم.")],
        encoding="utf-8",
    )
    assert f.stat().st_size == st.st_size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    prep = dc.prepare(d, tmp_path / "out", progress=False)
    assert not prep.reused and "بيروت" in _words(prep)


def test_a_crash_before_the_manifest_is_written_is_recovered(tmp_path, monkeypatch):
    d = _corpus(tmp_path, **{"a.txt": A})
    out = tmp_path / "out"
    dc.prepare(d, out, progress=False)
    (d / "b.txt").write_text(B, encoding="utf-8")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # killed after documents.parquet, before the manifest

    monkeypatch.setattr(pipeline, "write_manifest", crash)
    with pytest.raises(KeyboardInterrupt):
        dc.prepare(d, out, progress=False)
    monkeypatch.undo()
    assert len(pd.read_parquet(out / "documents.parquet")) == 2  # the new table was written
    prep = dc.prepare(d, out, progress=False)
    assert not prep.reused
    assert prep.tokens["doc_id"].nunique() == 2 and "القاهرة" in _words(prep)


def test_two_prepares_into_one_folder_at_once_do_not_double_the_tokens(tmp_path):
    d = _corpus(tmp_path, **{f"{i}.txt": (A, B, C)[i % 3] + f" رقم {i}." for i in range(6)})
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "discourse", "prepare", str(d), "--out", str(out)]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    single = dc.prepare(d, tmp_path / "single", progress=False)
    prep = dc.load_prepared(out)
    assert len(prep.tokens) == len(single.tokens)
    assert not prep.tokens.duplicated(["doc_id", "tok_id"]).any()


def test_an_output_folder_inside_the_corpus_folder_is_not_read(tmp_path):
    d = _corpus(tmp_path, **{"a.txt": A})
    first = dc.prepare(d, d / "prepared", progress=False)
    second = dc.prepare(d, d / "prepared", progress=False)
    assert len(first.documents) == len(second.documents) == 1
    assert second.reused
    # another run's output inside it is skipped too, with a word
    with pytest.warns(DiscourseWarning, match="prepared tables"):
        third = dc.prepare(d, tmp_path / "elsewhere", progress=False)
    assert len(third.documents) == 1


def test_a_missing_token_part_is_one_error_saying_how_to_rebuild(tmp_path):
    d = _corpus(tmp_path, **{"a.txt": A})
    prep = dc.prepare(d, tmp_path / "out", progress=False)
    for p in (tmp_path / "out" / "tokens.parquet").glob("part-*.parquet"):
        p.unlink()
    with pytest.raises(CorpusError, match="incomplete.*--force"):
        dc.read_token_table(prep.out_dir)


# -- reading ----------------------------------------------------------------------------------
def test_a_file_mixing_utf8_and_windows_1256_names_the_line(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes((A + "\n\n").encode("utf-8") + (B + "\n").encode("cp1256"))
    with pytest.raises(EncodingError, match=r"mixed.txt: mixes encodings: line 1 is UTF-8 but line 3"):
        read_corpus(f)
    # each part alone is read
    f.write_bytes((B + "\n").encode("cp1256"))
    assert read_corpus(f)["text"].iloc[0] == B


def test_utf32_is_read_and_nul_is_refused_or_removed(tmp_path):
    for enc in ("utf-32", "utf-32-le", "utf-32-be"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(A.encode(enc))
        assert read_corpus(f, headline=False)["text"].iloc[0] == A, enc
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"\x00" * 4096)
    with pytest.raises(FormatError, match="nul.txt: holds only NUL bytes"):
        read_corpus(nul)
    # NUL inside a text table field: kept in raw_text, never a token
    j = tmp_path / "n.jsonl"
    j.write_text(json.dumps({"text": "العراق\u0000 يفاوض\u0000"}, ensure_ascii=False), encoding="utf-8")
    docs = read_corpus(j)
    assert "\x00" in docs["raw_text"].iloc[0] and "\x00" not in docs["text"].iloc[0]
    toks = dc.tokenize(docs, progress=False)
    assert not toks["token"].astype(str).str.contains("\x00").any()


def test_json_lines_take_field_names_from_every_record(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"text": A},
                {"text": B, "date": "2021-07-26", "author": ["أحمد", "سارة"]},
                {"text": ["فقرة أولى.", "فقرة ثانية."], "date": "2021-07-27"},
            ]
        ),
        encoding="utf-8",
    )
    docs = read_corpus(f)
    assert docs["date"].notna().tolist() == [False, True, True]
    assert docs["author"].tolist()[1] == "أحمد; سارة"
    assert docs["text"].iloc[2] == "فقرة أولى.\n\nفقرة ثانية."
    # nested objects are read as dotted fields: {"text": {"body": …}} has the field text.body
    f.write_text(json.dumps({"text": {"body": A, "lang": "ar"}}, ensure_ascii=False), encoding="utf-8")
    assert read_corpus(f)["text"].tolist() == [A]
    with pytest.raises(
        FieldError,
        match=r"d.jsonl: no column 'text' for the text field; the columns are \['text.body', 'text.lang'\]",
    ):
        read_corpus(f, text_field="text")
    f.write_text(json.dumps({"text": {}}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FormatError, match=r"d.jsonl: line 1: the text field is an object"):
        read_corpus(f)


def test_a_stray_quote_in_a_csv_is_reported_with_its_line(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(f'title,text\nأول,"{A}\nثان,{B}\nثالث,{C}\n', encoding="utf-8")
    with pytest.warns(
        DiscourseWarning, match=r"c.csv: line 2: the field 'text' runs over 3 lines.*stray quote"
    ):
        docs = read_corpus(f)
    assert len(docs) == 1  # nothing dropped: the text is kept


def test_a_semicolon_csv_says_so_and_reads_with_delimiter(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(f"title;text\nأول;{A}\nثان;{B}\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"look separated by ';'.*--delimiter"):
        read_corpus(f)
    assert read_corpus(f, delimiter=";")["text"].tolist() == [A, B]
    bad = tmp_path / "b.csv"
    bad.write_text(f"title,text\nأول,{A}\nثان,{B},زائد\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"b.csv: line 3 has 3 fields, the header 2"):
        read_corpus(bad)


def test_deeply_nested_json_is_one_error(tmp_path):
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(FormatError, match="deep.json: JSON nested too deeply"):
        read_corpus(f)
    g = tmp_path / "deep.jsonl"
    g.write_text(
        json.dumps({"text": A}, ensure_ascii=False) + "\n" + "[" * 100_000 + "]" * 100_000, encoding="utf-8"
    )
    with pytest.raises(FormatError, match="deep.jsonl: line 2: JSON nested too deeply"):
        read_corpus(g)


# -- zip archives -----------------------------------------------------------------------------
def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bombs_are_refused_by_ratio_and_total(tmp_path):
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(_zip({f"{i}.txt": b"a" * (2 << 20) for i in range(5)}))
    assert bomb.stat().st_size < 60_000
    with pytest.raises(ArchiveError, match=r"bomb.zip:0.txt: expands more than 100-fold"):
        read_corpus(bomb)
    ok = tmp_path / "ok.zip"
    ok.write_bytes(_zip({f"{i}.txt": f"{A} {i}".encode() for i in range(10)}))
    assert len(read_corpus(ok)) == 10
    with pytest.raises(ArchiveError, match="archive's total limit of 500 bytes"):
        read_corpus(ok, max_archive_bytes=500)


def _patch_member(
    data: bytes, *, flag: int | None = None, method: int | None = None, corrupt: bool = False
) -> bytes:
    """A one-member zip with its local and central headers edited."""
    b = bytearray(data)
    local = b.find(b"PK\x03\x04")
    central = b.find(b"PK\x01\x02")
    if flag is not None:
        b[local + 6] |= flag
        b[central + 8] |= flag
    if method is not None:
        b[local + 8 : local + 10] = method.to_bytes(2, "little")
        b[central + 10 : central + 12] = method.to_bytes(2, "little")
    if corrupt:
        name_len = int.from_bytes(b[local + 26 : local + 28], "little")
        start = local + 30 + name_len
        for i in range(start, start + 20):
            b[i] ^= 0x5A
    return bytes(b)


@pytest.mark.parametrize(
    "kind, match",
    [
        ("encrypted", "a.zip:a.txt: cannot be read.*encrypted"),
        ("deflate64", "a.zip:a.txt: compressed with a method Python cannot read"),
        ("corrupt", "a.zip:a.txt: damaged inside the archive"),
    ],
)
def test_an_unreadable_zip_member_is_one_error_naming_archive_and_member(tmp_path, kind, match):
    data = _zip({"a.txt": (A * 30).encode()})
    patched = {
        "encrypted": lambda: _patch_member(data, flag=0x1),
        "deflate64": lambda: _patch_member(data, method=9),
        "corrupt": lambda: _patch_member(data, corrupt=True),
    }[kind]()
    f = tmp_path / "a.zip"
    f.write_bytes(patched)
    with pytest.raises(ArchiveError, match=match):
        read_corpus(f)
    r = subprocess.run(
        [sys.executable, "-m", "discourse", "prepare", str(f), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith("discourse: error:") and "a.txt" in r.stderr


# -- user-edited files ------------------------------------------------------------------------
def test_a_lexicon_with_an_empty_cues_list_is_one_error(tmp_path):
    f = tmp_path / "frames.yaml"
    f.write_text("frames:\n  - id: economy\n    label: Economy\n    cues:\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"frames.yaml: the 'cues:' of frame 'economy' is empty"):
        dc.load_frames(f)
    s = tmp_path / "stance.yaml"
    s.write_text("hedging:\npositive: [دعم]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"stance.yaml: the 'hedging:' list is empty"):
        dc.load_stance(s)


def test_overrides_and_word_lists_in_another_encoding_name_file_and_encoding(tmp_path):
    from discourse.text.lemmatize import load_overrides

    ov = tmp_path / "ov.tsv"
    ov.write_bytes(b"form\tlemma\n" + "طهران\tطهران\n".encode("cp1256"))
    with pytest.raises(
        LexiconError, match=r"ov.tsv: this overrides file must be UTF-8, but line 2.*Windows-1256"
    ):
        load_overrides(ov)
    sw = tmp_path / "sw.txt"
    sw.write_bytes("كلمة\n".encode("utf-16"))
    with pytest.raises(LexiconError, match=r"sw.txt: this word list must be UTF-8.*UTF-16"):
        dc.stopword_set(sw)
    lex = tmp_path / "frames.yaml"
    lex.write_bytes("frames: []\n# تعليق\n".encode("cp1256"))
    with pytest.raises(LexiconError, match=r"frames.yaml: this lexicon must be UTF-8"):
        dc.load_frames(lex)


def test_an_edited_stopword_list_is_applied_at_once(tmp_path, monkeypatch):
    from discourse import config

    lex = tmp_path / "lexicons"
    lex.mkdir()
    monkeypatch.setattr(config, "LEXICON_DIR", lex)
    f = lex / "stopwords_extra.txt"
    f.write_text("زيدون\n", encoding="utf-8")
    assert "زيدون" in dc.stopword_set(include_package=False)
    f.write_text("عمرون\nبكرون\n", encoding="utf-8")
    words = dc.stopword_set(include_package=False)
    assert "عمرون" in words and "زيدون" not in words


def test_invalid_parameters_are_refused_before_any_notebook_runs(tmp_path):
    from discourse.run.runner import run_notebooks

    out = tmp_path / "o"
    with pytest.raises(ValueError, match=r"-p top_n: 'abc' is not a number"):
        run_notebooks(out=out, parameters={"top_n": "abc"})
    with pytest.raises(ValueError, match=r"-p nodes: .* is not valid JSON"):
        run_notebooks(out=out, parameters={"nodes": '["انسحاب",'})
    assert not out.exists()
    r = subprocess.run(
        [sys.executable, "-m", "discourse", "run", "--out", str(out), "-p", "min_precision", "high"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and "-p min_precision: 'high' is not a number" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()


# -- the lemma cache --------------------------------------------------------------------------
def test_the_lemma_cache_is_per_user_and_written_as_it_grows(tmp_path, monkeypatch):
    import platformdirs

    from discourse import config
    from discourse.text import lemmatize

    monkeypatch.delenv("DISCOURSE_CACHE_DIR")
    assert config.cache_dir() == platformdirs.user_cache_path("discourse", appauthor=False)
    assert not config.cache_dir().is_relative_to(config.PROJ_ROOT)
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setattr(lemmatize, "_SAVE_EVERY", 3)
    lem = lemmatize.Lemmatizer(progress=False, n_jobs=1, overrides=None, names=False, table=False)
    real = lem._analyze
    done = []

    def analyze(form):
        if len(done) == 7:
            raise KeyboardInterrupt  # interrupted in the middle of a cold run
        done.append(form)
        return real(form)

    monkeypatch.setattr(lem, "_analyze", analyze)
    forms = ["كتاب", "مدرسة", "وزير", "حكومة", "اتفاق", "انسحاب", "قوات", "حوار", "بغداد"]
    with pytest.raises(KeyboardInterrupt):
        lem.analyze_forms(forms)
    fresh = lemmatize.Lemmatizer(progress=False, n_jobs=1, overrides=None, names=False, table=False)
    kept = fresh._cache.get_many(forms)
    assert len(kept) == 6  # two batches of three were written before the stop


def test_an_unreadable_file_is_one_error_naming_it(tmp_path, monkeypatch):
    from pathlib import Path

    d = _corpus(tmp_path, **{"a.txt": A, "b.txt": B})
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(CorpusError, match=r"b.txt: cannot be read \(Permission denied\)"):
        read_corpus(d)


def test_stopwords_are_normalized_as_the_tokens_are():
    from discourse.text.tokenize import tokenize

    docs = pd.DataFrame({"doc_id": ["d"], "text": ["قال إنه سيزور العراق إلى جانب وزير الخارجية."]})
    # the default steps fold hamza on alef; steps without that fold keep إلى as written, and the
    # stopwords must be kept as written too, or إلى would stop being a stopword
    for steps in (None, ("nfkc", "diacritics", "tatweel")):
        kw = {} if steps is None else {"norm_steps": steps}
        toks = tokenize(docs, progress=False, **kw).set_index("token")
        assert toks.loc["إلى", "is_stop"], steps
        assert not toks.loc["العراق", "is_stop"], steps


def test_a_long_text_field_with_commas_is_not_taken_for_a_stray_quote(tmp_path):
    body = "\n\n".join(
        [
            "قال الوزير, في بيان, إن المحادثات مستمرة.",
            "وأضاف أن الوفد سيعود غدا.",
            "Reuters, Washington: talks go on.",
            "وتابع أن الاتفاق قريب.",
        ]
    )
    f = tmp_path / "c.csv"
    pd.DataFrame({"title": ["أول", "ثان"], "text": [body, A]}).to_csv(f, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DiscourseWarning)
        docs = read_corpus(f)
    assert docs["text"].tolist() == [body, A]


def test_a_guessed_id_column_with_repeats_falls_back_to_hashes_a_named_one_is_an_error(tmp_path):
    # two exports numbered from 1 each: the column "id" was not named by the user
    (tmp_path / "a.csv").write_text(f"id,text\n1,{A}\n2,{B}\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"id,text\n1,{C}\n", encoding="utf-8")
    with pytest.warns(
        DiscourseWarning, match=r"The column 'id', taken as the id field by its name, has repeated"
    ):
        docs = read_corpus(tmp_path)
    assert len(docs) == 3 and docs["doc_id"].str.fullmatch(r"[0-9a-f]{16}").all()
    with pytest.raises(CorpusError, match=r"The id field has repeated values"):
        read_corpus(tmp_path, id_field="id")
    assert read_corpus(tmp_path / "a.csv")["doc_id"].tolist() == ["1", "2"]  # unique: kept
