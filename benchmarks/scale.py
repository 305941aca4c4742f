#!/usr/bin/env python3
"""Scale: prepare SaudiNewsNet (or a part of it) cold and warm, against raw qalsadi, in one run.

    python benchmarks/scale.py                 # the full release: 18 zips, ~31,000 articles
    python benchmarks/scale.py --zips 3        # a quicker sample

Measures, in one process (a fresh lemma cache and output folder in a temporary directory):
  * raw qalsadi: Lemmatizer().lemmatize_text per article, on a sample of the same articles;
  * cold prepare: nothing cached (tokens/s, and its ratio to raw qalsadi);
  * warm prepare: the lemma cache and the token cache filled, tables rebuilt (force=True), the
    documents' rows taken from the cached parts;
  * reuse: a second prepare with nothing changed (loads the tables);
  * peak memory (RSS) of the process and of its worker processes;
  * on the full token table (categorical columns): a lemma frequency table, one node's
    collocates, the node's concordance (KWIC) and keyness of one outlet against the rest;
  * then (their memory reported apart, as earlier versions did not run them): a warm prepare
    with every document tokenized again (force=True, token_cache=False: what earlier versions
    measured as warm), and a changed corpus (one zip in the middle left out, so every part holds
    other documents) into new folders, tokenized again and spliced from the token cache.
The temporary folder is deleted at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--zips", type=int, default=18)
    ap.add_argument("--baseline-articles", type=int, default=80)
    ap.add_argument("--node", default="إيران")
    args = ap.parse_args(argv)
    zips = sorted((Path(args.shared) / "corpora" / "saudinewsnet").glob("*.zip"))[: args.zips]
    tmp = Path(tempfile.mkdtemp(prefix="discourse-scale-"))
    os.environ["DISCOURSE_CACHE_DIR"] = str(tmp / "cache")  # a cold cache, before the kit loads

    import discourse as dc
    from discourse.errors import DiscourseWarning

    warnings.simplefilter("ignore", DiscourseWarning)
    fields = dict(text_field="content", outlet_field="source", title_field="title")

    docs = dc.read_corpus(zips, **fields)
    n_docs = len(docs)
    sample = docs[docs["n_chars"] > 0].sample(args.baseline_articles, random_state=0)["text"].tolist()
    del docs  # the benchmark keeps only its sample, so peak memory is the kit's
    import qalsadi.lemmatizer

    raw = qalsadi.lemmatizer.Lemmatizer()
    t = time.perf_counter()
    # qalsadi prints "Fatal Error can't execute query" for some words (its word-frequency
    # lookup); that output is left out of the report
    with contextlib.redirect_stdout(io.StringIO()):
        n_raw = sum(len(raw.lemmatize_text(text)) for text in sample)
    raw_rate = n_raw / (time.perf_counter() - t)
    del raw
    print(f"corpus: {len(zips)} zip(s), {n_docs:,} articles")
    print(f"raw qalsadi: {n_raw:,} tokens of {len(sample)} articles at {raw_rate:,.0f} tokens/s")

    out = tmp / "prepared"
    t = time.perf_counter()
    cold = dc.prepare(zips, out, **fields)
    t_cold = time.perf_counter() - t
    import pyarrow.parquet as pq

    n_tok = sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "tokens.parquet").glob("*.parquet"))
    print(
        f"cold prepare: {t_cold:.1f} s, {n_tok:,} tokens, {n_tok / t_cold:,.0f} tokens/s "
        f"= {n_tok / t_cold / raw_rate:.1f}x raw qalsadi"
    )
    del cold
    t = time.perf_counter()
    warm = dc.prepare(zips, out, force=True, **fields)
    t_warm = time.perf_counter() - t
    print(
        f"warm prepare (lemma and token caches filled, tables rebuilt): {t_warm:.1f} s, "
        f"{n_tok / t_warm:,.0f} tokens/s = {n_tok / t_warm / raw_rate:.1f}x raw qalsadi "
        f"({warm.cached_documents:,} documents from the token cache)"
    )
    t = time.perf_counter()
    reuse = dc.prepare(zips, out, **fields)
    t_reuse = time.perf_counter() - t
    print(f"reuse (nothing changed): {t_reuse:.1f} s; reused={reuse.reused}")

    del warm
    t = time.perf_counter()
    tokens = reuse.tokens
    t_load = time.perf_counter() - t
    table_mib = tokens.memory_usage(deep=True).sum() / 2**20
    print(f"token table loaded: {t_load:.1f} s, {len(tokens):,} rows, {table_mib:,.0f} MiB in memory")
    t = time.perf_counter()
    freq = dc.frequency(tokens, by="lemma", remove_stop=True)
    t_freq = time.perf_counter() - t
    t = time.perf_counter()
    col = dc.collocates(tokens, args.node, by="lemma", left=5, right=5, remove_stop=True)
    t_col = time.perf_counter() - t
    t = time.perf_counter()
    lines = dc.kwic(tokens, reuse.documents, args.node, by="lemma", window=6)
    t_kwic = time.perf_counter() - t
    outlet = reuse.documents["outlet"].value_counts().index[0]
    t = time.perf_counter()
    key = dc.keyness(tokens, group="outlet", target=outlet, docs=reuse.documents)
    t_key = time.perf_counter() - t
    print(
        f"frequency table: {t_freq:.1f} s ({len(freq):,} lemmas); collocates of {args.node}: "
        f"{t_col:.1f} s ({len(col):,} collocates); KWIC of {args.node}: {t_kwic:.1f} s "
        f"({len(lines):,} lines); keyness of {outlet} vs the rest: {t_key:.1f} s ({len(key):,} keywords)"
    )
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: main process {self_mb:,.0f} MiB, largest worker {child_mb:,.0f} MiB")
    print(
        f"cold={n_tok / t_cold / raw_rate:.1f}x warm={n_tok / t_warm / raw_rate:.1f}x peak_rss_mib={self_mb:.0f}"
    )
    del tokens, reuse, freq, col, lines, key
    # measured after the peak above, so that line covers the steps earlier versions measured
    t = time.perf_counter()
    dc.prepare(zips, out, force=True, token_cache=False, **fields)
    t_retok = time.perf_counter() - t
    print(
        f"warm prepare, documents tokenized again (lemma cache filled, token cache off): "
        f"{t_retok:.1f} s, {n_tok / t_retok:,.0f} tokens/s = {n_tok / t_retok / raw_rate:.1f}x raw qalsadi"
    )
    if len(zips) >= 3:
        fewer = zips[: len(zips) // 2] + zips[len(zips) // 2 + 1 :]
        t = time.perf_counter()
        plain = dc.prepare(fewer, tmp / "fewer-plain", token_cache=False, **fields)
        t_plain = time.perf_counter() - t
        t = time.perf_counter()
        spliced = dc.prepare(fewer, tmp / "fewer-cached", **fields)
        t_spliced = time.perf_counter() - t
        n_fewer = sum(
            pq.ParquetFile(f).metadata.num_rows
            for f in (tmp / "fewer-plain" / "tokens.parquet").glob("*.parquet")
        )
        print(
            f"changed corpus ({zips[len(zips) // 2].name} left out, {n_fewer:,} tokens, new folder): "
            f"tokenized again {t_plain:.1f} s = {n_fewer / t_plain / raw_rate:.1f}x, "
            f"from the token cache {t_spliced:.1f} s = {n_fewer / t_spliced / raw_rate:.1f}x "
            f"({spliced.cached_documents:,} of {len(spliced.documents):,} documents)"
        )
        del plain, spliced
        child_after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"peak RSS after the changed corpus: main process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB, largest worker {child_after:,.0f} MiB"
        )
    print(f"retokenized={n_tok / t_retok / raw_rate:.1f}x")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
