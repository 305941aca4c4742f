"""Running: the cached preparation, the notebooks and the command line.

- ``pipeline`` — :func:`prepare` (documents and tokens cached as Parquet with a manifest);
- ``token_cache`` — documents tokenized before, kept by their text across corpora and folders;
- ``runner`` — runs the numbered notebooks with papermill;
- ``cli`` — ``discourse prepare`` and ``discourse run``;
- ``distributed`` — the same steps on Dask for corpora larger than memory.
"""
