import java.util.*;

public class ListEdit {
    public static void removeAll(List<Integer> xs, int value) {
        Iterator<Integer> it = xs.iterator();
        while (it.hasNext()) {
            if (it.next() == value) it.remove();
        }
    }
}
