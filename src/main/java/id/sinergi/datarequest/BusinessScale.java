package id.sinergi.datarequest;

import id.sinergi.kernel.Published;

/** Scale of a business (PP 7/2021 by annual sales; ultra-micro is the lowest layer of micro). */
@Published
public enum BusinessScale {
  ULTRA_MIKRO, MIKRO, KECIL, MENENGAH
}
