package id.sinergi.organisation;

import id.sinergi.kernel.Published;

/** How an official holds a position: definitively or acting (Plt, Pj, Plh). */
@Published
public enum Appointment {
  DEFINITIF,
  PLT,
  PJ,
  PLH
}
