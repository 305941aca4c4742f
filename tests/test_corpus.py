"""Reading articles: the shipped article, SaudiNewsNet, formats, encodings and bad input."""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile

import pandas as pd
import pytest
from helpers import IRAN, SAUDI, SEED, SHARED, needs_shared

from discourse.errors import (
    ArchiveError,
    DiscourseWarning,
    EmptyCorpusError,
    EncodingError,
    FieldError,
    FormatError,
    NoArabicWarning,
)
from discourse.io.corpus import DOCUMENT_COLUMNS, read_corpus

ARTICLE = "العراق يبحث مع واشنطن انسحاب القوات.\n\nقال الكاظمي إن الحوار مستمر."


# -- the shipped article ------------------------------------------------------------------------
def test_seed_is_the_shipped_article_byte_for_byte():
    raw = SEED.read_bytes()
    assert len(raw) == 9320
    assert hashlib.sha1(raw).hexdigest() == "2ca918600f7fce8d43d582aad208c426805379fb"
    original = SHARED / "seed" / SEED.name
    if original.exists():
        assert raw == original.read_bytes()
    assert len(list(SEED.parent.glob("*.txt"))) == 1


def test_default_article_headline_byline_and_leftovers(seed_docs):
    assert list(seed_docs.columns) == DOCUMENT_COLUMNS
    assert len(seed_docs) == 1
    d = seed_docs.iloc[0]
    assert d.title == "قبيل لقائه بـ«بايدن».. الكاظمي ينشد الآمال في الحوار الأخير"
    assert d.author == "دعاء عبدالنبي"
    assert d.removed == "ربما يعجبك أيضا"
    assert "ربما يعجبك" not in d.text and "ربما يعجبك أيضا" in d.raw_text
    assert d.text.startswith("وسط تصعيد من قبل الميليشيات الموالية لإيران في العراق")
    assert d.text.endswith("قادرة على إشعال المنطقة.")
    # the unaltered original is kept: exactly the file's text
    assert d.raw_text == SEED.read_text(encoding="utf-8")
    assert d.source_file == "data/raw/000_9f79dd596af1e7b3.txt"
    assert not d.is_duplicate and d.has_arabic


def test_default_article_paragraphs(seed_docs):
    # independent count: non-empty lines of the file, less headline, name, byline, leftover
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    text = seed_docs.iloc[0].text
    assert len(text.split("\n\n")) == len(lines) - 4 == 20


def test_a_link_run_on_after_the_last_sentence_is_removed_and_kept_for_audit(tmp_path):
    """A scraped page's link to the article run on at the end of its last line (``… الآن. رابط
    الخبر بصحيفة الوئام: <the title again>``, every alweeam article of SaudiNewsNet) is a web
    leftover: out of the analysed text (so the newspaper and the title's words are no actors,
    statements or counts of the article), into ``removed``, and the raw text keeps it; the
    words رابط الخبر inside a sentence are left alone."""
    body = "أعلن الوزير أن المشروع انطلق.\n\nوأشار إلى أن العمل مستمر حتى الآن. رابط الخبر بصحيفة الوئام: “فرنسا” تشيد بالمشروع "
    kept = "وقال المدير إن رابط الخبر واضح: نعم."
    rows = [{"id": "a", "content": body}, {"id": "b", "content": kept}]
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    docs = read_corpus(tmp_path / "c.jsonl", id_field="id", text_field="content")
    a, b = docs.iloc[0], docs.iloc[1]
    assert a.text == "أعلن الوزير أن المشروع انطلق.\n\nوأشار إلى أن العمل مستمر حتى الآن."
    assert a.removed == "رابط الخبر بصحيفة الوئام: “فرنسا” تشيد بالمشروع"
    assert "رابط الخبر بصحيفة الوئام" in a.raw_text
    assert b.text == kept and not b.removed


