package id.sinergi.cooperation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entrepreneurship training the Pemda brings into the cooperation.
 * Fields are package-private: only this package reads and writes them.
 */
@Entity
@Table(name = "coop_training")
public class Training {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  long cooperationId;
  String name;
  String organiser;
  String schedule;
  int capacity;

  public Long getId() {
    return id;
  }
}
