import java.util.*;

public class Primes {
    public static boolean[] sieve(int n) {
        return new boolean[n + 1];
    }

    public static List<Integer> primesUpTo(int n) {
        return new ArrayList<>();
    }

    public static int countPrimes(int n) {
        return 0;
    }
}
