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
# # 01 — Ingest and clean the raw articles
#
# This notebook reads the corpus exactly as received (by default the one article the kit ships in
# `data/raw/`: a report on Iraqi prime minister Mustafa al-Kadhimi's July 2021 visit to Washington)
# and shows what the kit does to it before any counting: which part is the headline and the
# byline, which web leftovers (`ربما يعجبك أيضا`, `اقرأ أيضا`, share buttons) were cut from the
# analysed text, and which documents repeat another one. **Nothing on disk is changed**: the
# original text stays in `raw_text`.
#
# To run it on your own corpus, change the parameters below (or use
# `discourse run CORPUS --text-field ... ` from a terminal).

# %% tags=["parameters"]
corpus = None  # files or folders (None: data/raw/, the shipped article)
fields = {}  # e.g. {"text_field": "content", "outlet_field": "source"}
prepared_dir = None  # where the prepared tables go (None: data/processed/default)
figures_dir = None  # (None: reports/figures)
tables_dir = None  # (None: reports/tables)

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs = prep.documents
print(prep.summary())

# %% [markdown]
# ## The documents table
#
# One row per article. `title`, `author` and `date` come from the file (for plain-text articles:
# the first line is the headline, a `كتب/كتبت – NAME` line gives the byline). `text` is what every
# later step analyses; `n_chars` its length.

# %%
overview = docs[["doc_id", "title", "author", "outlet", "date", "n_chars", "has_arabic", "is_duplicate"]]
dc.rtl(overview.head(20))

# %% [markdown]
# ## What was removed, and why
#
# Web leftovers are removed from the analysed text but kept in `removed`, so you can check that
# nothing of the article itself was lost.

# %%
removed = docs.loc[docs["removed"].str.len() > 0, ["doc_id", "title", "removed"]]
print(f"{len(removed)} of {len(docs)} documents had web leftovers removed")
dc.rtl(removed.head(20))

# %% [markdown]
# The beginning of the first article as analysed (headline and byline are in their own columns):

# %%
first = docs.iloc[0]
print(first["title"], "\n", first["author"], "\n")
print(first["text"][:600], "…")

# %% [markdown]
# ## Duplicates and documents without Arabic
#
# News sites republish agency copy. Repeated bodies are *flagged* (`is_duplicate`, with the id of
# the first copy in `duplicate_of`), never dropped: decide yourself whether to filter them, e.g.
# `docs[~docs.is_duplicate]`.

# %%
print(
    f"duplicated bodies: {int(docs['is_duplicate'].sum())}; without Arabic: {int((~docs['has_arabic']).sum())}; "
    f"empty: {int((docs['n_chars'] == 0).sum())}"
)
if (~docs["has_arabic"]).mean() > 0.5:
    dc.note(
        f"**{int((~docs['has_arabic']).sum())} of {len(docs)} documents contain no Arabic.** "
        "The kit's lemmas, stopwords, frame and actor lexicons are for Arabic: on other "
        "languages the notebooks run, but their lemmas are the words as written and their "
        "frames, actors and speakers are empty. Check the input and the text field."
    )
if len(docs) > 1 and docs["is_duplicate"].sum() >= len(docs) / 2:
    dc.note(
        f"**{int(docs['is_duplicate'].sum())} of {len(docs)} documents repeat an earlier "
        "one word for word.** They are kept and counted (every analysis below counts them "
        "again); filter on `is_duplicate` before counting if the repeats are not meant "
        "to weigh."
    )
if docs["outlet"].notna().any():
    per_outlet = (
        docs.groupby("outlet")
        .agg(
            articles=("doc_id", "size"),
            duplicates=("is_duplicate", "sum"),
            median_chars=("n_chars", "median"),
        )
        .sort_values("articles", ascending=False)
    )
    display(dc.rtl(per_outlet))

# %% [markdown]
# ## Article lengths

# %%
ax = dc.plot_lengths(docs)
dc.save_figure(ax.figure, "01-article-lengths", folder=figures_dir)
dc.save_table(docs.drop(columns=["raw_text", "text"]), "01-documents", folder=tables_dir, tex=False)
