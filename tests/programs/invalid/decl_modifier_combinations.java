interface WithBody {
    void body() { // error: interface abstract methods cannot have body
    }
}

class DeclModifierCombinations {
    public public int repeated; // error: repeated modifier
    private public int both; // error: illegal combination of modifiers: public and private
}

final abstract class FinalAndAbstract { // error: illegal combination of modifiers: abstract and final
}

private class PrivateTopLevel { // error: modifier private not allowed here
}

static class StaticTopLevel { // error: modifier static not allowed here
}
