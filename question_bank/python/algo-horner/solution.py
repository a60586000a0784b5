def horner(coeffs: list, x):
    r = 0
    for a in coeffs:
        r = r * x + a
    return r
