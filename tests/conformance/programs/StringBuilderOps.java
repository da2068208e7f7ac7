// StringBuilder: append of every type, insert, reverse, setCharAt,
// deleteCharAt, setLength, charAt and length, chaining, and growth well
// beyond the initial capacity.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("s").append(1).append(2L).append(3.5f).append(4.25).append('c').append(true).append((Object) null)
            .append((String) null).append(new char[]{'x', 'y'});
        System.out.println(sb + " length " + sb.length());
        sb.append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(Double.NaN).append(-0.0f);
        System.out.println(sb);
        StringBuilder word = new StringBuilder("stressed");
        System.out.println("reverse " + word.reverse());
        word.setCharAt(0, 'D');
        System.out.println("setCharAt " + word);
        word.deleteCharAt(word.length() - 1);
        System.out.println("deleteCharAt " + word);
        word.insert(0, "<<").insert(word.length(), ">>").insert(3, "|");
        System.out.println("insert " + word + " charAt(3) " + word.charAt(3));
        word.setLength(4);
        System.out.println("setLength(4) [" + word + "]");
        word.setLength(6);
        System.out.println("setLength(6) length " + word.length() + " last char code " + (int) word.charAt(5));
        StringBuilder big = new StringBuilder(4);
        for (int i = 0; i < 1000; i++) {
            big.append(i % 10);
        }
        System.out.println("big length " + big.length() + " charAt(999) " + big.charAt(999));
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            digits.insert(0, String.valueOf(i % 10));
        }
        System.out.println("insert front " + digits);
        StringBuilder pal = new StringBuilder("racecar");
        System.out.println("palindrome " + pal.toString().equals(new StringBuilder("racecar").reverse().toString()));
        StringBuilder obj = new StringBuilder();
        obj.append((Object) "object").append(new StringBuilder("nested"));
        System.out.println(obj);
        try {
            sb.charAt(1000);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt out of range: IndexOutOfBoundsException");
        }
        try {
            sb.deleteCharAt(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt(-1): StringIndexOutOfBoundsException");
        }
        StringBuilder table = new StringBuilder();
        for (int r = 1; r <= 4; r++) {
            for (int c = 1; c <= 4; c++) {
                table.append(r * c).append(c < 4 ? '\t' : '\n');
            }
        }
        System.out.print(table);
        String s = table.toString();
        System.out.println("toString length " + s.length());
    }
}
