#!/usr/bin/env python3
"""Set up and run the kit with nothing but Python >= 3.11 and pip (no make, no conda needed).

    python3 tasks.py run     # set up if needed, then run all notebooks on the default corpus
    python3 tasks.py test    # set up if needed, then the linter (ruff) and the whole test suite
    python3 tasks.py lab     # set up if needed, then open JupyterLab on notebooks/
    python3 tasks.py docs    # set up if needed, then build the API reference in docs/api/
    python3 tasks.py setup   # only create .venv with the pinned dependencies and the kit

Set-up creates ``.venv`` beside this file, installs the exact versions in ``requirements.lock``,
the kit itself (editable) and a Jupyter kernel named ``discourse``. It is redone only when
``requirements.lock`` or ``pyproject.toml`` change. Extra arguments go to the command
(``python3 tasks.py test -k corpus``, ``python3 tasks.py run ../my_corpus --text-field body``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("DISCOURSE_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".discourse-installed"


def _sh(*cmd: str | Path) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT)


def _fingerprint() -> str:
    h = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def setup() -> None:
    if sys.version_info < (3, 11):
        sys.exit(
            f"discourse needs Python >= 3.11; this is {sys.version.split()[0]}. "
            "Run this file with python3.11."
        )
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PY.exists():
        return
    if not PY.exists():
        _sh(sys.executable, "-m", "venv", VENV)
    _sh(PY, "-m", "pip", "install", "--upgrade", "pip")
    _sh(PY, "-m", "pip", "install", "-r", "requirements.lock")
    _sh(PY, "-m", "pip", "install", "--no-deps", "-e", ".")
    _sh(
        PY,
        "-m",
        "ipykernel",
        "install",
        "--sys-prefix",
        "--name",
        "discourse",
        "--display-name",
        "discourse (Python 3)",
    )
    STAMP.write_text(_fingerprint())


def api_modules() -> list[str]:
    """``discourse``, its stage subpackages and every public module in them (pdoc shows only
    what a package's ``__all__`` names, so the modules are listed)."""
    pkg = ROOT / "discourse"
    mods = ["discourse"] + [
        f"discourse.{p.stem}" for p in sorted(pkg.glob("*.py")) if not p.name.startswith("_")
    ]
    for sub in sorted(p for p in pkg.iterdir() if (p / "__init__.py").exists()):
        mods.append(f"discourse.{sub.name}")
        mods += [
            f"discourse.{sub.name}.{p.stem}" for p in sorted(sub.glob("*.py")) if not p.name.startswith("_")
        ]
    return mods


def _parallel(rest: list[str]) -> list[str]:
    """The suite on up to four cores (pytest-xdist): most of its time is the main job run as
    a subprocess on eleven corpora, one core each. Not when the arguments already choose
    (``-n 1``, ``-p no:xdist``) or ask to stop at the first failure in order (``-x``, ``--pdb``)."""
    chosen = {"-n", "--numprocesses", "no:xdist", "-x", "--exitfirst", "--pdb", "--lf", "--sw"}
    if any(a in chosen or a.startswith(("-n", "--numprocesses=", "--maxfail")) for a in rest):
        return []
    # worksteal: a worker that runs out takes from another's queue, so the long tests (collected
    # first, tests/conftest.py) do not end up in one worker's queue while the other idles
    return ["-n", str(max(1, min(4, os.cpu_count() or 1))), "--dist", "worksteal", "--durations=12"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"setup", "run", "test", "lab", "docs"}:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    setup()
    if cmd == "test":
        # the linter and the formatter's check first (configured in pyproject.toml), then the tests
        lint = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT).returncode
        fmt = subprocess.run([str(BIN / "ruff"), "format", "--check", "."], cwd=ROOT).returncode
        if fmt:
            print("tasks.py: some files are not formatted; `.venv/bin/ruff format .` formats them.")
        tests = subprocess.run([str(PY), "-m", "pytest", *_parallel(rest), *rest], cwd=ROOT).returncode
        return tests or lint or fmt
    if cmd == "run":
        return subprocess.run([str(BIN / "discourse"), "run", *rest], cwd=ROOT).returncode
    if cmd == "docs":
        # the API reference, from the docstrings (numpydoc), as HTML in docs/api/
        return subprocess.run(
            [str(BIN / "pdoc"), *api_modules(), "--docformat", "numpy", "-o", "docs/api", *rest], cwd=ROOT
        ).returncode
    if cmd == "lab":
        extra = []
        if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in rest:
            # containers often run as root, which JupyterLab refuses without this flag
            print(
                "tasks.py: running as root (a container?); starting JupyterLab with "
                "--allow-root. Outside a container, run it as a normal user.",
                flush=True,
            )
            extra.append("--allow-root")
        return subprocess.run([str(BIN / "jupyter"), "lab", "notebooks/", *extra, *rest], cwd=ROOT).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
