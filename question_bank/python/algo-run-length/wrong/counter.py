from collections import Counter


def rle_encode(s: str) -> list[tuple[str, int]]:
    return list(Counter(s).items())


def rle_decode(pairs: list[tuple[str, int]]) -> str:
    return "".join(ch * count for ch, count in pairs)
