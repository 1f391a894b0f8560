package org.zhicheng.core.internal.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.bulk.BulkCertificates;
import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.bulk.BulkResult;
import org.zhicheng.api.bulk.FeeLine;
import org.zhicheng.api.bulk.FileRef;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.ApplicationServiceImpl;
import org.zhicheng.core.internal.Transactions;
import org.zhicheng.core.internal.certificate.CertificateServiceImpl;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.workflow.Transitions;

/**
 * Bulk office acts (issue 16): one transaction per list, so one durable commit and one hold of the audit head for the
 * whole list. Each file goes through the single act's own in-transaction code (actor check through Access, version,
 * rules, Transitions row via FileHistory.move, its own status change and audit entry); the first refusal rolls the
 * whole list back and names the file.
 * <p>
 * Locks in the single acts' order: every file of the list first (in id order, so that two lists never wait on each
 * other crosswise), then what the act locks (the certificate counter), the audit head last, held to the commit.
 */
@Component(service = BulkOfficeActs.class)
public class BulkOfficeActsImpl implements BulkOfficeActs {

    private final JpaTemplate jpa;
    private final ApplicationServiceImpl applications;
    private final EvaluationServiceImpl evaluation;
    private final CertificateServiceImpl certificates;

    @Activate
    public BulkOfficeActsImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                              @Reference ApplicationServiceImpl applications, @Reference EvaluationServiceImpl evaluation,
                              @Reference CertificateServiceImpl certificates) {
        this.jpa = jpa;
        this.applications = applications;
        this.evaluation = evaluation;
        this.certificates = certificates;
    }

    @Override
    public BulkResult recordFeePayments(List<FeeLine> lines, Actor actor) {
        List<FileRef> files = refs(lines, line -> new FileRef(line.applicationId(), line.expectedVersion()));
        return new BulkResult(allOrNothing(WorkflowAct.PAY_FEE, files, actor, (em, i, file) ->
                applications.recordFeePayment(em, file.applicationId(), file.expectedVersion(),
                        payment(lines.get(i), actor), actor))); // the single act's checks
    }

    @Override
    public BulkResult acceptMaterials(List<FileRef> files, Actor actor) {
        return new BulkResult(allOrNothing(WorkflowAct.ACCEPT_MATERIAL, refs(files, f -> f), actor, (em, i, file) ->
                applications.acceptMaterial(em, file.applicationId(), file.expectedVersion(), actor)));
    }

    @Override
    public BulkResult startEvaluations(List<FileRef> files, Actor actor) {
        return new BulkResult(allOrNothing(WorkflowAct.START_EVALUATION, refs(files, f -> f), actor, (em, i, file) ->
                evaluation.startEvaluation(em, file.applicationId(), file.expectedVersion(), actor)));
    }

    @Override
    public BulkCertificates issueCertificates(List<FileRef> files, Actor actor) {
        List<FileRef> list = refs(files, f -> f);
        Access.requireRole(actor, Transitions.of(WorkflowAct.ISSUE_CERTIFICATE).roles(), "批量颁发职称证书");
        // the years' counter rows exist before the list's transaction, as the single issue makes sure
        Set<Integer> years = new TreeSet<>();
        jpa.tx(TransactionType.Required, em -> forEach(list, (i, file) -> years.add(named(i, file.applicationId(),
                () -> Guarded.application(em, file.applicationId()).getEvaluationYear()))));
        years.forEach(certificates::ensureCounter);
        List<Certificate> issued = allOrNothing(WorkflowAct.ISSUE_CERTIFICATE, list, actor, (em, i, file) ->
                certificates.issue(em, file.applicationId(), file.expectedVersion(), actor));
        return new BulkCertificates(issued);
    }

    /** One line of a statement as the single act's payment; a line the record refuses is invalid input on the line. */
    private static FeePayment payment(FeeLine line, Actor actor) {
        try {
            return new FeePayment(line.applicationId(), line.amountYuan(), line.method(), line.reference(), line.paidOn(),
                    actor.username());
        } catch (RuntimeException e) {
            throw Refusal.INVALID_INPUT.variant("bulkFeeLine").refuse();
        }
    }

    /** The list's own checks: not empty, not too long, no file twice; the files as references. */
    private static <T> List<FileRef> refs(List<T> items, Function<T, FileRef> ref) {
        if (items == null || items.isEmpty()) {
            throw Refusal.BULK_EMPTY.refuse();
        }
        if (items.size() > MAX_FILES) {
            throw Refusal.BULK_TOO_MANY.refuse(MAX_FILES, items.size());
        }
        List<FileRef> files = new ArrayList<>(items.size());
        TreeSet<Long> seen = new TreeSet<>();
        for (T item : items) {
            if (item == null) {
                throw Refusal.INVALID_INPUT.variant("bulkItemMissing").refuse(files.size() + 1);
            }
            FileRef file = ref.apply(item);
            if (!seen.add(file.applicationId())) {
                throw Refusal.BULK_DUPLICATE.refuse(file.applicationId());
            }
            files.add(file);
        }
        return files;
    }

    /** The act on each file in one transaction, the files locked first; a refusal names the file and undoes all. */
    private <T> List<T> allOrNothing(WorkflowAct act, List<FileRef> files, Actor actor, FileAct<T> each) {
        // the role first, so that a caller who may never do the act reads and locks nothing
        Access.requireRole(actor, Transitions.of(act).roles(), "批量" + act.officialTerm());
        Map<Long, Integer> positions = new HashMap<>();
        forEach(files, (i, file) -> positions.put(file.applicationId(), i));
        return Transactions.refusingConflicts(jpa, em -> {
            for (long id : new TreeSet<>(positions.keySet())) {
                int i = positions.get(id);
                named(i, id, () -> Guarded.lockedApplication(em, id));
            }
            List<T> results = new ArrayList<>(files.size());
            forEach(files, (i, file) -> results.add(named(i, file.applicationId(), () -> each.apply(em, i, file))));
            return results;
        });
    }

    private static <R> R named(int index, long applicationId, Supplier<R> work) {
        try {
            return work.get();
        } catch (ZhichengException e) {
            throw Refusal.inList(e, index + 1, applicationId);
        }
    }

    private static void forEach(List<FileRef> files, IndexedFile action) {
        for (int i = 0; i < files.size(); i++) {
            action.accept(i, files.get(i));
        }
    }

    private interface IndexedFile {
        void accept(int index, FileRef file);
    }

    private interface FileAct<T> {
        T apply(EntityManager em, int index, FileRef file);
    }
}