def test_doc_id_is_stable_and_content_based(seed_docs):
    again = read_corpus()
    assert again.doc_id.tolist() == seed_docs.doc_id.tolist()
    expected = hashlib.sha1(SEED.read_text(encoding="utf-8").encode()).hexdigest()[:16]
    assert seed_docs.doc_id[0] == expected


def test_raw_files_are_never_modified(tmp_path):
    before = SEED.read_bytes()
    from discourse.run.pipeline import prepare

    prepare(out_dir=tmp_path / "out", progress=False)
    assert SEED.read_bytes() == before


# -- formats ------------------------------------------------------------------------------------
def test_folder_csv_tsv_json_jsonl_parquet(tmp_path):
    rows = [
        {"ref": "a1", "body": ARTICLE, "headline": "عنوان", "paper": "sabq", "when": "2015-07-21"},
        {
            "ref": "a2",
            "body": "الرئيس الأمريكي جو بايدن يستقبل الكاظمي.",
            "headline": "لقاء",
            "paper": "okaz",
            "when": "2015-07-22",
        },
    ]
    df = pd.DataFrame(rows)
    df.to_csv(tmp_path / "c.csv", index=False)
    df.to_csv(tmp_path / "c.tsv", index=False, sep="\t")
    (tmp_path / "c.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )
    df.to_parquet(tmp_path / "c.parquet")
    kw = dict(text_field="body", title_field="headline", outlet_field="paper", date_field="when")
    for name in ("c.csv", "c.tsv", "c.json", "c.jsonl", "c.parquet"):
        docs = read_corpus(tmp_path / name, **kw)
        assert docs.text.tolist() == [ARTICLE, rows[1]["body"]], name
        assert docs.outlet.tolist() == ["sabq", "okaz"]
        assert docs.title.tolist() == ["عنوان", "لقاء"]
        assert docs.date.tolist() == [pd.Timestamp("2015-07-21"), pd.Timestamp("2015-07-22")]
        # where each article is in its file: the line it starts on in CSV/TSV (the header is
        # line 1; the first body runs over three lines) and JSON Lines, the record number else
        where = {"c.csv": [2, 5], "c.tsv": [2, 5], "c.jsonl": [1, 2]}.get(name, [1, 2])
        assert ARTICLE.count("\n") == 2
        assert docs.source_row.tolist() == where, name
    # a folder reads them all (5 files x 2 rows); same bodies are flagged, not dropped
    docs = read_corpus(tmp_path, text_field="body", title_field="headline")
    assert len(docs) == 10
    assert docs.is_duplicate.sum() == 8
    assert set(docs.loc[docs.is_duplicate, "duplicate_of"]) <= set(docs.loc[~docs.is_duplicate, "doc_id"])
    assert docs.doc_id.is_unique


def test_common_field_names_are_recognised(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"content": ARTICLE, "source": "sabq", "title": "t"}, ensure_ascii=False), encoding="utf-8"
    )
    docs = read_corpus(p)
    assert docs.loc[0, "text"] == ARTICLE and docs.loc[0, "outlet"] == "sabq"


def test_zip_is_read_in_memory_never_extracted(tmp_path):
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("x/one.txt", "عنوان أول\n\n" + ARTICLE)
        zf.writestr("../evil.txt", "عنوان ثان\n\nالعراق وإيران.")
        zf.writestr("rows.jsonl", json.dumps({"text": "طهران تعلن."}, ensure_ascii=False))
    before = sorted(p.name for p in tmp_path.rglob("*"))
    docs = read_corpus(z)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not (tmp_path.parent / "evil.txt").exists()
    assert len(docs) == 3
    assert docs.source_file.str.startswith(str(z) + ":").all()
    assert "عنوان أول" in docs.title.tolist()


def test_zip_member_over_the_limit_is_refused(tmp_path):
    z = tmp_path / "big.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "عنوان\n\n" + "ا" * 100_000)
    with pytest.raises(ArchiveError, match=r"big\.zip:big\.txt.*limit"):
        read_corpus(z, max_member_bytes=10_000)


