def remove_all(xs: list, value) -> int:
    removed = 0
    for x in xs:
        if x == value:
            xs.remove(x)
            removed += 1
    return removed
