def isqrt(n: int) -> int:
    if n < 0:
        raise ValueError("square root of a negative number")
    if n == 0:
        return 0
    x = n
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
