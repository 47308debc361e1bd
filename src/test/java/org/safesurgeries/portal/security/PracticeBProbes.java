package org.safesurgeries.portal.security;

import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.HostileFiles;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.Headcounts;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.shared.SystemAuthentication;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The application services behind the practice pages, each called with practice B's identifiers or with ones that
 * exist nowhere. Changes are tried inside a transaction that is always rolled back, so that a hole, if there were
 * one, would be reported without changing practice B.
 */
final class PracticeBProbes {

    /** The identifiers one probe is given: all of practice B's, or all missing. */
    record Target(long practice, long application, long evidence, long session, long check) {
    }

    private final ApplicationContext context;
    private final TransactionTemplate rolledBack;

    PracticeBProbes(ApplicationContext context) {
        this.context = context;
        this.rolledBack = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    Map<String, Function<Target, Object>> calls() {
        var practices = context.getBean(PracticeService.class);
        var declarations = context.getBean(DeclarationService.class);
        var tally = context.getBean(RegistrationTally.class);
        var training = context.getBean(TrainingRecords.class);
        var applications = context.getBean(AwardApplicationService.class);
        var awards = context.getBean(AwardService.class);
        var evidence = context.getBean(EvidenceService.class);
        var assessments = context.getBean(AssessmentService.class);
        var certificates = context.getBean(CertificateService.class);
        var checks = context.getBean(MysteryShopping.class);
        var calls = new LinkedHashMap<String, Function<Target, Object>>();
        calls.put("PracticeService.get", t -> practices.get(t.practice()));
        calls.put("DeclarationService.standing", t -> declarations.standing(t.practice()));
        calls.put("DeclarationService.history", t -> declarations.history(t.practice()));
        calls.put("RegistrationTally.ownFigures", t -> tally.ownFigures(t.practice(), 12));
        calls.put("RegistrationTally.ownCounts", t -> tally.ownCounts(t.practice(), 12));
        calls.put("TrainingRecords.coverage", t -> training.coverage(t.practice()));
        calls.put("TrainingRecords.sessionsOf", t -> training.sessionsOf(t.practice()));
        calls.put("TrainingRecords.session", t -> training.session(t.session()));
        calls.put("AwardApplicationService.eligibility", t -> applications.eligibility(t.practice()));
        calls.put("AwardApplicationService.applicationsOf", t -> applications.applicationsOf(t.practice()));
        calls.put("AwardApplicationService.application", t -> applications.application(t.application()));
        calls.put("AwardService.awardsOf", t -> awards.awardsOf(t.practice()));
        calls.put("EvidenceService.download", t -> evidence.download(t.application(), t.evidence()));
        calls.put("AssessmentService.feedback", t -> assessments.feedback(t.application()));
        calls.put("CertificateService.certificatesOf", t -> certificates.certificatesOf(t.practice()));
        calls.put("MysteryShopping.checksOf", t -> checks.checksOf(t.practice()));
        calls.put("MysteryShopping.needsFollowUp", t -> checks.needsFollowUp(t.practice()));
        calls.put("MysteryShopping.unresolvedFailure", t -> checks.unresolvedFailure(t.practice()));
        calls.put("PracticeService.changeHeadcounts (rolled back)", t -> rolledBack(() ->
                practices.changeHeadcounts(t.practice(), 0, new Headcounts(1, 1, 1, 1))));
        calls.put("DeclarationService.openDraft (rolled back)", t -> rolledBack(() ->
                declarations.openDraft(t.practice())));
        calls.put("RegistrationTally.add (rolled back)", t -> rolledBack(() -> {
            tally.add(t.practice(), List.of());
            return null;
        }));
        calls.put("AwardApplicationService.start (rolled back)", t -> rolledBack(() ->
                applications.start(t.practice())));
        calls.put("EvidenceService.attach (rolled back)", t -> rolledBack(() ->
                evidence.attach(t.application(), 1, "evidence.pdf", HostileFiles.goodPdf())));
        calls.put("MysteryShopping.respond (rolled back)", t -> rolledBack(() -> {
            checks.respond(t.check(), "We have retrained the team.");
            return null;
        }));
        return calls;
    }

    /** What the practice manager sees of one call: the exception and its message, or that it returned. */
    String outcome(String manager, Function<Target, Object> call, Target target) {
        var seen = new AtomicReference<String>();
        SystemAuthentication.runAs(manager, "ROLE_PRACTICE_MANAGER", () -> {
            try {
                call.apply(target);
                seen.set("returned normally");
            } catch (RuntimeException e) {
                seen.set(e.getClass().getName() + ": " + e.getMessage());
            }
        });
        return seen.get();
    }

    private Object rolledBack(java.util.function.Supplier<Object> change) {
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            return change.get();
        });
    }
}
