"""Publication dates as researchers' files hold them: ISO timestamps, ``11/08/2015``,
``11 أغسطس 2015``, ``الثلاثاء 11 آب 2015``, ``26 شوال 1436 هـ``, ``Tue, 11 Aug 2015``.

:func:`parse_dates` reads one column of such values into timestamps. What it does, and why:

* **Day and month in numeric dates** (``05/03/2016``) are ordered by evidence, per source file:
  a value whose first number is over 12 (``13/04/2016``) shows day/month/year, one whose second
  is (``04/13/2016``) month/day/year. With no evidence the file is read day first, the order of
  Arabic news (and of most of the world); a warning says so when values could be read either
  way. A file with evidence both ways gets a warning; its ambiguous values follow the majority.
  (pandas alone infers one format from the first value: ``05/03/2016`` became 3 May and every
  ``13/04/2016`` after it was lost.)
* **Month names** in Arabic are those of the Unicode CLDR (through ``babel``) for Egypt and the
  Gulf (يناير …), the Levant and Iraq (كانون الثاني …) and the Maghreb (جانفي …, يوليوز …),
  matched with hamza and alef folded (``ابريل`` = ``أبريل``) plus the Egyptian ``يونيه``/``يوليه``;
  English names are left to pandas' parser (``dateutil``). Arabic-Indic digits are read.
* **Hijri dates** (a Hijri month name, or a number date marked ``هـ``) are converted with the
  Umm al-Qura calendar (``hijridate``), used in Saudi Arabia; a value that gives both calendars
  (``26 شوال 1436 هـ الموافق 11 أغسطس 2015 م``) is read by its Gregorian part.
* **Numbers**: a value of 10 digits is read as Unix seconds, of 13 digits as milliseconds; one
  of 5 digits (with or without a fraction) between 20000 and 73415 as an Excel serial day
  number (``42206`` = 21 July 2015, what a spreadsheet's date cell becomes in a CSV), with a
  warning.
* **A year or a month alone** (``2015``, ``2015-07``) is dated to its first day, with a warning:
  counts by year or month are right, by day or week they are not.
* A year outside 1800–2100 is not a publication date: the value is left unparsed (``NaT``),
  never guessed. Time zones are converted to UTC and dropped (as before).
"""

from __future__ import annotations

import functools
import re
import warnings
from dataclasses import dataclass, field

import pandas as pd

from ..errors import DiscourseWarning
from ..text.normalize import (
    normalize_alef,
    normalize_alef_maqsura,
    normalize_digits,
    normalize_teh_marbuta,
    remove_diacritics,
    remove_tatweel,
)

__all__ = ["parse_dates", "find_date", "month_number", "DateReport"]


# Spellings the CLDR lacks (Egyptian يونيه/يوليه); CLDR names are read from babel.
_EXTRA_MONTHS = {"يونيه": 6, "يوليه": 7, "اغسطس": 8}

# The twelve Hijri months with their usual spellings (ربيع الآخر/الثاني, جمادى الآخرة/الثانية,
# ذو/ذي القعدة); folded like the text before matching.
_HIJRI_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الثانيه": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}


def _fold(text: str) -> str:
    """The kit's letter folds (diacritics, tatweel, alef variants, ى → ي) and ة → ه in every word."""
    text = remove_diacritics(remove_tatweel(text))
    return normalize_teh_marbuta(normalize_alef_maqsura(normalize_alef(text)))


@functools.cache
def _gregorian_months() -> dict[str, int]:
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    # CLDR's Arabic month names: Egypt and the Gulf (ar), the Levant and Iraq (ar_SY, ar_IQ),
    # Algeria and Tunisia (ar_DZ, ar_TN), Morocco (ar_MA)
    for loc in ("ar", "ar_SY", "ar_IQ", "ar_DZ", "ar_TN", "ar_MA"):
        for ctx in ("format", "stand-alone"):
            for i, name in get_month_names("wide", context=ctx, locale=loc).items():
                out.setdefault(_fold(name), i)
    for name, i in _EXTRA_MONTHS.items():
        out.setdefault(_fold(name), i)
    return out


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@functools.cache
def _patterns():
    greg = _alternation(_gregorian_months())
    hijri = _alternation(_HIJRI_MONTHS)
    sep = r"\s*[\-/،,]?\s*"
    return (
        re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({greg})(?![^\W\d_]){sep}(\d{{4}})(?!\d)"),
        re.compile(rf"(?<![^\W\d_])({greg})(?![^\W\d_])\s*(\d{{1,2}}){sep}(\d{{4}})(?!\d)"),
        re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({hijri})(?![^\W\d_]){sep}(\d{{4}})(?!\d)"),
    )


def month_number(name: str) -> int | None:
    """The number of a Gregorian month named in Arabic (any CLDR regional name, hamza-free
    spellings too): ``month_number("آب") == 8``, ``month_number("جانفي") == 1``."""
    return _gregorian_months().get(_fold(name.strip()))


