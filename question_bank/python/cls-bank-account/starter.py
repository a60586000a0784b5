class Account:
    """A bank account whose balance never becomes negative."""

    def __init__(self, owner: str, balance: int = 0) -> None:
        ...
