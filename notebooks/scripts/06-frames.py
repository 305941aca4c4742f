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
# # 06 — Frames: which frames the coverage evokes, and the words behind each
#
# * **Deductive frames**: cue words and phrases of the five generic news frames of Semetko &
#   Valkenburg (2000) and of issue frames for Middle-East politics, in `data/lexicons/frames.yaml`
#   (each with its definition and source; edit it or pass your own). Every score comes with the
#   sentences it rests on.
# * **Entman's framing functions** (1993) as sentences to verify.
# * **Inductive frames** from a topic model, for corpora of many documents.
#
# Actors and who speaks are in notebook 07, stance in 08, frames compared across outlets in 09,
# and the validation of the frames against human coding in 10.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
frames_lexicon = None  # path to your frames YAML (None: data/lexicons/frames.yaml)
actors_lexicon = None  # your own actors YAML, extending the shipped gazetteer (None: none)
n_topics = 12  # topics of the inductive frame model
leave_out_topic_words = False  # True: the corpus's own topic words are not frame evidence

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens, sentences = prep.documents, prep.tokens, prep.sentences
frames = dc.load_frames(frames_lexicon)
gazetteer = dc.load_actors(extra=actors_lexicon)
dc.rtl(frames.frames[["id", "label", "kind", "definition"]])

# %% [markdown]
# ## Frame profile
#
# Hits per 1,000 words over the whole corpus, and the share of paragraphs that carry each frame.
# Cues match exactly (a word's form without و ف ب ل ك, or its lemma; never a stem), a word counts
# once per frame, and cue words inside an actor's name (`الأمن` in `مجلس الأمن`) do not count. A
# cue preceded by a negation in its clause (`لا`, `لم`, `غير` …) is not counted when the lexicon
# marks it negatable.
#
# The corpus's own topic words (lemmas in half its articles or more, and much more frequent than in
# general Arabic) are listed. In a corpus about an agreement, `اتفاق` names the topic in almost
# every sentence: a frame whose hits are mostly topic words measures the topic, and gets a warning.
# `leave_out_topic_words = True` reruns the profile without them as evidence.

# %%
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
profile = dc.frame_profile(scores, hits, topic=topic)
if topic:
    print(
        "Topic words of this corpus:",
        "، ".join(topic),
        "(left out as evidence)" if leave_out_topic_words else "",
    )
for row in profile[profile["warning"] != ""].itertuples():
    dc.note(
        f"**Check `{row.frame}`**: {row.warning} — its score may measure the topic or one "
        "word rather than a framing. Read its evidence below."
    )
dc.save_table(profile, "06-frame-profile", folder=tables_dir)
if profile["hits"].sum() == 0:
    dc.not_shown(
        "06-frame-profile",
        "no cue of the frame lexicon occurs in this corpus (or "
        "only negated ones): nothing frames it in the lexicon's terms. Read some "
        "articles, and extend the lexicon (`frames_lexicon`) if the frames you expect "
        "are written with other words.",
    )
else:
    ax = dc.plot_bars(
        profile["label"],
        profile["per_1000"].round(1),
        title="Frame profile",
        xlabel="Cue hits per 1,000 words",
    )
    dc.save_figure(ax.figure, "06-frame-profile", folder=figures_dir)
dc.rtl(profile)

# %% [markdown]
# ## The evidence behind every score
#
# One row per cue found: frame, cue, the words matched, and the sentence (offsets `start`/`end`
# point into the document text). Read it before you report a frame.

# %%
evidence = hits[
    [
        "frame",
        "cue",
        "gloss",
        "match",
        "negated",
        "doc_id",
        "para_id",
        "sent_id",
        "start",
        "end",
        "left",
        "right",
        "sentence",
    ]
]
dc.save_table(evidence, "06-frame-evidence", folder=tables_dir, tex=False)
dc.rtl(evidence.head(25)[["frame", "cue", "gloss", "left", "match", "right"]])

# %% [markdown]
# All the evidence, to sort, search and filter (by frame, cue or document);
# `dc.show_document(docs, doc_id, start, end)` shows a hit in its article.

# %%
if len(evidence):
    display(
        dc.browse(
            evidence[
                ["frame", "cue", "match", "negated", "left", "right", "doc_id", "sent_id", "start", "end"]
            ]
        )
    )

# %% [markdown]
# ## Precision first: the dominant frames of each sentence
#
# A sentence that evokes several frames with one cue each is often framed by none of them in a
# coder's eyes (the cue names the topic or a side issue). `dc.dominant_frames` keeps, in each
# sentence, only the frames with the most distinct cues (ties kept). On the shared dev gold it
# raised precision from 0.67 to 0.76 and lowered recall from 0.65 to 0.57. Report which count you
# use. The table gives both, per frame: sentences with the frame, and how many of them keep it as
# a dominant frame.

# %%
by_frame = dc.dominance_table(hits)
dc.save_table(by_frame, "06-frame-dominant", folder=tables_dir)
dc.rtl(by_frame)

# %% [markdown]
# ## Entman's framing functions
#
# Sentences carrying cues of problem definition, causal interpretation, moral evaluation and
# treatment recommendation. These are candidates: verify and correct them (the table is saved as
# CSV for that).

# %%
entman = dc.entman_functions(tokens, docs, frames, sentences=sentences)
dc.save_table(entman, "06-entman", folder=tables_dir, tex=False)
dc.rtl(entman[["function", "cues", "sentence"]])

# %% [markdown]
# ## Inductive frames (topic model → topic network → communities)
#
# For corpora of many documents: topics found without a lexicon, linked when they co-occur in the
# same articles; each community of topics is a candidate frame to interpret by reading its top
# lemmas and typical articles.

# %%
try:
    ind = dc.inductive_frames(tokens, docs, n_topics=n_topics)
except ValueError as exc:  # too few distinct documents, or no word left after pruning
    ind = None
    dc.not_shown("06-inductive-frame-map", str(exc))
if ind is not None:
    dc.save_table(ind["topics"], "06-topics", folder=tables_dir)
    dc.save_table(ind["frames"], "06-inductive-frames", folder=tables_dir, tex=False)
    if ind["graph"].number_of_edges() == 0:
        dc.note(
            "**No structure to show**: no two topics occur in the same articles more often "
            "than chance (document–topic correlation above "
            f"{ind['min_correlation']}), so every topic is a candidate frame of its own. "
            "The map below shows the topics unlinked."
        )
    ax = dc.plot_network(ind["graph"], title="Inductive frame map (topics linked by co-occurrence)")
    dc.save_figure(ax.figure, "06-inductive-frame-map", folder=figures_dir)
    display(dc.rtl(ind["frames"]))
