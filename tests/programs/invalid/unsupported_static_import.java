import static java.lang.Math.max; // error: static imports are not supported yet

class UnsupportedStaticImport {
}
