package id.sinergi.cooperation;

import id.sinergi.kernel.form.FieldErrors;
import id.sinergi.kernel.form.FormSubmission;
import id.sinergi.kernel.form.FormValues;
import org.springframework.stereotype.Component;

/**
 * One party signs the Dokumen Kesepakatan or the PKS: number, date, signer. The signed PDF is
 * uploaded as the task's document. One bean per form, all alike.
 */
abstract class SignatureForm extends CooperationForm {

  private final String formId;
  private final SignedDocument document;
  private final Party party;

  SignatureForm(CooperationData data, String formId, SignedDocument document, Party party) {
    super(data);
    this.formId = formId;
    this.document = document;
    this.party = party;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public void submit(FormSubmission submission) {
    FormValues values = new FormValues(submission.values());
    FieldErrors errors = new FieldErrors();
    String number = errors.text(values, "documentNumber", 100);
    var signedOn = errors.date(values, "signedOn", true);
    notInFuture(errors, "signedOn", signedOn);
    String signer = errors.text(values, "signerName", 200);
    errors.throwIfAny();
    long id = cooperation(submission).id;
    Signature signature = data.signatures.findByCooperationIdOrderById(id).stream()
        .filter(s -> s.document == document && s.party == party).findFirst()
        .orElseGet(Signature::new);
    signature.cooperationId = id;
    signature.document = document;
    signature.party = party;
    signature.documentNumber = number;
    signature.signedOn = signedOn;
    signature.signerName = signer;
    signature.recordedBy = user(submission);
    signature.recordedAt = CooperationService.now();
    data.signatures.save(signature);
  }

  @Component
  static class AgreementPemda extends SignatureForm {
    AgreementPemda(CooperationData data) {
      super(data, "cooperation-sign-agreement-pemda", SignedDocument.AGREEMENT, Party.PEMDA);
    }
  }

  @Component
  static class AgreementPip extends SignatureForm {
    AgreementPip(CooperationData data) {
      super(data, "cooperation-sign-agreement-pip", SignedDocument.AGREEMENT, Party.PIP);
    }
  }

  @Component
  static class PksPemda extends SignatureForm {
    PksPemda(CooperationData data) {
      super(data, "cooperation-sign-pks-pemda", SignedDocument.PKS, Party.PEMDA);
    }
  }

  @Component
  static class PksPip extends SignatureForm {
    PksPip(CooperationData data) {
      super(data, "cooperation-sign-pks-pip", SignedDocument.PKS, Party.PIP);
    }
  }

  @Component
  static class PksPenyalur extends SignatureForm {
    PksPenyalur(CooperationData data) {
      super(data, "cooperation-sign-pks-penyalur", SignedDocument.PKS, Party.PENYALUR);
    }
  }
}
