"""The main job on corpora of any shape, and results that never mislead in silence: empty
results warn with the reason and what does exist, keyness compares like with like, networks
draw only associations above chance with labels that do not collide."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from corpus_matrix import MATRIX
from test_notebooks import FIGURES

import discourse as dc
from discourse import config
from discourse.errors import EmptyResultWarning
from discourse.io.clean import parse_plain_article
from discourse.run.runner import not_shown, notebook_paths
from discourse.stats.collocation import association_measures
from discourse.viz.figures import overlapping_labels

# -- reading: a first line is a headline only when it looks like one ----------------------------


def test_one_line_article_is_all_body():
    a = parse_plain_article("سجلت درجات الحرارة ارتفاعا ملحوظا في معظم المناطق اليوم.\n")
    assert a.title is None and a.text.startswith("سجلت")
    two_sentences_one_line = "قال الوزير إن الاجتماع كان مثمرا. وأضاف أن المحادثات ستستمر"
    assert parse_plain_article(two_sentences_one_line).text == two_sentences_one_line


def test_headline_taken_when_set_off_or_asked():
    text = "الحكومة تعلن خطة جديدة للنقل\n\nأعلنت الحكومة اليوم خطة جديدة للنقل العام في المدن الكبرى."
    a = parse_plain_article(text)
    assert a.title == "الحكومة تعلن خطة جديدة للنقل" and a.text.startswith("أعلنت")
    # a first line ending like a sentence is the lead, not a headline
    lead = "أعلنت الحكومة خطة للنقل.\nوقال الوزير إن الخطة تبدأ الشهر المقبل."
    assert parse_plain_article(lead).title is None
    assert parse_plain_article(lead, headline=True).title == "أعلنت الحكومة خطة للنقل."
    assert parse_plain_article(text, headline=False).title is None


def test_read_corpus_headline_option(tmp_path):
    (tmp_path / "a.txt").write_text("خبر من سطر واحد عن الطقس اليوم\n", encoding="utf-8")
    docs = dc.read_corpus(tmp_path)
    assert docs.loc[0, "title"] is None and docs.loc[0, "n_chars"] > 0
    with pytest.warns(dc.errors.DiscourseWarning, match="only a headline"):  # asked for: said
        docs = dc.read_corpus(tmp_path, headline=True)
    assert docs.loc[0, "title"] == "خبر من سطر واحد عن الطقس اليوم"


def test_the_shipped_article_keeps_its_headline(seed_docs):
    assert seed_docs.loc[0, "title"].startswith("قبيل لقائه")
    assert seed_docs.loc[0, "author"] == "دعاء عبدالنبي"


# -- no silent empty result ---------------------------------------------------------------------


def test_kwic_that_finds_nothing_says_where_the_word_is(seed_docs, seed_tokens):
    with pytest.warns(
        EmptyResultWarning,
        match=r"'العراق' occurs 12 time\(s\) as a token; its "
        r"lemma is 'عراق'",
    ):
        lines = dc.kwic(seed_tokens, seed_docs, "العراق", by="lemma")
    assert (
        lines.empty
        and list(lines.columns) == dc.kwic(seed_tokens, seed_docs, "عراق", by="lemma").columns.tolist()
    )
    with pytest.warns(EmptyResultWarning, match="spelled alike: 'إيران'"):
        dc.kwic(seed_tokens, seed_docs, "ايران", by="lemma")
    with pytest.warns(EmptyResultWarning, match="each word occurs, but not in this order"):
        dc.kwic(seed_tokens, seed_docs, "واشنطن الكاظمي", by="token")
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmptyResultWarning)  # a query that finds lines is silent
        assert len(dc.kwic(seed_tokens, seed_docs, "عراق", by="lemma")) == 14


def test_collocates_that_find_nothing_say_why(seed_tokens):
    with pytest.warns(EmptyResultWarning, match="does not occur as a lemma.*its lemma is 'عراق'"):
        assert dc.collocates(seed_tokens, "العراق").empty
    with pytest.warns(EmptyResultWarning, match="occurs 14 time.*no collocate occurs 50 or more"):
        assert dc.collocates(seed_tokens, "عراق", min_count=50).empty


def test_resolve_items_maps_written_forms_to_lemmas(seed_tokens):
    with pytest.warns(EmptyResultWarning) as caught:
        got = dc.resolve_items(seed_tokens, ["الكاظمي", "العراق", "ايران", "كلمةغائبة"])
    assert got == ["الكاظمي", "عراق"]
    said = " ".join(str(w.message) for w in caught)
    assert "'العراق'" in said and "'ايران'" in said and "'كلمةغائبة'" in said


def test_empty_cue_tables_are_typed_and_framing_runs_without_cues():
    tokens = dc.tokenize(dc.read_corpus([config.RAW_DATA_DIR]), progress=False).iloc[:0]
    docs = dc.read_corpus()
    hits = dc.frame_hits(tokens, docs)
    assert hits.empty and hits["negated"].dtype == bool
    scores = dc.frame_scores(tokens, hits)
    assert scores.empty
    mentions = dc.actor_mentions(tokens, docs)
    assert dc.actor_frequencies(mentions).empty
    statements = dc.attributions(tokens, docs, mentions=mentions)
    assert statements.empty and statements["attributed"].dtype == bool
    assert dc.speaker_summary(statements, tokens).empty
    assert dc.stance_evidence(tokens, docs).empty


def test_frame_independence_gives_its_reason_instead_of_failing():
    scores = pd.DataFrame({"doc_id": ["a", "b"], "frame": ["conflict", "conflict"], "hits": [1, 2]})
    docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["x", "y"]})
    with pytest.warns(EmptyResultWarning, match="needs at least two"):
        test = dc.frame_independence(scores, docs)
    assert np.isnan(test["p"]) and "1 frame(s)" in test["reason"]


# -- keyness against a general reference: like with like ---------------------------------------


def test_keyness_folds_the_feature_to_the_references_spelling(tmp_path):
    tokens = pd.DataFrame(
        {
            "doc_id": "d",
            "tok_id": range(4),
            "is_punct": False,
            "is_stop": False,
            "lemma": ["إلى", "إلى", "أن", "بايدن"],
        }
    )
    ref = tmp_path / "ref.tsv"
    ref.write_text("الى\t800\nان\t400\nبايدن\t1\nمن\t99\n", encoding="utf-8")
    rl = dc.read_reference(ref, feature="lemma")
    k = dc.keyness(tokens, by="lemma", reference=rl, keep_all=True).set_index("feature")
    # إلى is counted against الى (800 of 1300), not against a reference frequency of 0
    assert k.loc["إلى", "freq_reference"] == 800 and k.loc["أن", "freq_reference"] == 400
    assert k.loc["إلى", "direction"] == "-" and k.loc["بايدن", "direction"] == "+"


def test_keyness_counts_a_form_list_by_lemma(tmp_path, lemmatizer):
    tokens = pd.DataFrame(
        {
            "doc_id": "d",
            "tok_id": range(3),
            "is_punct": False,
            "is_stop": False,
            "lemma": ["حكومة", "حكومة", "حوار"],
        }
    )
    ref = tmp_path / "forms.tsv"
    ref.write_text("الحكومة\t30\nوالحكومة\t10\nالحوار\t5\n", encoding="utf-8")
    rl = dc.read_reference(ref)
    lem = rl.as_lemmas(lemmatizer)
    assert lem.feature == "lemma" and lem.counts["حكومة"] == 40 and lem.total == rl.total
    k = dc.keyness(tokens, by="lemma", reference=rl, keep_all=True, lemmatizer=lemmatizer)
    assert k.set_index("feature").loc["حكومة", "freq_reference"] == 40


def test_keywords_of_the_shipped_article_against_general_arabic(seed_tokens):
    ref = dc.wordfreq_reference(100_000)
    key = dc.keyness(seed_tokens, by="norm", reference=ref, p_max=0.0001, min_count=3)
    top = key[key["direction"] == "+"]["feature"].head(12).tolist()
    # what the article is about, not function words spelled with hamza
    assert {"الكاظمي", "بايدن", "واشنطن", "العراق"} <= set(top)
    assert not {"إلى", "الى", "أن", "ان", "في"} & set(top)
    assert (key.loc[key["feature"].isin(["العراق", "الحوار"]), "freq_reference"] > 0).all()


# -- networks: only associations above chance, labels that do not collide -----------------------


def test_collocation_network_keeps_only_pairs_above_chance():
    o11 = np.array([8, 1, 3, 5])
    m = association_measures(o11, np.array([20, 200, 20, 20]), np.array([10, 500, 100, 10]), 1000)
    table = pd.concat(
        [
            pd.DataFrame(
                {"node": ["حوار", "حوار", "حوار", "حوار"], "collocate": ["استراتيجي", "في", "عراق", "حوار"]}
            ),
            m,
        ],
        axis=1,
    )
    assert table.loc[1, "MI"] < 0 and table.loc[2, "p_g2"] > 0.05  # below chance; not significant
    g = dc.collocation_network(table, top=10)
    assert set(g.edges()) == {("حوار", "استراتيجي")}  # no MI<0, no p>0.05, no self-loop
    edges = dc.network_edges(g)
    assert (
        edges.loc[0, "filter"].startswith("MI > 0, G² p < 0.05") and "3 of 4 pairs" in edges.loc[0, "filter"]
    )


def test_network_labels_do_not_overlap_on_the_shipped_article(seed_docs, seed_tokens):
    import matplotlib.pyplot as plt

    mentions = dc.actor_mentions(seed_tokens, seed_docs)
    cols = pd.concat(
        [
            dc.collocates(seed_tokens, n, min_count=2, remove_stop=True)
            for n in ("كاظمي", "عراق", "حوار")
            if (seed_tokens["lemma"] == n).any()
        ]
    )
    for graph in (dc.actor_network(mentions), dc.collocation_network(cols, top=36)):
        assert graph.number_of_nodes() >= 5
        ax = dc.plot_network(graph, title="t")
        assert overlapping_labels(ax, ax.texts) == []
        plt.close(ax.figure)


def test_network_without_edges_is_drawn_and_an_empty_one_refused():
    import matplotlib.pyplot as plt

    g = nx.Graph()
    g.add_nodes_from(
        [(i, {"label": w}) for i, w in enumerate(["الكاظمي", "الولايات المتحدة", "بايدن", "العراق"])]
    )
    ax = dc.plot_network(g)
    assert len(ax.texts) == 4 and overlapping_labels(ax, ax.texts) == []
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="no node"):
        dc.plot_network(nx.Graph())


def test_long_titles_wrap_at_words_and_value_axes_get_ticks():
    import matplotlib.pyplot as plt

    title = "Who speaks: words attributed to each source in the coverage of the visit"
    ax = dc.plot_bars(["أ", "ب"], [3, 57], title=title)
    shown = ax.get_title()
    assert "\n" in shown and shown.replace("\n", " ") == title
    ax.figure.canvas.draw()
    assert len([t for t in ax.get_xticks() if 0 <= t <= 57]) >= 3
    plt.close(ax.figure)


def test_an_axis_of_small_counts_has_whole_number_ticks():
    """A corpus of one sentence: every lemma once. No tick at a quarter of an occurrence."""
    import matplotlib.pyplot as plt

    ax = dc.plot_bars(["قال", "رئيس"], [1, 1])
    ax.figure.canvas.draw()
    lo, hi = ax.get_xlim()
    shown = [t for t in ax.get_xticks() if lo <= t <= hi]
    assert shown and all(float(t).is_integer() for t in shown)
    plt.close(ax.figure)
    ax = dc.plot_bars(["قال", "رئيس"], [0.4, 0.2])  # rates keep fractional ticks
    ax.figure.canvas.draw()
    assert not all(float(t).is_integer() for t in ax.get_xticks())
    plt.close(ax.figure)


# -- the main job on corpora of every shape -----------------------------------------------------

# what each corpus must show, or say it cannot
EXPECT = {
    "one_short_article": {
        "not_shown": {
            "06-frame-profile",
            "07-who-speaks",
            "07-actor-network",
            "06-inductive-frame-map",
            "05-keyness-outlets",
        }
    },
    "three_articles_no_metadata": {
        "drawn": {"03-top-lemmas", "06-frame-profile"},
        "not_shown": {"05-keyness-outlets", "09-frames-by-outlet"},
    },
    "one_outlet_table": {"drawn": {"03-top-lemmas"}, "not_shown": {"05-keyness-outlets"}},
    "many_articles_one_outlet": {
        "drawn": {"03-top-lemmas", "06-inductive-frame-map"},
        "not_shown": {"09-frames-by-outlet"},
    },
    "english_only": {"drawn": {"03-top-lemmas"}, "not_shown": {"06-frame-profile"}},
    "mostly_non_arabic": {"drawn": {"03-top-lemmas"}},
    "all_duplicates": {"drawn": {"03-top-lemmas"}, "not_shown": {"06-inductive-frame-map"}},
    "no_cues_two_outlets": {
        "drawn": {"03-top-lemmas"},
        "not_shown": {"06-frame-profile", "07-who-speaks", "07-actor-network", "09-frames-by-outlet"},
    },
    "uncorrelated_topics": {"drawn": {"06-inductive-frame-map"}},
}


@pytest.mark.parametrize("name", list(MATRIX))
def test_main_job_runs_on_any_corpus(name, tmp_path):
    args = MATRIX[name](tmp_path / "corpus")
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "discourse", "run", *args, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=config.PROJ_ROOT,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    said = {}
    for nb in notebook_paths():
        executed = out / "notebooks" / nb.name
        for cell in json.loads(executed.read_text(encoding="utf-8"))["cells"]:
            for o in cell.get("outputs", []):
                assert o.get("output_type") != "error", (nb.name, o.get("ename"))
        said.update(dict(not_shown(executed)))
    for fig in FIGURES + ["05-keyness-outlets", "09-frames-by-outlet", "06-inductive-frame-map"]:
        drawn = (out / "figures" / f"{fig}.png").exists()
        # every figure is either drawn or said (with a reason) not to be shown — never both
        assert drawn != (fig in said), (fig, drawn, said.get(fig))
        assert fig not in said or len(said[fig]) > 20
    assert EXPECT[name].get("drawn", set()) <= {
        f for f in FIGURES + ["06-inductive-frame-map"] if (out / "figures" / f"{f}.png").exists()
    }
    assert EXPECT[name].get("not_shown", set()) <= set(said), said
    for fig in said:  # discourse run lists what was not shown
        assert f"not shown: {fig}" in r.stdout
    if name == "uncorrelated_topics":
        nb06 = (out / "notebooks" / "06-frames.ipynb").read_text(encoding="utf-8")
        assert "No structure to show" in nb06


def test_a_failing_notebook_is_one_line_naming_it(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "discourse",
            "run",
            "--only",
            "03",
            "--out",
            str(tmp_path),
            "-p",
            "dispersion_parts",
            '{"no": "such"}',
        ],
        capture_output=True,
        text=True,
        cwd=config.PROJ_ROOT,
    )
    assert r.returncode == 2
    err = [ln for ln in r.stderr.splitlines() if ln.startswith("discourse: error:")]
    assert len(err) == 1 and "03-frequency-and-dispersion.ipynb, cell" in err[0]
    assert str(tmp_path / "notebooks" / "03-frequency-and-dispersion.ipynb") in err[0]
    assert "Traceback" not in r.stderr


def test_inductive_frames_count_a_repeated_article_once(seed_docs, lemmatizer):
    # fifty copies of one article crashed the main job ("After pruning, no terms remain")
    docs = pd.concat([seed_docs.assign(doc_id=f"c{i}") for i in range(50)], ignore_index=True)
    tokens = dc.tokenize(docs, lemmatizer=lemmatizer, progress=False)
    with pytest.raises(ValueError, match=r"at least 24 distinct ones for 12 topics\); this corpus has 1\."):
        dc.inductive_frames(tokens, docs)
