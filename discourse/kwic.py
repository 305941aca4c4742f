"""Concordance (key word in context), with every line pointing back to its document text.

>>> import discourse as dc
>>> prep = dc.prepare()                                          # doctest: +SKIP
>>> lines = dc.kwic(prep.tokens, prep.documents, "انسحاب", by="lemma", window=6)  # doctest: +SKIP
>>> dc.kwic_html(lines)                                          # doctest: +SKIP
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ._select import check_tokens
from .lemmatize import lemma_key
from .normalize import normalize

__all__ = ["kwic", "KWIC_COLUMNS"]

KWIC_COLUMNS = ["doc_id", "sent_id", "tok_id", "start", "end", "left", "node", "right",
                "L3", "L2", "L1", "R1", "R2", "R3", "left_start", "right_end"]


def _prepare_query(query: str, by: str, regex: bool) -> list:
    parts = query.split()
    if not parts:
        raise ValueError("The query is empty.")
    if regex:
        return [re.compile(p) for p in parts]
    if by == "norm":
        return [normalize(p) for p in parts]
    if by == "lemma":
        return [lemma_key(p) for p in parts]
    return parts


def kwic(tokens: pd.DataFrame, docs: pd.DataFrame, query: str, *, by: str = "token",
         regex: bool = False, window: int = 5, sort: str | None = None,
         context_by: str | None = None) -> pd.DataFrame:
    """Concordance lines for a word, a lemma, a regex or a multi-word phrase.

    Parameters
    ----------
    tokens, docs : DataFrame
        The token table and the documents table (for the text of the context).
    query : str
        What to find; words separated by spaces form a phrase matched on consecutive tokens
        (``"الحوار الاستراتيجي"``; with ``by="lemma"``: ``"حوار استراتيجي"``).
    by : {"token", "norm", "lemma", "root"}
        Which column the query is compared with (``norm`` and ``lemma`` queries are
        normalized the same way as the column).
    regex : bool
        Each query word is a regular expression that must match the whole value
        (``"ال.*ات"``).
    window : int
        Context width in tokens on each side (within the document).
    sort : {"node", "L1", "L2", "L3", "R1", "R2", "R3"}, optional
        Sort lines by the node or by the word at that position (in reading order, L1 is the word
        just before the node — on its right on screen).
    context_by : str, optional
        Which column fills L1…R3 (default: ``by``).

    Returns
    -------
    DataFrame
        ``doc_id, sent_id, tok_id, start, end, left, node, right, L3 … R3, left_start,
        right_end``; ``text[start:end] == node``, ``text[left_start:start] == left`` and
        ``text[end:right_end] == right`` for the document's text.
    """
    check_tokens(tokens, by, "kwic()")
    context_by = context_by or by
    t = tokens.reset_index(drop=True)
    values = t[by].astype(str).to_numpy()
    pats = _prepare_query(query, by, regex)
    m = len(pats)
    L = len(t) - m + 1
    if L <= 0:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    doc = t["doc_id"].to_numpy()
    hit = np.ones(L, bool)
    for k, p in enumerate(pats):
        seg = values[k:k + L]
        if regex:
            uniq = pd.unique(seg)
            ok = {u for u in uniq if p.fullmatch(u)}
            hit &= np.isin(seg, list(ok)) if ok else False
        else:
            hit &= seg == p
        if k:
            hit &= doc[k:k + L] == doc[:L]
    idx = np.flatnonzero(hit)
    texts = docs.set_index("doc_id")["text"]
    starts, ends = t["start"].to_numpy(), t["end"].to_numpy()
    words = ~t["is_punct"].to_numpy(bool)
    ctx = t[context_by].astype(str).to_numpy()
    # first and last row of each document
    first = pd.Series(np.arange(len(t))).groupby(doc).transform("min").to_numpy()
    last = pd.Series(np.arange(len(t))).groupby(doc).transform("max").to_numpy()
    rows = []
    for i in idx:
        j = i + m - 1
        lo, hi = max(first[i], i - window), min(last[i], j + window)
        text = texts[doc[i]]
        s, e = int(starts[i]), int(ends[j])
        ls = int(starts[lo]) if lo < i else s
        re_ = int(ends[hi]) if hi > j else e
        left_words = [ctx[k] for k in range(i - 1, first[i] - 1, -1) if words[k]][:3]
        right_words = [ctx[k] for k in range(j + 1, last[i] + 1) if words[k]][:3]
        left_words += [""] * (3 - len(left_words))
        right_words += [""] * (3 - len(right_words))
        rows.append({"doc_id": doc[i], "sent_id": int(t.at[i, "sent_id"]), "tok_id": int(t.at[i, "tok_id"]),
                     "start": s, "end": e, "left": text[ls:s], "node": text[s:e],
                     "right": text[e:re_], "L3": left_words[2], "L2": left_words[1],
                     "L1": left_words[0], "R1": right_words[0], "R2": right_words[1],
                     "R3": right_words[2], "left_start": ls, "right_end": re_})
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    if sort:
        if sort not in ("node", "L1", "L2", "L3", "R1", "R2", "R3"):
            raise ValueError("sort must be node, L1, L2, L3, R1, R2 or R3.")
        keys = {"node": ["node", "R1", "R2"], "L1": ["L1", "L2", "L3"], "L2": ["L2", "L3", "L1"],
                "L3": ["L3", "L2", "L1"], "R1": ["R1", "R2", "R3"], "R2": ["R2", "R3", "R1"],
                "R3": ["R3", "R2", "R1"]}[sort]
        out = out.sort_values(keys, kind="stable").reset_index(drop=True)
    return out
