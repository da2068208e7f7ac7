enum UnsupportedEnum { // error: enums are not supported yet
    RED, GREEN
}
