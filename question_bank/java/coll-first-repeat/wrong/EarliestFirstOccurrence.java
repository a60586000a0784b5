import java.util.*;

public class Repeats {
    public static Integer firstRepeat(List<Integer> xs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Integer x : xs) counts.merge(x, 1, Integer::sum);
        for (Integer x : xs) {
            if (counts.get(x) > 1) return x;
        }
        return null;
    }
}
