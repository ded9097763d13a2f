package id.sinergi.incubation;

/**
 * A candidate as entered (REST, form, import row), before validation.
 *
 * @param reference where it came from, used to name fields in errors: "baris 3" of an import,
 *     "newCandidates[2]" of a form; null for a single registration
 */
public record CandidateInput(String reference, String businessName, String ownerName, String nik,
    String nib, String pemdaCode, String address, String sector, String scale, String need) {

  public CandidateInput withReference(String newReference) {
    return new CandidateInput(newReference, businessName, ownerName, nik, nib, pemdaCode, address,
        sector, scale, need);
  }
}
