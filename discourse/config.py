"""All paths the kit uses, in one place (nothing else hard-codes a path).

Every generated file can be rebuilt from ``data/raw`` plus the code.
The lemma cache is kept per user (``platformdirs``' user cache folder, e.g.
``~/.cache/discourse`` on Linux), never inside the installed kit, so a shared install is not
written to by its users. Set ``DISCOURSE_CACHE_DIR`` to keep it somewhere else (e.g. a shared
drive for a research group).

It also says how many worker processes a step uses (:func:`processes`) and starts them
(:func:`worker_pool`), so every step that runs in parallel stops the same way on Ctrl-C.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = [
    "PROJ_ROOT",
    "DATA_DIR",
    "RAW_DATA_DIR",
    "INTERIM_DATA_DIR",
    "PROCESSED_DATA_DIR",
    "LEXICON_DIR",
    "REPORTS_DIR",
    "FIGURES_DIR",
    "TABLES_DIR",
    "NOTEBOOKS_DIR",
    "cache_dir",
    "lemma_overrides_path",
]

PROJ_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
INTERIM_DATA_DIR = DATA_DIR / "interim"
PROCESSED_DATA_DIR = DATA_DIR / "processed"
#: The lexicons: ``data/lexicons/`` in a checkout (edit them there); installed from a wheel,
#: the package data ``discourse/lexicons/`` (pyproject maps one to the other).
_PACKAGED_LEXICONS = Path(__file__).resolve().parent / "lexicons"
LEXICON_DIR = _PACKAGED_LEXICONS if _PACKAGED_LEXICONS.is_dir() else DATA_DIR / "lexicons"
REPORTS_DIR = PROJ_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
TABLES_DIR = REPORTS_DIR / "tables"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"


def cache_dir() -> Path:
    """Folder of the persistent caches (the lemma cache): ``$DISCOURSE_CACHE_DIR`` when set,
    else the user's cache folder (``platformdirs.user_cache_path("discourse")``)."""
    env = os.environ.get("DISCOURSE_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_cache_path("discourse", appauthor=False)


def env_megabytes(name: str, default_bytes: int, example: str) -> int:
    """A size bound in bytes from the environment variable ``name`` (megabytes, a number), or
    ``default_bytes`` when it is not set; a clear error naming the variable otherwise."""
    env = os.environ.get(name)
    if not env:
        return default_bytes
    try:
        return int(float(env) * 2**20)
    except ValueError:
        raise ValueError(
            f"{name}={env!r} is not a number of megabytes; set it to one ({example}), or unset it "
            f"for the default {default_bytes // 2**20}."
        ) from None


#: Every lexicon the kit ships, by name: its file in :data:`LEXICON_DIR` and what it holds.
LEXICONS = {
    "frames": ("frames.yaml", "frames, their definitions, sources and cues; negations; Entman cues"),
    "stance": ("stance.yaml", "hedging, certainty, intensifiers, evaluation, and what turns it round"),
    "speech": ("speech.yaml", "reporting verbs and source markers (who speaks)"),
    "actors": ("actors.yaml", "organisations, groups, people and news sources"),
    "states": ("states.yaml", "other names, capitals and nisba adjectives of states (CLDR's names added)"),
    "offices": ("offices.yaml", "offices, their Arabic titles and holders with dates"),
    "names": ("names.yaml", "titles, given names and head nouns for finding unlisted actors"),
    "places": (
        "places.tsv",
        "Arabic names of the world's cities (GeoNames), kept as names by the lemmatizer",
    ),
    "spelling": ("spelling.yaml", "spellings merged into one lemma (part of the lemmatizer's version)"),
    "stopwords_extra": ("stopwords_extra.txt", "stopwords added to the arabic-stopwords list"),
    "lemma_overrides": ("lemma_overrides.tsv", "your corrections: form<TAB>lemma[<TAB>pos]"),
    "lemma_table": ("lemma_table.parquet", "the lemmas of wordfreq's Arabic forms (built by the kit)"),
}


def lexicon_path(name: str) -> Path:
    """The shipped file of the lexicon ``name`` (a key of :data:`LEXICONS`).

    Parameters
    ----------
    name : str
        ``frames``, ``stance``, ``speech``, ``actors``, ``states``, ``offices``, ``names``,
        ``places``, ``spelling``, ``stopwords_extra``, ``lemma_overrides`` or ``lemma_table``.
    """
    if name not in LEXICONS:
        raise KeyError(f"no lexicon {name!r}; the kit ships {sorted(LEXICONS)}.")
    return LEXICON_DIR / LEXICONS[name][0]


def lemma_overrides_path() -> Path:
    """The user's lemma overrides: a two-column TSV ``form<TAB>lemma`` (see README)."""
    return lexicon_path("lemma_overrides")


def processes(n_jobs: int | None, *, what: str = "n_jobs") -> int:
    """Worker processes for ``n_jobs``, as in scikit-learn: ``1`` (or ``None``) one process,
    ``-1`` all cores, ``-2`` all but one, ``k > 0`` that many.

    ``None`` meant *all cores* before 0.4.0; it still does until 0.5, with a ``FutureWarning``
    (pass ``-1`` for all cores, ``1`` for one).
    """
    cores = os.cpu_count() or 1
    if n_jobs is None:
        import warnings

        warnings.warn(
            f"{what}=None means all cores until version 0.5 and one process after it, "
            "as in scikit-learn; pass n_jobs=-1 for all cores or 1 for one.",
            FutureWarning,
            stacklevel=3,
        )
        return cores
    if n_jobs == 0:
        raise ValueError(
            f"{what}=0 is not a number of processes; use 1, a positive number, or -1 for all cores."
        )
    return max(1, n_jobs if n_jobs > 0 else cores + 1 + n_jobs)


@contextlib.contextmanager
def worker_pool(n: int, initializer=None, initargs: tuple = (), *, start_method: str | None = None):
    """A ``multiprocessing`` pool of ``n`` workers that Ctrl-C cannot leave half-made.

    Used as ``with worker_pool(2, init, (arg,)) as pool: pool.imap(...)``; on leaving the block
    (normally, on an error or on Ctrl-C) the workers are terminated and joined.

    - Ctrl-C (SIGINT) is only noted while the workers are forked, and raised as soon as the
      pool exists. A Ctrl-C that arrives during a ``fork`` is otherwise handled inside a
      function Python runs at fork (``logging``'s lock release), where the KeyboardInterrupt
      is printed as "Exception ignored" and lost: the pool is made and the work goes on (seen
      with ``discourse prepare``; a test reproduces it). Blocking the signal in the main
      thread is not enough: with other threads alive (tqdm's monitor), the signal reaches one
      of them and Python still runs its handler in the main thread, inside the fork.
    - Workers ignore Ctrl-C (the terminal sends it to them too): the parent alone stops, and
      terminates them. A worker that died of ``KeyboardInterrupt`` mid-task would leave the
      parent waiting for its result forever.
    - On Linux a worker is also ended when its parent dies (``PR_SET_PDEATHSIG``), e.g. after a
      ``kill -9``.

    ``start_method`` defaults to ``fork`` where the system has it (workers inherit what the
    parent has loaded), else ``spawn``.

    Parameters
    ----------
    n : int
        Number of worker processes.
    initializer : callable, optional
        Run once in each worker, as ``initializer(*initargs)``.
    initargs : tuple
        Arguments for ``initializer``.
    start_method : str, optional
        ``"fork"``, ``"spawn"`` or ``"forkserver"``.
    """
    import multiprocessing as mp
    import signal
    import threading

    if start_method is None:
        start_method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(start_method)
    # a forkserver's workers are children of the server, not of this process
    parent = None if start_method == "forkserver" else os.getpid()
    hold = threading.current_thread() is threading.main_thread()
    pool = None
    try:
        if hold:  # while forking, Ctrl-C is only noted; it is raised once the pool exists
            noted: list[int] = []
            before = signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
        try:
            pool = ctx.Pool(n, initializer=_start_worker, initargs=(parent, initializer, initargs))
        finally:
            if hold:
                signal.signal(signal.SIGINT, before)
                if noted:  # handled as it would have been, now that `pool` is set
                    signal.raise_signal(signal.SIGINT)
        yield pool
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _start_worker(parent: int | None, initializer, initargs: tuple) -> None:
    """The first thing a :func:`worker_pool` worker runs: ignore Ctrl-C, end with the parent."""
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            # PR_SET_PDEATHSIG: SIGTERM when the thread that forked this worker ends; pools
            # are made and ended within one `with` block, so that thread outlives the pool
            libc.prctl(1, signal.SIGTERM)
        except (OSError, AttributeError):  # no prctl: workers are still terminated on exit
            pass
        if parent is not None and os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
    if initializer is not None:
        initializer(*initargs)


def renamed(value, old_value, *, old: str, new: str, func: str):
    """The value of a renamed argument: ``new`` if given, else ``old`` with a ``FutureWarning``
    (old names keep working for one release)."""
    if old_value is None:
        return value
    import warnings

    warnings.warn(
        f"{func}({old}=…) is now {func}({new}=…); the old name works until version 0.5.",
        FutureWarning,
        stacklevel=3,
    )
    return old_value
