package id.sinergi.datarequest;

import id.sinergi.kernel.Published;

/**
 * One reason a row was refused.
 *
 * @param row the spreadsheet row (header = 1) or the list position of a form/REST entry
 * @param column the column header as in the template
 * @param value what was read, as text
 * @param reason why, in Indonesian
 */
@Published
public record ImportError(int row, String column, String value, String reason) {}
