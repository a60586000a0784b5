class Span:
    """The integers x with start <= x < stop."""

    def __init__(self, start: int, stop: int) -> None:
        ...
