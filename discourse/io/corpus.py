"""Reading articles in whatever form a researcher has them into one documents table.

Supported inputs: one ``.txt`` or ``.xml`` article; a web page (``.html``: its main text and
metadata, see :mod:`discourse.io.documents`); Word (``.docx``), RTF and PDF files, one article
each or several split on news databases' separators; a folder of any of these (recursively);
CSV/TSV; JSON (an array of objects) and JSON Lines; Parquet; ``.zip`` archives holding any of
these (read in memory, never extracted to disk); any of these files compressed on its own
(``articles.jsonl.gz``, ``.bz2``, ``.xz``: read by the name under the compression suffix). Tables are mapped to the kit's columns by
field names (``text_field=`` …); common names are recognised when a field is not given.

The documents table (one row per article) has these columns:

========== =================================================================================
doc_id     stable id: the ``id_field`` when given, else the first 16 hex digits of the SHA-1
           of the raw text (a repeat of the same text gets ``-2``, ``-3`` …)
title      headline (first line of a plain-text article, or the title field)
text       the analysed text: body, web leftovers removed, NFKC, paragraphs split by a blank line
raw_text   the text exactly as decoded from the file (never altered)
removed    web leftovers removed from ``text``, one per line (audit trail)
date       publication date (datetime64; NaT where unknown; read by :mod:`discourse.io.dates`:
           day/month order by evidence, Arabic and Hijri month names), ``date_raw`` as found
outlet     newspaper / site; ``author``; ``url``
encoding   the text encoding the file was read in, ``encoding_confidence`` how sure (0–1; empty
           for Parquet, Word, RTF and PDF, which carry their encoding)
source_file the file read (``archive.zip:member`` inside archives); ``source_row`` where in it:
           the file's line number (1-based) in CSV/TSV/JSON Lines — the line a record starts
           on — and the record's number (1-based) in a JSON array or Parquet file
n_chars    length of ``text``; ``has_arabic`` whether it holds an Arabic letter
is_duplicate / duplicate_of  a body seen before in the corpus (flagged, never dropped)
========== =================================================================================
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing as mp
import os
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import (
    ArchiveError,
    CorpusError,
    DiscourseWarning,
    EmptyCorpusError,
    FieldError,
    FormatError,
    NoArabicWarning,
)
from ..text.normalize import (
    has_arabic,
    nfkc,
    normalize_alef,
    normalize_alef_maqsura,
    normalize_teh_marbuta,
)
from . import documents
from .clean import clean_body, parse_plain_article
from .dates import parse_dates
from .textio import decode_detail, looks_like_markup, strip_markup

__all__ = [
    "read_corpus",
    "FieldMap",
    "DOCUMENT_COLUMNS",
    "MAX_MEMBER_BYTES",
    "MAX_ARCHIVE_BYTES",
    "MAX_RATIO",
    "LIST_SEPARATORS",
    "TEXT_SUFFIXES",
    "TABLE_SUFFIXES",
    "DOC_SUFFIXES",
    "COMPRESSED_SUFFIXES",
]

#: A zip member that would decompress past this many bytes is refused (override per call).
MAX_MEMBER_BYTES = 1 << 30
#: All members of one zip archive together may decompress to at most this many bytes.
MAX_ARCHIVE_BYTES = 2 << 30
#: A zip member whose data expands more than this many times (news text compresses 3–10-fold)
#: is a decompression bomb once it passes 1 MiB, and is refused.
MAX_RATIO = 100
#: Lists of strings in JSON fields are joined with this: paragraphs of a text field with a
#: blank line, other fields (authors, tags) with ``"; "``.
LIST_SEPARATORS = {"text": "\n\n", "other": "; "}
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xml"}
#: Word, RTF and PDF files: one article each, or several split on database separators.
DOC_SUFFIXES = {".docx", ".rtf", ".pdf"}
TABLE_SUFFIXES = {".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".parquet", ".xlsx", ".ods"}
#: Workbooks: Excel's .xlsx (openpyxl) and OpenDocument's .ods (LibreOffice; odfpy).
WORKBOOK_ENGINES = {".xlsx": "openpyxl", ".ods": "odf"}
#: Spreadsheets the kit cannot open: the error says how to save them.
_OTHER_SPREADSHEETS = {".xls", ".xlsm", ".xlsb", ".numbers"}
#: One file compressed on its own (data dumps: ``articles.jsonl.gz``); read by its inner suffix.
COMPRESSED_SUFFIXES = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}
DOCUMENT_COLUMNS = [
    "doc_id",
    "title",
    "text",
    "raw_text",
    "removed",
    "date",
    "date_raw",
    "outlet",
    "author",
    "url",
    "source_file",
    "source_row",
    "encoding",
    "encoding_confidence",
    "n_chars",
    "has_arabic",
    "is_duplicate",
    "duplicate_of",
]

_READABLE = TEXT_SUFFIXES | TABLE_SUFFIXES | DOC_SUFFIXES | {".zip"} | set(COMPRESSED_SUFFIXES)

_GUESSES = {
    "text": (
        "text", "content", "body", "body_text", "bodytext", "article", "article_text", "articletext",
        "article_body", "full_text",
        "fulltext", "main_text", "maintext", "story", "paragraphs", "نص", "النص", "المحتوى", "المتن", "الخبر",
        "نص الخبر", "نص المقال", "المقال", "المقالة",
    ),
    "title": ("title", "headline", "heading", "عنوان", "العنوان", "عنوان الخبر", "عنوان المقال"),
    "date": (
        "date", "published", "pub_date", "publication_date", "published_at", "publish_date",
        "date_published", "datetime", "date_time", "تاريخ", "التاريخ", "تاريخ النشر",
    ),
    "outlet": (
        "outlet", "source", "publisher", "newspaper", "site", "media", "source_name", "website",
        "المصدر", "الصحيفة", "الجريدة", "الموقع", "الوسيلة", "الناشر",
    ),
    "author": ("author", "authors", "byline", "writer", "الكاتب", "المؤلف", "المحرر"),
    "url": ("url", "link", "uri", "الرابط", "رابط"),
    "id": ("id", "doc_id", "article_id", "docid", "المعرف", "معرف"),
}  # fmt: skip


def _column_key(name) -> str:
    """A column name as it is compared with the common names: case, spaces, hyphens and
    alef/ة/ى spellings folded (``Pub-Date`` = ``pub_date``, ``تاريخ النشر`` = ``تاريخ_النشر``)."""
    key = "_".join(str(name).strip().lower().replace("-", " ").split())
    return normalize_teh_marbuta(normalize_alef_maqsura(normalize_alef(key)))


@dataclass(frozen=True)
class FieldMap:
    """Which table column holds which part of an article (``None``: recognise common names)."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    id: str | None = None

    def resolve(self, columns: Iterable[str], source: str) -> dict[str, str | None]:
        cols = list(columns)
        # a column is found by its whole name, then (a flattened nested field, ``body.text``)
        # by its last part
        whole, last = {}, {}
        for c in cols:
            whole.setdefault(_column_key(c), c)
            last.setdefault(_column_key(str(c).rsplit(".", 1)[-1]), c)
        out: dict[str, str | None] = {}
        for key in ("text", "title", "date", "outlet", "author", "url", "id"):
            given = getattr(self, key)
            if given is not None:
                if given not in cols:
                    raise FieldError(
                        f"{source}: no column {given!r} for the {key} field; the columns are "
                        f"{cols}. Pass --{key}-field with one of them."
                    )
                out[key] = given
            else:
                keys = [_column_key(g) for g in _GUESSES[key]]
                out[key] = next((whole[k] for k in keys if k in whole), None) or next(
                    (last[k] for k in keys if k in last), None
                )
        if out["text"] is None:
            raise FieldError(
                f"{source}: no text column found among {cols}. Name it with "
                "text_field=... (or --text-field on the command line)."
            )
        return out


