"""`discourse prepare`: the command, its outputs, and reuse of prepared tables."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
from helpers import IRAN, needs_shared

from discourse.run.cli import main
from discourse.run.pipeline import load_prepared, prepare


def test_prepare_command_default_corpus(tmp_path, capsys):
    out = tmp_path / "prep"
    assert main(["prepare", "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    docs = pd.read_parquet(out / "documents.parquet")
    toks = pd.read_parquet(out / "tokens.parquet")
    assert len(docs) == 1 and len(toks) == 862
    words = toks[~toks.is_punct]
    assert line.startswith(f"1 documents, 862 tokens, {words.norm.nunique()} types, ")
    assert line.count("\n") == 0 and " s -> " in line


def test_prepare_reuses_up_to_date_tables(tmp_path):
    first = prepare(out_dir=tmp_path, progress=False)
    assert not first.reused
    second = prepare(out_dir=tmp_path, progress=False)
    assert second.reused
    pd.testing.assert_frame_equal(first.tokens, second.tokens)
    third = prepare(out_dir=tmp_path, progress=False, split_clitics=True)  # options changed
    assert not third.reused and "word_id" in third.tokens
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["split_clitics"] is True


def test_prepare_bad_input_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "t.csv"
    bad.write_text("headline\nعنوان\n", encoding="utf-8")
    assert main(["prepare", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "t.csv: no text column found" in err
    with pytest.raises(FileNotFoundError, match="Run `discourse prepare"):
        load_prepared(tmp_path / "nothing")


def test_console_script_is_installed(tmp_path):
    exe = [sys.executable, "-m", "discourse"]
    r = subprocess.run(exe + ["prepare", "--out", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("1 documents, 862 tokens")


@needs_shared
def test_prepare_jsonl_corpus_with_field_options(tmp_path, capsys):
    rc = main(
        [
            "prepare",
            str(IRAN),
            "--out",
            str(tmp_path),
            "--id-field",
            "id",
            "--text-field",
            "content",
            "--outlet-field",
            "source",
            "--title-field",
            "title",
        ]
    )
    assert rc == 0
    rows = [json.loads(line) for line in IRAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = pd.read_parquet(tmp_path / "documents.parquet")
    toks = pd.read_parquet(tmp_path / "tokens.parquet")
    assert docs.doc_id.tolist() == [str(r["id"]) for r in rows]
    assert docs.outlet.tolist() == [r["source"] for r in rows]
    assert set(toks.doc_id) <= set(docs.doc_id)
    assert capsys.readouterr().out.startswith(f"{len(rows)} documents, {len(toks)} tokens")
