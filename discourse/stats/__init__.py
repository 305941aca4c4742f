"""Statistics on the token table (every formula with its source in the docstring).

- ``frequency`` — counts, rates, n-grams;
- ``dispersion`` — Juilland's D, Gries' DP and positions;
- ``kwic`` — concordances;
- ``collocation`` — window collocations and networks;
- ``keyness`` — corpus against reference, group against the rest;
- ``association`` — the 2×2 association measures both use;
- ``lookup``, ``_select`` — resolving a word to the feature codes it stands for.
"""
