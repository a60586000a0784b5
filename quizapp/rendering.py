"""Markdown with ``$…$`` math to safe HTML: markdown-it for the text, nh3 to sanitise, KaTeX in the browser.

Math is emitted as ``<span class="math inline">`` / ``<div class="math block">`` holding the TeX source as text;
``static/js/app.js`` renders those with the vendored KaTeX. Everything goes through nh3, so HTML in bank content
or answers comes out inert.
"""

from __future__ import annotations

import functools
import html

import nh3
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "span", "div", "table", "thead",
    "tbody", "tr", "th", "td", "a", "h3", "h4", "hr", "sub", "sup",
}
ALLOWED_ATTRIBUTES = {"span": {"class"}, "div": {"class"}, "code": {"class"}, "a": {"href", "title"},
                      "th": {"align"}, "td": {"align"}}


@functools.lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    # The plugin wraps the escaped TeX in <span class="math inline"> or <div class="math block">.
    md.use(dollarmath_plugin, allow_space=True, allow_digits=False, double_inline=True,
           renderer=lambda content, options: html.escape(content))
    return md


@functools.lru_cache(maxsize=4096)
def markdown_to_html(text: str) -> str:
    """Render Markdown with math to sanitised HTML (safe to mark ``|safe`` in templates)."""
    raw = _parser().render(text)
    return nh3.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="noopener noreferrer")


def inline_markdown_to_html(text: str) -> str:
    """Render a short Markdown fragment (a choice, a feedback line) without the surrounding paragraph."""
    rendered = markdown_to_html(text).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered
