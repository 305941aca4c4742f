"""How evenly an item is spread over a corpus: Gries' DP, DPnorm, Juilland's D, and positions.

Parts are documents by default, any token/document column (``"outlet"``, ``"para_id"``), or
``parts=k`` equal-sized slices of the corpus in reading order (useful for one long article).

Formulas, for an item with frequency ``f`` over ``n`` parts, part sizes ``l_i`` (word tokens)
and item counts ``v_i`` in part i:

* DP (Gries 2008, "Dispersions and adjusted frequencies in corpora", IJCL 13(4)):
  ``s_i = l_i / Σ l``, ``p_i = v_i / f``, ``DP = ½ Σ |p_i − s_i|`` — 0 = perfectly even,
  → 1 = all in one small part.
* DPnorm (Lijffijt & Gries 2012, IJCL 17(1)): ``DP / (1 − min_i s_i)``, in [0, 1].
* Juilland's D (Juilland & Chang-Rodríguez 1964) on relative frequencies ``r_i = v_i / l_i``
  (so unequal parts are comparable): ``V = σ(r) / mean(r)`` (population σ),
  ``D = 1 − V / √(n − 1)`` — 1 = perfectly even.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._select import check_tokens, group_values, word_mask

__all__ = ["dispersion", "dispersion_positions", "DISPERSION_COLUMNS"]

DISPERSION_COLUMNS = ["feature", "frequency", "parts_with", "n_parts", "DP", "DPnorm", "D_juilland"]


def _parts(tokens: pd.DataFrame, parts, docs) -> pd.Series:
    if isinstance(parts, (int, np.integer)) and not isinstance(parts, bool):
        if parts < 2:
            raise ValueError("parts=k needs k >= 2 slices.")
        pos = np.arange(len(tokens))
        return pd.Series((pos * parts) // max(len(tokens), 1), index=tokens.index)
    return group_values(tokens, parts, docs)


def dispersion(
    tokens: pd.DataFrame,
    items=None,
    *,
    by: str = "lemma",
    parts="doc_id",
    docs: pd.DataFrame | None = None,
    remove_stop: bool = False,
    min_count: int = 1,
) -> pd.DataFrame:
    """Dispersion of items (default: every feature seen ``min_count`` times) across parts.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    items : str or list of str, optional
        The words to measure (written forms are resolved to ``by`` values); default every feature seen ``min_count`` times.
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.
    parts : str
        The column that divides the corpus into parts: ``doc_id`` (default) or a document column with ``docs``.
    docs : DataFrame, optional
        The documents table, when ``parts`` is a document column.
    remove_stop : bool
        Leave out stopwords (default False).
    min_count : int
        With no ``items``: features seen fewer times are left out.

    Returns
    -------
    DataFrame
        ``feature, frequency, parts_with, n_parts, DP, DPnorm, D_juilland``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": list("aabb"), "tok_id": [0, 1, 0, 1], "is_punct": False,
    ...                   "is_stop": False, "lemma": ["x", "y", "x", "x"]})
    >>> round(float(dispersion(t, ["x"]).loc[0, "DP"]), 4)   # s = (.5, .5), p = (1/3, 2/3)
    0.1667
    """
    check_tokens(tokens, by, "dispersion()")
    t = tokens[word_mask(tokens)]
    part = _parts(t, parts, docs)
    sizes = part.value_counts(sort=False)
    sizes = sizes[sizes > 0].sort_index()
    n = len(sizes)
    s = (sizes / sizes.sum()).to_numpy()
    keep = word_mask(t, remove_stop=remove_stop)
    counts = pd.crosstab(t.loc[keep, by], part[keep]).reindex(columns=sizes.index, fill_value=0)
    if items is not None:
        items = [items] if isinstance(items, str) else list(items)
        counts = counts.reindex(items, fill_value=0)
    freq = counts.sum(axis=1)
    counts = counts[freq >= min_count] if items is None else counts
    freq = counts.sum(axis=1).to_numpy(float)
    v = counts.to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = v / freq[:, None]
        dp = 0.5 * np.abs(p - s[None, :]).sum(axis=1)
        dpnorm = dp / (1 - s.min()) if n > 1 else np.full(len(dp), np.nan)
        r = v / sizes.to_numpy(float)[None, :]
        mean = r.mean(axis=1)
        vc = r.std(axis=1) / mean
        d = 1 - vc / np.sqrt(n - 1) if n > 1 else np.full(len(dp), np.nan)
    out = pd.DataFrame(
        {
            "feature": counts.index.astype(str),
            "frequency": freq.astype("int64"),
            "parts_with": (v > 0).sum(axis=1),
            "n_parts": n,
            "DP": dp,
            "DPnorm": dpnorm,
            "D_juilland": d,
        }
    )
    return out.sort_values(["frequency", "feature"], ascending=[False, True]).reset_index(drop=True)


def dispersion_positions(tokens: pd.DataFrame, items, *, by: str = "lemma") -> pd.DataFrame:
    """Where each occurrence of the items stands, for a dispersion ("barcode") plot.

    Returns ``feature, doc_id, tok_id, sent_id, start, end, position`` where ``position`` is the
    occurrence's place in the whole corpus (documents in table order) as a share of its length.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    items : str or list of str
        The words to place.
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.
    """
    check_tokens(tokens, by, "dispersion_positions()")
    items = [items] if isinstance(items, str) else list(items)
    t = tokens[word_mask(tokens)].reset_index(drop=True)
    hit = t[t[by].isin(items)]
    cols = [c for c in ("doc_id", "tok_id", "sent_id", "start", "end") if c in t]
    out = hit[cols].copy()
    out.insert(0, "feature", hit[by].to_numpy())
    out["position"] = hit.index.to_numpy() / max(len(t) - 1, 1)
    return out.reset_index(drop=True)
