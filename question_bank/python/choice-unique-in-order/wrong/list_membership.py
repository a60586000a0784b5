def unique_in_order(xs: list) -> list:
    out: list = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
