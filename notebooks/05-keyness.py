# %% [markdown]
# # 05 — Keyness: what is distinctive about this coverage
#
# Keywords are words a text uses *more often than a reference* would lead us to expect.
# Against **general Arabic** (the `wordfreq` list) they show what the coverage is about; **between
# outlets** (when the corpus has several) they show how outlets differ in what they stress.
# G² says how sure we can be that a difference is not chance (threshold p < 0.0001 by default);
# the **log ratio** says how big it is (1 = twice as frequent, 2 = four times). Formulas:
# `help(dc.keyness)`.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
p_max = 0.0001          # significance threshold
min_count = 3           # minimum occurrences on the side that makes a word key
top_n = 15              # keywords per direction in the figures
reference_size = 100000 # words of the wordfreq list used as reference
max_outlets = 6         # outlets compared one-vs-rest

# %%
import pandas as pd

import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens

# %% [markdown]
# ## Against general Arabic (wordfreq)
#
# wordfreq lists word *forms*, so this comparison uses normalized forms (`norm`), not lemmas.

# %%
reference = dc.wordfreq_reference(reference_size)
key = dc.keyness(tokens, by="norm", reference=reference, p_max=p_max, min_count=min_count)
dc.save_table(key, "05-keyness-reference", folder=tables_dir)
ax = dc.plot_keyness(key, n=top_n, title="Keywords vs general Arabic (wordfreq)")
dc.save_figure(ax.figure, "05-keyness-reference", folder=figures_dir)
print(reference.name)
dc.rtl(key.head(30))

# %% [markdown]
# ## Between outlets
#
# Each outlet against all the others (lemmas, stopwords kept out of the counts).

# %%
outlets = docs["outlet"].dropna().value_counts()
if len(outlets) < 2:
    print("This corpus has fewer than two outlets: no comparison between outlets. "
          "Run the notebooks on a multi-outlet corpus (see the README) to fill this section.")
else:
    results = []
    for outlet in outlets.index[:max_outlets]:
        k = dc.keyness(tokens, by="lemma", group="outlet", target=outlet, docs=docs,
                       remove_stop=True, p_max=p_max, min_count=min_count)
        results.append(k.assign(outlet=outlet))
        print(f"{outlet}: {int((k['direction'] == '+').sum())} positive, "
              f"{int((k['direction'] == '-').sum())} negative keywords")
    outlet_key = pd.concat(results, ignore_index=True)
    dc.save_table(outlet_key, "05-keyness-outlets", folder=tables_dir)
    top = outlets.index[0]
    ax = dc.plot_keyness(outlet_key[outlet_key["outlet"] == top], n=top_n,
                         title=f"Keywords of {top} vs the other outlets")
    dc.save_figure(ax.figure, "05-keyness-outlets", folder=figures_dir)
    display(dc.rtl(outlet_key.groupby("outlet").head(8)))
