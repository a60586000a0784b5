import java.util.*;

public class Sorted {
    public static void insert(List<Integer> xs, int value) {
    }

    public static int removeBetween(List<Integer> xs, int lo, int hi) {
        return 0;
    }
}
