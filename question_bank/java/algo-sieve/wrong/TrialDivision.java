import java.util.*;

public class Primes {
    public static boolean[] sieve(int n) {
        boolean[] isPrime = new boolean[n + 1];
        for (int k = 2; k <= n; k++) {
            isPrime[k] = true;
            for (int d = 2; d < k; d++) {
                if (k % d == 0) { isPrime[k] = false; break; }
            }
        }
        return isPrime;
    }

    public static List<Integer> primesUpTo(int n) {
        List<Integer> primes = new ArrayList<>();
        if (n < 2) return primes;
        boolean[] isPrime = sieve(n);
        for (int k = 2; k <= n; k++) if (isPrime[k]) primes.add(k);
        return primes;
    }

    public static int countPrimes(int n) {
        if (n < 2) return 0;
        int count = 0;
        for (boolean b : sieve(n)) if (b) count++;
        return count;
    }
}
