"""Collocation: window collocates of a node, and corpus-wide collocation extraction.

Association measures
--------------------
All measures come from one 2×2 contingency table per pair (w1, w2) (Evert 2008, "Corpora and
collocations", in Lüdeling & Kytö (eds.), *Corpus Linguistics*):

    O11 = f(w1 near w2)  O12 = R1 − O11     R1 = f(w1)   (node side)
    O21 = C1 − O11       O22 = N − R1 − C1 + O11        C1 = f(w2), N = corpus size
    E11 = R1·C1 / N

* MI = log2(O11/E11) (Church & Hanks 1990); MI3 = log2(O11³/E11) (Daille 1994)
* T-score = (O11 − E11)/√O11; z-score = (O11 − E11)/√E11
* G² (log-likelihood) = 2 Σ Oij ln(Oij/Eij) (Dunning 1993); ``p_g2`` from χ²(1)
* χ² (Pearson, no continuity correction) = N (O11·O22 − O12·O21)² / (R1·R2·C1·C2)
* Dice = 2·O11/(R1 + C1); logDice = 14 + log2(Dice) (Rychlý 2008)
* log ratio = log2((O11/R1)/(O21/R2)), with 0.5 in place of a zero O21 (Hardie 2014)
* ΔP(2|1) = O11/R1 − O21/R2 and ΔP(1|2) = O11/C1 − O12/C2 (Gries 2013)

These equal NLTK's ``BigramAssocMeasures`` (``pmi``, ``student_t``, ``likelihood_ratio``,
``chi_sq``, ``dice``) on the same counts (tested to 1e-9).

How corpus size and window are counted
--------------------------------------
:func:`collocations` (corpus-wide pairs) follows NLTK's ``BigramCollocationFinder.from_words``:
with ``window=w`` a pair is counted for each of the next ``w − 1`` tokens, ``O11`` is that count
divided by ``w − 1`` (Church & Hanks 1990), ``R1``/``C1`` are plain word frequencies and
``N`` the number of tokens. :func:`collocates` of a node follows the usual concordancer
convention (as in #LancsBox and AntConc's "window span"): ``O11`` is how often the collocate
occurs inside the node's windows, ``R1`` the number of token positions in all of the node's
windows, ``C1`` the collocate's corpus frequency and ``N`` the corpus size. Tools differ here
(AntConc's MI multiplies node frequency by span; some tools subtract the node's own tokens from
N), so compare scores across tools only when these choices match.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.special import erfc

from ._select import check_tokens, codes_of, word_mask
from .lookup import warn_empty, where_else

__all__ = ["association_measures", "collocates", "collocations", "collocation_network",
           "network_edges", "MEASURES", "NETWORK_FILTER"]

MEASURES = ["MI", "MI3", "t_score", "z_score", "G2", "p_g2", "chi2", "dice", "log_dice",
            "log_ratio", "delta_p_21", "delta_p_12"]


def _chi2_sf_1df(x):
    """Survival function of χ² with one degree of freedom: P(X > x) = erfc(√(x/2))."""
    return erfc(np.sqrt(np.maximum(x, 0) / 2))


def association_measures(o11, r1, c1, n) -> pd.DataFrame:
    """All association measures from observed pair counts and marginals (vectorised).

    Parameters
    ----------
    o11 : array-like
        Co-occurrence counts of the pairs.
    r1, c1 : array-like
        Frequencies of the first item (node) and of the second (collocate).
    n : float or array-like
        Corpus size.

    Returns
    -------
    DataFrame
        ``O11, E11`` and the :data:`MEASURES`, one row per pair.

    Examples
    --------
    >>> m = association_measures([10], [20], [40], [1000])
    >>> round(float(m.MI[0]), 6), round(float(m.dice[0]), 6)   # log2(10/0.8), 20/60
    (3.643856, 0.333333)
    """
    return pd.DataFrame(_measures(o11, r1, c1, n))


_FORMULAS = {
    "MI": lambda c: np.log2(c["o11"] / c["e11"]),
    "MI3": lambda c: np.log2(c["o11"] ** 3 / c["e11"]),
    "t_score": lambda c: (c["o11"] - c["e11"]) / np.sqrt(c["o11"]),
    "z_score": lambda c: (c["o11"] - c["e11"]) / np.sqrt(c["e11"]),
    "G2": lambda c: _g2(c),
    "p_g2": lambda c: _chi2_sf_1df(_g2(c)),
    "chi2": lambda c: c["n"] * (c["o11"] * c["o22"] - c["o12"] * c["o21"]) ** 2
    / (c["r1"] * c["r2"] * c["c1"] * c["c2"]),
    "dice": lambda c: 2 * c["o11"] / (c["r1"] + c["c1"]),
    "log_dice": lambda c: 14 + np.log2(2 * c["o11"] / (c["r1"] + c["c1"])),
    "log_ratio": lambda c: np.log2((c["o11"] / c["r1"]) / (np.where(c["o21"] > 0, c["o21"], 0.5) / c["r2"])),
    "delta_p_21": lambda c: c["o11"] / c["r1"] - c["o21"] / c["r2"],
    "delta_p_12": lambda c: c["o11"] / c["c1"] - c["o12"] / c["c2"],
}


def _cells(o11, r1, c1, n) -> dict[str, np.ndarray]:
    o11 = np.asarray(o11, float)
    r1 = np.asarray(r1, float)
    c1 = np.asarray(c1, float)
    n = np.broadcast_to(np.asarray(n, float), o11.shape)
    c = {"o11": o11, "r1": r1, "c1": c1, "n": n, "o12": r1 - o11, "o21": c1 - o11,
         "o22": n - r1 - c1 + o11, "r2": n - r1, "c2": n - c1, "e11": r1 * c1 / n}
    return c


def _g2(c: dict) -> np.ndarray:
    if "g2" not in c:
        n = c["n"]
        cells = [(c["o11"], c["r1"] * c["c1"] / n), (c["o12"], c["r1"] * c["c2"] / n),
                 (c["o21"], c["r2"] * c["c1"] / n), (c["o22"], c["r2"] * c["c2"] / n)]
        c["g2"] = 2 * sum(np.where(o > 0, o * np.log(o / e), 0.0) for o, e in cells)
    return c["g2"]


def _measures(o11, r1, c1, n, measures=MEASURES) -> dict[str, np.ndarray]:
    c = _cells(o11, r1, c1, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = {"O11": c["o11"], "E11": c["e11"]}
        out.update({m: _FORMULAS[m](c) for m in measures})
    return out


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(values, sort=False)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


def _segments(t: pd.DataFrame, boundary: str | None) -> np.ndarray:
    """An integer per token that changes at every sentence (or document) boundary."""
    if boundary == "sentence":
        doc = codes_of(t["doc_id"])[0].astype(np.int64)
        sent = t["sent_id"].to_numpy(np.int64)
        return doc * (int(sent.max(initial=0)) + 1) + sent
    if boundary == "doc":
        return codes_of(t["doc_id"])[0]
    if boundary is None:
        return np.zeros(len(t), np.int64)
    raise ValueError("boundary must be 'sentence', 'doc' or None.")


def _words(tokens: pd.DataFrame, by: str, **mask) -> pd.DataFrame:
    """The counted rows, with only the columns pairing needs (not a copy of the whole table)."""
    cols = [by] + [c for c in ("doc_id", "sent_id") if c in tokens.columns and c != by]
    return tokens.loc[word_mask(tokens, **mask).to_numpy(), cols]


def collocations(tokens: pd.DataFrame, *, by: str = "lemma", window: int = 2,
                 boundary: str | None = "sentence", remove_punct: bool = True,
                 remove_stop: bool = False, min_count: int = 1, min_freq: int = 1,
                 sort_by: str = "G2", measures=MEASURES) -> pd.DataFrame:
    """Corpus-wide collocations: ordered pairs (w1, w2) with w2 among the next ``window − 1`` items.

    Parameters
    ----------
    tokens : DataFrame
        The token table (or any table with the ``by`` column in reading order).
    by : str
        Feature column (``lemma``, ``norm``, ``token``).
    window : int
        2 = adjacent pairs; w > 2 counts non-adjacent pairs as NLTK does (see module docstring).
    boundary : {"sentence", "doc", None}
        Pairs never cross this boundary (None: the table is one stream, as NLTK sees a list).
    remove_punct, remove_stop : bool
        Filter tokens *before* pairing (the filtered stream is what is counted).
    min_count : int
        Minimum pair count (before division by ``window − 1``).
    min_freq : int
        Minimum frequency of each item of the pair.
    sort_by : str
        The measure the rows are sorted by (descending; ties in order of first occurrence).
    measures : sequence of str
        Which of :data:`MEASURES` to compute (default all; fewer is faster on millions of pairs).

    Returns
    -------
    DataFrame
        ``w1, w2`` (categorical), ``f1, f2, N, pair_count``, ``O11, E11`` and the measures.
    """
    if window < 2:
        raise ValueError("window must be at least 2 (2 = adjacent pairs).")
    check_tokens(tokens, by, "collocations()")
    t = _words(tokens, by, remove_punct=remove_punct, remove_stop=remove_stop)
    codes, uniq = _codes(t[by])
    n_tok = len(codes)
    freq = np.bincount(codes, minlength=len(uniq))
    seg = _segments(t, boundary)
    V = np.int64(len(uniq))
    keys = []
    for d in range(1, window):
        ok = seg[d:] == seg[:-d] if d < n_tok else np.zeros(0, bool)
        keys.append(codes[:-d][ok] * V + codes[d:][ok])
    keys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    pair, count = np.unique(keys, return_counts=True)
    keep = count >= min_count
    pair, count = pair[keep], count[keep]
    a, b = pair // V, pair % V
    keep = (freq[a] >= min_freq) & (freq[b] >= min_freq)
    a, b, count = a[keep], b[keep], count[keep]
    o11 = count / (window - 1)
    f1, f2 = freq[a], freq[b]
    # Sort once, on plain arrays, before the other measures and any DataFrame exist.
    with np.errstate(divide="ignore", invalid="ignore"):
        key = _FORMULAS[sort_by](_cells(o11, f1, f2, n_tok)) if sort_by in _FORMULAS else o11
    key = np.nan_to_num(key, nan=-np.inf)
    order = np.argsort(-key, kind="stable")  # ties keep count order (codes), deterministic
    a, b, f1, f2, o11, count = a[order], b[order], f1[order], f2[order], o11[order], count[order]
    m = _measures(o11, f1, f2, n_tok, [x for x in measures if x != sort_by])
    if sort_by in measures:  # computed already, for the order
        m[sort_by] = key[order]
        m = {k: m[k] for k in ["O11", "E11", *measures]}
    block = np.empty((len(order), len(m)), order="F")
    for i, v in enumerate(m.values()):
        block[:, i] = v
    out = pd.DataFrame(block, columns=list(m), copy=False)
    for i, (name, v) in enumerate([("w1", pd.Categorical.from_codes(a, uniq)),
                                   ("w2", pd.Categorical.from_codes(b, uniq)), ("f1", f1),
                                   ("f2", f2), ("N", np.full(len(order), n_tok)),
                                   ("pair_count", count)]):
        out.insert(i, name, v)
    return out


def collocates(tokens: pd.DataFrame, node: str | list[str], *, by: str = "lemma",
               left: int = 5, right: int = 5, cross_sentences: bool = False,
               remove_punct: bool = True, remove_stop: bool = False, min_count: int = 2,
               min_freq: int = 1, sort_by: str = "log_dice") -> pd.DataFrame:
    """Window collocates of a node (a lemma, a form, or a list of them counted as one node).

    Parameters
    ----------
    node : str or list of str
        The node item(s), compared with the ``by`` column.
    left, right : int
        Span in items before and after the node (set separately; 0 allowed).
    cross_sentences : bool
        Let the window run past the node's sentence (default False).
    remove_punct, remove_stop : bool
        Filter items before windows are drawn (spans count the remaining items).
    min_count : int
        Minimum co-occurrences (``O11``); ``min_freq`` minimum corpus frequency of a collocate.

    Returns
    -------
    DataFrame
        ``node, collocate, f_node, f_collocate, window_size, N, O11, E11, O_left, O_right``
        plus :data:`MEASURES`; convention in the module docstring.

    Examples
    --------
    Collocates of the lemma ``انسحاب`` (withdrawal) within 4 words:
    ``collocates(tokens, "انسحاب", left=4, right=4)``.
    """
    check_tokens(tokens, by, "collocates()")
    nodes = [node] if isinstance(node, str) else list(node)
    t = _words(tokens, by, remove_punct=remove_punct, remove_stop=remove_stop)
    codes, uniq = _codes(t[by])
    n_tok = len(codes)
    freq = np.bincount(codes, minlength=len(uniq))
    seg = _segments(t, "doc" if cross_sentences else "sentence")
    lookup = {u: i for i, u in enumerate(uniq)}
    node_codes = np.array([lookup[x] for x in nodes if x in lookup], dtype=np.int64)
    pos = np.flatnonzero(np.isin(codes, node_codes))
    cols = ["node", "collocate", "f_node", "f_collocate", "window_size", "N", "O11", "O_left",
            "O_right", "E11"] + MEASURES
    where = f"collocates({' | '.join(nodes)!r}, by={by!r})"
    if len(pos) == 0:
        hints = [h for x in nodes for h in where_else(tokens, x, by)]
        filtered = " among the counted tokens (stopwords removed)" if remove_stop else ""
        warn_empty(where, f"the node does not occur as a {by}{filtered}", hints)
        return pd.DataFrame(columns=cols)
    sides = {"left": [], "right": []}
    for side, offsets in (("left", range(-left, 0)), ("right", range(1, right + 1))):
        for d in offsets:
            j = pos + d
            ok = (j >= 0) & (j < n_tok)
            j, p = j[ok], pos[ok]
            ok = seg[j] == seg[p]
            sides[side].append(j[ok])
    left_idx = np.concatenate(sides["left"]) if sides["left"] else np.zeros(0, np.int64)
    right_idx = np.concatenate(sides["right"]) if sides["right"] else np.zeros(0, np.int64)
    window_size = len(left_idx) + len(right_idx)
    o_left = np.bincount(codes[left_idx], minlength=len(uniq))
    o_right = np.bincount(codes[right_idx], minlength=len(uniq))
    o11 = o_left + o_right
    f_node = int(freq[node_codes].sum())
    cand = np.flatnonzero((o11 >= min_count) & (freq >= min_freq))
    if len(cand) == 0:
        warn_empty(where, f"the node occurs {len(pos)} time(s), but no collocate occurs "
                   f"{min_count} or more times within {left} word(s) before and {right} after it "
                   f"(and at least {min_freq} times in the corpus); lower min_count or widen the span")
    m = association_measures(o11[cand], np.full(len(cand), window_size), freq[cand], n_tok)
    out = pd.DataFrame({"node": " | ".join(nodes), "collocate": uniq[cand], "f_node": f_node,
                        "f_collocate": freq[cand], "window_size": window_size, "N": n_tok,
                        "O_left": o_left[cand], "O_right": o_right[cand]})
    out = pd.concat([out, m], axis=1)[cols]
    # The node may collocate with itself (a repeated name in one sentence): that row is kept.
    return out.sort_values([sort_by, "O11"], ascending=False, kind="stable").reset_index(drop=True)


NETWORK_FILTER = {"min_MI": 0.0, "max_p": 0.05, "min_count": 2}


def collocation_network(table: pd.DataFrame, *, measure: str = "log_dice", top: int = 20,
                        source: str = "node", target: str = "collocate",
                        min_mi: float = NETWORK_FILTER["min_MI"],
                        max_p: float = NETWORK_FILTER["max_p"],
                        min_count: int = NETWORK_FILTER["min_count"]):
    """A networkx graph of node–collocate edges weighted by ``measure`` (the ``top`` strongest).

    Takes the output of :func:`collocates` (or :func:`collocations` with ``source="w1",
    target="w2"``). Only associations above chance are drawn: ``MI > min_mi`` (observed more
    often than expected, ``O11 > E11`` when ``min_mi=0``), a significant log-likelihood
    (``p_g2 < max_p``, default 0.05) and at least ``min_count`` co-occurrences; a word is never
    linked to itself. Of the pairs left, the ``top`` strongest by ``measure`` become edges,
    with the measure, ``O11``, ``MI``, ``p_g2`` and ``weight`` as attributes. The graph's
    ``filter`` attribute says which filter was used and how many pairs it left out (also in
    :func:`network_edges`).
    """
    import networkx as nx

    keep = ((table["MI"] > min_mi) & (table["p_g2"] < max_p) & (table["O11"] >= min_count)
            & (table[source].astype(str) != table[target].astype(str)))
    kept = table[keep]
    g = nx.Graph()
    g.graph["filter"] = (f"MI > {min_mi:g}, G² p < {max_p:g}, O11 ≥ {min_count}, no self-loops; "
                         f"top {top} by {measure}; {int((~keep).sum())} of {len(table)} pairs "
                         "left out by the filter")
    g.graph["measure"] = measure
    for r in kept.nlargest(top, measure).itertuples(index=False):
        a, b = getattr(r, source), getattr(r, target)
        w = float(getattr(r, measure))
        g.add_edge(a, b, weight=w, O11=float(r.O11), MI=float(r.MI), p_g2=float(r.p_g2),
                   **{measure: w})
    return g


def network_edges(graph) -> pd.DataFrame:
    """The edges of a network as a table (``source, target`` and the edge attributes), with
    the filter that chose them in a ``filter`` column."""
    rows = [{"source": a, "target": b, **d} for a, b, d in graph.edges(data=True)]
    out = pd.DataFrame(rows, columns=["source", "target"] + (list(rows[0]) [2:] if rows else []))
    return out.assign(filter=graph.graph.get("filter", ""))
