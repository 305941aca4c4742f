"""A cache of tokenized documents, keyed by their text, shared by every ``prepare``.

A document's tokens and sentences depend only on its text, the tokenizing options and the rules
(the lemmatizer's version, the user's lemma overrides, stopwords and gazetteer, the tokenizer's
code). :func:`~discourse.run.pipeline.prepare` keeps the token and sentence parts it writes in
this cache (hard links where the file system allows, so a part kept in both places takes its
disk space once) with an index of the documents in them, keyed by a digest of each document's
text. A later ``prepare`` — with ``force=True``, into another output folder, of a corpus that
lost or changed some documents, of a subset of it — tokenizes only the documents whose text it
has not seen under the same rules; the others' rows are copied from the cache. Their table is
the one tokenizing them again would give (the tests compare the two).

Layout: ``<cache_dir>/tokens/<state>/`` per combination of rules and options (``state`` is a
digest of them, described in ``state.json``), holding per cached part ``<name>.tokens.parquet``,
``<name>.sentences.parquet`` and, written last, ``<name>.index.parquet`` (one row per document:
its text digest, id and row ranges). A part without its index is not used, so a run killed
while writing leaves nothing half-valid; a part that cannot be read is ignored and its documents
are tokenized again. The cache is bounded (:data:`DEFAULT_MAX_BYTES`, or
``$DISCOURSE_TOKEN_CACHE_MB``): the parts used longest ago are deleted first. Deleting the
folder is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["TokenCache", "text_key", "DEFAULT_MAX_BYTES"]

#: The cache's default size bound (bytes); the SaudiNewsNet release's parts take 179 MB.
DEFAULT_MAX_BYTES = 4 * 2**30

_INDEX = ".index.parquet"
_TOKENS = ".tokens.parquet"
_SENTENCES = ".sentences.parquet"


def text_key(text) -> bytes:
    """A 16-byte digest of a document's text (``""`` for a missing text)."""
    if not isinstance(text, str):
        text = ""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _signature(keys: Sequence[bytes], doc_ids: Sequence) -> str:
    """Which documents, in which order and under which ids, a part holds."""
    h = hashlib.blake2b(digest_size=16)
    for k, d in zip(keys, doc_ids):
        h.update(k)
        h.update(str(d).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _link_or_copy(src: Path, dst: Path) -> None:
    """``dst`` becomes a new name of ``src`` (never a write into a file ``dst`` names: that file
    may be another name of a cached part)."""
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:  # another file system, or links not allowed: a copy
        shutil.copyfile(src, dst)


def _stamp(path: Path) -> str:
    """Size and modification time of a file: a cached part rewritten in place (through its
    other name in a prepared folder, say) no longer matches the stamp its index recorded."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _ranges(doc_codes: np.ndarray, n_docs: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Row ranges of documents ``0..n_docs-1`` in a table whose rows are grouped by document
    in order (``None`` when they are not)."""
    if len(doc_codes) and (np.any(np.diff(doc_codes) < 0) or doc_codes.min() < 0):
        return None
    docs = np.arange(n_docs)
    return np.searchsorted(doc_codes, docs, "left"), np.searchsorted(doc_codes, docs, "right")


def _doc_codes(column: pd.Series, doc_ids: Sequence) -> np.ndarray:
    """Each row's position in ``doc_ids`` (-1 for another id)."""
    pos = {d: i for i, d in enumerate(doc_ids)}
    if isinstance(column.dtype, pd.CategoricalDtype):  # one lookup per category, not per row
        of_cat = np.fromiter((pos.get(c, -1) for c in column.cat.categories), np.int64)
        codes = column.cat.codes.to_numpy()
        return np.where(codes >= 0, of_cat[codes], -1) if len(of_cat) else np.full(len(codes), -1)
    return np.fromiter((pos.get(d, -1) for d in column.tolist()), np.int64, len(column))


class _Source:
    """A cached or fresh table ready to be sliced: its plain columns as an Arrow table, its
    dictionary (categorical) columns as values and integer codes."""

    def __init__(self, table):
        import pyarrow as pa

        self.num_rows = table.num_rows
        self.names = table.column_names
        self.cats = {}
        plain = []
        for name in self.names:
            col = table.column(name)
            if pa.types.is_dictionary(col.type):
                col = col.unify_dictionaries() if col.num_chunks > 1 else col
                chunks = col.chunks
                values = chunks[0].dictionary if chunks else pa.array([], pa.string())
                codes = (
                    np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunks])
                    if chunks
                    else np.zeros(0, np.int64)
                )
                self.cats[name] = (values, codes.astype(np.int64, copy=False))
            else:
                plain.append(name)
        self.plain = table.select(plain)