@dataclass(frozen=True)
class _Options:
    """How files are read (one object handed to the reading functions and worker processes)."""

    encoding: str | None = None
    on_error: str = "raise"
    max_member_bytes: int = MAX_MEMBER_BYTES
    max_archive_bytes: int = MAX_ARCHIVE_BYTES
    delimiter: str | None = None
    headline: bool | None = None


@dataclass
class _Raw:
    raw_text: str
    source_file: str
    source_row: int | None = None
    fields: dict | None = None  # mapped table fields; None for a plain-text article
    markup: bool = False
    encoding: str | None = None  # as read (None: not a text encoding, e.g. Parquet)
    encoding_confidence: float | None = None


def _is_prepared_folder(folder: Path) -> bool:
    """A folder :func:`~discourse.run.pipeline.prepare` wrote (its manifest and token table)."""
    return (folder / "manifest.json").is_file() and (folder / "tokens.parquet").exists()


def iter_files(path: Path, follow_links: bool = False, exclude: Iterable[Path] = ()) -> Iterator[Path]:
    excluded = [Path(e).resolve() for e in exclude]
    if path.is_dir():
        root = path.resolve()
        files = []
        skipped_folders = []
        for dirpath, dirnames, filenames in os.walk(path, followlinks=follow_links):
            here = Path(dirpath)
            keep_dirs = []
            for d in sorted(dirnames):
                sub = here / d
                if d.startswith("."):
                    continue
                if sub.resolve() in excluded:  # e.g. prepare's own --out inside it
                    continue
                if _is_prepared_folder(sub):
                    # the kit's own output inside the corpus folder is not an input: a second
                    # run would read its manifest and tables as articles
                    skipped_folders.append(sub)
                    continue
                keep_dirs.append(d)
            dirnames[:] = keep_dirs
            files.extend(here / f for f in filenames if not f.startswith("."))
        for sub in skipped_folders:
            warnings.warn(
                f"{sub}: skipped, the kit's own prepared tables (an output folder inside "
                "the corpus folder), not articles.",
                DiscourseWarning,
                stacklevel=4,
            )
        files = sorted(p for p in files if p.is_file())
        if not follow_links:
            # a link that leads out of the corpus folder could pull any readable file of the
            # machine into a table researchers share: refused unless asked for
            outside = [p for p in files if not p.resolve().is_relative_to(root)]
            for p in outside:
                warnings.warn(
                    f"{p}: skipped, a link to {p.resolve()} outside the corpus folder "
                    "(pass follow_links=True to read it).",
                    DiscourseWarning,
                    stacklevel=4,
                )
            files = [p for p in files if p not in outside]
        usable = [p for p in files if p.suffix.lower() in _READABLE]
        for p in files:
            if p not in usable:
                warnings.warn(
                    f"{p}: skipped, not a format the kit reads ({sorted(_READABLE)}).",
                    DiscourseWarning,
                    stacklevel=4,
                )
        yield from usable
    elif path.is_file():
        yield path
    else:
        raise CorpusError(
            f"{path}: no such file or folder. Check the path (relative paths are taken from {Path.cwd()})."
        )


