class Temperature:
    """A temperature that can never be below absolute zero (-273.15 °C)."""

    def __init__(self, celsius: float = 0.0) -> None:
        ...
