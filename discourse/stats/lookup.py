"""Where a word does occur: suggestions for a query that finds nothing.

A concordance or collocation query compares the query with one column of the token table
(``token``, ``norm`` or ``lemma``). When nothing matches, the kit does not return an empty
table in silence: :func:`where_else` says whether the same word occurs in another column (the
written form ``العراق`` is the lemma ``عراق``), and which values of the column are spelled
alike (``ايران`` / ``إيران``), so the user can correct the query.
"""

from __future__ import annotations

import difflib
import warnings

import numpy as np
import pandas as pd

from ..errors import EmptyResultWarning
from ..text.normalize import normalize
from ._select import codes_of

__all__ = ["column_key", "where_else", "warn_empty", "resolve_items"]


def column_key(word: str, column: str) -> str:
    """``word`` as the values of ``column`` are written (``norm``: normalized; ``lemma``:
    diacritics and tatweel removed; ``token``: as given)."""
    from ..text.lemmatize import TANWEEN, lemma_key

    if column == "norm":
        return normalize(word)
    if column in ("lemma", "root"):
        return lemma_key(word).rstrip(TANWEEN)  # lemmas carry no tanwin
    return word


def _counts(values: pd.Series) -> pd.Series:
    codes, cats = codes_of(values)
    n = np.bincount(codes[codes >= 0], minlength=len(cats))
    return pd.Series(n, index=pd.Index(np.asarray(cats, dtype=object).astype(str)))


def where_else(tokens: pd.DataFrame, word: str, by: str, *, n: int = 5) -> list[str]:
    """Sentences saying where ``word`` (absent from column ``by``) does occur.

    Looks in the other feature columns (the ``by`` values of those rows are named, most frequent
    first) and among the ``by`` values spelled alike: equal after normalization
    (hamza, alef, yeh, teh marbuta) or close by :func:`difflib.get_close_matches`.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    word : str
        The word that was not found.
    by : str
        The column it was looked for in.
    n : int
        At most this many suggestions.
    """
    hints, said = [], set()
    for col in ("token", "norm", "lemma"):
        if col == by or col not in tokens or by not in tokens:
            continue
        key = column_key(word, col)
        rows = tokens[col] == key
        if rows.any():
            vals = _counts(tokens.loc[rows, by])
            vals = vals[vals > 0].sort_values(ascending=False).head(3)
            as_by = ", ".join(f"{v!r} ({c})" for v, c in vals.items())
            if as_by in said:  # the same rows seen through another column
                continue
            said.add(as_by)
            hints.append(f"{word!r} occurs {int(rows.sum())} time(s) as a {col}; its {by} is {as_by}")
    if by in tokens:
        counts = _counts(tokens[by])
        counts = counts[counts > 0]
        key = column_key(word, by)
        folded = normalize(key)
        same = [v for v in counts.index if v != key and normalize(v) == folded]
        close = difflib.get_close_matches(key, list(counts.nlargest(50_000).index), n=n, cutoff=0.75)
        alike = list(dict.fromkeys(same + [c for c in close if c != key]))[:n]
        if alike:
            hints.append(
                f"{by} values spelled alike: " + ", ".join(f"{v!r} ({int(counts[v])})" for v in alike)
            )
    return hints


def warn_empty(what: str, reason: str, hints: list[str] | None = None, *, stacklevel: int = 3) -> None:
    """Warn that ``what`` is empty, with the reason and the hints."""
    msg = f"{what}: {reason}"
    if hints:
        msg += ". " + "; ".join(hints)
    warnings.warn(msg + ".", EmptyResultWarning, stacklevel=stacklevel)


def resolve_items(tokens: pd.DataFrame, items, *, by: str = "lemma") -> list[str]:
    """The ``by`` values that the words ``items`` stand for in this token table.

    An item that is a value of ``by`` is kept; one that is not but occurs as a written form
    (``token`` or ``norm``, e.g. ``العراق``) is replaced by its most frequent ``by`` value
    (``عراق``), with a warning saying so; one that occurs nowhere is left out with a warning
    naming values spelled alike. Order is kept, repeats dropped.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    items : str or list of str
        The words a researcher typed (lemmas or written forms).
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"token": ["العراق", "بغداد"], "norm": ["العراق", "بغداد"],
    ...                   "lemma": ["عراق", "بغداد"]})
    >>> resolve_items(t, ["بغداد", "عراق"])
    ['بغداد', 'عراق']
    """
    out = []
    values = _counts(tokens[by])
    values = values[values > 0]
    for item in items:
        key = column_key(item, by)
        if key in values.index:
            out.append(key)
            continue
        found = None
        for col in ("token", "norm"):
            if col in tokens and col != by:
                rows = tokens[col] == column_key(item, col)
                if rows.any():
                    found = _counts(tokens.loc[rows, by]).idxmax()
                    break
        if found is not None:
            warn_empty(
                f"{item!r}",
                f"not a {by} of this corpus; the written form stands for the {by} {found!r}, used instead",
            )
            out.append(found)
        else:
            warn_empty(
                f"{item!r}",
                f"occurs nowhere in this corpus as a {by} or a written form; left out",
                where_else(tokens, item, by),
            )
    return list(dict.fromkeys(out))
