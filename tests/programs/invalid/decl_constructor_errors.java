class NeedsArgument {
    NeedsArgument(int x) {
    }
}

class ImplicitSuper extends NeedsArgument {
    ImplicitSuper() { // error: constructor NeedsArgument in class NeedsArgument cannot be applied to given types
    }
}

class DefaultSuper extends NeedsArgument { // error: constructor NeedsArgument in class NeedsArgument cannot be applied to given types
}

class LateSuper extends NeedsArgument {
    LateSuper() {
        int x = 1;
        super(x); // error: call to super must be first statement in constructor
    }
}
