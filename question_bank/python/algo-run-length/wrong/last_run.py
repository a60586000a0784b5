def rle_encode(s: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    if not s:
        return runs
    current, count = s[0], 0
    for ch in s:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    return runs


def rle_decode(pairs: list[tuple[str, int]]) -> str:
    return "".join(ch * count for ch, count in pairs)
