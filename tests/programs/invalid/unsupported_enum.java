enum UnsupportedEnum { // error: enum
    RED, GREEN
}
