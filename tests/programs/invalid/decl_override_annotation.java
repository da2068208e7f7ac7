class DeclOverrideAnnotation {
    @Override // error: method does not override or implement a method from a supertype
    public String toStrin() {
        return "";
    }

    @Override
    public String toString() {
        return "fine";
    }
}
