"""Language selection: the user's choice (session or account), else the browser's preference."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask import current_app, request, session
from flask_babel import gettext
from flask_login import current_user

from graders.math.errors import AT_POSITION, Wording


def select_locale() -> str | None:
    """The locale for this request: explicit choice first, then ``Accept-Language``."""
    languages = current_app.config["LANGUAGES"]
    chosen = session.get("lang")
    if chosen in languages:
        return chosen
    if current_user and current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


def localise(message: str, wording: Any = None) -> str:
    """A message from the graders or a question type, in the request's language.

    ``wording`` (a :class:`graders.math.errors.Wording`) holds the message as a template with its fields: the
    template is translated, and so is every field that is itself a fixed phrase ("the end of the answer"); a field
    such as a typed symbol has no translation and stays as it is. Without ``wording`` the message is looked up as
    it is (fixed messages marked with ``N_``); anything not in the catalog is shown unchanged.
    """
    if wording is None:
        return gettext(message) if message else message
    fields = {name: gettext(value) if value else value for name, value in wording.params}
    text = gettext(wording.template, **fields) if fields else gettext(wording.template)
    if wording.position is None:
        return text
    return gettext(AT_POSITION, message=text, n=wording.position + 1)


def localised_feedback(feedback: str | None, parts: Iterable[Wording] = ()) -> str:
    """Graded feedback in the request's language: sentence by sentence when its parts (templates with their fields,
    see :func:`quizapp.qtypes.base.worded_grade`) are known, else the stored text looked up as a whole."""
    parts = tuple(parts)
    if parts:
        return " ".join(localise(part.english(), part) for part in parts)
    return localise(feedback or "")
