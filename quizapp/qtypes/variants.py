"""Shared variant building: draw the parameters, then render the prompt, answer and solution templates."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quizapp.qtypes.templating import TemplateProblem, draw_parameters, render

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec


@functools.lru_cache(maxsize=512)
def _generator_from_source(source: str) -> Callable[..., dict[str, Any]]:
    """Compile an item's ``generate.py`` (instructor code, reviewed like the rest of the bank) once per source."""
    namespace: dict[str, Any] = {"__name__": "quizapp_item_generator"}
    try:
        exec(compile(source, "generate.py", "exec"), namespace)
    except Exception as exc:
        raise TemplateProblem("generate.py", f"{type(exc).__name__}: {exc}") from exc
    function = namespace.get("generate")
    if not callable(function):
        raise TemplateProblem("generate.py", "must define generate(rng, params) -> dict")
    return function


def parameters_for(spec: ItemSpec, seed: int) -> dict[str, Any]:
    """The parameters of the variant ``seed`` (deterministic)."""
    generator = _generator_from_source(spec.generator_source) if spec.generator_source else None
    try:
        return draw_parameters(spec.parameters, spec.constraints, seed, generator)
    except TemplateProblem:
        raise
    except Exception as exc:  # an instructor's generate.py failing is an authoring error, reported by field
        raise TemplateProblem("generate.py", f"{type(exc).__name__}: {exc}") from exc


def render_texts(spec: ItemSpec, params: dict[str, Any]) -> tuple[str, str]:
    """The rendered prompt and worked solution."""
    return render(spec.prompt, params, "prompt"), render(spec.solution, params, "solution")


def render_answer(spec: ItemSpec, params: dict[str, Any]) -> str:
    """The rendered hidden answer (math items write it as a template such as ``{@2*a@}x + {@b@}``)."""
    if spec.answer is None:
        raise TemplateProblem("answer", "is required for this type")
    return render(str(spec.answer), params, "answer").strip()
