package id.sinergi.kernel;

import java.util.regex.Pattern;

/**
 * Personal data kept out of logs. A NIK (16 digits, Indonesia's population number) keeps its
 * first six digits, the region down to the kecamatan, and loses the birth date and serial:
 * {@code 5204015107850003} becomes {@code 520401**********}. Any 16-digit run not part of a longer
 * number counts, so the rule needs no knowledge of where a NIK may appear (a form value, a file
 * name, a refusal reason, an exception message).
 */
@Published
public final class PersonalData {

  private static final Pattern NIK = Pattern.compile("(?<!\\d)(\\d{6})\\d{10}(?!\\d)");

  private PersonalData() {}

  public static String mask(String text) {
    if (text == null || text.length() < 16) {
      return text;
    }
    return NIK.matcher(text).replaceAll("$1**********");
  }
}
