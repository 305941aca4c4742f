"""A cache on disk of the actor mentions and statements of a corpus, shared by the notebooks.

Four notebooks of the main job find the actor mentions of the same corpus (06, 07, 09, 10), each
in its own kernel, and notebook 07 reads its statements again after ``actor_mentions`` read them
to find who speaks: on a day of SaudiNewsNet (1,686 articles) about 29 s for the mentions and 9 s
for the statements, each time. :func:`cached_frame` keeps such a table in
``<cache_dir>/framing/`` under a digest of everything it depends on — the token table and the
documents (their ids, texts and dates), the gazetteer's content (the user's own actors
included), the options, every lexicon file and the code of the text and framing modules (any
edit, even to a comment, makes a new key) — so a later call with the same inputs reads it
instead of computing it; the tests compare the two.

The files are pandas pickles of the user's own runs, which give back each column's type and each
missing value as they were (the versions of pandas and numpy are part of the key): put no file
from elsewhere in the folder. Only corpora of :data:`MIN_TOKENS` tokens or more are cached (a short
text is found again faster than its key is written). Files are written whole and renamed into
place, so a run killed while writing leaves nothing half-valid; a file that cannot be read is
computed again. The cache is bounded (:data:`DEFAULT_MAX_BYTES`, or
``$DISCOURSE_FRAMING_CACHE_MB``): the files used longest ago are deleted first. Deleting the
folder is always safe.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config

__all__ = ["cached_frame", "frame_digest", "gazetteer_digest", "MIN_TOKENS", "DEFAULT_MAX_BYTES"]

#: Corpora with fewer tokens are not cached (about 40 articles of news).
MIN_TOKENS = 10_000

#: The cache's default size bound (bytes): the mentions of a day of SaudiNewsNet take about 3 MB.
DEFAULT_MAX_BYTES = 512 * 2**20


def frame_digest(frame: pd.DataFrame | None) -> str:
    """A digest of a table's columns, their types and every value (row order counts)."""
    h = hashlib.blake2b(digest_size=16)
    if frame is None:
        return "none"
    h.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode("utf-8"))
    if len(frame):
        values = pd.util.hash_pandas_object(frame, index=False).to_numpy()
        h.update(np.ascontiguousarray(values).tobytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A digest of the code of the text and framing modules (what mentions and statements are
    made by) and of the kit's version."""
    here = Path(__file__).resolve().parent.parent
    h = hashlib.blake2b(digest_size=16)
    h.update(version("discourse").encode("utf-8"))
    for f in sorted((here / "text").glob("*.py")) + sorted((here / "framing").glob("*.py")):
        h.update(f.name.encode("utf-8"))
        h.update(f.read_bytes())
    return h.hexdigest()


def _lexicons_fingerprint() -> str:
    """A digest of every lexicon file, the user's lemma overrides included (read each call: the
    user may edit them between two runs of one kernel)."""
    h = hashlib.blake2b(digest_size=16)
    for name in sorted(config.LEXICONS):
        p = config.lexicon_path(name) if name != "lemma_overrides" else config.lemma_overrides_path()
        h.update(name.encode("utf-8"))
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()


def gazetteer_digest(gz) -> str:
    """A digest of a gazetteer's content: its actors, aliases, offices, adjectives, capitals, the
    names valid only after a full one and the states' codes (which tell a kingdom's cities)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(frame_digest(gz.actors).encode("utf-8"))
    for part in (gz.aliases, gz.offices, gz.nisba, gz.after, getattr(gz, "codes", {})):
        h.update(repr(sorted((str(k), repr(v)) for k, v in part.items())).encode("utf-8"))
    h.update(repr(sorted(gz.capitals)).encode("utf-8"))
    return h.hexdigest()


def _max_bytes() -> int:
    return config.env_megabytes("DISCOURSE_FRAMING_CACHE_MB", DEFAULT_MAX_BYTES, "e.g. 256")


def _trim(folder: Path, limit: int) -> None:
    """Delete the files used longest ago until the folder holds at most ``limit`` bytes."""
    files = []
    for p in folder.glob("*.pkl"):
        try:
            st = p.stat()
        except OSError:
            continue
        files.append((st.st_mtime, st.st_size, p))
    total = sum(s for _, s, _ in files)
    for _, size, p in sorted(files, key=lambda x: x[0]):
        if total <= limit:
            break
        try:
            p.unlink()
        except OSError:
            continue
        total -= size


def cached_frame(
    kind: str,
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    parts: list[str],
    compute: Callable[[], pd.DataFrame],
) -> pd.DataFrame:
    """``compute()``, or the table it gave before for the same inputs.

    ``kind`` names the table (``mentions``, ``statements``); ``parts`` are the other things it
    depends on, as strings (options, a gazetteer's digest, another table's digest). The token
    table, the documents' ids, texts and dates, the lexicons and the code are part of the key
    always. A corpus under :data:`MIN_TOKENS` tokens is computed every time."""
    if len(tokens) < MIN_TOKENS:
        return compute()
    cols = [c for c in ("doc_id", "text", "date") if c in docs.columns]
    h = hashlib.blake2b(digest_size=20)
    for part in (
        kind,
        pd.__version__,
        np.__version__,
        _code_fingerprint(),
        _lexicons_fingerprint(),
        frame_digest(tokens),
        frame_digest(docs[cols]),
        *parts,
    ):
        h.update(part.encode("utf-8") + b"\0")
    folder = config.cache_dir() / "framing"
    path = folder / f"{kind}-{h.hexdigest()}.pkl"
    if path.exists():
        try:
            out = pd.read_pickle(path)
            os.utime(path)  # (used now: the last to be trimmed)
            return out
        except Exception:  # noqa: BLE001 (a file cut short: found again)
            pass
    out = compute()
    tmp = folder / f".{path.stem}.{uuid.uuid4().hex}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # (a pickle, not Parquet: it gives back each column's type and each missing value as it
        # was — Parquet reads an object column of None and '' back as pandas' str type with NaN)
        out.to_pickle(tmp)
        os.replace(tmp, path)
        _trim(folder, _max_bytes())
    except OSError:
        pass  # a read-only or full disk: the table is still right, only not kept
    finally:
        tmp.unlink(missing_ok=True)
    return out
