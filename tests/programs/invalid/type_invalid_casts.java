class TypeInvalidCasts {
    static final class Sealed {
    }

    interface Marker {
    }

    static void f(Object o, String s, boolean flag) {
        String a = (String) 5; // error: incompatible types: int cannot be converted to String
        Integer b = (Integer) s; // error: incompatible types: String cannot be converted to Integer
        int c = (int) flag; // error: incompatible types: boolean cannot be converted to int
        boolean d = (boolean) 1; // error: incompatible types: int cannot be converted to boolean
        Marker e = (Marker) new Sealed(); // error: incompatible types: Sealed cannot be converted to Marker
        Object fine = (Marker) o;
    }
}
