public class RunLength {
    public static String encode(String s) {
        return "";
    }

    public static String decode(String code) {
        return "";
    }
}
