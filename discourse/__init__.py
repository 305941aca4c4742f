"""discourse — media discourse analysis of Arabic news.

Raw articles → documents table → tidy token table → analysis tables → figures.
Every function takes a DataFrame and returns a new one; inputs are never modified.

The package follows the data; every public function is also here, flat (``dc.kwic``):

- :mod:`discourse.io` — reading files of any shape into the documents table
  (``corpus``, ``documents``: Word/RTF/PDF/web pages, ``textio``: encodings, ``clean``);
- :mod:`discourse.text` — ``normalize``, ``segment`` (paragraphs, sentences), ``tokenize``,
  ``clitics``, ``stopwords``, the lemmas (``lemmatize``, ``lemma_rules``, ``lemma_table``)
  and their scorer (``lemma_eval``);
- :mod:`discourse.stats` — ``frequency``, ``dispersion``, ``kwic``, ``collocation``,
  ``keyness`` and the 2×2 association measures they share (``association``);
- :mod:`discourse.framing` — ``frames``, ``actors``, ``attribution`` (who speaks), ``stance``,
  ``inductive`` frames, the cue ``lexicon`` matcher, ``validation`` against human coding and
  the benchmark scorer (``evaluate``);
- :mod:`discourse.viz` — ``figures``, ``tables`` (CSV/XLSX/TeX for papers), ``arabic`` (Arabic
  in figures), ``notebook`` (right-to-left HTML tables in JupyterLab);
- :mod:`discourse.run` — ``pipeline`` (the cached ``prepare``), ``runner`` (the notebooks),
  ``cli``, ``distributed`` (Dask);
- ``config`` (paths) and ``errors`` (the kit's exceptions and warnings).

>>> import discourse as dc
>>> prep = dc.prepare()                  # the shipped article, cached in data/processed/
>>> prep.tokens.head()                   # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

from . import _moved, config, errors

# framing
from .framing.actors import discover_actors, given_name_lemmas, name_lemmas, state_attributes
from .framing.attribution import attributions, speaker_summary
from .framing.frames import (
    actor_frame_table,
    actor_frequencies,
    actor_mentions,
    actor_network,
    dominance_table,
    dominant_frames,
    frame_group_tests,
    frame_hits,
    frame_independence,
    frame_profile,
    frame_prominence,
    frame_scores,
    load_actors,
    load_frames,
    sentence_table,
    topic_words,
)
from .framing.inductive import inductive_frames
from .framing.stance import entman_functions, load_stance, stance_counts, stance_evidence
from .framing.validation import (
    coded_from_gold,
    frame_units,
    prune_lexicon,
    read_coding_sheet,
    train_frame_classifier,
    validation_report,
    validation_sample,
    wilson,
)

# reading
from .io.corpus import DOCUMENT_COLUMNS, read_corpus

# Dask, for corpora larger than memory
from .run.distributed import frequency_dask, keyness_dask, prepare_dask, read_tokens_dask

# running
from .run.pipeline import Prepared, load_prepared, prepare, read_token_table

# statistics
from .stats.collocation import (
    association_measures,
    collocates,
    collocation_network,
    collocations,
    network_edges,
)
from .stats.dispersion import dispersion, dispersion_positions
from .stats.frequency import add_period, frequency, ngrams, vocabulary_summary
from .stats.keyness import ReferenceList, keyness, keyness_by_group, read_reference, wordfreq_reference
from .stats.kwic import kwic
from .stats.lookup import resolve_items, where_else

# text
from .text import normalize
from .text.lemmatize import Lemmatizer, lemma_review
from .text.normalize import make_normalizer
from .text.segment import segment
from .text.stopwords import stopword_set
from .text.tokenize import TOKEN_COLUMNS, tokenize

# figures, tables, notebook display
from .viz.figures import (
    COLUMN_WIDTH,
    OKABE_ITO,
    PAGE_WIDTH,
    plot_bars,
    plot_dispersion,
    plot_heatmap,
    plot_keyness,
    plot_lengths,
    plot_network,
    plot_top_features,
    plot_wordcloud,
    save_figure,
    style,
)
from .viz.notebook import browse, kwic_browser, kwic_html, not_shown, note, rtl, show_document
from .viz.tables import save_table, write_xlsx

try:
    __version__ = version("discourse")
except PackageNotFoundError:  # pragma: no cover
    __version__ = "0+unknown"

_moved.install()

__all__ = [
    "config",
    "errors",
    "__version__",
    "read_corpus",
    "DOCUMENT_COLUMNS",
    "normalize",
    "make_normalizer",
    "segment",
    "stopword_set",
    "tokenize",
    "TOKEN_COLUMNS",
    "Lemmatizer",
    "lemma_review",
    "prepare",
    "load_prepared",
    "read_token_table",
    "Prepared",
    "frequency",
    "ngrams",
    "add_period",
    "vocabulary_summary",
    "dispersion",
    "dispersion_positions",
    "kwic",
    "resolve_items",
    "where_else",
    "collocates",
    "collocations",
    "collocation_network",
    "network_edges",
    "association_measures",
    "keyness",
    "keyness_by_group",
    "ReferenceList",
    "read_reference",
    "wordfreq_reference",
    "COLUMN_WIDTH",
    "OKABE_ITO",
    "PAGE_WIDTH",
    "plot_bars",
    "plot_dispersion",
    "plot_heatmap",
    "plot_keyness",
    "plot_lengths",
    "plot_network",
    "plot_top_features",
    "plot_wordcloud",
    "save_figure",
    "save_table",
    "write_xlsx",
    "style",
    "kwic_html",
    "browse",
    "kwic_browser",
    "show_document",
    "rtl",
    "note",
    "not_shown",
    "attributions",
    "speaker_summary",
    "actor_frame_table",
    "actor_frequencies",
    "actor_mentions",
    "actor_network",
    "frame_hits",
    "frame_independence",
    "frame_group_tests",
    "topic_words",
    "frame_profile",
    "frame_prominence",
    "frame_scores",
    "dominant_frames",
    "dominance_table",
    "load_actors",
    "load_frames",
    "sentence_table",
    "inductive_frames",
    "frame_units",
    "validation_sample",
    "validation_report",
    "read_coding_sheet",
    "prune_lexicon",
    "coded_from_gold",
    "train_frame_classifier",
    "wilson",
    "discover_actors",
    "name_lemmas",
    "given_name_lemmas",
    "state_attributes",
    "entman_functions",
    "load_stance",
    "stance_counts",
    "stance_evidence",
    "frequency_dask",
    "keyness_dask",
    "prepare_dask",
    "read_tokens_dask",
]
