import java.util.*;

public class Primes {
    public static boolean[] sieve(int n) {
        boolean[] isPrime = new boolean[n + 1];
        Arrays.fill(isPrime, true);
        isPrime[0] = false;
        if (n >= 1) isPrime[1] = false;
        for (int p = 2; (long) p * p <= n; p++) {
            if (!isPrime[p]) continue;
            for (int m = p * p; m <= n; m += p) isPrime[m] = false;
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
