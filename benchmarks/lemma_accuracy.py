#!/usr/bin/env python3
"""Score the kit's lemmatizer and raw qalsadi on a gold file (protocol: shared/gold/README.md).

    python benchmarks/lemma_accuracy.py ../shared/gold/pud_dev.tsv

Prints strict and loose accuracy by POS for both, the most frequent remaining errors of the
kit, and as its last line exactly ``strict=0.xxx loose=0.xxx n=NNNN`` (the kit's scores).
The kit runs without its disk cache and without the shipped lemma table, so the figures
are computed afresh.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from discourse.text.lemma_eval import (
    NAME_ERROR_KINDS,
    lemmas_in_context,
    name_errors,
    read_gold,
    scorable,
    score_lemmas,
)
from discourse.text.lemmatize import Lemmatizer


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold TSV in the shared/gold format")
    ap.add_argument("--errors", type=int, default=20, help="how many error pairs to list")
    args = ap.parse_args(argv)
    gold = read_gold(args.gold)

    import qalsadi.lemmatizer

    raw = qalsadi.lemmatizer.Lemmatizer()
    t = time.perf_counter()
    base = score_lemmas(gold, lambda forms: [raw.lemmatize(f) for f in forms])
    t_base = time.perf_counter() - t

    kit = Lemmatizer(cache=False, table=False, progress=False)
    t = time.perf_counter()
    ours = score_lemmas(gold, lambda forms: [kit.lemmatize(f) for f in forms])
    t_kit = time.perf_counter() - t

    # the same rules, each word read in its sentence (the tokenizer reads some words by their
    # neighbours); a word the tokenizer splits differently is read alone, as above
    sentences = Path(args.gold).with_name(Path(args.gold).stem + "_sentences.txt")
    in_context = None
    if sentences.exists():
        texts = sentences.read_text(encoding="utf-8").splitlines()
        read = pd.Series(lemmas_in_context(gold, texts, kit), index=gold.index)
        alone = ours["rows"]["pred"]
        unmatched = read[scorable(gold)].isna()
        read[scorable(gold) & read.isna()] = alone[unmatched[unmatched].index]
        in_context = score_lemmas(gold, lambda forms: read[scorable(gold)].tolist())
        differ = int((in_context["rows"]["pred"] != alone).sum())

    table = pd.DataFrame(
        {
            "kit strict": ours["by_pos"]["strict"],
            "qalsadi strict": base["by_pos"]["strict"],
            "kit loose": ours["by_pos"]["loose"],
            "qalsadi loose": base["by_pos"]["loose"],
            "n": ours["by_pos"]["n"],
        }
    )
    pd.set_option("display.width", 120)
    print(f"gold: {args.gold}  scored tokens: {ours['n']}")
    print(f"raw qalsadi: strict={base['strict']:.3f} loose={base['loose']:.3f} ({t_base:.1f} s)")
    print(f"kit:         strict={ours['strict']:.3f} loose={ours['loose']:.3f} ({t_kit:.1f} s)")
    if in_context is not None:
        print(
            f"kit in context: strict={in_context['strict']:.3f} loose={in_context['loose']:.3f} "
            f"({differ} words read otherwise than alone; {int(unmatched.sum())} not matched to a "
            f"token, read alone; by POS: "
            + ", ".join(f"{g} {v:.3f}" for g, v in in_context["by_pos"]["strict"].items())
            + ")"
        )
    else:
        print(f"kit in context: not scored ({sentences.name} not found beside the gold file)")
    print("\nby POS (FUNC = ADP CCONJ SCONJ PART PRON DET AUX INTJ):")
    print(table.round(3).to_string())
    wrong = ours["rows"][~ours["rows"]["strict_ok"]]
    pairs = (
        wrong.groupby(["form", "pred", "gold_lemma", "upos"])
        .size()
        .sort_values(ascending=False)
        .head(args.errors)
    )
    names = name_errors(ours["rows"])
    n_names = int((ours["rows"]["upos"] == "PROPN").sum())
    print(f"\nPROPN: {len(names)} strict errors of {n_names} names, by kind:")
    for k in NAME_ERROR_KINDS:
        print(f"  {int((names['kind'] == k).sum()):4d}  {k}")
    kit_errors = int((names["kind"] == NAME_ERROR_KINDS[-1]).sum())
    if n_names:  # (a gold file without names has no such figure)
        print(
            f"  PROPN strict counting only the last kind as errors: {n_names - kit_errors}/{n_names} "
            f"= {(n_names - kit_errors) / n_names:.3f}"
        )
    print(f"\n{args.errors} most frequent remaining errors (form, kit, gold, upos, count):")
    print(pairs.to_string())
    print(f"strict={ours['strict']:.3f} loose={ours['loose']:.3f} n={ours['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
