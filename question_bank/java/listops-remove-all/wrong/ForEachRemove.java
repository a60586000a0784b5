import java.util.*;

public class ListEdit {
    public static void removeAll(List<Integer> xs, int value) {
        for (Integer x : xs) {
            if (x == value) xs.remove(x);
        }
    }
}
