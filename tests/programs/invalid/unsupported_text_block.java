class UnsupportedTextBlock {
    // A text block's opening line cannot hold a comment, so the marker names the next line.
    // error@+1: text blocks
    String s = """
        hello
        """;
}
