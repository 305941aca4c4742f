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

from ._select import check_tokens, group_values, word_mask

__all__ = ["frequency", "ngrams", "add_period", "vocabulary_summary", "FREQUENCY_COLUMNS"]

FREQUENCY_COLUMNS = ["feature", "frequency", "per_10k", "rank", "docfreq", "range"]


def _table(feature: pd.Series, doc: pd.Series, groups: pd.Series | None, words_in: pd.Series,
           docs_in: pd.Series, min_count: int) -> pd.DataFrame:
    df = pd.DataFrame({"feature": feature.to_numpy(), "doc_id": doc.to_numpy(),
                       "group": groups.to_numpy() if groups is not None else "all"})
    counts = df.groupby(["group", "feature"], sort=False, observed=True).agg(
        frequency=("doc_id", "size"), docfreq=("doc_id", "nunique")).reset_index()
    counts = counts[counts["frequency"] >= min_count]
    counts["per_10k"] = counts["frequency"] / counts["group"].map(words_in).to_numpy() * 10_000
    counts["range"] = counts["docfreq"] / counts["group"].map(docs_in).to_numpy()
    counts = counts.sort_values(["group", "frequency", "feature"], ascending=[True, False, True],
                                kind="stable")
    counts["rank"] = counts.groupby("group", observed=True)["frequency"].rank(
        method="min", ascending=False).astype("int64")
    out = counts[FREQUENCY_COLUMNS + ["group"]].reset_index(drop=True)
    return out


def frequency(tokens: pd.DataFrame, *, by: str = "lemma", group: str | None = None,
              docs: pd.DataFrame | None = None, remove_stop: bool = False,
              remove_punct: bool = True, remove_num: bool = False, min_count: int = 1,
              n: int | None = None) -> pd.DataFrame:
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
    n : int, optional
        Keep the ``n`` most frequent features (per group).

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
    g_all = groups if groups is not None else pd.Series("all", index=tokens.index)
    words = word_mask(tokens)
    words_in = words.groupby(g_all.to_numpy(), observed=True).sum()
    docs_in = tokens["doc_id"].groupby(g_all.to_numpy(), observed=True).nunique()
    if docs is not None and group is None:
        docs_in = pd.Series({"all": len(docs)})
    m = word_mask(tokens, remove_punct=remove_punct, remove_stop=remove_stop, remove_num=remove_num)
    out = _table(tokens.loc[m, by], tokens.loc[m, "doc_id"],
                 g_all[m] if groups is not None else None, words_in, docs_in, min_count)
    if n is not None:
        out = out[out["rank"] <= n].groupby("group", observed=True).head(n).reset_index(drop=True)
    if group is None:
        out = out.drop(columns="group")
    return out


def ngrams(tokens: pd.DataFrame, n: int = 2, *, by: str = "lemma", group: str | None = None,
           docs: pd.DataFrame | None = None, skip_stop_only: bool = True,
           min_count: int = 1) -> pd.DataFrame:
    """Frequency list of n-grams (2–4) of consecutive words within a sentence.

    An n-gram never crosses a sentence boundary or a punctuation mark. With
    ``skip_stop_only`` (default), n-grams made only of stopwords (``من قبل``) are left out.
    Features are the n items joined by a space (``الحوار الاستراتيجي`` → ``حوار استراتيجي``
    with ``by="lemma"``). Columns as :func:`frequency`.
    """
    if not 2 <= n <= 4:
        raise ValueError("n must be 2, 3 or 4.")
    check_tokens(tokens, by, "ngrams()")
    t = tokens.sort_values(["doc_id", "tok_id"], kind="stable") if not tokens["tok_id"].is_monotonic_increasing else tokens
    feat = t[by].astype(str).to_numpy()
    doc = t["doc_id"].to_numpy()
    sent = t["sent_id"].to_numpy()
    punct = t["is_punct"].to_numpy(bool)
    stop = t["is_stop"].to_numpy(bool)
    L = len(t) - n + 1
    if L <= 0:
        return pd.DataFrame(columns=FREQUENCY_COLUMNS)
    ok = np.ones(L, bool)
    all_stop = np.ones(L, bool)
    for k in range(n):
        ok &= ~punct[k:k + L]
        all_stop &= stop[k:k + L]
        if k:
            ok &= (doc[k:k + L] == doc[:L]) & (sent[k:k + L] == sent[:L])
    if skip_stop_only:
        ok &= ~all_stop
    idx = np.flatnonzero(ok)
    gram = pd.Series(feat[idx], dtype=object)
    for k in range(1, n):
        gram = gram + " " + feat[idx + k]
    groups = group_values(t, group, docs)
    g_all = groups if groups is not None else pd.Series("all", index=t.index)
    words = word_mask(t)
    words_in = words.groupby(g_all.to_numpy(), observed=True).sum()
    docs_in = t["doc_id"].groupby(g_all.to_numpy(), observed=True).nunique()
    out = _table(gram, pd.Series(doc[idx]), None if groups is None else pd.Series(g_all.to_numpy()[idx]),
                 words_in, docs_in, min_count)
    return out if group is not None else out.drop(columns="group")


def add_period(docs: pd.DataFrame, freq: str = "M", *, column: str = "period") -> pd.DataFrame:
    """A copy of the documents table with a period column (``"M"`` month, ``"W"`` week, ``"D"`` day)
    from ``date``, for grouping (``group="period", docs=...``). Undated documents get ``<NA>``."""
    out = docs.copy()
    out[column] = out["date"].dt.to_period(freq).astype("string")
    return out


def vocabulary_summary(tokens: pd.DataFrame) -> pd.DataFrame:
    """How many distinct types each level has (token, norm, lemma, root), over word tokens.

    Returns ``level, tokens, types, type_token_ratio``: lemmatization merges inflected and
    clitic-bearing forms, so it has fewer types than the written forms.
    """
    check_tokens(tokens, None, "vocabulary_summary()")
    words = tokens[word_mask(tokens)]
    rows = [{"level": c, "tokens": len(words), "types": int(words[c].nunique()),
             "type_token_ratio": words[c].nunique() / max(len(words), 1)}
            for c in ("token", "norm", "lemma", "root") if c in words]
    return pd.DataFrame(rows)
