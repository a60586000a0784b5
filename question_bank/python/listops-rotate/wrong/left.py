def rotate(xs: list, k: int) -> None:
    if not xs:
        return
    k %= len(xs)
    xs[:] = xs[k:] + xs[:k]
