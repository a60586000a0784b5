public class Thermostat {
    public static final double MIN = 5.0;
    public static final double MAX = 30.0;

    public double target;

    public Thermostat(double initial) {
        setTarget(initial);
    }

    public double getTarget() { return target; }

    public void setTarget(double t) {
        if (t < MIN || t > MAX) {
            throw new IllegalArgumentException("target " + t + " outside [" + MIN + ", " + MAX + "]");
        }
        target = t;
    }

    public void raise(double delta) {
        target = Math.max(MIN, Math.min(MAX, target + delta));
    }
}
