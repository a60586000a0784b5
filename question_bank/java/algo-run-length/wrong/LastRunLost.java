public class RunLength {
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1)) {
                run++;
            } else {
                out.append(run).append(s.charAt(i - 1));
                run = 1;
            }
        }
        return out.toString();
    }

    public static String decode(String code) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (char c : code.toCharArray()) {
            if (Character.isDigit(c)) {
                count = count * 10 + (c - '0');
            } else {
                out.append(String.valueOf(c).repeat(count));
                count = 0;
            }
        }
        return out.toString();
    }
}
