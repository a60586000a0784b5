import java.util.*;

public class Repeats {
    public static Integer firstRepeat(List<Integer> xs) {
        for (int j = 0; j < xs.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (xs.get(i) == xs.get(j)) return xs.get(j);
            }
        }
        return null;
    }
}
