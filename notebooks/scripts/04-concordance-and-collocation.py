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
# # 04 — Concordance and collocation around key actors and issues
#
# A **concordance** (key word in context) lines up every occurrence of a word with its
# surroundings, so you read how it is used rather than how often. **Collocates** are words that
# occur near a node more often than chance predicts: they show what an actor or issue is talked
# about *with*. Scores: logDice (stable, comparable across corpora), MI (favours rare, exclusive
# partners), log-likelihood G² (how sure we are the association is not chance). Formulas and
# sources: `help(dc.collocates)`.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
nodes = ["الكاظمي", "انسحاب", "حوار"]  # lemmas to study; absent ones are skipped
window = 5  # collocation span on each side
min_count = 2  # minimum co-occurrences of a collocate
kwic_lines = 25  # concordance lines shown per node

# %%
import pandas as pd

import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens
present = dc.resolve_items(tokens, nodes, by="lemma")  # written forms become their lemmas
if not present:
    present = dc.frequency(tokens, remove_stop=True, remove_num=True)["feature"].head(3).tolist()
    dc.note(
        f"None of the nodes {nodes} occurs in this corpus; its most frequent lemmas are "
        f"used instead: {present}. Set `nodes` to the words you want to study."
    )
if not present:
    dc.note(
        "**This corpus has no word to study** (no token once stopwords, numbers and "
        "punctuation are left out): no concordance, collocate or network below."
    )
print("nodes:", present)

# %% [markdown]
# ## Concordances
#
# Read right to left: the text before the node on the right, the node highlighted, the text after
# it on the left. `doc_id:sentence` points to the source.

# %%
all_lines = []
for node in present:
    lines = dc.kwic(tokens, docs, node, by="lemma", window=8, sort="R1")
    all_lines.append(lines.assign(query=node))
    print(f"{node}: {len(lines)} lines")
    display(dc.kwic_html(lines, max_lines=kwic_lines))
if all_lines:
    kwic_table = pd.concat(all_lines, ignore_index=True)
    dc.save_table(
        kwic_table[["query", "doc_id", "sent_id", "left", "node", "right", "start", "end"]],
        "04-concordance",
        folder=tables_dir,
        tex=False,
    )
else:
    dc.not_shown("04-concordance", "no node to look up.")

# %% [markdown]
# ### Browse every line
#
# All lines of all nodes in one table: sort by the node or by any word around it (`L1` is the
# word just before the node, `R1` the word after it), search, filter a column (boxes at the
# bottom), page through. `dc.show_document(docs, doc_id, start, end)` opens a line's whole
# article with the hit highlighted; below, the first line's.

# %%
if all_lines and len(kwic_table):
    display(dc.kwic_browser(kwic_table))
    first = kwic_table.iloc[0]
    display(dc.show_document(docs, first["doc_id"], int(first["start"]), int(first["end"])))

# %% [markdown]
# ## Collocates (stopwords removed, within the sentence)

# %%
tables = []
for node in present:
    col = dc.collocates(
        tokens, node, by="lemma", left=window, right=window, min_count=min_count, remove_stop=True
    )
    tables.append(col)
    print(node)
    display(
        dc.rtl(col[["collocate", "O11", "E11", "log_dice", "MI", "G2", "p_g2", "O_left", "O_right"]].head(12))
    )
collocates = pd.concat(tables, ignore_index=True) if tables else None
if collocates is None or collocates.empty:
    dc.not_shown(
        "04-collocates",
        f"no collocate occurs {min_count} or more times within "
        f"±{window} words of a node (see the warnings above); try a lower `min_count`.",
    )
else:
    dc.save_table(collocates, "04-collocates", folder=tables_dir)

# %% [markdown]
# ## Collocation network
#
# Each node word linked to its strongest collocates (by logDice). Words shared between nodes sit
# between them: they show how the issues are tied together in the coverage. Only associations
# above chance are drawn: positive MI, a significant log-likelihood (p < 0.05) and at least
# `min_count` co-occurrences; the edge table says which filter was used.

# %%
graph = (
    dc.collocation_network(collocates, measure="log_dice", top=12 * len(present), min_count=min_count)
    if collocates is not None and len(collocates)
    else None
)
if graph is None or graph.number_of_edges() == 0:
    dc.not_shown(
        "04-collocation-network",
        "no node–collocate pair is above chance (positive MI, "
        "G² p < 0.05); on a small corpus few pairs can pass.",
    )
else:
    dc.save_table(dc.network_edges(graph), "04-collocation-network", folder=tables_dir, tex=False)
    ax = dc.plot_network(graph, title="Collocation network (logDice, span ±%d)" % window)
    dc.save_figure(ax.figure, "04-collocation-network", folder=figures_dir)
    print("filter:", graph.graph["filter"])
