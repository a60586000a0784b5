import re
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    """The k most frequent words of text as (word, count), by decreasing count then alphabetically."""
    ...
