#!/usr/bin/env python3
"""How much rarer general Arabic writes a word after a one-letter preposition than alone.

    python benchmarks/clitic_rates.py [--top 20000]

For each of ب, ل and ك, and for each before a word in ي, the quantiles of
log10(frequency(word) / frequency(preposition + word)) over wordfreq's most common Arabic
words (without the article, not starting with a clitic letter, and written at least once with
the preposition). These are the figures behind ``discourse.text.clitics._PREPOSITION_RATIO``:
a word neither analyser knows loses a leading ب/ل/ك only when the rest is that much more
common than the whole.
"""

from __future__ import annotations

import argparse

from wordfreq import top_n_list, zipf_frequency

QUANTILES = (0.05, 0.1, 0.25, 0.5, 0.75, 0.9)


def ratios(words: list[str], prep: str) -> list[float]:
    """log10 of frequency(word) / frequency(prep + word), for the words written with ``prep``."""
    out = []
    for w in words:
        with_prep = zipf_frequency(prep + w, "ar")
        if with_prep > 0:
            out.append(zipf_frequency(w, "ar") - with_prep)
    return sorted(out)


def quantiles(values: list[float]) -> list[float]:
    return [round(values[min(int(len(values) * q), len(values) - 1)], 2) for q in QUANTILES] if values else []


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=20_000, help="how many of wordfreq's most common words")
    args = ap.parse_args(argv)
    words = [
        w
        for w in top_n_list("ar", args.top)
        if len(w) >= 3 and not w.startswith("ال") and w[0] not in "وفبلك"
    ]
    print(f"{len(words)} words of wordfreq's {args.top} most common Arabic words")
    print("quantiles of log10(f(word) / f(prep + word)) at", ", ".join(f"{q:.0%}" for q in QUANTILES))
    for prep in "بلك":
        for label, subset in ((prep, words), (prep + " before ي", [w for w in words if w[0] == "ي"])):
            r = ratios(subset, prep)
            print(f"{label:10} n={len(r):5}  {quantiles(r)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
