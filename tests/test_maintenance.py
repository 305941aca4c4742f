"""The habits of a maintained library: the API reference builds from the docstrings."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from discourse import config


@pytest.mark.skipif(
    shutil.which("pdoc", path=str(Path(sys.executable).parent)) is None,
    reason="pdoc is not installed (python3 tasks.py setup installs it)",
)
def test_the_api_reference_builds(tmp_path):
    pdoc = Path(sys.executable).parent / "pdoc"
    sys.path.insert(0, str(config.PROJ_ROOT))
    try:
        from tasks import api_modules
    finally:
        sys.path.pop(0)
    r = subprocess.run(
        [str(pdoc), *api_modules(), "--docformat", "numpy", "-o", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    page = (tmp_path / "discourse" / "io" / "corpus.html").read_text(encoding="utf-8")
    assert "read_corpus" in page and "Parameters" in page
    for stage in ("io", "text", "stats", "framing", "viz", "run"):
        assert (tmp_path / "discourse" / f"{stage}.html").exists(), stage


def test_the_layout_follows_the_pipeline():
    """Every module lives in the subpackage of its stage; only the package's own plumbing
    (config, errors, the moved-module aliases, ``python -m discourse``) stays at the top."""
    pkg = config.PROJ_ROOT / "discourse"
    top = {p.name for p in pkg.glob("*.py")}
    assert top == {"__init__.py", "__main__.py", "_moved.py", "config.py", "errors.py"}
    stages = {p.name for p in pkg.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert stages == {"io", "text", "stats", "framing", "viz", "run"}
    for stage in stages:  # each stage's docstring names each of its modules
        doc = importlib.import_module(f"discourse.{stage}").__doc__
        for mod in (pkg / stage).glob("*.py"):
            if not mod.name.startswith("_"):
                assert f"``{mod.stem}``" in doc, (stage, mod.stem)


def test_old_module_paths_work_for_one_release_with_a_futurewarning():
    import discourse as dc
    from discourse import _moved

    sys.modules.pop("discourse.kwic", None)
    with pytest.warns(FutureWarning, match=r"discourse\.kwic is now discourse\.stats\.kwic"):
        old = importlib.import_module("discourse.kwic")
    assert old is importlib.import_module("discourse.stats.kwic")
    assert old.kwic is dc.kwic
    # the old framing module is now the framing package, which keeps its names
    from discourse.framing import frame_hits, load_frames  # noqa: F401

    for old_name, new in _moved.MOVED.items():  # every alias points at a real module
        assert importlib.util.find_spec(f"discourse.{new}") is not None, old_name


def test_python_dash_m_discourse_is_the_command():
    r = subprocess.run([sys.executable, "-m", "discourse", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "prepare" in r.stdout and "run" in r.stdout


def test_one_vocabulary_old_argument_names_warn_for_one_release(seed_tokens, seed_docs):
    """``group=`` is the grouping, ``top=`` the number of rows kept; ``by=``/``n=`` of 0.3
    still work, with a FutureWarning, and give the same result."""
    import discourse as dc

    freq = dc.frequency(seed_tokens, remove_stop=True)
    with pytest.warns(FutureWarning, match=r"frequency\(n=…\) is now frequency\(top=…\)"):
        old = dc.frequency(seed_tokens, remove_stop=True, n=5)
    assert old.equals(dc.frequency(seed_tokens, remove_stop=True, top=5)) and len(old) == 5
    docs = seed_docs.assign(outlet="a")
    hits = dc.frame_hits(seed_tokens, docs)
    scores = dc.frame_scores(seed_tokens, hits)
    with pytest.warns(FutureWarning, match=r"frame_prominence\(by=…\)"):
        old = dc.frame_prominence(scores, docs, by="outlet", n_boot=20, min_docs=1)
    assert old.equals(dc.frame_prominence(scores, docs, group="outlet", n_boot=20, min_docs=1))
    import matplotlib.pyplot as plt

    with pytest.warns(FutureWarning, match=r"plot_top_features\(n=…\)"):
        dc.plot_top_features(freq, n=5)
    plt.close("all")
    with pytest.warns(FutureWarning, match=r"\(by='token'\) until version 0.5"):
        lines = dc.kwic(seed_tokens, seed_docs, "العراق")
    assert lines.equals(dc.kwic(seed_tokens, seed_docs, "العراق", by="token"))


def test_n_jobs_means_what_it_means_in_scikit_learn(monkeypatch):
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert [config.processes(k) for k in (1, 3, -1, -2)] == [1, 3, 8, 7]
    with pytest.warns(FutureWarning, match="n_jobs=None means all cores until version 0.5"):
        assert config.processes(None) == 8
    with pytest.raises(ValueError, match="n_jobs=0"):
        config.processes(0)


def test_every_lexicon_loader_returns_a_documented_dataclass():
    import dataclasses

    import discourse as dc

    for loaded in (dc.load_frames(), dc.load_actors(), dc.load_stance()):
        assert dataclasses.is_dataclass(loaded) and type(loaded).__doc__
    stance = dc.load_stance()
    assert "قد" in stance.cues["hedging"] and "لا" in stance.negators
    with pytest.warns(FutureWarning, match="StanceLexicon"):
        assert stance["hedging"] == stance.cues["hedging"]  # the 0.3 dict, for one release


def test_every_public_function_documents_each_parameter():
    """numpydoc: every callable of the flat API that takes arguments has a Parameters section
    naming each of them (the API reference is built from these)."""
    import inspect

    import discourse as dc

    undocumented = []
    for name in dc.__all__:
        obj = getattr(dc, name)
        if not callable(obj) or inspect.ismodule(obj):
            continue
        params = [p for p in inspect.signature(obj).parameters if p != "self"]
        doc = inspect.getdoc(obj) or ""
        section = doc.split("Parameters\n----------\n", 1)[1] if "Parameters\n----------" in doc else ""
        undocumented += [f"{name}({p})" for p in params if p not in section]
    assert not undocumented, undocumented


def test_the_lemmatizer_version_ignores_documentation_but_not_code():
    from discourse.text.lemmatize import _code_tokens

    code = "def f(x):\n    return (x + 1)\n"
    assert _code_tokens(
        'def f(x):\n    """Doc."""\n    # note\n    return (x +\n            1)\n'
    ) == _code_tokens(code)
    assert _code_tokens("def f(x):\n    return x + 2\n") != _code_tokens(code)


def test_no_module_of_the_package_assigns_a_name_twice_at_top_level():
    """A constant defined again further down a module silently changes every use above it: a
    new ``_NOUN_IN_USE = 1e-6`` in ``lemma_rules.py`` once overrode the older ``0.03`` and turned
    أعرف (I know) into an elative noun in 413 rows of the lemma table before it was caught."""
    import ast

    twice = []
    for path in sorted(Path(config.__file__).parent.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            # x = …, x: T = … (a conditional definition inside if/try is not at top level)
            targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
            for t in targets:
                if isinstance(t, ast.Name) and t.id != "__all__":
                    if t.id in seen:
                        twice.append(f"{path.name}:{node.lineno} {t.id} (first at line {seen[t.id]})")
                    seen.setdefault(t.id, node.lineno)
    assert not twice, twice


def test_every_shipped_lexicon_is_named_in_config_and_exists():
    for name, (file, what) in config.LEXICONS.items():
        assert config.lexicon_path(name).name == file and what
        assert config.lexicon_path(name).exists(), file
    shipped = {
        p.name for p in config.LEXICON_DIR.iterdir() if p.suffix in (".yaml", ".tsv", ".txt", ".parquet")
    }
    assert shipped == {f for f, _ in config.LEXICONS.values()}
    with pytest.raises(KeyError, match="no lexicon 'frame'"):
        config.lexicon_path("frame")


def test_the_test_command_uses_the_cores_unless_the_arguments_choose(monkeypatch):
    spec = importlib.util.spec_from_file_location("tasks", config.PROJ_ROOT / "tasks.py")
    tasks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tasks)
    monkeypatch.setattr(tasks.os, "cpu_count", lambda: 2)
    assert tasks._parallel([])[:2] == ["-n", "2"]
    assert tasks._parallel(["-k", "corpus"])[:2] == ["-n", "2"]
    monkeypatch.setattr(tasks.os, "cpu_count", lambda: 32)
    assert tasks._parallel([])[:2] == ["-n", "4"]  # at most four: each main-job test is a process of its own
    monkeypatch.setattr(tasks.os, "cpu_count", lambda: None)
    assert tasks._parallel([])[:2] == ["-n", "1"]
    for chose in (["-x"], ["-n", "1"], ["-n3"], ["-p", "no:xdist"], ["--pdb"], ["--maxfail=2"]):
        assert tasks._parallel(chose) == [], chose
