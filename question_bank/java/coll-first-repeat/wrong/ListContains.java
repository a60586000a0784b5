import java.util.*;

public class Repeats {
    public static Integer firstRepeat(List<Integer> xs) {
        List<Integer> seen = new ArrayList<>();
        for (Integer x : xs) {
            if (seen.contains(x)) return x;
            seen.add(x);
        }
        return null;
    }
}
