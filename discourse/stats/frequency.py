"""Frequency lists and n-grams, overall or per group (outlet, period, …).

Every function takes the token table and returns a new DataFrame with fixed columns:

``feature, frequency, per_10k, rank, docfreq, range`` (+ ``group`` when grouped)

* ``frequency``: raw count; ``per_10k``: per 10,000 *word tokens* (non-punctuation tokens of
  the corpus or group, whatever else is filtered out, so figures stay comparable);
* ``rank``: 1 = most frequent (ties share the lowest rank, as in quanteda's
  ``textstat_frequency``); ``docfreq``: number of documents the feature occurs in;
  ``range``: ``docfreq`` as a share of the documents (of the group).

>>> import discourse as dc
>>> freq = dc.frequency(dc.prepare().tokens, by="lemma", remove_stop=True)  # doctest: +SKIP
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import config
from ._select import check_tokens, codes_of, group_values, word_mask

__all__ = ["frequency", "frequency_table", "ngrams", "add_period", "vocabulary_summary", "FREQUENCY_COLUMNS"]

FREQUENCY_COLUMNS = ["feature", "frequency", "per_10k", "rank", "docfreq", "range"]


def _table(
    feature: pd.Series,
    doc: pd.Series,
    groups: pd.Series | None,
    words_in: pd.Series,
    docs_in: pd.Series,
    min_count: int,
) -> pd.DataFrame:
    # counted on integer codes (a categorical's own); strings only for the distinct features
    fcodes, fnames = codes_of(feature)
    dcodes, _ = codes_of(doc)
    if groups is not None:
        gcodes, gnames = codes_of(groups)
    else:
        gcodes, gnames = np.zeros(len(fcodes), np.int64), pd.Index(["all"])
    df = pd.DataFrame({"g": gcodes, "f": fcodes, "d": dcodes})
    counts = (
        df.groupby(["g", "f"], sort=False)
        .agg(frequency=("d", "size"), docfreq=("d", "nunique"))
        .reset_index()
    )
    group = np.asarray(gnames, dtype=object)[counts["g"].to_numpy()]
    counts = pd.DataFrame(
        {
            "feature": pd.array(np.asarray(fnames, dtype=object)[counts["f"].to_numpy()], dtype="str"),
            "frequency": counts["frequency"].to_numpy(np.int64),
            "docfreq": counts["docfreq"].to_numpy(np.int64),
            "group": group,
        }
    )
    return frequency_table(counts, words_in, docs_in, min_count=min_count)


def frequency_table(
    counts: pd.DataFrame, words_in: pd.Series, docs_in: pd.Series, *, min_count: int = 1
) -> pd.DataFrame:
    """The frequency list from raw counts — the one builder of the pandas and Dask paths.

    Parameters
    ----------
    counts : DataFrame
        ``group, feature, frequency, docfreq``: occurrences and documents per feature and group.
    words_in, docs_in : Series
        Word tokens and documents of each group (indexed by group), the denominators of
        ``per_10k`` and ``range``.
    min_count : int
        Features with fewer occurrences in a group are left out of it.

    Returns
    -------
    DataFrame
        :data:`FREQUENCY_COLUMNS` and ``group``, most frequent first within each group (ties
        by feature), ``rank`` with ties sharing the lowest rank.
    """
    counts = counts[counts["frequency"] >= min_count].copy()
    counts["per_10k"] = counts["frequency"] / counts["group"].map(words_in).to_numpy() * 10_000
    counts["range"] = counts["docfreq"] / counts["group"].map(docs_in).to_numpy()
    counts = counts.sort_values(
        ["group", "frequency", "feature"], ascending=[True, False, True], kind="stable"
    )
    counts["rank"] = (
        counts.groupby("group", observed=True)["frequency"]
        .rank(method="min", ascending=False)
        .astype("int64")
    )
    out = counts[FREQUENCY_COLUMNS + ["group"]].reset_index(drop=True)
    out["frequency"] = out["frequency"].astype("int64")
    out["docfreq"] = out["docfreq"].astype("int64")
    return out


def _totals(tokens: pd.DataFrame, groups: pd.Series | None) -> tuple[pd.Series, pd.Series]:
    """Word tokens and documents per group (or of the whole table, as group ``"all"``)."""
    words = word_mask(tokens)
    if groups is None:
        return (pd.Series({"all": int(words.sum())}), pd.Series({"all": int(tokens["doc_id"].nunique())}))
    return (
        words.groupby(groups, observed=True).sum(),
        tokens["doc_id"].groupby(groups, observed=True).nunique(),
    )


def frequency(
    tokens: pd.DataFrame,
    *,
    by: str = "lemma",
    group: str | None = None,
    docs: pd.DataFrame | None = None,
    remove_stop: bool = False,
    remove_punct: bool = True,
    remove_num: bool = False,
    min_count: int = 1,
    top: int | None = None,
    n: int | None = None,
) -> pd.DataFrame:
    """Frequency list of tokens, normalized forms or lemmas.

    Parameters
    ----------
    tokens : DataFrame
        The token table.
    by : {"lemma", "norm", "token", "root"}
        What counts as one feature.
    group : str, optional
        A token-table column, or a documents-table column (with ``docs=``), e.g. ``"outlet"``;
        frequencies are then per group, with a ``group`` column.
    remove_stop, remove_punct, remove_num : bool
        Leave out stopwords, punctuation (default) or numbers.
    min_count : int
        Keep features seen at least this often (per group).
    top : int, optional
        Keep the ``top`` most frequent features (per group); ``n=`` before 0.4.0 (works until
        0.5 with a warning).

    Returns
    -------
    DataFrame
        ``feature, frequency, per_10k, rank, docfreq, range`` (+ ``group``), most frequent first.

    Examples
    --------
    The lemma ``حكومة`` counts ``الحكومة``, ``للحكومة`` and ``حكومة`` together.
    """
    check_tokens(tokens, by, "frequency()")
    groups = group_values(tokens, group, docs)
    words_in, docs_in = _totals(tokens, groups)
    if docs is not None and group is None:
        docs_in = pd.Series({"all": len(docs)})
    m = word_mask(tokens, remove_punct=remove_punct, remove_stop=remove_stop, remove_num=remove_num)
    out = _table(
        tokens.loc[m, by],
        tokens.loc[m, "doc_id"],
        groups[m] if groups is not None else None,
        words_in,
        docs_in,
        min_count,
    )
    top = config.renamed(top, n, old="n", new="top", func="frequency")
    if top is not None:
        out = out[out["rank"] <= top].groupby("group", observed=True).head(top).reset_index(drop=True)
    if group is None:
        out = out.drop(columns="group")
    return out


def ngrams(
    tokens: pd.DataFrame,
    n: int = 2,
    *,
    by: str = "lemma",
    group: str | None = None,
    docs: pd.DataFrame | None = None,
    skip_stop_only: bool = True,
    min_count: int = 1,
) -> pd.DataFrame:
    """Frequency list of n-grams (2–4) of consecutive words within a sentence.

    An n-gram never crosses a sentence boundary or a punctuation mark. With
    ``skip_stop_only`` (default), n-grams made only of stopwords (``من قبل``) are left out.
    Features are the n items joined by a space (``الحوار الاستراتيجي`` → ``حوار استراتيجي``
    with ``by="lemma"``). Columns as :func:`frequency`.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    n : int
        The n-gram length (2–4).
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.
    group : str, optional
        Count per value of this token or document column.
    docs : DataFrame, optional
        The documents table, for a ``group`` that is a document column (``outlet``, ``period``).
    skip_stop_only : bool
        Leave out n-grams made only of stopwords (default True).
    min_count : int
        Leave out n-grams seen fewer times (per group).
    """
    if not 2 <= n <= 4:
        raise ValueError("n must be 2, 3 or 4.")
    check_tokens(tokens, by, "ngrams()")
    t = (
        tokens.sort_values(["doc_id", "tok_id"], kind="stable")
        if not tokens["tok_id"].is_monotonic_increasing
        else tokens
    )
    feat, names = codes_of(t[by])
    feat = feat.astype(np.int64)
    doc = codes_of(t["doc_id"])[0]
    sent = t["sent_id"].to_numpy()
    punct = t["is_punct"].to_numpy(bool)
    stop = t["is_stop"].to_numpy(bool)
    L = len(t) - n + 1
    if L <= 0:
        return pd.DataFrame(columns=FREQUENCY_COLUMNS)
    ok = np.ones(L, bool)
    all_stop = np.ones(L, bool)
    for k in range(n):
        ok &= ~punct[k : k + L]
        all_stop &= stop[k : k + L]
        if k:
            ok &= (doc[k : k + L] == doc[:L]) & (sent[k : k + L] == sent[:L])
    if skip_stop_only:
        ok &= ~all_stop
    idx = np.flatnonzero(ok)
    # an n-gram is a code built one item at a time (renumbered each step, so never overflows);
    # its text is joined once per distinct n-gram
    gram, parts = feat[idx], [feat[idx]]
    for k in range(1, n):
        gram = pd.factorize(gram * len(names) + feat[idx + k])[0].astype(np.int64)
        parts.append(feat[idx + k])
    first = np.unique(gram, return_index=True)[1]  # gram codes are 0..k-1 after factorize
    names = np.asarray(names, dtype=object)
    texts = [" ".join(w) for w in zip(*(names[p[first]] for p in parts))]
    tcodes, tnames = pd.factorize(np.asarray(texts, dtype=object))
    gram = pd.Series(pd.Categorical.from_codes(tcodes[gram], pd.Index(tnames, dtype="str")))
    groups = group_values(t, group, docs)
    words_in, docs_in = _totals(t, groups)
    out = _table(
        gram, pd.Series(doc[idx]), None if groups is None else groups.iloc[idx], words_in, docs_in, min_count
    )
    return out if group is not None else out.drop(columns="group")


def add_period(docs: pd.DataFrame, freq: str = "M", *, column: str = "period") -> pd.DataFrame:
    """A copy of the documents table with a period column (``"M"`` month, ``"W"`` week, ``"D"`` day)
    from ``date``, for grouping (``group="period", docs=...``). Undated documents get ``<NA>``.

    Parameters
    ----------
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    freq : str
        A pandas period code: ``"M"`` month (default), ``"W"`` week, ``"D"`` day, ``"Y"`` year.
    column : str
        The name of the new column.
    """
    out = docs.copy()
    out[column] = out["date"].dt.to_period(freq).astype("string")
    return out


def vocabulary_summary(tokens: pd.DataFrame) -> pd.DataFrame:
    """How many distinct types each level has (token, norm, lemma, root), over word tokens.

    Returns ``level, tokens, types, type_token_ratio``: lemmatization merges inflected and
    clitic-bearing forms, so it has fewer types than the written forms.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    """
    check_tokens(tokens, None, "vocabulary_summary()")
    words = tokens[word_mask(tokens)]
    rows = [
        {
            "level": c,
            "tokens": len(words),
            "types": int(words[c].nunique()),
            "type_token_ratio": words[c].nunique() / max(len(words), 1),
        }
        for c in ("token", "norm", "lemma", "root")
        if c in words
    ]
    return pd.DataFrame(rows)
