package plurix;

/**
 * Intrinsics for code that works below the object model: raw memory reads
 * and writes, x86 port I/O, and the address of an object. The compiler
 * expands each call inline. Addresses are plain longs; nothing checks them,
 * and writes to memory outside the heap are not undone when a transaction
 * aborts.
 */
public final class MAGIC {

    private MAGIC() {
    }

    /** Reads the byte at {@code addr}. */
    public static native byte rMem8(long addr);

    /** Reads the short at {@code addr}. */
    public static native short rMem16(long addr);

    /** Reads the int at {@code addr}. */
    public static native int rMem32(long addr);

    /** Reads the long at {@code addr}. */
    public static native long rMem64(long addr);

    /** Writes a byte at {@code addr}. */
    public static native void wMem8(long addr, byte value);

    /** Writes a short at {@code addr}. */
    public static native void wMem16(long addr, short value);

    /** Writes an int at {@code addr}. */
    public static native void wMem32(long addr, int value);

    /** Writes a long at {@code addr}. */
    public static native void wMem64(long addr, long value);

    /** Reads a byte from I/O port {@code port} (bare metal only). */
    public static native byte inPort8(int port);

    /** Reads a short from I/O port {@code port} (bare metal only). */
    public static native short inPort16(int port);

    /** Reads an int from I/O port {@code port} (bare metal only). */
    public static native int inPort32(int port);

    /** Writes a byte to I/O port {@code port} (bare metal only). */
    public static native void outPort8(int port, byte value);

    /** Writes a short to I/O port {@code port} (bare metal only). */
    public static native void outPort16(int port, short value);

    /** Writes an int to I/O port {@code port} (bare metal only). */
    public static native void outPort32(int port, int value);

    /** Returns the heap address of {@code o}; it changes if the object is relocated. */
    public static native long addr(Object o);

    /**
     * Returns a STRUCT over the memory at {@code addr}; cast it to the
     * STRUCT subclass that describes that memory.
     */
    public static native STRUCT cast2Struct(long addr);

    /** Returns the size in bytes of {@code o}, its header included. */
    public static native long sizeOf(Object o);
}
