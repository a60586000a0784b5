public class IntMath {
    public static long isqrt(long n) {
        if (n < 0) throw new IllegalArgumentException("negative: " + n);
        return (long) Math.sqrt(n);
    }
}
