import java.util.*;

public class ListEdit {
    public static void removeAll(List<Integer> xs, int value) {
    }
}
