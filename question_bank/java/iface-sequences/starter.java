interface Sequence {
    /** The term of index n >= 0; term(0) is the first term. */
    long term(int n);

    /** The sum of the first n terms, term(0) + ... + term(n - 1); 0 when n == 0. */
    default long sum(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) total += term(i);
        return total;
    }
}

// ArithmeticSequence and GeometricSequence go here.
