"""Keyness: which features a target corpus uses more (or less) than a reference.

The target and reference are two groups of the corpus (one outlet vs the rest, one outlet vs
another, one period vs another) or the corpus vs a reference frequency list — the general
Arabic list of the ``wordfreq`` package, or your own two-column file (``feature, frequency``).

For a feature with frequency ``a`` in the target (``c`` word tokens) and ``b`` in the reference
(``d`` word tokens), ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``:

* LL = 2 (a ln(a/E1) + b ln(b/E2)), the two-term log-likelihood of Rayson & Garside (2000)
  (not the four-cell G² of collocations), ``p`` from χ²(1);
* χ² = Σ (O − E)²/E over the full 2×2 table, no continuity correction;
* log ratio = log2((a/c)/(b/d)), a zero count replaced by 0.5 (Hardie 2014), the effect size;
* %DIFF = 100 (a/c − b/d)/(b/d) (Gabrielatos & Marchi 2012); ``inf`` when b = 0.

Positive keywords (``direction == "+"``) are relatively more frequent in the target. The
default threshold is ``p < 0.0001`` (LL ≥ 15.13) and ``min_count=5`` in the target (for
negative keywords, in the reference) — cautious for the many comparisons of a keyword list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..text.normalize import DEFAULT_STEPS, make_normalizer, normalize
from ._select import check_tokens, group_values, value_counts, word_mask
from .association import keyness_measures

__all__ = [
    "keyness",
    "keyness_by_group",
    "keyness_measures",
    "keyness_table",
    "ReferenceList",
    "wordfreq_reference",
    "read_reference",
    "KEYNESS_COLUMNS",
]

KEYNESS_COLUMNS = [
    "feature",
    "freq_target",
    "freq_reference",
    "per_10k_target",
    "per_10k_reference",
    "LL",
    "p",
    "chi2",
    "log_ratio",
    "pct_diff",
    "direction",
]


@dataclass(frozen=True)
class ReferenceList:
    """Reference frequencies: ``counts`` (a Series feature → count) and the corpus size ``total``.

    ``name`` says where they come from (for captions). ``steps`` are the normalization steps
    its features went through (:mod:`discourse.text.normalize`); ``feature`` says what they are:
    ``"form"`` (written words, as wordfreq's list) or ``"lemma"``. :func:`keyness` folds the
    corpus's features the same way before comparing, and turns a list of forms into a list of
    lemmas (:meth:`as_lemmas`) when the keywords are lemmas. Build one from a file with
    :func:`read_reference` or from ``wordfreq`` with :func:`wordfreq_reference`.

    Parameters
    ----------
    counts : Series
        Feature → count.
    total : float
        The reference corpus size in tokens.
    name : str
        Where the counts come from (for captions).
    steps : tuple of str
        The normalization steps the features went through.
    feature : str
        ``"form"`` (written words) or ``"lemma"``.
    """

    counts: pd.Series
    total: float
    name: str = "reference"
    steps: tuple = DEFAULT_STEPS
    feature: str = "form"

    def as_lemmas(self, lemmatizer=None) -> ReferenceList:
        """The same list counted by lemma: each form's count goes to its lemma (the kit's
        lemmatizer, cached, so the work is done once per form and machine)."""
        if self.feature == "lemma":
            return self
        from ..text.lemmatize import Lemmatizer

        lem = lemmatizer or Lemmatizer()
        results = lem.analyze_forms(list(self.counts.index))
        fold = make_normalizer(self.steps)
        lemmas = [fold(results[f].lemma) if f in results else f for f in self.counts.index]
        counts = pd.Series(self.counts.to_numpy(), index=lemmas).groupby(level=0).sum()
        return ReferenceList(counts, self.total, f"{self.name}, by lemma", self.steps, "lemma")


def read_reference(
    path: str | Path, *, total: float | None = None, name: str | None = None, feature: str = "form"
) -> ReferenceList:
    """A two-column file (CSV or TSV, header optional): feature, frequency (counts).

    ``total`` is the reference corpus size in tokens; default: the sum of the counts.
    Features are normalized like the kit's ``norm`` column. ``feature`` says whether they are
    word forms (default) or lemmas (``"lemma"``: compared with lemmas as they are).

    Parameters
    ----------
    path : str or Path
        The CSV or TSV file.
    total : float, optional
        The reference corpus size (default: the sum of the counts).
    name : str, optional
        A name for captions (default: the file name).
    feature : str
        ``"form"`` (default) or ``"lemma"``.
    """
    if feature not in ("form", "lemma"):
        raise ValueError("feature must be 'form' or 'lemma'.")
    path = Path(path)
    sep = "\t" if path.suffix.lower() in (".tsv", ".tab", ".txt") else ","
    df = pd.read_csv(path, sep=sep, header=None, dtype=str, keep_default_na=False)
    if df.shape[1] < 2:
        raise ValueError(f"{path}: needs two columns, feature and frequency.")
    if not df.iloc[0, 1].replace(".", "", 1).isdigit():
        df = df.iloc[1:]
    try:
        counts = pd.to_numeric(df.iloc[:, 1])
    except ValueError as exc:
        raise ValueError(f"{path}: the second column must be numbers (counts) ({exc}).") from exc
    s = pd.Series(counts.to_numpy(float), index=df.iloc[:, 0].map(normalize)).groupby(level=0).sum()
    return ReferenceList(s, float(total or s.sum()), name or path.name, feature=feature)


def wordfreq_reference(n: int = 100_000, *, total: float = 1e9) -> ReferenceList:
    """General-Arabic word frequencies from the ``wordfreq`` package (its ``ar`` list).

    ``wordfreq`` gives proportions, not counts; they are scaled to a notional corpus of
    ``total`` tokens. G² p-values therefore depend on that size — read the effect size
    (``log_ratio``) first. Features are normalized word *forms*: :func:`keyness` compares them
    with ``by="norm"`` or ``"token"`` directly and, with ``by="lemma"``, counts the list by
    lemma first (once per form; the lemma cache keeps the work).

    Parameters
    ----------
    n : int
        How many of wordfreq's most frequent Arabic words to use.
    total : float
        The notional corpus size the proportions are scaled to.
    """
    from wordfreq import top_n_list, word_frequency

    words = top_n_list("ar", n)
    freqs = np.array([word_frequency(w, "ar") for w in words])
    s = pd.Series(freqs * total, index=[normalize(w) for w in words]).groupby(level=0).sum()
    return ReferenceList(s, total, f"wordfreq 'ar' (top {n:,}, scaled to {total:,.0f} tokens)")


def keyness(
    tokens: pd.DataFrame,
    *,
    by: str = "lemma",
    group: str | None = None,
    target=None,
    reference=None,
    docs: pd.DataFrame | None = None,
    remove_stop: bool = False,
    p_max: float = 0.0001,
    min_count: int = 5,
    keep_all: bool = False,
    lemmatizer=None,
) -> pd.DataFrame:
    """Keywords of a target against a reference.

    Parameters
    ----------
    tokens : DataFrame
        The token table.
    by : str
        Feature column; use ``"norm"`` against a word-form list such as wordfreq.
    group, target, reference
        Either ``group`` (a token or document column, e.g. ``"outlet"``) with ``target`` a
        value of it (or a list of values) and ``reference`` another value/list (default: all
        other groups); or no ``group``, ``target`` a boolean mask of tokens or ``None`` (the
        whole table) and ``reference`` a :class:`ReferenceList`.
    docs : DataFrame, optional
        The documents table, to group by a document column.
    remove_stop : bool
        Leave stopwords out of the counts (word-token totals still include them).
    p_max, min_count : float, int
        Threshold: keep features with ``p < p_max`` and ``min_count`` occurrences on the side
        that makes them key. ``keep_all=True`` returns every feature.
    lemmatizer : Lemmatizer, optional
        Against a :class:`ReferenceList` of word forms with ``by="lemma"``: the lemmatizer that
        counts the reference by lemma (default: the kit's, with its cache).

    Notes
    -----
    Against a :class:`ReferenceList`, like is compared with like whatever ``by`` is: the
    corpus's features are folded with the reference's normalization (``إلى`` and ``الى`` are
    one feature on both sides; the table shows the corpus's most frequent spelling), and a
    list of word forms is counted by lemma when ``by="lemma"`` (:meth:`ReferenceList.as_lemmas`).

    Returns
    -------
    DataFrame
        :data:`KEYNESS_COLUMNS`, positive keywords first (by G²), then negative ones.
    """
    check_tokens(tokens, by, "keyness()")
    words = word_mask(tokens)
    counted = word_mask(tokens, remove_stop=remove_stop)
    if group is not None:
        g = group_values(tokens, group, docs)
        tvals = [target] if not isinstance(target, (list, tuple, set)) else list(target)
        in_t = g.isin(tvals)
        if not in_t.any():
            raise ValueError(
                f"No token has {group} in {tvals}; the groups are "
                f"{sorted(map(str, pd.unique(g.dropna())))[:20]}."
            )
        if reference is None:
            in_r = ~in_t & g.notna()
        else:
            rvals = [reference] if not isinstance(reference, (list, tuple, set)) else list(reference)
            in_r = g.isin(rvals)
        fa = value_counts(tokens.loc[in_t & counted, by])
        fb = value_counts(tokens.loc[in_r & counted, by])
        c, d = float((in_t & words).sum()), float((in_r & words).sum())
    elif isinstance(reference, ReferenceList):
        mask = (
            pd.Series(True, index=tokens.index) if target is None else pd.Series(target, index=tokens.index)
        )
        if by in ("lemma", "root") and reference.feature == "form":
            reference = reference.as_lemmas(lemmatizer)
        fa, shown = _fold(value_counts(tokens.loc[mask & counted, by]), reference.steps)
        fb = reference.counts
        c, d = float((mask & words).sum()), float(reference.total)
        out = keyness_table(fa, fb, c, d, p_max=p_max, min_count=min_count, keep_all=keep_all)
        return out.assign(feature=out["feature"].map(shown).fillna(out["feature"]))
    else:
        raise ValueError(
            "Give group= with target= (and optionally reference=), or a "
            "ReferenceList as reference= (e.g. wordfreq_reference())."
        )
    return keyness_table(fa, fb, c, d, p_max=p_max, min_count=min_count, keep_all=keep_all)


def keyness_by_group(
    tokens: pd.DataFrame,
    *,
    group: str = "outlet",
    docs: pd.DataFrame | None = None,
    max_groups: int | None = None,
    **options,
) -> pd.DataFrame:
    """Each group against all the others (one-vs-rest keyness), in one table.

    Groups are the values of ``group`` (a token or document column) that have word tokens,
    largest first; ``max_groups`` keeps the largest ones. ``options`` go to :func:`keyness`
    (``by``, ``remove_stop``, ``p_max``, ``min_count`` …). Returns :data:`KEYNESS_COLUMNS`
    plus ``group``; empty (with the columns) when fewer than two groups have words.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    group : str
        The token or document column whose values are compared, each against the rest.
    docs : DataFrame, optional
        The documents table, for a ``group`` that is a document column (``outlet``, ``period``).
    max_groups : int, optional
        Only the largest groups.
    **options
        Passed to :func:`keyness` (``by``, ``remove_stop``, ``p_max``, ``min_count`` …).
    """
    check_tokens(tokens, None, "keyness_by_group()")
    g = group_values(tokens, group, docs)
    sizes = value_counts(g[word_mask(tokens)].dropna())
    if max_groups:
        sizes = sizes.head(max_groups)
    if g[word_mask(tokens)].dropna().nunique() < 2:
        return pd.DataFrame(columns=KEYNESS_COLUMNS + ["group"])
    tables = [
        keyness(tokens, group=group, target=value, docs=docs, **options).assign(group=value)
        for value in sizes.index
    ]
    return pd.concat(tables, ignore_index=True)


def _fold(counts: pd.Series, steps) -> tuple[pd.Series, dict]:
    """Counts summed over features equal after normalization by ``steps``, and for each folded
    feature the spelling the corpus uses most."""
    fold = make_normalizer(steps)
    keys = pd.Index([fold(f) for f in counts.index])
    by_key = pd.Series(counts.to_numpy(), index=keys)
    shown = (
        pd.DataFrame({"key": keys, "orig": counts.index, "n": counts.to_numpy()})
        .sort_values("n", ascending=False, kind="stable")
        .drop_duplicates("key")
        .set_index("key")["orig"]
        .to_dict()
    )
    return by_key.groupby(level=0).sum(), shown


def keyness_table(
    fa: pd.Series,
    fb: pd.Series,
    c: float,
    d: float,
    *,
    p_max: float = 0.0001,
    min_count: int = 5,
    keep_all: bool = False,
) -> pd.DataFrame:
    """The keyword table from target counts ``fa`` (of ``c`` word tokens) and reference counts
    ``fb`` (of ``d``), both Series indexed by feature; threshold and order as :func:`keyness`."""
    if c == 0 or d == 0:
        raise ValueError("The target or the reference holds no word tokens.")
    feats = fa.index.union(fb.index)
    a = fa.reindex(feats, fill_value=0).to_numpy(float)
    b = fb.reindex(feats, fill_value=0).to_numpy(float)
    m = keyness_measures(a, b, c, d)
    out = pd.concat(
        [
            pd.DataFrame(
                {
                    "feature": np.asarray(feats, dtype=object),
                    "freq_target": a,
                    "freq_reference": b,
                    "per_10k_target": a / c * 10_000,
                    "per_10k_reference": b / d * 10_000,
                }
            ),
            m,
        ],
        axis=1,
    )
    if not keep_all:
        side = np.where(out["direction"] == "+", out["freq_target"], out["freq_reference"])
        out = out[(out["p"] < p_max) & (side >= min_count)]
    out = out.assign(_o=np.where(out["direction"] == "+", 0, 1))
    out = out.sort_values(["_o", "LL"], ascending=[True, False], kind="stable").drop(columns="_o")
    return out[KEYNESS_COLUMNS].reset_index(drop=True)
