// char is an unsigned 16-bit code unit: arithmetic promotes it to int,
// casts convert both ways, ++ and += stay char, and printing a char prints
// the character while printing an int prints the number.
public class CharArithmetic {
    static String kind(int x) {
        return "int " + x;
    }

    static String kind(char x) {
        return "char " + x;
    }

    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c);
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        c++;
        System.out.println("after ++: " + c);
        c += 2;
        System.out.println("after += 2: " + c);
        char z = 0;
        z--;
        System.out.println("0 minus 1 as int: " + (int) z);
        char big = (char) 70000;
        System.out.println("(char) 70000 = " + (int) big);
        char neg = (char) -1;
        System.out.println("(char) -1 = " + (int) neg);
        int fromChar = 'z';
        System.out.println("'z' as int = " + fromChar);
        System.out.println(kind(c));
        System.out.println(kind(c + 0));
        System.out.println(kind('x'));
        StringBuilder alphabet = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch++) {
            alphabet.append(ch);
        }
        System.out.println(alphabet);
        StringBuilder shifted = new StringBuilder();
        String text = "Hello, World";
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                ch = (char) ('a' + (ch - 'a' + 13) % 26);
            } else if (ch >= 'A' && ch <= 'Z') {
                ch = (char) ('A' + (ch - 'A' + 13) % 26);
            }
            shifted.append(ch);
        }
        System.out.println("rot13: " + shifted);
        char digit = '7';
        System.out.println("digit value: " + (digit - '0'));
        System.out.println("char compare: " + ('a' < 'b') + " " + ('Z' < 'a'));
        char max = Character.MAX_VALUE;
        System.out.println("MAX_VALUE as int: " + (int) max + ", +1 = " + (max + 1));
        short sh = (short) max;
        System.out.println("(short) MAX_VALUE = " + sh);
        char fromShort = (char) (short) -2;
        System.out.println("(char)(short) -2 = " + (int) fromShort);
        byte b = (byte) '\u00e9';
        System.out.println("(byte) e-acute = " + b);
        char tern = true ? 'x' : 0;
        System.out.println("ternary char: " + tern);
        int sum = 0;
        for (char ch : "checksum".toCharArray()) {
            sum = sum * 7 + ch;
        }
        System.out.println("sum = " + sum);
        System.out.println('\u0041' + "" + '\101' + '\t' + '|' + '\\' + '\'' + '"');
    }
}
