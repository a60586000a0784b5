public class Ticket {
    private static int created = 0;
    private int issued = 0;
    private final int number;

    public Ticket() {
        created++;
        issued++;
        number = issued;
    }

    public int getNumber() { return number; }

    public static int issued() { return created; }

    public static void reset() { created = 0; }
}