def test_html_is_reduced_to_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        "<html><head><script>var x=1;</script><title>عنوان الخبر</title></head><body>"
        "<p>العراق يبحث &amp; يناقش.</p><p>اقرأ أيضا</p></body></html>",
        encoding="utf-8",
    )
    d = read_corpus(p).iloc[0]
    assert d.title == "عنوان الخبر"
    assert d.text == "العراق يبحث & يناقش."
    assert "var x" not in d.text and d.removed == "اقرأ أيضا"


@pytest.mark.parametrize(
    "encoding,prefix",
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b""), ("cp1256", b"")],
)
def test_encodings_are_detected(tmp_path, encoding, prefix):
    text = "عنوان الخبر\n\nكتب – محمد علي\n\n" + ARTICLE
    p = tmp_path / "a.txt"
    p.write_bytes(prefix + text.encode(encoding))
    d = read_corpus(p).iloc[0]
    assert d.title == "عنوان الخبر" and d.author == "محمد علي"
    assert d.text == ARTICLE


# -- bad input ----------------------------------------------------------------------------------
def test_missing_path(tmp_path):
    with pytest.raises(Exception, match="no such file or folder"):
        read_corpus(tmp_path / "nope.txt")


def test_empty_file_and_empty_corpus(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(DiscourseWarning, match="empty.txt: empty file"):
        with pytest.raises(EmptyCorpusError, match="no article found"):
            read_corpus(tmp_path)
    (tmp_path / "sub").mkdir()
    with pytest.raises(EmptyCorpusError):
        read_corpus(tmp_path / "sub")
    e = tmp_path / "e.jsonl"
    e.write_text("\n\n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match="e.jsonl"):
        read_corpus(e)


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(FormatError, match="photo.txt: looks like a binary file"):
        read_corpus(p)


def test_unknown_encoding_is_refused(tmp_path):
    import random

    p = tmp_path / "noise.txt"  # high bytes that read as no language in any encoding
    p.write_bytes(bytes(random.Random(0).randrange(128, 256) for _ in range(2000)))
    with pytest.raises(EncodingError, match="noise.txt: not UTF-8, UTF-16, UTF-32 or Windows-1256"):
        read_corpus(p)
    # an encoding beyond the rules is detected (here Shift JIS) and recorded
    jp = tmp_path / "jp.txt"
    jp.write_bytes(("日本語のニュース記事です。" * 20).encode("shift_jis"))
    with pytest.warns(NoArabicWarning):
        doc = read_corpus(jp, headline=False).iloc[0]
    assert doc["text"].startswith("日本語") and doc["encoding"] in ("cp932", "shift_jis")


def test_malformed_json_lines(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "العراق"}\n{"text": "واشنطن"\n{"text": "طهران"}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad.jsonl: line 2 is not valid JSON"):
        read_corpus(p)
    with pytest.warns(DiscourseWarning, match="line 2"):
        docs = read_corpus(p, on_error="warn")
    assert docs.text.tolist() == ["العراق", "طهران"]


def test_malformed_json_array(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('[{"text": "العراق"}, {"text": ]', encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad.json: malformed JSON at line 1"):
        read_corpus(p)


def test_csv_without_the_named_text_column(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("headline,content\nعنوان,نص\n", encoding="utf-8")
    with pytest.raises(
        FieldError,
        match=r"t.csv: no column 'body' for the text field; the columns "
        r"are \['headline', 'content'\]",
    ):
        read_corpus(p, text_field="body")
    p2 = tmp_path / "u.csv"
    p2.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(FieldError, match="u.csv: no text column found"):
        read_corpus(p2)


def test_document_without_arabic_is_kept_and_flagged(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"text": "العراق"}\n{"text": "Only English here."}\n', encoding="utf-8")
    with pytest.warns(NoArabicWarning, match=r"d.jsonl line 2"):
        docs = read_corpus(p)
    assert docs.has_arabic.tolist() == [True, False]


def test_repeated_ids_are_refused(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id": 1, "text": "العراق"}\n{"id": 1, "text": "إيران"}\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"d.jsonl line 2: '1'"):
        read_corpus(p, id_field="id")  # named by the user: refused (a guessed one falls back)


def test_unknown_file_type(tmp_path):
    p = tmp_path / "a.odt"
    p.write_bytes(b"PK")
    with pytest.raises(FormatError, match=r"a.odt: unknown file type"):
        read_corpus(p)
    with pytest.warns(DiscourseWarning, match="a.odt: skipped"):
        with pytest.raises(EmptyCorpusError):
            read_corpus(tmp_path)
    bad = tmp_path / "b.docx"  # a known type that is damaged: one error naming it
    bad.write_bytes(b"PK")
    with pytest.raises(FormatError, match=r"b.docx: not a readable Word"):
        read_corpus(bad)


# -- SaudiNewsNet, as its publishers ship it ----------------------------------------------------
@needs_shared
def test_saudinewsnet_zip_with_field_mapping():
    z = SAUDI / "2015-07-21.zip"
    with zipfile.ZipFile(z) as zf:
        (name,) = zf.namelist()
        articles = json.loads(zf.read(name))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DiscourseWarning)
        docs = read_corpus(
            z,
            text_field="content",
            outlet_field="source",
            title_field="title",
            author_field="author",
            url_field="url",
        )
    assert len(docs) == len(articles)
    assert docs.outlet.tolist() == [a["source"] for a in articles]
    assert docs.url.tolist() == [a["url"] for a in articles]
    assert docs.raw_text.tolist() == [a["content"] for a in articles]
    empty = sum(1 for a in articles if not a["content"].strip())
    # empty in the source, or nothing but a web leftover (a "رابط الخبر" line), kept in removed
    leftover_only = (docs.n_chars == 0) & (docs.raw_text.str.strip() != "")
    assert (docs.n_chars == 0).sum() == empty + leftover_only.sum()
    assert (docs.loc[leftover_only, "removed"].str.len() > 0).all() and leftover_only.sum() < 50
    bodies = [" ".join(a["content"].split()) for a in articles if a["content"].strip()]
    assert docs.is_duplicate.sum() >= len(bodies) - len(set(bodies)) - 5  # NFKC may merge a few


@needs_shared
def test_iran_deal_jsonl_ids():
    docs = read_corpus(IRAN, id_field="id", outlet_field="source")
    n = sum(1 for line in IRAN.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(docs) == n == 592
    assert docs.outlet.nunique() == 12


def test_reading_files_in_worker_processes_gives_the_same_table_and_warnings(tmp_path):
    for i in range(4):
        rows = [
            {"id": f"{i}-{j}", "text": f"خبر رقم {j} من الملف {i}.", "source": f"s{i % 2}"} for j in range(3)
        ]
        (tmp_path / f"{i}.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
        )
    (tmp_path / "3.jsonl").write_text('{"id": "bad", "text": \n', encoding="utf-8")  # a broken line
    with pytest.raises(ValueError, match="3.jsonl"):
        read_corpus(tmp_path, n_jobs=2)
    (tmp_path / "2b-empty.jsonl").write_bytes(b"")
    (tmp_path / "3.jsonl").write_text(
        '{"id": "x", "text": "نص أخير."}\n{"id": "bad", "text": \n', encoding="utf-8"
    )
    tables = {}
    for n_jobs in (1, 2):
        with pytest.warns(DiscourseWarning) as caught:
            tables[n_jobs] = read_corpus(tmp_path, id_field="id", on_error="warn", n_jobs=n_jobs)
        tables[n_jobs, "warnings"] = sorted(str(w.message) for w in caught)
    pd.testing.assert_frame_equal(tables[1], tables[2])
    assert tables[1, "warnings"] == tables[2, "warnings"]
    assert any("empty file" in m for m in tables[2, "warnings"])
    assert any("3.jsonl" in m for m in tables[2, "warnings"])
    assert list(tables[2]["doc_id"][:3]) == ["0-0", "0-1", "0-2"]
