def unique_in_order(xs: list) -> list:
    return list(set(xs))
