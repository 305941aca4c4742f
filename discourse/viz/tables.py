"""Tables for papers: CSV (UTF-8 with a BOM), XLSX (right-to-left sheet) and TeX.

Every writer keeps text that a spreadsheet would run as a formula (``= + - @``) as text
(OWASP's advice against CSV/spreadsheet formula injection).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import config

__all__ = ["save_table", "write_xlsx", "Saved", "TABLE_FORMATS"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Control characters XML 1.0 cannot hold, so openpyxl refuses a cell with one (a headline with
#: U+001A stopped the main job on a SaudiNewsNet day): OOXML writes them ``_xHHHH_``, which
#: Excel and LibreOffice read back as the character itself
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: …and so a text that holds ``_xHHHH_`` literally has its underscore written ``_x005F_``
_OOXML_ESCAPE_LIKE = re.compile("_x(?=[0-9A-Fa-f]{4}_)")


TABLE_FORMATS = ("csv", "xlsx", "tex")


class Saved(list):
    """The paths a save wrote; shown by their file names only (a notebook whose cell ends with
    a save prints ``saved: 06-actors.csv, 06-actors.xlsx``, not the machine's absolute paths)."""

    def __repr__(self) -> str:
        return "saved: " + ", ".join(p.name for p in self)

    _repr_pretty_ = lambda self, printer, cycle: printer.text(repr(self))  # noqa: E731


def save_table(
    df: pd.DataFrame,
    name: str,
    *,
    folder: str | Path | None = None,
    index: bool = False,
    float_format: str = "%.4g",
    tex: bool = True,
    formats=TABLE_FORMATS,
) -> list[Path]:
    """Write a table as ``name.csv``, ``name.xlsx`` and ``name.tex`` (``formats=`` chooses).

    - CSV: UTF-8 with a BOM, so spreadsheet programs read Arabic;
    - XLSX: the sheet set right-to-left, the header row frozen and bold, columns sized, Arabic
      stored as text (:func:`write_xlsx`);
    - TeX: ``tabular`` (``longtable`` past 40 rows), for XeLaTeX/LuaLaTeX with an Arabic font.

    Text cells beginning with ``= + - @`` are never run as formulas: a leading apostrophe in the
    CSV, a text cell in the sheet (OWASP, CSV injection). ``tex=False`` leaves the TeX file out
    (kept for older calls; ``formats=("csv", "xlsx")`` says the same).

    Returns the paths written, in the order of ``formats``.

    Parameters
    ----------
    df : DataFrame
        The table.
    name : str
        The file name without extension.
    folder : str or Path, optional
        Where to write (default ``reports/tables``).
    index : bool
        Write the index as a column.
    float_format : str
        How floats are written in the CSV.
    tex : bool
        False leaves the TeX file out (as ``formats=("csv", "xlsx")``).
    formats : sequence of str
        Any of ``csv``, ``xlsx``, ``tex``.
    """
    formats = tuple(f.lower().lstrip(".") for f in ([formats] if isinstance(formats, str) else formats))
    unknown = set(formats) - set(TABLE_FORMATS)
    if unknown:
        raise ValueError(f"save_table: unknown format(s) {sorted(unknown)}; choose from {TABLE_FORMATS}.")
    if not tex:
        formats = tuple(f for f in formats if f != "tex")
    folder = Path(folder) if folder else config.TABLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        if fmt == "csv":
            # a title beginning with = + - @ would run as a formula in a spreadsheet (OWASP)
            neutralise_formulas(df).to_csv(path, index=index, encoding="utf-8-sig", float_format=float_format)
        elif fmt == "xlsx":
            sheet = df.reset_index() if index else df
            for c in sheet.columns:  # Excel has no time zones
                if isinstance(sheet[c].dtype, pd.DatetimeTZDtype):
                    sheet = sheet.assign(**{c: sheet[c].dt.tz_localize(None)})
            write_xlsx(sheet, path, sheet=name[:31] or "table")
        else:
            body = df.to_latex(
                index=index, float_format=lambda x: f"{x:.4g}", longtable=len(df) > 40, escape=True
            )
            path.write_text(
                "% Arabic cells need XeLaTeX/LuaLaTeX with polyglossia or babel.\n" + body, encoding="utf-8"
            )
        paths.append(path)
    return Saved(paths)


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP)."""
    out = df.copy()
    for c in out.columns:
        col = out[c]
        if isinstance(col.dtype, pd.CategoricalDtype):
            col = col.astype(object)
        if pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col):
            out[c] = col.map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def _ooxml_text(v):
    """A text cell as OOXML stores it: control characters as ``_xHHHH_`` (a spreadsheet shows
    the character; nothing is dropped), a literal ``_xHHHH_`` kept literal."""
    if not isinstance(v, str) or ("_x" not in v and not _XML_ILLEGAL.search(v)):
        return v
    v = _OOXML_ESCAPE_LIKE.sub("_x005F_x", v)
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", v)


def _ooxml_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its text cells and column names as :func:`_ooxml_text` writes them (a copy
    only when a column needs it)."""
    out = df
    for i in range(df.shape[1]):
        col = df.iloc[:, i]
        if isinstance(col.dtype, pd.CategoricalDtype):
            col = col.astype(object)
        if not (pd.api.types.is_object_dtype(col) or pd.api.types.is_string_dtype(col)):
            continue
        new = col.map(_ooxml_text)
        if not new.equals(col):
            out = out.copy() if out is df else out
            out.isetitem(i, new)
    names = [_ooxml_text(c) for c in df.columns]
    if names != list(df.columns):
        out = out.copy() if out is df else out
        out.columns = names
    return out


def write_xlsx(df: pd.DataFrame, path: str | Path, *, sheet: str = "table") -> Path:
    """An ``.xlsx`` a reader of Arabic can work in: the sheet right-to-left, the header row
    frozen and bold, columns wide enough, and text that begins like a formula (``= + - @``)
    stored as text, never run (OWASP's advice against spreadsheet formula injection). Control
    characters XML cannot hold (a headline's U+001A) are written as OOXML's ``_xHHHH_``, which a
    spreadsheet reads back as the character; the CSV of :func:`save_table` has them as they are.

    Parameters
    ----------
    df : DataFrame
        The table.
    path : str or Path
        The ``.xlsx`` file to write.
    sheet : str
        The sheet name.
    """
    from openpyxl.styles import Font

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        _ooxml_frame(df).to_excel(xw, sheet_name=sheet, index=False)
        ws = xw.sheets[sheet]
        for row in ws.iter_rows(min_row=2):
            for cell in row:  # text that would run as a formula stays text (OWASP)
                if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
                    text = cell.value
                    cell.value = text
                    cell.data_type = "s"
                    cell.quotePrefix = True
        ws.sheet_view.rightToLeft = True
        ws.freeze_panes = "A2"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max((len(str(c.value)) for c in col[:200] if c.value is not None), default=8)
            ws.column_dimensions[col[0].column_letter].width = min(max(8, width + 2), 80)
    return path
