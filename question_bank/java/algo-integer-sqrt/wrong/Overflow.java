public class IntMath {
    public static long isqrt(long n) {
        if (n < 0) throw new IllegalArgumentException("negative: " + n);
        if (n < 2) return n;
        long x = n;
        while (true) {
            long next = (x + n / x) / 2;
            if (next >= x) return x;
            x = next;
        }
    }
}
