def rotate(xs: list, k: int) -> None:
    if not xs or k == 0:
        return
    xs[:] = xs[-k:] + xs[:-k]
