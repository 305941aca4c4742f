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
# # 08 — Stance: hedging, certainty, evaluation and questions
#
# Per paragraph, the cues of stance (`data/lexicons/stance.yaml`, each list with its source):
# hedging (`قد` only before an imperfect verb), certainty, intensifiers, positive and negative
# evaluation (turned round under a negation, by a word that undoes it — `المزعزعة للاستقرار` — or
# by a negative object — `دعمها للإرهاب`), and questions (a question inside a quotation belongs to
# its speaker, not the outlet). Every count comes with its sentence.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens, sentences = prep.documents, prep.tokens, prep.sentences

# %% [markdown]
# ## Stance and evaluation, per paragraph

# %%
stance_ev = dc.stance_evidence(tokens, docs, sentences=sentences)
stance = dc.stance_counts(tokens, stance_ev)
dc.save_table(stance, "08-stance", folder=tables_dir)
dc.save_table(stance_ev, "08-stance-evidence", folder=tables_dir, tex=False)
display(dc.rtl(stance.head(20)))
dc.rtl(
    stance_ev[stance_ev["kind"].isin(["question", "hedging", "certainty"])][["kind", "cue", "sentence"]].head(
        15
    )
)
