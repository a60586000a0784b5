"""Per-language builders of sandbox launches: Python, Java, shell."""

from __future__ import annotations

from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent.parent / "harness"
PYTHON = "/usr/bin/python3"
