"""Text: from a document's text to the token table.

- ``normalize`` — each normalization step as a ``str -> str`` function;
- ``segment`` — paragraphs and sentences with character offsets;
- ``tokenize`` — the tidy token table (offsets slice back into the text);
- ``clitics`` — the one home of proclitic stripping;
- ``stopwords`` — the stopword list (``arabic-stopwords`` plus the kit's additions);
- ``lemmatize``, ``lemma_rules``, ``lemma_table`` — the lemmatizer (qalsadi with AlKhalil as
  a second opinion), its rules and the shipped table of common forms;
- ``places`` — the Arabic names of the world's cities (GeoNames) the lemmatizer keeps as names;
- ``alkhalil`` — AlKhalil Morpho Sys 2 (``farahidi``) with its stem matching indexed;
- ``lemma_eval`` — the lemma scorer of the gold protocol.
"""