def _skip_or_raise(msg: str, opts: _Options, error=FormatError) -> None:
    if opts.on_error == "raise":
        raise error(msg + " Fix it, or pass on_error='warn' (--on-error warn) to skip it with a warning.")
    warnings.warn(msg + " Skipped.", DiscourseWarning, stacklevel=6)


_OTHER_DELIMITERS = {";": "';'", "\t": "a tab", "|": "'|'"}


def _csv_rows(text: str, sep: str, source: str, opts: _Options) -> Iterator[tuple[int, dict]]:
    """``(line number, record)`` of a CSV/TSV text; line numbers are the file's, 1-based."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FormatError(f"{source}: line 1: malformed header ({exc}).") from exc
    if len(header) == 1 and sep not in header[0]:
        for d, name in _OTHER_DELIMITERS.items():
            if d != sep and len(header[0].split(d)) >= 2:
                raise FormatError(
                    f"{source}: the header has one column, and its fields look separated by "
                    f"{name}, not {sep!r}. Pass delimiter={d!r} (--delimiter {d!r})."
                )
    names: list[str] = []
    for h in header:  # repeated names numbered as pandas does (a, a.1)
        name, k = h, 0
        while name in names:
            k += 1
            name = f"{h}.{k}"
        names.append(name)
    ncols = len(names)
    line = reader.line_num
    while True:
        start = line + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FormatError(f"{source}: line {start}: {exc}. Fix the quoting there.") from exc
        line = reader.line_num
        if not record or (len(record) == 1 and not record[0].strip()):
            continue
        if len(record) > ncols:
            _skip_or_raise(
                f"{source}: line {start} has {len(record)} fields, the header {ncols} "
                "(an unquoted delimiter in a field?).",
                opts,
            )
            continue
        row = dict(zip(names, record + [""] * (ncols - len(record))))
        if ncols > 1 and line - start >= 2:
            # a stray quote makes one field swallow the records after it: its lines look like
            # records of their own (as many delimiters as the header)
            for col, value in row.items():
                # lines with exactly the header's number of fields, making up at least half of
                # the field's later lines (a paragraph with a comma now and then is not enough)
                inner = [ln for ln in value.split("\n")[1:] if ln.strip()]
                swallowed = [ln for ln in inner if ln.count(sep) == ncols - 1]
                if len(swallowed) >= 2 and len(swallowed) >= 0.5 * len(inner):
                    warnings.warn(
                        f"{source}: line {start}: the field {col!r} runs over {line - start + 1} "
                        f"lines and holds {len(swallowed)} line(s) shaped like records (e.g. "
                        f"{swallowed[0][:60]!r}): probably a stray quote merged the following "
                        "rows into it. Check the quoting there.",
                        DiscourseWarning,
                        stacklevel=6,
                    )
                    break
        yield start, row


def _text_of(obj: dict):
    """The text of one object in a list (a paragraph): its only string value, or the value of a
    text-like key (text, content, body, p, paragraph); None when neither is there."""
    strings = {k: v for k, v in obj.items() if isinstance(v, str)}
    if len(strings) == 1:
        return next(iter(strings.values()))
    keys = {_column_key(k): k for k in strings}
    for name in map(_column_key, ("text", "content", "body", "p", "paragraph", "نص", "النص")):
        if name in keys:
            return strings[keys[name]]
    return None


def _field_value(value, key: str, source: str, where: str):
    """A JSON field as text: lists of strings joined (:data:`LIST_SEPARATORS`), objects refused."""
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value) and value:
            # paragraphs as objects ([{"p": "…"}, {"text": "…", "id": 2}]): each one's text
            texts = [_text_of(v) for v in value]
            if None in texts:
                bad = value[texts.index(None)]
                raise FormatError(
                    f"{source}: {where}: the {key} field is a list of objects, and {bad!r} has no "
                    "text in it (one string value, or a key such as text, content, p). Flatten "
                    "that field."
                )
            value = texts
        if all(isinstance(v, str) for v in value):
            return LIST_SEPARATORS["text" if key == "text" else "other"].join(value)
        raise FormatError(
            f"{source}: {where}: the {key} field is a list holding "
            f"{type(next(v for v in value if not isinstance(v, str))).__name__} "
            "values; the kit joins lists of strings only. Flatten that field."
        )
    if isinstance(value, dict):
        raise FormatError(
            f"{source}: {where}: the {key} field is an object ({list(value)[:5]}), "
            "not text. Point the field option at a text field inside it after "
            "flattening the file (e.g. pandas.json_normalize)."
        )
    return value


def _records_from_table(
    data: bytes, suffix: str, source: str, fields: FieldMap, opts: _Options
) -> Iterator[_Raw]:
    numbered: list[tuple[int, object]]  # (line or record number, row)
    unit = "row"
    enc = conf = None
    if suffix in WORKBOOK_ENGINES:
        yield from _records_from_workbook(data, source, fields, opts, suffix)
        return
    if suffix == ".parquet":
        try:
            df = pd.read_parquet(io.BytesIO(data))
        except Exception as exc:  # pyarrow raises several types
            raise FormatError(
                f"{source}: not a readable Parquet file ({exc}). Write it again, or move it out of the corpus."
            ) from exc
        numbered = list(enumerate(df.to_dict("records"), start=1))
    elif suffix in (".csv", ".tsv"):
        text, enc, conf = decode_detail(data, source=source, encoding=opts.encoding)
        if not text.strip():
            raise EmptyCorpusError(f"{source}: the file is empty. Remove it or fill it.")
        sep = opts.delimiter or ("\t" if suffix == ".tsv" else ",")
        numbered = list(_csv_rows(text, sep, source, opts))
        unit = "line"
    else:
        text, enc, conf = decode_detail(data, source=source, encoding=opts.encoding)
        if not text.strip():
            raise EmptyCorpusError(f"{source}: the file is empty. Remove it or fill it.")
        numbered = None
        if suffix == ".json" and text.lstrip()[:1] in "[{":
            try:
                obj = json.loads(text)
            except RecursionError as exc:
                raise FormatError(
                    f"{source}: JSON nested too deeply to be a table of articles. "
                    "Export the articles as an array of flat objects."
                ) from exc
            except json.JSONDecodeError as exc:
                if not (text.lstrip().startswith("{") and "\n{" in text):
                    raise FormatError(
                        f"{source}: malformed JSON at line {exc.lineno}, column "
                        f"{exc.colno}: {exc.msg}. Fix the file."
                    ) from exc
                # else: JSON Lines saved as .json, read line by line below
            else:
                if isinstance(obj, dict):
                    lists = [v for v in obj.values() if isinstance(v, list)]
                    obj = lists[0] if len(lists) == 1 else [obj]
                if not isinstance(obj, list):
                    raise FormatError(f"{source}: JSON must be an array of article objects.")
                numbered = list(enumerate(obj, start=1))
                unit = "record"
        if numbered is None:
            numbered = []
            unit = "line"
            for lineno, line in enumerate(text.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    numbered.append((lineno, json.loads(line)))
                except RecursionError:
                    _skip_or_raise(f"{source}: line {lineno}: JSON nested too deeply.", opts)
                except json.JSONDecodeError as exc:
                    _skip_or_raise(
                        f"{source}: line {lineno} is not valid JSON ({exc.msg}, column {exc.colno}).", opts
                    )
    yield from _records_from_rows(numbered, unit, source, fields, opts, enc, conf)


def _records_from_workbook(
    data: bytes, source: str, fields: FieldMap, opts: _Options, suffix: str = ".xlsx"
) -> Iterator[_Raw]:
    """A workbook (Excel .xlsx, OpenDocument .ods): every sheet with rows is a table (row numbers
    as the spreadsheet shows them, the header in row 1); a sheet without the text column is
    skipped with a warning when another sheet has it."""
    try:
        sheets = pd.read_excel(
            io.BytesIO(data), sheet_name=None, dtype=object, engine=WORKBOOK_ENGINES[suffix]
        )
    except Exception as exc:  # the engines raise several types for a damaged or foreign file
        kind = "Excel workbook" if suffix == ".xlsx" else "OpenDocument spreadsheet"
        raise FormatError(
            f"{source}: not a readable {kind} ({type(exc).__name__}: {exc}). "
            f"Open it in a spreadsheet program and save it again as {suffix} (or as CSV UTF-8)."
        ) from exc
    sheets = {name: df.dropna(how="all") for name, df in sheets.items()}
    sheets = {name: df for name, df in sheets.items() if len(df)}
    if not sheets:
        raise EmptyCorpusError(f"{source}: the workbook holds no rows.")
    usable, errors = {}, []
    for name, df in sheets.items():
        where = source if len(sheets) == 1 else f"{source}:{name}"
        try:
            fields.resolve([str(c) for c in df.columns], where)
        except FieldError as exc:
            errors.append(exc)
            continue
        usable[where] = df
    if not usable:
        raise errors[0]
    for exc in errors:
        warnings.warn(f"{exc} That sheet is skipped.", DiscourseWarning, stacklevel=5)
    for where, df in usable.items():
        df.columns = [str(c) for c in df.columns]
        numbered = [(int(i) + 2, r) for i, r in zip(df.index, df.to_dict("records"))]
        yield from _records_from_rows(numbered, "row", where, fields, opts, None, None)


def _flatten(row: dict, prefix: str = "") -> dict:
    """A record with its nested objects spread into dotted field names."""
    if not prefix and not any(isinstance(v, dict) for v in row.values()):
        return row
    out = {}
    for k, v in row.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out


def _records_from_rows(numbered, unit: str, source: str, fields: FieldMap, opts: _Options, enc, conf):
    """The records of a table's rows (``(number, row)`` pairs), its fields mapped."""
    if not numbered:
        raise EmptyCorpusError(f"{source}: the table holds no rows.")
    # nested JSON objects become dotted fields ({"body": {"text": …}} → "body.text")
    numbered = [(i, _flatten(r) if isinstance(r, dict) else r) for i, r in numbered]
    # field names from every record (a first record without 'date' must not drop every date)
    keys = dict.fromkeys(k for _, r in numbered if isinstance(r, dict) for k in r)
    if not keys:
        raise FormatError(f"{source}: no row is an object with named fields.")
    mapping = fields.resolve(keys, source)
    for i, row in numbered:
        where = f"{unit} {i}"
        if not isinstance(row, dict):
            _skip_or_raise(f"{source}: {where} is not an object with named fields.", opts)
            continue
        if mapping["text"] not in row:
            _skip_or_raise(f"{source}: {where} has no {mapping['text']!r} field.", opts, FieldError)
            continue
        got = {
            k: _field_value(row.get(col), k, source, where) if col is not None else None
            for k, col in mapping.items()
        }
        text = got.pop("text")
        # an id column found by its name, not named by the user: repeats fall back to hashes
        got["_id_guessed"] = mapping["id"] if fields.id is None else None
        text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
        yield _Raw(
            raw_text=text,
            source_file=source,
            source_row=i,
            fields=got,
            markup=looks_like_markup(text),
            encoding=enc,
            encoding_confidence=conf,
        )


