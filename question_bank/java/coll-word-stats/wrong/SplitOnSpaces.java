import java.util.*;

public class WordStats {
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase().split(" ")) {
            if (!word.isEmpty()) counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    public static List<String> mostFrequent(String text, int k) {
        Map<String, Integer> counts = counts(text);
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(Comparator.comparing((String w) -> counts.get(w)).reversed()
                             .thenComparing(Comparator.naturalOrder()));
        return new ArrayList<>(words.subList(0, Math.min(k, words.size())));
    }
}
