record UnsupportedRecord(int x, int y) { // error: record
}
