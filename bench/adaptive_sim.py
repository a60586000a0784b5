"""Adaptive engine benchmark (same as ``python -m quizapp.adaptive simulate``); ``--help`` for flags."""

from __future__ import annotations

import os

# One BLAS thread: on a shared 2-core machine, threaded matrix-vector products are 10x slower, not faster.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from quizapp.adaptive.simulate import main

if __name__ == "__main__":
    main()
