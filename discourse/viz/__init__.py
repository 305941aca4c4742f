"""Output for papers and notebooks.

- ``figures`` — the plots (one style, Arabic shaped);
- ``tables`` — CSV, XLSX (right-to-left sheet) and TeX tables;
- ``arabic`` — which text stack shapes Arabic, and the fonts;
- ``notebook`` — right-to-left HTML tables and browsers in JupyterLab.
"""
