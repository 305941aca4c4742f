"""Bad input and hostile files: links out of the corpus, YAML alias bombs, formulas in tables."""

from __future__ import annotations

import os
import time

import pandas as pd
import pytest

import discourse as dc
from discourse.errors import DiscourseWarning, LexiconError


def test_links_out_of_the_corpus_folder_are_not_followed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("خبر عادي عن الطقس في المدينة اليوم.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("كلمة سر لا ينبغي أن تقرأ.", encoding="utf-8")
    os.symlink(secret, corpus / "b.txt")
    with pytest.warns(DiscourseWarning, match="outside the corpus folder"):
        docs = dc.read_corpus(corpus)
    assert len(docs) == 1 and "سر" not in docs["text"].iloc[0]
    assert len(dc.read_corpus(corpus, follow_links=True)) == 2      # when asked for


def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path):
    bomb = ["frames: &a [x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for k in "bcdefghij":
        bomb.append(f"{k}: &{k} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
        prev = k
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(bomb) + "\n", encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(LexiconError, match="bomb.yaml.*alias"):
        dc.load_frames(path)
    assert time.perf_counter() - t < 5


def test_formulas_in_saved_tables_are_neutralised(tmp_path):
    df = pd.DataFrame({"title": ["=cmd|' /C calc'!A0", "+1+1", "@SUM(1)", "-2", "عادي"],
                       "n": [1, 2, 3, -4, 5]})
    df["cat"] = pd.Categorical(["=x", "y", "z", "w", "v"])
    dc.save_table(df, "t", folder=tmp_path, tex=False)
    back = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", dtype=str)
    assert back["title"].tolist() == ["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(1)", "'-2", "عادي"]
    assert back["n"].tolist() == ["1", "2", "3", "-4", "5"]          # numbers stay numbers
    assert back["cat"].iloc[0] == "'=x"
