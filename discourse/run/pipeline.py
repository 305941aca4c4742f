"""``prepare``: from raw files to the two tables every analysis starts from, cached on disk.

``prepare(paths, out_dir)`` reads the corpus, tokenizes and lemmatizes it and writes
``documents.parquet`` and ``tokens.parquet`` into ``out_dir`` with a ``manifest.json`` that
records the inputs (path, size and a SHA-256 of the content), the options, the lemma overrides
and extra stopwords (their hashes), the versions, the token parts and a hash of the documents
table. A second call with the same inputs and options loads the tables instead of recomputing
them.

What can go wrong, and what the kit does about it:

- The manifest is the commit record: it is written last (to a temporary file, then renamed), and
  a documents table or token part it does not vouch for is never used. A run killed at any point
  leaves either the previous valid tables or tables the next run rebuilds.
- One ``prepare`` at a time per output folder: a second one waits for the first (it is told
  which process holds the folder) and then reuses its tables. (POSIX file locks; on systems
  without them, do not run two at once.)
- Documents added to a prepared corpus are tokenized alone; an earlier document whose text
  changed (same id, new text) makes the token table be rebuilt, never silently kept stale.
- A document whose text was tokenized before under the same rules and options is not tokenized
  again: its rows come from the token cache (:mod:`~discourse.run.token_cache`), so a rebuilt
  table (``force=True``, a changed or shrunk corpus, another output folder) costs the reading
  of the corpus and the new texts only.
- An output folder inside the corpus folder is not read as input.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing as mp
import os
import shutil
import sys
import time
import warnings
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import CorpusError, DiscourseWarning
from ..io.corpus import iter_files, read_corpus
from ..text.lemmatize import LEMMATIZER_VERSION, Lemmatizer
from ..text.segment import sentence_table
from ..text.tokenize import analyze_noun_readings, distinct_forms, tokenize
from .token_cache import TokenCache, text_key

__all__ = ["prepare", "load_prepared", "Prepared", "default_prepared_dir", "read_token_table"]


class Prepared:
    """The documents and token tables of a corpus, and where they are stored.

    ``tokens`` is read from disk the first time it is used (a large corpus's token table is
    written in parts and need not be in memory while it is being prepared).

    Parameters
    ----------
    documents : DataFrame
        The documents table.
    out_dir : Path
        Where the tables are stored.
    seconds : float
        How long preparing took.
    reused : bool
        True when the stored tables were reused unchanged.
    tokens : DataFrame, optional
        The token table, when already in memory (else read on first use).
    new_documents : int
        Documents added to the token table in this call (the rest were reused).
    cached_documents : int
        Of those, documents whose rows came from the token cache (tokenized in an earlier call).
    """

    def __init__(
        self,
        documents: pd.DataFrame,
        out_dir: Path,
        seconds: float,
        reused: bool,
        tokens: pd.DataFrame | None = None,
        new_documents: int = 0,
        cached_documents: int = 0,
    ):
        self.documents = documents
        self.out_dir = Path(out_dir)
        self.seconds = seconds
        self.reused = reused
        self.new_documents = new_documents
        self.cached_documents = cached_documents
        self._tokens = tokens
        self._sentences = None

    @property
    def tokens(self) -> pd.DataFrame:
        if self._tokens is None:
            self._tokens = read_token_table(self.out_dir)
        return self._tokens

    @property
    def sentences(self) -> pd.DataFrame:
        """The sentence table (``doc_id, para_id, sent_id, start, end, sentence, n_words``),
        stored as ``sentences.parquet`` beside the tokens; read the first time it is used (built
        from the tokens for a folder prepared without it)."""
        if self._sentences is None:
            path = self.out_dir / "sentences.parquet"
            self._sentences = (
                pd.read_parquet(path) if path.exists() else sentence_table(self.tokens, self.documents)
            )
        return self._sentences

    def summary(self) -> str:
        cols = (
            read_token_table(self.out_dir, columns=["norm", "lemma", "is_punct"])
            if self._tokens is None
            else self._tokens
        )
        words = cols[~cols["is_punct"]]
        how = (
            " (reused prepared tables)"
            if self.reused
            else (
                f" ({self.new_documents} new documents added)"
                if self.new_documents < len(self.documents)
                else ""
            )
        )
        cached = (
            f"{self.cached_documents} documents' tokens from the token cache, "
            if self.cached_documents
            else ""
        )
        return (
            f"{len(self.documents)} documents, {len(cols)} tokens, {words['norm'].nunique()} types, "
            f"{words['lemma'].nunique()} lemmas, {cached}{self.seconds:.1f} s{how} -> {_shown(self.out_dir)}"
        )


def _shown(path: Path) -> str:
    """A folder as a reader needs it: relative to the working folder when inside it, else the
    last two parts (no absolute path of the machine in a notebook's output)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        parts = Path(path).resolve().parts
        return str(Path("…", *parts[-2:])) if len(parts) > 2 else str(path)


def _wide_dictionaries(schema):
    """``schema`` with every dictionary column's codes as int32. pandas stores a categorical's
    codes in the narrowest integer that holds them (int8 up to 127 categories, int16, int32),
    so two parts of one table could have different column types, and a dataset read across
    them stops ("Integer value 128 not in range: -128 to 127") when the first part's codes are
    the narrower: a short first article, a document added to a prepared corpus, a part linked
    from the token cache. Written and read as int32, every part has one schema; pandas
    narrows the codes again when it makes the categoricals."""
    import pyarrow as pa

    fields = [
        f.with_type(pa.dictionary(pa.int32(), f.type.value_type, f.type.ordered))
        if pa.types.is_dictionary(f.type)
        else f
        for f in schema
    ]
    return pa.schema(fields, metadata=schema.metadata)


def write_part(frame: pd.DataFrame, path: str | Path) -> None:
    """Write one Parquet part of a prepared table (tokens or sentences), its categorical columns
    with int32 codes (:func:`_wide_dictionaries`), so all parts of a table share one schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table.cast(_wide_dictionaries(table.schema)), path)


def _parts_dataset(files: list):
    """The Parquet parts as one dataset, with the schema of the first widened to int32 codes,
    so parts written with narrower codes (by versions before 0.4.19, or by hand) read too."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    return ds.dataset(
        [str(f) for f in files], format="parquet", schema=_wide_dictionaries(pq.read_schema(files[0]))
    )


