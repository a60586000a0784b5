from math import gcd


class Rational:
    def __init__(self, p: int, q: int = 1) -> None:
        if q == 0:
            raise ZeroDivisionError("denominator is zero")
        if q < 0:
            p, q = -p, -q
        g = gcd(p, q)
        self.num, self.den = p // g, q // g

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rational):
            return NotImplemented
        return (self.num, self.den) == (other.num, other.den)

    def _unused(self) -> int:
        return hash((self.num, self.den))

    def __repr__(self) -> str:
        return f"Rational({self.num}, {self.den})"

    def __add__(self, other: "Rational") -> "Rational":
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)
