// Constant folding checked through duplicate case labels: each pair folds
// to the same value, so the second label of each pair is a duplicate. A
// wrong fold (int wrap-around, casts, shifts, Java's float and double
// formatting) shows as a missing error.
class ConstantFoldingDuplicateLabels {
    static void ints(int x) {
        switch (x) {
            case 0x80000000:
            case Integer.MIN_VALUE: // error: duplicate case label
                break;
            case Integer.MAX_VALUE * 3:
            case 2147483645: // error: duplicate case label
                break;
            case (int) 3.9:
            case 3: // error: duplicate case label
                break;
            case 'a' + 1:
            case 98: // error: duplicate case label
                break;
            case (byte) 200:
            case -56: // error: duplicate case label
                break;
            case (char) -1:
            case 65535: // error: duplicate case label
                break;
            case 1 << 33:
            case 2: // error: duplicate case label
                break;
            case -7 / 2:
            case -3: // error: duplicate case label
                break;
            case -7 % 2:
            case -1: // error: duplicate case label
                break;
            case (int) 1e20:
            case 2147483647: // error: duplicate case label
                break;
            case (int) (0.0 / 0.0):
            case 0: // error: duplicate case label
                break;
            case (short) 70000:
            case 4464: // error: duplicate case label
                break;
            case -1 >>> 28:
            case 15: // error: duplicate case label
                break;
            case (int) 4000000000L:
            case -294967296: // error: duplicate case label
                break;
            case (int) (1L << 40 >> 38):
            case 4: // error: duplicate case label
                break;
            case ~7:
            case -8: // error: duplicate case label
                break;
            case (int) -2.5f:
            case -2: // error: duplicate case label
                break;
            case 65536 * 65537:
            case 65536: // error: duplicate case label
                break;
            case (int) (char) (byte) -2:
            case 65534: // error: duplicate case label
                break;
            case true ? 11 : 12:
            case 11: // error: duplicate case label
                break;
            case (int) (Long.MAX_VALUE - 4):
            case -5: // error: duplicate case label
                break;
            case Byte.MIN_VALUE + Short.MAX_VALUE:
            case 32639: // error: duplicate case label
                break;
        }
    }

    static void strings(String s) {
        switch (s) {
            case "" + 1e10:
            case "1.0E10": // error: duplicate case label
                break;
            case "" + 1.0f / 3:
            case "0.33333334": // error: duplicate case label
                break;
            case "" + 0.1f:
            case "0.1": // error: duplicate case label
                break;
            case "" + 1e-5:
            case "1.0E-5": // error: duplicate case label
                break;
            case "" + 100.0:
            case "100.0": // error: duplicate case label
                break;
            case "" + 1e7:
            case "1.0E7": // error: duplicate case label
                break;
            case "" + 1234567.0:
            case "1234567.0": // error: duplicate case label
                break;
            case "" + (0.1 + 0.2):
            case "0.30000000000000004": // error: duplicate case label
                break;
            case "" + (float) 1e40:
            case "Infinity": // error: duplicate case label
                break;
            case "" + 0.0 / 0.0:
            case "NaN": // error: duplicate case label
                break;
            case "" + -0.0:
            case "-0.0": // error: duplicate case label
                break;
            case "" + 'a' + 1:
            case "a1": // error: duplicate case label
                break;
            case 'a' + 1 + "":
            case "98": // error: duplicate case label
                break;
            case "" + true + false:
            case "truefalse": // error: duplicate case label
                break;
            case "" + 1L + (char) 65:
            case "1A": // error: duplicate case label
                break;
            case "" + 4.9e-324:
            case "4.9E-324": // error: duplicate case label
                break;
            case "" + 1.4e-45f:
            case "1.4E-45": // error: duplicate case label
                break;
            case "" + 3.4028235e38f:
            case "3.4028235E38": // error: duplicate case label
                break;
            case "" + 2e10f:
            case "2.0E10": // error: duplicate case label
                break;
            case "" + 0.001:
            case "0.001": // error: duplicate case label
                break;
            case "" + 0.0001:
            case "1.0E-4": // error: duplicate case label
                break;
            case "" + (double) 0.1f:
            case "0.10000000149011612": // error: duplicate case label
                break;
            case "" + 1e21:
            case "1.0E21": // error: duplicate case label
                break;
            case "" + 123456789.0f:
            case "1.23456792E8": // error: duplicate case label
                break;
            case "" + Double.MAX_VALUE:
            case "1.7976931348623157E308": // error: duplicate case label
                break;
            case "" + Long.MIN_VALUE:
            case "-9223372036854775808": // error: duplicate case label
                break;
            case "" + (byte) 0x80:
            case "-128": // error: duplicate case label
                break;
            case "" + 2e-3f:
            case "0.002": // error: duplicate case label
                break;
            case "" + 3.0e-3f:
            case "0.003": // error: duplicate case label
                break;
            case "" + 9.999999e-4f:
            case "9.999999E-4": // error: duplicate case label
                break;
        }
    }
}