class TokenCache:
    """The cached token and sentence rows of documents tokenized under one ``state``.

    Parameters
    ----------
    root : path
        The cache folder (``<cache_dir>/tokens``).
    state : dict
        Everything the tokens depend on besides the text (versions, options, lexicon hashes).
    max_bytes : int, optional
        The size bound of the whole cache folder (default :data:`DEFAULT_MAX_BYTES`, or
        ``$DISCOURSE_TOKEN_CACHE_MB`` megabytes; 0 keeps nothing).
    """

    def __init__(self, root: str | Path, state: dict, max_bytes: int | None = None):
        self.root = Path(root)
        blob = json.dumps(state, sort_keys=True, ensure_ascii=False, default=str)
        self.dir = self.root / hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]
        self.state = state
        if max_bytes is None:
            from .. import config

            max_bytes = config.env_megabytes(
                "DISCOURSE_TOKEN_CACHE_MB", DEFAULT_MAX_BYTES, "e.g. 2000, or 0 to keep no tokens"
            )
        self.max_bytes = max_bytes
        self.index: dict[bytes, tuple[str, int, int, int, int]] = {}
        self.parts: dict[str, str] = {}  # signature -> part name
        self._starts: dict[tuple, list] = {}  # (key, id) of a part's first document -> [(part, length)]
        self._stamps: dict[str, tuple[str, str]] = {}  # part name -> stamps of its two files
        self._load()

    # -- reading -------------------------------------------------------------------------------
    def _load(self) -> None:
        if not self.dir.is_dir():
            return
        indexes = []
        for f in self.dir.glob("*" + _INDEX):
            try:
                indexes.append((f.stat().st_mtime, f))
            except OSError:  # trimmed by another process meanwhile
                continue
        for _, f in sorted(indexes):  # the newest part wins a text cached twice
            try:
                t = pd.read_parquet(f)
            except Exception:  # damaged: its documents are tokenized again
                continue
            name = f.name[: -len(_INDEX)]
            keys = [bytes(k) for k in t["key"]]
            if "tok_stamp" not in t or not len(t):
                continue
            self._stamps[name] = (t["tok_stamp"].iloc[0], t["sent_stamp"].iloc[0])
            if not self._intact(name):  # gone or rewritten since: its documents are tokenized
                continue
            for k, a, b, c, d in zip(keys, t["tok_start"], t["tok_stop"], t["sent_start"], t["sent_stop"]):
                self.index[k] = (name, int(a), int(b), int(c), int(d))
            ids = t["doc_id"].tolist()
            self.parts[_signature(keys, ids)] = name
            self._starts.setdefault((keys[0], str(ids[0])), []).append((name, len(keys)))

    def __contains__(self, key: bytes) -> bool:
        return key in self.index

    def _intact(self, name: str) -> bool:
        """Both files of a cached part are there, as they were when it was cached."""
        try:
            tok, sen = self.dir / (name + _TOKENS), self.dir / (name + _SENTENCES)
            return self._stamps.get(name) == (_stamp(tok), _stamp(sen))
        except OSError:
            return False

    def _touch(self, name: str) -> None:
        try:
            os.utime(self.dir / (name + _INDEX))
        except OSError:
            pass

    def runs(self, keys: Sequence[bytes], doc_ids: Sequence) -> list[tuple[int, int, bool]]:
        """The documents cut into runs ``(start, stop, whole)``: ``whole`` runs are exactly a
        cached part (the same texts, ids and order), which :meth:`link_part` links; the runs
        between them are not."""
        out, i, n, last = [], 0, len(keys), 0
        while i < n:
            found = None
            for name, length in self._starts.get((keys[i], str(doc_ids[i])), ()):
                if (
                    i + length <= n
                    and self.parts.get(_signature(keys[i : i + length], doc_ids[i : i + length])) == name
                ):
                    found = length
                    break
            if found is None:
                i += 1
                continue
            if last < i:
                out.append((last, i, False))
            out.append((i, i + found, True))
            i = last = i + found
        if last < n:
            out.append((last, n, False))
        return out

    def link_part(
        self, keys: Sequence[bytes], doc_ids: Sequence, tokens_path: Path, sentences_path: Path
    ) -> bool:
        """Put a cached part holding exactly these documents (same texts, ids and order) at
        the two paths; ``False`` when there is none (or it is gone)."""
        name = self.parts.get(_signature(keys, doc_ids))
        if name is None or not self._intact(name):  # gone or changed since: not used
            return False
        src_t, src_s = self.dir / (name + _TOKENS), self.dir / (name + _SENTENCES)
        try:
            _link_or_copy(src_t, tokens_path)
            _link_or_copy(src_s, sentences_path)
        except OSError:
            for p in (tokens_path, sentences_path):
                p.unlink(missing_ok=True)
            return False
        self._touch(name)
        return True

    def rows(
        self,
        docs: pd.DataFrame,
        keys: Sequence[bytes],
        tokenize_docs: Callable[[pd.DataFrame], tuple[pd.DataFrame, pd.DataFrame]],
    ) -> tuple[pd.DataFrame, pd.DataFrame, int]:
        """The token and sentence tables of ``docs`` (in their order, as ``tokenize_docs``
        would give them for all of them): cached documents' rows from the cache, the others
        from ``tokenize_docs(those documents)``. Also returns how many came from the cache."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        doc_ids = docs["doc_id"].tolist()
        where: list = [self.index.get(k) for k in keys]
        tables: dict[str, tuple] = {}
        for loc in where:
            if loc is None or loc[0] in tables:
                continue
            name = loc[0]
            if not self._intact(name):
                tables[name] = None
                continue
            try:
                tok = pq.read_table(self.dir / (name + _TOKENS), memory_map=True)
                sen = pq.read_table(self.dir / (name + _SENTENCES), memory_map=True)
            except Exception:  # gone or damaged: tokenize its documents again
                tables[name] = None
                continue
            tables[name] = (_Source(tok.drop_columns(["doc_id"])), _Source(sen.drop_columns(["doc_id"])))
            self._touch(name)
        for i, loc in enumerate(where):
            if loc is not None and (
                tables[loc[0]] is None
                or loc[2] > tables[loc[0]][0].num_rows
                or loc[4] > tables[loc[0]][1].num_rows
            ):
                where[i] = None
        missing = [i for i, loc in enumerate(where) if loc is None]
        fresh_t = fresh_s = None
        fresh_rows: dict[int, tuple[int, int, int, int]] = {}
        if missing:
            sub = docs.iloc[missing]
            ft, fs = tokenize_docs(sub)
            sub_ids = sub["doc_id"].tolist()
            rt = _ranges(_doc_codes(ft["doc_id"], sub_ids), len(sub_ids))
            rs = _ranges(_doc_codes(fs["doc_id"], sub_ids), len(sub_ids))
            if rt is None or rs is None or len(missing) == len(docs):  # nothing to splice
                return ft, fs, 0
            fresh_t = _Source(pa.Table.from_pandas(ft.drop(columns=["doc_id"]), preserve_index=False))
            fresh_s = _Source(pa.Table.from_pandas(fs.drop(columns=["doc_id"]), preserve_index=False))
            for j, i in enumerate(missing):
                fresh_rows[i] = (int(rt[0][j]), int(rt[1][j]), int(rs[0][j]), int(rs[1][j]))
        tok_pieces, sen_pieces, tok_doc, sen_doc = [], [], [], []
        for i, loc in enumerate(where):
            if loc is None:
                a, b, c, d = fresh_rows[i]
                t, s = fresh_t, fresh_s
            else:
                _, a, b, c, d = loc
                t, s = tables[loc[0]]
            if b > a:
                tok_pieces.append((t, a, b))
                tok_doc.append(np.full(b - a, i, np.int64))
            if d > c:
                sen_pieces.append((s, c, d))
                sen_doc.append(np.full(d - c, i, np.int64))
        tokens = _assemble(tok_pieces, tok_doc, doc_ids)
        sentences = _assemble(sen_pieces, sen_doc, doc_ids)
        if tokens is None or sentences is None:  # no document has a token: as tokenizing gives
            return (*tokenize_docs(docs), 0)
        return tokens, sentences, len(docs) - len(missing)

    # -- writing -------------------------------------------------------------------------------
    def add(
        self,
        keys: Sequence[bytes],
        doc_ids: Sequence,
        tokens: pd.DataFrame,
        sentences: pd.DataFrame,
        tokens_path: Path,
        sentences_path: Path,
    ) -> bool:
        """Keep the part just written at ``tokens_path`` / ``sentences_path`` (the tables
        ``tokens`` and ``sentences`` of the documents ``doc_ids``, in order)."""
        if self.max_bytes <= 0:
            return False
        rt = _ranges(_doc_codes(tokens["doc_id"], doc_ids), len(doc_ids))
        rs = _ranges(_doc_codes(sentences["doc_id"], doc_ids), len(doc_ids))
        if rt is None or rs is None:
            return False
        name = uuid.uuid4().hex
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            state = self.dir / "state.json"
            if not state.exists():
                text = json.dumps(self.state, sort_keys=True, ensure_ascii=False, indent=1, default=str)
                tmp = self.dir / f".state.{name}.tmp"
                tmp.write_text(text, encoding="utf-8")
                os.replace(tmp, state)
            _link_or_copy(tokens_path, self.dir / (name + _TOKENS))
            _link_or_copy(sentences_path, self.dir / (name + _SENTENCES))
            index = pd.DataFrame(
                {
                    "tok_stamp": _stamp(self.dir / (name + _TOKENS)),
                    "sent_stamp": _stamp(self.dir / (name + _SENTENCES)),
                    "key": list(keys),
                    "doc_id": [str(d) for d in doc_ids],
                    "tok_start": rt[0],
                    "tok_stop": rt[1],
                    "sent_start": rs[0],
                    "sent_stop": rs[1],
                }
            )
            tmp = self.dir / f".{name}.index.tmp"
            index.to_parquet(tmp, index=False)
            os.replace(tmp, self.dir / (name + _INDEX))  # the part is valid from here on
        except OSError:  # a full or read-only disk: the run goes on without caching
            for suffix in (_TOKENS, _SENTENCES):
                (self.dir / (name + suffix)).unlink(missing_ok=True)
            return False
        return True

    def trim(self) -> int:
        """Delete the parts used longest ago (in every state) until the cache is within its
        bound, and any file a killed run left behind; returns the bytes freed."""
        if not self.root.is_dir():
            return 0
        entries = []
        total = 0
        try:
            state_dirs = [d for d in self.root.iterdir() if d.is_dir()]
        except OSError:  # unreadable: left as it is
            return 0
        for state_dir in state_dirs:
            try:
                files = list(state_dir.iterdir())
            except OSError:
                continue
            for f in files:
                try:
                    st = f.stat()
                except OSError:
                    continue
                if f.name.endswith(_INDEX):
                    name = f.name[: -len(_INDEX)]
                    size = st.st_size
                    for suffix in (_TOKENS, _SENTENCES):
                        try:
                            size += (state_dir / (name + suffix)).stat().st_size
                        except OSError:
                            pass
                    entries.append((st.st_mtime, state_dir, name, size))
                    total += size
        freed = 0
        for _, state_dir, name, size in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                for suffix in (_INDEX, _TOKENS, _SENTENCES):  # the index first: never half-valid
                    (state_dir / (name + suffix)).unlink(missing_ok=True)
            except OSError:  # a read-only cache folder: it stays as it is
                return freed
            total -= size
            freed += size
        return freed


def _assemble(pieces: list, doc_rows: list, doc_ids: list) -> pd.DataFrame | None:
    """One table from row ranges ``(source, start, stop)`` of :class:`_Source` tables, as
    tokenizing the documents at once gives it: its categorical columns with their values in
    order of first appearance, ``doc_id`` with every document of the part as a category."""
    import pyarrow as pa

    from ..text.tokenize import _spread

    if not pieces:
        return None
    # consecutive ranges of one table are taken as one slice
    merged: list[list] = []
    for src, a, b in pieces:
        if merged and merged[-1][0] is src and merged[-1][2] == a:
            merged[-1][2] = b
        else:
            merged.append([src, a, b])
    first = merged[0][0]
    plain = pa.concat_tables(
        [src.plain.slice(a, b - a) for src, a, b in merged], promote_options="permissive"
    ).combine_chunks()
    out = {name: plain.column(name).to_pandas() for name in plain.column_names}
    sources = list({id(src): src for src, _, _ in merged}.values())
    for name in first.cats:
        # every source's values in one list, factorized once; rows get their global codes
        offsets, values = {}, []
        for src in sources:
            offsets[id(src)] = sum(len(v) for v in values)
            values.append(src.cats[name][0].to_numpy(zero_copy_only=False))
        gcode, uniq = pd.factorize(np.concatenate(values) if values else np.array([], object))
        rows = np.concatenate([gcode[offsets[id(src)] + src.cats[name][1][a:b]] for src, a, b in merged])
        # renumbered in order of first appearance in the rows
        codes, order = pd.factorize(rows)
        out[name] = pd.Categorical.from_codes(
            codes, categories=pd.Index(np.asarray(uniq, dtype=object)[order], dtype="str")
        )
    frame = pd.DataFrame({"doc_id": _spread(doc_ids, np.concatenate(doc_rows), str_categories=False), **out})
    return frame[["doc_id", *first.names]]  # doc_id first, as in the token and sentence tables
