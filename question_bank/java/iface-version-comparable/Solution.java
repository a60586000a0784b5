public class Version implements Comparable<Version> {
    private final String text;
    private final int[] parts;

    public Version(String text) {
        this.text = text;
        String[] pieces = text.split("\\.");
        parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) parts[i] = Integer.parseInt(pieces[i]);
    }

    @Override
    public int compareTo(Version other) {
        int n = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) return Integer.compare(a, b);
        }
        return 0;
    }

    @Override
    public String toString() { return text; }
}
