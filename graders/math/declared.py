"""Undeclared letters: with ``strict_variables``, a letter the question does not declare is refused, not graded.

A question on x whose applicant types y cannot be right; saying "y is not a variable here" costs nothing and
teaches more than a mark of zero (as Numbas and WeBWorK warn on unexpected variables).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from graders.math.errors import MathInputError
from graders.math.nodes import Name
from graders.math.vocabulary import CONSTANTS
from graders.math.wording import N_


def names_in(node: Any) -> set[str]:
    """Every name used in a parsed answer."""
    if isinstance(node, Name):
        return {node.name}
    found: set[str] = set()
    if dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            found |= names_in(getattr(node, f.name))
    elif isinstance(node, list | tuple):
        for child in node:
            found |= names_in(child)
    return found


def check_declared(node: Any, variables: frozenset[str]) -> None:
    """Raise MathInputError naming the first undeclared variable (constants like e, i, pi are always allowed)."""
    unknown = sorted(n for n in names_in(node) if n not in variables and n not in CONSTANTS)
    if unknown:
        if not variables:
            raise MathInputError(N_("'%(name)s' is not a variable of this question (it has none)"), name=unknown[0])
        raise MathInputError(N_("'%(name)s' is not a variable of this question (variables: %(declared)s)"),
                             name=unknown[0], declared=", ".join(sorted(variables)))
