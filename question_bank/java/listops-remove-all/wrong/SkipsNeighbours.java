import java.util.*;

public class ListEdit {
    public static void removeAll(List<Integer> xs, int value) {
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) == value) xs.remove(i);
        }
    }
}