def _records_from_bytes(
    data: bytes, name: str, source: str, fields: FieldMap, opts: _Options
) -> Iterator[_Raw]:
    suffix = Path(name).suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        inner = name[: -len(suffix)]
        if Path(inner).suffix.lower() in {*COMPRESSED_SUFFIXES, ".zip", ".tar", ""}:
            raise FormatError(
                f"{source}: a compressed {Path(inner).suffix or 'file without a type'!r}; the kit reads "
                "one compressed article file or table (e.g. articles.jsonl.gz). Decompress it first."
            )
        yield from _records_from_bytes(_decompress(data, suffix, source, opts), inner, source, fields, opts)
    elif suffix == ".zip":
        yield from _records_from_zip(io.BytesIO(data), source, fields, opts)
    elif suffix in TABLE_SUFFIXES:
        yield from _records_from_table(data, suffix, source, fields, opts)
    elif suffix in TEXT_SUFFIXES:
        text, enc, conf = decode_detail(data, source=source, encoding=opts.encoding)
        if not text.strip():
            warnings.warn(f"{source}: empty file, no article in it; skipped.", DiscourseWarning, stacklevel=5)
            return
        if suffix in (".html", ".htm") or (
            suffix != ".xml" and looks_like_markup(text) and "<html" in text[:5000].lower()
        ):
            page = documents.web_article(text, source)
            if page is not None:
                yield _Raw(
                    raw_text=text,
                    source_file=source,
                    fields=page,
                    encoding=enc,
                    encoding_confidence=conf,
                    markup=False,
                )
                return
            warnings.warn(
                f"{source}: no article found in the page (trafilatura); all of its text "
                "is kept, menus and footers included.",
                DiscourseWarning,
                stacklevel=5,
            )
        yield _Raw(
            raw_text=text,
            source_file=source,
            encoding=enc,
            encoding_confidence=conf,
            markup=suffix in (".html", ".htm", ".xml") or looks_like_markup(text),
        )
    elif suffix in DOC_SUFFIXES:
        reader = {".docx": documents.docx_text, ".rtf": documents.rtf_text, ".pdf": documents.pdf_text}[
            suffix
        ]
        text = reader(data, source)
        if not text.strip():
            documents.warn_no_text(
                source,
                "no text in it"
                + (" (a scanned PDF without a text layer: run OCR on it first)" if suffix == ".pdf" else ""),
            )
            return
        pieces = documents.split_documents(text)
        for i, piece in enumerate(pieces, start=1):
            yield _Raw(raw_text=piece, source_file=source, source_row=i if len(pieces) > 1 else None)
    else:
        if suffix in _OTHER_SPREADSHEETS:
            raise FormatError(
                f"{source}: a {suffix} spreadsheet, which the kit does not open. Open it in a "
                "spreadsheet program and save it as .xlsx, .ods or CSV UTF-8."
            )
        raise FormatError(f"{source}: unknown file type {suffix!r}. The kit reads {sorted(_READABLE)}.")


