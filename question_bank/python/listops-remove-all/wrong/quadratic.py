def remove_all(xs: list, value) -> int:
    removed = 0
    while value in xs:
        xs.remove(value)
        removed += 1
    return removed
