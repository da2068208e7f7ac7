import plurix.MAGIC;
import plurix.STRUCT;

class Header extends STRUCT {
    int length;
    long next;
}

class BadStruct extends STRUCT {
    int fine;
    String name; // error: STRUCT
    int[] data; // error: STRUCT
}

class Holder {
    Header header; // error: a STRUCT is never referenced from the heap
    static Header shared; // error: a STRUCT is never referenced from the heap
}

class ExtensionStructRules {
    static void f(long address) {
        Header h = new Header(); // error: STRUCT types cannot be instantiated with new; use MAGIC.cast2Struct
        Header[] many = new Header[4]; // error: a STRUCT is never referenced from the heap
        Header fine = (Header) MAGIC.cast2Struct(address);
        fine.length = 3;
    }
}
