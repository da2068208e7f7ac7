package plurix;

/**
 * The station the code runs on, used as if it were the local
 * {@link Station} object with static members: {@code STATION.id},
 * {@code STATION.register(t)}. The same compiled code means a different
 * station on every station that runs it.
 */
public final class STATION {

    /**
     * This station's number. Every read comes from the station-local area
     * (the compiler does not read it as a shared static field, whose value
     * would be one station's for the whole cluster).
     */
    public static final int id = localId();

    /** The size in bytes of the memory {@link #localMemory()} returns. */
    public static final int LOCAL_MEMORY_BYTES = 16384;

    private STATION() {
    }

    /**
     * The address of this station's driver memory: LOCAL_MEMORY_BYTES of
     * station-local memory outside the heap. It is not shared with other
     * stations and keeps its contents when a transaction aborts, so drivers
     * keep their state there: lay a STRUCT over it with
     * {@code MAGIC.cast2Struct(STATION.localMemory())}.
     */
    public static long localMemory() {
        return localMemoryAddress();
    }

    private static native long localMemoryAddress();

    private static native int localId();

    /** The Station object of the station this code runs on. */
    static native Station local();

    /** Registers {@code t} with this station with priority 0. */
    public static void register(Transaction t) {
        local().register(t, 0);
    }

    /** Registers {@code t} with this station with the given priority. */
    public static void register(Transaction t, int priority) {
        local().register(t, priority);
    }

    /**
     * Removes {@code t} from this station's transaction vector; the step
     * that is running finishes, and {@code t} is not run again. Does nothing
     * if {@code t} is not registered here.
     */
    public static void unregister(Transaction t) {
        local().remove(t);
    }

    /** Returns a copy of this station's transaction vector. */
    public static Transaction[] transactions() {
        return local().transactions();
    }
}
