"""Shared helpers of the analysis functions: which tokens count, and group values."""

from __future__ import annotations

import numpy as np
import pandas as pd

FEATURE_COLUMNS = ("token", "norm", "lemma", "root")


def check_tokens(tokens, by: str | None = None, where: str = "this function") -> None:
    if isinstance(tokens, str):
        raise TypeError(
            f"{where} takes the token table (a DataFrame), not a string. Build it with "
            "dc.prepare() or dc.tokenize(dc.read_corpus(...))."
        )
    if not isinstance(tokens, pd.DataFrame):
        raise TypeError(f"{where} takes the token table (a DataFrame), not {type(tokens).__name__}.")
    needed = {"doc_id", "tok_id", "is_punct"} | ({by} if by else set())
    missing = needed - set(tokens.columns)
    if missing:
        hint = " (prepare with roots=True for 'root')" if "root" in missing else ""
        raise KeyError(
            f"The token table has no column(s) {sorted(missing)}{hint}; by= must be one "
            f"of the table's feature columns {[c for c in FEATURE_COLUMNS if c in tokens]}."
        )


def word_mask(
    tokens: pd.DataFrame, *, remove_punct: bool = True, remove_stop: bool = False, remove_num: bool = False
) -> pd.Series:
    """Boolean mask of the tokens an analysis counts."""
    m = pd.Series(True, index=tokens.index)
    if remove_punct:
        m &= ~tokens["is_punct"].astype(bool)
    if remove_stop:
        m &= ~tokens["is_stop"].astype(bool)
    if remove_num:
        m &= ~tokens["is_num"].astype(bool)
    return m


def group_values(tokens: pd.DataFrame, group: str | None, docs: pd.DataFrame | None) -> pd.Series | None:
    """The group of every token: a token-table column, or a document column mapped by doc_id."""
    if group is None:
        return None
    if group in tokens.columns:
        return tokens[group]
    if docs is None:
        raise KeyError(
            f"group={group!r} is not a token-table column; pass docs= (the documents "
            "table) to group by a document column such as outlet or date."
        )
    if group not in docs.columns:
        raise KeyError(
            f"group={group!r} is neither a token-table nor a documents-table column; "
            f"the documents table has {list(docs.columns)}."
        )
    return tokens["doc_id"].map(docs.set_index("doc_id")[group])


def value_counts(values: pd.Series) -> pd.Series:
    """Counts of the values present, indexed by plain strings (a categorical column's
    ``value_counts`` also lists its unused categories, with 0)."""
    counts = values.value_counts()
    counts = counts[counts > 0]
    counts.index = pd.Index(counts.index.astype(str), name=counts.index.name)
    return counts


def codes_of(values: pd.Series) -> tuple:
    """``(codes, categories)`` of a column: integer codes per row and the distinct values
    (a categorical's own, or factorized), so analyses compare integers, not strings."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), values.cat.categories
    codes, cats = pd.factorize(values)
    return codes, pd.Index(cats)


def matching_codes(categories: pd.Index, wanted) -> np.ndarray:
    """Codes of the categories equal to ``wanted`` (a string) or matched by it (a compiled
    regex, which must match the whole value)."""
    if hasattr(wanted, "fullmatch"):
        return np.flatnonzero([wanted.fullmatch(str(c)) is not None for c in categories])
    i = categories.get_indexer([wanted])
    return i[i >= 0]
