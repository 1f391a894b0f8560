package org.zhicheng.api.sheet;

/**
 * One thing wrong with an imported file.
 *
 * @param row    the row in the file (the header is row 1); 0 for the file as a whole
 * @param column the column's Chinese header, or null for the whole row or file
 */
public record CellError(long row, String column, String chineseMessage, String englishMessage) {
}
