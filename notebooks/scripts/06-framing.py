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
# # 06 — Framing analysis: frames, actors, sources and stance
#
# From counts to *how the story is framed*: which frames its words evoke, who is in it, who gets to
# speak, with what stance — and, for every number, the words it rests on.
#
# * **Frames** (deductive): cue words and phrases of the five generic news frames of Semetko &
#   Valkenburg (2000) and of issue frames for Middle-East politics, in `data/lexicons/frames.yaml`
#   (each with its definition and source; edit it or pass your own).
# * **Actors**: mentions from the gazetteer `data/lexicons/actors.yaml` (clitics and spelling
#   variants resolved), and who appears with whom.
# * **Sources**: quotations and reporting verbs — who speaks, directly or indirectly, and how much.
# * **Stance**: hedging, certainty, intensifiers, evaluation, rhetorical questions; Entman's four
#   framing functions as sentences to verify.
# * Across a corpus: frame prominence by outlet with bootstrap intervals, and inductive frames
#   from a topic model.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
frames_lexicon = None  # path to your frames YAML (None: data/lexicons/frames.yaml)
actors_lexicon = None  # your own actors YAML, extending the shipped gazetteer (None: none)
group_by = "outlet"  # document column for the comparison across the corpus
n_topics = 12  # topics of the inductive frame model
n_boot = 2000  # bootstrap resamples for the intervals
leave_out_topic_words = False  # True: the corpus's own topic words are not frame evidence

# %%
import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens = prep.documents, prep.tokens
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
    tokens, docs, frames, mentions=mentions, leave_out=topic if leave_out_topic_words else None
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
# ## Actors
#
# Who is in the news: states (every state, from CLDR, with its capital and government words),
# organisations, groups and news sources from the gazetteer; people by office — a role such as
# `الرئيس الأمريكي` is the office holder **on the article's date** (no date: the role is kept,
# never guessed); and people and organisations the gazetteer lacks, **discovered** in the text
# (after a title or an office, a first name with a family name, an institution's head noun).
# `found` says how each actor was found; a state named only as the setting (`في سوريا`) is not
# counted as an actor.

# %%
actor_freq = dc.actor_frequencies(mentions, gazetteer)
dc.save_table(actor_freq, "06-actors", folder=tables_dir)
dc.save_table(
    mentions[["actor", "alias", "kind", "role", "match", "doc_id", "sent_id", "start", "end", "sentence"]],
    "06-actor-mentions",
    folder=tables_dir,
    tex=False,
)
display(dc.rtl(actor_freq.head(30)[["actor", "label", "type", "found", "mentions", "docs"]]))
if len(mentions):
    display(
        dc.browse(
            mentions[
                ["actor", "alias", "kind", "role", "match", "doc_id", "sent_id", "start", "end", "sentence"]
            ]
        )
    )
roles = mentions[mentions["role"].notna()]
if len(roles):
    dc.note(
        "Roles and who held them (the alias, the office, and the actor it resolved to; "
        "`role:…` when the article has no date or one outside the office table):"
    )
    display(dc.rtl(roles.groupby(["alias", "role", "actor"]).size().rename("mentions").reset_index()))

# %% [markdown]
# ### Actors found in the text, for your gazetteer
#
# Candidates the gazetteer does not list, with examples. Accept the ones you want in a YAML of
# the form of `data/lexicons/actors.yaml` and pass it as `actors_lexicon`.

# %%
candidates = dc.discover_actors(tokens, docs, gazetteer, mentions=mentions)
dc.save_table(candidates, "06-actor-candidates", folder=tables_dir, tex=False)
dc.rtl(candidates.head(20))

# %%
graph = dc.actor_network(mentions, gazetteer)
if graph.number_of_nodes() == 0:
    dc.not_shown(
        "06-actor-network",
        "no actor of the gazetteer is mentioned in this corpus; "
        "add the actors of your corpus to your own gazetteer (`actors_lexicon`).",
    )
else:
    if graph.number_of_edges() == 0:
        dc.note(
            "No two actors are mentioned in the same sentence: the network below has no "
            "edge, only the actors found."
        )
    ax = dc.plot_network(graph, title="The 30 most mentioned actors: mentioned in the same sentence")
    dc.save_figure(ax.figure, "06-actor-network", folder=figures_dir)

# %% [markdown]
# Which frames each actor appears with (number of sentences in which both occur):

# %%
actor_frame = dc.actor_frame_table(mentions, hits)
if actor_frame.empty:
    dc.not_shown("06-actor-frame", "no sentence mentions an actor together with a frame cue.")
else:
    dc.save_table(actor_frame, "06-actor-frame", folder=tables_dir, index=True)
    display(dc.rtl(actor_frame))

