"""Marks the grader's fixed messages for translation, without importing any web framework.

``N_`` returns its text unchanged; the app's message catalog extracts every ``N_("...")`` (see babel.cfg) and
translates the stored message when it shows it. Messages with numbers or positions in them stay in English.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """The text itself: a marker for the translation catalog."""
    return text
