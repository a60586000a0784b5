import java.util.*;

public class Sorted {
    public static void insert(List<Integer> xs, int value) {
        ListIterator<Integer> it = xs.listIterator();
        while (it.hasNext()) {
            if (it.next() > value) {
                it.previous();
                break;
            }
        }
        it.add(value);
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
