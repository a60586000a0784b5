public class Search {
    public static int lowerBound(int[] a, int target) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= target) return i;
        }
        return a.length;
    }
}
