package id.sinergi.kernel.form;

import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects every broken rule of one submission, so the user sees them all at once. The form
 * layer names each field with the label the user saw (from the form's schema).
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String reason) {
    errors.add(new FieldError(field, null, reason));
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public String text(FormValues values, String key, int maxLength) {
    String text = read(values, key, () -> values.text(key));
    if (text == null) {
      add(values.field(key), "wajib diisi");
    } else if (text.length() > maxLength) {
      add(values.field(key), "paling banyak " + maxLength + " karakter");
    }
    return text;
  }

  public String optionalText(FormValues values, String key, int maxLength) {
    String text = read(values, key, () -> values.text(key));
    if (text != null && text.length() > maxLength) {
      add(values.field(key), "paling banyak " + maxLength + " karakter");
    }
    return text;
  }

  public String choice(FormValues values, String key, Set<String> allowed) {
    String text = read(values, key, () -> values.text(key));
    if (text == null) {
      add(values.field(key), "wajib dipilih");
    } else if (!allowed.contains(text)) {
      add(values.field(key), "pilihan '" + text + "' tidak dikenal");
    }
    return text;
  }

  public BigDecimal amount(FormValues values, String key, boolean required) {
    BigDecimal amount = read(values, key, () -> values.number(key));
    if (amount == null) {
      if (required) {
        add(values.field(key), "wajib diisi");
      }
    } else if (amount.signum() < 0) {
      add(values.field(key), "tidak boleh negatif");
    } else if (amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
      add(values.field(key), "nilai terlalu besar atau terlalu banyak desimal");
    }
    return amount;
  }

  public Integer count(FormValues values, String key, int min, int max, boolean required) {
    BigDecimal number = read(values, key, () -> values.number(key));
    if (number == null) {
      if (required) {
        add(values.field(key), "wajib diisi");
      }
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      add(values.field(key), "harus bilangan bulat");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      add(values.field(key), "harus antara " + min + " dan " + max);
      return null;
    }
    return number.intValue();
  }

  public LocalDate date(FormValues values, String key, boolean required) {
    LocalDate date = read(values, key, () -> values.date(key));
    if (date == null && required) {
      add(values.field(key), "wajib diisi");
    }
    return date;
  }

  private <T> T read(FormValues values, String key, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (InvalidInputException e) {
      errors.addAll(e.getErrors());
      return null;
    }
  }
}
