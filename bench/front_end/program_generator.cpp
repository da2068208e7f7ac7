#include "bench/front_end/program_generator.h"

namespace plurix::bench {

namespace {

std::string className(int i) { return "Gen" + std::to_string(i); }

std::string classText(int i, int classCount) {
  const std::string self = className(i);
  const std::string next = className((i + 1) % classCount);
  std::string s;
  s += "package bench.gen;\n\n";
  s += "/** Generated class " + std::to_string(i) + " of the front-end benchmark. */\n";
  s += "public class " + self + " extends Base implements Shape {\n";
  s += "  static final int LIMIT = " + std::to_string(100 + i) + ";\n";
  s += "  static final String NAME = \"" + self + "\" + LIMIT;\n";
  s += "  private int count;\n  private double total;\n  private long[] history = new long[16];\n";
  s += "  private String label;\n\n";
  s += "  public " + self + "(int count, String label) {\n";
  s += "    super(count * 2);\n    this.count = count;\n    this.label = label;\n  }\n\n";
  s += "  public " + self + "() {\n    this(LIMIT, NAME);\n  }\n\n";
  s += "  public double area() {\n    return total * count / 2.0;\n  }\n\n";
  s += "  int step(int x) {\n    return x * 31 + count;\n  }\n\n";
  s += "  long step(long x) {\n    return x * 17L - count;\n  }\n\n";
  s += "  double step(double x) {\n    return Math.sqrt(x * x + total);\n  }\n\n";
  s += "  public int loop(int n) {\n";
  s += "    int acc = 0;\n";
  s += "    for (int k = 0; k < n; k++) {\n";
  s += "      if ((k & 1) == 0) {\n        acc += step(k);\n      } else {\n";
  s += "        acc -= (int) step((long) k);\n      }\n";
  s += "      history[k % history.length] += acc;\n    }\n";
  s += "    int j = n;\n    while (j > 0) {\n      j /= 2;\n      acc ^= j << 3;\n    }\n";
  s += "    return acc;\n  }\n\n";
  s += "  public String describe(int mode) {\n";
  s += "    StringBuilder sb = new StringBuilder();\n";
  s += "    switch (mode) {\n";
  s += "      case 0:\n        sb.append(label).append(':').append(count);\n        break;\n";
  s += "      case 1:\n        sb.append(total);\n        break;\n";
  s += "      default:\n        sb.append(NAME.length() + mode);\n    }\n";
  s += "    String word = mode > 2 ? \"big\" : \"small\";\n";
  s += "    switch (word) {\n      case \"big\":\n        sb.append('!');\n        break;\n";
  s += "      default:\n        sb.append('.');\n    }\n";
  s += "    return sb.toString();\n  }\n\n";
  s += "  public double[] matrix(int n) {\n";
  s += "    double[][] m = new double[n][n];\n";
  s += "    double[] out = new double[n];\n";
  s += "    outer:\n    for (int r = 0; r < n; r++) {\n";
  s += "      for (int c = 0; c < n; c++) {\n";
  s += "        m[r][c] = r * 1.5 + c / 3.0;\n";
  s += "        if (m[r][c] > 1e6) {\n          break outer;\n        }\n";
  s += "        out[r] += m[r][c];\n      }\n    }\n";
  s += "    return out;\n  }\n\n";
  s += "  public int safeDivide(int a, int b) {\n";
  s += "    try {\n      return a / b;\n    } catch (ArithmeticException e) {\n";
  s += "      total += 1;\n      return 0;\n    } finally {\n      count++;\n    }\n  }\n\n";
  s += "  public int chain() {\n";
  s += "    " + next + " other = new " + next + "(count + 1, label);\n";
  s += "    Shape shape = other;\n";
  s += "    int h = label.hashCode() + (int) shape.area();\n";
  s += "    if (shape instanceof Base) {\n      h += ((Base) shape).size();\n    }\n";
  s += "    char c = 'a';\n    c += 2;\n    byte b = (byte) (h >>> 24);\n";
  s += "    return h + c + b + Integer.parseInt(\"" + std::to_string(i) + "\");\n  }\n";
  s += "}\n";
  return s;
}

}  // namespace

std::vector<GeneratedFile> generateProgram(int classCount) {
  std::vector<GeneratedFile> files;
  files.push_back({"bench/gen/Shape.java",
                   "package bench.gen;\n\npublic interface Shape {\n  double area();\n}\n"});
  files.push_back({"bench/gen/Base.java",
                   "package bench.gen;\n\npublic abstract class Base implements Shape {\n"
                   "  private final int size;\n\n  protected Base(int size) {\n"
                   "    this.size = size;\n  }\n\n  public int size() {\n    return size;\n  }\n}\n"});
  for (int i = 0; i < classCount; ++i) {
    files.push_back({"bench/gen/" + className(i) + ".java", classText(i, classCount)});
  }
  return files;
}

}  // namespace plurix::bench
