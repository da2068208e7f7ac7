class TypeLossyConversion {
    static void f(long l, double d) {
        int a = 1.5; // error: incompatible types: possible lossy conversion from double to int
        byte b = 200; // error: incompatible types: possible lossy conversion from int to byte
        float c = 1.0; // error: incompatible types: possible lossy conversion from double to float
        int e = l; // error: incompatible types: possible lossy conversion from long to int
        char g = -1; // error: incompatible types: possible lossy conversion from int to char
        short h = 'a' * 1000; // error: incompatible types: possible lossy conversion from int to short
        long i = d; // error: incompatible types: possible lossy conversion from double to long
        byte ok = 127;
        char alsoOk = 65535;
    }

    static int g(double d) {
        return d; // error: incompatible types: possible lossy conversion from double to int
    }
}
