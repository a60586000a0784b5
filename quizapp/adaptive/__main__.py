"""``python -m quizapp.adaptive simulate [flags]``: run the adaptive benchmark."""

from __future__ import annotations

import sys

from quizapp.adaptive.simulate import main

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] != "simulate":
        sys.exit("usage: python -m quizapp.adaptive simulate [--help]")
    main(sys.argv[2:])
