"""The 2×2 association measures of the kit, in one place.

Two tables, two uses, two names for two log-likelihoods:

Collocation (:func:`association_measures`)
-------------------------------------------
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

Keyness (:func:`keyness_measures`)
----------------------------------
For a feature with frequency ``a`` in the target (``c`` word tokens) and ``b`` in the reference
(``d`` word tokens), ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``:

* LL = 2 (a ln(a/E1) + b ln(b/E2)): the two-term log-likelihood of Rayson & Garside (2000),
  as corpus linguistics' keyword tools report it — not the four-cell G² above (Dunning 1993),
  hence its own name; ``p`` from χ²(1);
* χ² = Σ (O − E)²/E over the full 2×2 table, no continuity correction;
* log ratio = log2((a/c)/(b/d)), a zero count replaced by 0.5 (Hardie 2014), the effect size;
* %DIFF = 100 (a/c − b/d)/(b/d) (Gabrielatos & Marchi 2012); ``inf`` when b = 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.special import erfc

__all__ = ["association_measures", "measure", "measure_arrays", "keyness_measures", "MEASURES"]

MEASURES = [
    "MI",
    "MI3",
    "t_score",
    "z_score",
    "G2",
    "p_g2",
    "chi2",
    "dice",
    "log_dice",
    "log_ratio",
    "delta_p_21",
    "delta_p_12",
]


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
    return pd.DataFrame(measure_arrays(o11, r1, c1, n))


_FORMULAS = {
    "MI": lambda c: np.log2(c["o11"] / c["e11"]),
    "MI3": lambda c: np.log2(c["o11"] ** 3 / c["e11"]),
    "t_score": lambda c: (c["o11"] - c["e11"]) / np.sqrt(c["o11"]),
    "z_score": lambda c: (c["o11"] - c["e11"]) / np.sqrt(c["e11"]),
    "G2": lambda c: _g2(c),
    "p_g2": lambda c: _chi2_sf_1df(_g2(c)),
    "chi2": lambda c: (
        c["n"] * (c["o11"] * c["o22"] - c["o12"] * c["o21"]) ** 2 / (c["r1"] * c["r2"] * c["c1"] * c["c2"])
    ),
    "dice": lambda c: 2 * c["o11"] / (c["r1"] + c["c1"]),
    "log_dice": lambda c: 14 + np.log2(2 * c["o11"] / (c["r1"] + c["c1"])),
    "log_ratio": lambda c: np.log2((c["o11"] / c["r1"]) / (np.where(c["o21"] > 0, c["o21"], 0.5) / c["r2"])),
    "delta_p_21": lambda c: c["o11"] / c["r1"] - c["o21"] / c["r2"],
    "delta_p_12": lambda c: c["o11"] / c["c1"] - c["o12"] / c["c2"],
}


def measure(name: str, o11, r1, c1, n) -> np.ndarray:
    """One measure (a name of :data:`MEASURES`) as an array."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return _FORMULAS[name](_cells(o11, r1, c1, n))


def _cells(o11, r1, c1, n) -> dict[str, np.ndarray]:
    o11 = np.asarray(o11, float)
    r1 = np.asarray(r1, float)
    c1 = np.asarray(c1, float)
    n = np.broadcast_to(np.asarray(n, float), o11.shape)
    c = {
        "o11": o11,
        "r1": r1,
        "c1": c1,
        "n": n,
        "o12": r1 - o11,
        "o21": c1 - o11,
        "o22": n - r1 - c1 + o11,
        "r2": n - r1,
        "c2": n - c1,
        "e11": r1 * c1 / n,
    }
    return c


def _g2(c: dict) -> np.ndarray:
    if "g2" not in c:
        n = c["n"]
        cells = [
            (c["o11"], c["r1"] * c["c1"] / n),
            (c["o12"], c["r1"] * c["c2"] / n),
            (c["o21"], c["r2"] * c["c1"] / n),
            (c["o22"], c["r2"] * c["c2"] / n),
        ]
        c["g2"] = 2 * sum(np.where(o > 0, o * np.log(o / e), 0.0) for o, e in cells)
    return c["g2"]


def measure_arrays(o11, r1, c1, n, measures=MEASURES) -> dict[str, np.ndarray]:
    """``O11``, ``E11`` and the named measures as arrays (what :func:`association_measures`
    puts in a DataFrame); for callers that sort or filter before building a table."""
    c = _cells(o11, r1, c1, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = {"O11": c["o11"], "E11": c["e11"]}
        out.update({m: _FORMULAS[m](c) for m in measures})
    return out


def keyness_measures(a, b, c, d) -> pd.DataFrame:
    """LL, p, χ², log ratio and %DIFF for target counts ``a`` of ``c`` and reference ``b`` of ``d``.

    >>> m = keyness_measures([30], [10], [1000], [1000])
    >>> round(float(m.LL[0]), 3), round(float(m.log_ratio[0]), 4), round(float(m.pct_diff[0]), 6)
    (10.465, 1.585, 200.0)
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    c, d = np.broadcast_to(np.asarray(c, float), a.shape), np.broadcast_to(np.asarray(d, float), a.shape)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
        n = c + d
        cells = [(a, e1), (b, e2), (c - a, c * (n - a - b) / n), (d - b, d * (n - a - b) / n)]
        chi2 = sum((o - e) ** 2 / e for o, e in cells)
        ra, rb = a / c, b / d
        lr = np.log2(np.where(a > 0, a, 0.5) / c / (np.where(b > 0, b, 0.5) / d))
        pct = np.where(b > 0, (ra - rb) * 100 / rb, np.inf)
    return pd.DataFrame(
        {
            "LL": g2,
            "p": _chi2_sf_1df(g2),
            "chi2": chi2,
            "log_ratio": lr,
            "pct_diff": pct,
            "direction": np.where(ra >= rb, "+", "-"),
        }
    )
