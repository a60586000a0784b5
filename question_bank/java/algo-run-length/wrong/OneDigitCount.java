public class RunLength {
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            out.append(j - i).append(c);
            i = j;
        }
        return out.toString();
    }

    public static String decode(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < code.length(); i += 2) {
            int count = code.charAt(i) - '0';
            out.append(String.valueOf(code.charAt(i + 1)).repeat(count));
        }
        return out.toString();
    }
}
