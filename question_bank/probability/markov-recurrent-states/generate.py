"""A 5-state chain with one closed class and transient states that all lead into it."""

from __future__ import annotations

from typing import Any

import numpy as np

STATES = 5


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """The closed class is a random set of 2–3 states; each transient state has an edge into the closed class."""
    order = rng.permutation(STATES)
    size = int(rng.integers(2, 4))
    closed = sorted(int(s) for s in order[:size])
    transient = sorted(int(s) for s in order[size:])
    edges: dict[int, set[int]] = {s: set() for s in range(STATES)}
    for position, state in enumerate(closed):  # a cycle through the closed class makes it irreducible
        edges[state].add(closed[(position + 1) % size])
        if rng.integers(2):
            edges[state].add(state)
    for state in transient:
        edges[state].add(int(rng.choice(closed)))
        others = [s for s in range(STATES) if s != state]
        edges[state].add(int(rng.choice(others)))
    lines = []
    for state in range(STATES):
        targets = sorted(edges[state])
        lines.append(f"- from state {state + 1}: " + ", ".join(
            f"to {t + 1} with probability {_share(len(targets))}" for t in targets))
    return {
        "transitions": "\n".join(lines),
        "answer": "{" + ", ".join(str(s + 1) for s in closed) + "}",
        "reversed": "{" + ", ".join(str(s + 1) for s in reversed(closed)) + "}",
        "transient": "{" + ", ".join(str(s + 1) for s in transient) + "}",
        "closed_tex": ", ".join(str(s + 1) for s in closed),
        "transient_tex": ", ".join(str(s + 1) for s in transient),
        "everything": "{1, 2, 3, 4, 5}",
    }


def _share(count: int) -> str:
    """1/k written for the prompt (inline math)."""
    return "$1$" if count == 1 else f"$\\frac{{1}}{{{count}}}$"
