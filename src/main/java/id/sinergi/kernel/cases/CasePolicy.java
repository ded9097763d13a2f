package id.sinergi.kernel.cases;

import id.sinergi.kernel.Published;

/**
 * Who may start a process, for which Pemda, and who takes part: one bean per process key, in
 * the capability that owns the process. Runs for every start, from Tasklist, engine REST, the
 * app or a call activity, before anything of the instance exists; a refusal
 * ({@code ForbiddenException}, {@code InvalidInputException}) stops the start with 403/400.
 * Processes without a policy get {@link Cases#defaultOwner}.
 */
@Published
public interface CasePolicy {

  String processKey();

  CaseOwner open(CaseStart start);
}
