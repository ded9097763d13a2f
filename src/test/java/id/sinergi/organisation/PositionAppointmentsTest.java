package id.sinergi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** Work addressed to a position reaches whoever holds it now, an acting official included. */
@SinergiSpringTest
class PositionAppointmentsTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired OrganisationRegistry registry;

  @Test
  void anActingHeadJoinsThePositionGroupUntilTheTenureEnds() {
    String group = "pemda-52.04-diskop-kepala";
    assertThat(members(group, "sumbawa.diskop")).isZero();

    var appointed = Api.demo(port, "admin").post().uri("/api/positions/52.04-diskop-kepala/holders")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", "sumbawa.diskop", "holderName", "Syamsul Bahri",
            "appointment", "PLT", "validFrom", "2026-01-01"))
        .retrieve().toEntity(JSON);
    assertThat(appointed.getStatusCode().value()).isEqualTo(201);
    assertThat(members(group, "sumbawa.diskop")).isEqualTo(1);
    assertThat(registry.currentHolders("52.04-diskop-kepala")).extracting(PositionHolder::getAppointment)
        .containsExactly(Appointment.PLT);
    assertThat(registry.escalationPath("52.04-diskop")).extracting(Position::getCode)
        .containsExactly("52.04-diskop-kepala", "52.04-sekda");

    Number id = (Number) appointed.getBody().get("id");
    var ended = Api.demo(port, "admin").post()
        .uri("/api/positions/52.04-diskop-kepala/holders/{id}/end", id)
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("validTo", "2026-01-31"))
        .retrieve().toEntity(JSON);
    assertThat(ended.getStatusCode().value()).isEqualTo(200);
    assertThat(members(group, "sumbawa.diskop")).isZero();
  }

  @Test
  void refusesUnknownUsersBadDatesAndNonAdministrators() {
    var admin = Api.demo(port, "admin");
    var unknownUser = admin.post().uri("/api/positions/52.02-sekda/holders")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", "nobody", "holderName", "X", "appointment", "PJ",
            "validFrom", "2026-01-01"))
        .retrieve().toEntity(JSON);
    assertThat(unknownUser.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownUser.getBody().toString()).contains("userId", "tidak terdaftar");

    var backwards = admin.post().uri("/api/positions/52.02-sekda/holders")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", "loteng.diskop", "holderName", "X", "appointment", "PJ",
            "validFrom", "2026-05-01", "validTo", "2026-04-01"))
        .retrieve().toEntity(JSON);
    assertThat(backwards.getBody().toString()).contains("validTo");

    var clerk = Api.demo(port, "loteng.ekonomi").post().uri("/api/positions/52.02-sekda/holders")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", "loteng.ekonomi", "holderName", "X", "appointment", "PLT",
            "validFrom", "2026-01-01"))
        .retrieve().toEntity(JSON);
    assertThat(clerk.getStatusCode().value()).isEqualTo(403);
    assertThat(admin.post().uri("/api/positions/99-nothing/holders")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", "loteng.diskop", "holderName", "X", "appointment", "PJ",
            "validFrom", "2026-01-01"))
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(404);
  }

  private long members(String group, String user) {
    return identity.createUserQuery().memberOfGroup(group).userId(user).count();
  }
}