def read_token_table(out_dir: str | Path, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a prepared token table (the Parquet parts its manifest lists), strings as categoricals.

    Arrow buffers are handed to pandas and released column by column (``self_destruct``), so
    loading needs little more memory than the table itself.

    Parameters
    ----------
    out_dir : str or Path
        The prepared folder.
    columns : list of str, optional
        Read only these columns (default all).
    """
    out_dir = Path(out_dir)
    folder = out_dir / "tokens.parquet"
    try:
        listed = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8")).get("parts")
    except (OSError, json.JSONDecodeError):
        listed = None
    files = [folder / p for p in listed] if listed else sorted(folder.glob("part-*.parquet"))
    missing = [f for f in files if not f.exists()]
    if missing or not files:
        what = f"{missing[0]} is missing" if missing else f"{folder} holds no part"
        raise CorpusError(
            f"{out_dir}: the prepared token table is incomplete ({what}). Rebuild "
            f"it: `discourse prepare CORPUS --out {out_dir} --force` (or "
            "prepare(..., force=True))."
        )
    table = _parts_dataset(files).to_table(columns=columns)
    return table.to_pandas(split_blocks=True, self_destruct=True)


def default_prepared_dir() -> Path:
    return config.PROCESSED_DATA_DIR / "default"


def _inputs(paths: list[Path], exclude: list[Path], follow_links: bool = False) -> list[dict]:
    """The files the corpus is read from, each with its size and a SHA-256 of its content (a
    file changed in place with the same size and modification time is noticed too)."""
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # read_corpus gives the same warnings
        files = [f for p in paths for f in iter_files(p, follow_links, exclude)]
    for f in files:
        with open(f, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
        out.append({"path": str(f.resolve()), "size": f.stat().st_size, "sha256": digest})
    return out


def _file_hash(path: Path) -> str | None:
    if not path.exists():
        return None
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@contextlib.contextmanager
def _folder_lock(out_dir: Path):
    """Hold ``out_dir/.lock`` for the duration (waiting for another process that holds it)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock (documented)
        yield
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    fh = open(out_dir / ".lock", "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            print(
                f"discourse: {out_dir} is being prepared by another process (pid {holder}); "
                "waiting for it to finish…",
                file=sys.stderr,
                flush=True,
            )
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fh.close()  # releases the lock


def _replace_atomically(path: Path, write) -> None:
    """``write(tmp_path)`` then rename over ``path``: readers see the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _lexicon_hashes() -> dict:
    """The user-editable files that change tokens: lemma overrides, extra stopwords, and the
    gazetteer files whose names are protected in the lemma column (the given names of
    ``names.yaml`` and the cities of ``places.tsv`` too: they are lemmas as written)."""
    out = {}
    for p in (
        config.lemma_overrides_path(),
        config.lexicon_path("stopwords_extra"),
        config.lexicon_path("actors"),
        config.lexicon_path("states"),
        config.lexicon_path("offices"),
        config.lexicon_path("names"),
        config.lexicon_path("places"),
    ):
        out[p.name] = hashlib.sha1(p.read_bytes()).hexdigest() if p.exists() else None
    return out


def build_manifest(paths: list[Path], options: dict, exclude: list[Path]) -> dict:
    return {
        "inputs": _inputs(paths, exclude, bool(options.get("follow_links"))),
        "options": options,
        "lexicons": _lexicon_hashes(),
        "versions": {
            "discourse": version("discourse"),
            "qalsadi": version("qalsadi"),
            "lemmatizer": LEMMATIZER_VERSION,
        },
    }


def _tokenizer_fingerprint() -> str:
    """A hash of the code that turns a text into its token and sentence rows (the text
    modules, the gazetteer's name lemmas, the token cache): any edit to them, even to a
    comment, starts a new token cache."""
    here = Path(__file__).resolve().parent.parent
    files = sorted((here / "text").glob("*.py")) + [
        here / "framing" / "actors.py",
        here / "run" / "token_cache.py",
    ]
    h = hashlib.sha1()
    for f in files:
        h.update(f.name.encode("utf-8"))
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _token_cache(lemmatizer: Lemmatizer, tok_options: dict) -> TokenCache:
    """The token cache of the kit's own lemmatizer with these options."""
    state = {
        "discourse": version("discourse"),
        "lemmatizer": lemmatizer.version,
        "arabic-stopwords": version("arabic-stopwords"),
        # CLDR's names of states and continents, which the lemmatizer reads as names
        "babel": version("babel"),
        "tokenizer": _tokenizer_fingerprint(),
        "lexicons": _lexicon_hashes(),
        "options": tok_options,
    }
    return TokenCache(config.cache_dir() / "tokens", state)


# what the manifest vouches for, besides its inputs
_RECORD_KEYS = ("parts", "documents_sha256", "sentences_sha256")


def write_manifest(out_dir: Path, manifest: dict) -> None:
    """Written last, atomically, listing the token parts and the documents table's hash: it is
    what makes the prepared tables valid."""
    parts = sorted(p.name for p in (out_dir / "tokens.parquet").glob("part-*.parquet"))
    record = {
        **manifest,
        "parts": parts,
        "documents_sha256": _file_hash(out_dir / "documents.parquet"),
        "sentences_sha256": _file_hash(out_dir / "sentences.parquet"),
    }
    text = json.dumps(record, ensure_ascii=False, indent=1)
    _replace_atomically(out_dir / "manifest.json", lambda p: p.write_text(text, encoding="utf-8"))


def _valid_record(out_dir: Path) -> dict | None:
    """The manifest, when the tables on disk are the ones it vouches for; else ``None``."""
    try:
        old = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if not isinstance(old, dict) or any(k not in old for k in _RECORD_KEYS):
        return None
    if old["documents_sha256"] != _file_hash(out_dir / "documents.parquet"):
        return None  # written by a run that did not finish
    if old["sentences_sha256"] != _file_hash(out_dir / "sentences.parquet"):
        return None
    if not all((out_dir / "tokens.parquet" / p).exists() for p in old["parts"]):
        return None
    return old


def load_prepared(out_dir: str | Path) -> Prepared:
    """Load ``documents.parquet`` and ``tokens.parquet`` written by :func:`prepare`.

    Parameters
    ----------
    out_dir : str or Path
        The folder :func:`prepare` wrote (``documents.parquet``, ``tokens.parquet``, ``manifest.json``).
    """
    out_dir = Path(out_dir)
    for name in ("documents.parquet", "tokens.parquet"):
        if not (out_dir / name).exists():
            raise FileNotFoundError(
                f"{out_dir / name} does not exist. Run `discourse prepare CORPUS --out {out_dir}` first."
            )
    docs = pd.read_parquet(out_dir / "documents.parquet")
    return Prepared(docs, out_dir, 0.0, True)


_BATCH_STATE = None  # (lemmatizer, options, documents, cache, keys), set in the parent before forking


def _batch_worker_init() -> None:
    lemmatizer = _BATCH_STATE[0]
    lemmatizer.detach_cache()  # every form is in memory; never share the parent's SQLite handle
    lemmatizer.n_jobs = 1


def _tokenize_batch(job, state: tuple | None = None) -> tuple[int, int]:
    """Tokenize rows ``start:stop`` of the documents and write them as one Parquet part (if
    they have tokens). ``state`` is ``(lemmatizer, options, documents, cache, keys)``; in a
    forked worker it is the parent's, inherited, so no document is copied through a pipe.
    With a token cache (and the documents' text ``keys``), documents tokenized before are
    taken from it. Returns the number of documents and how many came from the cache."""
    start, stop, path = job
    lemmatizer, options, documents, cache, keys = state or _BATCH_STATE
    docs = documents.iloc[start:stop]
    spath = _sentence_part(path)  # the batch's sentences, beside their part (see _join_sentences)
    if cache is None:
        part = tokenize(docs, lemmatizer=lemmatizer, progress=False, **options)
        if len(part):
            write_part(sentence_table(part, docs), spath)
            write_part(part, path)
        return len(docs), 0
    bkeys, ids = keys[start:stop], docs["doc_id"].tolist()
    if cache.link_part(bkeys, ids, path, spath):  # the same documents were a part before
        return len(docs), len(docs)

    def fresh(d: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        t = tokenize(d, lemmatizer=lemmatizer, progress=False, **options)
        return t, (sentence_table(t, d) if len(t) else pd.DataFrame({"doc_id": []}))

    part, sents, n_cached = cache.rows(docs, bkeys, fresh)
    if len(part):
        for p in (path, spath):  # a new file, not a write into one that is a cached part's link
            p.unlink(missing_ok=True)
        write_part(sents, spath)
        write_part(part, path)
        cache.add(bkeys, ids, part, sents, path, spath)
    return len(docs), n_cached


def _sentence_part(token_part: Path) -> Path:
    """Where a worker leaves the sentences of one token part until they are joined."""
    return token_part.parent.parent / ".sentences.parts" / token_part.name


#: Below this many documents a worker, a corpus is tokenized as ``batch_size`` says (in one
#: part, usually): splitting a few hundred short texts costs more than it saves.
_MIN_PER_WORKER = 100


def _batches(texts: pd.Series, batch_size: int, workers: int) -> list[tuple[int, int]]:
    """``(start, stop)`` rows of each part: at least ``len / batch_size`` parts, as many as a
    multiple of the workers (so none waits while another tokenizes a last part alone), cut
    where the text so far reaches an equal share of the characters (documents differ in
    length a lot: one outlet's articles are three times another's)."""
    n = len(texts)
    if n == 0:
        return []
    k = -(-n // max(1, batch_size))
    if workers > 1 and n >= _MIN_PER_WORKER * workers:
        k = -(-k // workers) * workers
    if k >= n:
        return [(i, i + 1) for i in range(n)]
    import numpy as np

    chars = np.fromiter((len(t) + 1 if isinstance(t, str) else 1 for t in texts), np.int64, n)
    cum = np.cumsum(chars)
    cuts = np.searchsorted(cum, cum[-1] * np.arange(1, k) / k, side="left") + 1
    bounds = [0, *sorted(set(int(c) for c in cuts if 0 < c < n)), n]
    return list(zip(bounds[:-1], bounds[1:]))


def _cached_batches(
    texts: pd.Series, keys: list[bytes], cache: TokenCache, ids: list, batch_size: int, workers: int
) -> list[tuple[int, int]]:
    """Batches that follow the token cache's parts: a run of documents that is exactly a cached
    part, and no larger than about one batch of :func:`_batches`'s cut, is a batch of its own
    (linked, not tokenized); between such runs the documents are cut where :func:`_batches`
    would cut them. Without such runs, :func:`_batches`'s cut itself."""
    standard = _batches(texts, batch_size, workers)
    if not any(k in cache for k in keys):
        return standard
    chars = np.fromiter((len(t) + 1 if isinstance(t, str) else 1 for t in texts), np.int64, len(texts))
    cum = np.concatenate([[0], np.cumsum(chars)])
    limit = 1.5 * cum[-1] / max(1, len(standard))  # a cached part far larger than a batch is cut
    wholes = [(a, b) for a, b, whole in cache.runs(keys, ids) if whole and cum[b] - cum[a] <= limit]
    if not wholes:
        return standard
    starts = [a for a, _ in standard]
    out: list[tuple[int, int]] = []

    def between(lo: int, hi: int) -> None:
        cuts = [lo, *(c for c in starts if lo < c < hi), hi]
        out.extend((a, b) for a, b in zip(cuts[:-1], cuts[1:]) if b > a)

    pos = 0
    for a, b in wholes:
        between(pos, a)
        out.append((a, b))
        pos = b
    between(pos, len(chars))
    return out


def prepare(
    paths: str | Path | Iterable[str | Path] | None = None,
    out_dir: str | Path | None = None,
    *,
    split_clitics: bool = False,
    roots: bool = False,
    lemmatizer: Lemmatizer | None = None,
    force: bool = False,
    progress: bool = True,
    batch_size: int = 2000,
    incremental: bool = True,
    token_cache: bool = True,
    **fields,
) -> Prepared:
    """Read, clean, tokenize and lemmatize a corpus; write and return its two tables.

    The corpus's distinct word forms are lemmatized first, in one pass (in worker processes when
    there are many new ones, see :class:`~discourse.text.lemmatize.Lemmatizer`); the documents are
    then tokenized in batches of ``batch_size`` and each batch is written as one part of
    ``tokens.parquet`` (a folder of Parquet files, read back as one table), so memory stays
    bounded by a batch. When a prepared corpus gains documents (same options, every earlier
    document still there), only the new documents are tokenized and added as new parts.

    Parameters
    ----------
    paths : path or list of paths, optional
        What :func:`~discourse.io.corpus.read_corpus` reads; default ``data/raw/``.
    out_dir : path, optional
        Where the Parquet tables go; default ``data/processed/default``.
    split_clitics, roots : bool
        Passed to :func:`~discourse.text.tokenize.tokenize`.
    lemmatizer : Lemmatizer, optional
        The lemmatizer (default: the kit's, with its cache, overrides and shipped table).
    force : bool
        Recompute everything even when the manifest says the tables are up to date.
    progress : bool
        Show progress bars (tqdm) for long steps.
    batch_size : int
        Documents per written part, at most on average: the parts are cut so that each holds
        about the same amount of text, and there are as many as a multiple of the worker
        processes (on corpora of at least 100 documents a worker).
    incremental : bool
        Add only new documents to an existing prepared corpus when possible (default).
    token_cache : bool
        Take the rows of documents tokenized before (same text, rules and options) from the
        token cache, and keep the new ones there (default; :mod:`~discourse.run.token_cache`).
        Used with the kit's own lemmatizer (no ``lemmatizer=`` given) and without
        ``split_clitics`` or ``roots``.
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
    if out_dir.exists() and not out_dir.is_dir():
        raise CorpusError(f"{out_dir}: is a file; the output must be a folder. Choose another --out.")
    # an output folder inside a corpus folder is not an input (nor its lock file)
    exclude = [out_dir]
    options = {
        "split_clitics": split_clitics,
        "roots": roots,
        **{k: v for k, v in sorted(fields.items()) if v is not None},
    }
    with _folder_lock(out_dir):
        return _prepare_locked(
            paths,
            out_dir,
            options,
            exclude,
            fields,
            t0,
            lemmatizer=lemmatizer,
            force=force,
            progress=progress,
            batch_size=batch_size,
            incremental=incremental,
            token_cache=token_cache,
        )


def _prepare_locked(
    paths,
    out_dir,
    options,
    exclude,
    fields,
    t0,
    *,
    lemmatizer,
    force,
    progress,
    batch_size,
    incremental,
    token_cache,
) -> Prepared:
    manifest = build_manifest(paths, options, exclude)
    tokens_dir = out_dir / "tokens.parquet"
    old = None if force else _valid_record(out_dir)
    if old is not None and {k: v for k, v in old.items() if k not in _RECORD_KEYS} == manifest:
        prep = load_prepared(out_dir)
        prep.seconds = time.perf_counter() - t0
        return prep
    use_cache = token_cache and lemmatizer is None and not (options["split_clitics"] or options["roots"])
    lemmatizer = lemmatizer or Lemmatizer(progress=progress)
    docs = read_corpus(paths, n_jobs=lemmatizer.n_jobs, exclude=exclude, **fields)
    new_docs = docs
    append = False
    if (
        incremental
        and old is not None
        and all(old.get(k) == manifest[k] for k in ("options", "lexicons", "versions"))
    ):
        before = pd.read_parquet(out_dir / "documents.parquet", columns=["doc_id", "text"])
        now = docs.set_index("doc_id")["text"]
        if set(before["doc_id"]) <= set(now.index):
            changed = [d for d, t in zip(before["doc_id"], before["text"]) if now[d] != t]
            if changed:
                warnings.warn(
                    f"{len(changed)} earlier document(s) have new text under the same id "
                    f"(e.g. {changed[0]!r}); the token table is rebuilt.",
                    DiscourseWarning,
                    stacklevel=3,
                )
            else:
                new_docs = docs[~docs["doc_id"].isin(set(before["doc_id"]))]
                append = True
                # parts an interrupted run wrote after its last manifest are not in the table
                for p in tokens_dir.glob("part-*.parquet"):
                    if p.name not in old["parts"]:
                        p.unlink()
    if not append:
        # the old record goes first: a run killed from here on leaves nothing that looks valid
        (out_dir / "manifest.json").unlink(missing_ok=True)
        if tokens_dir.is_dir():
            shutil.rmtree(tokens_dir)
        elif tokens_dir.exists():
            tokens_dir.unlink()
    tokens_dir.mkdir(parents=True, exist_ok=True)
    sentence_parts = out_dir / ".sentences.parts"
    shutil.rmtree(sentence_parts, ignore_errors=True)  # a killed run's
    sentence_parts.mkdir()
    tok_options = {"split_clitics": options["split_clitics"], "roots": options["roots"]}
    cache = keys = None
    to_tokenize = new_docs["text"]
    if use_cache:
        cache = _token_cache(lemmatizer, tok_options)
        keys = [text_key(t) for t in new_docs["text"]]
        to_tokenize = new_docs["text"][[k not in cache for k in keys]]
    forms = distinct_forms(to_tokenize)
    lemmatizer.known(forms)
    analyze_noun_readings(to_tokenize, lemmatizer, forms)  # (before the workers fork: see its docstring)
    # number new parts after the highest existing one (empty batches leave gaps)
    first_part = 1 + max((int(p.stem.split("-")[1]) for p in tokens_dir.glob("part-*.parquet")), default=-1)
    procs = config.processes(lemmatizer.n_jobs, what="Lemmatizer(n_jobs)")
    batches = (
        _batches(new_docs["text"], batch_size, procs)
        if cache is None
        else _cached_batches(new_docs["text"], keys, cache, new_docs["doc_id"].tolist(), batch_size, procs)
    )
    jobs = [
        (start, stop, tokens_dir / f"part-{first_part + i:05d}.parquet")
        for i, (start, stop) in enumerate(batches)
    ]
    n_jobs = min(len(jobs), procs)
    n_cached = 0
    bar = None
    if progress and len(jobs) > 1:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(new_docs), desc="tokenizing", unit="doc", mininterval=2.0)
    if n_jobs > 1 and "fork" in mp.get_all_start_methods():
        # Forked workers inherit the documents and the lemmas already in memory; each tokenizes
        # one batch and writes its part, so the parts are the same whatever the order.
        global _BATCH_STATE
        _BATCH_STATE = (lemmatizer, tok_options, new_docs, cache, keys)
        try:
            with config.worker_pool(n_jobs, _batch_worker_init, start_method="fork") as pool:
                for n_docs, from_cache in pool.imap(_tokenize_batch, jobs):
                    n_cached += from_cache
                    if bar is not None:
                        bar.update(n_docs)
        finally:
            _BATCH_STATE = None
    else:
        for job in jobs:
            n_docs, from_cache = _tokenize_batch(job, (lemmatizer, tok_options, new_docs, cache, keys))
            n_cached += from_cache
            if bar is not None:
                bar.update(n_docs)
    if bar is not None:
        bar.close()
    if cache is not None:
        cache.trim()
    if not any(tokens_dir.glob("part-*.parquet")):  # no document had any text: an empty table
        empty = tokenize(docs.iloc[:0].assign(text=""), lemmatizer=lemmatizer, progress=False)
        write_part(empty, tokens_dir / "part-00000.parquet")
    _replace_atomically(out_dir / "documents.parquet", lambda p: docs.to_parquet(p, index=False))
    _join_sentences(out_dir, docs, [_sentence_part(tokens_dir / job[2].name) for job in jobs], append)
    write_manifest(out_dir, manifest)
    return Prepared(
        docs,
        out_dir,
        time.perf_counter() - t0,
        False,
        new_documents=len(new_docs),
        cached_documents=n_cached,
    )


def _join_sentences(out_dir: Path, docs: pd.DataFrame, parts: list[Path], append: bool) -> None:
    """``sentences.parquet`` from the sentence tables the workers wrote beside each token part
    (after the earlier table when documents were added), in the order of the parts: the same
    table :func:`write_sentences` builds from the whole token table, without reading it back."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = out_dir / ".sentences.parts"
    parts = [p for p in parts if p.exists()]
    old = out_dir / "sentences.parquet"
    if not parts and not append:  # no document had any text: the empty table, built as before
        write_sentences(out_dir, docs)
    else:
        tables = ([pq.read_table(old)] if append else []) + [pq.read_table(p) for p in parts]
        # one schema for all (a part's doc_id dictionary differs from the next one's)
        table = pa.concat_tables(tables, promote_options="permissive")
        _replace_atomically(old, lambda p: pq.write_table(table, p))
    shutil.rmtree(folder, ignore_errors=True)


def write_sentences(out_dir: Path, docs: pd.DataFrame) -> None:
    """``sentences.parquet``: the sentence table of the prepared tokens (read back with only the
    columns it needs), written atomically before the manifest that vouches for it (what
    :func:`prepare_dask` does; :func:`prepare` joins the tables its workers built per part)."""
    cols = ["doc_id", "para_id", "sent_id", "start", "end", "is_punct"]
    # every part now in the folder: the manifest that will list them is written after this
    parts = sorted((out_dir / "tokens.parquet").glob("part-*.parquet"))
    tokens = _parts_dataset(parts).to_table(columns=cols).to_pandas()
    sents = sentence_table(tokens, docs)
    _replace_atomically(out_dir / "sentences.parquet", lambda p: sents.to_parquet(p, index=False))
