import java.util.*;

public class Repeats {
    public static Integer firstRepeat(List<Integer> xs) {
        Set<Integer> seen = new HashSet<>();
        for (Integer x : xs) {
            if (!seen.add(x)) return x;
        }
        return null;
    }
}