def _decompress(data: bytes, suffix: str, source: str, opts: _Options) -> bytes:
    """A compressed file's bytes, decompressed in chunks against the per-member and ratio caps."""
    import bz2
    import gzip
    import lzma

    opener = {".gz": gzip.GzipFile, ".bz2": bz2.BZ2File, ".xz": lzma.LZMAFile}[suffix]
    chunks, n = [], 0
    try:
        with opener(fileobj=io.BytesIO(data)) if suffix == ".gz" else opener(io.BytesIO(data)) as fh:
            while chunk := fh.read(1 << 20):
                n += len(chunk)
                if n > opts.max_member_bytes:
                    raise ArchiveError(
                        f"{source}: decompresses past the limit of {opts.max_member_bytes:,} bytes; "
                        "refused. Split it, or raise max_member_bytes if you trust it."
                    )
                if n > (1 << 20) and n > MAX_RATIO * max(len(data), 1):
                    raise ArchiveError(
                        f"{source}: expands more than {MAX_RATIO}-fold: a decompression bomb, "
                        "not text; refused."
                    )
                chunks.append(chunk)
    except ArchiveError:
        raise
    except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
        raise ArchiveError(
            f"{source}: not a readable {COMPRESSED_SUFFIXES[suffix]} file ({type(exc).__name__}: "
            f"{exc}). Compress the original file again, or decompress it with another tool."
        ) from exc
    return b"".join(chunks)


