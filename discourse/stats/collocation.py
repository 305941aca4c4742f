"""Collocation: window collocates of a node, and corpus-wide collocation extraction.

The association measures are those of :mod:`discourse.stats.association` (the 2×2 table of each
pair, Evert 2008).

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

from ._select import check_tokens, codes_of, word_mask
from .association import MEASURES, association_measures, measure, measure_arrays
from .lookup import warn_empty, where_else

__all__ = [
    "association_measures",
    "collocates",
    "collocations",
    "collocation_network",
    "network_edges",
    "MEASURES",
    "NETWORK_FILTER",
]


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


def collocations(
    tokens: pd.DataFrame,
    *,
    by: str = "lemma",
    window: int = 2,
    boundary: str | None = "sentence",
    remove_punct: bool = True,
    remove_stop: bool = False,
    min_count: int = 1,
    min_freq: int = 1,
    sort_by: str = "G2",
    measures=MEASURES,
) -> pd.DataFrame:
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
    key = measure(sort_by, o11, f1, f2, n_tok) if sort_by in MEASURES else o11
    key = np.nan_to_num(key, nan=-np.inf)
    order = np.argsort(-key, kind="stable")  # ties keep count order (codes), deterministic
    a, b, f1, f2, o11, count = a[order], b[order], f1[order], f2[order], o11[order], count[order]
    m = measure_arrays(o11, f1, f2, n_tok, [x for x in measures if x != sort_by])
    if sort_by in measures:  # computed already, for the order
        m[sort_by] = key[order]
        m = {k: m[k] for k in ["O11", "E11", *measures]}
    block = np.empty((len(order), len(m)), order="F")
    for i, v in enumerate(m.values()):
        block[:, i] = v
    out = pd.DataFrame(block, columns=list(m), copy=False)
    for i, (name, v) in enumerate(
        [
            ("w1", pd.Categorical.from_codes(a, uniq)),
            ("w2", pd.Categorical.from_codes(b, uniq)),
            ("f1", f1),
            ("f2", f2),
            ("N", np.full(len(order), n_tok)),
            ("pair_count", count),
        ]
    ):
        out.insert(i, name, v)
    return out


def collocates(
    tokens: pd.DataFrame,
    node: str | list[str],
    *,
    by: str = "lemma",
    left: int = 5,
    right: int = 5,
    cross_sentences: bool = False,
    remove_punct: bool = True,
    remove_stop: bool = False,
    min_count: int = 2,
    min_freq: int = 1,
    sort_by: str = "log_dice",
) -> pd.DataFrame:
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
    sort_by : str
        The measure the rows are ordered by, strongest first (default ``log_dice``).

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
    cols = [
        "node",
        "collocate",
        "f_node",
        "f_collocate",
        "window_size",
        "N",
        "O11",
        "O_left",
        "O_right",
        "E11",
    ] + MEASURES
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
        warn_empty(
            where,
            f"the node occurs {len(pos)} time(s), but no collocate occurs "
            f"{min_count} or more times within {left} word(s) before and {right} after it "
            f"(and at least {min_freq} times in the corpus); lower min_count or widen the span",
        )
    m = association_measures(o11[cand], np.full(len(cand), window_size), freq[cand], n_tok)
    out = pd.DataFrame(
        {
            "node": " | ".join(nodes),
            "collocate": uniq[cand],
            "f_node": f_node,
            "f_collocate": freq[cand],
            "window_size": window_size,
            "N": n_tok,
            "O_left": o_left[cand],
            "O_right": o_right[cand],
        }
    )
    out = pd.concat([out, m], axis=1)[cols]
    # The node may collocate with itself (a repeated name in one sentence): that row is kept.
    return out.sort_values([sort_by, "O11"], ascending=False, kind="stable").reset_index(drop=True)


NETWORK_FILTER = {"min_MI": 0.0, "max_p": 0.05, "min_count": 2}


def collocation_network(
    table: pd.DataFrame,
    *,
    measure: str = "log_dice",
    top: int = 20,
    source: str = "node",
    target: str = "collocate",
    min_mi: float = NETWORK_FILTER["min_MI"],
    max_p: float = NETWORK_FILTER["max_p"],
    min_count: int = NETWORK_FILTER["min_count"],
):
    """A networkx graph of node–collocate edges weighted by ``measure`` (the ``top`` strongest).

    Takes the output of :func:`collocates` (or :func:`collocations` with ``source="w1",
    target="w2"``). Only associations above chance are drawn: ``MI > min_mi`` (observed more
    often than expected, ``O11 > E11`` when ``min_mi=0``), a significant log-likelihood
    (``p_g2 < max_p``, default 0.05) and at least ``min_count`` co-occurrences; a word is never
    linked to itself. Of the pairs left, the ``top`` strongest by ``measure`` become edges,
    with the measure, ``O11``, ``MI``, ``p_g2`` and ``weight`` as attributes. The graph's
    ``filter`` attribute says which filter was used and how many pairs it left out (also in
    :func:`network_edges`).

    Parameters
    ----------
    table : DataFrame
        :func:`collocates` or :func:`collocations` output.
    measure : str
        The edge weight (a column of the table; default ``log_dice``).
    top : int
        Keep the ``top`` strongest pairs as edges.
    source, target : str
        The columns holding the two words (``node``/``collocate``, or ``w1``/``w2``).
    min_mi : float
        Keep pairs with ``MI`` above this (0: observed more often than expected).
    max_p : float
        Keep pairs whose log-likelihood ``p_g2`` is below this.
    min_count : int
        Keep pairs seen together at least this often.
    """
    import networkx as nx

    keep = (
        (table["MI"] > min_mi)
        & (table["p_g2"] < max_p)
        & (table["O11"] >= min_count)
        & (table[source].astype(str) != table[target].astype(str))
    )
    kept = table[keep]
    g = nx.Graph()
    g.graph["filter"] = (
        f"MI > {min_mi:g}, G² p < {max_p:g}, O11 ≥ {min_count}, no self-loops; "
        f"top {top} by {measure}; {int((~keep).sum())} of {len(table)} pairs "
        "left out by the filter"
    )
    g.graph["measure"] = measure
    for r in kept.nlargest(top, measure).itertuples(index=False):
        a, b = getattr(r, source), getattr(r, target)
        w = float(getattr(r, measure))
        g.add_edge(a, b, weight=w, O11=float(r.O11), MI=float(r.MI), p_g2=float(r.p_g2), **{measure: w})
    return g


def network_edges(graph) -> pd.DataFrame:
    """The edges of a network as a table (``source, target`` and the edge attributes), with
    the filter that chose them in a ``filter`` column.

    Parameters
    ----------
    graph : networkx.Graph
        A network from :func:`collocation_network` or :func:`~discourse.framing.frames.actor_network`.
    """
    rows = [{"source": a, "target": b, **d} for a, b, d in graph.edges(data=True)]
    out = pd.DataFrame(rows, columns=["source", "target"] + (list(rows[0])[2:] if rows else []))
    return out.assign(filter=graph.graph.get("filter", ""))
