public class Version implements Comparable<Version> {
    public Version(String text) {
    }

    @Override
    public int compareTo(Version other) {
        return 0;
    }
}
