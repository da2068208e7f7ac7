class DeclConstructorWithoutReturnType {
    Declconstructorerrors() { // error: invalid method declaration; return type required
    }
}
