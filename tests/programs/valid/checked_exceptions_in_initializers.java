// JLS 11.2.3: an instance variable initializer or instance initializer may
// throw a checked exception that every constructor declares; a constructor
// may let the exception of its implicit super() call propagate.
class CheckedExceptionsInInitializers {
    static class Failure extends Exception {
    }

    static class Base {
        Base() throws Failure {
        }
    }

    static class Derived extends Base {
        int value = compute();

        {
            compute();
        }

        Derived() throws Failure {
        }

        Derived(int extra) throws Exception {
            value += extra;
        }

        static int compute() throws Failure {
            return 1;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new Derived().value + new Derived(2).value);
    }
}
