"""Frequency, dispersion, concordance, collocation and keyness: hand-computed values and NLTK."""

from __future__ import annotations

import json
import math
import re
import zipfile

import numpy as np
import pandas as pd
import pytest
from helpers import SAUDI, needs_shared
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from discourse.stats.collocation import association_measures, collocates, collocation_network, collocations
from discourse.stats.dispersion import dispersion, dispersion_positions
from discourse.stats.frequency import add_period, frequency, ngrams
from discourse.stats.keyness import ReferenceList, keyness, keyness_measures, read_reference
from discourse.stats.kwic import kwic


def toy(words_by_doc: dict[str, str], stops=("في", "من")) -> pd.DataFrame:
    """A hand-made token table: one sentence per '.'-separated chunk, lemma = token."""
    rows = []
    for doc, text in words_by_doc.items():
        sent, tok_id, pos = 0, 0, 0
        for w in text.split():
            rows.append(
                {
                    "doc_id": doc,
                    "para_id": 0,
                    "sent_id": sent,
                    "tok_id": tok_id,
                    "token": w,
                    "norm": w,
                    "lemma": w,
                    "is_punct": w == ".",
                    "is_stop": w in stops,
                    "is_num": w.isdigit(),
                    "start": pos,
                    "end": pos + len(w),
                }
            )
            pos += len(w) + 1
            tok_id += 1
            if w == ".":
                sent += 1
    return pd.DataFrame(rows)


DOCS = {
    "d1": "حوار في العراق . حوار العراق مع واشنطن .",
    "d2": "واشنطن و العراق في حوار .",
    "d3": "انسحاب القوات من العراق .",
}
TOK = toy(DOCS)


# -- frequency ----------------------------------------------------------------------------------
def test_frequency_by_hand():
    f = frequency(TOK).set_index("feature")
    # word tokens (no '.'): d1 7, d2 5, d3 4 -> 16
    assert f.loc["العراق", "frequency"] == 4 and f.loc["حوار", "frequency"] == 3
    assert f.loc["العراق", "per_10k"] == pytest.approx(4 / 16 * 10_000)
    assert f.loc["العراق", "rank"] == 1 and f.loc["حوار", "rank"] == 2
    assert f.loc["واشنطن", "rank"] == 3 and f.loc["في", "rank"] == 3  # ties share a rank
    assert f.loc["حوار", "docfreq"] == 2 and f.loc["حوار", "range"] == pytest.approx(2 / 3)
    assert "." not in f.index
    g = frequency(TOK, remove_stop=True).set_index("feature")
    assert "في" not in g.index and g.loc["العراق", "per_10k"] == pytest.approx(4 / 16 * 10_000)


def test_frequency_input_untouched_and_errors():
    before = TOK.copy()
    frequency(TOK, group="doc_id")
    pd.testing.assert_frame_equal(TOK, before)
    with pytest.raises(TypeError, match="not a string"):
        frequency("العراق")
    with pytest.raises(KeyError, match="roots=True"):
        frequency(TOK, by="root")
    with pytest.raises(KeyError, match="pass docs="):
        frequency(TOK, group="outlet")


def test_grouped_frequency_by_document_column():
    docs = pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"],
            "outlet": ["a", "b", "a"],
            "date": pd.to_datetime(["2021-07-01", "2021-07-20", "2021-08-02"]),
        }
    )
    f = frequency(TOK, group="outlet", docs=docs)
    a = f[f.group == "a"].set_index("feature")
    assert a.loc["العراق", "frequency"] == 3 and a.loc["العراق", "per_10k"] == pytest.approx(3 / 11 * 1e4)
    assert a.loc["العراق", "range"] == 1.0
    assert f.groupby("group").frequency.sum().to_dict() == {"a": 11, "b": 5}
    p = frequency(TOK, group="period", docs=add_period(docs))
    assert set(p.group) == {"2021-07", "2021-08"}


def test_ngrams_stay_inside_sentences_and_skip_stop_only():
    g = ngrams(TOK, 2).set_index("feature")
    assert g.loc["حوار العراق", "frequency"] == 1
    assert "العراق حوار" not in g.index  # across the '.' in d1
    assert "حوار في" in g.index
    t = toy({"x": "من في العراق ."})
    assert "من في" not in ngrams(t, 2).feature.tolist()
    assert "من في" in ngrams(t, 2, skip_stop_only=False).feature.tolist()
    assert ngrams(TOK, 3).set_index("feature").loc["حوار العراق مع", "frequency"] == 1


