package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sp.staffing.actor-roles}: a step's actor is not among the staffing roles, when roles are
 * given; names are compared trimmed, whitespace collapsed and ignoring case, and an actor whose
 * every word is in one role ("petugas" for "Petugas Penerimaan dan Penyerahan Berkas") is that
 * role. The applicant is not staff ("Pemohon/Kuasa", "Pengguna layanan/yang mewakili", "Pasien/
 * keluarga pasien", "Calon jemaah haji"), and neither is an institution (the provider or another
 * body named as the actor, by its first word: "Kantor Kementerian Agama…", "Kanwil…", "Dinas…",
 * "Pengadilan…", "Bank…"): they are always accepted. "Petugas PTSP" is staff.
 */
public final class StepActorRoles extends BuiltInRule {

  /**
   * Words that make an actor the applicant or someone acting for them ("Pemohon/Kuasa", "Calon
   * jemaah haji").
   */
  private static final Set<String> APPLICANT =
      Set.of(
          "pemohon",
          "pasien",
          "masyarakat",
          "penduduk",
          "pelanggan",
          "jemaah",
          "kuasa",
          "applicant");

  /** The first words of an actor that is the applicant ("Pengguna layanan/yang mewakili"). */
  private static final Set<String> APPLICANT_PHRASES =
      Set.of("pengguna layanan", "penerima layanan", "wajib pajak");

  /**
   * First words that make an actor an institution rather than a staff role ("Kanwil Kemenag…",
   * "Dinas…").
   */
  private static final Set<String> INSTITUTION =
      Set.of(
          "kantor",
          "kementerian",
          "kemenag",
          "kanwil",
          "dinas",
          "badan",
          "direktorat",
          "ditjen",
          "pengadilan",
          "mahkamah",
          "puskesmas",
          "kecamatan",
          "kelurahan",
          "desa",
          "pemerintah",
          "pemda",
          "pemkab",
          "pemkot",
          "bank",
          "rumah",
          "madrasah",
          "sekolah",
          "universitas",
          "menteri",
          "kua",
          "imigrasi",
          "office",
          "ministry");

  public StepActorRoles() {
    super(
        "sp.staffing.actor-roles",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf c dan k",
        List.of(Component.PROCEDURE, Component.STAFFING),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<String> names = Procedures.roleNames(standard);
    if (names.isEmpty()) {
      return;
    }
    Set<String> roles = new HashSet<>();
    // Sets, not lists: an actor's words are looked up in every role's, and a list lookup made that
    // quadratic in long texts.
    List<Set<String>> roleWords = new ArrayList<>();
    for (String name : names) {
      roles.add(Texts.normalized(name));
      roleWords.add(new HashSet<>(Texts.words(name)));
    }
    List<ProcedureStep> steps = Procedures.steps(standard);
    for (int i = 0; i < steps.size(); i++) {
      Optional<String> actor = steps.get(i).getActor();
      if (actor.isPresent() && !accepted(actor.get(), roles, roleWords)) {
        context.report(
            Component.STAFFING,
            Pointers.of("procedure", "steps", i, "actor"),
            "message",
            actor.get(),
            names);
      }
    }
  }

  private static boolean accepted(String actor, Set<String> roles, List<Set<String>> roleWords) {
    String normalized = Texts.normalized(actor);
    List<String> words = Texts.words(actor);
    return roles.contains(normalized)
        || words.stream().anyMatch(APPLICANT::contains)
        || APPLICANT_PHRASES.stream().anyMatch(normalized::startsWith)
        || (!words.isEmpty() && INSTITUTION.contains(words.get(0)))
        || (!words.isEmpty() && roleWords.stream().anyMatch(role -> role.containsAll(words)));
  }
}