_ISO_RE = re.compile(
    r"^\s*\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$"
)
_YMD_RE = re.compile(r"(?<!\d)(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?!\d)")
_NUMERIC_RE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
_HIJRI_MARK_RE = re.compile(r"\d\s*(?:هـ|ه\b|هجري)")
_TIME_RE = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(صباحا|مساء|ص|م|am|pm)?", re.I)
_EXCEL_RE = re.compile(r"^\d{5}(?:\.\d+)?$")
_EXCEL_EPOCH = pd.Timestamp(1899, 12, 30)  # serial 1 = 1900-01-01, with Lotus's 29 Feb 1900
_PARTIAL_RE = re.compile(r"^\s*\d{4}(?:[-/.]\d{1,2})?\s*$")  # 2015, 2015-07
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")


@dataclass
class _Numeric:
    """A d/m or m/d date whose order is decided per file."""

    a: int
    b: int
    year: int
    time: tuple[int, int, int]


@dataclass
class _Excel:
    """A date read from an Excel serial day number (reported once per source)."""

    ts: pd.Timestamp


@dataclass
class DateReport:
    """What :func:`parse_dates` had to decide: per source, the order of numeric dates."""

    month_first: list[tuple[str, str]] = field(default_factory=list)  # (source, example)
    assumed_day_first: list[tuple[str, str]] = field(default_factory=list)  # (source, example)
    conflicting: list[tuple[str, str, str]] = field(default_factory=list)  # (source, d/m, m/d)
    excel: list[tuple[str, str]] = field(default_factory=list)  # (source, example)
    partial: list[tuple[str, str, int]] = field(default_factory=list)  # (source, example, count)


def _time_of(text: str) -> tuple[int, int, int]:
    m = _TIME_RE.search(text)
    if not m:
        return (0, 0, 0)
    h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    ampm = (m.group(4) or "").lower()
    if ampm in ("م", "مساء", "pm") and h < 12:
        h += 12
    elif ampm in ("ص", "صباحا", "am") and h == 12:
        h = 0
    return (h, mi, s) if h < 24 and mi < 60 and s < 60 else (0, 0, 0)


def _year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 70 else 1900 + n)


def _stamp(y: int, m: int, d: int, time=(0, 0, 0)):
    if not 1800 <= y <= 2100:
        return None
    try:
        return pd.Timestamp(y, m, d, *time)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int):
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return pd.Timestamp(g.year, g.month, g.day)


