"""discourse — media discourse analysis of Arabic news.

Raw articles → documents table → tidy token table → analysis tables → figures.
Every function takes a DataFrame and returns a new one; inputs are never modified.

>>> import discourse as dc
>>> prep = dc.prepare()                  # the shipped article, cached in data/processed/
>>> prep.tokens.head()                   # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

from . import config, errors, normalize
from .collocation import association_measures, collocates, collocation_network, collocations, network_edges
from .corpus import DOCUMENT_COLUMNS, read_corpus
from .dispersion import dispersion, dispersion_positions
from .display import browse, kwic_browser, kwic_html, not_shown, note, rtl, show_document
from .frequency import add_period, frequency, ngrams, vocabulary_summary
from .keyness import ReferenceList, keyness, keyness_by_group, read_reference, wordfreq_reference
from .kwic import kwic
from .lemmatize import Lemmatizer, lemma_review
from .lookup import resolve_items, where_else
from .normalize import make_normalizer
from .pipeline import Prepared, load_prepared, prepare, read_token_table
from .plotting import (
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
    save_table,
    style,
)
from .segment import segment
from .stopwords import stopword_set
from .tokenize import TOKEN_COLUMNS, tokenize

try:
    __version__ = version("discourse")
except PackageNotFoundError:  # pragma: no cover
    __version__ = "0+unknown"

__all__ = ["config", "errors", "normalize", "read_corpus", "DOCUMENT_COLUMNS", "Lemmatizer", "lemma_review",
           "make_normalizer", "prepare", "load_prepared", "read_token_table", "Prepared", "segment", "stopword_set",
           "tokenize", "TOKEN_COLUMNS", "frequency", "ngrams", "add_period", "vocabulary_summary",
           "dispersion",
           "dispersion_positions", "kwic", "resolve_items", "where_else", "kwic_html", "browse", "kwic_browser", "show_document", "rtl", "note", "not_shown", "collocates", "collocations",
           "collocation_network", "network_edges", "association_measures", "keyness", "keyness_by_group", "ReferenceList",
           "read_reference", "wordfreq_reference", "COLUMN_WIDTH", "OKABE_ITO", "PAGE_WIDTH",
           "plot_bars", "plot_dispersion", "plot_heatmap", "plot_keyness", "plot_lengths",
           "plot_network", "plot_top_features", "plot_wordcloud", "save_figure", "save_table",
           "style", "__version__"]

from .actors import discover_actors, name_lemmas, state_attributes
from .attribution import attributions, speaker_summary
from .framing import (
    actor_frame_table,
    actor_frequencies,
    actor_mentions,
    actor_network,
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
from .inductive import inductive_frames
from .stance import entman_functions, load_stance, stance_counts, stance_evidence
from .validation import (
    coded_from_gold,
    frame_units,
    prune_lexicon,
    read_coding_sheet,
    train_frame_classifier,
    validation_report,
    validation_sample,
    wilson,
    write_xlsx,
)

__all__ += ["attributions", "speaker_summary", "actor_frame_table", "actor_frequencies",
            "actor_mentions", "actor_network", "frame_hits", "frame_independence", "frame_group_tests", "topic_words", "frame_profile",
            "frame_prominence", "frame_scores", "load_actors", "load_frames", "sentence_table",
            "inductive_frames", "frame_units", "validation_sample", "validation_report",
            "read_coding_sheet", "prune_lexicon", "coded_from_gold", "train_frame_classifier",
            "wilson", "write_xlsx", "discover_actors", "name_lemmas", "state_attributes", "entman_functions", "load_stance", "stance_counts",
            "stance_evidence"]

from .distributed import frequency_dask, keyness_dask, prepare_dask, read_tokens_dask  # noqa: E402

__all__ += ["frequency_dask", "keyness_dask", "prepare_dask", "read_tokens_dask"]
