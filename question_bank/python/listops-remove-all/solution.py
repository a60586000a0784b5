def remove_all(xs: list, value) -> int:
    kept = [x for x in xs if x != value]
    removed = len(xs) - len(kept)
    xs[:] = kept
    return removed
