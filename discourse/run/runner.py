"""``discourse run``: execute the numbered notebooks headless on a corpus (papermill).

For the default corpus the outputs go to ``reports/`` (``figures/``, ``tables/``, executed
``notebooks/``) and the prepared tables to ``data/processed/default``; for another corpus,
everything goes under ``--out DIR`` (``DIR/figures``, ``DIR/tables``, ``DIR/notebooks``,
``DIR/prepared``). The corpus is prepared once, before the first notebook; every notebook
then loads the same prepared tables.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path

from .. import config
from ..errors import DiscourseError


class NotebookError(DiscourseError):
    """A notebook failed while ``discourse run`` executed it."""


__all__ = ["run_notebooks", "notebook_paths", "common_parameters", "not_shown", "NotebookError"]


def notebook_paths(only=None) -> list[Path]:
    """The numbered notebooks in order (``NN-name.ipynb``)."""
    nbs = sorted(p for p in config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    if only:
        nbs = [p for p in nbs if any(p.name.startswith(o) for o in only)]
        if not nbs:
            raise FileNotFoundError(f"No notebook in {config.NOTEBOOKS_DIR} starts with {only}.")
    return nbs


def _coerce(value: str):
    """``-p NAME VALUE`` values: JSON when they parse (numbers, lists, true/false), else text."""
    try:
        return json.loads(value)
    except (json.JSONDecodeError, TypeError):
        return value


def common_parameters(corpus=None, out=None, fields=None) -> dict:
    """The parameters every notebook takes (see each notebook's ``parameters`` cell)."""
    default_out = config.REPORTS_DIR if not corpus else config.REPORTS_DIR / "run"
    out = Path(out).resolve() if out else default_out
    shipped = not corpus and out == config.REPORTS_DIR
    prepared = config.PROCESSED_DATA_DIR / "default" if shipped else out / "prepared"
    return {
        "corpus": [str(Path(c).resolve()) for c in corpus] if corpus else None,
        "fields": fields or {},
        "prepared_dir": str(prepared),
        "figures_dir": str(out / "figures"),
        "tables_dir": str(out / "tables"),
    }


#: Seconds to wait for a notebook's kernel to start (papermill's default is 60)
_KERNEL_START_TIMEOUT = 300
#: Times a notebook is started again when its kernel dies before it answers (no cell has run).
#: jupyter_client picks the kernel's ports free, closes them and lets the kernel bind them; a
#: process started meanwhile can take one, and the kernel dies ("Address already in use"). One
#: of .ci/run's main-job tests failed so (0.4.62, two workers starting kernels at once).
_KERNEL_START_RETRIES = 2
_KERNEL_DIED = "Kernel died before replying to kernel_info"


def _execute(pm, nb, target, **kw):
    """``pm.execute_notebook``, started again (and said so) when the kernel dies before it
    answers: nothing of the notebook has run then. Any other error is raised as it is."""
    for attempt in range(_KERNEL_START_RETRIES + 1):
        try:
            return pm.execute_notebook(str(nb), str(target), **kw)
        except RuntimeError as exc:
            if _KERNEL_DIED not in str(exc) or attempt == _KERNEL_START_RETRIES:
                raise
            print(f"{nb.name}: the kernel died while starting ({exc}); starting it again", flush=True)


def run_notebooks(
    corpus=None,
    *,
    out=None,
    fields: dict | None = None,
    parameters: dict | None = None,
    only=None,
    kernel_name: str = "python3",
) -> list[Path]:
    """Prepare the corpus once, then execute every numbered notebook on it.

    Parameters
    ----------
    corpus : list of paths, optional
        Files or folders; default the kit's ``data/raw/``.
    out : path, optional
        Output folder (default ``reports/``; for another corpus ``reports/run``).
    fields : dict
        Field mapping (``text_field=…``) for :func:`~discourse.io.corpus.read_corpus`.
    parameters : dict
        Extra notebook parameters (``-p NAME VALUE``), given to every notebook that has them.
    only : list of str, optional
        Run only the notebooks whose names start with these (``["03", "04"]``).
    kernel_name : str
        The Jupyter kernel; ``python3`` is the interpreter running this command.

    Returns
    -------
    list of Path
        The executed notebooks.
    """
    import papermill as pm

    from .pipeline import prepare

    params = common_parameters(corpus, out, fields)
    extra = {k: _coerce(v) if isinstance(v, str) else v for k, v in (parameters or {}).items()}
    t0 = time.perf_counter()
    notebooks = notebook_paths(only)
    defaults_by = {nb: _parameter_defaults(nb) for nb in notebook_paths()}
    declared_by = {nb: set(d) for nb, d in defaults_by.items()}
    unknown = set(extra) - set().union(*declared_by.values())
    if unknown:
        raise ValueError(
            f"No notebook has the parameter(s) {sorted(unknown)}; see the parameters cell of each notebook."
        )
    # checked before any notebook runs: a value of the wrong kind fails here, naming it
    for name, value in (parameters or {}).items():
        defaults = [d[name] for d in defaults_by.values() if name in d]
        if (
            isinstance(extra[name], str)
            and any(isinstance(d, list) for d in defaults)
            and value.strip()[:1] not in ("[", "{", '"')
        ):
            extra[name] = [extra[name]]  # -p nodes انسحاب: a list of one
        _check_parameter(name, value, extra[name], defaults)
    # notebooks run in notebooks/: a parameter naming a file here is passed as an absolute path
    extra = {
        k: str(Path(v).resolve()) if isinstance(v, str) and v and Path(v).exists() else v
        for k, v in extra.items()
    }
    out_nb = Path(params["figures_dir"]).parent / "notebooks"
    out_nb.mkdir(parents=True, exist_ok=True)
    prep = prepare(params["corpus"], params["prepared_dir"], **params["fields"])
    print(prep.summary(), flush=True)
    written = []
    with _quiet_tornado():
        for nb in notebooks:
            t = time.perf_counter()
            target = out_nb / nb.name
            declared = declared_by[nb]
            nb_params = {k: _relative(v) for k, v in {**params, **extra}.items() if k in declared}
            try:
                # the kernel's own log (its "running over TCP without encryption" notice, once per
                # notebook, and a "KeyboardInterrupt caught in kernel" ERROR when it is stopped
                # at the end of a notebook) is left out; the notebooks' warnings are in their
                # outputs, and a failing cell or a dead kernel is an error of papermill's
                _execute(
                    pm,
                    nb,
                    target,
                    parameters=nb_params,
                    kernel_name=kernel_name,
                    cwd=str(config.NOTEBOOKS_DIR),
                    progress_bar=False,
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                    # a kernel slow to start on a loaded machine is no error: papermill waits
                    # 60 s by default, and one of .ci/run's main-job tests once timed out so
                    # (2 workers, each starting kernels; 0.4.34)
                    start_timeout=_KERNEL_START_TIMEOUT,
                )
            except pm.PapermillExecutionError as exc:
                raise NotebookError(
                    f"{nb.name}, cell {exc.exec_count}: {exc.ename}: "
                    f"{str(exc.evalue).splitlines()[0] if exc.evalue else ''} — the "
                    f"executed notebook, with the full traceback, is {target}"
                ) from None
            _strip_machine_paths(target)
            print(f"{nb.name}: {time.perf_counter() - t:.1f} s -> {target}", flush=True)
            for name, reason in not_shown(target):
                print(f"  not shown: {name} — {reason}", flush=True)
            written.append(target)
    print(
        f"all notebooks: {time.perf_counter() - t0:.1f} s; figures in {params['figures_dir']}, "
        f"tables in {params['tables_dir']}",
        flush=True,
    )
    return written


@contextlib.contextmanager
def _quiet_tornado():
    """Leave out tornado's "Exception in callback" tracebacks while notebooks run: after a
    failing cell the kernel is shut down while tornado still holds callbacks for it, and their
    tracebacks on stderr say nothing that the one-line error naming the cell does not."""
    quiet = [logging.getLogger(n) for n in ("tornado.application", "tornado.general")]
    levels = [q.level for q in quiet]
    for q in quiet:
        q.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for q, level in zip(quiet, levels):
            q.setLevel(level)


def _strip_machine_paths(executed: Path) -> None:
    """papermill records where it read and wrote the notebook as absolute paths: keep the
    names only, so a shared executed notebook does not carry the machine's folders."""
    data = json.loads(executed.read_text(encoding="utf-8"))
    meta = data.get("metadata", {}).get("papermill", {})
    for key in ("input_path", "output_path"):
        if meta.get(key):
            meta[key] = Path(meta[key]).name
    executed.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _relative(value):
    """Paths handed to a notebook, relative to ``notebooks/`` (where it runs), so an executed
    notebook carries no absolute path of the machine that ran it."""
    if isinstance(value, list):
        return [_relative(v) for v in value]
    if isinstance(value, str) and os.path.isabs(value):
        return os.path.relpath(value, config.NOTEBOOKS_DIR)
    return value


def not_shown(executed: Path) -> list[tuple[str, str]]:
    """``(name, reason)`` of every figure or table an executed notebook did not make
    (:func:`discourse.viz.notebook.not_shown`), in order."""
    from ..viz.notebook import NOT_SHOWN_KEY

    data = json.loads(Path(executed).read_text(encoding="utf-8"))
    out = []
    for cell in data["cells"]:
        for o in cell.get("outputs", []):
            meta = o.get("metadata", {}).get(NOT_SHOWN_KEY)
            if meta:
                out.append((meta["name"], meta["reason"]))
    return out


_NOT_LITERAL = object()


def _check_parameter(name: str, given, value, defaults: list) -> None:
    """Refuse a ``-p`` value whose kind does not fit the notebook's default (a number, a
    true/false, a list or a mapping must be given as JSON); text and paths need no quotes."""
    if not isinstance(given, str):
        return
    looks_json = given.strip()[:1] in ("[", "{", '"')
    if looks_json and value is given:
        raise ValueError(
            f"-p {name}: {given!r} is not valid JSON (lists and mappings are JSON, "
            'e.g. \'["a", "b"]\'). Fix the value; nothing was run.'
        )
    kinds = {type(d) for d in defaults if d is not _NOT_LITERAL and d is not None}
    if not kinds or str in kinds:
        return
    ok = any(
        isinstance(value, k)
        and not (k is int and isinstance(value, bool))
        or (k is float and isinstance(value, int) and not isinstance(value, bool))
        or (k in (list, tuple) and isinstance(value, (list, tuple)))
        for k in kinds
    )
    if not ok:
        want = " or ".join(
            sorted(
                {
                    "a number"
                    if k in (int, float)
                    else "true/false"
                    if k is bool
                    else "a JSON list"
                    if k in (list, tuple)
                    else "a JSON mapping"
                    if k is dict
                    else k.__name__
                    for k in kinds
                }
            )
        )
        raise ValueError(
            f"-p {name}: {given!r} is not {want}, which that parameter takes "
            f"(default {defaults[0]!r}). Fix the value; nothing was run."
        )


def _parameter_defaults(nb: Path) -> dict:
    """Names assigned in the notebook's cell tagged ``parameters``, with their default values
    (``_NOT_LITERAL`` when the default is an expression)."""
    import ast

    data = json.loads(nb.read_text(encoding="utf-8"))
    for cell in data["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            src = "".join(cell["source"])
            out = {}
            for node in ast.parse(src).body:
                targets = (
                    node.targets
                    if isinstance(node, ast.Assign)
                    else [node.target]
                    if isinstance(node, ast.AnnAssign)
                    else []
                )
                try:
                    default = ast.literal_eval(node.value) if targets and node.value else _NOT_LITERAL
                except ValueError:
                    default = _NOT_LITERAL
                for t in targets:
                    if isinstance(t, ast.Name):
                        out[t.id] = default
            return out
    return {}


def _declared_parameters(nb: Path) -> set[str]:
    """Names assigned in the notebook's cell tagged ``parameters``."""
    return set(_parameter_defaults(nb))
