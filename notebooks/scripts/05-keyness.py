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
# # 05 — Keyness: what is distinctive about this coverage
#
# Keywords are words a text uses *more often than a reference* would lead us to expect.
# Against **general Arabic** (the `wordfreq` list) they show what the coverage is about; **between
# outlets** (when the corpus has several) they show how outlets differ in what they stress.
# LL (log-likelihood) says how sure we can be that a difference is not chance (threshold p < 0.0001 by default);
# the **log ratio** says how big it is (1 = twice as frequent, 2 = four times). Formulas:
# `help(dc.keyness)`.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
p_max = 0.0001  # significance threshold
min_count = 3  # minimum occurrences on the side that makes a word key
top_n = 15  # keywords per direction in the figures
reference_size = 100000  # words of the wordfreq list used as reference
max_outlets = 6  # outlets compared one-vs-rest

# %%

import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens

# %% [markdown]
# ## Against general Arabic (wordfreq)
#
# wordfreq lists word *forms*, so this comparison uses normalized forms (`norm`), not lemmas.

# %%
reference = dc.wordfreq_reference(reference_size)
n_words = int((~tokens["is_punct"]).sum())
if n_words == 0:
    dc.not_shown("05-keyness-reference", "the corpus has no word token to compare.")
else:
    key = dc.keyness(tokens, by="norm", reference=reference, p_max=p_max, min_count=min_count)
    dc.save_table(key, "05-keyness-reference", folder=tables_dir)
    print(reference.name)
    if key.empty:
        dc.not_shown(
            "05-keyness-reference",
            f"no word of these {n_words:,} is used significantly "
            f"more or less than in general Arabic (p < {p_max:g}, at least {min_count} "
            "occurrences); a small corpus rarely gives keywords.",
        )
    else:
        ax = dc.plot_keyness(key, top=top_n, title="Keywords vs general Arabic (wordfreq)")
        dc.save_figure(ax.figure, "05-keyness-reference", folder=figures_dir)
        display(dc.rtl(key.head(30)))

# %% [markdown]
# ## Between outlets
#
# Each outlet against all the others (lemmas, stopwords kept out of the counts).

# %%
outlet_key = dc.keyness_by_group(
    tokens,
    group="outlet",
    docs=docs,
    max_groups=max_outlets,
    by="lemma",
    remove_stop=True,
    p_max=p_max,
    min_count=min_count,
)
outlet_key = outlet_key.rename(columns={"group": "outlet"})
n_outlets = docs.loc[docs["doc_id"].isin(tokens["doc_id"].unique()), "outlet"].nunique()
if n_outlets < 2:
    dc.not_shown(
        "05-keyness-outlets",
        f"this corpus has {n_outlets} outlet(s) with text: no "
        "comparison between outlets. Name the outlet field (`--outlet-field`) of a "
        "multi-outlet corpus to fill this section.",
    )
else:
    dc.save_table(outlet_key, "05-keyness-outlets", folder=tables_dir)
    if len(outlet_key):
        print(outlet_key.groupby("outlet").size().rename("keywords").to_string())
    top = outlet_key["outlet"].iloc[0] if len(outlet_key) else None
    if top is None:
        dc.not_shown(
            "05-keyness-outlets",
            f"no outlet uses any word significantly more or less "
            f"than the others (p < {p_max:g}, at least {min_count} occurrences).",
        )
    else:
        ax = dc.plot_keyness(
            outlet_key[outlet_key["outlet"] == top],
            top=top_n,
            title=f"Keywords of {top} vs the other outlets",
        )
        dc.save_figure(ax.figure, "05-keyness-outlets", folder=figures_dir)
        display(dc.rtl(outlet_key.groupby("outlet").head(8)))