def _parse_one(value: str, fields: bool = True):
    """A timestamp, a :class:`_Numeric` to order later, or None. ``fields``: a value of a date
    field, where a bare 10- or 13-digit number is a Unix time and Latin letters with a year go
    to pandas' parser (dateutil); not in a line of running text (a phone number is no date)."""
    text = normalize_digits(value).strip()
    if not text:
        return None
    if _ISO_RE.match(text):
        try:
            ts = pd.Timestamp(text)
        except ValueError:
            return None
        if ts.tzinfo is not None:
            ts = ts.tz_convert("UTC").tz_localize(None)
        return ts if 1800 <= ts.year <= 2100 else None
    if fields and text.isdigit() and len(text) in (10, 13):
        ts = pd.to_datetime(int(text), unit="s" if len(text) == 10 else "ms")
        return ts if 1970 < ts.year <= 2100 else None
    if fields and _EXCEL_RE.match(text) and 20000 <= float(text) <= 73415:
        return _Excel(_EXCEL_EPOCH + pd.Timedelta(days=float(text)))
    folded = _fold(text)
    day_month, month_day, hijri_named = _patterns()
    m = day_month.search(folded)
    if m:
        return _stamp(int(m.group(3)), _gregorian_months()[m.group(2)], int(m.group(1)), _time_of(text))
    m = month_day.search(folded)
    if m:
        return _stamp(int(m.group(3)), _gregorian_months()[m.group(1)], int(m.group(2)), _time_of(text))
    m = hijri_named.search(folded)
    if m:
        return _hijri(int(m.group(3)), _HIJRI_MONTHS[m.group(2)], int(m.group(1)))
    hijri_marked = bool(_HIJRI_MARK_RE.search(text))
    m = _YMD_RE.search(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if hijri_marked:
            return _hijri(y, mo, d)
        return _stamp(y, mo, d, _time_of(text[m.end() :]))
    m = _NUMERIC_RE.search(text)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        if hijri_marked:
            return _hijri(int(m.group(3)), b, a)
        return _Numeric(a, b, y, _time_of(text[m.end() :]))
    if fields and _YEAR_RE.search(text) and re.search(r"[A-Za-z]", text):
        # English month names and the like (Tue, 11 Aug 2015 10:00:00 GMT): dateutil
        try:
            ts = pd.to_datetime(text, format="mixed", utc=True, dayfirst=True)
        except (ValueError, OverflowError, TypeError):
            return None
        ts = ts.tz_localize(None)
        return ts if 1800 <= ts.year <= 2100 else None
    return None


def parse_dates(values: pd.Series, sources: pd.Series | None = None, *, report: DateReport | None = None):
    """Parse a column of date values (strings, or None) into a datetime64 column (NaT where a
    value is missing or not a date); ``sources`` (the source file of each value) groups the
    day/month decision. Warns when numeric dates were read day first without evidence, or
    when one source has evidence both ways."""
    report = report if report is not None else DateReport()
    if sources is None:
        sources = pd.Series("", index=values.index)
    # ISO 8601 (most exports) in one vectorized call; the rest value by value
    iso = pd.to_datetime(values, format="ISO8601", errors="coerce", utc=True).dt.tz_localize(None)
    iso = iso.where((iso.dt.year >= 1800) & (iso.dt.year <= 2100))
    partial = values[iso.notna()].astype(str).str.match(_PARTIAL_RE)
    if partial.any():
        for src, vals in values[iso.notna()][partial].groupby(sources[iso.notna()][partial], sort=False):
            report.partial.append((src, str(vals.iloc[0]), len(vals)))
    rest = values[iso.isna() & values.notna()]
    if rest.empty:
        _warn(report)
        return iso
    parsed = {}
    for v in pd.unique(rest):
        parsed[v] = _parse_one(str(v))
    out = []
    numeric = {}  # source -> [(value, _Numeric)]
    excel_seen = set()
    for v, src in zip(values, sources):
        p = parsed.get(v) if v is not None and not (isinstance(v, float) and pd.isna(v)) else None
        if isinstance(p, _Numeric):
            numeric.setdefault(src, []).append((v, p))
        elif isinstance(p, _Excel) and src not in excel_seen:
            excel_seen.add(src)
            report.excel.append((src, str(v)))
    order = {}
    for src, items in numeric.items():
        dmy = [v for v, n in items if n.a > 12 >= n.b]
        mdy = [v for v, n in items if n.b > 12 >= n.a]
        month_first = len(mdy) > len(dmy)
        order[src] = month_first
        if dmy and mdy:
            report.conflicting.append((src, dmy[0], mdy[0]))
        elif month_first:
            report.month_first.append((src, mdy[0]))
        elif not dmy and any(n.a != n.b and n.a <= 12 and n.b <= 12 for _, n in items):
            report.assumed_day_first.append((src, next(v for v, n in items if n.a != n.b)))
    for v, src in zip(values, sources):
        p = parsed.get(v) if v is not None and not (isinstance(v, float) and pd.isna(v)) else None
        if isinstance(p, _Numeric):
            a, b = (p.b, p.a) if order[src] else (p.a, p.b)
            if order[src] and p.a > 12 >= p.b:  # an unambiguous day/month value in a month-first file
                a, b = p.a, p.b
            elif not order[src] and p.b > 12 >= p.a:
                a, b = p.b, p.a
            p = _stamp(p.year, b, a, p.time)
        elif isinstance(p, _Excel):
            p = p.ts
        out.append(p)
    result = pd.to_datetime(pd.Series(out, index=values.index, dtype="object"), errors="coerce")
    _warn(report)
    return iso.fillna(result)


def find_date(line: str) -> str | None:
    """The date a line of text gives (``YYYY-MM-DD``), numeric dates read day first; for the
    dateline of a plain-text article. English month names and Unix times are not tried here."""
    p = _parse_one(line, fields=False)
    if isinstance(p, _Numeric):
        p = _stamp(p.year, p.b, p.a)
    return None if p is None else f"{p.year:04d}-{p.month:02d}-{p.day:02d}"


def _warn(report: DateReport) -> None:
    messages = []
    for src, example in report.excel[:3]:
        day = _EXCEL_EPOCH + pd.Timedelta(days=float(normalize_digits(example)))
        messages.append(
            f"{src or 'the date field'}: dates such as {example!r} were read as Excel serial day "
            f"numbers ({example} = {day:%Y-%m-%d}), what a spreadsheet's date cell becomes when "
            "saved as text. If they are something else, leave out the date field."
        )
    for src, example, n in report.partial[:3]:
        messages.append(
            f"{src or 'the date field'}: {n} date value(s) give only a year or a month (e.g. "
            f"{example!r}); they are dated to its first day. Counts by year or month are right, "
            "by day or week they are not."
        )
    for src, example in report.assumed_day_first[:3]:
        messages.append(
            f"{src or 'the date field'}: numeric dates such as {example!r} were read as "
            "day/month/year (the usual order in Arabic news; no value there shows the order). "
            "If that source writes month/day/year, convert its dates to YYYY-MM-DD first."
        )
    for src, example in report.month_first[:3]:
        messages.append(
            f"{src or 'the date field'}: numeric dates were read as month/day/year, as values "
            f"such as {example!r} show (and none shows day first)."
        )
    for src, dmy, mdy in report.conflicting[:3]:
        messages.append(
            f"{src or 'the date field'}: numeric dates are written both day first ({dmy!r}) and "
            f"month first ({mdy!r}); each such value is read its way, and the ones that could be "
            "either follow the majority. Check the dates of that source."
        )
    for message in messages:
        warnings.warn(message, DiscourseWarning, stacklevel=4)
