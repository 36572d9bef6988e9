package cn.jiedao.safety.site;

import cn.jiedao.eventing.consumer.EventConsumer;
import cn.jiedao.eventing.consumer.EventConsumers;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.validation.CreditCode;
import cn.jiedao.safety.inspection.GasSafetyRoster;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code economy.unit-events}: a newly registered accommodation or catering unit (GB/T 4754 divisions
 * 61 and 62) joins the gas-safety roster, as the site of its credit code if one is registered, else as a new
 * site, and goes on the roster of the next gas-safety round. The event id goes into the inbox with the site;
 * the unit's reference is unique, so a unit announced again under another event id is one site still; a
 * message that is not a readable unit event goes to {@code economy.unit-events.dlq} with the reason.
 */
@ApplicationScoped
public class UnitEventsConsumer {

    static final String CONSUMER = "safety.gas-safety-roster";
    static final String REGISTERED = "economy.unit.registered";
    private static final Logger LOG = Logger.getLogger(UnitEventsConsumer.class);

    /** The part of economy's {@code economy.unit.registered} data this service needs. */
    public record UnitRegistered(@NotBlank(message = "is missing") String source,
            @NotBlank(message = "is missing") String unitId, @CreditCode String creditCode,
            @NotBlank(message = "is missing") String name, String address, String gridCode, String industryCode) {

        String reference() {
            return source + ":" + unitId;
        }

        boolean accommodationOrCatering() {
            return industryCode != null && (industryCode.startsWith("61") || industryCode.startsWith("62"));
        }
    }

    @Inject
    EventConsumers consumers;

    @Inject
    StreetTime time;

    @Inject
    GasSafetyRoster roster;

    private EventConsumer consumer;

    @PostConstruct
    void build() {
        consumer = consumers.named(CONSUMER).on(REGISTERED, UnitRegistered.class, (unit, event) -> join(unit))
                .ignoringOtherTypes().build();
    }

    @Incoming("unit-events")
    @Blocking
    public void onUnitEvent(ConsumerRecord<String, String> record) {
        consumer.accept(record);
    }

    private void join(UnitRegistered unit) {
        if (!unit.accommodationOrCatering() || Site.count("economyUnitRef", unit.reference()) > 0) {
            return;
        }
        Site site = unit.creditCode() == null ? null : Site.<Site>find("creditCode", unit.creditCode()).firstResult();
        if (site == null) {
            site = new Site();
            site.id = UUID.randomUUID();
            site.kind = unit.industryCode().startsWith("62") ? SiteKind.RESTAURANT : SiteKind.GAS_USER;
            site.name = unit.name();
            site.address = unit.address() == null ? unit.name() : unit.address();
            site.gridCode = unit.gridCode() != null && unit.gridCode().matches("\\d{15}") ? unit.gridCode() : null;
            site.creditCode = unit.creditCode();
            site.createdAt = time.now();
            site.economyUnitRef = unit.reference();
            site.gasRoster = true;
            site.persist();
        } else {
            site.gasRoster = true;
            if (site.economyUnitRef == null) {
                site.economyUnitRef = unit.reference();
            }
        }
        roster.joinNextRound(site);
        LOG.infof("Unit %s (%s) is on the gas-safety roster as site %s", unit.reference(), unit.name(), site.id);
    }
}
