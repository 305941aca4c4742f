"""Word, RTF, PDF and web pages; unknown encodings detected and recorded (issue #17)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from discourse.errors import DiscourseWarning, FormatError
from discourse.io.corpus import read_corpus
from discourse.io.documents import split_documents

A = "التقى رئيس الوزراء العراقي الرئيس الأمريكي في البيت الأبيض."
B = "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين."


def _rtf(*paragraphs: str) -> str:
    esc = lambda t: "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in t)  # noqa: E731
    return r"{\rtf1\ansi\deff0 {\fonttbl{\f0 Arial;}}\f0 " + r"\par ".join(map(esc, paragraphs)) + "}"


def test_a_word_export_of_several_articles_is_split_on_the_database_separator(tmp_path):
    import docx

    d = docx.Document()
    for p in ["الكاظمي يلتقي بايدن", A, "End of Document", "عنوان ثان", B, "End of Document"]:
        d.add_paragraph(p)
    d.save(tmp_path / "nexis.docx")
    docs = read_corpus(tmp_path / "nexis.docx")
    assert docs["text"].tolist() == [A, B]
    assert docs["title"].tolist() == ["الكاظمي يلتقي بايدن", "عنوان ثان"]
    assert docs["source_row"].tolist() == [1, 2]


def test_factiva_separators_and_a_single_article():
    text = f"{A}\n\nDocument WSJO000020210726eh7q0005u\n\n{B}\n\nDocument AFPAR00020210727eh7r000gx\n"
    assert split_documents(text) == [A, B]
    assert split_documents(A) == [A]


def test_rtf_with_unicode_escapes(tmp_path):
    (tmp_path / "a.rtf").write_text(_rtf(A, B), encoding="ascii")
    docs = read_corpus(tmp_path / "a.rtf", headline=False)
    assert docs["text"].iloc[0] == f"{A}\n\n{B}"
    (tmp_path / "b.rtf").write_text("not rtf at all", encoding="ascii")
    with pytest.raises(FormatError, match="b.rtf: not an RTF file"):
        read_corpus(tmp_path / "b.rtf")


def test_pdf_text_layer_and_a_scan_without_one(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure()
    fig.text(0.1, 0.5, "Reuters: Iraq and the United States agree on a withdrawal.")
    fig.savefig(tmp_path / "r.pdf")
    fig = plt.figure()
    plt.imshow(np.arange(25).reshape(5, 5))
    plt.axis("off")
    fig.savefig(tmp_path / "scan.pdf")
    plt.close("all")
    with pytest.warns(DiscourseWarning, match="scan.pdf: no text in it .*run OCR"):
        docs = read_corpus(tmp_path, headline=False)
    assert docs["text"].tolist() == ["Reuters: Iraq and the United States agree on a withdrawal."]


def test_a_damaged_pdf_in_a_folder_is_named_with_what_to_do(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "0.txt").write_text("قال الوزير إن الاتفاق جيد.", encoding="utf-8")
    (tmp_path / "a" / "readme.pdf").write_bytes(b"%PDF-1.4 junk")
    with pytest.raises(FormatError, match=r"readme\.pdf: not a readable PDF .*move it out of the corpus"):
        read_corpus(tmp_path)


def test_a_damaged_parquet_file_is_named_with_what_to_do(tmp_path):
    (tmp_path / "arts.parquet").write_bytes(b"PAR1 not a parquet file")
    with pytest.raises(
        FormatError, match=r"arts\.parquet: not a readable Parquet file .*move it out of the corpus"
    ):
        read_corpus(tmp_path / "arts.parquet")


def test_a_web_page_gives_its_article_and_metadata_not_its_menus(tmp_path):
    page = f"""<html><head><title>الكاظمي | الغد</title>
    <meta name="author" content="أحمد علي">
    <meta property="article:published_time" content="2021-07-26T10:00:00Z">
    <meta property="og:site_name" content="صحيفة الغد"></head>
    <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/x">اقتصاد</a></nav>
    <article><h1>الكاظمي يلتقي بايدن في واشنطن</h1><p>{A}</p><p>{B}</p></article>
    <footer>جميع الحقوق محفوظة لصحيفة الغد</footer></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    doc = read_corpus(tmp_path / "p.html").iloc[0]
    assert doc["text"] == f"{A}\n\n{B}"
    assert doc["title"] == "الكاظمي يلتقي بايدن في واشنطن"
    assert (doc["author"], doc["outlet"]) == ("أحمد علي", "صحيفة الغد")
    assert str(doc["date"].date()) == "2021-07-26"
    assert "الرئيسية" not in doc["text"] and "الحقوق" not in doc["text"]
    assert doc["raw_text"] == page  # the page itself is kept, unaltered


