abstract class DeclModifierErrors {
    abstract final void both(); // error: illegal combination of modifiers: abstract and final

    void noBody(); // error: missing method body, or declare abstract

    abstract void withBody() { // error: abstract methods cannot have a body
    }
}

class Concrete { // error: Concrete is not abstract and does not override abstract method m() in Concrete
    abstract void m();
}
