// The String API of the dialect's library.
class StringMethods {
    public static void main(String[] args) {
        String s = "  Hello, Plurix World  ";
        String t = s.trim();
        System.out.println("[" + t + "] " + t.length());
        System.out.println(t.charAt(4));
        System.out.println(t.indexOf('o') + " " + t.indexOf('o', 5) + " " + t.indexOf("World") + " "
                + t.indexOf("o", 9) + " " + t.lastIndexOf('o') + " " + t.indexOf('q'));
        System.out.println(t.substring(7) + "|" + t.substring(0, 5));
        System.out.println(t.toUpperCase() + " " + t.toLowerCase());
        System.out.println(t.startsWith("Hell") + " " + t.endsWith("World") + " " + t.contains("lur"));
        System.out.println("abc".equals("ab" + "c") + " " + "ABC".equalsIgnoreCase("abc"));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "ab".compareTo("abc"));
        System.out.println("".isEmpty() + " " + t.isEmpty());
        System.out.println("a-b-c".replace('-', '+'));
        System.out.println("x".concat("y"));
        System.out.println("hello".hashCode());
        char[] chars = "dialect".toCharArray();
        System.out.println(chars.length + " " + chars[0]);
        String[] parts = "one,two,,three".split(",");
        System.out.println(parts.length);
        for (int i = 0; i < parts.length; i++) {
            System.out.println(i + ":" + parts[i]);
        }
        System.out.println(String.valueOf(42) + String.valueOf(true) + String.valueOf('c') + String.valueOf(2.5)
                + String.valueOf(7L) + String.valueOf(1.5f));
    }
}