def test_unknown_encodings_are_detected_and_recorded(tmp_path):
    text = "العراق يفاوض واشنطن حول انسحاب القوات الأمريكية من البلاد هذا العام."
    (tmp_path / "iso.txt").write_bytes(text.encode("iso-8859-6"))
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "win.txt").write_bytes(text.encode("cp1256"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = read_corpus(tmp_path, headline=False).set_index("source_file")
    docs.index = [i.rsplit("/", 1)[-1] for i in docs.index]
    assert (docs["text"] == text).all()
    assert docs.loc["utf8.txt", "encoding"] == "utf-8" and docs.loc["utf8.txt", "encoding_confidence"] == 1.0
    assert docs.loc["win.txt", "encoding"] == "cp1256"
    assert docs.loc["iso.txt", "encoding"].replace("_", "-").startswith("iso8859-6")
    assert 0.1 <= docs.loc["iso.txt", "encoding_confidence"] <= 1.0


def test_the_concordance_browser_is_interactive_right_to_left_and_opens_the_article(seed_docs, seed_tokens):
    import discourse as dc

    lines = dc.kwic(seed_tokens, seed_docs, "انسحاب", by="lemma", window=4)
    assert len(lines)
    html = dc.kwic_browser(lines).data
    assert 'dir="rtl"' in html and "itables" in html.lower()
    for col in ("L1", "node", "R1", "doc_id"):
        assert f">{col}<" in html  # a sortable column of its own
    first = lines.iloc[0]
    page = dc.show_document(seed_docs, first["doc_id"], int(first["start"]), int(first["end"])).data
    assert f"<mark>{first['node']}</mark>" in page and 'dir="rtl"' in page
    big = dc.browse(pd.DataFrame({"n": range(30)}), max_rows=10).data
    assert "The first 10 of 30 rows" in big


def test_an_excel_workbook_is_read_sheet_by_sheet_with_excel_row_numbers(tmp_path):
    path = tmp_path / "news.xlsx"
    with pd.ExcelWriter(path) as xw:
        pd.DataFrame(
            {
                "النص": [A, None, B],
                "التاريخ": [pd.Timestamp("2016-04-13"), None, "05/03/2016"],
                "رقم": [7, 8, 9],
            }
        ).to_excel(xw, sheet_name="2016", index=False)
        pd.DataFrame({"النص": [B + " " + A], "التاريخ": ["13/04/2016"], "رقم": [10]}).to_excel(
            xw, sheet_name="2017", index=False
        )
        pd.DataFrame({"ملاحظات": ["ليست مقالات"]}).to_excel(xw, sheet_name="notes", index=False)
    with pytest.warns(DiscourseWarning) as record:
        docs = read_corpus(path, text_field="النص", date_field="التاريخ", id_field="رقم")
    messages = " ".join(str(w.message) for w in record)
    assert "news.xlsx:notes" in messages and "skipped" in messages  # not silently dropped
    # every row of the two sheets, the empty one kept (and warned about), ids as written
    assert docs["doc_id"].tolist() == ["7", "8", "9", "10"]
    assert docs["source_file"].str.endswith(("news.xlsx:2016", "news.xlsx:2017")).all()
    assert docs["source_row"].tolist() == [2, 3, 4, 2]  # the rows Excel shows (header in row 1)
    assert docs["n_chars"].tolist()[1] == 0
    # a date cell and a numeric date read day first, as the other value of that sheet shows
    assert docs["date"].tolist()[0] == pd.Timestamp("2016-04-13")
    assert docs["date"].tolist()[2] == pd.Timestamp("2016-03-05")


def test_a_damaged_workbook_is_an_error_naming_it(tmp_path):
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(FormatError, match=r"bad\.xlsx: not a readable Excel workbook"):
        read_corpus(tmp_path / "bad.xlsx")


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_a_compressed_table_is_read_by_its_inner_type(tmp_path, suffix):
    import bz2
    import gzip
    import json
    import lzma

    compress = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}[suffix]
    lines = "\n".join(json.dumps({"text": t, "source": "صحيفة"}, ensure_ascii=False) for t in (A, B))
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(compress(lines.encode("utf-8")))
    docs = read_corpus(tmp_path)  # a folder: the compressed file is not skipped
    assert docs["text"].tolist() == [A, B]
    assert docs["outlet"].tolist() == ["صحيفة", "صحيفة"]
    assert docs["source_row"].tolist() == [1, 2]  # the JSON Lines' line numbers


def test_a_damaged_or_nested_compressed_file_is_an_error_naming_it(tmp_path):
    from discourse.errors import ArchiveError

    (tmp_path / "bad.csv.gz").write_bytes(b"not gzip at all")
    with pytest.raises(ArchiveError, match=r"bad\.csv\.gz: not a readable gzip file"):
        read_corpus(tmp_path / "bad.csv.gz")
    import gzip

    (tmp_path / "x.tar.gz").write_bytes(gzip.compress(b"tar bytes"))
    with pytest.raises(FormatError, match=r"x\.tar\.gz: a compressed '\.tar'.*Decompress it first"):
        read_corpus(tmp_path / "x.tar.gz")


def test_a_zip_inside_a_zip_is_named_with_what_to_do(tmp_path):
    """The kit opens one level of archive: a zip inside it is skipped with a warning that says
    so and what to do, not as "a format the kit reads" it does not."""
    import io
    import zipfile

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("a.txt", "نص عربي قصير عن الاقتصاد.")
    with zipfile.ZipFile(tmp_path / "outer.zip", "w") as z:
        z.writestr("inner.zip", inner.getvalue())
        z.writestr("b.txt", "نص عربي آخر عن الطقس.")
    with pytest.warns(
        DiscourseWarning, match=r"outer\.zip:inner\.zip: skipped, an archive inside the archive.*Unzip"
    ):
        docs = read_corpus(tmp_path / "outer.zip")
    assert len(docs) == 1


def test_common_column_names_are_recognised_in_arabic_and_in_nested_json(tmp_path):
    # an Arabic header with the article (النص, التاريخ, المصدر), spacing and hyphens folded
    pd.DataFrame({"النص": [A], "تاريخ النشر": ["2015-07-21"], "الصحيفة": ["الرياض"], "ملاحظة": ["x"]}).to_csv(
        tmp_path / "a.csv", index=False
    )
    docs = read_corpus(tmp_path / "a.csv")
    assert docs[["text", "outlet"]].values.tolist() == [[A, "الرياض"]]
    assert docs["date"].tolist() == [pd.Timestamp("2015-07-21")]
    pd.DataFrame({"Article Text": [A], "Pub-Date": ["2015-07-22"]}).to_csv(tmp_path / "b.csv", index=False)
    docs = read_corpus(tmp_path / "b.csv")
    assert docs["text"].tolist() == [A] and docs["date"].tolist() == [pd.Timestamp("2015-07-22")]
    # a spreadsheet's "Body Text" beside "Headline" and "Outlet"
    pd.DataFrame({"Headline": ["عنوان"], "Body Text": [A], "Outlet": ["عكاظ"]}).to_excel(
        tmp_path / "c.xlsx", index=False
    )
    docs = read_corpus(tmp_path / "c.xlsx")
    assert docs[["title", "text", "outlet"]].values.tolist() == [["عنوان", A, "عكاظ"]]
    # nested objects: {"meta": {"title", "source"}, "body": {"text"}} read as dotted fields
    import json

    (tmp_path / "n.json").write_text(
        json.dumps(
            [{"meta": {"title": "عنوان", "source": "الوطن"}, "body": {"text": B}}], ensure_ascii=False
        ),
        encoding="utf-8",
    )
    docs = read_corpus(tmp_path / "n.json")
    assert docs[["title", "text", "outlet"]].values.tolist() == [["عنوان", B, "الوطن"]]
    assert read_corpus(tmp_path / "n.json", text_field="body.text")["text"].tolist() == [B]


def test_paragraphs_given_as_objects_are_joined_and_an_object_without_text_is_named(tmp_path):
    import json

    rows = [{"title": "خبر", "paragraphs": [{"p": A}, {"text": B, "id": 2}]}]
    (tmp_path / "p.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    docs = read_corpus(tmp_path / "p.json")  # "paragraphs" is found as the text field
    assert docs["text"].tolist() == [A + "\n\n" + B]
    rows = [{"paragraphs": [{"p": A}, {"n": 1}]}]
    (tmp_path / "q.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(
        FormatError, match=r"q\.json: record 1: the text field is a list of objects, and \{'n': 1\}"
    ):
        read_corpus(tmp_path / "q.json")


def test_an_opendocument_spreadsheet_is_read_sheet_by_sheet(tmp_path):
    """LibreOffice's own format (.ods) is read as .xlsx is: rows numbered as the sheet shows them."""
    path = tmp_path / "articles.ods"
    df = pd.DataFrame(
        {"النص": ["أعلنت الحكومة خطة جديدة للنقل.", "وقال الوزير إن الخطة جاهزة."], "المصدر": ["أ", "ب"]}
    )
    df.to_excel(path, index=False, engine="odf")
    docs = read_corpus([path])
    assert docs["outlet"].tolist() == ["أ", "ب"] and docs["text"].str.startswith("أعلنت").iloc[0]
    assert docs["source_row"].tolist() == [2, 3]
    damaged = tmp_path / "bad.ods"
    damaged.write_bytes(b"not a spreadsheet")
    with pytest.raises(FormatError, match="bad.ods: not a readable OpenDocument spreadsheet"):
        read_corpus([damaged])


def test_an_old_excel_file_gets_a_way_out(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old binary workbook")
    with pytest.raises(FormatError, match=r"old.xls: a \.xls spreadsheet.*save it as \.xlsx, \.ods or CSV"):
        read_corpus([path])
