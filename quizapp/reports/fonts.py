"""A Unicode font for report PDFs: DejaVu Sans, as shipped inside matplotlib (a pip dependency, no system fonts).

ReportLab's built-in Helvetica only draws Windows-1252; applicants' names (Żółć, Nguyễn, Ørsted) and symbols
(θ, ≥) need more.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "Body", "Body-Bold", "Body-Italic", "Body-BoldItalic"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


@functools.cache
def register() -> bool:
    """Register the Body font family once; False (Helvetica is then used) if the font files are missing."""
    import matplotlib  # only for its data path: pyplot is never imported

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if not all((folder / name).is_file() for name in _FILES.values()):
        return False
    for face, name in _FILES.items():
        pdfmetrics.registerFont(TTFont(face, str(folder / name)))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, face)
    return True


def font(bold: bool = False) -> str:
    """The font name to use: the Unicode family when available, Helvetica otherwise."""
    if register():
        return BOLD if bold else REGULAR
    return "Helvetica-Bold" if bold else "Helvetica"
