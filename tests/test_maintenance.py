"""The habits of a maintained library: the API reference builds from the docstrings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from discourse import config


@pytest.mark.skipif(shutil.which("pdoc", path=str(Path(sys.executable).parent)) is None,
                    reason="pdoc is not installed (python3 tasks.py setup installs it)")
def test_the_api_reference_builds(tmp_path):
    pdoc = Path(sys.executable).parent / "pdoc"
    modules = ["discourse"] + sorted(f"discourse.{p.stem}" for p in (config.PROJ_ROOT / "discourse").glob("*.py")
                                     if not p.name.startswith("_"))
    r = subprocess.run([str(pdoc), *modules, "--docformat", "numpy", "-o", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    page = (tmp_path / "discourse" / "corpus.html").read_text(encoding="utf-8")
    assert "read_corpus" in page and "Parameters" in page
