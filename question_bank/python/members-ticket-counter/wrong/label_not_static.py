class Ticket:
    _count = 0

    def __init__(self, holder: str) -> None:
        Ticket._count += 1
        self.number = Ticket._count
        self.holder = holder

    @classmethod
    def issued(cls) -> int:
        return cls._count

    @classmethod
    def reset(cls) -> None:
        cls._count = 0

    def label(number: int) -> str:
        return f"T-{number:04d}"

    def __str__(self) -> str:
        return f"{Ticket.label(self.number)} ({self.holder})"
