from math import gcd


class Rational:
    """An exact fraction num/den in lowest terms with den > 0."""

    def __init__(self, p: int, q: int = 1) -> None:
        ...
