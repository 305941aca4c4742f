"""Past one machine: the same preparation and the frequency / keyness tables on Dask.

``prepare_dask`` spreads the two expensive steps of :func:`~discourse.run.pipeline.prepare` over a
``dask.distributed`` cluster — lemmatizing new word forms (chunks of forms) and tokenizing
batches of documents (each batch written as one Parquet part) — and writes the same
``documents.parquet`` / ``tokens.parquet`` as :func:`~discourse.run.pipeline.prepare`.
``frequency_dask`` and ``keyness_dask`` compute their tables from the partitioned token table
with ``dask.dataframe`` without loading it into one process. Pass your own ``Client`` (e.g.
one connected to a cluster scheduler); without one, a ``LocalCluster`` on this machine is used.
The output folder must be reachable by every worker (a shared file system).

>>> from dask.distributed import Client                                # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                            # doctest: +SKIP
>>> dc.prepare_dask(["corpus/"], "prepared/", client=client, text_field="content")  # doctest: +SKIP
>>> freq = dc.frequency_dask("prepared/", by="lemma", client=client)   # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pandas as pd

from ..io.corpus import read_corpus
from ..stats.frequency import frequency_table
from ..stats.keyness import keyness_table
from ..text.lemmatize import LemmaResult, Lemmatizer
from ..text.tokenize import distinct_forms, tokenize
from .pipeline import Prepared, build_manifest, write_manifest, write_part, write_sentences

__all__ = ["prepare_dask", "read_tokens_dask", "frequency_dask", "keyness_dask"]


@contextlib.contextmanager
def _client(client):
    if client is not None:
        yield client
        return
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as local,
    ):
        yield local


def _analyze_chunk(forms: list[str], method: str) -> list[dict]:
    lem = Lemmatizer(cache=False, overrides=None, progress=False, method=method, n_jobs=1)
    return [lem.analyze(f).__dict__ for f in forms]


def _tokenize_part(docs: pd.DataFrame, lemmas: dict, path: str, split_clitics: bool, roots: bool) -> int:
    # every form's lemma (overrides included) was computed by the client: the worker only looks up
    lem = Lemmatizer(cache=False, overrides=None, progress=False, n_jobs=1)
    lem.remember({k: LemmaResult(**v) for k, v in lemmas.items()})
    part = tokenize(docs, lemmatizer=lem, split_clitics=split_clitics, roots=roots, progress=False)
    write_part(part, path)
    return len(part)


def prepare_dask(
    paths,
    out_dir,
    *,
    client=None,
    split_clitics: bool = False,
    roots: bool = False,
    batch_size: int = 2000,
    chunk: int = 2000,
    **fields,
) -> Prepared:
    """:func:`~discourse.run.pipeline.prepare` on a Dask cluster (same tables, same manifest).

    The client process reads the corpus and keeps the lemma cache; workers analyse chunks of
    new forms and tokenize batches of documents, each writing one part of ``tokens.parquet``.

    Parameters
    ----------
    paths : str, Path or list of them
        The corpus files or folders.
    out_dir : str or Path
        Where to write the tables.
    client : dask.distributed.Client, optional
        The cluster to use (default: a local cluster of 2 worker processes for this call).
    split_clitics, roots : bool
        As in :func:`~discourse.run.pipeline.prepare`.
    batch_size : int
        Documents per token-table part.
    chunk : int
        New word forms per lemmatizing task.
    **fields
        Field options of :func:`~discourse.io.corpus.read_corpus` (``text_field=`` …).
    """
    import time

    t0 = time.perf_counter()
    paths = [Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)]
    out_dir = Path(out_dir)
    options = {
        "split_clitics": split_clitics,
        "roots": roots,
        **{k: v for k, v in sorted(fields.items()) if v is not None},
    }
    docs = read_corpus(paths, exclude=[out_dir], **fields)
    lemmatizer = Lemmatizer(progress=False)
    forms = sorted(distinct_forms(docs["text"]))
    todo = [f for f in forms if lemmatizer.override(f) is None]
    cached = lemmatizer.cached(todo)
    todo = [f for f in todo if f not in cached]
    tokens_dir = out_dir / "tokens.parquet"
    (out_dir / "manifest.json").unlink(missing_ok=True)  # invalid until rewritten at the end
    if tokens_dir.is_dir():
        shutil.rmtree(tokens_dir)
    elif tokens_dir.exists():
        tokens_dir.unlink()
    tokens_dir.mkdir(parents=True, exist_ok=True)
    with _client(client) as c:
        chunks = [todo[i : i + chunk] for i in range(0, len(todo), chunk)]
        futures = c.map(_analyze_chunk, chunks, method=lemmatizer.method, pure=False)
        new = {}
        for forms_chunk, results in zip(chunks, c.gather(futures)):
            new.update({f: LemmaResult(**r) for f, r in zip(forms_chunk, results)})
        lemmatizer.store(new)
        table = lemmatizer.analyze_forms(forms)  # overrides + cache, nothing left to compute
        lemmas = {k: v.__dict__ for k, v in table.items()}
        lemmas_f = c.scatter(lemmas, broadcast=True)
        parts = [
            (docs.iloc[s : s + batch_size], str(tokens_dir / f"part-{i:05d}.parquet"))
            for i, s in enumerate(range(0, len(docs), batch_size))
        ]
        futures = [
            c.submit(_tokenize_part, d, lemmas_f, p, split_clitics, roots, pure=False) for d, p in parts
        ]
        c.gather(futures)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs.to_parquet(out_dir / "documents.parquet", index=False)
    write_sentences(out_dir, docs)
    write_manifest(out_dir, build_manifest(paths, options, [out_dir]))
    return Prepared(docs, out_dir, time.perf_counter() - t0, False, new_documents=len(docs))


def read_tokens_dask(prepared_dir, columns=None):
    """The prepared token table as a ``dask.dataframe`` (one partition per Parquet part).

    Parameters
    ----------
    prepared_dir : str or Path
        A folder written by :func:`~discourse.run.pipeline.prepare` or :func:`prepare_dask`.
    columns : list of str, optional
        Read only these columns.
    """
    import dask.dataframe as dd

    return dd.read_parquet(str(Path(prepared_dir) / "tokens.parquet"), columns=columns)


def _feature_counts(ddf, by: str, mask_cols: dict, group_map: dict | None):
    words = ~ddf["is_punct"]
    keep = words
    for col, drop in mask_cols.items():
        if drop:
            keep = keep & ~ddf[col]
    sub = ddf[keep][["doc_id", by]]
    if group_map is not None:
        sub = sub.assign(group=sub["doc_id"].map(group_map, meta=("group", "object")))
    else:
        sub = sub.assign(group="all")
    return sub, ddf[words][["doc_id"]]


def _dask_counts(prepared_dir, by, remove_stop, remove_num, group, client):
    """Counts per group and feature, and the words and documents of each group."""
    docs = pd.read_parquet(Path(prepared_dir) / "documents.parquet")
    group_map = docs.set_index("doc_id")[group].to_dict() if group else None
    with _client(client):
        ddf = read_tokens_dask(prepared_dir, columns=["doc_id", by, "is_punct", "is_stop", "is_num"])
        sub, words = _feature_counts(ddf, by, {"is_stop": remove_stop, "is_num": remove_num}, group_map)
        # the Parquet parts' strings come back as categoricals: count observed values only
        counts = sub.groupby(["group", by], observed=True).size().compute()
        docfreq = (
            sub.drop_duplicates(["group", by, "doc_id"])
            .groupby(["group", by], observed=True)
            .size()
            .compute()
        )
        wd = words.assign(
            group=words["doc_id"].map(group_map, meta=("group", "object")) if group_map is not None else "all"
        )
        words_in = wd.groupby("group", observed=True).size().compute()
        docs_in = wd.drop_duplicates(["group", "doc_id"]).groupby("group", observed=True).size().compute()
    counts = pd.DataFrame({"frequency": counts, "docfreq": docfreq}).reset_index()
    counts = counts.rename(columns={by: "feature"})
    counts["feature"] = counts["feature"].astype(str)
    return counts, words_in, docs_in


def frequency_dask(
    prepared_dir,
    *,
    by: str = "lemma",
    remove_stop: bool = False,
    remove_num: bool = False,
    group: str | None = None,
    client=None,
    min_count: int = 1,
) -> pd.DataFrame:
    """:func:`~discourse.stats.frequency.frequency` computed with Dask over the partitioned table.

    ``group`` may be a document column (``outlet``…), joined by ``doc_id``. The table is built
    by the same :func:`~discourse.stats.frequency.frequency_table` as the pandas function, so
    the columns and values are equal.

    Parameters
    ----------
    prepared_dir : str or Path
        A folder written by :func:`~discourse.run.pipeline.prepare` or :func:`prepare_dask`.
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.
    remove_stop, remove_num : bool
        Leave out stopwords, numbers.
    group : str, optional
        A document column to count per value of.
    client : dask.distributed.Client, optional
        The cluster to use (default: a local cluster of 2 worker processes for this call).
    min_count : int
        Leave out features seen fewer times (per group).
    """
    counts, words_in, docs_in = _dask_counts(prepared_dir, by, remove_stop, remove_num, group, client)
    out = frequency_table(counts, words_in, docs_in, min_count=min_count)
    return out if group else out.drop(columns="group")


def keyness_dask(
    prepared_dir,
    *,
    group: str,
    target,
    reference=None,
    by: str = "lemma",
    remove_stop: bool = False,
    p_max: float = 0.0001,
    min_count: int = 5,
    keep_all: bool = False,
    client=None,
) -> pd.DataFrame:
    """:func:`~discourse.stats.keyness.keyness` between groups of documents, computed with Dask.

    Parameters
    ----------
    prepared_dir : str or Path
        A folder written by :func:`~discourse.run.pipeline.prepare` or :func:`prepare_dask`.
    group : str
        The document column whose values are compared.
    target : str or list of str
        The target group(s).
    reference : str or list of str, optional
        The reference group(s) (default all others).
    by : str
        The feature column: ``lemma`` (default), ``norm``, ``token`` or ``root``.
    remove_stop : bool
        Leave out stopwords.
    p_max, min_count, keep_all
        As in :func:`~discourse.stats.keyness.keyness`.
    client : dask.distributed.Client, optional
        The cluster to use (default: a local cluster of 2 worker processes for this call).
    """
    freq, words_in, _ = _dask_counts(prepared_dir, by, remove_stop, False, group, client)
    tvals = set(target) if isinstance(target, (list, tuple, set)) else {target}
    docs = pd.read_parquet(Path(prepared_dir) / "documents.parquet")
    if reference is None:
        rvals = set(docs[group].dropna()) - tvals
    else:
        rvals = set(reference) if isinstance(reference, (list, tuple, set)) else {reference}
    # word totals per side: counted, not recomputed from rounded rates
    fa = freq[freq["group"].isin(tvals)].groupby("feature")["frequency"].sum()
    fb = freq[freq["group"].isin(rvals)].groupby("feature")["frequency"].sum()
    c = float(words_in[words_in.index.isin(tvals)].sum())
    d = float(words_in[words_in.index.isin(rvals)].sum())
    return keyness_table(fa, fb, c, d, p_max=p_max, min_count=min_count, keep_all=keep_all)
