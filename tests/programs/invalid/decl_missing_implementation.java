abstract class Base {
    abstract int size();

    abstract void clear();
}

interface Named {
    String name();
}

class Partial extends Base { // error: Partial is not abstract and does not override abstract method clear() in Base
    int size() {
        return 0;
    }
}

class Unnamed implements Named { // error: Unnamed is not abstract and does not override abstract method name() in Named
}

abstract class StillAbstract extends Base implements Named {
}
