public class Ticket {
    private static int issued = 0;

    public Ticket() {
        issued++;
    }

    public int getNumber() { return issued; }

    public static int issued() { return issued; }

    public static void reset() { issued = 0; }
}
