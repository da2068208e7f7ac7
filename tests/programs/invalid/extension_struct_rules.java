import plurix.MAGIC;
import plurix.STRUCT;

class Header extends STRUCT {
    int length;
    long next;
}

class BadStruct extends STRUCT {
    int fine;
    String name; // error: STRUCT fields must be of primitive type; name is of type String
    int[] data; // error: STRUCT fields must be of primitive type; data is of type int[]
}

class Holder {
    Header header; // error: field header of STRUCT type Header in non-STRUCT class Holder: a STRUCT is never referenced from the heap
    static Header shared; // error: field shared of STRUCT type Header in non-STRUCT class Holder: a STRUCT is never referenced from the heap
}

class ExtensionStructRules {
    static void f(long address) {
        Header h = new Header(); // error: STRUCT types cannot be instantiated with new; use MAGIC.cast2Struct
        Header[] many = new Header[4]; // error: array of STRUCT type Header: a STRUCT is never referenced from the heap
        Header fine = (Header) MAGIC.cast2Struct(address);
        fine.length = 3;
    }
}
