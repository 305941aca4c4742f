# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags
#     formats: ipynb,scripts//py:percent
#     notebook_metadata_filter: kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: discourse (Python 3)
#     language: python
#     name: discourse
# ---

# %% [markdown]
# # 09 — Frames across outlets (or periods): comparisons a researcher can defend
#
# Frame prominence per outlet with the number of articles behind each cell and bootstrap
# intervals, and per frame a test of whether the outlet matters once article length is accounted
# for. The frames and their evidence are in notebook 06.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
frames_lexicon = None  # path to your frames YAML (None: data/lexicons/frames.yaml)
actors_lexicon = None  # your own actors YAML, extending the shipped gazetteer (None: none)
group_by = "outlet"  # document column for the comparison across the corpus (e.g. a period column)
n_boot = 2000  # bootstrap resamples for the intervals
leave_out_topic_words = False  # as in notebook 06

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens, sentences = prep.documents, prep.tokens, prep.sentences
frames = dc.load_frames(frames_lexicon)
gazetteer = dc.load_actors(extra=actors_lexicon)
mentions = dc.actor_mentions(tokens, docs, gazetteer)
topic = dc.topic_words(tokens)  # the corpus's own topic words (half the articles or more)
hits = dc.frame_hits(
    tokens,
    docs,
    frames,
    mentions=mentions,
    leave_out=topic if leave_out_topic_words else None,
    sentences=sentences,
)
scores = dc.frame_scores(tokens, hits, lexicon=frames)

# %% [markdown]
# ## Across the corpus: frames by outlet, with 95 % bootstrap intervals
#
# The share of each outlet's articles that carry a frame at least once (duplicated articles left
# out; an outlet with fewer than 10 articles gets no value — its cell is left blank). Then, per
# frame, a logistic regression of the frame's presence on the outlet, controlling for article
# length, with a likelihood-ratio test, Holm-corrected p-values and odds ratios against the
# largest outlet. Needs a corpus with several outlets.

# %%
groups = (
    docs.loc[docs["doc_id"].isin(scores["doc_id"]), group_by].dropna().nunique() if group_by in docs else 0
)
if groups < 2:
    dc.not_shown(
        "09-frames-by-outlet",
        f"this corpus has {groups} value(s) of {group_by!r} "
        "among its documents with text; the comparison needs two or more (name the "
        "outlet field of a multi-outlet corpus, see the README).",
    )
elif len(hits) == 0:
    dc.not_shown(
        "09-frames-by-outlet",
        "no frame cue occurs in this corpus: every outlet would show 0 for every frame.",
    )
else:
    prominence = dc.frame_prominence(scores, docs, group=group_by, n_boot=n_boot)
    dc.save_table(prominence, "09-frame-prominence", folder=tables_dir)
    tests = dc.frame_group_tests(scores, docs, group=group_by)
    dc.save_table(tests["tests"], "09-frame-group-tests", folder=tables_dir)
    dc.save_table(tests["odds"], "09-frame-odds-ratios", folder=tables_dir)
    display(dc.rtl(tests["tests"]))
    value, low, high = (
        prominence.pivot(index="group", columns="frame", values=c) for c in ("value", "ci_low", "ci_high")
    )
    if value.notna().to_numpy().any():
        ax = dc.plot_heatmap(
            value,
            lower=low,
            upper=high,
            cbar_label="Share of articles with the frame",
            title=f"Frames by {group_by} (95% bootstrap intervals; blank: fewer than 10 articles)",
        )
        dc.save_figure(ax.figure, "09-frames-by-outlet", folder=figures_dir)
    else:
        dc.not_shown(
            "09-frames-by-outlet",
            f"no {group_by} has 10 or more articles (without "
            "duplicates): too few to say how often it uses a frame.",
        )
