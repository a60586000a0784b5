// Tagged JSON encoding of Java values, matching valuecodec.py (lists, sets, maps, arrays, boxed primitives).
import java.lang.reflect.Array;
import java.util.*;

final class Json {
    static String str(String s) {
        if (s == null) return "null";
        if (s.length() > 100000) s = s.substring(0, 100000);
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String value(Object v, int depth) {
        if (depth > 50) throw new IllegalStateException("value nested too deeply");
        if (v == null) return "null";
        if (v instanceof Boolean) return v.toString();
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return "{\"__float__\":" + str(String.valueOf(d)) + "}";
            return Double.toString(d);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return v.toString();
        if (v instanceof java.math.BigInteger) return "{\"__bigint__\":" + str(v.toString()) + "}";
        if (v instanceof CharSequence || v instanceof Character) return str(v.toString());
        if (v.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Math.min(Array.getLength(v), 10000); i++) items.add(Array.get(v, i));
            return list(items, depth);
        }
        if (v instanceof Set) return "{\"__set__\":" + list(new ArrayList<>((Set<?>) v), depth) + "}";
        if (v instanceof Collection) return list(new ArrayList<>((Collection<?>) v), depth);
        if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{\"__dict__\":[");
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) b.append(',');
                first = false;
                b.append('[').append(value(e.getKey(), depth + 1)).append(',').append(value(e.getValue(), depth + 1)).append(']');
            }
            return b.append("]}").toString();
        }
        String text = String.valueOf(v);
        return "{\"__repr__\":" + str(text.length() > 1000 ? text.substring(0, 1000) : text) + "}";
    }

    static String list(List<?> items, int depth) {
        if (items.size() > 10000) throw new IllegalStateException("collection too large");
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) b.append(',');
            b.append(value(items.get(i), depth + 1));
        }
        return b.append(']').toString();
    }
}
