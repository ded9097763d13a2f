package id.sinergi.organisation;

/** How an official holds a position: definitively or acting (Plt, Pj, Plh). */
public enum Appointment {
  DEFINITIF,
  PLT,
  PJ,
  PLH
}
