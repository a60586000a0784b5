import math


def horner(coeffs: list, x):
    n = len(coeffs) - 1
    return sum(a * math.pow(x, n - i) for i, a in enumerate(coeffs))