@needs_shared
def test_grouped_frequency_on_saudinewsnet_sums_to_corpus_total(lemmatizer):
    from discourse.io.corpus import read_corpus
    from discourse.text.tokenize import tokenize

    with zipfile.ZipFile(SAUDI / "2015-07-21.zip") as zf:
        articles = json.loads(zf.read(zf.namelist()[0]))
    sample = [a for a in articles if a["source"] in ("sabq", "okaz", "alwatan")][:60]
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "s.json"
        p.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
        docs = read_corpus(p, text_field="content", outlet_field="source")
    tok = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    per = frequency(tok, group="outlet", docs=docs)
    overall = frequency(tok)
    assert per.frequency.sum() == overall.frequency.sum() == (~tok.is_punct).sum()
    by_outlet = per.groupby("group").frequency.sum()
    tok_outlet = tok.doc_id.map(docs.set_index("doc_id").outlet)
    assert by_outlet.to_dict() == tok_outlet[~tok.is_punct].value_counts().to_dict()


# -- dispersion ---------------------------------------------------------------------------------
def test_dispersion_by_hand():
    d = dispersion(TOK, ["حوار", "العراق", "انسحاب"]).set_index("feature")
    s = np.array([7, 5, 4]) / 16
    # حوار: 2, 1, 0 of 3
    p = np.array([2, 1, 0]) / 3
    dp = 0.5 * np.abs(p - s).sum()
    assert d.loc["حوار", "DP"] == pytest.approx(dp)
    assert d.loc["حوار", "DPnorm"] == pytest.approx(dp / (1 - 4 / 16))
    r = np.array([2 / 7, 1 / 5, 0 / 4])
    assert d.loc["حوار", "D_juilland"] == pytest.approx(1 - (r.std() / r.mean()) / math.sqrt(2))
    # العراق: 2, 1, 1
    p = np.array([2, 1, 1]) / 4
    assert d.loc["العراق", "DP"] == pytest.approx(0.5 * np.abs(p - s).sum())
    assert d.loc["انسحاب", "parts_with"] == 1 and d.loc["انسحاب", "n_parts"] == 3


def test_dispersion_equal_slices_and_positions():
    t = toy({"x": "أ ب أ ب أ ب أ ب"})
    d = dispersion(t, ["أ"], parts=4).iloc[0]
    assert d.DP == pytest.approx(0.0) and d.D_juilland == pytest.approx(1.0)
    pos = dispersion_positions(t, "ب")
    assert pos.position.tolist() == pytest.approx([1 / 7, 3 / 7, 5 / 7, 1.0])


# -- concordance --------------------------------------------------------------------------------
def test_kwic_slices_back_to_the_source_text(seed_docs, seed_tokens):
    text = seed_docs.text[0]
    lines = kwic(seed_tokens, seed_docs, "انسحاب", by="lemma", window=4)
    assert len(lines) == (seed_tokens.lemma == "انسحاب").sum() >= 5
    for r in lines.itertuples():
        assert text[r.start : r.end] == r.node
        assert text[r.left_start : r.start] == r.left and text[r.end : r.right_end] == r.right
    phrase = kwic(seed_tokens, seed_docs, "الحوار الاستراتيجي", by="token")
    assert len(phrase) == text.count("الحوار الاستراتيجي") and (phrase.node == "الحوار الاستراتيجي").all()
    rx = kwic(seed_tokens, seed_docs, r"ال.*ية", by="token", regex=True)
    assert all(n.startswith("ال") and n.endswith("ية") for n in rx.node)
    by_norm = kwic(seed_tokens, seed_docs, "الامريكية", by="norm")  # no hamza in the query
    assert set(by_norm.node) == {"الأمريكية"}
    assert len(by_norm) == len(re.findall(r"(?<!\w)الأمريكية(?!\w)", text)) == 6


def test_kwic_sort_and_contexts():
    docs = pd.DataFrame({"doc_id": list(DOCS), "text": list(DOCS.values())})
    lines = kwic(TOK, docs, "العراق", by="token", window=2, sort="R1")
    assert lines.R1.tolist() == sorted(lines.R1.tolist())
    first = kwic(TOK, docs, "العراق", by="token", window=2).iloc[0]
    assert first.L1 == "في" and first.L2 == "حوار" and first.R1 == "حوار"  # '.' is skipped in L/R


def test_kwic_html_is_rtl(seed_docs, seed_tokens):
    from discourse.viz.notebook import kwic_html, rtl

    h = kwic_html(kwic(seed_tokens, seed_docs, "الكاظمي", by="token")).data
    assert 'dir="rtl"' in h and h.count("<mark>الكاظمي</mark>") == 13
    assert "direction" in rtl(seed_tokens.head()).to_html()


