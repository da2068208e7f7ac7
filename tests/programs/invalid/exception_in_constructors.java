class Fragile {
    Fragile() throws Exception {
    }
}

class Defaulted extends Fragile { // error: unreported exception Exception in default constructor
}

class Explicit extends Fragile {
    Explicit() { // error: unreported exception Exception; must be caught or declared to be thrown
    }
}
