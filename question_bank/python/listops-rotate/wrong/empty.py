def rotate(xs: list, k: int) -> None:
    k %= len(xs)
    xs[:] = xs[len(xs) - k:] + xs[:len(xs) - k]
