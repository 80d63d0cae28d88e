"""Cheap, linear-time HTML helpers that never build a tree.

Used to guard trafilatura/lxml against pathological markup (a nesting-depth scan),
as the fallback extraction when that guard trips or trafilatura finds nothing, and to
turn feed entry HTML into text. Script, style and similar content is always dropped.
"""

from __future__ import annotations

import html
import re

__all__ = ["html_title", "nesting_depth", "strip_tags"]

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# [^<>] rather than [^>]: a run of '<' without '>' cannot make the scan quadratic.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|svg|iframe|object|title)\b[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|article|section|blockquote|header|footer|"
    r"main|aside|nav|pre|dd|dt|dl|figure|figcaption|hr)\b[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_TITLE = re.compile(r"<title\b[^<>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def nesting_depth(markup: str, *, limit: int) -> int:
    """Deepest element nesting, scanning tags only; stops early once past ``limit``.

    Unclosed elements (``<p>``, ``<li>``) are popped when an ancestor closes, so
    ordinary sloppy HTML does not look deep.
    """
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deepest = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match[1], match[2].lower(), match[3]
        if name in _VOID or self_closing:
            continue
        if not closing:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            deepest = max(deepest, len(stack))
            if deepest > limit:
                return deepest
        elif open_count.get(name):
            while stack:
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
    return deepest


def html_title(markup: str) -> str | None:
    """The text of the first ``<title>`` element, if any."""
    match = _TITLE.search(markup)
    if match is None:
        return None
    title = _SPACES.sub(" ", html.unescape(_ANY_TAG.sub(" ", match[1]))).strip()
    return title or None


def strip_tags(markup: str) -> str:
    """Plain text from HTML: invisible elements dropped, whitespace folded, blocks end lines."""
    text = _COMMENT.sub(" ", markup)
    text = _INVISIBLE.sub(" ", text)
    text = _BLOCK.sub("\n", _WHITESPACE.sub(" ", text))
    text = html.unescape(_ANY_TAG.sub(" ", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANKS.sub("\n", "\n".join(lines)).strip()
