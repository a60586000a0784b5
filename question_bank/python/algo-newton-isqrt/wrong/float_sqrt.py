def isqrt(n: int) -> int:
    if n < 0:
        raise ValueError("square root of a negative number")
    return int(n ** 0.5)
