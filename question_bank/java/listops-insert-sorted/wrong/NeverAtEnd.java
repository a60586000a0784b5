import java.util.*;

public class Sorted {
    public static void insert(List<Integer> xs, int value) {
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) > value) {
                xs.add(i, value);
                return;
            }
        }
    }

    public static int removeBetween(List<Integer> xs, int lo, int hi) {
        int removed = 0;
        ListIterator<Integer> it = xs.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v > hi) break;
            if (v >= lo) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
