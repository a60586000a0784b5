def rle_encode(s: str) -> list[tuple[str, int]]:
    """The runs of equal consecutive characters of s, as (char, count) pairs."""
    ...


def rle_decode(pairs: list[tuple[str, int]]) -> str:
    """The string whose runs are pairs."""
    ...
