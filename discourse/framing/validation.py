"""Validating frames against human coding: sample, code, report, prune, learn.

Dictionary frames are only as good as their validation against human coders (Matthes &
Kohring 2008, *Journal of Communication* 58(2); Boumans & Trilling 2016, *Digital Journalism*
4(1); Burscher et al. 2014, *Communication Methods and Measures* 8(3)). The loop:

1. :func:`frame_units` — one row per sentence with the frames the kit finds in it (and its cues);
2. :func:`validation_sample` — a stratified random sample per frame: sentences where the kit
   finds the frame (to estimate precision) and sentences where it does not (to estimate what it
   misses), written as a coding sheet (``.xlsx``, right-to-left, and ``.csv``) with empty coder
   columns (1 = the sentence carries the frame, 0 = it does not);
3. :func:`validation_report` — read back: precision per frame and per cue with Wilson 95 %
   intervals (Wilson 1927), recall and F1 estimated from both strata (each weighted by its size
   in the corpus), and Krippendorff's α (nominal; Krippendorff 2004) between the coders and
   between each coder and the kit;
4. :func:`prune_lexicon` — a new lexicon file without the cues coders rejected;
5. :func:`train_frame_classifier` — supervised frames from the coded sentences (scikit-learn:
   lemma counts, one class-weighted logistic regression per frame), with cross-validated
   precision, recall and F1, to label the rest of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..viz.tables import neutralise_formulas, write_xlsx

__all__ = [
    "frame_units",
    "validation_sample",
    "validation_report",
    "prune_lexicon",
    "wilson",
    "read_coding_sheet",
    "coded_from_gold",
    "train_frame_classifier",
    "sentence_lemmas",
    "FrameClassifier",
    "SHEET_COLUMNS",
]

SHEET_COLUMNS = [
    "unit",
    "frame",
    "kit",
    "stratum_size",
    "doc_id",
    "sent_id",
    "cues",
    "before",
    "sentence",
    "after",
    "coder_1",
    "coder_2",
    "notes",
]


def wilson(successes, n, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval of a proportion (Wilson 1927); ``(nan, nan)`` for ``n == 0``.

    Parameters
    ----------
    successes : int or array-like
        Successes (e.g. correct hits).
    n : int or array-like
        Trials.
    z : float
        The normal quantile (default: 95 % intervals).

    Examples
    --------
    >>> [round(x, 4) for x in wilson(8, 10)]
    [0.4902, 0.9433]
    """
    if n == 0:
        return float("nan"), float("nan")
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return float(centre - half), float(centre + half)


