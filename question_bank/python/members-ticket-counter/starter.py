class Ticket:
    """Tickets numbered 1, 2, 3, ... across all instances."""

    def __init__(self, holder: str) -> None:
        ...
