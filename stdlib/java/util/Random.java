package java.util;

/**
 * A pseudo-random number generator: Java's 48-bit linear congruential
 * generator, so that a given seed yields exactly the numbers Java's
 * java.util.Random yields.
 */
public class Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 1.0 / (1L << 53);
    private static final float FLOAT_UNIT = 1.0f / (1 << 24);

    /** Varies the seed of successive Random() objects created in one nanosecond. */
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** Creates a generator with a seed unlikely to equal any other's. */
    public Random() {
        this(nextSeedUniquifier() ^ System.nanoTime());
    }

    /** Creates a generator whose sequence is determined by {@code seed}. */
    public Random(long seed) {
        setSeed(seed);
    }

    private static long nextSeedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    /** Restarts the sequence as if this generator had been created with {@code seed}. */
    public void setSeed(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    /** Advances the generator and returns its top {@code bits} bits (1 to 32). */
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    /** Returns an int; all 2^32 values are about equally likely. */
    public int nextInt() {
        return next(32);
    }

    /**
     * Returns an int in [0, bound), each value equally likely.
     *
     * @throws IllegalArgumentException if bound is not positive
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        // Reject the top partial interval so every value is equally likely.
        for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
        }
        return r;
    }

    /** Returns a long built from two successive 32-bit values. */
    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    /** Returns true or false, equally likely. */
    public boolean nextBoolean() {
        return next(1) != 0;
    }

    /** Returns a float in [0.0f, 1.0f), a multiple of 2^-24. */
    public float nextFloat() {
        return next(24) * FLOAT_UNIT;
    }

    /** Returns a double in [0.0, 1.0), a multiple of 2^-53. */
    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
    }

    /**
     * Returns a normally distributed double (mean 0, deviation 1) by the
     * polar method, which yields two values per round, as Java's does.
     */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = Math.sqrt(-2 * Math.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
