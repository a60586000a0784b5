abstract class Employee {
    private final String name;

    protected Employee(String name) { this.name = name; }

    public String getName() { return name; }

    public abstract double monthlyPay();

    public String payslip() {
        return name + ": " + String.format(java.util.Locale.ROOT, "%.2f", monthlyPay());
    }
}

class SalariedEmployee extends Employee {
    private final double annualSalary;

    SalariedEmployee(String name, double annualSalary) {
        super(name);
        this.annualSalary = annualSalary;
    }

    @Override
    public double monthlyPay() { return annualSalary / 12; }
}

class HourlyEmployee extends Employee {
    private static final double REGULAR_HOURS = 160;
    private final double hourlyRate;
    private final double hours;

    HourlyEmployee(String name, double hourlyRate, double hours) {
        super(name);
        this.hourlyRate = hourlyRate;
        this.hours = hours;
    }

    @Override
    public double monthlyPay() {
        double regular = Math.min(hours, REGULAR_HOURS);
        double overtime = Math.max(0, hours - REGULAR_HOURS);
        return regular * hourlyRate + overtime * 1.5 * hourlyRate;
    }
}

class Manager extends SalariedEmployee {
    private final double monthlyBonus;

    Manager(String name, double annualSalary, double monthlyBonus) {
        super(name, annualSalary);
        this.monthlyBonus = monthlyBonus;
    }

    @Override
    public double monthlyPay() { return super.monthlyPay() + monthlyBonus; }
}
