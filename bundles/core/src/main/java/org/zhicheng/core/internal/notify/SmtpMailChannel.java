package org.zhicheng.core.internal.notify;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.notify.MessageChannel;
import org.zhicheng.api.notify.OutgoingMessage;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Email through an SMTP server with Jakarta Mail (Eclipse Angus). Pid {@code org.zhicheng.mail}; without that
 * configuration (a production install until an administrator sets it) there is no email channel and email rows wait
 * in the outbox.
 */
@Component(service = MessageChannel.class, configurationPid = "org.zhicheng.mail",
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = MessageChannel.CHANNEL + "=" + MessageChannel.EMAIL)
@Designate(ocd = SmtpMailChannel.Configuration.class)
public class SmtpMailChannel implements MessageChannel {

    @ObjectClassDefinition(name = "Zhicheng email (SMTP)")
    public @interface Configuration {
        @AttributeDefinition(description = "SMTP server host; empty turns email off")
        String host() default "";

        @AttributeDefinition(description = "SMTP port (25, 587 with STARTTLS, 465 with SSL)")
        int port() default 25;

        @AttributeDefinition(description = "Sender address, e.g. zhicheng@rsj.aks.gov.cn")
        String from() default "";

        @AttributeDefinition(description = "User name for SMTP AUTH; empty for none")
        String user() default "";

        @AttributeDefinition(description = "Password for SMTP AUTH", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Require STARTTLS")
        boolean starttls() default false;

        @AttributeDefinition(description = "Connect with SSL/TLS from the start (port 465)")
        boolean ssl() default false;

        @AttributeDefinition(description = "Connect and read timeout in milliseconds")
        int timeoutMillis() default 10000;
    }

    private final Configuration config;
    private final Session session;

    @Activate
    public SmtpMailChannel(Configuration config) {
        this.config = config;
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", config.host());
        p.put("mail.smtp.port", Integer.toString(config.port()));
        p.put("mail.smtp.auth", Boolean.toString(!config.user().isBlank()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(config.starttls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(config.starttls()));
        p.put("mail.smtp.ssl.enable", Boolean.toString(config.ssl()));
        p.put("mail.smtp.connectiontimeout", Integer.toString(config.timeoutMillis()));
        p.put("mail.smtp.timeout", Integer.toString(config.timeoutMillis()));
        p.put("mail.smtp.writetimeout", Integer.toString(config.timeoutMillis()));
        this.session = withProviders(() -> Session.getInstance(p));
    }

    @Override
    public boolean ready() {
        return !config.host().isBlank() && !config.from().isBlank();
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        withProviders(() -> {
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", message.messageId()); // the outbox row's: a resend is recognisable
                }
            };
            mail.setFrom(new InternetAddress(config.from()));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setText(message.text(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            mail.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                if (config.user().isBlank()) {
                    transport.connect();
                } else {
                    transport.connect(config.host(), config.port(), config.user(), config.password());
                }
                transport.sendMessage(mail, mail.getAllRecipients());
            }
            return null;
        });
    }

    /**
     * Jakarta Mail finds its providers (the SMTP transport, the stream provider) through ServiceLoader on the
     * thread's context class loader; in OSGi that is Angus's own bundle.
     */
    private static <T> T withProviders(MailCall<T> call) throws MailCallException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return call.run();
        } catch (Exception e) {
            throw new MailCallException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface MailCall<T> {
        T run() throws Exception;
    }

    /** Unchecked carrier of a mail failure; the outbox records its cause and retries. */
    static final class MailCallException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailCallException(Exception cause) {
            super(cause.toString(), cause);
        }
    }
}
