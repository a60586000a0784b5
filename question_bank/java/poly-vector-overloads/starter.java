public final class Vec {
    private final double x, y;

    public Vec(double x, double y) { this.x = x; this.y = y; }

    // x(), y(), plus(Vec), plus(double, double), times(double), times(Vec), norm(), toString()
}
