// Without a constructor, the default one must find every blank final
// assigned by the initializers; javac reports the field.
class FlowDefaultConstructor {
    final int assigned;
    final int never; // error: variable never not initialized in the default constructor
    static final int ALSO_NEVER; // error: variable ALSO_NEVER not initialized in the default constructor

    {
        assigned = 1;
    }

    public static void main(String[] args) {
        System.out.println(new FlowDefaultConstructor().assigned);
    }
}
