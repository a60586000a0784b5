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
        for (int i = 0; i < xs.size(); i++) {
            int v = xs.get(i);
            if (v >= lo && v <= hi) {
                xs.remove(i);
                removed++;
            }
        }
        return removed;
    }
}
