package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.security.Roles;
import cn.jiedao.kernel.validation.PhoneNumber;
import cn.jiedao.kernel.validation.ResidentIdNumber;
import jakarta.ws.rs.core.SecurityContext;

/** Who may see parties' phone numbers and resident IDs in full: mediators and street admins. Everyone else sees them masked. */
public final class PersonalData {

    private PersonalData() {
    }

    public static boolean unmaskedFor(SecurityContext security) {
        return security.isUserInRole(Roles.MEDIATOR) || security.isUserInRole(Roles.STREET_ADMIN);
    }

    /** Keeps the first 3 and last 4 digits: 138****0000. */
    public static String maskPhone(String phone) {
        return PhoneNumber.mask(phone);
    }

    public static String maskResidentId(String residentId) {
        return ResidentIdNumber.mask(residentId);
    }
}
