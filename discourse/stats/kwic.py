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

from ._select import check_tokens, codes_of, matching_codes
from .lookup import column_key, warn_empty, where_else

__all__ = ["kwic", "KWIC_COLUMNS"]

KWIC_COLUMNS = [
    "doc_id",
    "sent_id",
    "tok_id",
    "start",
    "end",
    "left",
    "node",
    "right",
    "L3",
    "L2",
    "L1",
    "R1",
    "R2",
    "R3",
    "left_start",
    "right_end",
]


def _prepare_query(query: str, by: str, regex: bool) -> list:
    parts = query.split()
    if not parts:
        raise ValueError("The query is empty.")
    if regex:
        return [re.compile(p) for p in parts]
    return [column_key(p, by) for p in parts]


def kwic(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    query: str,
    *,
    by: str | None = None,
    regex: bool = False,
    window: int = 5,
    sort: str | None = None,
    context_by: str | None = None,
) -> pd.DataFrame:
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
        normalized the same way as the column). Today's default is ``"token"``; from 0.5 it is
        ``"lemma``, as everywhere else in the kit, so leaving it out warns (``FutureWarning``):
        pass it.
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
    if by is None:
        import warnings

        warnings.warn(
            "kwic() compares the query with the written tokens (by='token') until "
            "version 0.5 and with lemmas after it, like every other function of the "
            "kit; pass by='token' or by='lemma'.",
            FutureWarning,
            stacklevel=2,
        )
        by = "token"
    check_tokens(tokens, by, "kwic()")
    context_by = context_by or by
    pats = _prepare_query(query, by, regex)
    m = len(pats)
    L = len(tokens) - m + 1
    if L <= 0:
        warn_empty(f"kwic({query!r}, by={by!r})", f"the token table has fewer than {m} token(s)")
        return pd.DataFrame(columns=KWIC_COLUMNS)
    # integer codes throughout: the table's strings are never turned into Python objects
    codes, cats = codes_of(tokens[by])
    doc, doc_names = codes_of(tokens["doc_id"])
    hit = np.ones(L, bool)
    for k, p in enumerate(pats):
        hit &= np.isin(codes[k : k + L], matching_codes(cats, p))
        if k:
            hit &= doc[k : k + L] == doc[:L]
    idx = np.flatnonzero(hit)
    if len(idx) == 0:
        _explain_no_hit(tokens, query, pats, by, regex, codes, cats)
    j = idx + m - 1
    n = len(tokens)
    starts, ends = tokens["start"].to_numpy(), tokens["end"].to_numpy()
    # first and last row of each hit's document (documents are runs of rows)
    change = np.flatnonzero(np.diff(doc)) + 1
    run_start = np.concatenate([[0], change])
    run_end = np.concatenate([change, [n]]) - 1
    run = np.searchsorted(run_start, idx, side="right") - 1
    first, last = run_start[run], run_end[run]
    lo, hi = np.maximum(first, idx - window), np.minimum(last, j + window)
    s, e = starts[idx], ends[j]
    ls = np.where(lo < idx, starts[lo], s)
    re_ = np.where(hi > j, ends[hi], e)
    # the three words (not punctuation) before and after the node, within the document
    ctx_codes, ctx_cats = codes_of(tokens[context_by])
    ctx_vals = np.append(np.asarray(ctx_cats, dtype=object), "")
    wpos = np.flatnonzero(~tokens["is_punct"].to_numpy(bool))
    before = np.searchsorted(wpos, idx)
    after = np.searchsorted(wpos, j, side="right")
    context = {}
    for d in (1, 2, 3):
        b = before - d
        pos = wpos[np.clip(b, 0, max(len(wpos) - 1, 0))] if len(wpos) else np.zeros_like(idx)
        ok = (b >= 0) & (pos >= first) if len(wpos) else np.zeros(len(idx), bool)
        context[f"L{d}"] = ctx_vals[np.where(ok, ctx_codes[pos], -1)]
        a = after + d - 1
        pos = wpos[np.clip(a, 0, max(len(wpos) - 1, 0))] if len(wpos) else np.zeros_like(idx)
        ok = (a < len(wpos)) & (pos <= last) if len(wpos) else np.zeros(len(idx), bool)
        context[f"R{d}"] = ctx_vals[np.where(ok, ctx_codes[pos], -1)]
    texts = dict(zip(docs["doc_id"], docs["text"]))
    names = np.asarray(doc_names, dtype=object)[doc[idx]]
    doc_texts = [texts[d] for d in names]
    rows = {
        "doc_id": names,
        "sent_id": tokens["sent_id"].to_numpy()[idx],
        "tok_id": tokens["tok_id"].to_numpy()[idx],
        "start": s,
        "end": e,
        "left": [t[a:b] for t, a, b in zip(doc_texts, ls, s)],
        "node": [t[a:b] for t, a, b in zip(doc_texts, s, e)],
        "right": [t[a:b] for t, a, b in zip(doc_texts, e, re_)],
        **context,
        "left_start": ls,
        "right_end": re_,
    }
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    if sort:
        if sort not in ("node", "L1", "L2", "L3", "R1", "R2", "R3"):
            raise ValueError("sort must be node, L1, L2, L3, R1, R2 or R3.")
        keys = {
            "node": ["node", "R1", "R2"],
            "L1": ["L1", "L2", "L3"],
            "L2": ["L2", "L3", "L1"],
            "L3": ["L3", "L2", "L1"],
            "R1": ["R1", "R2", "R3"],
            "R2": ["R2", "R3", "R1"],
            "R3": ["R3", "R2", "R1"],
        }[sort]
        out = out.sort_values(keys, kind="stable").reset_index(drop=True)
    return out


def _explain_no_hit(tokens, query, pats, by, regex, codes, cats) -> None:
    """Warn that a query found nothing, saying which word is missing and where it does occur."""
    where = f"kwic({query!r}, by={by!r})"
    present = np.bincount(codes[codes >= 0], minlength=len(cats)) > 0
    missing = [(w, p) for w, p in zip(query.split(), pats) if not present[matching_codes(cats, p)].any()]
    if not missing:
        warn_empty(where, "no line: each word occurs, but not in this order in one document", stacklevel=4)
    elif regex:
        warn_empty(
            where,
            "no line: no "
            + by
            + " value matches "
            + ", ".join(repr(w) for w, _ in missing)
            + " as a whole (regex=True)",
            stacklevel=4,
        )
    else:
        hints = [h for w, _ in missing for h in where_else(tokens, w, by)]
        warn_empty(
            where,
            "no line: " + ", ".join(repr(p) for _, p in missing) + f" does not occur as a {by}",
            hints,
            stacklevel=4,
        )
