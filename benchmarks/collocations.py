#!/usr/bin/env python3
"""Time the kit's collocation extraction against NLTK on the same ≥1 M tokens of real news.

    python benchmarks/collocations.py [--zips 2] [--shared ../shared]

Reads SaudiNewsNet zips from ../shared, tokenizes them (word forms, punctuation out), then in
one run times
  * NLTK: BigramCollocationFinder.from_words(words, window_size=5) + score_ngrams(likelihood_ratio)
  * the kit: discourse.stats.collocation.collocations(window=5, boundary=None, measures=["G2"]),
    the same work, and again with all 12 measures
checks that the G² scores are identical (max abs difference) and prints the speed ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.errors import DiscourseWarning
from discourse.io.corpus import read_corpus
from discourse.stats.collocation import collocations
from discourse.text.normalize import make_normalizer
from discourse.text.tokenize import TOKEN_RE


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--zips", type=int, default=2, help="how many daily zips to read")
    ap.add_argument("--window", type=int, default=5)
    args = ap.parse_args(argv)
    zips = sorted((Path(args.shared) / "corpora" / "saudinewsnet").glob("*.zip"))[: args.zips]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DiscourseWarning)
        docs = read_corpus(zips, text_field="content", outlet_field="source")
    norm = make_normalizer()
    words = [
        norm(m.group(0)) for text in docs["text"] for m in TOKEN_RE.finditer(text) if m.lastgroup != "sym"
    ]
    print(f"{len(docs)} articles from {len(zips)} zip(s), {len(words):,} word tokens")
    if len(words) < 1_000_000:
        print("warning: fewer than 1 M tokens; pass --zips with a larger number")
    tokens = pd.DataFrame(
        {
            "doc_id": 0,
            "tok_id": np.arange(len(words)),
            "sent_id": 0,
            "is_punct": False,
            "is_stop": False,
            "norm": words,
        }
    )

    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    t = time.perf_counter()
    finder = BigramCollocationFinder.from_words(words, window_size=args.window)
    theirs = finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)
    t_nltk = time.perf_counter() - t

    t = time.perf_counter()
    ours = collocations(tokens, by="norm", window=args.window, boundary=None, measures=["G2"])
    t_kit = time.perf_counter() - t
    t = time.perf_counter()
    collocations(tokens, by="norm", window=args.window, boundary=None)
    t_all = time.perf_counter() - t

    s = ours.set_index(["w1", "w2"])["G2"]
    ref = pd.Series(dict(theirs))
    ref.index = pd.MultiIndex.from_tuples(ref.index)
    diff = float((s.reindex(ref.index) - ref).abs().max())
    same_pairs = len(s) == len(ref) and s.reindex(ref.index).notna().all()
    print(
        f"pairs: kit {len(s):,}, NLTK {len(ref):,}; same pairs: {same_pairs}; "
        f"max |G2 difference| = {diff:.2e}"
    )
    print(
        f"NLTK (G2 only) {t_nltk:.2f} s   kit (G2 only) {t_kit:.2f} s   kit (all 12 measures) {t_all:.2f} s"
    )
    print(
        f"speed ratio, same work (NLTK / kit, G2): {t_nltk / t_kit:.1f}x; "
        f"NLTK G2 / kit all measures: {t_nltk / t_all:.1f}x"
    )
    return 0 if same_pairs and diff < 1e-6 else 1


if __name__ == "__main__":
    sys.exit(main())