# -- collocation --------------------------------------------------------------------------------
@pytest.mark.parametrize("window", [2, 3, 5])
def test_collocation_scores_equal_nltk(seed_tokens, window):
    words = seed_tokens.loc[~seed_tokens.is_punct, "lemma"].tolist()
    finder = BigramCollocationFinder.from_words(words, window_size=window)
    bam = BigramAssocMeasures
    ours = collocations(seed_tokens, window=window, boundary=None).set_index(["w1", "w2"])
    assert len(ours) == len(finder.ngram_fd)
    for ours_col, fn in [
        ("MI", bam.pmi),
        ("G2", bam.likelihood_ratio),
        ("t_score", bam.student_t),
        ("dice", bam.dice),
        ("chi2", bam.chi_sq),
    ]:
        theirs = dict(finder.score_ngrams(fn))
        got = ours[ours_col]
        diff = max(abs(got[k] - v) for k, v in theirs.items())
        assert diff < 1e-9, (ours_col, diff)


def test_association_measures_by_hand():
    # O11=10, R1=20, C1=40, N=1000 -> E11 = 0.8
    m = association_measures([10], [20], [40], [1000]).iloc[0]
    assert m.E11 == pytest.approx(0.8)
    assert m.MI == pytest.approx(math.log2(12.5))
    assert m.MI3 == pytest.approx(math.log2(1000 / 0.8))
    assert m.t_score == pytest.approx(9.2 / math.sqrt(10))
    assert m.z_score == pytest.approx(9.2 / math.sqrt(0.8))
    assert m.dice == pytest.approx(20 / 60) and m.log_dice == pytest.approx(14 + math.log2(1 / 3))
    assert m.log_ratio == pytest.approx(math.log2((10 / 20) / (30 / 980)))
    assert m.delta_p_21 == pytest.approx(10 / 20 - 30 / 980)
    assert m.delta_p_12 == pytest.approx(10 / 40 - 10 / 960)
    o = [10, 10, 30, 950]
    e = [0.8, 19.2, 39.2, 940.8]
    assert m.G2 == pytest.approx(2 * sum(a * math.log(a / b) for a, b in zip(o, e)))
    assert m.chi2 == pytest.approx(sum((a - b) ** 2 / b for a, b in zip(o, e)))


def test_window_collocates_by_hand():
    t = toy({"x": "أ ب ج . ب د ب", "y": "ج ب ه"})
    c = collocates(t, "ب", left=1, right=1, min_count=1).set_index("collocate")
    # ب at x:1, x:4, x:6, y:1 ; windows within sentence: x:1 -> أ, ج ; x:4 -> د (left is '.' boundary)
    # x:6 -> د ; y:1 -> ج, ه   => window positions 6
    assert c.loc["د", "O11"] == 2 and c.loc["د", "O_left"] == 1 and c.loc["د", "O_right"] == 1
    assert c.loc["ج", "O11"] == 2 and (c.window_size == 6).all()
    n = 9  # word tokens
    assert c.loc["د", "E11"] == pytest.approx(6 * 1 / n)
    assert c.loc["د", "MI"] == pytest.approx(math.log2(2 / (6 / n)))
    across = collocates(t, "ب", left=1, right=1, min_count=1, cross_sentences=True)
    assert across.window_size.iloc[0] == 7  # x:4 now also sees ج across the boundary
    g = collocation_network(c.reset_index(), top=3, min_mi=-math.inf, max_p=1.1, min_count=1)
    assert g.number_of_edges() == 3 and all("ب" in e for e in g.edges)
    strict = collocation_network(c.reset_index(), top=3)  # default: above chance only
    table = c.reset_index().set_index("collocate")
    others = [a if b == "ب" else b for a, b in strict.edges]
    assert all(
        table.loc[o, "MI"] > 0 and table.loc[o, "p_g2"] < 0.05 and table.loc[o, "O11"] >= 2 for o in others
    )
    assert strict.number_of_edges() < 3


# -- keyness ------------------------------------------------------------------------------------
def test_keyness_measures_by_hand():
    m = keyness_measures([30, 0], [10, 8], [1000, 1000], [1000, 2000])
    e1, e2 = 20, 20
    assert m.LL[0] == pytest.approx(2 * (30 * math.log(30 / e1) + 10 * math.log(10 / e2)))
    assert m.p[0] == pytest.approx(math.erfc(math.sqrt(m.LL[0] / 2)))  # χ²(1) tail, by hand
    cells_o = [30, 10, 970, 990]
    cells_e = [20, 20, 980, 980]
    assert m.chi2[0] == pytest.approx(sum((o - e) ** 2 / e for o, e in zip(cells_o, cells_e)))
    assert m.log_ratio[0] == pytest.approx(math.log2(3))
    assert m.pct_diff[0] == pytest.approx(200.0)
    # zero in the target: log ratio with 0.5, direction negative
    assert m.log_ratio[1] == pytest.approx(math.log2((0.5 / 1000) / (8 / 2000)))
    assert m.direction.tolist() == ["+", "-"]


