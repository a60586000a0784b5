public class IntMath {
    public static long isqrt(long n) {
        return 0;
    }
}
