class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        if balance < 0:
            raise ValueError("initial balance must not be negative")
        self.owner = owner
        self.balance = balance
        self._history: list[tuple[str, int]] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self._history.append(("deposit", amount))

    def withdraw(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self._history.append(("withdraw", amount))

    def history(self) -> list[tuple[str, int]]:
        return list(self._history)
