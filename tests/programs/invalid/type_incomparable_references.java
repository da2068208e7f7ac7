class TypeIncomparableReferences {
    static class A {
    }

    static class B {
    }

    static void f(String s, Integer i, A a, B b) {
        boolean x = s == i; // error: incomparable types: String and Integer
        boolean y = a != b; // error: incomparable types: A and B
        boolean fine = a == (Object) b;
    }
}
