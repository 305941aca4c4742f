"""``prepare``: from raw files to the two tables every analysis starts from, cached on disk.

``prepare(paths, out_dir)`` reads the corpus, tokenizes and lemmatizes it and writes
``documents.parquet`` and ``tokens.parquet`` into ``out_dir`` with a ``manifest.json`` that
records the inputs (name, size, modification time), the options, the lemma overrides and extra
stopwords (their hashes) and the versions. A second call
with the same inputs and options loads the tables instead of recomputing them.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import config
from .corpus import read_corpus
from .lemmatize import LEMMATIZER_VERSION, Lemmatizer
from .tokenize import tokenize

__all__ = ["prepare", "load_prepared", "Prepared", "default_prepared_dir"]


@dataclass
class Prepared:
    """The documents and token tables of a corpus, and where they are stored."""

    documents: pd.DataFrame
    tokens: pd.DataFrame
    out_dir: Path
    seconds: float
    reused: bool

    def summary(self) -> str:
        t = self.tokens
        words = t[~t["is_punct"]]
        return (f"{len(self.documents)} documents, {len(t)} tokens, {words['norm'].nunique()} types, "
                f"{words['lemma'].nunique()} lemmas, {self.seconds:.1f} s"
                + (" (reused prepared tables)" if self.reused else "") + f" -> {self.out_dir}")


def default_prepared_dir() -> Path:
    return config.PROCESSED_DATA_DIR / "default"


def _inputs(paths: list[Path]) -> list[dict]:
    out = []
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            st = f.stat()
            out.append({"path": str(f.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns})
    return out


def _lexicon_hashes() -> dict:
    """The user-editable files that change tokens: lemma overrides and extra stopwords."""
    out = {}
    for p in (config.lemma_overrides_path(), config.LEXICON_DIR / "stopwords_extra.txt"):
        out[p.name] = hashlib.sha1(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def _manifest(paths: list[Path], options: dict) -> dict:
    return {"inputs": _inputs(paths), "options": options, "lexicons": _lexicon_hashes(),
            "versions": {"discourse": version("discourse"), "qalsadi": version("qalsadi"),
                         "lemmatizer": LEMMATIZER_VERSION}}


def load_prepared(out_dir: str | Path) -> Prepared:
    """Load ``documents.parquet`` and ``tokens.parquet`` written by :func:`prepare`."""
    out_dir = Path(out_dir)
    for name in ("documents.parquet", "tokens.parquet"):
        if not (out_dir / name).exists():
            raise FileNotFoundError(f"{out_dir / name} does not exist. Run `discourse prepare "
                                    f"CORPUS --out {out_dir}` first.")
    docs = pd.read_parquet(out_dir / "documents.parquet")
    toks = pd.read_parquet(out_dir / "tokens.parquet")
    return Prepared(docs, toks, out_dir, 0.0, True)


def prepare(paths: str | Path | Iterable[str | Path] | None = None,
            out_dir: str | Path | None = None, *, split_clitics: bool = False,
            roots: bool = False, lemmatizer: Lemmatizer | None = None, force: bool = False,
            progress: bool = True, **fields) -> Prepared:
    """Read, clean, tokenize and lemmatize a corpus; write and return its two tables.

    Parameters
    ----------
    paths : path or list of paths, optional
        What :func:`~discourse.corpus.read_corpus` reads; default ``data/raw/``.
    out_dir : path, optional
        Where the Parquet tables go; default ``data/processed/default``.
    split_clitics, roots : bool
        Passed to :func:`~discourse.tokenize.tokenize`.
    force : bool
        Recompute even when the manifest says the tables are up to date.
    **fields
        ``text_field=``, ``title_field=``, ``date_field=``, ``outlet_field=``,
        ``author_field=``, ``url_field=``, ``id_field=``, ``encoding=``, ``on_error=``.
    """
    t0 = time.perf_counter()
    if paths is None:
        paths = [config.RAW_DATA_DIR]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    out_dir = Path(out_dir) if out_dir else default_prepared_dir()
    options = {"split_clitics": split_clitics, "roots": roots,
               **{k: v for k, v in sorted(fields.items()) if v is not None}}
    manifest = _manifest(paths, options)
    mpath = out_dir / "manifest.json"
    if not force and mpath.exists():
        try:
            old = json.loads(mpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            old = None
        if old == manifest:
            prep = load_prepared(out_dir)
            prep.seconds = time.perf_counter() - t0
            return prep
    docs = read_corpus(paths, **fields)
    toks = tokenize(docs, lemmatizer=lemmatizer, split_clitics=split_clitics, roots=roots,
                    progress=progress)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs.to_parquet(out_dir / "documents.parquet", index=False)
    toks.to_parquet(out_dir / "tokens.parquet", index=False)
    mpath.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return Prepared(docs, toks, out_dir, time.perf_counter() - t0, False)
