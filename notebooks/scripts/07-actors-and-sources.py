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
# # 07 — Actors and sources: who is in the news, and who gets to speak
#
# * **Actors**: mentions from the gazetteer `data/lexicons/actors.yaml` (clitics and spelling
#   variants resolved), people by office on the article's date, actors the gazetteer lacks found
#   in the text, and who appears with whom.
# * **Sources**: quotations and reporting verbs — who speaks, directly or indirectly, and how much.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
frames_lexicon = None  # the frames the actor × frame table uses (None: data/lexicons/frames.yaml)
actors_lexicon = None  # your own actors YAML, extending the shipped gazetteer (None: none)
leave_out_topic_words = False  # as in notebook 06, for the actor × frame table

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
dc.save_table(actor_freq, "07-actors", folder=tables_dir)
dc.save_table(
    mentions[["actor", "alias", "kind", "role", "match", "doc_id", "sent_id", "start", "end", "sentence"]],
    "07-actor-mentions",
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
dc.save_table(candidates, "07-actor-candidates", folder=tables_dir, tex=False)
dc.rtl(candidates.head(20))

# %%
graph = dc.actor_network(mentions, gazetteer)
if graph.number_of_nodes() == 0:
    dc.not_shown(
        "07-actor-network",
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
    dc.save_figure(ax.figure, "07-actor-network", folder=figures_dir)

# %% [markdown]
# Which frames each actor appears with (number of sentences in which both occur):

# %%
actor_frame = dc.actor_frame_table(mentions, hits)
if actor_frame.empty:
    dc.not_shown("07-actor-frame", "no sentence mentions an actor together with a frame cue.")
else:
    dc.save_table(actor_frame, "07-actor-frame", folder=tables_dir, index=True)
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
dc.save_table(statements, "07-statements", folder=tables_dir, tex=False)
dc.save_table(speakers, "07-speakers", folder=tables_dir)
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
        "07-who-speaks",
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
    dc.save_figure(ax.figure, "07-who-speaks", folder=figures_dir)
dc.rtl(speakers)
