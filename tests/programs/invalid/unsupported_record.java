record UnsupportedRecord(int x, int y) { // error: records are not supported yet
}
