abstract class Employee {
    private final String name;

    protected Employee(String name) { this.name = name; }

    public String getName() { return name; }

    public abstract double monthlyPay();

    public String payslip() {
        return name + ": " + String.format(java.util.Locale.ROOT, "%.2f", monthlyPay());
    }
}

// SalariedEmployee, HourlyEmployee and Manager (which extends SalariedEmployee) go here.
