final class Leaf {
}

interface Marker {
}

class FromFinal extends Leaf { // error: cannot inherit from final Leaf
}

class FromInterface extends Marker { // error: no interface expected here
}

class ImplementsClass implements FromFinal { // error: interface expected here
}

class CycleA extends CycleB { // error: cyclic inheritance involving CycleA
}

class CycleB extends CycleA {
}
