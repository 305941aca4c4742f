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
# # 02 — Tokens, normalization and lemmas
#
# Every analysis in the kit starts from the **token table**: one row per token, with the word as
# written (`token`), a normalized form (`norm`: diacritics, tatweel, alef variants, digits
# folded), its lemma (`lemma`, from qalsadi), a rough part of speech, stopword/punctuation/number
# flags, and character offsets (`start`, `end`) that point back into the article, so any count can
# be traced to its sentence.
#
# Arabic attaches conjunctions, prepositions, the article and pronouns to words: `والانسحاب` is
# *and + the + withdrawal*. Counting lemmas (`انسحاب`) rather than written forms brings these
# together. Lemmatizers make mistakes; the review table at the end lists the lemmas to check.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
review_n = 40  # rows of the lemma review table

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens
print(prep.summary())

# %% [markdown]
# ## The token table
#
# The first sentence of the first article. `proclitic`/`enclitic` show what is attached to a word
# (`وال` in `والولايات`).

# %%
if tokens.empty:
    dc.note(
        "**This corpus gives no token**: every document is empty once headlines, bylines and "
        "web leftovers are taken out (see notebook 01). Nothing below has words to show."
    )
first_doc = tokens["doc_id"].iloc[0] if len(tokens) else None
first_sentence = tokens[(tokens["doc_id"] == first_doc) & (tokens["sent_id"] == 0)]
dc.rtl(
    first_sentence[
        ["tok_id", "token", "norm", "lemma", "pos", "is_stop", "proclitic", "enclitic", "start", "end"]
    ]
)

# %% [markdown]
# Every row slices back out of the text: `text[start:end] == token`. For example, the sentence of
# the first token lemmatized `انسحاب` (withdrawal):

# %%
hit = tokens[tokens["lemma"] == "انسحاب"].head(1)
if hit.empty:  # another corpus: the first content word written with a clitic
    hit = tokens[~tokens["is_stop"] & ~tokens["proclitic"].isin([""])].head(1)
if len(hit):
    h = hit.iloc[0]
    text = docs.set_index("doc_id").loc[h["doc_id"], "text"]
    sent = tokens[(tokens["doc_id"] == h["doc_id"]) & (tokens["sent_id"] == h["sent_id"])]
    print(repr(text[h["start"] : h["end"]]), "in:", text[sent["start"].min() : sent["end"].max()])

# %% [markdown]
# ## How much normalization and lemmatization condense the vocabulary

# %%
words = tokens[~tokens["is_punct"]]
condense = dc.vocabulary_summary(tokens)
display(condense)
if words.empty:
    dc.not_shown("02-types-by-level", "the corpus has no word token.")
else:
    ax = dc.plot_bars(condense["level"], condense["types"], title="Distinct types by level", xlabel="Types")
    dc.save_figure(ax.figure, "02-types-by-level", folder=figures_dir)

# %% [markdown]
# ## Parts of speech
#
# qalsadi's coarse classes: NOUN (nouns and adjectives), VERB, FUNC (function words), X (words it
# does not know — mostly names and loanwords), PROPN (names of states, capitals and people from
# the actor gazetteer, which keep their form as lemma), plus NUM and LATIN from the tokenizer.

# %%
pos = dc.frequency(tokens, by="pos")
if pos.empty:
    dc.not_shown("02-parts-of-speech", "the corpus has no word token.")
else:
    ax = dc.plot_bars(pos["feature"], pos["frequency"], title="Tokens by part of speech", xlabel="Tokens")
    dc.save_figure(ax.figure, "02-parts-of-speech", folder=figures_dir)

# %% [markdown]
# ## Lemma review: what to check before you count lemmas
#
# The forms most likely to be lemmatized wrongly, most frequent first: **unknown** to qalsadi (the
# lemma is the word without its clitics — often names and loanwords like `واشنطن`),
# **ambiguous** (several candidate lemmas) or **short** (the lemma is much shorter than the word,
# e.g. a name cut back to a root). To correct one, add a line `form<TAB>lemma` to `data/lexicons/lemma_overrides.tsv` and
# rerun: the override also covers the form with attached `و ف ب ل ك ال`.

# %%
review = dc.lemma_review(tokens, n=review_n)
dc.save_table(review, "02-lemma-review", folder=tables_dir)
dc.rtl(review)
