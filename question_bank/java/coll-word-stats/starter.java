import java.util.*;

public class WordStats {
    public static Map<String, Integer> counts(String text) {
        return new HashMap<>();
    }

    public static List<String> mostFrequent(String text, int k) {
        return new ArrayList<>();
    }
}
