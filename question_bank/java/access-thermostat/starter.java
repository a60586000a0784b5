public class Thermostat {
    public static final double MIN = 5.0;
    public static final double MAX = 30.0;

    // the target temperature (keep it private), constructor, getTarget, setTarget, raise
}
