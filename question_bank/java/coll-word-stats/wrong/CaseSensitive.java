import java.util.*;

public class WordStats {
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetter(text.charAt(i))) {
                word.append(text.charAt(i));
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
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
