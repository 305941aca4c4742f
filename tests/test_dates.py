"""Dates as news files write them (discourse/io/dates.py): each expected value worked out by hand."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from discourse.io.corpus import read_corpus
from discourse.io.dates import find_date, month_number, parse_dates

T = pd.Timestamp


def _parse(values, sources=None):
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        out = parse_dates(pd.Series(values, dtype="object"), None if sources is None else pd.Series(sources))
    return out.tolist(), [str(w.message) for w in record]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2015-08-11", T("2015-08-11")),
        ("2015-08-11 10:00:00+03:00", T("2015-08-11 07:00")),  # to UTC, as before
        ("11 أغسطس 2015", T("2015-08-11")),
        ("الثلاثاء ١١ آب ٢٠١٥", T("2015-08-11")),  # Levantine month, Arabic-Indic digits, weekday
        ("3 جويلية 2019", T("2019-07-03")),  # Maghreb
        ("يوليوز 3، 2019", T("2019-07-03")),  # Morocco, month first
        ("1 ابريل 2020", T("2020-04-01")),  # no hamza
        ("5 يونيه 2014", T("2014-06-05")),  # Egyptian spelling
        ("26 شوال 1436 هـ", T("2015-08-11")),  # Umm al-Qura: 26 Shawwal 1436 = 11 August 2015
        ("1436/10/26هـ", T("2015-08-11")),
        ("26 شوال 1436 هـ الموافق 12 أغسطس 2015 م", T("2015-08-12")),  # the Gregorian part wins
        ("Tue, 11 Aug 2015 10:00:00 GMT", T("2015-08-11 10:00")),
        ("1439280000", T("2015-08-11 08:00")),  # Unix seconds
        ("11/8/15 10:30 م", T("2015-08-11 22:30")),  # two-digit year, م after a time is p.m.
        ("31/02/2016", pd.NaT),  # no such day: not guessed
        ("12/05/1436", pd.NaT),  # a Hijri year without هـ is no Gregorian date
        ("غدا", pd.NaT),
        (None, pd.NaT),
    ],
)
def test_one_value(value, expected):
    got, _ = _parse([value])
    assert got[0] is pd.NaT if expected is pd.NaT else got[0] == expected


def test_day_and_month_are_ordered_by_the_evidence_of_each_file():
    # a.csv shows day first (13/04), b.csv month first (04/13): 05/03 is read the way of its file
    got, msgs = _parse(
        ["13/04/2016", "05/03/2016", "04/13/2016", "05/03/2016"], ["a.csv", "a.csv", "b.csv", "b.csv"]
    )
    assert got == [T("2016-04-13"), T("2016-03-05"), T("2016-04-13"), T("2016-05-03")]
    assert any("b.csv" in m and "month/day/year" in m for m in msgs)


def test_without_evidence_numeric_dates_are_day_first_and_a_warning_says_so():
    got, msgs = _parse(["05/03/2016", "06/04/2016"])
    assert got == [T("2016-03-05"), T("2016-04-06")]
    assert any("'05/03/2016'" in m and "day/month/year" in m for m in msgs)
    got, msgs = _parse(["01/01/2016", "2015-08-11"])  # nothing could be read the other way
    assert got == [T("2016-01-01"), T("2015-08-11")] and msgs == []


def test_a_file_with_both_orders_is_warned_about():
    got, msgs = _parse(["13/04/2016", "14/04/2016", "04/15/2016", "05/03/2016"], ["x"] * 4)
    assert got == [T("2016-04-13"), T("2016-04-14"), T("2016-04-15"), T("2016-03-05")]  # majority: day first
    assert any("both day first ('13/04/2016') and month first ('04/15/2016')" in m for m in msgs)


def test_month_names_and_datelines():
    assert [month_number(m) for m in ("آب", "جانفي", "أيلول", "شتنبر", "ديسمبر")] == [8, 1, 9, 9, 12]
    assert find_date("الرياض 11 أغسطس 2015") == "2015-08-11"
    assert find_date("05/03/2016") == "2016-03-05"
    assert find_date("CNN 2015") is None
    assert find_date("0555123456") is None  # a phone number on a header line is no Unix time


def test_a_csv_of_day_first_dates_keeps_every_date(tmp_path):
    # pandas alone read 05/03/2016 as 3 May and lost 13/04/2016 (seen on a researcher-style CSV)
    (tmp_path / "c.csv").write_text("text;date\nخبر أول.;05/03/2016\nخبر ثان.;13/04/2016\n", encoding="utf-8")
    docs = read_corpus(tmp_path / "c.csv", delimiter=";", headline=False)
    assert docs["date"].tolist() == [T("2016-03-05"), T("2016-04-13")]


def test_excel_serial_day_numbers_are_read_and_said():
    # a spreadsheet date cell saved as text: 42206 days after 1899-12-30 is 2015-07-21
    # (Excel counts 1 = 1900-01-01 and keeps Lotus's 29 February 1900); .5 is noon
    got, msgs = _parse(["42206", "42206.5", "12345"], ["h.tsv"] * 3)
    assert got[:2] == [T("2015-07-21"), T("2015-07-21 12:00")]
    assert got[2] is pd.NaT  # five digits outside 1954–2100: not a date, not guessed
    assert any("h.tsv" in m and "Excel serial" in m and "42206 = 2015-07-21" in m for m in msgs)
    assert find_date("رقم 42206") is None  # running text: a number is no date


def test_a_year_or_month_alone_is_dated_to_its_first_day_with_a_warning():
    got, msgs = _parse(["2015", "2015-07", "2015-07-21"], ["b.csv"] * 3)
    assert got == [T("2015-01-01"), T("2015-07-01"), T("2015-07-21")]
    assert any("b.csv: 2 date value(s) give only a year or a month (e.g. '2015')" in m for m in msgs)
    _, msgs = _parse(["2015-07-21", "2015-07-22"])
    assert msgs == []
