"""The one error type the math parser and graders raise for bad input."""

from __future__ import annotations

from dataclasses import dataclass

from graders.math.wording import N_

# How every message that points into the answer ends (translated by the app like the messages themselves).
AT_POSITION = N_("%(message)s (at position %(n)s)")


@dataclass(frozen=True)
class Wording:
    """A message as its template, the values of its ``%(name)s`` fields and the position it points at.

    The English text is ``template % params``; an app translates the template (and the fields that are fixed
    phrases such as "the end of the answer") into the applicant's language.
    """

    template: str
    params: tuple[tuple[str, str], ...] = ()
    position: int | None = None

    @classmethod
    def of(cls, template: str, position: int | None = None, **params: object) -> Wording:
        """The wording of ``template`` with its fields (every value kept as text)."""
        return cls(template, tuple((k, str(v)) for k, v in params.items()), position)

    def english(self) -> str:
        """The message in English, with its position."""
        text = self.template % dict(self.params) if self.params else self.template
        return text if self.position is None else AT_POSITION % {"message": text, "n": self.position + 1}


class MathInputError(ValueError):
    """An answer (or expected answer) that cannot be read; the message names the token and position.

    ``message`` is a template marked with ``N_``; keyword arguments fill its ``%(name)s`` fields.
    """

    def __init__(self, message: str, position: int | None = None, token: str | None = None, **params: object) -> None:
        self.wording = Wording.of(message, position, **params)
        self.message = message % dict(self.wording.params) if params else message
        self.position = position
        self.token = token
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.wording.english()