def test_keyness_groups_and_reference_list(tmp_path):
    docs = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "outlet": ["a", "b", "b"]})
    k = keyness(TOK, group="outlet", target="a", docs=docs, keep_all=True).set_index("feature")
    # a: d1 (7 words): حوار 2, العراق 2 ; rest: d2+d3 (9 words): حوار 1, العراق 2
    exp = keyness_measures([2], [1], [7], [9]).iloc[0]
    assert k.loc["حوار", "LL"] == pytest.approx(exp.LL)
    assert k.loc["انسحاب", "direction"] == "-" and k.loc["انسحاب", "freq_target"] == 0
    ref = tmp_path / "ref.tsv"
    ref.write_text("feature\tfrequency\nالعراق\t10\nحوار\t990\n", encoding="utf-8")
    rl = read_reference(ref)
    assert rl.total == 1000 and isinstance(rl, ReferenceList)
    k2 = keyness(TOK, by="norm", reference=rl, keep_all=True).set_index("feature")
    assert k2.loc["العراق", "LL"] == pytest.approx(keyness_measures([4], [10], [16], [1000]).LL[0])
    strict = keyness(TOK, by="norm", reference=rl)
    assert (strict.p < 0.0001).all()
    with pytest.raises(ValueError, match="No token has outlet"):
        keyness(TOK, group="outlet", target="zzz", docs=docs)


# -- categorical token tables -------------------------------------------------------------------
def test_analyses_on_categorical_columns_equal_plain_strings(seed_docs, seed_tokens):
    """The kit's token tables hold strings as categoricals; a subset keeps categories no row
    uses. Every analysis must give what it gives on plain string columns: no zero rows."""
    sub = seed_tokens[seed_tokens["para_id"] >= 3].reset_index(drop=True)
    cats = [c for c in sub.columns if isinstance(sub[c].dtype, pd.CategoricalDtype)]
    assert {"token", "norm", "lemma", "doc_id", "pos"} <= set(cats)
    unused = set(sub["lemma"].cat.categories) - set(sub["lemma"])
    assert unused, "the subset should leave some categories unused"
    plain = sub.astype({c: str for c in cats})

    def same(a, b):
        a = a.astype({c: str for c in a.columns if isinstance(a[c].dtype, pd.CategoricalDtype)})
        b = b.astype({c: str for c in b.columns if isinstance(b[c].dtype, pd.CategoricalDtype)})
        pd.testing.assert_frame_equal(a, b)

    freq = frequency(sub, by="lemma", remove_stop=True)
    assert (freq["frequency"] > 0).all() and not set(freq["feature"]) & unused
    same(freq, frequency(plain, by="lemma", remove_stop=True))
    same(ngrams(sub, 2), ngrams(plain, 2))
    same(ngrams(sub, 3, by="norm"), ngrams(plain, 3, by="norm"))
    node = freq["feature"].iloc[0]
    same(collocates(sub, node, left=4, right=4), collocates(plain, node, left=4, right=4))
    same(collocations(sub, window=3), collocations(plain, window=3))
    same(
        kwic(sub, seed_docs, node, by="lemma", sort="L1"), kwic(plain, seed_docs, node, by="lemma", sort="L1")
    )
    half = sub["sent_id"] < sub["sent_id"].median()
    k = keyness(sub.assign(half=half), group="half", target=True, keep_all=True)
    assert ((k["freq_target"] + k["freq_reference"]) > 0).all()
    same(k, keyness(plain.assign(half=half), group="half", target=True, keep_all=True))


def test_ngram_text_is_joined_from_its_items():
    grams = ngrams(TOK, 2, skip_stop_only=False)
    by_hand = {
        "حوار في": 1,
        "في العراق": 1,
        "العراق في": 1,
        "حوار العراق": 1,
        "العراق مع": 1,
        "مع واشنطن": 1,
        "واشنطن و": 1,
        "و العراق": 1,
        "في حوار": 1,
        "انسحاب القوات": 1,
        "القوات من": 1,
        "من العراق": 1,
    }
    assert dict(zip(grams["feature"], grams["frequency"])) == by_hand
