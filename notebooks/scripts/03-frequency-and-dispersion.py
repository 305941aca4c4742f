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
# # 03 — Frequency and dispersion
#
# Which words dominate the coverage, and are they spread through the text or concentrated in one
# passage? Frequencies are counted on **lemmas** (so `القوات`, `والقوات` and `قوة` count
# together), with stopwords out; `per_10k` is per 10,000 words so corpora of different size
# compare. Dispersion tells whether a frequent word runs through the whole corpus (Gries' DP near 0,
# Juilland's D near 1) or is bunched in a few places (DP near 1).

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
top_n = 25  # bars in the frequency figure
dispersion_items = None  # lemmas for the dispersion plot (None: the 6 most frequent)
dispersion_parts = None  # None: documents if there are several, else 10 equal slices

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens

# %% [markdown]
# ## Most frequent lemmas

# %%
freq = dc.frequency(tokens, by="lemma", remove_stop=True, remove_num=True)
dc.save_table(freq.head(200), "03-lemma-frequency", folder=tables_dir)
if freq.empty:
    dc.not_shown(
        "03-top-lemmas",
        "no word is left once stopwords, numbers and punctuation are "
        "left out (see notebook 02 for what the corpus holds).",
    )
else:
    ax = dc.plot_top_features(
        freq, top=top_n, title=f"Top {min(top_n, len(freq))} lemmas (stopwords removed)"
    )
    dc.save_figure(ax.figure, "03-top-lemmas", folder=figures_dir)
dc.rtl(freq.head(top_n))

# %% [markdown]
# The same lemmas as a word cloud (size = frequency). Word clouds are for a first impression;
# report the table or the bars in a paper.

# %%
if freq.empty:
    dc.not_shown("03-lemma-wordcloud", "no word to draw (see the frequency list above).")
else:
    ax = dc.plot_wordcloud(freq, top=150, title="Lemmas (stopwords removed)")
    dc.save_figure(ax.figure, "03-lemma-wordcloud", folder=figures_dir)

# %% [markdown]
# ## Recurrent word sequences
#
# Two- and three-lemma sequences inside sentences (sequences made only of stopwords are left out).
# Multi-word names and set phrases (`حوار استراتيجي`, `ولاية متحد`) show up here.

# %%
bigrams = dc.ngrams(tokens, 2, by="lemma", min_count=2)
trigrams = dc.ngrams(tokens, 3, by="lemma", min_count=2)
dc.save_table(bigrams.head(100), "03-bigrams", folder=tables_dir)
dc.save_table(trigrams.head(100), "03-trigrams", folder=tables_dir)
if bigrams.empty:
    dc.note(
        "No two-word sequence occurs twice in this corpus (`min_count=2`), so there is no "
        "bigram or trigram to list."
    )
display(dc.rtl(bigrams.head(15)))
dc.rtl(trigrams.head(10))

# %% [markdown]
# ## Dispersion

# %%
parts = dispersion_parts or ("doc_id" if tokens["doc_id"].nunique() > 1 else 10)
items = dispersion_items or freq["feature"].head(6).tolist()
if not items:
    dc.not_shown("03-dispersion", "no lemma to follow through the corpus.")
else:
    disp = dc.dispersion(tokens, items, by="lemma", parts=parts)
    dc.save_table(disp, "03-dispersion", folder=tables_dir)
    positions = dc.dispersion_positions(tokens, items, by="lemma")
    ax = dc.plot_dispersion(positions, items=items, title="Where the most frequent lemmas occur")
    dc.save_figure(ax.figure, "03-dispersion", folder=figures_dir)
    print(f"parts: {parts!r} ({disp['n_parts'].iloc[0]} parts)")
    display(dc.rtl(disp))
