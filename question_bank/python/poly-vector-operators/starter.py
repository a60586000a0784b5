import math


class Vector:
    def __init__(self, x: float, y: float) -> None:
        ...
