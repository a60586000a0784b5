"""The kinds of math answer the graders read. A module of its own so that importing the package stays light:
``graders.math`` must not load sympy until an answer is actually read (the web app starts without it)."""

from __future__ import annotations

KINDS = ("expression", "numeric", "equation", "matrix", "set")
