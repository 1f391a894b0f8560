package org.zhicheng.core.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.notify.MessageChannel;
import org.zhicheng.api.notify.OutgoingMessage;
import org.zhicheng.core.internal.notify.OutboxEntity.Status;

/**
 * Delivers the outbox (pid {@code org.zhicheng.notify}). Each row is claimed by one conditional UPDATE
 * (PENDING → SENDING, in its own transaction), then sent, then confirmed SENT in another: a row is never claimed
 * twice while claimed. Only a JVM that dies between the channel's acceptance and the confirmation leaves a row
 * SENDING; at the next start (and after {@code claimTimeoutSeconds}) it is PENDING again and sent once more — the
 * at-least-once window, a few milliseconds wide, in which the resend carries the same Message-ID. A failure is
 * retried with doubling waits up to {@code maxAttempts}, then the row is FAILED (kept, with its last error).
 * Also runs the day-before deadline reminders.
 */
@Component(service = OutboxWorker.class, configurationPid = "org.zhicheng.notify", immediate = true)
public class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final NotifyConfiguration config;
    private final DeadlineReminders reminders;
    private final Map<String, MessageChannel> channels = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    @Activate
    public OutboxWorker(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                        @Reference CampaignService campaigns, @Reference NotificationCenter center,
                        NotifyConfiguration config) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.config = config;
        this.reminders = new DeadlineReminders(jpa, center);
        start();
    }

    private void start() {
        // rows a previous run claimed and never confirmed (the JVM stopped between send and confirm) go out again
        int released = releaseClaimedBefore(Instant.now());
        if (released > 0) {
            LOG.warn("Outbox: {} message(s) claimed before the restart were not confirmed sent; they are sent again with "
                    + "their Message-ID", released);
        }
        if (!config.workerEnabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zhicheng-outbox");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::safely, 1, Math.max(1, config.pollSeconds()), TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::remindSafely, 2, Math.max(60, config.reminderSeconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addChannel(MessageChannel channel, Map<String, Object> properties) {
        Object name = properties.get(MessageChannel.CHANNEL);
        if (name != null) {
            channels.put(name.toString(), channel);
        }
    }

    void removeChannel(MessageChannel channel) {
        channels.values().remove(channel);
    }

    private void safely() {
        try {
            releaseClaimedBefore(Instant.now().minusSeconds(Math.max(1, config.claimTimeoutSeconds())));
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Outbox: delivery round failed, next round in {} s", config.pollSeconds(), e);
        }
    }

    private void remindSafely() {
        try {
            int written = remindNow();
            if (written > 0) {
                LOG.info("Deadline reminders written: {}", written);
            }
        } catch (RuntimeException e) {
            LOG.warn("Deadline reminders failed; tried again at the next check", e);
        }
    }

    /** The day-before reminders for the platform's today (idempotent). */
    public int remindNow() {
        return reminders.run(campaigns.today());
    }

    public int releaseClaimedBefore(Instant before) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(OutboxEntity.RELEASE_STALE)
                .setParameter("pending", Status.PENDING).setParameter("sending", Status.SENDING)
                .setParameter("before", before).executeUpdate());
    }

    /** One round: sends the due rows of the channels that are ready; answers how many were sent. */
    public int deliverDue() {
        Set<String> ready = channels.entrySet().stream().filter(e -> e.getValue().ready()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (ready.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        List<Long> due = jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(OutboxEntity.DUE, Long.class)
                .setParameter("pending", Status.PENDING).setParameter("channels", ready).setParameter("now", now)
                .setMaxResults(Math.max(1, config.batchSize())).getResultList());
        int sent = 0;
        for (long id : due) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id) {
        boolean claimed = jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(OutboxEntity.CLAIM)
                .setParameter("sending", Status.SENDING).setParameter("pending", Status.PENDING)
                .setParameter("now", Instant.now()).setParameter("id", id).executeUpdate() == 1);
        if (!claimed) {
            return false; // another worker has it, or it was sent meanwhile
        }
        OutboxEntity row = jpa.txExpr(TransactionType.Required, em -> {
            OutboxEntity r = em.find(OutboxEntity.class, id);
            em.refresh(r); // the claim was a bulk update: read the row as it is now
            return r;
        });
        MessageChannel channel = channels.get(row.getChannel());
        OutgoingMessage message = row.toMessage(config.messageIdDomain());
        try {
            if (channel == null) {
                throw new IllegalStateException("channel " + row.getChannel() + " went away");
            }
            channel.send(message);
        } catch (Exception e) {
            int attempts = row.getAttempts();
            boolean last = attempts >= Math.max(1, config.maxAttempts());
            long wait = Math.min((long) Math.max(1, config.retrySeconds()) << Math.min(20, attempts - 1),
                    Math.max(1, config.maxRetrySeconds()));
            Instant retryAt = Instant.now().plus(Duration.ofSeconds(wait));
            LOG.warn("Outbox: {} {} attempt {} failed{}: {}", row.getChannel(), message.messageId(), attempts,
                    last ? " for the last time" : ", retried at " + retryAt, e.toString());
            jpa.tx(TransactionType.Required, em -> em.find(OutboxEntity.class, id).failed(e.toString(), retryAt, last));
            return false;
        }
        jpa.tx(TransactionType.Required, em -> em.find(OutboxEntity.class, id).sent(Instant.now()));
        return true;
    }
}
