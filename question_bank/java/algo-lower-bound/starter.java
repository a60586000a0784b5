public class Search {
    public static int lowerBound(int[] a, int target) {
        return 0;
    }
}
