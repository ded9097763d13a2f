package id.sinergi.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.support.Api;
import id.sinergi.support.SinergiPostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A granted READ on a Tasklist filter is checked once per request that reads the filter, and
 * only within it: the next request checks again, a filter the caller may not read stays refused,
 * and only requests that read a filter are scoped.
 */
@SinergiPostgresTest
class FilterReadScopeTest {

  private static final String CLERK = "loteng.ekonomi";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void onlyRequestsThatReadAFilterOrRunItsQueryAreScoped() {
    String filter = "/engine-rest/filter/6f0c2d1e-1a2b-11f1-9d3c-02fc00000001";
    assertThat(FilterReadScope.applies("POST", filter + "/list")).isTrue();
    assertThat(FilterReadScope.applies("POST", filter + "/count")).isTrue();
    assertThat(FilterReadScope.applies("GET", filter + "/singleResult")).isTrue();
    assertThat(FilterReadScope.applies("GET", filter)).isTrue();
    assertThat(FilterReadScope.applies("POST",
        "/camunda/api/engine/engine/default/filter/abc/list")).isTrue();
    // changing, deleting or creating a filter is not scoped
    assertThat(FilterReadScope.applies("PUT", filter)).isFalse();
    assertThat(FilterReadScope.applies("DELETE", filter)).isFalse();
    assertThat(FilterReadScope.applies("POST", "/engine-rest/filter/create")).isFalse();
    assertThat(FilterReadScope.applies("OPTIONS", filter)).isFalse();
    // nor anything else
    assertThat(FilterReadScope.applies("GET", "/engine-rest/task")).isFalse();
    assertThat(FilterReadScope.applies("POST", "/engine-rest/authorization/create")).isFalse();
  }

  @Test
  void theServletFilterOpensTheScopeForItsRequestOnly(
      @Autowired List<FilterRegistrationBean<?>> registrations) throws Exception {
    assertThat(registrations).anySatisfy(r -> {
      assertThat(r.getFilter()).isInstanceOf(FilterReadScope.class);
      assertThat(r.getUrlPatterns()).contains("/engine-rest/*", "/camunda/api/engine/*");
    });
    boolean[] inside = new boolean[2];
    var list = new MockHttpServletRequest("POST", "/engine-rest/filter/abc/list");
    new FilterReadScope().doFilter(list, new MockHttpServletResponse(), (request, response) ->
        inside[0] = FilterReadScope.remembers(Permissions.READ, Resources.FILTER, "abc"));
    var update = new MockHttpServletRequest("PUT", "/engine-rest/filter/abc");
    new FilterReadScope().doFilter(update, new MockHttpServletResponse(), (request, response) ->
        inside[1] = FilterReadScope.remembers(Permissions.READ, Resources.FILTER, "abc"));
    assertThat(inside).containsExactly(true, false);
    // after the request, and for anything but READ on a filter, nothing is remembered
    assertThat(FilterReadScope.remembers(Permissions.READ, Resources.FILTER, "abc")).isFalse();
    FilterReadScope.within(() -> {
      assertThat(FilterReadScope.remembers(Permissions.UPDATE, Resources.FILTER, "abc")).isFalse();
      assertThat(FilterReadScope.remembers(Permissions.READ, Resources.TASK, "abc")).isFalse();
      return null;
    });
  }

  @Test
  void aGrantedReadIsRememberedForTheRestOfOneRequestOnly() {
    Filter filter = engine.getFilterService().saveFilter(engine.getFilterService()
        .newTaskFilter("Uji lingkup baca filter").setQuery(engine.getTaskService()
            .createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")));
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(
        Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(CLERK);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filter.getId());
    grant.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
    try {
      // one request: read, then list and count; the grant is withdrawn after the first command,
      // and the request's later commands go on with the READ the first one checked
      long tasks = asClerk(() -> FilterReadScope.within(() -> {
        assertThat(engine.getFilterService().getFilter(filter.getId())).isNotNull();
        asSystem(() -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
        assertThat(engine.getFilterService().listPage(filter.getId(), 0, 15)).isNotEmpty();
        return engine.getFilterService().count(filter.getId());
      }));
      assertThat(tasks).isPositive();
      // the next request checks again, and so does every command outside a request
      assertThatThrownBy(() -> asClerk(() -> FilterReadScope.within(
          () -> engine.getFilterService().getFilter(filter.getId()))))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> asClerk(() -> engine.getFilterService().count(filter.getId())))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getFilterService().deleteFilter(filter.getId());
    }
  }

  @Test
  void aFilterTheCallerMayNotReadStaysRefusedWithinTheRequest() {
    String own = filterId("Tugas kelompok saya");
    String managers = filterId("Semua tugas terbuka");
    asClerk(() -> FilterReadScope.within(() -> {
      assertThat(engine.getFilterService().count(own)).isPositive();
      assertThatThrownBy(() -> engine.getFilterService().count(managers))
          .isInstanceOf(AuthorizationException.class);
      // a refusal is not remembered as anything: asked again, refused again
      assertThatThrownBy(() -> engine.getFilterService().listPage(managers, 0, 15))
          .isInstanceOf(AuthorizationException.class);
      return null;
    }));
  }

  @Test
  void tasklistsListRequestShowsTheClerksPemdaAndRefusesAManagersFilter() {
    var clerk = Api.demo(port, CLERK);
    String body = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    var page = clerk.post().uri("/engine-rest/filter/{id}/list?firstResult=0&maxResults=15",
            filterId("Tugas kelompok saya"))
        .contentType(MediaType.APPLICATION_JSON)
        .header("Accept", "application/hal+json, application/json; q=0.5").body(body)
        .retrieve().toEntity(JSON);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(((Number) page.getBody().get("count")).longValue()).isPositive();
    @SuppressWarnings("unchecked")
    var tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.getBody()
        .get("_embedded")).get("task");
    assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.get("tenantId"))
        .isEqualTo("52.02"));

    var refused = clerk.post().uri("/engine-rest/filter/{id}/list?firstResult=0&maxResults=15",
            filterId("Semua tugas terbuka"))
        .contentType(MediaType.APPLICATION_JSON)
        .header("Accept", "application/hal+json, application/json; q=0.5").body(body)
        .retrieve().toEntity(JSON);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
  }

  private String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  /** An administrator's change in the middle of the clerk's request. */
  private void asSystem(Runnable change) {
    var caller = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      change.run();
    } finally {
      engine.getIdentityService().setAuthentication(caller);
    }
  }

  private <T> T asClerk(Supplier<T> call) {
    List<String> groups = new ArrayList<>(engine.getIdentityService().createGroupQuery()
        .groupMember(CLERK).list().stream().map(Group::getId).toList());
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(CLERK)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(CLERK, groups, tenants);
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
