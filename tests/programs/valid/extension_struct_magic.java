// plurix: extension
// Raw memory through STRUCT and MAGIC: a STRUCT type with primitive fields
// placed at an address, and the memory and port intrinsics.
import plurix.MAGIC;
import plurix.STRUCT;

class PageEntry extends STRUCT {
    long frame;
    int flags;
    short owner;
    byte kind;
    boolean dirty;
}

class ExtensionStructMagic {
    static long describe(long address) {
        PageEntry e = (PageEntry) MAGIC.cast2Struct(address);
        e.flags |= 1;
        e.dirty = true;
        return e.frame + e.flags + e.owner + e.kind;
    }

    public static void main(String[] args) {
        int[] buffer = new int[16];
        long addr = MAGIC.addr(buffer);
        byte b = MAGIC.rMem8(addr);
        short s = MAGIC.rMem16(addr);
        int i = MAGIC.rMem32(addr);
        long l = MAGIC.rMem64(addr);
        MAGIC.wMem8(addr, (byte) 1);
        MAGIC.wMem16(addr, (short) 2);
        MAGIC.wMem32(addr, 3);
        MAGIC.wMem64(addr, 4L);
        long size = MAGIC.sizeOf(buffer);
        if (args.length > 100) {
            int status = MAGIC.inPort8(0x64) + MAGIC.inPort16(0x1f0) + MAGIC.inPort32(0xcf8);
            MAGIC.outPort8(0x80, (byte) status);
            MAGIC.outPort16(0x1f0, (short) 0);
            MAGIC.outPort32(0xcf8, 0);
        }
        System.out.println(b + s + i + l + size + describe(addr));
    }
}
