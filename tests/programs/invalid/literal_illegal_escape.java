class LiteralIllegalEscape {
    String s = "bad \q escape"; // error: illegal escape character
}
