package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A business mentor the Pemda brings into the cooperation.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_mentor")
public class Mentor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String name;
  String opdUnitCode;
  String area;
  String contact;

  public Long getId() {
    return id;
  }
}
