// The steady-state harness every language benchmark shares (its C++ twin is
// lang_bench.h). A benchmark takes `<size> <repetitions>`, runs its kernel
// `repetitions` times, prints the kernel's result lines to System.out once and
// `time-ms <fastest repetition>` to System.err. The fastest repetition is the
// steady state: HotSpot's first repetitions include its JIT warm-up.
// Invariant: every repetition must produce the same result lines; a kernel
// whose repetitions disagree is reported as an error, never timed.
public abstract class LangBench {
    // Requires: size within the bounds the benchmark passed to run().
    // Guarantees: returns the result lines (each ending in "\n"), the same for
    // the same size on every call.
    protected abstract String runOnce(int size);

    // Parses `[size [repetitions]]`, runs the kernel and prints its result and time.
    // Guarantees: bad arguments print a usage line to System.err and exit with 2.
    static void run(LangBench bench, String name, String[] args, int defaultSize, int minSize, int maxSize) {
        int size = defaultSize;
        int repetitions = 1;
        try {
            if (args.length > 0) {
                size = Integer.parseInt(args[0]);
            }
            if (args.length > 1) {
                repetitions = Integer.parseInt(args[1]);
            }
        } catch (NumberFormatException e) {
            size = minSize - 1;
        }
        if (args.length > 2 || size < minSize || size > maxSize || repetitions < 1) {
            System.err.println("usage: " + name + " [size [repetitions]] with " + minSize + " <= size <= "
                    + maxSize + " and repetitions >= 1");
            System.exit(2);
            return;
        }
        String first = null;
        long fastest = Long.MAX_VALUE;
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            String result = bench.runOnce(size);
            long elapsed = System.nanoTime() - start;
            if (first == null) {
                first = result;
            } else if (!first.equals(result)) {
                System.err.println(name + ": repetition " + r + " gave a different result");
                System.exit(1);
                return;
            }
            fastest = Math.min(fastest, elapsed);
        }
        System.out.print(first);
        System.err.println("time-ms " + millis(fastest));
    }

    // Nanoseconds as milliseconds with one decimal, rounded to nearest.
    static String millis(long nanos) {
        long tenths = (nanos + 50000L) / 100000L;
        return (tenths / 10) + "." + (tenths % 10);
    }
}
