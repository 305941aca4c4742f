"""Showing Arabic right-to-left in JupyterLab: tables and concordances.

``rtl(df)`` styles any DataFrame so Arabic cells read right-to-left and align right;
``kwic_html(lines)`` lays concordance lines out as a reader of Arabic expects: the text before
the node on the right, the node highlighted in the middle, the text after it on the left.
Both leave the data untouched (they return display objects).
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = [
    "rtl",
    "kwic_html",
    "browse",
    "kwic_browser",
    "show_document",
    "note",
    "not_shown",
    "NOT_SHOWN_KEY",
]

NOT_SHOWN_KEY = "discourse_not_shown"

# The table is a right-to-left block that scrolls inside itself: a table wider than the page
# starts at its right edge (its first columns), instead of hiding them past the output area.
_TABLE_CSS = [
    {
        "selector": "td, th",
        "props": [("direction", "rtl"), ("text-align", "right"), ("unicode-bidi", "plaintext")],
    },
    {
        "selector": "",
        "props": [("direction", "rtl"), ("display", "block"), ("overflow-x", "auto"), ("max-width", "100%")],
    },
]


def rtl(df: pd.DataFrame, *, precision: int = 3, caption: str | None = None):
    """A pandas ``Styler`` showing the table right-to-left (columns run from the right).

    Numbers keep their own direction (``unicode-bidi: plaintext``) so ``3.5`` stays ``3.5``.

    Parameters
    ----------
    df : DataFrame
        The table.
    precision : int
        Decimals shown for floats.
    caption : str, optional
        A caption above it.
    """
    styler = df.style.set_table_styles(_TABLE_CSS).format(precision=precision)
    if caption:
        styler = styler.set_caption(caption)
    return styler


def kwic_html(lines: pd.DataFrame, *, max_lines: int = 200, show_doc: bool = True):
    """An HTML concordance (``dir="rtl"``, node highlighted) for JupyterLab.

    Returns an ``IPython.display.HTML`` object; ``.data`` holds the HTML string.

    Parameters
    ----------
    lines : DataFrame
        :func:`~discourse.stats.kwic.kwic` output.
    max_lines : int
        At most this many lines.
    show_doc : bool
        Show each line's document id.
    """
    from IPython.display import HTML

    rows = []
    for r in lines.head(max_lines).itertuples(index=False):
        doc = f'<td class="doc">{html.escape(str(r.doc_id))}:{r.sent_id}</td>' if show_doc else ""
        rows.append(
            f"<tr>{doc}<td class='left'>{html.escape(r.left)}</td>"
            f"<td class='node'><mark>{html.escape(r.node)}</mark></td>"
            f"<td class='right'>{html.escape(r.right)}</td></tr>"
        )
    more = (
        f"<p>… {len(lines) - max_lines} more lines (export the table to see all).</p>"
        if len(lines) > max_lines
        else ""
    )
    css = (
        "<style>.dc-kwic td{padding:2px 6px;white-space:nowrap;font-size:1.05em}"
        ".dc-kwic td.left{text-align:left}.dc-kwic td.right{text-align:right}"
        ".dc-kwic td.node{text-align:center;font-weight:bold}"
        ".dc-kwic td.doc{color:#777;font-size:.8em;direction:ltr}</style>"
    )
    return HTML(f'{css}<table class="dc-kwic" dir="rtl" lang="ar">{"".join(rows)}</table>{more}')


_BROWSE_MAX_ROWS = 20_000
_ITABLES_READY = False


def browse(
    df: pd.DataFrame, *, caption: str | None = None, page_length: int = 15, max_rows: int = _BROWSE_MAX_ROWS
):
    """An interactive table in JupyterLab: sort by any column, search, filter each column,
    page through thousands of rows, right-to-left (``itables``, its JavaScript embedded in the
    notebook, so it works offline and in exported HTML).

    Returns the display object (``display(dc.browse(df))`` or the cell's last line). Past
    ``max_rows`` rows the first ``max_rows`` are shown, with a note saying so.

    Parameters
    ----------
    df : DataFrame
        The table.
    caption : str, optional
        A caption above it.
    page_length : int
        Rows per page.
    max_rows : int
        At most this many rows are sent to the browser.
    """
    global _ITABLES_READY
    from IPython.display import HTML
    from itables import init_notebook_mode, to_html_datatable

    if not _ITABLES_READY:
        init_notebook_mode(all_interactive=False, connected=False)
        _ITABLES_READY = True
    shown = df.head(max_rows)
    more = (
        f"<p>The first {max_rows:,} of {len(df):,} rows; the saved table has all of them.</p>"
        if len(df) > max_rows
        else ""
    )
    table = to_html_datatable(
        shown,
        caption=caption,
        connected=False,
        maxBytes=0,
        maxRows=0,
        pageLength=page_length,
        classes="display compact",
        style="direction:rtl;width:100%",
        column_filters="footer",
        showIndex=False,
        order=[],
    )
    return HTML(f'<div dir="rtl" lang="ar">{table}</div>{more}')


def kwic_browser(lines: pd.DataFrame, **kwargs):
    """:func:`browse` for concordance lines: sortable by the node and each word around it
    (``L3 L2 L1 node R1 R2 R3``, L1 being the word just before the node), with the document,
    the sentence and the full left and right context; ``dc.show_document(docs, doc_id,
    start, end)`` opens a line's whole article with the hit highlighted.

    Parameters
    ----------
    lines : DataFrame
        :func:`~discourse.stats.kwic.kwic` output.
    **kwargs
        Passed to :func:`browse`.
    """
    cols = [
        c
        for c in (
            "query",
            "doc_id",
            "sent_id",
            "L3",
            "L2",
            "L1",
            "node",
            "R1",
            "R2",
            "R3",
            "left",
            "right",
            "start",
            "end",
        )
        if c in lines.columns
    ]
    return browse(lines[cols], **kwargs)


def show_document(docs: pd.DataFrame, doc_id: str, start: int | None = None, end: int | None = None):
    """One article, right-to-left, paragraph by paragraph, its title above and the span
    ``text[start:end]`` (a concordance hit, a cue, a quotation) highlighted.

    Parameters
    ----------
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    doc_id : str
        The document to show.
    start, end : int, optional
        A character span of its text to mark (a hit).
    """
    from IPython.display import HTML

    rows = docs.loc[docs["doc_id"] == doc_id]
    if rows.empty:
        raise KeyError(f"no document {doc_id!r} in the documents table.")
    doc = rows.iloc[0]
    text = str(doc["text"])
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        body = (
            html.escape(text[:start])
            + "<mark>"
            + html.escape(text[start:end])
            + "</mark>"
            + html.escape(text[end:])
        )
    else:
        body = html.escape(text)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    title = doc.get("title")
    head = f"<h4>{html.escape(str(title))}</h4>" if isinstance(title, str) and title else ""
    meta = " · ".join(str(doc[c]) for c in ("outlet", "date") if c in doc and pd.notna(doc[c]))
    return HTML(
        f'<div dir="rtl" lang="ar" style="max-width:48em">{head}'
        f'<p style="color:#777">{html.escape(meta)} · {html.escape(str(doc_id))}</p>'
        f"{paras}</div>"
    )


def note(text: str) -> None:
    """Show a sentence of prose (Markdown) in the notebook; print it elsewhere.

    Parameters
    ----------
    text : str
        Markdown.
    """
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

    Parameters
    ----------
    name : str
        The figure or table that is not drawn (its file name).
    reason : str
        Why, in a sentence a researcher can act on.
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
