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

class ArithmeticSequence implements Sequence {
    private final long first, difference;

    ArithmeticSequence(long first, long difference) {
        this.first = first;
        this.difference = difference;
    }

    @Override
    public long term(int n) { return first + n * difference; }
}

class GeometricSequence implements Sequence {
    private final long first, ratio;

    GeometricSequence(long first, long ratio) {
        this.first = first;
        this.ratio = ratio;
    }

    @Override
    public long term(int n) {
        long value = first;
        for (int i = 0; i < n; i++) value *= ratio;
        return value;
    }
}
