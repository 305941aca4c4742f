"""Showing Arabic right-to-left in JupyterLab: tables and concordances.

``rtl(df)`` styles any DataFrame so Arabic cells read right-to-left and align right;
``kwic_html(lines)`` lays concordance lines out as a reader of Arabic expects: the text before
the node on the right, the node highlighted in the middle, the text after it on the left.
Both leave the data untouched (they return display objects).
"""

from __future__ import annotations

import html

import pandas as pd


__all__ = ["rtl", "kwic_html", "note", "not_shown", "NOT_SHOWN_KEY"]

NOT_SHOWN_KEY = "discourse_not_shown"

_TABLE_CSS = [{"selector": "td, th", "props": [("direction", "rtl"), ("text-align", "right"),
                                                 ("unicode-bidi", "plaintext")]},
              {"selector": "", "props": [("direction", "rtl")]}]


def rtl(df: pd.DataFrame, *, precision: int = 3, caption: str | None = None):
    """A pandas ``Styler`` showing the table right-to-left (columns run from the right).

    Numbers keep their own direction (``unicode-bidi: plaintext``) so ``3.5`` stays ``3.5``.
    """
    styler = df.style.set_table_styles(_TABLE_CSS).format(precision=precision)
    if caption:
        styler = styler.set_caption(caption)
    return styler


def kwic_html(lines: pd.DataFrame, *, max_lines: int = 200, show_doc: bool = True):
    """An HTML concordance (``dir="rtl"``, node highlighted) for JupyterLab.

    Returns an ``IPython.display.HTML`` object; ``.data`` holds the HTML string.
    """
    from IPython.display import HTML

    rows = []
    for r in lines.head(max_lines).itertuples(index=False):
        doc = f'<td class="doc">{html.escape(str(r.doc_id))}:{r.sent_id}</td>' if show_doc else ""
        rows.append(
            f"<tr>{doc}<td class='left'>{html.escape(r.left)}</td>"
            f"<td class='node'><mark>{html.escape(r.node)}</mark></td>"
            f"<td class='right'>{html.escape(r.right)}</td></tr>")
    more = (f"<p>… {len(lines) - max_lines} more lines (export the table to see all).</p>"
            if len(lines) > max_lines else "")
    css = ("<style>.dc-kwic td{padding:2px 6px;white-space:nowrap;font-size:1.05em}"
           ".dc-kwic td.left{text-align:left}.dc-kwic td.right{text-align:right}"
           ".dc-kwic td.node{text-align:center;font-weight:bold}"
           ".dc-kwic td.doc{color:#777;font-size:.8em;direction:ltr}</style>")
    return HTML(f'{css}<table class="dc-kwic" dir="rtl" lang="ar">{"".join(rows)}</table>{more}')


def note(text: str) -> None:
    """Show a sentence of prose (Markdown) in the notebook; print it elsewhere."""
    try:
        from IPython import get_ipython
        from IPython.display import Markdown, display
    except ImportError:  # pragma: no cover - IPython is a dependency
        print(text)
        return
    if get_ipython() is None:
        print(text)
    else:
        display(Markdown(text))


def not_shown(name: str, reason: str) -> None:
    """Say in the notebook that the figure or table ``name`` was not made, and why.

    Used instead of drawing an empty frame or failing when a corpus gives a section nothing to
    show (no Arabic word, one outlet, no quotation …). The message carries the name in its
    output metadata, so ``discourse run`` lists every section that was not shown.
    """
    text = f"**Not shown: `{name}`** — {reason}"
    try:
        from IPython import get_ipython
        from IPython.display import Markdown, display
    except ImportError:  # pragma: no cover
        get_ipython = None  # noqa: N806
    if get_ipython is None or get_ipython() is None:
        print(f"Not shown: {name} — {reason}")
        return
    display(Markdown(text), metadata={NOT_SHOWN_KEY: {"name": name, "reason": reason}})