def frame_units(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    hits: pd.DataFrame,
    frames: list[str] | None = None,
    *,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per sentence: ``doc_id, sent_id, sentence, before, after`` and, per frame, the
    kit's label (``kit_<frame>``, 0/1) and its cues (``cues_<frame>``); negated hits do not count.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    hits : DataFrame
        Frame hits.
    frames : list of str, optional
        The frames to code (default all the hits name).
    sentences : DataFrame, optional
        The sentence table (``prepare().sentences`` or
        :func:`~discourse.framing.frames.sentence_table`); built from the tokens when not given.
    """
    from .frames import sentence_table

    s = sentences if sentences is not None else sentence_table(tokens, docs)
    s = s.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    same = s["doc_id"].eq(s["doc_id"].shift())
    s["before"] = s["sentence"].shift().where(same, "")
    s["after"] = s["sentence"].shift(-1).where(s["doc_id"].eq(s["doc_id"].shift(-1)), "")
    h = hits[~hits["negated"].astype(bool)] if "negated" in hits else hits
    frames = frames if frames is not None else sorted(h["frame"].unique())
    cues = h.groupby(["doc_id", "sent_id", "frame"])["cue"].agg(lambda c: "، ".join(dict.fromkeys(c)))
    for f in frames:
        key = pd.MultiIndex.from_arrays([s["doc_id"], s["sent_id"], [f] * len(s)])
        found = cues.reindex(key)
        s[f"kit_{f}"] = found.notna().to_numpy().astype(int)
        s[f"cues_{f}"] = found.fillna("").to_numpy()
    return s


def validation_sample(
    units: pd.DataFrame,
    *,
    n: int = 30,
    n_absent: int | None = None,
    seed: int = 0,
    path: str | Path | None = None,
) -> pd.DataFrame:
    """A stratified random sample of sentences to code, per frame.

    For each frame of :func:`frame_units`, ``n`` sentences where the kit finds the frame and
    ``n_absent`` (default ``n``) where it does not, drawn at random (``seed``); fewer when the
    corpus has fewer. ``stratum_size`` keeps each stratum's size in the corpus, so recall can be
    estimated. With ``path`` (``.xlsx`` or ``.csv``; both are written), the coding sheet goes to
    disk: a row per sentence and frame, columns :data:`SHEET_COLUMNS`, ``coder_1``/``coder_2``
    empty for 1 (carries the frame) or 0.

    Parameters
    ----------
    units : DataFrame
        :func:`frame_units` output.
    n : int
        Sentences per frame where the kit finds it.
    n_absent : int, optional
        Sentences per frame where it does not (default ``n // 3``).
    seed : int
        Random seed of the draw.
    path : str or Path, optional
        Write the coding sheet here (``.xlsx`` and ``.csv``).
    """
    rng = np.random.default_rng(seed)
    n_absent = n if n_absent is None else n_absent
    rows = []
    frames = [c[4:] for c in units.columns if c.startswith("kit_")]
    for f in frames:
        for kit, k in ((1, n), (0, n_absent)):
            pool = units[units[f"kit_{f}"] == kit]
            take = (
                pool.iloc[np.sort(rng.choice(len(pool), size=min(k, len(pool)), replace=False))]
                if len(pool)
                else pool
            )
            for r in take.itertuples():
                rows.append(
                    {
                        "frame": f,
                        "kit": kit,
                        "stratum_size": len(pool),
                        "doc_id": r.doc_id,
                        "sent_id": r.sent_id,
                        "cues": getattr(r, f"cues_{f}"),
                        "before": r.before,
                        "sentence": r.sentence,
                        "after": r.after,
                        "coder_1": None,
                        "coder_2": None,
                        "notes": "",
                    }
                )
    out = pd.DataFrame(rows, columns=SHEET_COLUMNS[1:])
    out.insert(0, "unit", range(1, len(out) + 1))
    if path is not None:
        path = Path(path)
        write_xlsx(out, path.with_suffix(".xlsx"), sheet="coding")
        neutralise_formulas(out).to_csv(path.with_suffix(".csv"), index=False, encoding="utf-8-sig")
    return out


def read_coding_sheet(path: str | Path) -> pd.DataFrame:
    """A coded sheet back (``.xlsx`` or ``.csv``); coder cells must be 0, 1 or empty — anything
    else is an error naming the row and column.

    Parameters
    ----------
    path : str or Path
        A coded ``.xlsx`` or ``.csv`` sheet.
    """
    path = Path(path)
    df = (
        pd.read_excel(path)
        if path.suffix.lower() in (".xlsx", ".xls")
        else pd.read_csv(path, encoding="utf-8-sig")
    )
    missing = {"frame", "kit", "stratum_size", "coder_1"} - set(df.columns)
    if missing:
        raise ValueError(
            f"{path}: not a coding sheet of the kit (no column(s) {sorted(missing)}); "
            "make one with dc.validation_sample(..., path=...)."
        )
    for c in [c for c in df.columns if c.startswith("coder_")]:
        num = pd.to_numeric(df[c], errors="coerce")
        bad = df[c].notna() & ~num.isin([0, 1])
        if bad.any():
            row = int(bad.idxmax()) + 2  # the file's line: the header is line 1
            raise ValueError(
                f"{path}: row {row}, column {c}: {df.at[bad.idxmax(), c]!r} — code "
                "1 (carries the frame), 0 (does not) or leave empty."
            )
        df[c] = num
    return df


def validation_report(coded: pd.DataFrame | str | Path, *, coders=("coder_1", "coder_2")) -> dict:
    """Precision, recall and agreement from a coded sheet (see the module docstring).

    Returns ``{"frames": DataFrame(frame, n_kit, n_absent, precision, precision_low,
    precision_high, miss_rate, recall, f1, alpha_coders, alpha_kit), "cues": DataFrame(frame,
    cue, n, precision, low, high)}`` from the first coder's codes (rows the first coder left
    empty are not counted). Recall is estimated as TP / (TP + FN) with TP = precision × the number
    of sentences the kit labels, FN = the coded share of missed sentences × the number it does
    not label (each stratum weighted by its size in the corpus).

    Parameters
    ----------
    coded : DataFrame, str or Path
        The coded sheet (or its file).
    coders : sequence of str
        The coder columns.
    """
    import krippendorff

    df = read_coding_sheet(coded) if isinstance(coded, (str, Path)) else coded.copy()
    c1 = coders[0]
    frames, cue_rows = [], []
    for f, g in df.groupby("frame", sort=True):
        g1 = g[g[c1].notna()]
        pos, neg = g1[g1["kit"] == 1], g1[g1["kit"] == 0]
        tp = int(pos[c1].sum())
        prec = tp / len(pos) if len(pos) else np.nan
        lo, hi = wilson(tp, len(pos))
        miss = neg[c1].mean() if len(neg) else np.nan
        n_pos = g.loc[g["kit"] == 1, "stratum_size"].max() if (g["kit"] == 1).any() else 0
        n_neg = g.loc[g["kit"] == 0, "stratum_size"].max() if (g["kit"] == 0).any() else 0
        est_tp = prec * n_pos if len(pos) else 0.0
        est_fn = (miss if len(neg) else 0.0) * n_neg
        recall = est_tp / (est_tp + est_fn) if (est_tp + est_fn) > 0 else np.nan
        f1 = (
            np.nan
            if np.isnan(prec) or np.isnan(recall)
            else 0.0
            if prec + recall == 0
            else 2 * prec * recall / (prec + recall)
        )
        alpha_coders = alpha_kit = np.nan
        present = [c for c in coders if c in g and g[c].notna().any()]
        if len(present) >= 2:
            alpha_coders = _alpha(g[list(present)].to_numpy(float).T, krippendorff)
        if len(g1):
            alpha_kit = _alpha(np.vstack([g1[c1].to_numpy(float), g1["kit"].to_numpy(float)]), krippendorff)
        frames.append(
            {
                "frame": f,
                "n_kit": len(pos),
                "n_absent": len(neg),
                "precision": prec,
                "precision_low": lo,
                "precision_high": hi,
                "miss_rate": miss,
                "recall": recall,
                "f1": f1,
                "alpha_coders": alpha_coders,
                "alpha_kit": alpha_kit,
            }
        )
        for cue, cg in _by_cue(pos).items():
            k = int(cg[c1].sum())
            l2, h2 = wilson(k, len(cg))
            cue_rows.append(
                {"frame": f, "cue": cue, "n": len(cg), "precision": k / len(cg), "low": l2, "high": h2}
            )
    return {
        "frames": pd.DataFrame(frames),
        "cues": pd.DataFrame(cue_rows, columns=["frame", "cue", "n", "precision", "low", "high"]),
    }


def _alpha(data: np.ndarray, krippendorff) -> float:
    """Krippendorff's α (nominal) of a coders × units matrix; NaN where it is undefined (one
    value only)."""
    values = data[~np.isnan(data)]
    if len(np.unique(values)) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _by_cue(pos: pd.DataFrame) -> dict:
    out: dict[str, list] = {}
    for idx, cues in zip(pos.index, pos["cues"].fillna("")):
        for cue in [c.strip() for c in str(cues).split("،") if c.strip()]:
            out.setdefault(cue, []).append(idx)
    return {c: pos.loc[i] for c, i in out.items()}


def prune_lexicon(
    lexicon_path: str | Path, report: dict, out: str | Path, *, min_precision: float = 0.5, min_n: int = 5
) -> pd.DataFrame:
    """Write a copy of a frame lexicon without the cues that coders rejected: a cue coded in at
    least ``min_n`` sentences with precision below ``min_precision``. The file starts with a
    comment saying which cues were dropped and why; returns the dropped cues.

    Parameters
    ----------
    lexicon_path : str or Path
        The frames YAML the sheet was drawn with.
    report : dict
        :func:`validation_report` output.
    out : str or Path
        The new YAML to write.
    min_precision : float
        Cues below this precision are removed.
    min_n : int
        Only cues coded at least this often are judged.
    """
    import yaml

    cues = report["cues"]
    drop = cues[(cues["n"] >= min_n) & (cues["precision"] < min_precision)]
    dropped = set(zip(drop["frame"], drop["cue"]))
    data = yaml.safe_load(Path(lexicon_path).read_text(encoding="utf-8"))
    for fr in data.get("frames", []):
        fr["cues"] = [
            c for c in fr["cues"] if (fr["id"], c["cue"] if isinstance(c, dict) else str(c)) not in dropped
        ]
    head = [
        f"# Pruned from {Path(lexicon_path).name} by dc.prune_lexicon: cues coded in at least "
        f"{min_n} sentences with precision below {min_precision} were removed."
    ]
    head += [
        f"#   {r.frame}: {r.cue} (precision {r.precision:.2f} in {r.n} sentences)" for r in drop.itertuples()
    ]
    Path(out).write_text(
        "\n".join(head) + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return drop.reset_index(drop=True)


def coded_from_gold(
    sample: pd.DataFrame, gold: list[dict], docs: pd.DataFrame, tokens: pd.DataFrame, coder: str = "coder_1"
) -> pd.DataFrame:
    """Fill a coding sheet's coder column from hand-annotated sentence frames (the format of
    ``shared/gold/framing``): a sentence of the sample gets 1 or 0 where the gold annotates it,
    and stays empty otherwise. For trying the loop with an existing annotation.

    Parameters
    ----------
    sample : DataFrame
        :func:`validation_sample` output.
    gold : list of dict
        Annotated articles (the ``shared/gold/framing`` format).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    coder : str
        The coder column to fill.
    """
    from .frames import sentence_table

    sents = sentence_table(tokens, docs)
    texts = dict(zip(docs["doc_id"], docs["text"]))
    labels = {}
    for art in gold:
        d = art["doc_id"]
        if d not in texts:
            continue
        s = sents[sents["doc_id"] == d].sort_values("start")
        starts, ids = s["start"].tolist(), s["sent_id"].tolist()
        pos = 0
        for sent in art.get("sentences", []):
            at = texts[d].find(sent["start"], pos)
            if at < 0:
                continue
            pos = at + 1
            i = int(np.searchsorted(starts, at, side="right")) - 1
            if i >= 0:
                labels[(d, ids[i])] = set(sent.get("frames", []))
    out = sample.copy()
    out[coder] = [
        float(f in labels[(d, s)]) if (d, s) in labels else np.nan
        for d, s, f in zip(out["doc_id"], out["sent_id"], out["frame"])
    ]
    return out


@dataclass
class FrameClassifier:
    """One logistic regression per frame over lemma counts; ``report`` holds the
    cross-validated precision, recall and F1 per frame."""

    models: dict
    vectorizer: object
    report: pd.DataFrame

    def predict(self, units: pd.DataFrame, lemmas: pd.Series) -> pd.DataFrame:
        """Frame labels (0/1 columns ``clf_<frame>``) for sentences; ``lemmas`` is a Series of
        lemma lists indexed like ``units`` (see :func:`sentence_lemmas`)."""
        x = self.vectorizer.transform(lemmas.tolist())
        out = units[["doc_id", "sent_id"]].copy()
        for f, m in self.models.items():
            out[f"clf_{f}"] = m.predict(x)
        return out


def sentence_lemmas(tokens: pd.DataFrame) -> pd.Series:
    """Content lemmas of each sentence, indexed by ``(doc_id, sent_id)``."""
    w = tokens[
        ~tokens["is_punct"].astype(bool) & ~tokens["is_stop"].astype(bool) & ~tokens["is_num"].astype(bool)
    ]
    return w.groupby(["doc_id", "sent_id"], observed=True)["lemma"].agg(lambda s: [str(x) for x in s])


def train_frame_classifier(
    coded: pd.DataFrame,
    tokens: pd.DataFrame,
    *,
    coder: str = "coder_1",
    folds: int = 5,
    seed: int = 0,
    min_positive: int = 5,
) -> FrameClassifier:
    """Supervised frames from coded sentences: lemma counts (scikit-learn ``CountVectorizer``)
    and, per frame with at least ``min_positive`` positive and negative codes, a logistic
    regression with balanced class weights (rare frames are not ignored). ``report`` gives
    ``folds``-fold cross-validated precision, recall and F1 per frame (stratified folds).

    Parameters
    ----------
    coded : DataFrame
        A coded sheet.
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    coder : str
        The coder column that holds the labels.
    folds : int
        Cross-validation folds.
    seed : int
        Random seed.
    min_positive : int
        Frames with fewer coded positives get no classifier.
    """
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, precision_score, recall_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    lem = sentence_lemmas(tokens)
    c = coded[coded[coder].notna()]
    keys = list(zip(c["doc_id"], c["sent_id"]))
    docs_lemmas = [lem.get(k, []) for k in keys]
    vec = CountVectorizer(analyzer=lambda x: x, min_df=1)
    x = vec.fit_transform(docs_lemmas)
    models, rows = {}, []
    for f in sorted(c["frame"].unique()):
        mask = (c["frame"] == f).to_numpy()
        y = c.loc[mask, coder].astype(int).to_numpy()
        xf = x[mask]
        n_pos, n_neg = int(y.sum()), int(len(y) - y.sum())
        row = {
            "frame": f,
            "n": len(y),
            "positive": n_pos,
            "precision": np.nan,
            "recall": np.nan,
            "f1": np.nan,
        }
        if min(n_pos, n_neg) >= min_positive:
            model = LogisticRegression(class_weight="balanced", max_iter=2000)
            k = min(folds, n_pos, n_neg)
            pred = cross_val_predict(model, xf, y, cv=StratifiedKFold(k, shuffle=True, random_state=seed))
            row.update(
                precision=precision_score(y, pred, zero_division=0),
                recall=recall_score(y, pred, zero_division=0),
                f1=f1_score(y, pred, zero_division=0),
            )
            models[f] = model.fit(xf, y)
        rows.append(row)
    return FrameClassifier(models, vec, pd.DataFrame(rows))
