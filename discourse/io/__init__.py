"""Reading: files of any shape (plain text, HTML, Word, RTF, PDF, CSV/TSV, JSON, JSON Lines,
Parquet, Excel, zip; LexisNexis/Factiva exports) into the documents table.

- ``corpus`` — :func:`read_corpus`, the table readers and their checks;
- ``documents`` — Word, RTF, PDF and web-page readers, news-database export splitting;
- ``textio`` — encoding detection and the UTF-8 reader for lexicons;
- ``clean`` — web leftovers and headline/dateline handling (raw text is kept as it is);
- ``dates`` — publication dates: day/month order by evidence, Arabic and Hijri month names.
"""