# %% [markdown]
# ## Who speaks
#
# Statements found through quotation marks, reporting verbs in any tense (`قال، أكد، أوضح، أشار،
# حذر …`), continuations (`وأضاف`, `مضيفا`) and source markers (`بحسب`, `وفقا لـ`, `نقلا عن`).
# Each has one speaker: a named actor, a role, an unnamed source (`مصادر مطلعة`) or, when the verb
# has no subject of its own, the last speaker (`speaker_kind = pronoun`). `direct` = quoted;
# `attributed = False` marks quotation marks with no reporting verb (names of laws, titles).

# %%
statements = dc.attributions(tokens, docs, gazetteer=gazetteer, mentions=mentions)
speakers = dc.speaker_summary(statements, tokens)
dc.save_table(statements, "06-statements", folder=tables_dir, tex=False)
dc.save_table(speakers, "06-speakers", folder=tables_dir)
display(
    dc.rtl(statements[["speaker_name", "speaker_kind", "verb", "direct", "attributed", "statement"]].head(40))
)
if len(statements):
    display(
        dc.browse(
            statements[
                [
                    "speaker_name",
                    "speaker_kind",
                    "verb",
                    "direct",
                    "attributed",
                    "statement",
                    "doc_id",
                    "start",
                    "end",
                ]
            ]
        )
    )
who = speakers.groupby("who")["words"].sum().sort_values(ascending=False).head(15)
if who.empty:
    dc.not_shown(
        "06-who-speaks",
        "no quotation and no reporting verb (قال، أكد، أضاف …) with a "
        "speaker was found: nobody is given a voice in these articles, as far as the "
        "kit can see.",
    )
else:
    ax = dc.plot_bars(
        who.index,
        who.values,
        title="Who speaks: words attributed to each source",
        xlabel="Words quoted or reported",
    )
    dc.save_figure(ax.figure, "06-who-speaks", folder=figures_dir)
dc.rtl(speakers)

# %% [markdown]
# ## Stance and evaluation, per paragraph

# %%
stance_ev = dc.stance_evidence(tokens, docs)
stance = dc.stance_counts(tokens, stance_ev)
dc.save_table(stance, "06-stance", folder=tables_dir)
dc.save_table(stance_ev, "06-stance-evidence", folder=tables_dir, tex=False)
display(dc.rtl(stance.head(20)))
dc.rtl(
    stance_ev[stance_ev["kind"].isin(["question", "hedging", "certainty"])][["kind", "cue", "sentence"]].head(
        15
    )
)

# %% [markdown]
# ## Entman's framing functions
#
# Sentences carrying cues of problem definition, causal interpretation, moral evaluation and
# treatment recommendation. These are candidates: verify and correct them (the table is saved as
# CSV for that).

# %%
entman = dc.entman_functions(tokens, docs, frames)
dc.save_table(entman, "06-entman", folder=tables_dir, tex=False)
dc.rtl(entman[["function", "cues", "sentence"]])

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
        "06-frames-by-outlet",
        f"this corpus has {groups} value(s) of {group_by!r} "
        "among its documents with text; the comparison needs two or more (name the "
        "outlet field of a multi-outlet corpus, see the README).",
    )
elif profile["hits"].sum() == 0:
    dc.not_shown(
        "06-frames-by-outlet",
        "no frame cue occurs in this corpus: every outlet would show 0 for every frame.",
    )
else:
    prominence = dc.frame_prominence(scores, docs, group=group_by, n_boot=n_boot)
    dc.save_table(prominence, "06-frame-prominence", folder=tables_dir)
    tests = dc.frame_group_tests(scores, docs, group=group_by)
    dc.save_table(tests["tests"], "06-frame-group-tests", folder=tables_dir)
    dc.save_table(tests["odds"], "06-frame-odds-ratios", folder=tables_dir)
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
        dc.save_figure(ax.figure, "06-frames-by-outlet", folder=figures_dir)
    else:
        dc.not_shown(
            "06-frames-by-outlet",
            f"no {group_by} has 10 or more articles (without "
            "duplicates): too few to say how often it uses a frame.",
        )

# %% [markdown]
# ## Inductive frames (topic model → topic network → communities)
#
# For corpora of many documents: topics found without a lexicon, linked when they co-occur in the
# same articles; each community of topics is a candidate frame to interpret by reading its top
# lemmas and typical articles.

# %%
n_docs = tokens["doc_id"].nunique()
if n_docs < max(2 * n_topics, 20):
    dc.not_shown(
        "06-inductive-frame-map",
        f"{n_docs} document(s) with text: too few for a topic "
        f"model of {n_topics} topics (it needs at least {max(2 * n_topics, 20)}).",
    )
else:
    ind = dc.inductive_frames(tokens, docs, n_topics=n_topics)
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
