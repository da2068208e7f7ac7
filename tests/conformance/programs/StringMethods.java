// The String methods of the library: length, charAt, substring, indexOf and
// lastIndexOf in every form, equals, equalsIgnoreCase, compareTo, concat,
// contains, startsWith/endsWith, trim, case mapping, replace, split,
// toCharArray, isEmpty and hashCode, with their corner cases.
public class StringMethods {
    public static void main(String[] args) {
        String s = "Hello, World! Hello!";
        System.out.println("length " + s.length() + " isEmpty " + s.isEmpty() + " " + "".isEmpty());
        System.out.println("charAt " + s.charAt(0) + s.charAt(7) + s.charAt(s.length() - 1));
        System.out.println("substring [" + s.substring(7) + "] [" + s.substring(0, 5) + "] [" + s.substring(5, 5)
            + "] [" + s.substring(s.length()) + "]");
        System.out.println("indexOf " + s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('z') + " "
            + s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf("") + " " + s.indexOf("!", 100));
        System.out.println("lastIndexOf " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 7) + " "
            + s.lastIndexOf("Hello") + " " + s.lastIndexOf("Hello", 13) + " " + s.lastIndexOf('q'));
        System.out.println("equals " + s.equals("Hello, World! Hello!") + " " + s.equals("hello") + " " + s.equals(null));
        System.out.println("equalsIgnoreCase " + "ABC".equalsIgnoreCase("abc") + " " + "ABC".equalsIgnoreCase("abd")
            + " " + "ABC".equalsIgnoreCase(null));
        String[] words = {"apple", "Apple", "apricot", "app", "banana", "", "apple"};
        for (String w : words) {
            System.out.print(w.compareTo("apple") + " ");
        }
        System.out.println();
        System.out.println("concat " + "foo".concat("bar") + " " + "foo".concat(""));
        System.out.println("contains " + s.contains("World") + " " + s.contains("world") + " " + s.contains(""));
        System.out.println("startsWith " + s.startsWith("Hell") + " " + s.startsWith("World", 7) + " "
            + s.startsWith("x") + " endsWith " + s.endsWith("lo!") + " " + s.endsWith(""));
        System.out.println("trim [" + "  padded \t\n".trim() + "] [" + "   ".trim() + "] [" + "none".trim() + "]");
        System.out.println("case " + s.toUpperCase() + " " + s.toLowerCase() + " " + "Stra\u00dfe".toUpperCase());
        System.out.println("replace " + s.replace('l', 'L') + " " + "aaa".replace('a', 'b') + " " + s.replace('z', 'y'));
        String csv = "one,two,,three";
        String[] parts = csv.split(",");
        System.out.println("split count " + parts.length);
        for (String p : parts) {
            System.out.print("[" + p + "]");
        }
        System.out.println();
        String[] trailing = "a,b,,".split(",");
        System.out.println("trailing empties removed: " + trailing.length);
        String[] spaces = "the quick  brown fox".split(" ");
        System.out.println("spaces: " + spaces.length + " last " + spaces[spaces.length - 1]);
        String[] noSep = "abc".split(",");
        System.out.println("no separator: " + noSep.length + " " + noSep[0]);
        char[] cs = "chars".toCharArray();
        cs[0] = 'C';
        System.out.println("toCharArray " + cs.length + " " + new String(cs) + " " + new String(cs, 1, 3));
        System.out.println("hashCode " + "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " "
            + "polygenelubricants".hashCode());
        String copy = new String("Hello");
        System.out.println("new String equals " + copy.equals("Hello") + " same " + (copy == "Hello"));
        System.out.println("toString same " + (s.toString() == s));
        System.out.println("empty constructor [" + new String() + "]");
        try {
            System.out.println(s.substring(5, 2));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring(5, 2): StringIndexOutOfBoundsException");
        }
        try {
            System.out.println(s.charAt(-1));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt(-1): IndexOutOfBoundsException");
        }
        int count = 0;
        int from = 0;
        while ((from = s.indexOf("l", from)) >= 0) {
            count++;
            from++;
        }
        System.out.println("count of l " + count);
    }
}
