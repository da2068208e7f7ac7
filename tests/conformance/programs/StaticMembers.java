// Static fields and methods: one variable shared by all instances, static
// counters updated from constructors, static methods called through the
// class and unqualified, static final arrays whose elements change, and
// static state surviving across calls.
public class StaticMembers {
    static int instances;
    static final int[] HISTORY = new int[5];
    static long sequence = 1000;

    final int serial;

    StaticMembers() {
        instances++;
        serial = next();
        HISTORY[(instances - 1) % HISTORY.length] = serial;
    }

    static int next() {
        sequence += 7;
        return (int) (sequence % 1000);
    }

    static class Registry {
        static String[] names = new String[4];
        static int count;

        static void add(String n) {
            if (count == names.length) {
                String[] bigger = new String[count * 2];
                System.arraycopy(names, 0, bigger, 0, count);
                names = bigger;
            }
            names[count++] = n;
        }

        static String all() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(names[i]).append(i + 1 < count ? "," : "");
            }
            return sb.toString();
        }
    }

    static int memo(int n, long[] cache) {
        if (cache[n] != 0) {
            return (int) cache[n];
        }
        int r = n < 2 ? n : (memo(n - 1, cache) + memo(n - 2, cache)) % 1000007;
        cache[n] = r;
        return r;
    }

    public static void main(String[] args) {
        StaticMembers a = new StaticMembers();
        StaticMembers b = new StaticMembers();
        System.out.println("instances " + instances + " serials " + a.serial + " " + b.serial);
        for (int i = 0; i < 6; i++) {
            new StaticMembers();
        }
        System.out.println("instances " + StaticMembers.instances + " sequence " + sequence);
        StringBuilder h = new StringBuilder();
        for (int v : HISTORY) {
            h.append(v).append(' ');
        }
        System.out.println("history " + h);
        for (int i = 0; i < 10; i++) {
            Registry.add("n" + i * i);
        }
        System.out.println("registry " + Registry.count + " [" + Registry.all() + "] capacity " + Registry.names.length);
        long[] cache = new long[500];
        System.out.println("memo fib(400) mod p = " + memo(400, cache));
        int before = instances;
        StaticMembers[] none = new StaticMembers[10];
        System.out.println("array creation constructs nothing: " + (instances == before) + " " + none.length);
    }
}