def _read_member(zf: zipfile.ZipFile, m: zipfile.ZipInfo, msource: str, opts: _Options, budget: int) -> bytes:
    """A member's bytes, read in chunks against the member, archive and ratio caps."""
    cap = min(opts.max_member_bytes, budget)
    if m.file_size > opts.max_member_bytes:
        raise ArchiveError(
            f"{msource}: would decompress to {m.file_size:,} bytes, over the limit of "
            f"{opts.max_member_bytes:,}. Split the archive, or raise max_member_bytes if you "
            "trust it."
        )
    chunks, n = [], 0
    try:
        with zf.open(m) as fh:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                n += len(chunk)
                if n > cap:
                    what = (
                        "the limit per member"
                        if cap == opts.max_member_bytes
                        else f"the archive's total limit of {opts.max_archive_bytes:,} bytes"
                    )
                    raise ArchiveError(
                        f"{msource}: decompresses past {what}; refused. Split the "
                        "archive, or raise max_member_bytes / max_archive_bytes "
                        "if you trust it."
                    )
                if n > (1 << 20) and n > MAX_RATIO * max(m.compress_size, 1):
                    raise ArchiveError(
                        f"{msource}: expands more than {MAX_RATIO}-fold ({m.compress_size:,} "
                        f"compressed bytes, over {n:,} so far): a decompression bomb, not text; "
                        "refused."
                    )
                chunks.append(chunk)
    except ArchiveError:
        raise
    except NotImplementedError as exc:  # before RuntimeError, its base class
        raise ArchiveError(
            f"{msource}: compressed with a method Python cannot read ({exc}; e.g. "
            "Deflate64 from Windows Explorer for large files). Re-zip it with "
            "standard Deflate (zip -r, 7z -tzip -mm=Deflate)."
        ) from exc
    except RuntimeError as exc:  # zipfile's way of saying "encrypted"
        raise ArchiveError(
            f"{msource}: cannot be read ({exc}). Decrypt the archive and zip the "
            "files again without a password."
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise ArchiveError(
            f"{msource}: damaged inside the archive ({type(exc).__name__}: {exc}). "
            "Re-create the archive from the original files."
        ) from exc
    return b"".join(chunks)


def _records_from_zip(fileobj, source: str, fields: FieldMap, opts: _Options) -> Iterator[_Raw]:
    try:
        zf = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(f"{source}: not a valid zip archive ({exc}).") from exc
    with zf:
        members = [
            m
            for m in zf.infolist()
            if not m.is_dir() and not Path(m.filename).name.startswith(".") and "__MACOSX" not in m.filename
        ]
        if not members:
            raise EmptyCorpusError(f"{source}: the archive holds no files.")
        budget = opts.max_archive_bytes
        for m in sorted(members, key=lambda m: m.filename):
            msource = f"{source}:{m.filename}"
            suffix = Path(m.filename).suffix.lower()
            if suffix == ".zip":
                warnings.warn(
                    f"{msource}: skipped, an archive inside the archive (the kit does not open zips within "
                    "zips). Unzip the outer archive and point the kit at the folder.",
                    DiscourseWarning,
                    stacklevel=4,
                )
                continue
            if suffix not in TEXT_SUFFIXES | TABLE_SUFFIXES | DOC_SUFFIXES | set(COMPRESSED_SUFFIXES):
                warnings.warn(
                    f"{msource}: skipped, not a format the kit reads.", DiscourseWarning, stacklevel=4
                )
                continue
            try:
                data = _read_member(zf, m, msource, opts, budget)
            except ArchiveError as exc:
                if opts.on_error == "raise" or "refused" in str(exc):
                    raise
                warnings.warn(f"{exc} Skipped.", DiscourseWarning, stacklevel=4)
                continue
            budget -= len(data)
            yield from _records_from_bytes(data, m.filename, msource, fields, opts)


def _display_path(path: Path) -> str:
    """Paths inside the project are shown relative to it (stable across clones)."""
    try:
        return path.resolve().relative_to(config.PROJ_ROOT).as_posix()
    except ValueError:
        return str(path)


def _where(row) -> str:
    if pd.isna(row.source_row):
        return row.source_file
    name = row.source_file.lower()
    for c in COMPRESSED_SUFFIXES:  # articles.jsonl.gz: numbered as its JSON Lines
        name = name.removesuffix(c)
    # a workbook's sheet: file.xlsx:Sheet
    suffix = next((w for w in WORKBOOK_ENGINES if f"{w}:" in name), None) or Path(name).suffix
    unit = {
        ".csv": "line",
        ".tsv": "line",
        ".jsonl": "line",
        ".ndjson": "line",
        ".xlsx": "row",
        ".ods": "row",
    }.get(suffix, "record")
    return f"{row.source_file} {unit} {row.source_row}"


def _doc_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _to_row(rec: _Raw, headline: bool | None = None) -> dict:
    raw = rec.raw_text
    body_source = strip_markup(raw) if rec.markup else raw
    if rec.fields is not None and "text" in rec.fields:  # a web page's extracted article
        rec.fields = dict(rec.fields)
        body_source = rec.fields.pop("text")
    if rec.fields is None:
        art = parse_plain_article(body_source, headline=headline)
        title, author, date_raw = art.title, art.author, art.date
        text, removed = art.text, art.removed
        outlet = url = doc_id = id_guessed = None
    else:
        f = rec.fields

        def _val(v):
            return None if v is None or (isinstance(v, float) and pd.isna(v)) or v == "" else str(v)

        title, author, date_raw = _val(f["title"]), _val(f["author"]), _val(f["date"])
        outlet, url, doc_id = _val(f["outlet"]), _val(f["url"]), _val(f["id"])
        id_guessed = f.get("_id_guessed")
        title = nfkc(title) if title else title
        text, removed = clean_body(body_source)
    return {
        "doc_id": doc_id,
        "title": title,
        "text": text,
        "raw_text": raw,
        "removed": "\n".join(removed),
        "date_raw": date_raw,
        "outlet": outlet,
        "author": author,
        "url": url,
        "source_file": rec.source_file,
        "source_row": rec.source_row,
        "encoding": rec.encoding,
        "encoding_confidence": rec.encoding_confidence,
        "_id_guessed": id_guessed,
        # per document, here (in the worker that read the file) rather than over the whole
        # table after: a content hash for the id, and a digest of the whitespace-normalized
        # text that finds duplicates (see _finish)
        "_raw_hash": _doc_hash(raw),
        "_dup_key": _dup_key(text),
        "has_arabic": has_arabic(text),
    }


def _dup_key(text) -> bytes:
    """Same words in the same order = a duplicate: a digest of the text with its whitespace
    normalized (one document at a time: splitting the whole column at once would hold every
    word of the corpus as a Python object)."""
    if not isinstance(text, str):
        return b""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).digest()


