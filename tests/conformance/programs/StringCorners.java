// String method edges: indexOf and lastIndexOf with negative and
// too-large start positions and empty needles, split with multi-character
// and leading separators (no regex metacharacters: the dialect splits
// literally), trim of control characters, startsWith with
// out-of-range offsets, compareTo of prefixes, and StringBuilder reuse.
public class StringCorners {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder();
        sb.append(parts.length).append(':');
        for (String p : parts) {
            sb.append('[').append(p).append(']');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "abcabcabc";
        System.out.println("indexOf " + s.indexOf('a', -5) + " " + s.indexOf('a', 100) + " " + s.indexOf("", 4) + " "
            + s.indexOf("", 100) + " " + s.indexOf("bc", -1) + " " + s.indexOf("abcd") + " " + s.indexOf(0x61) + " " + s.indexOf(0x10061));
        System.out.println("lastIndexOf " + s.lastIndexOf('c', 100) + " " + s.lastIndexOf('c', -1) + " " + s.lastIndexOf("")
            + " " + s.lastIndexOf("", 3) + " " + s.lastIndexOf("abc", 5) + " " + s.lastIndexOf("abc", 100) + " " + s.lastIndexOf("x"));
        System.out.println("split " + show("a--b----c--".split("--")) + " " + show("--a".split("--")) + " " + show("".split(","))
            + " " + show(",".split(",")) + " " + show("a,b".split(",")));
        System.out.println("split long separator " + show("one<>two<><>three".split("<>")) + " " + show("aaaa".split("aa")));
        System.out.println("trim [" + "\u0000\u0001 x \u001f".trim() + "] length " + "\u0000\u0001 x \u001f".trim().length()
            + " [" + "\u007fx\u007f".trim().length() + "]");
        System.out.println("startsWith " + s.startsWith("abc", -1) + " " + s.startsWith("abc", 6) + " " + s.startsWith("abc", 7)
            + " " + s.startsWith("", 9) + " " + s.startsWith("", 10) + " " + s.endsWith(s) + " " + "".startsWith(""));
        System.out.println("compareTo " + "abc".compareTo("abcd") + " " + "abcd".compareTo("abc") + " " + "".compareTo("xyz")
            + " " + "B".compareTo("a") + " " + "\u00e9".compareTo("e"));
        System.out.println("contains " + s.contains("cab") + " " + "".contains("") + " " + s.contains("abcabcabca"));
        System.out.println("replace " + "a.b.c".replace('.', '/') + " " + "".replace('a', 'b') + " " + "aaa".replace('a', 'a'));
        System.out.println("substring " + s.substring(0).equals(s) + " [" + s.substring(9) + "] [" + s.substring(3, 3) + "]");
        System.out.println("case " + "MiXeD 123 !?".toLowerCase() + " " + "MiXeD 123 !?".toUpperCase() + " " + "".toUpperCase().length());
        System.out.println("equalsIgnoreCase " + "".equalsIgnoreCase("") + " " + "a".equalsIgnoreCase("aa"));
        StringBuilder sb = new StringBuilder("reuse");
        for (int round = 0; round < 3; round++) {
            sb.setLength(0);
            for (int i = 0; i <= round; i++) {
                sb.append(round).append(i);
            }
            sb.insert(sb.length(), "|").insert(0, "<");
            System.out.println("round " + round + " " + sb + " " + sb.length());
        }
        StringBuilder rev = new StringBuilder("ab\ud83d\ude00cd");
        rev.reverse();
        String r = rev.toString();
        System.out.println("reverse keeps the surrogate pair: " + r.length() + " " + Integer.toHexString(r.charAt(2))
            + " " + Integer.toHexString(r.charAt(3)) + " " + r.charAt(0) + r.charAt(5));
        char[] data = {'x', 'y', 'z'};
        String fromChars = new String(data);
        data[0] = 'Q';
        System.out.println("String copies its chars: " + fromChars + ", toCharArray copies too: "
            + (fromChars.toCharArray() != fromChars.toCharArray()));
    }
}
