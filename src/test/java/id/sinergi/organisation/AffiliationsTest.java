package id.sinergi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.kernel.caller.Affiliations;
import id.sinergi.kernel.caller.Affiliations.Affiliation;
import id.sinergi.support.SinergiSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Start-up reads every group's affiliation in one go ({@link Affiliations#ofEach}); the access
 * model built from it must be the one the per-group answer ({@link Affiliations#of}) gives. The
 * sync of all position groups (start-up and nightly) likewise reads all holders in one go.
 */
@SinergiSpringTest
class AffiliationsTest {

  @Autowired Affiliations affiliations;
  @Autowired IdentityService identity;

  @Autowired IdentitySync identitySync;

  /** The nightly and start-up sync of all position groups (holders read in one go). */
  @Test
  void syncingAllPositionGroupsRestoresHoldersAndRemovesOthers() {
    String group = "pemda-52.02-sekda";
    assertThat(members(group)).contains("loteng.sekda");
    identity.deleteMembership("loteng.sekda", group);
    identity.createMembership("manajer", group);

    identitySync.syncAllPositionMembers(identity);

    assertThat(members(group)).contains("loteng.sekda").doesNotContain("manajer");
  }

  private List<String> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(org.camunda.bpm.engine.identity.User::getId).toList();
  }

  @Test
  void eachGroupsAffiliationReadInOneGoIsItsOwnAnswer() {
    List<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).toList();
    List<String> asked = new java.util.ArrayList<>(groups);
    asked.add("not-a-registry-group");

    Map<String, Affiliation> each = affiliations.ofEach(asked);

    assertThat(each).containsOnlyKeys(asked);
    for (String group : asked) {
      assertThat(each.get(group)).as(group).isEqualTo(affiliations.of(List.of(group)));
    }
    // The registry's groups are in it: a Pemda unit's staff, a Pemda position, an incubator.
    assertThat(each.get("pemda-52.02-ekonomi").pemdaCodes()).containsExactly("52.02");
    assertThat(each.get("pemda-52.04-sekda").pemdaCodes()).containsExactly("52.04");
    assertThat(each.get("stipark").unitCodes()).isNotEmpty();
    assertThat(each.get("stipark").pemdaCodes()).isEmpty();
    assertThat(each.get("not-a-registry-group")).isEqualTo(new Affiliation(java.util.Set.of(),
        java.util.Set.of()));
  }
}
