"""Adaptive testing engine: IRT models, joint topic estimation, item selection, calibration (numpy only).

Nothing here imports Flask or the app's models; importing the package has no side effects.
"""

from __future__ import annotations

from quizapp.adaptive.engine import AdaptiveEngine, make_engine

__all__ = ["AdaptiveEngine", "make_engine"]
