// A line comment is no command.
int kept = 1;
/* A block comment
   over two lines. */
kept + 1
