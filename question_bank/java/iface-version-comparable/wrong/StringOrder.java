public class Version implements Comparable<Version> {
    private final String text;

    public Version(String text) { this.text = text; }

    @Override
    public int compareTo(Version other) { return text.compareTo(other.text); }

    @Override
    public String toString() { return text; }
}
