"""The lemma table shipped with the kit: the lemmas of the most frequent Arabic word forms.

A first ``prepare`` on a new corpus spends most of its time analysing word forms it has not seen
(two morphological analysers per form). Most forms of any news corpus are among the most
frequent forms of Arabic, so the kit ships their lemmas: every form of the ``wordfreq`` Arabic
vocabulary (698,578 forms with wordfreq 3.1: about 620,000 under their lemma key, and some of them
again with a final tanwin, see :func:`vocabulary`), and the noun readings the tokenizer asks for
when a form it reads as a verb follows a preposition (تحمل → تحملٍ) or a word in ـية it reads as a
nisba stands where a noun does (الشرعية → بالشرعية; 60,273 forms of both kinds with 0.4.64's
rules), and the most frequent forms again with a one-letter proclitic written on them
(وحوارهم, فالمزاد, للمتخرج; 381,227 forms besides those above, see :func:`clitic_forms`),
lemmatized once by the kit's
own :class:`~discourse.text.lemmatize.Lemmatizer` (``method="kit"``, without user overrides or
gazetteer names, which are applied before the table) and stored as Parquet in
``data/lexicons/lemma_table.parquet`` (its forms come from wordfreq's CC BY-SA 4.0 word lists:
``lemma_table.NOTICE.md`` beside it gives the source and licence).

The table records the lemmatizer's version (a hash of the code and rules that decide lemmas,
and the versions of qalsadi and farahidi). A lemmatizer of another version does not use it, so
a table can never give lemmas the current rules would not; rebuild it after changing the rules::

    python -m discourse.text.lemma_table            # about 20 minutes on 2 cores (1,140,078 forms)

``tests/test_lemma_table.py`` checks that the shipped table is of the current version and equals
what the current rules give on a random sample of its forms.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import config

__all__ = [
    "table_path",
    "load_table",
    "lookup",
    "lookup_one",
    "build",
    "vocabulary",
    "vocabulary_words",
    "clitic_forms",
]

_FIELDS = ("lemma", "pos", "proclitic", "enclitic", "n_candidates", "lemma_source")


def table_path() -> Path:
    return config.lexicon_path("lemma_table")


_LOADED: dict[str, pa.Table | None] = {}


def load_table(version: str, path: str | Path | None = None) -> pa.Table | None:
    """The shipped table when it was built by a lemmatizer of ``version``, else ``None``."""
    path = Path(path) if path else table_path()
    key = f"{path}|{version}"
    if key not in _LOADED:
        table = None
        if path.exists():
            meta = pq.read_schema(path).metadata or {}
            if meta.get(b"lemmatizer_version", b"").decode() == version:
                # one chunk per column: Parquet is read in batches, and a ``take`` from a column
                # of several chunks joins them first (4.3 ms a lookup of one form against 0.04 ms)
                table = pq.read_table(path).combine_chunks()
        _LOADED[key] = table
    return _LOADED[key]


_INDEX: dict[int, dict[str, int]] = {}


def _index(table: pa.Table) -> dict[str, int]:
    """``form -> row`` of the table, built once per loaded table (a dictionary: a corpus's
    100,000 distinct forms are looked up in a few hundredths of a second)."""
    idx = _INDEX.get(id(table))
    if idx is None:
        forms = table.column("form").to_pylist()
        idx = _INDEX[id(table)] = dict(zip(forms, range(len(forms))))
    return idx


def lookup(table: pa.Table, keys: list[str]) -> dict[str, tuple]:
    """``key -> (lemma, pos, proclitic, enclitic, n_candidates, lemma_source)`` for the keys
    the table holds."""
    if table is None or not keys:
        return {}
    index = _index(table)
    found = [k for k in keys if k in index]
    if not found:
        return {}
    rows = table.take(pa.array([index[k] for k in found], pa.int64()))
    cols = [rows.column(f).to_pylist() for f in _FIELDS]
    return dict(zip(found, zip(*cols)))


def lookup_one(table: pa.Table | None, key: str) -> tuple | None:
    """:func:`lookup` of one key (``None`` when the table does not hold it), by scalar access:
    a few hundredths of a millisecond, where a ``take`` of one row costs several milliseconds."""
    if table is None:
        return None
    row = _index(table).get(key)
    if row is None:
        return None
    return tuple(table.column(f)[row].as_py() for f in _FIELDS)


#: Forms with the article never carry tanwin (a definite noun is not indefinite).
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فلل", "وكال", "فبال")
#: The most frequent forms (without the article) whose kasratan and dammatan keys
#: (ثوانٍ, أثرٌ) the table holds as well.
_TANWEEN_TOP = 20_000


def vocabulary_words() -> list[str]:
    """The ``wordfreq`` Arabic vocabulary under its lemma keys, most frequent first (every key
    with an Arabic letter, each once)."""
    from wordfreq import top_n_list

    from .lemmatize import lemma_key
    from .normalize import ARABIC_LETTER_RE

    keys = dict.fromkeys(lemma_key(w) for w in top_n_list("ar", 10**7))
    return [k for k in keys if ARABIC_LETTER_RE.search(k)]


def vocabulary() -> list[str]:
    """The forms the table covers: the ``wordfreq`` Arabic vocabulary under its lemma keys, and
    the keys of the same forms with a final tanwin, which the lemma key keeps (wordfreq writes
    no diacritics): fathatan on every form without the article that ends in ا, ة, ء or ى
    (مؤخراً, عادةً, مساءً, مستوًى; not after ـها ـنا ـوا), kasratan and dammatan on the :data:`_TANWEEN_TOP` most
    frequent ones that end in another letter."""
    words = vocabulary_words()
    indefinite = [w for w in words if not w.startswith(_DEFINITE) and len(w) > 1]
    # (not after the endings ـها ـنا ـوا: a pronoun or a verb ending never takes tanwin)
    fathatan = [
        w + "\u064b"
        for w in indefinite
        if w.endswith(("ا", "ة", "ء", "ى")) and not w.endswith(("ها", "نا", "وا"))
    ]
    others = [w for w in indefinite if not w.endswith(("ا", "ى"))][:_TANWEEN_TOP]
    return list(dict.fromkeys(words + fathatan + [w + t for w in others for t in "\u064c\u064d"]))


#: How many of the most frequent forms of the vocabulary the table holds again with each one-letter
#: proclitic written on them (:func:`clitic_forms`). A cold run's new forms are rare words, but
#: a fifth of them are one of these clitics on a frequent form (وحوارهم, فالمزاد, بالمعايدة);
#: و is the most productive, so it goes deepest.
CLITIC_TOP = {"و": 300_000, "ف": 50_000, "ب": 100_000, "ل": 100_000, "ك": 25_000}


def clitic_forms(words: list[str], top: dict[str, int] | None = None) -> list[str]:
    """The forms of ``words`` (most frequent first) with a one-letter proclitic written on them:
    each clitic of ``top`` (default :data:`CLITIC_TOP`) on as many of the first words as it
    says, ل on a word with the article written لل (الدولة → للدولة), in the order of the words.

    >>> clitic_forms(["الدولة", "كتاب", "سعر"], {"و": 2, "ل": 3})
    ['والدولة', 'للدولة', 'وكتاب', 'لكتاب', 'لسعر']
    """
    top = CLITIC_TOP if top is None else top
    out = []
    for i, w in enumerate(words[: max(top.values(), default=0)]):
        for c, n in top.items():
            if i < n:
                out.append("لل" + w[2:] if c == "ل" and w.startswith("ال") else c + w)
    return list(dict.fromkeys(out))


def build(path: str | Path | None = None, n_jobs: int = -1, limit: int | None = None) -> Path:
    """Lemmatize :func:`vocabulary` with the current rules and write the table."""
    from .lemmatize import TANWEEN, Lemmatizer
    from .tokenize import noun_reading_asks

    path = Path(path) if path else table_path()
    forms = vocabulary()[:limit]
    lem = Lemmatizer(cache=False, overrides=None, names=False, n_jobs=n_jobs, progress=True, table=False)
    t = time.perf_counter()
    res = lem._compute(forms)
    # the noun readings the tokenizer asks for when one of these verbs follows a preposition
    # (في تحمل → تحملٍ), or one of these nisbas in ـية stands where a noun does (الشرعية →
    # بالشرعية): without them a cold run analysed several hundred per two days of news
    # (not of a form that already has a tanwin, which no verb has: يحتفلٌ is no word of a text)
    plain = {f: r for f, r in res.items() if f[-1] not in TANWEEN}
    extra = [f for f in noun_reading_asks(plain) if f not in res]
    res.update(lem._compute(extra))
    forms += extra
    # the vocabulary again with a proclitic on its most frequent forms (those not held yet):
    # about a fifth of a cold run's new forms, and the costliest to analyse (of the 10,713 forms
    # of the 2 zips of benchmarks/scale.py that 0.4.65's table lacked, 2,293 are these; on one
    # core 3.0 ms each against 2.0 ms for the others, 1,000 of each timed)
    clitics = [f for f in clitic_forms(vocabulary_words()[:limit]) if f not in res]
    res.update(lem._compute(clitics))
    forms += clitics
    cols = {"form": forms}
    for f in _FIELDS:
        cols[f] = [getattr(res[k], f) for k in forms]
    schema = pa.schema(
        [("form", pa.string())] + [(f, pa.int16() if f == "n_candidates" else pa.string()) for f in _FIELDS],
        metadata={
            "lemmatizer_version": lem.version,
            "forms": "wordfreq ar top_n_list",
            "licence": "CC BY-SA 4.0 (forms from wordfreq; see lemma_table.NOTICE.md)",
            "seconds": f"{time.perf_counter() - t:.0f}",
        },
    )
    table = pa.table(cols, schema=schema)
    tmp = path.with_suffix(".tmp")
    pq.write_table(
        table,
        tmp,
        compression="zstd",
        compression_level=19,
        use_dictionary=["lemma", "pos", "proclitic", "enclitic", "lemma_source"],
    )
    tmp.replace(path)
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the shipped lemma table.")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--jobs", type=int, default=-1, help="worker processes (default -1: all cores)")
    ap.add_argument("--limit", type=int, default=None, help="only the N most frequent forms")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    path = build(args.out, args.jobs, args.limit)
    n = pq.read_metadata(path).num_rows
    print(f"{n:,} forms in {time.perf_counter() - t:.0f} s -> {path} ({path.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
