package id.sinergi.incubation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A participant scored against PLUT's five outcomes at mid-term or at the end. */
@Entity
@Table(name = "incubation_assessment")
public class Assessment {

  public enum Stage { MID, FINAL }

  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;

  /** PLUT's outcomes: form field key (score; evidence is key + "Evidence") and label. */
  public enum Outcome {
    PRODUCT_QUALITY("productQuality", "Mutu produk"),
    PACKAGING("packaging", "Kemasan"),
    BRANDING("branding", "Merek (branding)"),
    MARKET_ACCESS("marketAccess", "Akses pasar (termasuk digital)"),
    FINANCING_ACCESS("financingAccess", "Akses pembiayaan");

    public final String key;
    public final String label;

    Outcome(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage;

  private int productQuality;
  private int packaging;
  private int branding;
  private int marketAccess;
  private int financingAccess;

  @Column(nullable = false) private String productQualityEvidence;
  @Column(nullable = false) private String packagingEvidence;
  @Column(nullable = false) private String brandingEvidence;
  @Column(nullable = false) private String marketAccessEvidence;
  @Column(nullable = false) private String financingAccessEvidence;

  @Column(nullable = false)
  private String assessedBy;

  @Column(nullable = false)
  private OffsetDateTime assessedAt;

  protected Assessment() {}

  public Assessment(Long candidateId, Stage stage) {
    this.candidateId = candidateId;
    this.stage = stage;
  }

  public void score(Outcome outcome, int score, String evidence) {
    switch (outcome) {
      case PRODUCT_QUALITY -> { productQuality = score; productQualityEvidence = evidence; }
      case PACKAGING -> { packaging = score; packagingEvidence = evidence; }
      case BRANDING -> { branding = score; brandingEvidence = evidence; }
      case MARKET_ACCESS -> { marketAccess = score; marketAccessEvidence = evidence; }
      case FINANCING_ACCESS -> { financingAccess = score; financingAccessEvidence = evidence; }
    }
  }

  public int score(Outcome outcome) {
    return switch (outcome) {
      case PRODUCT_QUALITY -> productQuality;
      case PACKAGING -> packaging;
      case BRANDING -> branding;
      case MARKET_ACCESS -> marketAccess;
      case FINANCING_ACCESS -> financingAccess;
    };
  }

  public List<Integer> scores() {
    return List.of(productQuality, packaging, branding, marketAccess, financingAccess);
  }

  public double average() {
    return scores().stream().mapToInt(Integer::intValue).average().orElse(0);
  }

  public int lowest() {
    return scores().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  public void assessed(String userId, OffsetDateTime at) {
    this.assessedBy = userId;
    this.assessedAt = at;
  }

  public Long getId() { return id; }
  public Long getCandidateId() { return candidateId; }
  public Stage getStage() { return stage; }
  public String getAssessedBy() { return assessedBy; }
  public OffsetDateTime getAssessedAt() { return assessedAt; }
}
