package plurix;

/**
 * The base class of raw-memory types. A STRUCT subclass describes memory
 * outside the object heap (device registers, station-local tables): its
 * fields, which must all be primitive, are laid out in declaration order at
 * their natural alignment, and reading or writing a field reads or writes
 * that memory. A STRUCT is never referenced from the heap: no field of an
 * ordinary class and no array element may have a STRUCT type, a STRUCT is
 * never created with {@code new}, and an ordinary class may not extend one.
 * Obtain one with {@code (MyStruct) MAGIC.cast2Struct(address)} and keep it
 * in a local variable.
 */
public abstract class STRUCT {
}
