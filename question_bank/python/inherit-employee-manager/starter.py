class Employee:
    def __init__(self, name: str, monthly_salary: int) -> None:
        ...


class Manager(Employee):
    def __init__(self, name: str, monthly_salary: int, bonus: int) -> None:
        ...
