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
        int n = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            if (parts[i] != other.parts[i]) return Integer.compare(parts[i], other.parts[i]);
        }
        return Integer.compare(parts.length, other.parts.length);
    }

    @Override
    public String toString() { return text; }
}
