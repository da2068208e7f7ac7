package plurix;

/**
 * Runs a class's {@code main} as one transaction on the station it is
 * registered with: what {@code plurix submit --on K} registers with station K.
 * Its one step runs main (an escaping exception is printed as java prints
 * it), keeps what main printed, and unregisters itself; whoever holds the
 * launcher reads the result once {@link #done()}.
 */
public final class MainLauncher extends Transaction {

    private final String className;
    private final String[] args;
    private String output;
    private int status = -1;

    /**
     * Creates a launcher of {@code className.main(args)}.
     *
     * @throws NullPointerException if className or args is null
     */
    public MainLauncher(String className, String[] args) {
        if (className == null || args == null) {
            throw new NullPointerException(className == null ? "class name is null" : "arguments are null");
        }
        this.className = className;
        this.args = args;
    }

    /**
     * Registers a launcher of {@code className.main(args)} with station
     * {@code station} and returns it, or returns null if the cluster has no
     * such station or that station takes no work (the page server, or a
     * station that only runs a main).
     */
    public static MainLauncher launchOn(int station, String className, String[] args) {
        if (!takesWork(station)) {
            return null;
        }
        Station[] stations = Cluster.stations();
        MainLauncher launcher = new MainLauncher(className, args);
        stations[station].register(launcher);
        return launcher;
    }

    /** Returns true if the cluster has station {@code station} and it takes work. */
    public static boolean takesWork(int station) {
        Station[] stations = Cluster.stations();
        return station >= 0 && station < stations.length && stations[station] != null && stations[station].accepting();
    }

    /** Runs main once, then leaves the station's vector. */
    public void run() {
        if (status < 0) {
            status = runMain(className, args);
            output = takeOutput();
        }
        Station here = STATION.local();
        if (here != null) {
            here.remove(this);
        }
    }

    /** Returns true once main has run. */
    public boolean done() {
        return status >= 0;
    }

    /** Returns main's exit status as java gives it (0, or 1 after an uncaught exception); -1 before. */
    public int status() {
        return status;
    }

    /** Returns what main printed to System.out and System.err, in order; null before. */
    public String output() {
        return output;
    }

    /** Returns the name of the class whose main this runs. */
    public String className() {
        return className;
    }

    private static native int runMain(String className, String[] args);

    private static native String takeOutput();
}
