public final class Vec {
    private final double x, y;

    public Vec(double x, double y) { this.x = x; this.y = y; }

    public double x() { return x; }
    public double y() { return y; }

    public Vec plus(Vec v) { return new Vec(x + v.x, y + v.y); }
    public Vec plus(double dx, double dy) { return new Vec(x + dx, y + dy); }

    public Vec times(double k) { return new Vec(k * x, y); }
    public double times(Vec v) { return x * v.x + y * v.y; }

    public double norm() { return Math.hypot(x, y); }

    @Override
    public String toString() { return "(" + x + ", " + y + ")"; }
}
