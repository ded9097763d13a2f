package id.sinergi.escalation;

import java.time.Instant;

/**
 * When a waiting step is due and when it escalates, fixed when the step starts so a later SLA
 * change affects only steps that start afterwards.
 */
public record StepSchedule(Instant startedAt, Instant dueAt, Instant level2At, Instant level3At,
    String responsibleGroup, Long slaId) {}
