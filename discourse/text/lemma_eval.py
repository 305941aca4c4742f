"""Scoring a lemmatizer against gold lemmas (the protocol of ``shared/gold/README.md``).

One row per orthographic word with columns ``form, gold_lemma, upos``. Not scored: PUNCT/SYM
rows, tokens containing a digit, tokens without an Arabic letter.

* strict: compare after removing diacritics, dagger alef and tatweel on both sides;
* loose: strict, plus أ إ آ ٱ → ا, ى → ي and a final ة → ه.

>>> strict_form("كَتَبَ") == strict_form("كتب")
True
>>> loose_form("الحكومة") == loose_form("الحكومه")
True
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .normalize import ARABIC_LETTER_RE, loose_form, strict_form

__all__ = [
    "read_gold",
    "scorable",
    "strict_form",
    "loose_form",
    "score_lemmas",
    "lemmas_in_context",
    "name_errors",
    "POS_GROUPS",
]

POS_GROUPS = {
    "NOUN": "NOUN",
    "VERB": "VERB",
    "ADJ": "ADJ",
    "PROPN": "PROPN",
    **{p: "FUNC" for p in ("ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX", "INTJ")},
}


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold TSV (``sent_id, token_index, form, gold_lemma, …, upos``)."""
    df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    missing = {"form", "gold_lemma", "upos"} - set(df.columns)
    if missing:
        raise KeyError(f"{path}: missing column(s) {sorted(missing)}; see shared/gold/README.md.")
    return df


def scorable(gold: pd.DataFrame) -> pd.Series:
    """Boolean mask of the rows the protocol scores."""
    return (
        ~gold["upos"].isin(["PUNCT", "SYM"])
        & ~gold["form"].str.contains(r"\d")
        & gold["form"].map(lambda f: ARABIC_LETTER_RE.search(f) is not None)
    )


def score_lemmas(gold: pd.DataFrame, predict: Callable[[list[str]], list[str]]) -> dict:
    """Score ``predict(forms) -> lemmas`` on the scorable rows of ``gold``.

    Returns a dict with ``strict``, ``loose``, ``n``, ``by_pos`` (DataFrame of strict/loose/n
    per UPOS group) and ``rows`` (the scored rows with predictions and correctness).
    """
    rows = gold[scorable(gold)].copy()
    rows["pred"] = predict(rows["form"].tolist())
    rows["strict_ok"] = rows["pred"].map(strict_form) == rows["gold_lemma"].map(strict_form)
    rows["loose_ok"] = rows["pred"].map(loose_form) == rows["gold_lemma"].map(loose_form)
    rows["group"] = rows["upos"].map(POS_GROUPS).fillna(rows["upos"])
    by_pos = (
        rows.groupby("group")
        .agg(strict=("strict_ok", "mean"), loose=("loose_ok", "mean"), n=("strict_ok", "size"))
        .sort_values("n", ascending=False)
    )
    return {
        "strict": rows["strict_ok"].mean(),
        "loose": rows["loose_ok"].mean(),
        "n": len(rows),
        "by_pos": by_pos,
        "rows": rows,
    }


def lemmas_in_context(gold: pd.DataFrame, texts: list[str], lemmatizer) -> list[str | None]:
    """The kit's lemma of each row of ``gold`` read in its sentence, as a corpus is read: the
    ``i``-th distinct ``sent_id`` of ``gold`` is ``texts[i]``, tokenized
    (:func:`~discourse.text.tokenize.tokenize`, which reads some words by their neighbours) with
    ``lemmatizer``. Rows are matched to the sentence's tokens in order, by their written form;
    a row with no token written as it is (a word the tokenizer splits, الواي-فاي) gets ``None``.
    """
    from .tokenize import tokenize

    if "sent_id" not in gold.columns:
        raise KeyError(
            "The gold file has no sent_id column, so its rows cannot be matched to the sentences "
            "file; add it (shared/gold/README.md) or remove the sentences file to score forms alone."
        )
    ids = list(dict.fromkeys(gold["sent_id"]))
    if len(ids) != len(texts):
        raise ValueError(
            f"The gold file has {len(ids)} sentences and the sentences file {len(texts)} lines; "
            "they must be the same sentences in the same order (shared/gold/README.md)."
        )
    docs = pd.DataFrame({"doc_id": ids, "text": texts})
    toks = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    words = toks[~toks["is_punct"].to_numpy(bool)]
    by_sent = {
        d: list(zip(g["token"].astype(str), g["lemma"].astype(str)))
        for d, g in words.groupby(words["doc_id"].astype(str), sort=False, observed=True)
    }
    out: list[str | None] = []
    for sid, forms in gold.groupby("sent_id", sort=False)["form"]:
        seq, k = by_sent.get(str(sid), []), 0
        for form in forms:
            hit = next((j for j in range(k, min(k + 4, len(seq))) if seq[j][0] == form), None)
            if hit is None:
                out.append(None)
            else:
                out.append(seq[hit][1])
                k = hit + 1
    return out


#: The kinds of :func:`name_errors`, in the order they are tried.
NAME_ERROR_KINDS = (
    "gold spelling: hamza, alef, ta marbuta or final ya (loose match)",
    "gold wrote another spelling of the name than the text",
    "kit merged spellings of the name (the one general Arabic writes most)",
    "gold cut the name's first letter(s) as a clitic, the kit kept the name",
    "other: the kit's errors and other choices of the gold",
)


def name_errors(rows: pd.DataFrame) -> pd.DataFrame:
    """The strict errors on proper names (``upos`` PROPN) of :func:`score_lemmas`' ``rows``,
    each with the ``kind`` of :data:`NAME_ERROR_KINDS` it falls under.

    The kit writes a name as the text does, or in the spelling general Arabic uses most for all
    its variants (:func:`~discourse.text.lemma_rules.canonical_spelling`); a gold may write
    another spelling (كونج for the text's كونغ) or read a name's first letter as a clitic (بحر →
    حر). The kinds tell these apart from the kit's own errors (بروس read as ب + روس).

    >>> rows = pd.DataFrame({"form": ["هونغ", "هونج", "بحر", "آسيا", "بروس"], "upos": "PROPN",
    ...     "pred": ["هونغ", "هونغ", "بحر", "آسيا", "روس"],
    ...     "gold_lemma": ["هونج", "هونج", "حر", "أسيا", "بروس"], "strict_ok": False})
    >>> [NAME_ERROR_KINDS.index(k) for k in name_errors(rows)["kind"]]
    [1, 2, 3, 0, 4]
    """
    from .lemma_rules import canonical_spelling
    from .normalize import remove_diacritics

    wrong = rows[(rows["upos"] == "PROPN") & ~rows["strict_ok"]].copy()

    def kind(form: str, pred: str, gold: str) -> str:
        form = remove_diacritics(form)
        if loose_form(pred) == loose_form(gold):
            return NAME_ERROR_KINDS[0]
        if canonical_spelling(gold, hamza=True) == canonical_spelling(pred, hamza=True):
            return NAME_ERROR_KINDS[1 if strict_form(pred) == strict_form(form) else 2]
        if loose_form(pred) == loose_form(form) and any(
            loose_form(form[i:]) == loose_form(gold) for i in (1, 2)
        ):
            return NAME_ERROR_KINDS[3]
        return NAME_ERROR_KINDS[4]

    wrong["kind"] = [kind(f, p, g) for f, p, g in zip(wrong["form"], wrong["pred"], wrong["gold_lemma"])]
    return wrong