def _read_file(f: Path, fields: FieldMap, opts: _Options) -> list[dict]:
    """The documents-table rows of one input file."""
    if f.stat().st_size == 0:
        warnings.warn(f"{f}: empty file, no article in it; skipped.", DiscourseWarning, stacklevel=3)
        return []
    try:
        data = f.read_bytes()
    except OSError as exc:
        raise CorpusError(
            f"{f}: cannot be read ({exc.strerror}). Check its permissions, or "
            "move it out of the corpus folder."
        ) from exc
    return [
        _to_row(rec, opts.headline)
        for rec in _records_from_bytes(data, f.name, _display_path(f), fields, opts)
    ]


def _read_file_caught(args) -> tuple[list[dict], list]:
    """:func:`_read_file` in a worker process, returning its warnings to be raised by the parent."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = _read_file(*args)
    return rows, caught


def read_corpus(
    paths: str | Path | Iterable[str | Path] | None = None,
    *,
    text_field: str | None = None,
    title_field: str | None = None,
    date_field: str | None = None,
    outlet_field: str | None = None,
    author_field: str | None = None,
    url_field: str | None = None,
    id_field: str | None = None,
    encoding: str | None = None,
    on_error: str = "raise",
    max_member_bytes: int = MAX_MEMBER_BYTES,
    max_archive_bytes: int = MAX_ARCHIVE_BYTES,
    delimiter: str | None = None,
    headline: bool | None = None,
    follow_links: bool = False,
    exclude: Iterable[str | Path] = (),
    n_jobs: int | None = 1,
) -> pd.DataFrame:
    """Read articles from files, folders, tables or zip archives into a documents table.

    Parameters
    ----------
    paths : path or list of paths, optional
        Files or folders; default: the kit's ``data/raw/`` (the shipped article).
    text_field, title_field, date_field, outlet_field, author_field, url_field, id_field : str, optional
        Column names in tables (CSV/TSV/JSON/JSONL/Parquet). Left out, common names are
        recognised (``text``/``content``/``body``, ``title``, ``date``, ``source``/``outlet`` …).
    encoding : str, optional
        Force a text encoding instead of detecting UTF-8/UTF-16/Windows-1256.
    on_error : {"raise", "warn"}
        What a malformed JSON line or row does: stop with an error naming it (default), or
        warn and skip it.
    max_member_bytes, max_archive_bytes : int
        Zip archives: a member that decompresses past ``max_member_bytes`` (default 1 GiB), or
        members that together pass ``max_archive_bytes`` (default 2 GiB), are refused; so is
        a member that expands more than :data:`MAX_RATIO` (100) times once past 1 MiB (a
        decompression bomb). A member that cannot be read (encrypted, damaged, an unsupported
        method) is one :class:`~discourse.errors.ArchiveError` naming archive and member.
    delimiter : str, optional
        The field separator of CSV files (default ``,``; TSV: a tab), e.g. ``";"`` for
        spreadsheets saved with European settings.
    exclude : list of paths
        Folders inside the corpus folders not to read (``prepare`` passes its output folder).
        Folders holding prepared tables (``manifest.json`` + ``tokens.parquet``) are always
        skipped, with a warning.
    follow_links : bool
        Read files in a corpus folder that are links to files outside it (default: skipped
        with a warning, so a shared table never holds a file from elsewhere on the machine).
    headline : bool, optional
        Plain-text articles: is the first line a headline? ``None`` (default) decides per
        file — a short first line that does not end like a sentence and is set off from the
        body (see :func:`~discourse.io.clean.looks_like_headline`); ``True`` always, ``False``
        never (the whole file is the body).
    n_jobs : int
        Worker processes reading several input files at once, as in scikit-learn: ``1``
        (default), ``-1`` all cores, ``k`` that many (``None`` meant all cores before 0.4.0; it
        warns until 0.5). The table, its order and its warnings are the same either way.

    Returns
    -------
    pandas.DataFrame
        The documents table; columns in :data:`DOCUMENT_COLUMNS` (see the module docstring).

    Examples
    --------
    >>> docs = read_corpus()                    # the shipped article
    >>> docs.loc[0, "author"]
    'دعاء عبدالنبي'
    >>> sn = read_corpus("saudinewsnet/2015-07-21.zip", outlet_field="source")  # doctest: +SKIP
    """
    if on_error not in ("raise", "warn"):
        raise ValueError("on_error must be 'raise' or 'warn'.")
    if paths is None:
        paths = [config.RAW_DATA_DIR]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    fields = FieldMap(
        text=text_field,
        title=title_field,
        date=date_field,
        outlet=outlet_field,
        author=author_field,
        url=url_field,
        id=id_field,
    )
    files = [f for p in paths for f in iter_files(Path(p), follow_links, exclude)]
    n_inputs = len(files)
    job = (
        fields,
        _Options(
            encoding=encoding,
            on_error=on_error,
            max_member_bytes=max_member_bytes,
            max_archive_bytes=max_archive_bytes,
            delimiter=delimiter,
            headline=headline,
        ),
    )
    n_jobs = min(config.processes(n_jobs, what="read_corpus(n_jobs)"), len(files))
    rows: list[dict] = []
    if n_jobs > 1 and "fork" in mp.get_all_start_methods():
        # files read in worker processes, in order; their warnings are raised here, in order
        with config.worker_pool(n_jobs, start_method="fork") as pool:
            for file_rows, caught in pool.imap(_read_file_caught, [(f, *job) for f in files]):
                for w in caught:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
                rows.extend(file_rows)
    else:
        for f in files:
            rows.extend(_read_file(f, *job))
    if not rows:
        where = ", ".join(str(p) for p in paths)
        raise EmptyCorpusError(
            f"{where}: no article found ({n_inputs} file(s) read). Point the "
            "kit at .txt/.csv/.json/.jsonl/.parquet/.xlsx/.zip files with text in them."
        )
    return _finish(pd.DataFrame(rows))


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    # doc ids: given ids must be unique; otherwise a content hash, repeats numbered.
    given = df["doc_id"].notna()
    if given.any():
        dup = df.loc[given, "doc_id"].duplicated(keep=False)
        guessed = df.loc[given, "_id_guessed"].notna()
        if dup.any() and guessed[dup].all():
            # a column called "id" the user did not name (rows numbered per file, say)
            bad = df.loc[given][dup].head(3)
            where = "; ".join(f"{_where(r)}: {r.doc_id!r}" for r in bad.itertuples())
            warnings.warn(
                f"The column {bad['_id_guessed'].iloc[0]!r}, taken as the id field by its name, "
                f"has repeated values ({where} …); every document gets a content-hash id "
                "instead. Pass --id-field (id_field=) with a column of unique ids to keep yours.",
                DiscourseWarning,
                stacklevel=3,
            )
            df.loc[df["_id_guessed"].notna(), "doc_id"] = None
            given = df["doc_id"].notna()
            dup = df.loc[given, "doc_id"].duplicated(keep=False)
        if dup.any():
            bad = df.loc[given][dup].head(5)
            where = "; ".join(f"{_where(r)}: {r.doc_id!r}" for r in bad.itertuples())
            raise CorpusError(
                f"The id field has repeated values ({where} …). Ids must be unique: "
                "fix them, or leave out the id field to use content hashes."
            )
    hashes = df["_raw_hash"]
    seen: dict[str, int] = {}
    ids = []
    for h, g, given_id in zip(hashes, given, df["doc_id"]):
        if g:
            ids.append(str(given_id))
            continue
        seen[h] = seen.get(h, 0) + 1
        ids.append(h if seen[h] == 1 else f"{h}-{seen[h]}")
    df["doc_id"] = ids
    df["date"] = parse_dates(df["date_raw"], df["source_file"])
    bad_dates = df["date_raw"].notna() & df["date"].isna()
    if bad_dates.any():
        ex = df.loc[bad_dates].iloc[0]
        warnings.warn(
            f"{int(bad_dates.sum())} date value(s) could not be parsed (e.g. "
            f"{ex.date_raw!r} in {_where(ex)}); they are kept "
            "in date_raw and date is NaT.",
            DiscourseWarning,
            stacklevel=3,
        )
    df["n_chars"] = df["text"].str.len()
    empty = df["n_chars"] == 0
    if empty.any():
        raw_empty = df["raw_text"].fillna("").str.strip() == ""
        leftovers = empty & ~raw_empty & (df["removed"].str.len() > 0)
        headline = empty & ~raw_empty & ~leftovers & df["title"].notna()
        reasons = [
            f"{int(n)} {why}"
            for n, why in (
                ((empty & raw_empty).sum(), "empty in the source"),
                (leftovers.sum(), "only web leftovers such as 'رابط الخبر' (see the removed column)"),
                (headline.sum(), "only a headline (see the title column; headline=False keeps it as text)"),
                (
                    (empty & ~raw_empty & ~leftovers & ~headline).sum(),
                    "nothing left after markup was removed",
                ),
            )
            if n
        ]
        ex = df.loc[empty].iloc[0]
        warnings.warn(
            f"{int(empty.sum())} document(s) have no text to analyse ({'; '.join(reasons)}; "
            f"e.g. {_where(ex)}); they are kept and give no tokens.",
            DiscourseWarning,
            stacklevel=3,
        )
    no_ar = ~df["has_arabic"] & ~empty
    if no_ar.any():
        ex = df.loc[no_ar].iloc[0]
        warnings.warn(
            f"{int(no_ar.sum())} document(s) contain no Arabic (e.g. {_where(ex)}); "
            f"they are kept with has_arabic=False. Filter them "
            "out if they are not meant to be there.",
            NoArabicWarning,
            stacklevel=3,
        )
    key = df["_dup_key"]  # (see _dup_key)
    dup = key.duplicated(keep="first") & ~empty
    first_id = dict(zip(key[~dup & ~empty], df.loc[~dup & ~empty, "doc_id"]))
    df["is_duplicate"] = dup
    df["duplicate_of"] = [first_id[k] if d else None for k, d in zip(key, dup)]
    df["source_row"] = df["source_row"].astype("Int64")
    return df[DOCUMENT_COLUMNS].reset_index(drop=True)
