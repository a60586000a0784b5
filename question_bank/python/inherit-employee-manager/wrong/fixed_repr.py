class Employee:
    def __init__(self, name: str, monthly_salary: int) -> None:
        self.name = name
        self.monthly_salary = monthly_salary

    def annual_cost(self) -> int:
        return 12 * self.monthly_salary

    def team_cost(self) -> int:
        return self.annual_cost()

    def __repr__(self) -> str:
        return f"Employee({self.name!r})"


class Manager(Employee):
    def __init__(self, name: str, monthly_salary: int, bonus: int) -> None:
        super().__init__(name, monthly_salary)
        self.bonus = bonus
        self.reports: list[Employee] = []

    def add_report(self, person: Employee) -> None:
        self.reports.append(person)

    def annual_cost(self) -> int:
        return super().annual_cost() + self.bonus

    def team_cost(self) -> int:
        return self.annual_cost() + sum(p.team_cost() for p in self.reports)
