import re
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    if k <= 0:
        return []
    return Counter(re.findall(r"[a-z]+", text.lower())).most_common(k)
