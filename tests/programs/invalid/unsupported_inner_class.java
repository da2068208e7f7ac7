class UnsupportedInnerClass {
    class Inner { // error: inner classes are not supported yet; declare Inner static
    }

    static class Fine {
    }

    interface AlsoFine {
    }
}
