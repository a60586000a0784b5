public class Ticket {
    private static int issued = 0;
    private final int number;

    public Ticket() {
        issued++;
        number = issued;
    }

    public int getNumber() { return number; }

    public static int issued() { return issued; }

    public static void reset() { issued = 0; }
}
