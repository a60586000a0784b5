import java.util.*;

public class Repeats {
    public static Integer firstRepeat(List<Integer> xs) {
        return null;
    }
}
