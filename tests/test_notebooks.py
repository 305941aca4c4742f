"""The main job: every notebook executed headless (`discourse run`), on the shipped article and
on the SaudiNewsNet one-event subset, with the figures and tables they promise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from helpers import IRAN, SHARED, needs_shared
from PIL import Image

from discourse import config
from discourse.run.runner import notebook_paths

FIGURES = [
    "01-article-lengths",
    "02-types-by-level",
    "02-parts-of-speech",
    "03-top-lemmas",
    "03-lemma-wordcloud",
    "03-dispersion",
    "04-collocation-network",
    "05-keyness-reference",
    "06-frame-profile",
    "07-actor-network",
    "07-who-speaks",
]
MULTI_OUTLET_FIGURES = ["05-keyness-outlets", "09-frames-by-outlet", "06-inductive-frame-map"]
TABLES = {
    "01-documents": ["doc_id", "title", "outlet", "removed", "is_duplicate"],
    "02-lemma-review": ["form", "lemma", "reason", "frequency"],
    "03-lemma-frequency": ["feature", "frequency", "per_10k", "rank", "docfreq", "range"],
    "03-dispersion": ["feature", "DP", "DPnorm", "D_juilland"],
    "04-concordance": ["query", "doc_id", "left", "node", "right", "start", "end"],
    "04-collocates": ["node", "collocate", "O11", "E11", "MI", "log_dice", "G2"],
    "05-keyness-reference": ["feature", "LL", "p", "log_ratio", "direction"],
    "06-frame-profile": ["frame", "label", "hits", "per_1000", "para_share"],
    "06-frame-evidence": ["frame", "cue", "match", "sentence", "start", "end"],
    "07-actors": ["actor", "mentions", "found"],
    "07-statements": ["speaker", "verb", "direct", "statement"],
    "08-stance": ["doc_id", "para_id", "hedging", "question"],
    "06-entman": ["function", "cues", "sentence"],
}


def check_outputs(out: Path, figures, tables):
    for name in figures:
        pdf, svg, png = (out / "figures" / f"{name}.{ext}" for ext in ("pdf", "svg", "png"))
        assert pdf.read_bytes()[:4] == b"%PDF", name
        assert b"<svg" in svg.read_bytes()[:2000], name
        with Image.open(png) as im:
            assert im.format == "PNG" and im.width > 300, name
    for name, cols in tables.items():
        df = pd.read_csv(out / "tables" / f"{name}.csv", encoding="utf-8-sig")
        assert len(df) > 0, name
        assert set(cols) <= set(df.columns), (name, set(cols) - set(df.columns))
    for nb in notebook_paths():
        executed = json.loads((out / "notebooks" / nb.name).read_text(encoding="utf-8"))
        for cell in executed["cells"]:
            for o in cell.get("outputs", []):
                assert o.get("output_type") != "error", (nb.name, o.get("ename"))


def test_notebooks_are_paired_and_committed_without_outputs():
    nbs = notebook_paths()
    assert [p.name[:2] for p in nbs] == ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"]
    for nb in nbs:
        data = json.loads(nb.read_text(encoding="utf-8"))
        assert not any(c.get("outputs") for c in data["cells"]), nb.name
        first_code = next(c for c in data["cells"] if c["cell_type"] == "code")
        assert "parameters" in first_code["metadata"].get("tags", []), nb.name
        script = (nb.parent / "scripts" / f"{nb.stem}.py").read_text(encoding="utf-8")
        # every code cell of the notebook is in the paired script
        for c in data["cells"]:
            if c["cell_type"] == "code":
                assert "".join(c["source"]).strip() in script, (nb.name, "".join(c["source"])[:60])
        assert "def " not in script, f"{nb.name}: analysis logic belongs in the package"


def test_run_default_article(tmp_path):
    out = tmp_path / "reports"
    r = subprocess.run(
        [sys.executable, "-m", "discourse", "run", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=config.PROJ_ROOT,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert "all notebooks:" in r.stdout
    check_outputs(out, FIGURES, TABLES)
    frames = pd.read_csv(out / "tables" / "06-frame-profile.csv", encoding="utf-8-sig")
    assert {"conflict", "security_military", "sovereignty"} <= set(frames["frame"].head(5))
    # every table also as a right-to-left spreadsheet
    assert {p.stem for p in (out / "tables").glob("*.csv")} <= {
        p.stem for p in (out / "tables").glob("*.xlsx")
    }
    # the executed notebooks name no absolute path of this machine and print no Path objects,
    # and the kernel's transport notice is not repeated once per notebook
    assert "without encryption" not in r.stderr
    import re

    # every column of every table is explained in the glossary (frame ids are columns of one)
    glossary = set(
        re.findall(
            r"`([A-Za-z_0-9]+)`", (config.PROJ_ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
        )
    )
    for csv in (out / "tables").glob("*.csv"):
        if csv.stem != "07-actor-frame":
            cols = pd.read_csv(csv, nrows=0, encoding="utf-8-sig").columns
            assert set(cols) <= glossary, (csv.name, sorted(set(cols) - glossary))
    for nb in (out / "notebooks").glob("*.ipynb"):
        text = nb.read_text(encoding="utf-8")
        assert "PosixPath(" not in text, nb.name
        for root in (str(tmp_path), str(config.PROJ_ROOT)):  # relative paths (../…) are fine
            assert not re.search(r"(?<!\.\.)" + re.escape(root), text), (nb.name, root)


def test_run_refuses_an_unknown_parameter(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "discourse", "run", "--out", str(tmp_path), "-p", "no_such_parameter", "1"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and "no_such_parameter" in r.stderr


@needs_shared
def test_run_on_the_one_event_subset(tmp_path):
    out = tmp_path / "iran"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "discourse",
            "run",
            str(IRAN),
            "--id-field",
            "id",
            "--text-field",
            "content",
            "--outlet-field",
            "source",
            "--title-field",
            "title",
            "--date-field",
            "date_extracted",
            "--out",
            str(out),
            "-p",
            "nodes",
            '["إيران", "اتفاق", "نووي"]',
            "-p",
            "gold_path",
            str(SHARED / "gold" / "framing" / "saudinewsnet_dev.jsonl"),
        ],
        capture_output=True,
        text=True,
        cwd=config.PROJ_ROOT,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    check_outputs(
        out,
        FIGURES + MULTI_OUTLET_FIGURES + ["10-frame-precision"],
        {
            **TABLES,
            "05-keyness-outlets": ["feature", "LL", "outlet"],
            "09-frame-prominence": ["group", "frame", "value", "ci_low", "ci_high"],
            "06-inductive-frames": ["frame", "top_lemmas", "typical_docs"],
            "09-frame-group-tests": ["frame", "lr", "p", "p_holm", "reason"],
            "10-validation-frames": ["frame", "precision", "precision_low", "recall", "alpha_kit"],
            "10-classifier": ["frame", "precision", "recall", "f1"],
        },
    )
    assert (out / "tables" / "10-coding-sheet.xlsx").exists() and (
        out / "tables" / "10-frames-pruned.yaml"
    ).exists()
    docs = pd.read_csv(out / "tables" / "01-documents.csv", encoding="utf-8-sig")
    assert len(docs) == 592 and docs["outlet"].nunique() == 12
    # the 2015 coverage: roles resolve to the office holders of July 2015
    actors = pd.read_csv(out / "tables" / "07-actors.csv", encoding="utf-8-sig")
    top = actors["actor"].head(25).tolist()
    assert {"obama", "kerry", "zarif", "rouhani"} <= set(top) and "kadhimi" not in set(actors["actor"])
    mentions = pd.read_csv(out / "tables" / "07-actor-mentions.csv", encoding="utf-8-sig")
    president = mentions[mentions["role"] == "role:us_president"]
    assert (president["actor"] == "obama").mean() > 0.9


def test_a_kernel_slow_to_start_is_waited_for(tmp_path, monkeypatch):
    """One of .ci/run's main-job tests failed with "Kernel didn't respond in 60 seconds", two
    workers starting kernels at once on two cores (0.4.34): the runner asks papermill to wait
    longer than its default minute for a kernel to start."""
    import shutil

    import papermill as pm

    from discourse.run import runner

    seen = []

    def execute(nb, target, **kw):  # no kernel: the notebook is copied as if run
        seen.append(kw)
        shutil.copy(nb, target)

    monkeypatch.setattr(pm, "execute_notebook", execute)
    first = notebook_paths()[0]
    runner.run_notebooks(out=tmp_path / "out", only=[first.stem])
    assert seen and all(kw["start_timeout"] >= 300 for kw in seen)


def test_a_kernel_that_dies_while_starting_is_started_again(tmp_path, monkeypatch, capsys):
    """.ci/run once failed with "Kernel died before replying to kernel_info" (0.4.62): a
    kernel's port taken by another process between jupyter_client choosing it and the kernel
    binding it. No cell has run then, so the runner starts the notebook again and says so;
    a kernel that keeps dying, or any other error, is raised."""
    import shutil

    import papermill as pm

    from discourse.run import runner

    calls = []

    def dies_once(nb, target, **kw):
        calls.append(nb)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        shutil.copy(nb, target)

    monkeypatch.setattr(pm, "execute_notebook", dies_once)
    first = notebook_paths()[0]
    written = runner.run_notebooks(out=tmp_path / "out", only=[first.stem])
    assert len(calls) == 2 and [w.name for w in written] == [first.name]
    assert "the kernel died while starting" in capsys.readouterr().out

    for message, tries in [
        ("Kernel died before replying to kernel_info", 1 + runner._KERNEL_START_RETRIES),
        ("something else", 1),
    ]:

        def fails(nb, target, message=message, **kw):
            calls.append(nb)
            raise RuntimeError(message)

        calls.clear()
        monkeypatch.setattr(pm, "execute_notebook", fails)
        with pytest.raises(RuntimeError, match=message):
            runner.run_notebooks(out=tmp_path / f"out{tries}", only=[first.stem])
        assert len(calls) == tries
