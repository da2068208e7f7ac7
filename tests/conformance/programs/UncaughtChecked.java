// A checked exception declared on main and thrown out of it ends the
// program with exit status 1.
public class UncaughtChecked {
    static class ConfigMissing extends Exception {
        ConfigMissing(String what) {
            super("no configuration for " + what);
        }
    }

    static String lookup(String key) throws ConfigMissing {
        if (key.startsWith("known")) {
            return key.toUpperCase();
        }
        throw new ConfigMissing(key);
    }

    public static void main(String[] args) throws Exception {
        String[] keys = {"known.a", "known.b", "unknown.c", "known.d"};
        for (String k : keys) {
            System.out.println(k + " -> " + lookup(k));
        }
    }
}
