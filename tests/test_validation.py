"""The frame validation loop: sample, code, report (Wilson, recall, Krippendorff's α), prune, learn."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from helpers import IRAN, SHARED, needs_shared

import discourse as dc


@pytest.fixture(scope="module")
def units(seed_tokens, seed_docs):
    hits = dc.frame_hits(seed_tokens, seed_docs)
    return dc.frame_units(seed_tokens, seed_docs, hits)


def test_wilson_equals_statsmodels():
    from statsmodels.stats.proportion import proportion_confint

    for k, n in [(8, 10), (0, 5), (30, 30), (17, 53)]:
        assert dc.wilson(k, n) == pytest.approx(proportion_confint(k, n, method="wilson"), abs=1e-9)


def test_frame_units_one_row_per_sentence_with_the_kits_labels(units, seed_tokens):
    assert len(units) == seed_tokens.groupby(["doc_id", "sent_id"]).ngroups
    assert {"kit_diplomacy", "cues_diplomacy", "before", "after"} <= set(units.columns)
    row = units[units["kit_diplomacy"] == 1].iloc[0]
    assert row["cues_diplomacy"] and row["sentence"]


def test_sample_is_stratified_reproducible_and_a_right_to_left_sheet(units, tmp_path):
    from openpyxl import load_workbook

    s1 = dc.validation_sample(units, n=3, seed=1, path=tmp_path / "sheet")
    s2 = dc.validation_sample(units, n=3, seed=1)
    assert s1.drop(columns="unit").equals(s2.drop(columns="unit"))
    d = s1[s1["frame"] == "diplomacy"]
    assert (d["kit"] == 1).sum() == 3 and (d["kit"] == 0).sum() == 3
    assert d.loc[d["kit"] == 1, "stratum_size"].iloc[0] == int(units["kit_diplomacy"].sum())
    wb = load_workbook(tmp_path / "sheet.xlsx")
    ws = wb["coding"]
    assert ws.sheet_view.rightToLeft and ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:3] == ["unit", "frame", "kit"] and "coder_1" in header
    sentences = [r[header.index("sentence")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert sentences == s1["sentence"].tolist()  # Arabic intact
    assert (tmp_path / "sheet.csv").exists()


def test_formula_like_cells_are_neutralised(tmp_path):
    from openpyxl import load_workbook

    df = pd.DataFrame({"title": ['=HYPERLINK("x")', "+1", "عادي"]})
    dc.write_xlsx(df, tmp_path / "t.xlsx")
    cells = [r[0] for r in load_workbook(tmp_path / "t.xlsx").active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == ['=HYPERLINK("x")', "+1", "عادي"]
    assert [c.data_type for c in cells] == ["s", "s", "s"]  # text, not a formula
    assert cells[0].quotePrefix and cells[1].quotePrefix


def _coded():
    # frame f: kit labels 10 sentences (stratum 100) of which coders say 8 carry it; of 10
    # sentences the kit does not label (stratum 900) coders say 1 carries it
    rows = []
    for i in range(10):
        rows.append(
            {
                "frame": "f",
                "kit": 1,
                "stratum_size": 100,
                "doc_id": "d",
                "sent_id": i,
                "cues": "حرب" if i < 5 else "نزاع",
                "coder_1": float(i < 8),
                "coder_2": float(i < 7),
            }
        )
    for i in range(10):
        rows.append(
            {
                "frame": "f",
                "kit": 0,
                "stratum_size": 900,
                "doc_id": "d",
                "sent_id": 10 + i,
                "cues": "",
                "coder_1": float(i == 0),
                "coder_2": float(i == 0),
            }
        )
    return pd.DataFrame(rows)


def test_report_by_hand():
    rep = dc.validation_report(_coded())
    f = rep["frames"].iloc[0]
    assert f["precision"] == pytest.approx(0.8)
    assert (f["precision_low"], f["precision_high"]) == pytest.approx(dc.wilson(8, 10))
    # TP ≈ 0.8·100 = 80, FN ≈ 0.1·900 = 90 → recall 80/170
    assert f["recall"] == pytest.approx(80 / 170)
    assert f["f1"] == pytest.approx(2 * 0.8 * (80 / 170) / (0.8 + 80 / 170))
    cues = rep["cues"].set_index("cue")
    assert cues.loc["حرب", "precision"] == 1.0 and cues.loc["نزاع", "precision"] == pytest.approx(0.6)


def test_krippendorff_alpha_by_hand():
    # two coders, nominal: D_o = disagreements / pairable values, D_e from the pooled values
    coded = _coded()
    rep = dc.validation_report(coded)
    a = coded["coder_1"].to_numpy()
    b = coded["coder_2"].to_numpy()
    n = 2 * len(a)
    disagree = np.sum(a != b)
    n1 = np.sum(a) + np.sum(b)
    n0 = n - n1
    d_o = 2 * disagree / n
    d_e = 2 * n1 * n0 / (n * (n - 1))
    assert rep["frames"].iloc[0]["alpha_coders"] == pytest.approx(1 - d_o / d_e)


def test_coder_cells_other_than_0_1_are_refused(tmp_path):
    bad = _coded()
    bad["coder_1"] = bad["coder_1"].astype(object)
    bad.loc[3, "coder_1"] = "yes"
    bad.to_csv(tmp_path / "c.csv", index=False)
    with pytest.raises(ValueError, match=r"row 5, column coder_1: 'yes'"):
        dc.read_coding_sheet(tmp_path / "c.csv")


def test_prune_drops_the_rejected_cues(tmp_path):
    lex = tmp_path / "frames.yaml"
    lex.write_text(
        "frames:\n  - id: f\n    label: F\n    cues: [{cue: حرب}, {cue: نزاع}, {cue: صراع}]\n",
        encoding="utf-8",
    )
    rep = {
        "cues": pd.DataFrame(
            {
                "frame": ["f", "f"],
                "cue": ["حرب", "نزاع"],
                "n": [6, 6],
                "precision": [0.9, 0.2],
                "low": [0, 0],
                "high": [1, 1],
            }
        )
    }
    dropped = dc.prune_lexicon(lex, rep, tmp_path / "pruned.yaml", min_precision=0.5)
    assert dropped["cue"].tolist() == ["نزاع"]
    pruned = dc.load_frames(tmp_path / "pruned.yaml")
    assert [c.text for c in pruned.cues] == ["حرب", "صراع"]
    assert "نزاع (precision 0.20 in 6 sentences)" in (tmp_path / "pruned.yaml").read_text(encoding="utf-8")


@needs_shared
def test_the_loop_on_the_dev_gold_with_a_classifier():
    gold = [
        json.loads(line)
        for line in (SHARED / "gold" / "framing" / "saudinewsnet_dev.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    docs = dc.read_corpus(IRAN, id_field="id", text_field="content")
    docs = docs[docs["doc_id"].isin({a["doc_id"] for a in gold})].reset_index(drop=True)
    tokens = dc.tokenize(docs, progress=False)
    units = dc.frame_units(tokens, docs, dc.frame_hits(tokens, docs))
    sample = dc.validation_sample(units, n=1000)  # every annotated sentence
    coded = dc.coded_from_gold(sample, gold, docs, tokens)
    assert coded["coder_1"].notna().sum() > 100
    rep = dc.validation_report(coded)["frames"].set_index("frame")
    assert 0.4 < rep.loc["diplomacy", "precision"] <= 1 and not np.isnan(rep.loc["diplomacy", "alpha_kit"])
    clf = dc.train_frame_classifier(coded, tokens)
    r = clf.report.set_index("frame")
    assert r["f1"].notna().sum() >= 3 and r["f1"].max() > 0.5
