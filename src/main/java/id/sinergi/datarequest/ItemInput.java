package id.sinergi.datarequest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme, mentor or training as an OPD enters it (form or REST).
 *
 * @param amount budget in rupiah (programmes)
 * @param quantity businesses reached (programmes) or participants (trainings)
 * @param startDate when a training starts
 */
public record ItemInput(String name, String detail, BigDecimal amount, Integer quantity,
    LocalDate startDate) {}
