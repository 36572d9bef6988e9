package cn.jiedao.safety.keyperson;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code X-Access-Purpose} of a request for personal data (key persons, persons concerned by measures), taken as
 * {@code @BeanParam AccessPurpose purpose}.
 */
public class AccessPurpose {

    @HeaderParam(Reader.PURPOSE_HEADER)
    @Parameter(description = "Why the record is read in full, UTF-8 percent-encoded (%E8%B5%B0%E8%AE%BF is 走访): "
            + "a safety officer (key persons) or discipline officer (persons concerned) who states it sees the personal "
            + "fields unmasked, and the purpose is audited")
    public String header;
}
